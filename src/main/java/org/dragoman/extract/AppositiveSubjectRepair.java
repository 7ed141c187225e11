package org.dragoman.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "In a statement carried by the Acme News Agency on Tuesday, Ana Soto said ...": the parser may take the agency for
 * the verb's subject and the person named right before the verb for its apposition. An organisation is no person, so
 * a person in apposition to an organisation subject, ending right before the verb after a comma, is the subject; the
 * organisation stays in the opening phrase. The person may carry an apposition of its own ("Ana Soto, the leader's
 * sister, said"). Likewise a body running into the verb after a subject that is no person is the subject
 * ({@link #closingBody}).
 */
final class AppositiveSubjectRepair {
    private AppositiveSubjectRepair() {
    }

    /** The article with such subjects re-hung; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, AppositiveSubjectRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int verb = d.governor();
            int body = d.dependent();
            if (verb < 1 || !d.relation().equals("nsubj") || !s.token(verb).isVerb() || !s.token(body).ner().equals("ORGANIZATION")) {
                continue;
            }
            // A conjunct without "and" is an apposition the parser misread ("the Agency, Ana Soto, the leader's sister,").
            for (int person : Arguments.dependents(s, body, "appos", "conj")) {
                if (!Arguments.dependents(s, person, "cc").isEmpty()) {
                    continue;
                }
                // "..., Vice Foreign Minister Ana Soto said": the person's title may stand before the name.
                int start = person;
                while (start > 0 && (s.token(start - 1).ner().matches("PERSON|TITLE") || titleCompound(s, start - 1, person))) {
                    start--;
                }
                // "Ana Soto said", or "Ana Soto, the leader's sister, said".
                boolean beforeVerb = person == verb - 1 || person + 1 < verb && s.token(person + 1).word().equals(",")
                        && s.token(verb - 1).word().equals(",");
                if (s.token(person).ner().equals("PERSON") && beforeVerb && start > body && s.token(start - 1).word().equals(",")) {
                    return rehung(s, verb, body, person);
                }
            }
        }
        return closingBody(s);
    }

    /** "Vice" in "Vice Foreign Minister Ana Soto": a capitalised word NER left untagged, a compound of the name's words. */
    private static boolean titleCompound(Sentence s, int t, int person) {
        return Character.isUpperCase(s.token(t).word().charAt(0)) && s.token(t).pos().equals("NNP")
                && s.parents(t).stream().anyMatch(d -> d.base().equals("compound") && d.governor() > t && d.governor() <= person);
    }

    /**
     * "The two discussed Lima, the situation in the region and trade, the Ruritanian Foreign Ministry said": the parser
     * may take a place the clause names for the verb's subject and the body after the last comma for its apposition. A
     * body in apposition to a subject that is no person, running into the verb with no comma of its own, is the subject.
     */
    private static Sentence closingBody(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int verb = d.governor();
            int subject = d.dependent();
            if (verb < 1 || !d.relation().equals("nsubj") || !s.token(verb).pos().matches("VBD|VBZ|VBP")
                    || s.token(subject).ner().matches("PERSON|ORGANIZATION")) {
                continue;
            }
            for (int body : Arguments.dependents(s, subject, "appos")) {
                int start = Collections.min(Arguments.subtree(s, body, Set.of()));
                if (body == verb - 1 && s.token(body).ner().equals("ORGANIZATION") && start > subject + 1
                        && s.token(start - 1).word().equals(",")) {
                    return SentenceRepairs.rewired(s, e -> e.governor() == verb && e.dependent() == subject
                            || e.governor() == subject && e.dependent() == body ? null : e,
                            List.of(new Dependency("nsubj", verb, body), new Dependency("ccomp", verb, subject)));
                }
            }
        }
        return s;
    }

    private static Sentence rehung(Sentence s, int verb, int body, int person) {
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if (d.governor() == verb && d.dependent() == body || d.governor() == body && d.dependent() == person) {
                continue;
            }
            // "Ana Soto, the leader's sister,": the description after the person is the person's.
            if (d.governor() == body && d.base().equals("appos") && d.dependent() > person) {
                deps.add(new Dependency(d.relation(), person, d.dependent()));
                continue;
            }
            deps.add(d);
        }
        deps.add(new Dependency("nsubj", verb, person));
        deps.add(new Dependency("obl", verb, body));
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }
}
