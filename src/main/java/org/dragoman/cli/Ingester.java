package org.dragoman.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.jena.rdf.model.Model;
import org.dragoman.extract.Extractor;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleReader;
import org.dragoman.model.BadInputException;
import org.dragoman.model.DragomanException;
import org.dragoman.model.Extraction;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.NlpPipeline;
import org.dragoman.rdf.ExtractionMapper;
import org.dragoman.rdf.GraphValidator;
import org.dragoman.store.DiplomacyStore;

/**
 * Runs the pipeline over files: read, annotate, extract, link, map, and replace each article's graph in one
 * transaction. The CoreNLP pipeline is built on first need, so re-ingesting unchanged articles loads no models.
 */
public final class Ingester {
    /** What happened to one input. */
    public record Outcome(Path path, String articleId, String status, String message) {
    }

    /** The outcomes of one run. */
    public record Report(List<Outcome> outcomes, Duration elapsed) {
        public Report {
            outcomes = List.copyOf(outcomes);
        }

        public long count(String status) {
            return outcomes.stream().filter(o -> o.status().equals(status)).count();
        }

        public boolean hasErrors() {
            return count("failed") > 0;
        }
    }

    private final Function<Article, AnnotatedArticle> annotator;
    private final Extractor extractor;
    private final java.util.function.UnaryOperator<Extraction> linker;
    private final DiplomacyStore store;
    private final ArticleReader reader;
    private final GraphValidator validator = GraphValidator.bundled();
    private final boolean force;

    public Ingester(Supplier<NlpPipeline> pipeline, Extractor extractor, java.util.function.UnaryOperator<Extraction> linker, DiplomacyStore store,
                    ArticleReader reader) {
        this(pipeline, extractor, linker, store, reader, false);
    }

    /** @param force extract every article again, even one whose graph the same article and build produced */
    public Ingester(Supplier<NlpPipeline> pipeline, Extractor extractor, java.util.function.UnaryOperator<Extraction> linker, DiplomacyStore store,
                    ArticleReader reader, boolean force) {
        this(a -> pipeline.get().annotate(a), extractor, linker, store, reader, force);
    }

    /**
     * @param annotator CoreNLP, or an {@link org.dragoman.nlp.AnnotationCache} in front of it, so that re-extraction
     *                  after an upgrade loads no model
     */
    public Ingester(Function<Article, AnnotatedArticle> annotator, Extractor extractor, java.util.function.UnaryOperator<Extraction> linker,
                    DiplomacyStore store, ArticleReader reader, boolean force) {
        this.force = force;
        this.annotator = annotator;
        this.extractor = extractor;
        this.linker = linker;
        this.store = store;
        this.reader = reader;
    }

    /** The article files under the given paths: files as given, directories walked for {@code *.txt}. */
    public static List<Path> expand(List<Path> paths, List<Outcome> missing) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".txt"))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    missing.add(new Outcome(p, null, "failed", p + ": cannot list directory (" + e.getMessage() + ")"));
                }
            } else if (Files.exists(p)) {
                out.add(p);
            } else {
                missing.add(new Outcome(p, null, "failed", p + ": no such file or directory"));
            }
        }
        return out;
    }

    public Report ingest(List<Path> paths, boolean progress, PrintWriter err) {
        long start = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>();
        List<Path> files = expand(paths, outcomes);
        outcomes.forEach(o -> err.println("error: " + o.message()));
        ProgressBar bar = progress && files.size() > 1 ? new ProgressBarBuilder().setTaskName("Ingesting")
                .setInitialMax(files.size()).setUnit(" articles", 1).showSpeed(new java.text.DecimalFormat("0.00")).setStyle(ProgressBarStyle.ASCII)
                .continuousUpdate().build() : null;
        try {
            for (Path f : files) {
                Outcome o = ingestOne(f);
                outcomes.add(o);
                if (o.status().equals("failed")) {
                    err.println("error: " + o.message());
                }
                if (bar != null) {
                    bar.step();
                }
            }
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        err.flush();
        return new Report(outcomes, Duration.ofNanos(System.nanoTime() - start));
    }

    public Outcome ingestOne(Path file) {
        Article article;
        try {
            article = reader.read(file);
        } catch (BadInputException e) {
            return new Outcome(file, null, "failed", e.getMessage());
        }
        String hash = ExtractionMapper.contentHash(article);
        Optional<String> existing = store.contentHash(article.id());
        if (!force && existing.isPresent() && existing.get().equals(hash)) {
            return new Outcome(file, article.id(), "unchanged", article.id() + ": unchanged");
        }
        try {
            Model model = ExtractionMapper.toModel(extract(article));
            List<String> violations = validator.violations(model.getGraph());
            if (!violations.isEmpty()) {
                return new Outcome(file, article.id(), "failed", article.source() + ": graph violates the SHACL shapes ("
                        + violations.size() + "): " + String.join("; ", violations.subList(0, Math.min(3, violations.size()))));
            }
            store.replaceGraph(article.id(), model);
            return new Outcome(file, article.id(), existing.isPresent() ? "replaced" : "added", article.id());
        } catch (DragomanException e) {
            return new Outcome(file, article.id(), "failed", e.getMessage());
        } catch (RuntimeException e) {
            // A rule that trips over an unusual parse costs this article, not the rest of the batch.
            return new Outcome(file, article.id(), "failed", article.source() + ": extraction failed: " + e);
        }
    }

    /** The linked extraction of one article, without storing it. */
    public Extraction extract(Article article) {
        AnnotatedArticle annotated = annotator.apply(article);
        return linker.apply(extractor.extract(annotated));
    }
}
