package org.dragoman.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto held separate meetings with A, B and C, her office said": the parser may take the reporting clause for a
 * relative clause on the meeting noun and hang "with A" on its verb. A with-phrase that lies between a meeting noun and
 * the verb of a clause on that noun is the noun's.
 *
 * <p>Edge cases: a with-phrase after the clause's verb ("the talks that she held with A") stays the verb's.
 */
final class ReportedWithRepair {
    private static final Set<String> MEETING_NOUNS = WordLists.MEETING.get("meeting-noun");

    private ReportedWithRepair() {
    }

    /** The article with such phrases moved to the meeting noun; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, ReportedWithRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        Map<Dependency, Integer> moved = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            int noun = movedTo(s, d);
            if (noun >= 0) {
                moved.put(d, noun);
            }
        }
        if (moved.isEmpty()) {
            return s;
        }
        return SentenceRepairs.rewired(s, d -> moved.containsKey(d) ? new Dependency("nmod:with", moved.get(d), d.dependent()) : d,
                List.of());
    }

    /** The meeting noun a misplaced with-phrase belongs to; -1 when {@code d} is none. */
    private static int movedTo(Sentence s, Dependency d) {
        if (!d.relation().equals("obl:with") || d.governor() < 0) {
            return -1;
        }
        int verb = d.governor();
        int noun = Arguments.governor(s, verb, "acl:relcl");
        if (noun < 0 || !MEETING_NOUNS.contains(s.token(noun).lemma().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        boolean between = noun < d.dependent() && d.dependent() < verb;
        // "meetings with A, her office said": the clause has a subject of its own after the phrase.
        boolean subjectAfter = Arguments.dependents(s, verb, "nsubj").stream().anyMatch(n -> n > d.dependent() && n < verb);
        return between && subjectAfter ? noun : -1;
    }
}
