package org.dragoman.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.dragoman.model.Article;
import org.dragoman.model.Digests;
import org.dragoman.model.DragomanException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps annotated articles on disk (gzip), keyed by the article's date and text and the pipeline's settings, so that
 * a run after a change of rules, lexicons or models extracts again without annotating again, and loads no model.
 * Ingest keeps it beside the database; eval and train in {@code target/}.
 *
 * <p>A corrupt, truncated or stale entry is annotated anew, with a warning; it never fails the run. The store is
 * size-bounded: after a write that takes it over its bound, the entries read or written longest ago go first.
 * {@link #prune} removes the entries no stored article needs.
 */
public final class AnnotationCache {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotationCache.class);
    private final Path dir;
    private final java.util.function.Function<Article, AnnotatedArticle> annotator;
    private final String settings;
    private final long maxBytes;
    /** The store's size as this instance knows it, -1 until the first write lists the folder. */
    private final java.util.concurrent.atomic.AtomicLong knownBytes = new java.util.concurrent.atomic.AtomicLong(-1);

    /** The default bound: about 4,000 long articles. */
    public static final long DEFAULT_MAX_BYTES = 2L << 30;

    /**
     * @param pipeline built on first cache miss only
     * @param settings the pipeline's {@link NlpPipeline#settings()}, known without building it
     */
    public AnnotationCache(Path dir, java.util.function.Supplier<NlpPipeline> pipeline, String settings) {
        this(dir, pipeline, settings, DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the bound on the store's size on disk */
    public AnnotationCache(Path dir, java.util.function.Supplier<NlpPipeline> pipeline, String settings, long maxBytes) {
        this(dir, settings, a -> pipeline.get().annotate(a), maxBytes);
    }

    /** With the annotation given: tests stand in for CoreNLP this way. */
    AnnotationCache(Path dir, String settings, java.util.function.Function<Article, AnnotatedArticle> annotator, long maxBytes) {
        if (maxBytes <= 0) {
            throw new DragomanException(dir + ": annotation store bound must be positive, not " + maxBytes);
        }
        this.dir = dir;
        this.settings = settings;
        this.annotator = annotator;
        this.maxBytes = maxBytes;
    }

    public AnnotatedArticle annotate(Article article) {
        String key = key(article);
        Path file = dir.resolve(key + ".ser.gz");
        // Entries written before the store was compressed are read as they are.
        Optional<AnnotatedArticle> stored = read(file, true, article).or(() -> read(dir.resolve(key + ".ser"), false, article));
        if (stored.isPresent()) {
            touch(file);
            return stored.get();
        }
        AnnotatedArticle fresh = annotator.apply(article);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "ann", ".tmp");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp)); ObjectOutputStream oos = new ObjectOutputStream(out)) {
                oos.writeObject(fresh);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            long written = Files.size(file);
            // The folder is listed once, then the total kept by sum, so a batch of thousands does not list it per article.
            long total = knownBytes.updateAndGet(known -> known < 0 ? entries().stream().mapToLong(Entry::bytes).sum() : known + written);
            if (total > maxBytes) {
                knownBytes.set(evictOver(maxBytes, file).keptBytes());
            }
        } catch (IOException e) {
            throw new DragomanException("Cannot write annotation cache " + file + ": " + e.getMessage(), e);
        }
        return fresh;
    }

    /** What a clean-up removed. */
    public record Pruned(int entries, long bytes, int kept, long keptBytes) {
    }

    /**
     * Removes the entries that none of {@code needed} would read (other articles, texts or settings, leftovers of
     * interrupted writes), then the least recently used ones while the store is over its bound.
     */
    public Pruned prune(java.util.Collection<Article> needed) {
        java.util.Set<String> keep = new java.util.HashSet<>();
        needed.forEach(a -> keep.add(key(a)));
        int removed = 0;
        long removedBytes = 0;
        for (Entry e : entries()) {
            String name = e.file().getFileName().toString();
            String key = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            if (!keep.contains(key)) {
                delete(e.file());
                removed++;
                removedBytes += e.bytes();
            }
        }
        Pruned bound = evictOver(maxBytes, null);
        List<Entry> left = entries();
        knownBytes.set(left.stream().mapToLong(Entry::bytes).sum());
        return new Pruned(removed + bound.entries(), removedBytes + bound.bytes(), left.size(), left.stream().mapToLong(Entry::bytes).sum());
    }

    private record Entry(Path file, long bytes, long lastUsed) {
    }

    private List<Entry> entries() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            List<Entry> out = new java.util.ArrayList<>();
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                try {
                    out.add(new Entry(f, Files.size(f), Files.getLastModifiedTime(f).toMillis()));
                } catch (IOException e) {
                    // Removed meanwhile by another run: nothing to count.
                }
            }
            return out;
        } catch (IOException e) {
            throw new DragomanException(dir + ": cannot list the annotation store: " + e.getMessage(), e);
        }
    }

    /** Removes the least recently used entries, never {@code spare}, until the store is within {@code bound}. */
    private Pruned evictOver(long bound, Path spare) {
        List<Entry> all = new java.util.ArrayList<>(entries());
        long total = all.stream().mapToLong(Entry::bytes).sum();
        all.sort(java.util.Comparator.comparingLong(Entry::lastUsed).thenComparing(e -> e.file().getFileName().toString()));
        int removed = 0;
        long removedBytes = 0;
        for (Entry e : all) {
            if (total <= bound) {
                break;
            }
            if (e.file().equals(spare)) {
                continue;
            }
            delete(e.file());
            total -= e.bytes();
            removed++;
            removedBytes += e.bytes();
        }
        return new Pruned(removed, removedBytes, 0, total);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new DragomanException(file + ": cannot remove the annotation entry: " + e.getMessage(), e);
        }
    }

    /** Marks an entry as used, so the bound evicts it last. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // A read-only store still serves its entries; they only lose their place in the eviction order.
        }
    }

    private static Optional<AnnotatedArticle> read(Path file, boolean gzip, Article article) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream raw = Files.newInputStream(file); InputStream in = gzip ? new GZIPInputStream(raw) : raw;
             ObjectInputStream ois = new ObjectInputStream(in)) {
            AnnotatedArticle cached = (AnnotatedArticle) ois.readObject();
            // Source paths may differ between runs; the annotations do not.
            return Optional.of(new AnnotatedArticle(article, cached.sentences(), cached.entityMentions(), cached.corefChains(),
                    cached.quotes()));
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            LOG.warn("{}: stored annotations of {} unreadable ({}); annotating again", file, article.source(), e.toString());
            return Optional.empty();
        }
    }

    private String key(Article article) {
        // The text as annotated: an article whose headline or dateline is set apart or whose hyphenated names are joined is
        // annotated anew, any other keeps its entry.
        String text = article.text().substring(0, article.bodyStart())
                + NlpPipeline.preparedBody(article.text().substring(article.bodyStart()));
        return Digests.sha256Hex(settings + "\0" + article.date() + "\0" + text).substring(0, 32);
    }
}
