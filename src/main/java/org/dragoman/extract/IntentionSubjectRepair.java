package org.dragoman.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto's decision to travel to Lima", "announced her plan to visit Quito": the parser makes the noun of intention
 * the subject of the infinitive. Its owner is the one who travels, meets or visits: the owner named by a possessive
 * becomes a subject of the infinitive too ({@code intention-noun} in the meeting words).
 */
final class IntentionSubjectRepair {
    private static final Set<String> INTENTION_NOUNS = WordLists.MEETING.get("intention-noun");

    private IntentionSubjectRepair() {
    }

    /** The article with such subjects moved to their owners; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, IntentionSubjectRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        // The noun's own edge stays: "supported Ruritania's bid to join the pact" still reads the infinitive as the
        // object's, not as what was said.
        List<Dependency> owners = new java.util.ArrayList<>();
        for (Dependency d : s.dependencies()) {
            int owner = owner(s, d);
            if (owner >= 0) {
                owners.add(new Dependency(d.relation(), d.governor(), owner));
            }
        }
        return owners.isEmpty() ? s : SentenceRepairs.rewired(s, d -> d, owners);
    }

    /** The owner the subject edge {@code d} should point at, or -1 when {@code d} is no such edge. */
    private static int owner(Sentence s, Dependency d) {
        int verb = d.governor();
        int noun = d.dependent();
        if (verb < 0 || !d.relation().matches("nsubj|nsubj:xsubj") || !s.token(verb).isVerb() || !Arguments.hasInfinitiveMark(s, verb)
                || !INTENTION_NOUNS.contains(s.token(noun).lemma().toLowerCase(Locale.ROOT)) || noun > verb) {
            return -1;
        }
        return Arguments.dependents(s, noun, "nmod:poss").stream().findFirst().orElse(-1);
    }
}
