package org.dragoman.extract;

import java.util.List;
import java.util.Locale;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * '"...," Under Secretary of State Ana Soto told reporters': the tagger may read a title's first word as a preposition
 * ("Under"), and the parser then hangs the name on a verb inside the quotation and leaves the verb of speech after it
 * with no subject. A finite verb of speech with no subject, right after a person's name hung elsewhere, takes the name
 * for its subject; the name's other reading goes. So does any finite verb right after a name the parser joined to an
 * earlier clause ({@code conj}).
 */
final class AdjacentSubjectRepair {
    private static final VerbLexicon VERBS = VerbLexicon.bundled();

    private AdjacentSubjectRepair() {
    }

    /** The article with such subjects re-hung; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, AdjacentSubjectRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (int v = 1; v < s.tokens().size(); v++) {
            int name = v - 1;
            // The name first: most tokens follow none, and the verb tests cost more.
            if (!s.token(name).ner().equals("PERSON") || !s.token(v).pos().matches("VBD|VBZ|VBP")
                    || !Arguments.dependents(s, v, "nsubj", "nsubj:pass").isEmpty()) {
                continue;
            }
            int verb = v;
            boolean cue = VERBS.isCue(s.token(v).lemma().toLowerCase(Locale.ROOT));
            boolean hungElsewhere = cue && s.parents(name).stream()
                    .anyMatch(d -> d.governor() >= 0 && d.governor() != verb && d.base().matches("obl|nmod"));
            if (hungElsewhere) {
                return SentenceRepairs.rewired(s, d -> d.dependent() == name && d.base().matches("obl|nmod") ? null : d,
                        List.of(new Dependency("nsubj", verb, name)));
            }
            // "..., when A was elected, and Foreign Minister B traveled to Lima": the parser may join the name to the
            // clause before and hang the verb after it with no subject; a verb joined to another shares that one's.
            boolean joinedName = s.parents(name).stream()
                    .anyMatch(d -> d.governor() >= 0 && d.governor() != verb && d.base().equals("conj"))
                    && !s.parents(verb).isEmpty() && s.parents(verb).stream().allMatch(d -> d.base().matches("acl|dep|advcl|parataxis"));
            if (joinedName) {
                return SentenceRepairs.rewired(s, d -> d.dependent() == name && d.base().equals("conj") ? null : d,
                        List.of(new Dependency("nsubj", verb, name)));
            }
        }
        return s;
    }
}
