package org.dragoman.extract;

import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Peru's ambassador Ivo Ruiz, called the remarks ...": the parser may head the phrase with the title and hang the name
 * right after it as a bare dependent, so the phrase names no one. A title noun whose bare dependent is a person's name
 * starting right after it gives the name the head: the title's own governor takes the name, and the title becomes its
 * compound; the title keeps its other modifiers.
 */
final class TitleHeadRepair {
    private TitleHeadRepair() {
    }

    /** The article with such names made heads; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, TitleHeadRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (int t = 0; t + 1 < s.tokens().size(); t++) {
            boolean title = s.token(t).pos().equals("NN") && s.token(t).ner().equals("TITLE");
            if (!title || !s.token(t + 1).ner().equals("PERSON") || !s.token(t + 1).isProperNoun()) {
                continue;
            }
            int titleAt = t;
            for (int name : Arguments.dependents(s, t, "dep")) {
                boolean wholeName = name > t && s.token(name).ner().equals("PERSON")
                        && java.util.stream.IntStream.range(t + 1, name).allMatch(i -> s.token(i).ner().equals("PERSON"));
                if (wholeName) {
                    return renamed(s, titleAt, name);
                }
            }
        }
        return s;
    }

    private static Sentence renamed(Sentence s, int title, int name) {
        return SentenceRepairs.rewired(s, d -> {
            if (d.governor() == title && d.dependent() == name) {
                return null;
            }
            if (d.dependent() == title) {
                return new Dependency(d.relation(), d.governor(), name);
            }
            // The punctuation and clauses around the phrase belong to its head.
            if (d.governor() == title && (d.relation().equals("punct") || d.base().equals("acl") || d.base().equals("appos"))) {
                return new Dependency(d.relation(), name, d.dependent());
            }
            return d;
        }, List.of(new Dependency("compound", name, title)));
    }
}
