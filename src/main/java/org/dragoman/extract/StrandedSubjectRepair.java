package org.dragoman.extract;

import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto met Ivo Ruiz in Lima on Monday, hours after an envoy, Eva Lind, announced that ...": the parser may hang the
 * subject of the later clause on the first verb as a second object, and the later verb on the first as a bare
 * dependent. A verb's second object that a comma alone parts from a subjectless verb hung on the same verb is that
 * verb's subject; so is one right before a subjectless finite verb hung on the verb the first one completes ("refused
 * to attend talks ..., and the foreign ministry said ..."). The object's reading as a conjunct of the first goes.
 */
final class StrandedSubjectRepair {
    private StrandedSubjectRepair() {
    }

    /** The article with such subjects re-hung; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, StrandedSubjectRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (int v = 0; v < s.tokens().size(); v++) {
            List<Integer> objects = Arguments.dependents(s, v, "obj");
            if (!s.token(v).isVerb() || objects.size() < 2) {
                continue;
            }
            int second = objects.stream().mapToInt(Integer::intValue).max().orElseThrow();
            // "refused to attend talks ..., and the foreign ministry said that ...": the clause may hang on a verb the
            // object's verb completes, right after the object.
            List<Integer> clauses = new java.util.ArrayList<>(Arguments.dependents(s, v, "dep"));
            int up = Arguments.governor(s, v, "xcomp");
            if (up >= 0) {
                Arguments.dependents(s, up, "dep").stream().filter(w -> w == second + 1).forEach(clauses::add);
            }
            for (int w : clauses) {
                boolean commaOnly = w == second + 2 && s.token(second + 1).word().equals(",");
                boolean adjacent = w == second + 1 && s.token(w).pos().matches("VBD|VBZ|VBP");
                if ((commaOnly || adjacent) && s.token(w).isVerb() && Arguments.dependents(s, w, "nsubj", "nsubj:pass").isEmpty()) {
                    return rehung(s, v, second, w);
                }
            }
        }
        return s;
    }

    private static Sentence rehung(Sentence s, int verb, int subject, int clause) {
        // The object's other reading, as a conjunct of the first object, goes too.
        return SentenceRepairs.rewired(s,
                d -> d.dependent() == subject && (d.governor() == verb || d.base().equals("conj")) ? null : d,
                List.of(new Dependency("nsubj", clause, subject)));
    }
}
