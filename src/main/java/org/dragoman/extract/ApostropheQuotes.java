package org.dragoman.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Quote;

/**
 * Quotations marked with doubled apostrophes (''...''), a house style some newspapers' plain-text feeds use and
 * CoreNLP's quote annotator does not recognise. Pairs that lie within one paragraph join the article's quotes.
 */
final class ApostropheQuotes {
    private static final String MARK = "''";
    private static final int LONGEST = 3000;

    private ApostropheQuotes() {
    }

    /** The article with its doubled-apostrophe quotations added; unchanged when it has none. */
    static AnnotatedArticle complete(AnnotatedArticle doc) {
        String text = doc.text();
        if (!text.contains(MARK)) {
            return doc;
        }
        List<Quote> quotes = new ArrayList<>(doc.quotes());
        int open = text.indexOf(MARK);
        while (open >= 0) {
            int close = text.indexOf(MARK, open + MARK.length());
            if (close < 0) {
                break;
            }
            String inside = text.substring(open + MARK.length(), close);
            int begin = open;
            int end = close + MARK.length();
            boolean oneParagraph = !inside.contains("\n\n") && inside.length() <= LONGEST && !inside.isBlank();
            boolean covered = quotes.stream().anyMatch(q -> q.begin() < end && q.end() > begin);
            if (oneParagraph && !covered) {
                quotes.add(new Quote(begin, end, text.substring(begin, end), null, null, null));
                open = text.indexOf(MARK, end);
            } else {
                // An unpaired mark: start again from the next one.
                open = oneParagraph ? text.indexOf(MARK, end) : close;
            }
        }
        quotes.sort(Comparator.comparingInt(Quote::begin));
        return new AnnotatedArticle(doc.article(), doc.sentences(), doc.entityMentions(), doc.corefChains(), quotes);
    }
}
