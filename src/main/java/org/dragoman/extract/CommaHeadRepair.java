package org.dragoman.extract;

import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "held talks with the two negotiators, Ruritania's Ivo Ruiz and Klow's Ana Soto": the parser may hang the names
 * after the comma on the comma itself, as dep, so that they belong to nothing. A name hung so on a comma right after a
 * noun is in apposition to that noun, as "the two negotiators, Ivo Ruiz and Ana Soto" is read when parsed well.
 */
final class CommaHeadRepair {
    private CommaHeadRepair() {
    }

    /** The article with such names in apposition; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, CommaHeadRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        boolean any = s.dependencies().stream().anyMatch(d -> hungOnComma(s, d));
        return any ? SentenceRepairs.rewired(s, d -> hungOnComma(s, d) ? new Dependency("appos", d.governor() - 1, d.dependent()) : d,
                List.of()) : s;
    }

    private static boolean hungOnComma(Sentence s, Dependency d) {
        int comma = d.governor();
        return comma >= 1 && d.base().equals("dep") && d.dependent() > comma && s.token(comma).word().equals(",")
                && s.token(comma - 1).isNoun() && s.token(d.dependent()).pos().startsWith("NNP");
    }
}
