package org.dragoman.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "The two men have not met since January 24", "have not spoken since a summit in Lima in May", "has not left Peru
 * since a visit to Quito in 2020": a denial reaching back to a date or to a meeting tells the last time it happened.
 * The meeting then took place, on the date of the since-phrase; a since-phrase of anything else ("since the
 * expulsions", "since the vote") leaves the denial as it is.
 */
final class LastMeeting {
    private static final Set<String> EVENT_NOUNS = WordLists.MEETING.union("meeting-noun", "visit-noun");

    private LastMeeting() {
    }

    /**
     * The head of the since-phrase that tells when a denied meeting at {@code trigger} (or at its light verb
     * {@code anchor}) last took place: a date or a meeting or visit noun. -1 when there is none.
     */
    static int sincePoint(Sentence s, int trigger, int anchor) {
        for (int head : new int[] {trigger, anchor}) {
            for (int since : head < 0 ? List.<Integer>of() : Arguments.dependents(s, head, "obl:since")) {
                String lemma = s.token(since).lemma().toLowerCase(Locale.ROOT);
                if (s.token(since).ner().equals("DATE") || s.token(since).isNoun() && EVENT_NOUNS.contains(lemma)) {
                    return since;
                }
            }
        }
        return -1;
    }

    /** Whether the meeting or visit noun at {@code trigger} is the since-phrase of the verb it hangs on. */
    static boolean isSincePoint(Sentence s, int trigger) {
        return s.token(trigger).isNoun() && s.parents(trigger).stream().map(Dependency::relation).anyMatch("obl:since"::equals);
    }
}
