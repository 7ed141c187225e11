package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import org.dragoman.model.Article;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Quote;
import org.junit.jupiter.api.Test;

class MixedMarkQuotesTest {
    private static AnnotatedArticle doc(String text, List<Quote> quotes) {
        Article a = new Article("t", "t.txt", text, 0, LocalDate.of(2020, 1, 1));
        return new AnnotatedArticle(a, List.of(), List.of(), List.of(), quotes);
    }

    private static List<String> quotesOf(String text, List<Quote> known) {
        return MixedMarkQuotes.complete(doc(text, known)).quotes().stream().map(Quote::text).toList();
    }

    @Test
    void curlyOpenedAndStraightClosedPairWithinAParagraph() {
        String text = "\u201CIt is over,\u201D Ana Soto said. \u201CThey walked away from the table.\"\n\nIvo Ruiz left.";
        Quote first = new Quote(0, 13, text.substring(0, 13), null, null, null);
        assertEquals(List.of("\u201CIt is over,\u201D", "\u201CThey walked away from the table.\""), quotesOf(text, List.of(first)));
    }

    @Test
    void straightOpenedAndCurlyClosedPairToo() {
        assertEquals(List.of("\"We stay\u201D"), quotesOf("Ana Soto said \"We stay\u201D and left.", List.of()));
    }

    @Test
    void aMarkLeftOpenAtAParagraphEndOrMatchedAlikePairsWithNothing() {
        AnnotatedArticle unchanged = doc("He said \u201Cmaybe.\n\nLater \"the vote\" came.", List.of());
        assertSame(unchanged, MixedMarkQuotes.complete(unchanged));
    }
}
