package org.dragoman.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * <p>A corrupt, truncated or stale entry is annotated anew, with a warning; it never fails the run.
 */
public final class AnnotationCache {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotationCache.class);
    private final Path dir;
    private final java.util.function.Function<Article, AnnotatedArticle> annotator;
    private final String settings;

    /**
     * @param pipeline built on first cache miss only
     * @param settings the pipeline's {@link NlpPipeline#settings()}, known without building it
     */
    public AnnotationCache(Path dir, java.util.function.Supplier<NlpPipeline> pipeline, String settings) {
        this(dir, settings, a -> pipeline.get().annotate(a));
    }

    /** With the annotation given: tests stand in for CoreNLP this way. */
    AnnotationCache(Path dir, String settings, java.util.function.Function<Article, AnnotatedArticle> annotator) {
        this.dir = dir;
        this.settings = settings;
        this.annotator = annotator;
    }

    public AnnotatedArticle annotate(Article article) {
        String key = key(article);
        Path file = dir.resolve(key + ".ser.gz");
        // Entries written before the store was compressed are read as they are.
        Optional<AnnotatedArticle> stored = read(file, true, article).or(() -> read(dir.resolve(key + ".ser"), false, article));
        if (stored.isPresent()) {
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
        } catch (IOException e) {
            throw new DragomanException("Cannot write annotation cache " + file + ": " + e.getMessage(), e);
        }
        return fresh;
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
        return Digests.sha256Hex(settings + "\0" + article.date() + "\0" + article.text()).substring(0, 32);
    }
}
