package org.dragoman.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dragoman.model.Article;
import org.dragoman.model.BadInputException;
import org.junit.jupiter.api.Test;

class PostedArticleTest {
    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void plainTextKeepsItsDateLineAndGetsAStableId() {
        Article a = PostedArticle.fromText(utf8("date 2021-05-06\nThe Ruritanian envoy arrived."), null, null);
        assertEquals(LocalDate.of(2021, 5, 6), a.date());
        assertTrue(a.id().startsWith("post-"), a.id());
        assertEquals(a.id(), PostedArticle.fromText(utf8("date 2021-05-06\nThe Ruritanian envoy arrived."), null, null).id());
        assertNotEquals(a.id(), PostedArticle.fromText(utf8("The Freedonian envoy left."), null, null).id());
        assertEquals("ruritania-1", PostedArticle.fromText(utf8("Text."), "ruritania-1", "x/ruritania-1.txt").id());
    }

    @Test
    void theSameSourceKeepsItsIdWhenTheTextChanges() {
        assertEquals(PostedArticle.fromText(utf8("One."), null, "https://news.example/a").id(),
                PostedArticle.fromText(utf8("Two."), null, "https://news.example/a").id());
    }

    @Test
    void jsonDateAndTitle() {
        Article a = PostedArticle.fromJson(utf8("{\"text\": \"The envoy arrived.\", \"date\": \"2020-01-02\", \"title\": \"Envoy in Ruritania\"}"));
        assertEquals(LocalDate.of(2020, 1, 2), a.date());
        assertEquals("Envoy in Ruritania", a.title());
        assertTrue(a.body().endsWith("The envoy arrived."));
        Article same = PostedArticle.fromJson(utf8("{\"text\": \"Envoy in Ruritania\\nThe envoy arrived.\", \"title\": \"Envoy in Ruritania\"}"));
        assertEquals("Envoy in Ruritania\nThe envoy arrived.", same.body());
    }

    @Test
    void refusalsNameTheBadValue() {
        assertTrue(assertThrows(BadInputException.class, () -> PostedArticle.fromJson(utf8("{\"text\": \"x\", \"date\": \"May 5\"}")))
                .getMessage().contains("May 5"));
        assertTrue(assertThrows(BadInputException.class, () -> PostedArticle.fromText(utf8("x"), "../etc", null))
                .getMessage().contains("../etc"));
        assertThrows(BadInputException.class, () -> PostedArticle.fromJson(utf8("[1, 2]")));
        assertThrows(BadInputException.class, () -> PostedArticle.fromJson(utf8("{}")));
        assertThrows(BadInputException.class, () -> PostedArticle.fromText(utf8("   "), null, null));
    }
}
