package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Lenko and Ivo Marek shook hands and held talks": the enhanced parse may hand the second verb only one of the
 * subjects it shares with the first. A conjoined verb whose subjects all stand before the first verb, and are some of
 * its subjects, takes all of them; a subject written after the first verb ("... and Lenko later flew to Oslo") is the
 * second verb's own and stays alone.
 */
final class SharedSubjectRepair {
    private SharedSubjectRepair() {
    }

    /** The article with such shared subjects completed; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, SharedSubjectRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        List<Dependency> added = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            int first = d.governor();
            int second = d.dependent();
            if (first < 0 || !d.base().equals("conj") || !s.token(first).isVerb() || !s.token(second).isVerb()) {
                continue;
            }
            List<Integer> shared = Arguments.dependents(s, first, "nsubj");
            List<Integer> own = Arguments.dependents(s, second, "nsubj");
            if (shared.size() < 2 || own.isEmpty() || !shared.containsAll(own) || own.stream().anyMatch(t -> t > first)) {
                continue;
            }
            shared.stream().filter(t -> !own.contains(t)).forEach(t -> added.add(new Dependency("nsubj", second, t)));
        }
        if (added.isEmpty()) {
            return s;
        }
        List<Dependency> deps = new ArrayList<>(s.dependencies());
        deps.addAll(added);
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }
}
