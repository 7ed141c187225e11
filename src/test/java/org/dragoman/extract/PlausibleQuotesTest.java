package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dragoman.model.Article;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Quote;
import org.dragoman.nlp.Sentence;
import org.junit.jupiter.api.Test;

class PlausibleQuotesTest {
    private static final String TEXT = "\"We are ready,\" Ana Soto said.\n\n\"Talks go on.\n\n\"They will end in May,\" she added.\n\n"
            + "Ivo Ruiz said \"never.\n\nThe harbour closed.\n\nRain fell.\"";

    private static Quote quote(String inner) {
        int b = TEXT.indexOf(inner);
        return new Quote(b, b + inner.length(), inner, null, null, null);
    }

    @Test
    void quotesWithinOneParagraphOrOverOneBreakStayAndLongerPairingsGo() {
        Quote sameParagraph = quote("\"We are ready,\"");
        Quote overOneBreak = quote("\"Talks go on.\n\n\"They will end in May,\"");
        Quote mispaired = quote("\"never.\n\nThe harbour closed.\n\nRain fell.\"");
        assertTrue(PlausibleQuotes.plausible(TEXT, sameParagraph));
        assertTrue(PlausibleQuotes.plausible(TEXT, overOneBreak));
        assertFalse(PlausibleQuotes.plausible(TEXT, mispaired));
        AnnotatedArticle doc = new AnnotatedArticle(new Article("a", "a.txt", TEXT, 0, null), List.<Sentence>of(), List.of(), List.of(),
                List.of(sameParagraph, overOneBreak, mispaired));
        assertEquals(List.of(sameParagraph, overOneBreak), PlausibleQuotes.keep(doc).quotes());
        AnnotatedArticle clean = new AnnotatedArticle(doc.article(), List.of(), List.of(), List.of(), List.of(sameParagraph));
        assertSame(clean, PlausibleQuotes.keep(clean));
    }

    @Test
    void overlongQuoteIsAMispairing() {
        String text = "\"" + "word ".repeat(400) + "\"";
        assertFalse(PlausibleQuotes.plausible(text, new Quote(0, text.length(), text, null, null, null)));
    }

    @Test
    void sentenceAtFallsBackToTheSentenceBeforeAGap() {
        Sentence first = new Sentence(0, 0, 30, TEXT.substring(0, 30), List.of(), List.of());
        Sentence second = new Sentence(1, 32, 45, TEXT.substring(32, 45), List.of(), List.of());
        AnnotatedArticle doc = new AnnotatedArticle(new Article("a", "a.txt", TEXT, 0, null), List.of(first, second), List.of(),
                List.of(), List.of());
        assertSame(first, doc.sentenceAt(10));
        assertSame(first, doc.sentenceAt(31));
        assertSame(second, doc.sentenceAt(40));
    }
}
