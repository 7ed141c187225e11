package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto presented a plan to the group, known as the Acme Six, and later held talks with Ivo Ruiz": the parser may
 * join the second past verb to the participle of the reduced relative clause ("known"), leaving it without a subject.
 * A finite past verb with no subject of its own, joined by "and" to a past participle that describes a noun, is rather
 * the second verb of the clause above, and shares its subject. So is one joined to the gerund of a time phrase
 * ("visited Peru, shortly after taking office, and met Ivo Ruiz").
 */
final class ParticipleConjunctRepair {
    private ParticipleConjunctRepair() {
    }

    /** The article with such verbs joined to their clause; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, ParticipleConjunctRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int participle = d.governor();
            int verb = d.dependent();
            if (participle >= 0 && d.base().equals("conj") && s.token(participle).pos().equals("VBG") && s.token(verb).pos().equals("VBD")) {
                Sentence repaired = afterGerund(s, d);
                if (repaired != s) {
                    return repaired;
                }
                continue;
            }
            if (participle < 0 || !d.base().equals("conj") || !s.token(participle).pos().equals("VBN") || !s.token(verb).pos().equals("VBD")
                    || !Arguments.dependents(s, verb, "nsubj", "nsubj:pass").isEmpty()
                    || Arguments.dependents(s, verb, "cc").stream().noneMatch(c -> s.token(c).word().equalsIgnoreCase("and"))) {
                continue;
            }
            int noun = Arguments.governor(s, participle, "acl");
            int clause = noun >= 0 ? s.parents(noun).stream().filter(p -> p.governor() >= 0 && p.governor() < noun)
                    .mapToInt(Dependency::governor).findFirst().orElse(-1) : -1;
            List<Integer> subjects = clause >= 0 && s.token(clause).pos().equals("VBD")
                    ? Arguments.dependents(s, clause, "nsubj") : List.of();
            if (subjects.isEmpty()) {
                continue;
            }
            return joinedTo(s, d, clause, x -> false);
        }
        return s;
    }

    /**
     * The sentence with the verb of conjunct link {@code d} joined to {@code clause} instead, with the clause's subjects
     * as its own; arcs that {@code alsoDropped} accepts go too.
     */
    private static Sentence joinedTo(Sentence s, Dependency d, int clause, java.util.function.Predicate<Dependency> alsoDropped) {
        int verb = d.dependent();
        List<Dependency> added = new ArrayList<>();
        added.add(new Dependency(d.relation(), clause, verb));
        Arguments.dependents(s, clause, "nsubj").forEach(n -> added.add(new Dependency("nsubj", verb, n)));
        return SentenceRepairs.rewired(s, x -> x.equals(d) || alsoDropped.test(x) ? null : x, added);
    }

    /**
     * "Ana Soto visited Peru in May, shortly after taking office, and met Ivo Ruiz": a past verb with no subject, after
     * ", and", joined to the gerund of a time phrase, is the second verb of the past clause the phrase hangs on (at most
     * three steps up), and shares its subject.
     */
    private static Sentence afterGerund(Sentence s, Dependency d) {
        int gerund = d.governor();
        int verb = d.dependent();
        boolean afterComma = verb >= 3 && s.token(verb - 1).word().equalsIgnoreCase("and") && s.token(verb - 2).word().equals(",");
        if (!afterComma || !Arguments.dependents(s, verb, "nsubj", "nsubj:pass").isEmpty()) {
            return s;
        }
        int clause = gerund;
        for (int hop = 0; hop < 3 && clause >= 0; hop++) {
            int at = clause;
            clause = s.parents(at).stream().filter(p -> p.governor() >= 0 && p.governor() < at).mapToInt(Dependency::governor)
                    .findFirst().orElse(-1);
            if (clause >= 0 && s.token(clause).pos().equals("VBD") && !Arguments.dependents(s, clause, "nsubj").isEmpty()) {
                // The parser's other link from the time phrase to the verb goes with the conjunct one.
                return joinedTo(s, d, clause, x -> x.dependent() == verb && x.base().equals("dep"));
            }
        }
        return s;
    }
}
