package org.dragoman.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private final ArticleReader reader = new ArticleReader(null);

    @Test
    void readsDateLineAndKeepsOffsets() {
        Article a = reader.parse("a", "a.txt", "date 2021-08-21 Leaders met on Friday.");
        assertEquals(LocalDate.of(2021, 8, 21), a.date());
        assertEquals("Leaders met on Friday.", a.body().strip());
        assertEquals('L', a.text().charAt(a.text().indexOf("Leaders")));
    }

    @Test
    void withoutDateLineUsesFallbackOrNothing() {
        assertNull(reader.parse("a", "a.txt", "Leaders met on Friday.").date());
        Article a = new ArticleReader(LocalDate.of(2020, 1, 2)).parse("a", "a.txt", "Leaders met.");
        assertEquals(LocalDate.of(2020, 1, 2), a.date());
    }

    @Test
    void textStartingWithTheWordDateIsNotADateLine() {
        assertNull(reader.parse("a", "a.txt", "date of the summit is unknown").date());
    }

    @Test
    void malformedDateLineNamesFileAndValue() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> reader.parse("a", "news/a.txt", "date 2021-13-45 Leaders met."));
        assertTrue(e.getMessage().contains("news/a.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("2021-13-45"), e.getMessage());
        BadInputException e2 = assertThrows(BadInputException.class,
                () -> reader.parse("a", "b.txt", "date 21/08/2021 Leaders met."));
        assertTrue(e2.getMessage().contains("21/08/2021"), e2.getMessage());
    }

    @Test
    void emptyFileIsRejected(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("empty.txt"), "");
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(f));
        assertTrue(e.getMessage().contains("empty.txt") && e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void binaryFileIsRejected(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("blob.txt"), new byte[] {'a', 0, 1, 2, 3});
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(f));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void nonUtf8IsRejected(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(f));
        assertTrue(e.getMessage().contains("not UTF-8") && e.getMessage().contains("latin1.txt"), e.getMessage());
    }

    @Test
    void missingFileIsRejected(@TempDir Path dir) {
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(dir.resolve("nope.txt")));
        assertTrue(e.getMessage().contains("nope.txt") && e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void idIsFileStem() {
        assertEquals("000_abc", ArticleReader.idOf(Path.of("x/000_abc.txt")));
    }
}
