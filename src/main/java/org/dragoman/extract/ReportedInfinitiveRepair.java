package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Lenko is scheduled to hold talks with Ivo Marek on Wednesday, her spokesman told reporters": the parser may read
 * "to hold talks" as the clause of the closing "told", whose subject then seems to hold them. A to-infinitive right
 * after a verb that takes it ("scheduled to", "expected to", "due to"), read as the clause of a reporting verb after
 * it, is rather that verb's complement; the reporting verb closes the sentence as an aside.
 */
final class ReportedInfinitiveRepair {
    private ReportedInfinitiveRepair() {
    }

    /** The article with such infinitives given back to their verbs; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, ReportedInfinitiveRepair::repair);
    }

    static Sentence repair(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int infinitive = d.dependent();
            int reporter = d.governor();
            boolean misread = d.base().equals("ccomp") && reporter > infinitive && infinitive >= 2
                    && s.token(infinitive - 1).word().equalsIgnoreCase("to")
                    && Arguments.dependents(s, infinitive, "mark").contains(infinitive - 1)
                    && Arguments.dependents(s, infinitive, "nsubj").isEmpty();
            int taker = infinitive - 2;
            if (!misread || !(s.token(taker).isVerb() || s.token(taker).pos().equals("JJ"))
                    || !Arguments.dependents(s, taker, "xcomp", "ccomp").isEmpty()
                    || Arguments.dependents(s, reporter, "nsubj").isEmpty()) {
                continue;
            }
            return rehung(s, taker, infinitive, reporter);
        }
        return s;
    }

    private static Sentence rehung(Sentence s, int taker, int infinitive, int reporter) {
        List<Integer> conjuncts = Arguments.dependents(s, infinitive, "conj");
        List<Dependency> deps = new ArrayList<>();
        boolean aside = false;
        for (Dependency d : s.dependencies()) {
            boolean reported = d.governor() == reporter && d.base().equals("ccomp")
                    && (d.dependent() == infinitive || conjuncts.contains(d.dependent()));
            boolean hung = d.governor() == taker && d.dependent() == reporter;
            if (hung) {
                deps.add(new Dependency("parataxis", taker, reporter));
                aside = true;
            } else if (!reported) {
                deps.add(d);
            }
        }
        if (!aside) {
            return s;
        }
        deps.add(new Dependency("xcomp", taker, infinitive));
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }
}
