package org.dragoman.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ivo Ruiz is expected to travel to Lima for talks with Ana Soto, the first such visit since 2019": the parser may
 * hang the closing description on the passive verb as its object and make it the subject of the infinitive, so the
 * traveller is lost. A passive verb takes no object; a noun after a comma hung so is an apposition of the phrase
 * ending right before the comma, and the infinitive's subject is the passive verb's.
 */
final class TrailingAppositionRepair {
    private TrailingAppositionRepair() {
    }

    /** The article with such descriptions re-hung; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, TrailingAppositionRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int verb = d.governor();
            int description = d.dependent();
            if (verb < 0 || !d.relation().equals("obj") || description < verb || !s.token(description).isNoun()) {
                continue;
            }
            List<Integer> subjects = Arguments.dependents(s, verb, "nsubj:pass");
            if (subjects.isEmpty()) {
                continue;
            }
            int comma = Collections.min(Arguments.subtree(s, description, Set.of())) - 1;
            if (comma <= verb || !s.token(comma).word().equals(",")) {
                continue;
            }
            int phrase = phraseEndingAt(s, verb, comma - 1);
            if (phrase >= 0) {
                return rehung(s, verb, description, subjects.get(0), phrase);
            }
        }
        return s;
    }

    /** The highest noun under {@code verb}'s clauses whose phrase ends at {@code last}, or -1. */
    private static int phraseEndingAt(Sentence s, int verb, int last) {
        for (int clause : Arguments.dependents(s, verb, "xcomp")) {
            for (Dependency d : s.children(clause)) {
                if ((d.base().equals("obl") || d.base().equals("obj")) && s.token(d.dependent()).isNoun()
                        && Collections.max(Arguments.subtree(s, d.dependent(), Set.of())) == last) {
                    return d.dependent();
                }
            }
        }
        return -1;
    }

    private static Sentence rehung(Sentence s, int verb, int description, int subject, int phrase) {
        List<Dependency> added = new ArrayList<>();
        added.add(new Dependency("appos", phrase, description));
        return SentenceRepairs.rewired(s, d -> {
            if (d.governor() == verb && d.dependent() == description) {
                return null;
            }
            if (d.dependent() == description && d.relation().equals("nsubj:xsubj")) {
                return new Dependency(d.relation(), d.governor(), subject);
            }
            return d;
        }, added);
    }
}
