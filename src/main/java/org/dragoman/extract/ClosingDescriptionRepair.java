package org.dragoman.extract;

import java.util.List;
import java.util.Locale;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto met Ruritania's foreign minister, Ivo Ruiz, on Monday, a ministry official said": the parser may take the
 * name set off by commas for the closing verb's subject and the unnamed source ("a ministry official") for the
 * name's apposition. An indefinite description that ends right before a closing verb is that verb's subject; the
 * name goes back to the noun before its comma as an apposition.
 */
final class ClosingDescriptionRepair {
    private ClosingDescriptionRepair() {
    }

    /** The article with such subjects re-hung; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, ClosingDescriptionRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int verb = d.governor();
            int name = d.dependent();
            if (verb < 1 || !d.relation().equals("nsubj") || !s.token(name).ner().equals("PERSON") || name > verb
                    || Arguments.governor(s, verb, "parataxis") < 0) {
                continue;
            }
            int start = name;
            while (start > 0 && s.token(start - 1).ner().equals("PERSON")) {
                start--;
            }
            if (start < 2 || !s.token(start - 1).word().equals(",")) {
                continue;
            }
            for (int description : Arguments.dependents(s, name, "appos")) {
                boolean indefinite = Arguments.dependents(s, description, "det").stream()
                        .anyMatch(t -> s.token(t).word().toLowerCase(Locale.ROOT).matches("a|an"));
                int head = describedNoun(s, start - 2);
                if (indefinite && description == verb - 1 && head >= 0) {
                    return rehung(s, verb, name, description, head);
                }
            }
        }
        return s;
    }

    /**
     * The noun that the phrase ending at {@code last} is headed by: the nearest title before it in the clause
     * ("special representative for climate change"), else the highest noun before the name.
     */
    private static int describedNoun(Sentence s, int last) {
        for (int t = last; t >= 0 && !s.token(t).isVerb(); t--) {
            if (s.token(t).ner().equals("TITLE") && s.token(t).isNoun()) {
                return t;
            }
        }
        int node = last;
        int noun = -1;
        for (int hop = 0; hop < 4 && node >= 0 && node <= last && s.token(node).isNoun(); hop++) {
            noun = node;
            List<Dependency> up = s.parents(node);
            node = up.isEmpty() ? -1 : up.get(0).governor();
        }
        return noun;
    }

    private static Sentence rehung(Sentence s, int verb, int name, int description, int head) {
        int host = Arguments.governor(s, verb, "parataxis");
        return SentenceRepairs.rewired(s, d -> {
            if (d.governor() == verb && d.dependent() == name || d.governor() == name && d.dependent() == description) {
                return null;
            }
            // "Ivo Ruiz, on Monday, a ministry official said": the phrase after the name was the main clause's.
            boolean phraseAfterName = d.governor() == name && d.dependent() > name && d.relation().startsWith("nmod:");
            return phraseAfterName ? new Dependency("obl:" + d.subtype(), host, d.dependent()) : d;
        }, List.of(new Dependency("nsubj", verb, description), new Dependency("appos", head, name)));
    }
}
