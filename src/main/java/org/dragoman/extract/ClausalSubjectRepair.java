package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "She promised Ruritania would be a partner": the parser may read "She promised Ruritania" as the clausal subject of
 * "would be a partner". A verb with a subject of its own that is the clausal subject of the sentence's root, whose
 * object (with its conjuncts: "said A and B could meet") ends right before the root's auxiliary or copula, is rather
 * the main verb: the root becomes its reported clause, with that object as the clause's subject.
 */
final class ClausalSubjectRepair {
    private ClausalSubjectRepair() {
    }

    /** The article with such verbs made the root; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, ClausalSubjectRepair::repair);
    }

    static Sentence repair(Sentence s) {
        int root = s.children(-1).stream().map(Dependency::dependent).findFirst().orElse(-1);
        for (int verb : root < 0 ? List.<Integer>of() : Arguments.dependents(s, root, "csubj")) {
            List<Integer> objects = Arguments.dependents(s, verb, "obj");
            List<Integer> helpers = Arguments.dependents(s, root, "aux", "cop");
            if (!s.token(verb).isVerb() || Arguments.dependents(s, verb, "nsubj").isEmpty() || objects.isEmpty() || helpers.isEmpty()) {
                continue;
            }
            // "said A and B could meet": the parser gives the verb each conjunct as an object.
            int object = objects.stream().min(Integer::compare).orElseThrow();
            List<Integer> conjuncts = Arguments.dependents(s, object, "conj");
            if (!objects.stream().allMatch(o -> o == object || conjuncts.contains(o))) {
                continue;
            }
            int firstHelper = helpers.stream().min(Integer::compare).orElseThrow();
            int end = java.util.Collections.max(Arguments.subtree(s, object, java.util.Set.of(verb)));
            if (object > verb && end + 1 == firstHelper) {
                return rehung(s, root, verb, objects);
            }
        }
        return s;
    }

    private static Sentence rehung(Sentence s, int root, int verb, List<Integer> objects) {
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            boolean dropped = d.governor() < 0 || d.governor() == root && d.dependent() == verb
                    || d.governor() == verb && objects.contains(d.dependent()) && d.relation().equals("obj");
            if (!dropped) {
                deps.add(d);
            }
        }
        deps.add(new Dependency("root", -1, verb));
        deps.add(new Dependency("ccomp", verb, root));
        for (int object : objects) {
            deps.add(new Dependency("nsubj", root, object));
        }
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }
}
