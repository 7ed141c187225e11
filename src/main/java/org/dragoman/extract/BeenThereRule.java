package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.Event;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Visits told by idiom rather than by a verb of travel: "Ana Soto has been to Oslo twice", "Ivo Ruiz will not set
 * foot in Oslo" (a denied visit, by the status rules), "Ana Soto spent two days in Oslo" (a span of time; "spent
 * millions in Oslo" is no stay). The traveller is a person, and never at home there: "she has
 * been to Lima" said of a Peruvian minister tells no trip.
 */
final class BeenThereRule implements SentenceRule {
    private static final Set<String> STAY_VERBS = WordLists.MEETING.get("stay-verb");

    @Override
    public int priority() {
        return 50;
    }

    @Override
    public List<Event> read(MeetingContext c, Sentence s) {
        Arguments args = c.args();
        List<Event> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            int head = -1;
            int place = -1;
            if (beenTo(s, t.index())) {
                head = t.index();
                place = t.index();
            } else if (t.isVerb() && t.lemma().equalsIgnoreCase("set") && Arguments.dependents(s, t.index(), "obj").stream()
                    .anyMatch(o -> s.token(o).lemma().equalsIgnoreCase("foot"))) {
                head = t.index();
                place = Arguments.dependents(s, t.index(), "obl:in", "obl:on").stream().findFirst().orElse(-1);
            } else if (t.isVerb() && STAY_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT)) && Arguments.dependents(s, t.index(), "obj", "obl:tmod")
                    .stream().anyMatch(o -> span(s, o))) {
                head = t.index();
                place = Arguments.dependents(s, t.index(), "obl:in").stream().findFirst().orElse(-1);
            }
            Optional<String> where = place < 0 ? Optional.empty() : args.place(s, place);
            if (where.isEmpty()) {
                continue;
            }
            List<String> visitors = InheritedSubjects.people(args, s, head, subject -> true);
            String destination = where.get();
            if (!visitors.isEmpty() && visitors.stream().noneMatch(id -> VerbalVisitRule.home(args, id, destination))) {
                out.add(EventAssembly.visit(c, s, head, -1, visitors, null, destination));
            }
        }
        return out;
    }

    /** "spent two days", "spent much of the week": a span of time, or a part of one. */
    private static boolean span(Sentence s, int o) {
        return s.token(o).ner().matches("DURATION|DATE") || s.token(o).word().matches("(?i)much|most|part|all|rest")
                && Arguments.dependents(s, o, "nmod:of").stream().anyMatch(p -> s.token(p).ner().matches("DURATION|DATE"));
    }

    /** "has been to Oslo": a place with the copula "been" and the preposition "to". */
    private static boolean beenTo(Sentence s, int t) {
        return Arguments.dependents(s, t, "cop").stream().anyMatch(k -> s.token(k).word().equalsIgnoreCase("been"))
                && Arguments.dependents(s, t, "case").stream().anyMatch(k -> s.token(k).word().toLowerCase(Locale.ROOT).equals("to"));
    }
}
