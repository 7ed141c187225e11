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
        }, AnnotationCache.DEFAULT_MAX_BYTES);
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

    static Article article(int i) {
        return new Article("a" + i, "a" + i + ".txt", "The Ruritanian envoy number " + i + " met a Freedonian minister.", 0, null);
    }

    static long entries(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void theStoreStaysWithinItsBoundAndKeepsWhatWasUsedLast() throws Exception {
        AtomicInteger annotated = new AtomicInteger();
        java.util.function.Function<Article, AnnotatedArticle> annotator = a -> {
            annotated.incrementAndGet();
            return new AnnotatedArticle(a, List.of(), List.of(), List.of(), List.of());
        };
        new AnnotationCache(dir, "s", annotator, Long.MAX_VALUE).annotate(article(0));
        long one;
        try (Stream<Path> files = Files.list(dir)) {
            one = Files.size(files.findFirst().orElseThrow());
        }
        // Room for three entries.
        AnnotationCache cache = new AnnotationCache(dir, "s", annotator, one * 3 + one / 2);
        for (int i = 1; i < 6; i++) {
            Thread.sleep(15);
            cache.annotate(article(i));
            if (i == 3) {
                Thread.sleep(15);
                cache.annotate(article(1));
            }
        }
        assertEquals(3, entries(dir));
        int before = annotated.get();
        cache.annotate(article(5));
        cache.annotate(article(1));
        assertEquals(before, annotated.get(), "the newest and the recently read entry were kept");
    }

    @Test
    void pruneKeepsOnlyTheEntriesStoredArticlesNeed() throws Exception {
        AnnotationCache cache = new AnnotationCache(dir, "s", a -> new AnnotatedArticle(a, List.of(), List.of(), List.of(), List.of()),
                AnnotationCache.DEFAULT_MAX_BYTES);
        for (int i = 0; i < 4; i++) {
            cache.annotate(article(i));
        }
        new AnnotationCache(dir, "other settings", a -> new AnnotatedArticle(a, List.of(), List.of(), List.of(), List.of()),
                AnnotationCache.DEFAULT_MAX_BYTES).annotate(article(0));
        Files.writeString(dir.resolve("ann123.tmp"), "left by an interrupted write");
        AnnotationCache.Pruned pruned = cache.prune(List.of(article(0), article(2)));
        assertEquals(4, pruned.entries());
        assertEquals(2, pruned.kept());
        assertEquals(2, entries(dir));
    }
}
