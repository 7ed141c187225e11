package org.dragoman.extract;

import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "The Andean meeting, chaired by Ana Soto, was attended by Ivo Ruiz and Eva Lind": the parser may take the participle
 * of the aside between commas for the sentence's head, with the noun before it as its subject, and hang the real verb on
 * it as a bare dependent. A participle heading its sentence after a comma, without an auxiliary of its own, whose bare
 * dependent after a later comma is a verb with an auxiliary, is an aside on its subject noun: the noun becomes the
 * later verb's subject (passive when that verb is), and the later verb heads the sentence.
 */
final class ParticipleAsideRepair {
    private ParticipleAsideRepair() {
    }

    /** The article with such asides rehung; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, ParticipleAsideRepair::repair);
    }

    static Sentence repair(Sentence s) {
        for (Dependency rootEdge : s.dependencies()) {
            int aside = rootEdge.dependent();
            if (rootEdge.governor() >= 0 || !s.token(aside).pos().equals("VBN") || aside < 2 || !s.token(aside - 1).word().equals(",")
                    || !Arguments.dependents(s, aside, "aux", "aux:pass", "cop").isEmpty()) {
                continue;
            }
            int noun = Arguments.dependents(s, aside, "nsubj").stream().filter(n -> n < aside && s.token(n).isNoun()).findFirst().orElse(-1);
            int verb = Arguments.dependents(s, aside, "dep").stream().filter(v -> v > aside && s.token(v).isVerb()
                    && !Arguments.dependents(s, v, "aux", "aux:pass").isEmpty()
                    && Arguments.dependents(s, v, "nsubj", "nsubj:pass").isEmpty()
                    && SentenceRepairs.commaBetween(s, aside, v)).findFirst().orElse(-1);
            if (noun < 0 || verb < 0) {
                continue;
            }
            String subject = Arguments.dependents(s, verb, "aux:pass").isEmpty() ? "nsubj" : "nsubj:pass";
            return SentenceRepairs.rewired(s, e -> e.equals(rootEdge)
                    || e.governor() == aside && (e.dependent() == noun || e.dependent() == verb) ? null : e,
                    List.of(new Dependency("root", -1, verb), new Dependency(subject, verb, noun), new Dependency("acl", noun, aside)));
        }
        return s;
    }
}
