package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.model.Attribute;
import org.dragoman.model.Event;
import org.dragoman.model.Meeting;
import org.dragoman.model.Status;
import org.dragoman.model.Visit;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Lenko's visit to Velgrad has been postponed. She had been due to meet Ivo Marek and to call on Tomas Ruiz":
 * a plan told in the past perfect ("had been due to", "had planned to", "was to have") right after a sentence that
 * calls off an event of one of its sides is part of what was called off. A plan in another tense, or after an
 * event of other people, keeps its status.
 */
final class LapsedPlans {
    private static final Set<String> PLAN_VERBS = WordLists.STATUS.get("plan-verb");
    /** How many sentences back a called-off event may be told. */
    private static final int REACH = 2;

    private LapsedPlans() {
    }

    static List<Event> apply(AnnotatedArticle doc, List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            if (e.status() != Status.PLANNED || !(e instanceof Meeting || e instanceof Visit)) {
                continue;
            }
            int sentence = doc.sentenceIndexAt(e.evidence().begin());
            Sentence s = doc.sentences().get(sentence);
            if (!pastPerfectPlan(s, trigger(s, e))) {
                continue;
            }
            List<String> sides = e.entityIds(Attribute.PARTICIPANT);
            boolean calledOff = events.stream().anyMatch(c -> c.status() == Status.CANCELLED
                    && sentence - doc.sentenceIndexAt(c.evidence().begin()) >= 1
                    && sentence - doc.sentenceIndexAt(c.evidence().begin()) <= REACH
                    && c.entityIds(Attribute.PARTICIPANT).stream().anyMatch(sides::contains));
            if (calledOff) {
                out.set(i, cancelled(e));
            }
        }
        return out;
    }

    private static int trigger(Sentence s, Event e) {
        String word = e instanceof Meeting m ? m.trigger() : ((Visit) e).trigger();
        return s.tokens().stream().filter(t -> t.word().equals(word)).mapToInt(t -> t.index()).findFirst().orElse(s.tokens().size());
    }

    /** "had been due to", "had planned to", "had been expected to" before the trigger, or "was to have". */
    private static boolean pastPerfectPlan(Sentence s, int trigger) {
        for (int i = 0; i + 1 < Math.min(trigger, s.tokens().size()); i++) {
            String word = s.token(i).word().toLowerCase(Locale.ROOT);
            if (word.equals("had")) {
                int k = s.token(i + 1).word().equalsIgnoreCase("been") ? i + 2 : i + 1;
                if (k < trigger && PLAN_VERBS.contains(s.token(k).lemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            if (word.matches("was|were") && i + 2 < trigger && s.token(i + 1).word().equalsIgnoreCase("to")
                    && s.token(i + 2).word().equalsIgnoreCase("have")) {
                return true;
            }
        }
        return false;
    }

    private static Event cancelled(Event e) {
        return e instanceof Meeting m ? m.withStatus(Status.CANCELLED) : ((Visit) e).withStatus(Status.CANCELLED);
    }
}
