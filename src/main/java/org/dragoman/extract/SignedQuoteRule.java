package org.dragoman.extract;

import org.dragoman.model.Statement;
import org.dragoman.nlp.Sentence;

/**
 * '"We will not give up." ― Ana Soto': quotations signed with a dash and a name, as in collected reactions; and
 * quotations a line ending in a colon introduces ("Ana Soto issued the following statement:").
 */
final class SignedQuoteRule implements StatementRule {
    @Override
    public String name() {
        return "signed-quote";
    }

    @Override
    public Scope scope() {
        return Scope.ARTICLE;
    }

    @Override
    public int priority() {
        return 70;
    }

    @Override
    public void find(StatementContext ctx, Sentence s, int t) {
        for (Statement st : ctx.lines().signedQuotes(ctx.args())) {
            ctx.propose(name(), ctx.sentenceOf(st), -1, st);
        }
        for (Statement st : ctx.lines().introducedQuotes(ctx.args())) {
            ctx.propose(name(), ctx.sentenceOf(st), -1, st);
        }
    }
}
