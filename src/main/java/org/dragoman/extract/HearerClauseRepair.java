package org.dragoman.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Lenko told a press briefing on Monday that Ruritania hoped ...": the parser may hang the that-clause on the
 * hearer ("briefing") rather than on the verb. A verb whose object is its hearer reports the clause, so a clause
 * opened by "that" hanging on that object becomes the verb's clausal complement, where the verb has none.
 */
final class HearerClauseRepair {
    private static final VerbLexicon VERBS = VerbLexicon.bundled();

    private HearerClauseRepair() {
    }

    /** The article with such clauses given back to their verbs; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, HearerClauseRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int verb = d.governor();
            int hearer = d.dependent();
            if (!d.base().equals("obj") || verb < 0 || !s.token(verb).isVerb() || !s.token(hearer).isNoun()
                    || s.token(hearer).isProperNoun() || !Arguments.dependents(s, verb, "ccomp").isEmpty()
                    || !VERBS.takesHearerObject(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Dependency c : s.children(hearer)) {
                int clause = c.dependent();
                if (clause > hearer && c.base().matches("dep|acl|ccomp") && opensWithThat(s, clause)) {
                    return rehung(s, verb, hearer, clause, -1);
                }
                // "told a briefing that Ruritania urges Borduria to ...": "that" read as a relative pronoun, though the
                // clause has an object of its own and so no gap for the briefing to fill.
                int that = c.relation().equals("acl:relcl") ? relativeThat(s, hearer, clause) : -1;
                if (that >= 0 && Arguments.dependents(s, clause, "obj", "ccomp", "xcomp").stream().anyMatch(o -> o != hearer)
                        && !Arguments.dependents(s, clause, "nsubj").isEmpty() && !Arguments.dependents(s, clause, "nsubj").contains(hearer)) {
                    return rehung(s, verb, hearer, clause, that);
                }
            }
        }
        return s;
    }

    private static boolean opensWithThat(Sentence s, int clause) {
        int first = Collections.min(Arguments.subtree(s, clause, Set.of()));
        return s.token(first).word().equalsIgnoreCase("that") && Arguments.dependents(s, clause, "mark").contains(first);
    }

    /** The "that" the parser read as the relative pronoun of {@code clause} on {@code hearer}, right before it; -1 if none. */
    private static int relativeThat(Sentence s, int hearer, int clause) {
        for (int r : Arguments.dependents(s, hearer, "ref")) {
            if (s.token(r).word().equalsIgnoreCase("that") && r == Collections.min(Arguments.subtree(s, clause, Set.of(hearer))) - 1) {
                return r;
            }
        }
        return -1;
    }

    private static Sentence rehung(Sentence s, int verb, int hearer, int clause, int that) {
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            boolean relative = that >= 0 && (d.governor() == hearer && d.dependent() == that
                    || d.dependent() == hearer && d.governor() >= 0 && Arguments.subtree(s, clause, Set.of(hearer)).contains(d.governor()));
            if (!(d.governor() == hearer && d.dependent() == clause) && !relative) {
                deps.add(d);
            }
        }
        if (that >= 0) {
            deps.add(new Dependency("mark", clause, that));
        }
        deps.add(new Dependency("ccomp", verb, clause));
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }
}
