package org.dragoman.extract;

import org.dragoman.nlp.Sentence;

/**
 * A headline signed by its speaker: "Talks Will Go On: Ana Soto", or "Talks Will Resume, Ana Soto Says" on the
 * first line (see {@link LineAttributions}). At most one per sentence; the first form wins.
 */
final class HeadlineRule implements StatementRule {
    @Override
    public String name() {
        return "headline";
    }

    @Override
    public Scope scope() {
        return Scope.SENTENCE;
    }

    @Override
    public int priority() {
        return 40;
    }

    @Override
    public void find(StatementContext ctx, Sentence s, int t) {
        LineAttributions lines = ctx.lines();
        ctx.propose(name(), s, -1, lines.headline(s, ctx.args()).or(() -> lines.signedHeadline(s, ctx.args())));
    }
}
