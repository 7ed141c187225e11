package org.dragoman.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto issued a warning that the border would close", "opened the session with a promise that ...", "repeated
 * her assurance that ...": a noun of speech with a that-clause reports that clause. The speaker is the noun's
 * possessor, else the subject of the verb the noun is the object or with-phrase of; the speech act is that of the
 * noun's verb ("warning" warns).
 *
 * <p>Only a noun with a clause of its own: "a warning to Ruritania" and "the promise of talks" report nothing here.
 * A possessor speaks wherever the noun stands ("Ana Soto's claim that ... was denied"): on the training slice that
 * found 11 more statements for 6 more false ones, where keeping only nouns a verb holds found 2.
 */
final class NounClauseRule implements StatementRule {
    /** Noun lemma to the verb lemma whose act it carries, from {@code speech-nouns.tsv}. */
    private static final Map<String, String> NOUN_VERBS = TsvResource.rows("speech-nouns.tsv", 2, 1).stream()
            .collect(Collectors.toUnmodifiableMap(r -> r[0].strip(), r -> r[1].strip()));

    @Override
    public String name() {
        return "noun-clause";
    }

    @Override
    public Scope scope() {
        return Scope.TOKEN;
    }

    @Override
    public int priority() {
        return 35;
    }

    @Override
    public void find(StatementContext ctx, Sentence s, int n) {
        String verb = s.token(n).isNoun() ? NOUN_VERBS.get(s.token(n).lemma().toLowerCase(Locale.ROOT)) : null;
        List<Integer> clauses = verb == null ? List.of() : Arguments.dependents(s, n, "ccomp", "acl:that").stream().filter(c -> c > n).toList();
        if (clauses.isEmpty()) {
            return;
        }
        List<String> speakers = speakers(ctx, s, n);
        if (speakers.isEmpty()) {
            return;
        }
        int clause = clauses.get(0);
        Set<Integer> exclude = new HashSet<>(List.of(n));
        int[] span = Spans.range(s, clause, exclude);
        if (span == null) {
            return;
        }
        ctx.propose(name(), s, n, ctx.maker().make(s, speakers.get(0), null, s.token(n).word(), ctx.verbs().act(verb), span, n));
    }

    /** The possessor ("her promise"), else the subject of the verb holding the noun as object or with-phrase. */
    private static List<String> speakers(StatementContext ctx, Sentence s, int n) {
        for (int owner : Arguments.dependents(s, n, "nmod:poss")) {
            return ctx.speakers().sourceActors(s, owner);
        }
        int holder = Arguments.governor(s, n, "obj", "obl:with");
        return holder < 0 ? List.of() : ctx.speakers().speakers(s, holder);
    }
}
