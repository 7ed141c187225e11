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
 * the second verb of the clause above, and shares its subject.
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
            List<Dependency> added = new ArrayList<>();
            added.add(new Dependency(d.relation(), clause, verb));
            subjects.forEach(n -> added.add(new Dependency("nsubj", verb, n)));
            return SentenceRepairs.rewired(s, x -> x.equals(d) ? null : x, added);
        }
        return s;
    }
}
