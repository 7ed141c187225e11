package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "The meeting was arranged after Ana Soto and Ivo Ruiz spoke by phone": the parser may read "after Ana Soto and Ivo
 * Ruiz" as a phrase of the main verb and leave "spoke" hanging from it without a subject. When a subjectless verb
 * hangs from a verb as {@code dep} right after such a phrase of names, the names are its subjects and the
 * conjunction its mark: {@code advcl:after(arranged, spoke)}, {@code nsubj(spoke, Soto)}.
 */
final class ClauseAfterRepair {
    private ClauseAfterRepair() {
    }

    /** The article with such clauses re-hung; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, ClauseAfterRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int main = d.governor();
            int clause = d.dependent();
            if (main < 0 || !d.relation().equals("dep") || clause < main || !s.token(clause).pos().matches("VBD|VBZ|VBP")
                    || !Arguments.dependents(s, clause, "nsubj", "nsubj:pass").isEmpty()) {
                continue;
            }
            List<Integer> names = new ArrayList<>();
            String conjunction = null;
            for (Dependency p : s.children(main)) {
                int name = p.dependent();
                String rel = p.relation();
                if (rel.matches("obl:(after|before|since|until)") && name < clause && s.token(name).isProperNoun()
                        && java.util.stream.IntStream.range(name + 1, clause).noneMatch(i -> s.token(i).isVerb())) {
                    names.add(name);
                    conjunction = rel.substring(4);
                }
            }
            if (!names.isEmpty()) {
                return rehung(s, main, clause, names, conjunction);
            }
        }
        return s;
    }

    private static Sentence rehung(Sentence s, int main, int clause, List<Integer> names, String conjunction) {
        List<Dependency> added = new ArrayList<>();
        for (int n : names) {
            added.add(new Dependency("nsubj", clause, n));
            for (int c : Arguments.dependents(s, n, "case")) {
                added.add(new Dependency("mark", clause, c));
            }
        }
        added.add(new Dependency("advcl:" + conjunction, main, clause));
        return SentenceRepairs.rewired(s, d -> {
            boolean oldPhrase = d.governor() == main && names.contains(d.dependent()) && d.relation().startsWith("obl:");
            boolean oldDep = d.governor() == main && d.dependent() == clause && d.relation().equals("dep");
            boolean oldCase = names.contains(d.governor()) && d.relation().equals("case");
            return oldPhrase || oldDep || oldCase ? null : d;
        }, added);
    }
}
