package org.dragoman.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "held talks with Ivo Ruiz and opposition leaders": the parser may read the meeting noun as a compound of the last
 * noun of its own with-phrase ("talks ... leaders"), make that noun the verb's object and leave the word before it
 * ("opposition") as the last side. A meeting noun whose compound governor comes after one of its with-phrases is the
 * head again: it takes the governor's place, and the governor takes the place of the last side before it, whose
 * modifier it keeps as a compound.
 */
final class CompoundTalksRepair {
    private static final Set<String> MEETING_NOUNS = WordLists.MEETING.get("meeting-noun");

    private CompoundTalksRepair() {
    }

    /** The article with such meeting nouns heading their phrase again; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, CompoundTalksRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (int n = 0; n < s.tokens().size(); n++) {
            if (!s.token(n).pos().startsWith("NN") || !MEETING_NOUNS.contains(s.token(n).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int head = Arguments.governor(s, n, "compound");
            int side = lastSideBefore(s, n, head);
            if (side >= 0) {
                return reheaded(s, n, head, side);
            }
        }
        return s;
    }

    /** The with-phrase of meeting noun {@code n} just before {@code head}, every word between hung on either; -1 if none. */
    private static int lastSideBefore(Sentence s, int n, int head) {
        if (head <= n) {
            return -1;
        }
        int side = Arguments.dependents(s, n, "nmod:with").stream().filter(w -> w < head).max(Integer::compare).orElse(-1);
        if (side < 0 || !s.token(side).pos().matches("NNS?|JJ")) {
            return -1;
        }
        for (int i = side + 1; i < head; i++) {
            int g = Arguments.governor(s, i, "amod", "compound", "nmod:poss");
            if (g != side && g != head) {
                return -1;
            }
        }
        return side;
    }

    private static Sentence reheaded(Sentence s, int n, int head, int side) {
        return SentenceRepairs.rewired(s, d -> {
            if (d.dependent() == n && d.governor() == head) {
                return null;
            }
            if (d.dependent() == head) {
                return new Dependency(d.relation(), d.governor(), n);
            }
            if (d.dependent() == side) {
                return new Dependency(d.relation(), d.governor(), head);
            }
            if (d.governor() == side && d.base().equals("cc")) {
                return new Dependency(d.relation(), head, d.dependent());
            }
            return d;
        }, List.of(new Dependency("compound", head, side)));
    }
}
