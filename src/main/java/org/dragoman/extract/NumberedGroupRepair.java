package org.dragoman.extract;

import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "attended the Group of Eight summit in Lima": the parser reads the body's name as "Group of (Eight summit)", so the
 * summit hangs under the name and the verb's object is the name. A common noun right after "Group of" and a number,
 * hung there as the of-phrase, becomes the phrase's head: it takes the name's governor, determiner and the phrases after
 * it, the name becomes its compound, and the number returns to the name.
 *
 * <p>Edge cases: a proper noun after the number ("Group of 20 Leaders") and any other parse are left alone.
 */
final class NumberedGroupRepair {
    private NumberedGroupRepair() {
    }

    /** The article with such nouns made heads; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, NumberedGroupRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (int g = 0; g + 3 < s.tokens().size(); g++) {
            int of = g + 1;
            int number = g + 2;
            int noun = g + 3;
            boolean shape = s.token(g).word().equalsIgnoreCase("group") && s.token(g).isProperNoun()
                    && s.token(of).word().equalsIgnoreCase("of") && s.token(number).pos().equals("CD")
                    && s.token(noun).isNoun() && !s.token(noun).isProperNoun();
            if (shape && Arguments.dependents(s, g, "nmod:of").contains(noun)
                    && Arguments.dependents(s, noun, "nummod").contains(number)) {
                return reheaded(s, g, of, number, noun);
            }
        }
        return s;
    }

    private static Sentence reheaded(Sentence s, int group, int of, int number, int noun) {
        return SentenceRepairs.rewired(s, d -> {
            boolean inside = d.governor() == group && d.dependent() == noun || d.governor() == noun && (d.dependent() == of
                    || d.dependent() == number);
            if (inside) {
                return null;
            }
            if (d.dependent() == group) {
                return new Dependency(d.relation(), d.governor(), noun);
            }
            // What follows the noun ("summit in Lima") is the noun's, wherever the parser hung it.
            boolean after = d.governor() == group && d.dependent() > noun && !d.base().equals("punct");
            if (d.governor() == group && (d.base().equals("det") || d.base().equals("amod")) || after) {
                return new Dependency(d.relation(), noun, d.dependent());
            }
            return d;
        }, List.of(new Dependency("compound", noun, group), new Dependency("nmod:of", group, number),
                new Dependency("case", number, of)));
    }
}
