package org.dragoman.extract;

import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto met Ivo Ruiz in Lima on Monday, hours after an envoy, Eva Lind, announced that ...": the parser may hang the
 * subject of the later clause on the first verb as a second object, and the later verb on the first as a bare
 * dependent. A verb's second object that a comma alone parts from a subjectless verb hung on the same verb is that
 * verb's subject.
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
            for (int w : Arguments.dependents(s, v, "dep")) {
                boolean commaOnly = w == second + 2 && s.token(second + 1).word().equals(",");
                if (commaOnly && s.token(w).isVerb() && Arguments.dependents(s, w, "nsubj", "nsubj:pass").isEmpty()) {
                    return rehung(s, v, second, w);
                }
            }
        }
        return s;
    }

    private static Sentence rehung(Sentence s, int verb, int subject, int clause) {
        return SentenceRepairs.rewired(s, d -> d.governor() == verb && d.dependent() == subject ? null : d,
                List.of(new Dependency("nsubj", clause, subject)));
    }
}
