package org.dragoman.extract;

import java.util.Optional;
import org.dragoman.model.Statement;
import org.dragoman.nlp.Sentence;

/**
 * "SOTO: We will be there." at the start of a line: a transcript turn or a headline in the speaker's words; and the
 * paragraphs in which the turn runs on.
 */
final class SpeakerLineRule implements StatementRule {
    @Override
    public String name() {
        return "speaker-line";
    }

    @Override
    public Scope scope() {
        return Scope.SENTENCE;
    }

    @Override
    public int priority() {
        return 50;
    }

    @Override
    public void find(StatementContext ctx, Sentence s, int t) {
        Optional<Statement> turn = ctx.lines().speakerLine(s, ctx.args());
        ctx.propose(name(), s, -1, turn.isPresent() ? turn : ctx.lines().continuedTurn(s, ctx.args()));
    }
}
