package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto met Ivo Ruiz on Monday, and later the same evening with Olga Petrov": the parser may make the time the
 * verb's conjunct and hang the second side on it. The side becomes the conjunct and the time its orphan, as the parser
 * reads "met Ivo Ruiz on Monday and Olga Petrov on Tuesday", so that the sentence tells two meetings.
 */
final class GappedTimeRepair {
    private GappedTimeRepair() {
    }

    /** The article with such conjuncts re-hung; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, GappedTimeRepair::repair);
    }

    static Sentence repair(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int verb = d.governor();
            int time = d.dependent();
            if (verb < 0 || !d.base().equals("conj") || !s.token(verb).pos().startsWith("VB") || !time(s, time)) {
                continue;
            }
            List<Integer> sides = Arguments.dependents(s, time, "nmod:with");
            if (sides.size() == 1 && sides.get(0) > time && s.token(sides.get(0)).isProperNoun()) {
                return rehung(s, d, sides.get(0));
            }
        }
        return s;
    }

    /** A day or a part of one: a date or time word, or "the same evening". */
    private static boolean time(Sentence s, int t) {
        return s.token(t).isNoun() && (s.token(t).ner().matches("DATE|TIME")
                || s.token(t).lemma().toLowerCase(Locale.ROOT).matches("morning|afternoon|evening|night|day"));
    }

    private static Sentence rehung(Sentence s, Dependency join, int side) {
        int time = join.dependent();
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if (d.equals(join) || d.governor() == time && d.dependent() == side) {
                continue;
            }
            // The conjunction belongs to the new conjunct.
            deps.add(d.governor() == time && d.base().equals("cc") ? new Dependency(d.relation(), side, d.dependent()) : d);
        }
        deps.add(new Dependency(join.relation(), join.governor(), side));
        deps.add(new Dependency("orphan", side, time));
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }
}
