package org.dragoman.extract;

import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Peru's ambassador Ivo Ruiz, called the remarks ...": the parser may head the phrase with the title and hang the name
 * right after it as a bare dependent, so the phrase names no one. A title noun whose bare dependent is a person's name
 * starting right after it gives the name the head: the title's own governor takes the name, and the title becomes its
 * compound; the title keeps its other modifiers. So with a country that heads its titles and the name ("United States
 * Assistant Secretary of State Ana Soto, who ..., told ...").
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
            boolean country = s.token(t).isProperNoun() && s.token(t).ner().matches("COUNTRY|NATIONALITY");
            if (!title && !country || !country && (!s.token(t + 1).ner().equals("PERSON") || !s.token(t + 1).isProperNoun())) {
                continue;
            }
            int titleAt = t;
            for (int name : Arguments.dependents(s, t, "dep")) {
                int first = name;
                while (first > t + 1 && s.token(first - 1).ner().equals("PERSON")) {
                    first--;
                }
                int nameStart = first;
                boolean wholeName = name > t && s.token(name).ner().equals("PERSON")
                        && java.util.stream.IntStream.range(t + 1, nameStart).allMatch(i -> country ? s.token(i).ner().equals("TITLE")
                        : s.token(i).ner().equals("PERSON"));
                // "United States Assistant Secretary of State Ana Soto, who ...": a country heading its titles and name.
                if (wholeName && (!country || nameStart > t + 1)) {
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
            if (d.governor() == title && (d.relation().equals("punct") || d.base().equals("acl") || d.base().equals("appos")
                    || d.relation().equals("ref"))) {
                return new Dependency(d.relation(), name, d.dependent());
            }
            return d;
        }, List.of(new Dependency("compound", name, title)));
    }
}
