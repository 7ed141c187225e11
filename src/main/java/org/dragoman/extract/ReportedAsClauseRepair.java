package org.dragoman.extract;

import java.util.List;
import java.util.Locale;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Quote;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * "Ana Soto warned on Friday that Acme would face sanctions, as the two leaders held talks in Lima": the parser hangs
 * the closing as-clause on the reported clause's verb, which makes it part of what was said. News writes such a clause
 * after a comma to tell what was going on while the words were said, so a finite as-clause with its own subject, after
 * a comma and outside quotation marks, closing the that-clause of a reporting verb, hangs on the reporting verb.
 */
final class ReportedAsClauseRepair {
    private static final VerbLexicon VERBS = VerbLexicon.bundled();

    private ReportedAsClauseRepair() {
    }

    /** The article with such as-clauses hung on their reporting verbs; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, s -> repair(s, doc.quotes()));
    }

    private static Sentence repair(Sentence s, List<Quote> quotes) {
        for (Dependency d : s.dependencies()) {
            int clause = d.governor();
            int as = d.dependent();
            if (clause < 0 || !d.base().equals("advcl") || as < clause || !s.token(as).isVerb() || !finiteWithSubject(s, as)) {
                continue;
            }
            List<Integer> marks = Arguments.dependents(s, as, "mark");
            if (marks.size() != 1 || !s.token(marks.get(0)).word().equalsIgnoreCase("as") || marks.get(0) < 1
                    || !s.token(marks.get(0) - 1).word().equals(",") || quoted(s.token(marks.get(0)), quotes)) {
                continue;
            }
            int reporter = Arguments.governor(s, clause, "ccomp");
            if (reporter < 0 || reporter > clause || !s.token(reporter).isVerb()
                    || !VERBS.isCue(s.token(reporter).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            return SentenceRepairs.rewired(s, x -> x.equals(d) ? new Dependency(d.relation(), reporter, as) : x, List.of());
        }
        return s;
    }

    /** "as the two leaders held talks", "as she is due to ...": a verb in a tense of its own with a subject of its own. */
    private static boolean finiteWithSubject(Sentence s, int v) {
        boolean finite = s.token(v).pos().matches("VBD|VBZ|VBP") || !Arguments.dependents(s, v, "aux", "aux:pass", "cop").isEmpty();
        return finite && !Arguments.dependents(s, v, "nsubj", "nsubj:pass").isEmpty();
    }

    /** Whether the token lies inside one of the article's quotations, as the quote annotator and its repairs settled them. */
    private static boolean quoted(Token t, List<Quote> quotes) {
        return quotes.stream().anyMatch(q -> q.begin() <= t.begin() && t.end() <= q.end());
    }
}
