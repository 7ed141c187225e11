package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "The ministry said on Tuesday that Ana Soto had spoken to Ivo Ruiz, but denied reports that she would resign": the
 * parser may join the second reporting verb to the reported clause's verb, giving it that clause's subject. A reporting
 * verb in the past, joined after a comma to the past verb of another reporting verb's that-clause, is rather that
 * reporter's second report, with the reporter as its subject.
 */
final class ReportConjunctRepair {
    private static final VerbLexicon VERBS = VerbLexicon.bundled();

    private ReportConjunctRepair() {
    }

    /** The article with such reports joined to their reporter; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, ReportConjunctRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int clause = d.governor();
            int report = d.dependent();
            if (clause < 0 || !d.base().equals("conj") || report < clause || report < 2 || !s.token(report).pos().equals("VBD")
                    || !VERBS.isCue(s.token(report).lemma().toLowerCase(Locale.ROOT)) || !s.token(report - 2).word().equals(",")) {
                continue;
            }
            int reporter = Arguments.governor(s, clause, "ccomp");
            boolean thatClause = Arguments.dependents(s, clause, "mark", "dep").stream()
                    .anyMatch(m -> s.token(m).word().equalsIgnoreCase("that"));
            if (reporter < 0 || reporter > clause || !thatClause || !s.token(reporter).pos().equals("VBD")
                    || !VERBS.isCue(s.token(reporter).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<Integer> reporters = Arguments.dependents(s, reporter, "nsubj");
            List<Integer> inner = Arguments.dependents(s, clause, "nsubj");
            if (reporters.isEmpty()) {
                continue;
            }
            List<Dependency> added = new ArrayList<>();
            added.add(new Dependency(d.relation(), reporter, report));
            reporters.forEach(n -> added.add(new Dependency("nsubj", report, n)));
            // The reported clause's subject no longer reports, nor is the second report part of the first's content.
            return SentenceRepairs.rewired(s, x -> x.equals(d) || x.governor() == report && x.base().equals("nsubj") && inner.contains(x.dependent())
                    || x.governor() == reporter && x.dependent() == report && x.base().equals("ccomp") ? null : x, added);
        }
        return s;
    }
}
