package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto said Ruritania opposes the sanctions and supports the talks": the parser may join the second present-tense
 * verb to the past-tense reporting verb, giving it the reporter as subject. A verb in the present joined to a verb in
 * the past, after that verb's reported clause whose own verb is in the present, is rather the clause's second verb and
 * shares the clause's subject. Verbs of one tense ("said X was ... and hoped ...") are left as parsed.
 */
final class TenseConjunctRepair {
    private TenseConjunctRepair() {
    }

    /** The article with such conjuncts moved into their clause; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, TenseConjunctRepair::repair);
    }

    static Sentence repair(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int verb = d.governor();
            int joined = d.dependent();
            if (verb < 0 || !d.base().equals("conj") || !s.token(verb).pos().equals("VBD") || !present(s, joined)) {
                continue;
            }
            for (int clause : Arguments.dependents(s, verb, "ccomp")) {
                if (clause > verb && clause < joined && present(s, clause)) {
                    return moved(s, d, clause);
                }
            }
        }
        return s;
    }

    private static boolean present(Sentence s, int t) {
        return s.token(t).pos().matches("VBZ|VBP");
    }

    private static Sentence moved(Sentence s, Dependency join, int clause) {
        int verb = join.governor();
        int joined = join.dependent();
        List<Integer> reporters = Arguments.dependents(s, verb, "nsubj");
        List<Integer> subjects = Arguments.dependents(s, clause, "nsubj");
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if (d.equals(join) || d.governor() == joined && d.base().equals("nsubj") && reporters.contains(d.dependent())) {
                continue;
            }
            deps.add(d);
        }
        deps.add(new Dependency(join.relation(), clause, joined));
        subjects.forEach(n -> deps.add(new Dependency("nsubj", joined, n)));
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }
}
