package org.dragoman.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "The two presidents, who had last spoken by phone in May, agreed ...": the parser may take "who" for the object of
 * the relative clause's verb and leave it without a subject. "Who" is a subject ("whom" is the object), so a relative
 * clause with no subject whose object is "who", or the noun "who" stands for, has them as its subject.
 *
 * <p>Edge cases: only clauses on meeting verbs ("spoken", "met"); a reporting clause keeps the parse the attribution
 * model was trained on.
 */
final class WhoObjectRepair {
    private static final Set<String> MEET_VERBS = WordLists.MEETING.get("meet-verb");

    private WhoObjectRepair() {
    }

    /** The article with such clauses given their subject; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, WhoObjectRepair::repair);
    }

    static Sentence repair(Sentence s) {
        Set<Integer> verbs = new HashSet<>();
        for (Dependency d : s.dependencies()) {
            int verb = d.dependent();
            if (!d.relation().equals("acl:relcl") || !Arguments.dependents(s, verb, "nsubj", "nsubj:pass").isEmpty()
                    || !MEET_VERBS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean whoObject = Arguments.dependents(s, verb, "obj").stream()
                    .anyMatch(o -> o < verb && (s.token(o).word().equalsIgnoreCase("who") || Arguments.dependents(s, o, "ref").stream()
                            .anyMatch(r -> s.token(r).word().equalsIgnoreCase("who"))));
            if (whoObject) {
                verbs.add(verb);
            }
        }
        if (verbs.isEmpty()) {
            return s;
        }
        return SentenceRepairs.rewired(s, d -> verbs.contains(d.governor()) && d.relation().equals("obj") && d.dependent() < d.governor()
                ? new Dependency("nsubj", d.governor(), d.dependent()) : d, List.of());
    }
}
