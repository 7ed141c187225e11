package org.dragoman.extract;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.SpeechAct;
import org.dragoman.model.Statement;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Talks will resume, according to Ana Soto": a token with an "according to" dependent reports what its phrase
 * says, minus the source phrase; the source names the speaker.
 */
final class AccordingToRule implements StatementRule {
    @Override
    public String name() {
        return "according-to";
    }

    @Override
    public Scope scope() {
        return Scope.TOKEN;
    }

    @Override
    public int priority() {
        return 30;
    }

    @Override
    public void find(StatementContext ctx, Sentence s, int head) {
        for (Dependency d : s.children(head)) {
            if (d.relation().equals("obl:according_to") || d.relation().equals("nmod:according_to")) {
                // Proposed one by one: a second source may be a pronoun that continues the first.
                ctx.propose(name(), s, head, statement(ctx, s, head, d.dependent()));
            }
        }
    }

    private static Optional<Statement> statement(StatementContext ctx, Sentence s, int head, int source) {
        List<String> speakers = ctx.speakers().sourceActors(s, source);
        if (speakers.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> exclude = new HashSet<>(Arguments.subtree(s, source, Set.of(head)));
        for (Dependency d : s.children(source)) {
            exclude.add(d.dependent());
        }
        int[] span = Spans.range(s, head, exclude);
        if (span == null) {
            return Optional.empty();
        }
        int[] hole = Parentheticals.aroundPhrase(s, Collections.min(exclude), Collections.max(exclude));
        if (hole != null && span[0] >= s.token(hole[1]).end()) {
            // "Such a deal, according to the ministry, is months away": the subject is part of what it says.
            span = new int[] {s.token(0).begin(), span[1]};
        }
        return ctx.maker().make(s, speakers.get(0), null, "according to", SpeechAct.STATEMENT, span, head, hole);
    }
}
