package org.dragoman.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Quote;

/**
 * Quotations opened with a curly mark and closed with a straight one, or the other way round (“...", "...”), as
 * text pasted from several editors leaves them. CoreNLP's quote annotator pairs only like marks, so these join the
 * article's quotes when both marks lie in one paragraph and no quotation already covers them.
 */
final class MixedMarkQuotes {
    private static final int LONGEST = 3000;

    private MixedMarkQuotes() {
    }

    /** The article with its mixed-mark quotations added; unchanged when it has none. */
    static AnnotatedArticle complete(AnnotatedArticle doc) {
        String text = doc.text();
        List<Quote> quotes = new ArrayList<>(doc.quotes());
        boolean added = false;
        for (int open = 0; open < text.length(); open++) {
            char c = text.charAt(open);
            boolean curlyOpen = c == '\u201C';
            boolean straightOpen = c == '"' && (open == 0 || Character.isWhitespace(text.charAt(open - 1)));
            if (!curlyOpen && !straightOpen || covered(quotes, open, open + 1)) {
                continue;
            }
            int close = nextMark(text, open + 1);
            if (close < 0) {
                continue;
            }
            char closing = text.charAt(close);
            boolean mixed = curlyOpen && closing == '"' || straightOpen && closing == '\u201D';
            String inside = text.substring(open + 1, close);
            if (mixed && !inside.isBlank() && inside.length() <= LONGEST && !covered(quotes, open, close + 1)) {
                quotes.add(new Quote(open, close + 1, text.substring(open, close + 1), null, null, null));
                added = true;
                open = close;
            }
        }
        if (!added) {
            return doc;
        }
        quotes.sort(Comparator.comparingInt(Quote::begin));
        return new AnnotatedArticle(doc.article(), doc.sentences(), doc.entityMentions(), doc.corefChains(), quotes);
    }

    /** The next double quotation mark of any kind in the same paragraph, or -1. */
    private static int nextMark(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return -1;
            }
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                return i;
            }
        }
        return -1;
    }

    private static boolean covered(List<Quote> quotes, int begin, int end) {
        return quotes.stream().anyMatch(q -> q.begin() < end && q.end() > begin);
    }
}
