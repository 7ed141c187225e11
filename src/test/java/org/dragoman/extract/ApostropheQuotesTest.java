package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dragoman.model.Article;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Quote;
import org.junit.jupiter.api.Test;

class ApostropheQuotesTest {
    private static List<Quote> quotesOf(String text) {
        Article a = new Article("t", "t.txt", text, 0, LocalDate.of(2020, 1, 1));
        return ApostropheQuotes.complete(new AnnotatedArticle(a, List.of(), List.of(), List.of(), List.of())).quotes();
    }

    @Test
    void doubledApostrophesPairWithinAParagraph() {
        List<Quote> quotes = quotesOf("''We will stay,'' Ana Soto said. ''The talks go on.''\n\nIt's over.");
        assertEquals(List.of("''We will stay,''", "''The talks go on.''"), quotes.stream().map(Quote::text).toList());
    }

    @Test
    void aMarkLeftOpenAtAParagraphEndPairsWithNothing() {
        List<Quote> quotes = quotesOf("He said ''maybe.\n\nLater ''the vote'' came.");
        assertEquals(List.of("''the vote''"), quotes.stream().map(Quote::text).toList());
    }
}
