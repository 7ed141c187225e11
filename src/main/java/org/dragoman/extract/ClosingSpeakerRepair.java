package org.dragoman.extract;

import java.util.List;
import java.util.Locale;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto accepted the invitation, spokesperson Ivo Ruiz said": the parser may take the last object for the closing
 * verb's subject, the speaker for its apposition, and the closing verb for a clause of the verb before. A reporting
 * verb whose subject is a common noun after an earlier verb, with a person in apposition set off by a comma and ending
 * right before the reporting verb, is a closing attribution: the person is its subject, the noun goes back to the
 * earlier verb as its object (when it has none), and the reporting verb hangs on the sentence's root, as the parser
 * hangs a closing attribution it reads right.
 */
final class ClosingSpeakerRepair {
    private static final VerbLexicon VERBS = VerbLexicon.bundled();

    private ClosingSpeakerRepair() {
    }

    /** The article with such closing attributions re-hung; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, ClosingSpeakerRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        int root = s.dependencies().stream().filter(d -> d.base().equals("root")).mapToInt(Dependency::dependent).findFirst().orElse(-1);
        for (Dependency d : s.dependencies()) {
            int verb = d.governor();
            int noun = d.dependent();
            if (verb < 1 || !d.relation().equals("nsubj") || !s.token(verb).pos().matches("VBD|VBZ|VBP")
                    || !VERBS.isClauseVerb(s.token(verb).lemma().toLowerCase(Locale.ROOT)) || !s.token(noun).isNoun()
                    || s.token(noun).isProperNoun() || !s.token(noun).ner().equals("O")) {
                continue;
            }
            int earlier = Arguments.governor(s, verb, "ccomp");
            if (earlier < 0 || earlier > noun || !s.token(earlier).isVerb() || !Arguments.dependents(s, earlier, "obj").isEmpty()
                    || root < 0) {
                continue;
            }
            for (int person : Arguments.dependents(s, noun, "appos")) {
                int start = java.util.Collections.min(Arguments.subtree(s, person, java.util.Set.of()));
                if (person == verb - 1 && s.token(person).ner().equals("PERSON") && start > noun + 1
                        && s.token(start - 1).word().equals(",")) {
                    return SentenceRepairs.rewired(s, e -> e.equals(d) || e.governor() == noun && e.dependent() == person
                            || e.governor() == earlier && e.dependent() == verb ? null : e,
                            List.of(new Dependency("nsubj", verb, person), new Dependency("obj", earlier, noun),
                                    new Dependency("parataxis", root, verb)));
                }
            }
        }
        return s;
    }
}
