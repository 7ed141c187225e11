package org.dragoman.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dragoman.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationCacheTest {
    @TempDir
    Path dir;

    private static final Article ARTICLE = new Article("a", "a.txt", "Ana Soto met Ivo Ruiz in Oslo.", 0, null);

    @Test
    void storedAnnotationsAreReadWithoutThePipelineAndACorruptEntryIsAnnotatedAgain() throws Exception {
        AtomicInteger annotated = new AtomicInteger();
        AnnotationCache cache = new AnnotationCache(dir, "settings", a -> {
            annotated.incrementAndGet();
            return new AnnotatedArticle(a, List.of(), List.of(), List.of(), List.of());
        });
        AnnotatedArticle first = cache.annotate(ARTICLE);
        assertEquals(1, annotated.get());
        Path entry;
        try (Stream<Path> files = Files.list(dir)) {
            entry = files.filter(f -> f.toString().endsWith(".ser.gz")).findFirst().orElseThrow();
        }
        AnnotatedArticle again = cache.annotate(ARTICLE);
        assertEquals(1, annotated.get(), "read from the store, not annotated");
        assertEquals(first.text(), again.text());
        Files.write(entry, new byte[] {31, -117, 8, 0});
        cache.annotate(ARTICLE);
        assertEquals(2, annotated.get(), "a truncated entry is annotated anew");
        assertTrue(Files.size(entry) > 4, "and written again");
    }
}
