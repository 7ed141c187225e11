package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dragoman.model.SpeechAct;
import org.dragoman.model.Statement;
import org.dragoman.nlp.Quote;
import org.dragoman.nlp.Sentence;

/**
 * A quotation that is a paragraph of its own, with no attribution, right after a paragraph that ends with a statement:
 * news continues the same speaker that way ("Ana Soto said the talks had failed." then the paragraph
 * "\u201cBorduria walked away. It is their choice.\u201d"). The statement takes the earlier one's speaker and cue.
 *
 * <p>Only the paragraph right after counts, and only when the earlier statement closes its paragraph; a quotation
 * of fewer than four words, or one another rule already covers, is passed over.
 */
final class ContinuedQuoteRule implements StatementRule {
    private static final int MIN_WORDS = 4;

    @Override
    public String name() {
        return "continued-quote";
    }

    @Override
    public Scope scope() {
        return Scope.ARTICLE;
    }

    @Override
    public int priority() {
        return 90;
    }

    @Override
    public void find(StatementContext ctx, Sentence sentence, int token) {
        List<Statement> found = new ArrayList<>();
        for (Quote q : ctx.doc().quotes()) {
            continued(ctx, q).ifPresent(found::add);
        }
        for (Statement st : found) {
            ctx.propose(name(), ctx.sentenceOf(st), -1, st);
        }
    }

    private static Optional<Statement> continued(StatementContext ctx, Quote q) {
        String text = ctx.doc().text();
        if (Spans.words(q.text()) < MIN_WORDS || !opensParagraph(text, q.begin()) || !ctx.quotes().standsAlone(q)) {
            return Optional.empty();
        }
        Statement before = null;
        for (Statement st : ctx.told()) {
            if (st.evidence().begin() <= q.begin() + 1 && st.evidence().end() >= q.end() - 1) {
                return Optional.empty();
            }
            if (st.evidence().end() <= q.begin() && (before == null || st.evidence().end() > before.evidence().end())) {
                before = st;
            }
        }
        // The earlier statement must close the paragraph just before: nothing but punctuation and one break between.
        if (before == null || !text.substring(before.evidence().end(), q.begin()).matches("[\\p{Punct}\u201d\u2019\\s]*")
                || Spans.paragraphBreaks(text.substring(before.evidence().end(), q.begin())) > 1) {
            return Optional.empty();
        }
        Sentence s = ctx.doc().sentenceAt(q.begin());
        return ctx.maker().make(s, before.speaker(), null, before.cue(), SpeechAct.STATEMENT, new int[] {q.begin(), q.end()}, 0);
    }

    private static boolean opensParagraph(String text, int at) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1));
        return lineStart >= 0 && text.substring(lineStart, at).isBlank();
    }

}
