package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Lenko, Ivo Marek, Jan Berg and Karl Holm will hold talks": the parser may read a list of names as the first
 * name with the others in apposition. A person named only by apposition to another person's name, in a list that
 * ends with "and" and a name, is a conjunct; it takes the verb the first name is subject of as its own.
 */
final class NameListRepair {
    private NameListRepair() {
    }

    /** The article with such lists read as conjuncts; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, NameListRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (int h = 0; h < s.tokens().size(); h++) {
            int head = h;
            if (!person(s, head)) {
                continue;
            }
            List<Integer> apposed = Arguments.dependents(s, head, "appos");
            if (apposed.isEmpty() || !apposed.stream().allMatch(a -> a > head && person(s, a))) {
                continue;
            }
            // The list ends with "and" and a name, joined to a name in apposition or to the first name.
            int last = apposed.get(apposed.size() - 1);
            boolean endsWithAnd = apposed.stream().anyMatch(a -> Arguments.dependents(s, a, "conj").stream()
                    .anyMatch(c -> c >= last && joinedByAnd(s, c) && person(s, c)))
                    || Arguments.dependents(s, head, "conj").stream().anyMatch(c -> c > last && joinedByAnd(s, c) && person(s, c));
            if (endsWithAnd) {
                return rehung(s, head, apposed);
            }
        }
        return s;
    }

    private static boolean person(Sentence s, int t) {
        return s.token(t).ner().equals("PERSON") && s.token(t).isProperNoun();
    }

    private static boolean joinedByAnd(Sentence s, int conjunct) {
        return Arguments.dependents(s, conjunct, "cc").stream().anyMatch(c -> s.token(c).word().equalsIgnoreCase("and"));
    }

    private static Sentence rehung(Sentence s, int head, List<Integer> apposed) {
        List<Dependency> deps = new ArrayList<>();
        List<Dependency> added = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if (d.governor() == head && apposed.contains(d.dependent()) && d.base().equals("appos")) {
                added.add(new Dependency("conj:and", head, d.dependent()));
                continue;
            }
            deps.add(d);
            // The enhanced parse gives each conjunct the first one's subject role.
            if (d.dependent() == head && d.base().matches("nsubj|nsubj:pass|obj|iobj") && d.governor() >= 0) {
                apposed.forEach(a -> added.add(new Dependency(d.relation(), d.governor(), a)));
            }
        }
        deps.addAll(added);
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }
}
