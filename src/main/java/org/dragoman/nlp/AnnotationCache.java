package org.dragoman.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.dragoman.model.Article;
import org.dragoman.model.Digests;
import org.dragoman.model.DragomanException;

/**
 * Keeps annotated articles on disk, keyed by the article and the pipeline's settings, so that evaluation
 * runs can change extraction rules without annotating again. A corrupt or stale entry is annotated anew.
 */
public final class AnnotationCache {
    private final Path dir;
    private final java.util.function.Supplier<NlpPipeline> pipeline;
    private final String settings;

    /**
     * @param pipeline built on first cache miss only
     * @param settings the pipeline's {@link NlpPipeline#settings()}, known without building it
     */
    public AnnotationCache(Path dir, java.util.function.Supplier<NlpPipeline> pipeline, String settings) {
        this.dir = dir;
        this.pipeline = pipeline;
        this.settings = settings;
    }

    public AnnotatedArticle annotate(Article article) {
        Path file = dir.resolve(key(article) + ".ser");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file); ObjectInputStream ois = new ObjectInputStream(in)) {
                AnnotatedArticle cached = (AnnotatedArticle) ois.readObject();
                // Source paths may differ between runs; the annotations do not.
                return new AnnotatedArticle(article, cached.sentences(), cached.entityMentions(), cached.corefChains(),
                        cached.quotes());
            } catch (IOException | ClassNotFoundException | ClassCastException e) {
                // Stale format: annotate again below.
            }
        }
        AnnotatedArticle fresh = pipeline.get().annotate(article);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "ann", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp); ObjectOutputStream oos = new ObjectOutputStream(out)) {
                oos.writeObject(fresh);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DragomanException("Cannot write annotation cache " + file + ": " + e.getMessage(), e);
        }
        return fresh;
    }

    private String key(Article article) {
        return Digests.sha256Hex(settings + "\0" + article.date() + "\0" + article.text()).substring(0, 32);
    }
}
