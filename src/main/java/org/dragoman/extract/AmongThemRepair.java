package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "met several members of the Andean Council, among them Ana Soto and Ivo Ruiz": the parser hangs "among them" on
 * the verb or on a noun far before, and the names on "them" as dep. The names are members of the plural noun that
 * "them" stands for, the last one before the comma; they become its including-phrase, as in "members, including Ana
 * Soto", so that whatever reads members reads these.
 */
final class AmongThemRepair {
    /** How many tokens before the comma the plural noun "them" stands for may be. */
    private static final int ANTECEDENT_WINDOW = 8;

    private AmongThemRepair() {
    }

    /** The article with such lists re-hung; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, AmongThemRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        List<Dependency> added = new ArrayList<>();
        for (int them = 2; them < s.tokens().size(); them++) {
            if (!s.token(them).word().equalsIgnoreCase("them") || !s.token(them - 1).word().equalsIgnoreCase("among")
                    || !s.token(them - 2).word().equals(",")) {
                continue;
            }
            int group = -1;
            for (int i = them - 3; i >= Math.max(0, them - 3 - ANTECEDENT_WINDOW) && group < 0; i--) {
                if (s.token(i).pos().equals("NNS")) {
                    group = i;
                }
            }
            for (int member : group < 0 ? List.<Integer>of() : Arguments.dependents(s, them, "dep", "appos")) {
                if (member > them) {
                    added.add(new Dependency("nmod:including", group, member));
                }
            }
        }
        return added.isEmpty() ? s : SentenceRepairs.rewired(s, d -> d, added);
    }
}
