package org.dragoman.extract;

import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Quote;

/**
 * Drops quotations that CoreNLP paired across the article: an unbalanced quote mark in a plain-text feed pairs with
 * one paragraphs later, and every statement near it then swallows the text in between.
 *
 * <p>A quotation may run over one paragraph break (news opens each quoted paragraph anew); one that runs over more
 * than that, or is longer than {@link #LONGEST} characters, is taken for a mispairing.
 */
final class PlausibleQuotes {
    static final int LONGEST = 1500;

    private PlausibleQuotes() {
    }

    static AnnotatedArticle keep(AnnotatedArticle doc) {
        List<Quote> kept = doc.quotes().stream().filter(q -> plausible(doc.text(), q)).toList();
        if (kept.size() == doc.quotes().size()) {
            return doc;
        }
        return new AnnotatedArticle(doc.article(), doc.sentences(), doc.entityMentions(), doc.corefChains(), kept);
    }

    static boolean plausible(String text, Quote q) {
        String inside = text.substring(q.begin(), q.end());
        return q.end() - q.begin() <= LONGEST && Spans.paragraphBreaks(inside) <= 1;
    }

}
