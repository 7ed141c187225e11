package org.dragoman.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * Subjects the parser joined to a fronted date: in "In Lima on Monday, Ana Soto and Ivo Ruiz held talks" it may make
 * the names conjuncts of "Monday", leaving the verb without a subject. Names conjoined to a date phrase of a
 * subjectless verb, after a comma and before the verb, become its subjects.
 */
final class DateSubjectRepair {
    /** The relations that tie a misplaced name to the date: its conjunct edge, and the enhanced copies of the date's own. */
    private static final Set<String> MISPLACED_RELATIONS = Set.of("conj", "obl", "nmod");

    private DateSubjectRepair() {
    }

    /** The article with such subjects restored; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, DateSubjectRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (int v = 1; v < s.tokens().size(); v++) {
            if (!s.token(v).isVerb() || !Arguments.dependents(s, v, "nsubj", "nsubj:pass", "expl").isEmpty()) {
                continue;
            }
            // The date hangs on the verb ("on Monday") or on a place phrase before it ("In Lima on Monday").
            List<Integer> dates = new ArrayList<>();
            for (int o : Arguments.dependents(s, v, "obl")) {
                dates.add(o);
                dates.addAll(Arguments.dependents(s, o, "nmod"));
            }
            for (int date : dates) {
                if (date > v || !s.token(date).ner().equals("DATE")) {
                    continue;
                }
                final int verb = v;
                List<Integer> names = Arguments.dependents(s, date, "conj").stream()
                        .filter(x -> x > date && x < verb && s.token(x).isProperNoun() && !s.token(x).ner().equals("DATE")).toList();
                if (!names.isEmpty() && commaBetween(s, date, names.get(0))) {
                    return withSubjects(s, v, names);
                }
            }
        }
        return s;
    }

    private static boolean commaBetween(Sentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (s.token(i).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static Sentence withSubjects(Sentence s, int v, List<Integer> names) {
        Set<Integer> moved = new HashSet<>(names);
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            boolean misplaced = moved.contains(d.dependent()) && MISPLACED_RELATIONS.contains(d.base());
            if (!misplaced) {
                deps.add(d);
            }
        }
        int first = names.get(0);
        for (int name : names) {
            deps.add(new Dependency("nsubj", v, name));
            if (name != first) {
                deps.add(new Dependency("conj:and", first, name));
            }
        }
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }
}
