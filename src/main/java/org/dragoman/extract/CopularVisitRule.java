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
 * "Ana Soto was in Oslo to discuss trade": presence at a place with a diplomatic purpose is a visit. Being in a
 * place without one ("Ana Soto was in Oslo") is not. At most one such visit per sentence, the first.
 */
final class CopularVisitRule implements SentenceRule {
    /** Purposes that make presence a visit; the meeting nouns count too ("was in Oslo for talks"). */
    private static final Set<String> PURPOSE_VERBS = WordLists.MEETING.get("purpose-word");
    private static final Set<String> MEET_NOUNS = WordLists.MEETING.get("meeting-noun");

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public List<Event> read(MeetingContext c, Sentence s) {
        Arguments args = c.args();
        for (Token t : s.tokens()) {
            Optional<String> place = args.place(s, t.index());
            if (place.isEmpty() || Arguments.dependents(s, t.index(), "cop").isEmpty()) {
                continue;
            }
            boolean purpose = false;
            for (int p : Arguments.dependents(s, t.index(), "advcl", "xcomp", "acl", "obl:for", "nmod:for")) {
                String lemma = s.token(p).lemma().toLowerCase(Locale.ROOT);
                purpose |= PURPOSE_VERBS.contains(lemma) || MEET_NOUNS.contains(lemma);
            }
            if (!purpose) {
                continue;
            }
            List<String> visitors = new ArrayList<>();
            for (int subj : Arguments.dependents(s, t.index(), "nsubj")) {
                visitors.addAll(args.actors(s, subj));
            }
            visitors.remove(place.get());
            if (!visitors.isEmpty()) {
                return List.of(EventAssembly.visit(c, s, t.index(), -1, visitors, null, place.get()));
            }
        }
        return List.of();
    }
}
