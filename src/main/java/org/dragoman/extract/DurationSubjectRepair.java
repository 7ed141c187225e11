package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "The deal came hours after Ana Soto and Ivo Ruiz held talks": the parser may make "hours" the subject of "held" and
 * hang the people on it as an after-phrase. A span of time holds no talks: the people after "after" (or "before") are
 * the verb's subjects, the span a modifier of the clause, and so of a later verb the span is subject of too ("a day
 * after Ivo Ruiz, who has been trying to ..., spoke to X").
 */
final class DurationSubjectRepair {
    private DurationSubjectRepair() {
    }

    /** The article with such subjects re-hung; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, DurationSubjectRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int verb = d.governor();
            int span = d.dependent();
            if (verb < 0 || !d.relation().equals("nsubj") || !s.token(verb).isVerb() || !s.token(span).ner().equals("DURATION")) {
                continue;
            }
            List<Integer> people = new ArrayList<>();
            for (Dependency m : s.children(span)) {
                if (m.relation().matches("nmod:(after|before)") && s.token(m.dependent()).isProperNoun() && m.dependent() < verb) {
                    people.add(m.dependent());
                }
            }
            if (!people.isEmpty()) {
                return rehung(s, verb, span, people);
            }
        }
        return s;
    }

    private static Sentence rehung(Sentence s, int verb, int span, List<Integer> people) {
        List<Dependency> added = new ArrayList<>();
        for (int p : people) {
            added.add(new Dependency("nsubj", verb, p));
            for (int c : Arguments.dependents(s, p, "case")) {
                added.add(new Dependency("mark", verb, c));
            }
        }
        added.add(new Dependency("dep", verb, span));
        // "a day after Ivo Ruiz, who has been trying to ..., spoke to X": the span was the subject of a later verb too,
        // the one the relative clause interrupts; the people are its subjects as well.
        int last = java.util.Collections.max(people);
        List<Integer> later = s.parents(span).stream()
                .filter(d -> d.relation().equals("nsubj") && d.governor() > last && d.governor() != verb).map(Dependency::governor).toList();
        for (int v : later) {
            people.forEach(p -> added.add(new Dependency("nsubj", v, p)));
        }
        return SentenceRepairs.rewired(s, d -> {
            boolean oldSubject = d.dependent() == span && (d.governor() == verb || later.contains(d.governor()) && d.base().equals("nsubj"));
            boolean oldPhrase = d.governor() == span && people.contains(d.dependent());
            boolean oldCase = people.contains(d.governor()) && d.relation().equals("case");
            return oldSubject || oldPhrase || oldCase ? null : d;
        }, added);
    }
}
