package org.dragoman.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.jena.rdf.model.Model;
import org.dragoman.extract.Extractor;
import org.dragoman.extract.AttributionModel;
import org.dragoman.link.EntityLinker;
import org.dragoman.link.KnowledgeBase;
import org.dragoman.link.OnlineLinker;
import org.dragoman.link.WikidataClient;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleReader;
import org.dragoman.model.BadInputException;
import org.dragoman.model.DragomanException;
import org.dragoman.model.EventKind;
import org.dragoman.model.EventKinds;
import org.dragoman.model.Extraction;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.AnnotationCache;
import org.dragoman.nlp.NlpPipeline;
import org.dragoman.rdf.ExtractionMapper;
import org.dragoman.rdf.GraphValidator;
import org.dragoman.store.DiplomacyStore;

/**
 * Runs the pipeline over files: read, annotate, extract, link, map, and replace each article's graph in one
 * transaction. The CoreNLP pipeline is built on first need, so re-ingesting unchanged articles loads no models.
 *
 * <p>Each article is bounded by {@link Limits}: too big is refused before any model loads, and one that runs out of
 * time, memory or stack fails alone, with its file named, while the batch goes on (see {@link Watchdog}).
 */
public final class Ingester {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Ingester.class);
    /**
     * What happened to one input.
     *
     * @param path       the file, or null for an article given as text
     * @param status     {@code added}, {@code replaced}, {@code unchanged} or {@code failed}
     * @param counts     events by kind name and {@code actors}, {@code places}; empty when nothing was extracted
     * @param violations the SHACL messages that kept the graph out of the store
     */
    public record Outcome(Path path, String articleId, String status, String message, Map<String, Integer> counts,
                          List<String> violations) {
        public Outcome {
            counts = Map.copyOf(counts);
            violations = List.copyOf(violations);
        }

        Outcome(Path path, String articleId, String status, String message) {
            this(path, articleId, status, message, Map.of(), List.of());
        }

        public boolean failed() {
            return status.equals("failed");
        }
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
    private final UnaryOperator<Extraction> linker;
    private final DiplomacyStore store;
    private final ArticleReader reader;
    private final GraphValidator validator = GraphValidator.bundled();
    private final boolean force;
    private final Limits limits;
    private final Watchdog watchdog;
    private final int threads;
    /** Articles prepared ahead of the one being written, per thread. */
    private static final int LOOKAHEAD = 8;

    public Ingester(Supplier<NlpPipeline> pipeline, Extractor extractor, UnaryOperator<Extraction> linker, DiplomacyStore store,
                    ArticleReader reader) {
        this(pipeline, extractor, linker, store, reader, false);
    }

    /** @param force extract every article again, even one whose graph the same article and build produced */
    public Ingester(Supplier<NlpPipeline> pipeline, Extractor extractor, UnaryOperator<Extraction> linker, DiplomacyStore store,
                    ArticleReader reader, boolean force) {
        this(a -> pipeline.get().annotate(a), extractor, linker, store, reader, force);
    }

    /**
     * @param annotator CoreNLP, or an {@link org.dragoman.nlp.AnnotationCache} in front of it, so that re-extraction
     *                  after an upgrade loads no model
     */
    public Ingester(Function<Article, AnnotatedArticle> annotator, Extractor extractor, UnaryOperator<Extraction> linker,
                    DiplomacyStore store, ArticleReader reader, boolean force) {
        this(annotator, extractor, linker, store, reader, force, Limits.DEFAULT);
    }

    /** @param limits the time limit and the article size limit apply here; the sentence limit is the pipeline's */
    public Ingester(Function<Article, AnnotatedArticle> annotator, Extractor extractor, UnaryOperator<Extraction> linker,
                    DiplomacyStore store, ArticleReader reader, boolean force, Limits limits) {
        this(annotator, extractor, linker, store, reader, force, limits, new Watchdog(limits.timePerArticle()), 1);
    }

    private Ingester(Function<Article, AnnotatedArticle> annotator, Extractor extractor, UnaryOperator<Extraction> linker,
                     DiplomacyStore store, ArticleReader reader, boolean force, Limits limits, Watchdog watchdog, int threads) {
        if (threads < 1) {
            throw new DragomanException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
        this.limits = limits;
        this.watchdog = watchdog;
        this.force = force;
        this.annotator = annotator;
        this.extractor = extractor;
        this.linker = linker;
        this.store = store;
        this.reader = reader;
    }

    /**
     * This ingester, annotating up to {@code n} articles of a batch at once. Graphs are still written one at a time, in
     * the batch's order, so the store ends as a one-thread run leaves it.
     */
    public Ingester withThreads(int n) {
        return new Ingester(annotator, extractor, linker, store, reader, force, limits, watchdog, n);
    }

    /**
     * Starts an ingester with the product's defaults: statistical coreference, one NER model with the fine-grained
     * tags, the bundled Wikidata table, annotations kept beside the database.
     */
    public static Builder create() {
        return new Builder();
    }

    /** Configures the pipeline behind an {@link Ingester}; CoreNLP is loaded only when an article needs annotating. */
    public static final class Builder {
        private final NlpPipeline.Builder nlp = NlpPipeline.create();
        private Path annotations;
        private boolean keepAnnotations = true;
        private long annotationsMaxBytes = AnnotationCache.DEFAULT_MAX_BYTES;
        private String wikidata = "offline";
        private org.dragoman.link.WikidataIndex wikidataIndex;
        private Path wikidataCache = Path.of("data", "wikidata-cache");
        private LocalDate fallbackDate;
        private boolean force;
        private Limits limits = Limits.DEFAULT;
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /** Articles annotated at once (default: the number of cores); each holds its own working memory. */
        public Builder threads(int value) {
            this.threads = value;
            return this;
        }

        /** Article size, sentence length and time per article; {@link Limits#DEFAULT} unless given. */
        public Builder limits(Limits value) {
            this.limits = java.util.Objects.requireNonNull(value, "limits");
            return this;
        }

        /** statistical, fastneural, neural, rules or none ({@link NlpPipeline.Builder#coref(String)}). */
        public Builder coref(String value) {
            nlp.coref(value);
            return this;
        }

        public Builder fineGrainedNer(boolean value) {
            nlp.fineGrainedNer(value);
            return this;
        }

        /** Sets any other annotator choice on the pipeline's builder (NER models, numeric classifiers, SUTime). */
        public Builder annotators(java.util.function.Consumer<NlpPipeline.Builder> choices) {
            choices.accept(nlp);
            return this;
        }

        /** Where annotations are kept; null for {@code annotations} beside the database. */
        public Builder annotations(Path value) {
            this.annotations = value;
            return this;
        }

        /** The bound on the annotation store's size; the entries used longest ago go first. */
        public Builder annotationsMaxBytes(long value) {
            this.annotationsMaxBytes = value;
            return this;
        }

        /** Keep no annotations: every article is annotated again. */
        public Builder noAnnotations() {
            this.keepAnnotations = false;
            return this;
        }

        /** {@code offline} (the bundled table) or {@code online} (also the Wikidata API, cached in {@code cache}). */
        public Builder wikidata(String mode, Path cache) {
            this.wikidata = mode;
            this.wikidataCache = cache;
            return this;
        }

        /** The publication date of articles without a date line; null leaves it absent. */
        public Builder fallbackDate(LocalDate value) {
            this.fallbackDate = value;
            return this;
        }

        /** The offline Wikidata index beneath the bundled table, or null for the table alone. */
        public Builder wikidataIndex(org.dragoman.link.WikidataIndex index) {
            this.wikidataIndex = index;
            return this;
        }

        public Builder force(boolean value) {
            this.force = value;
            return this;
        }

        public Ingester build(DiplomacyStore store) {
            KnowledgeBase kb = KnowledgeBase.bundled();
            EntityLinker offline = new EntityLinker(kb, wikidataIndex);
            UnaryOperator<Extraction> linker = switch (wikidata) {
                case "offline" -> offline::link;
                case "online" -> new OnlineLinker(offline, WikidataClient.create().cache(wikidataCache).build())::link;
                default -> throw new DragomanException("Wikidata mode must be offline or online, not '" + wikidata + "'");
            };
            nlp.maxSentenceTokens(limits.maxSentenceTokens());
            Watchdog watchdog = new Watchdog(limits.timePerArticle());
            Supplier<NlpPipeline> loaded = nlp.lazy();
            Supplier<NlpPipeline> lazy = () -> watchdog.untimed(loaded);
            Function<Article, AnnotatedArticle> annotator;
            if (!keepAnnotations) {
                annotator = a -> lazy.get().annotate(a);
            } else {
                Path dir = annotations != null ? annotations
                        : store.location().orElseThrow(() -> new DragomanException("An in-memory store has no folder for annotations: "
                                + "give one, or keep none")).toAbsolutePath().resolveSibling("annotations");
                annotator = new AnnotationCache(dir, lazy, nlp.settings(), annotationsMaxBytes)::annotate;
            }
            // Dragoman's coreference rules run in extraction, after the annotation store: a fix to them needs no annotating again.
            Extractor extractor = new Extractor(kb, AttributionModel.bundled(), !nlp.withoutCoreference());
            return new Ingester(annotator, extractor, linker, store, new ArticleReader(fallbackDate, limits.maxArticleBytes()),
                    force, limits, watchdog, threads);
        }
    }

    /**
     * The article files under the given paths: files as given, directories walked for {@code *.txt}. A directory
     * without any is a failure: a mistyped folder must not pass for an empty batch.
     */
    public static List<Path> expand(List<Path> paths, List<Outcome> missing) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    List<Path> found = walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".txt"))
                            .sorted().toList();
                    if (found.isEmpty()) {
                        missing.add(new Outcome(p, null, "failed", p + ": nothing to ingest, no *.txt file in this folder"));
                    }
                    out.addAll(found);
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
        List<Path> files = ArticleIdentity.resolveBatch(expand(paths, outcomes), outcomes);
        outcomes.forEach(o -> err.println((o.failed() ? "error: " : "warning: ") + o.message()));
        ProgressBar bar = progress && files.size() > 1 ? new ProgressBarBuilder().setTaskName("Ingesting")
                .setInitialMax(files.size()).setUnit(" articles", 1).showSpeed(new java.text.DecimalFormat("0.00")).setStyle(ProgressBarStyle.ASCII)
                .continuousUpdate().build() : null;
        GroupCommit group = new GroupCommit(store);
        List<Integer> pending = new ArrayList<>();
        GraphSink grouped = (id, model, nanos) -> {
            pending.add(outcomes.size());
            if (group.add(id, model, nanos)) {
                pending.clear();
            }
        };
        // Articles are prepared (annotated, extracted) up to `threads` at once, and written one by one in batch order.
        java.util.concurrent.ExecutorService pool = threads > 1 && files.size() > 1
                ? java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "dragoman-ingest");
                    t.setDaemon(true);
                    return t;
                })
                : null;
        java.util.ArrayDeque<java.util.concurrent.Future<Step>> ahead = new java.util.ArrayDeque<>();
        int submitted = 0;
        try {
            for (Path f : files) {
                Step step;
                if (pool == null) {
                    step = readAndPrepare(f);
                } else {
                    // A long article must not idle the other threads: look well ahead; what waits is only a small graph.
                    while (submitted < files.size() && ahead.size() < threads * LOOKAHEAD) {
                        Path next = files.get(submitted++);
                        ahead.add(pool.submit(() -> readAndPrepare(next)));
                    }
                    step = await(ahead.poll(), f);
                }
                Outcome o;
                try {
                    o = finish(step, grouped);
                } catch (GroupCommit.WriteFailed e) {
                    // The group this article joined could not be written: none of its articles is stored.
                    o = new Outcome(f, null, "failed", f + ": not stored: " + e.getMessage());
                    failPending(outcomes, pending, e, err);
                }
                outcomes.add(o);
                if (o.status().equals("failed")) {
                    err.println("error: " + o.message());
                }
                if (bar != null) {
                    bar.step();
                }
            }
            try {
                group.flush();
            } catch (DragomanException e) {
                failPending(outcomes, pending, e, err);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
            if (bar != null) {
                bar.close();
            }
        }
        err.flush();
        return new Report(outcomes, Duration.ofNanos(System.nanoTime() - start));
    }

    private Step readAndPrepare(Path file) {
        try {
            return prepare(file, reader.read(file));
        } catch (BadInputException e) {
            return Step.done(new Outcome(file, null, "failed", e.getMessage()));
        }
    }

    private static Step await(java.util.concurrent.Future<Step> future, Path file) {
        try {
            return future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            // prepare() turns every failure of an article into its outcome; anything else is a fault of the batch.
            throw new DragomanException(file + ": preparing the article failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DragomanException(file + ": ingest interrupted", e);
        }
    }

    private static void failPending(List<Outcome> outcomes, List<Integer> pending, DragomanException e, PrintWriter err) {
        for (int i : pending) {
            if (i >= outcomes.size()) {
                continue;
            }
            Outcome o = outcomes.get(i);
            outcomes.set(i, new Outcome(o.path(), o.articleId(), "failed", o.articleId() + ": not stored: " + e.getMessage()));
            err.println("error: " + outcomes.get(i).message());
        }
        pending.clear();
    }

    /** Where an article's validated graph goes: the store at once, or a group commit. */
    private interface GraphSink {
        void write(String articleId, Model model, long extractionNanos);
    }

    /** The sink of a single article: its own transaction, at once. */
    private void writeNow(String articleId, Model model, long extractionNanos) {
        store.replaceGraph(articleId, model);
    }

    public Outcome ingestOne(Path file) {
        Article article;
        try {
            article = reader.read(file);
        } catch (BadInputException e) {
            return new Outcome(file, null, "failed", e.getMessage());
        }
        return ingest(file, article, this::writeNow);
    }

    /**
     * Ingests an article given as text (one posted to the server, say), stored before this returns;
     * {@link Outcome#path()} is then null.
     */
    public Outcome ingest(Article article) {
        return ingest(null, article, this::writeNow);
    }

    private Outcome ingest(Path file, Article article, GraphSink sink) {
        return finish(prepare(file, article), sink);
    }

    /** An article taken up to its store write: either its final outcome, or its validated graph to write. */
    private record Step(Outcome done, Path file, Article article, Mapped mapped, boolean existed, long nanos) {
        static Step done(Outcome outcome) {
            return new Step(outcome, null, null, null, false, 0);
        }
    }

    /** Everything but the store write: checks, then annotate, extract, link, map and validate under the watchdog. */
    private Step prepare(Path file, Article article) {
        long bytes = article.text().length() <= limits.maxArticleBytes() / 3 ? 0
                : article.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > limits.maxArticleBytes()) {
            // Articles read from files were checked by the reader; this catches those given as text.
            return Step.done(new Outcome(file, article.id(), "failed", article.source() + ": " + bytes / 1024
                    + " KB, over the article size limit of " + limits.maxArticleBytes() / 1024 + " KB"));
        }
        String hash = ExtractionMapper.contentHash(article);
        Optional<String> existing = store.contentHash(article.id());
        if (!force && existing.isPresent() && existing.get().equals(hash)) {
            return Step.done(new Outcome(file, article.id(), "unchanged", article.id() + ": unchanged"));
        }
        Optional<DiplomacyStore.Origin> origin = existing.isPresent() ? store.origin(article.id()) : Optional.empty();
        if (origin.isPresent() && !ArticleIdentity.mayReplace(origin.get(), article.source(), article.text())) {
            if (!force) {
                return Step.done(new Outcome(file, article.id(), "failed", article.source() + ": article id '" + article.id()
                        + "' is already in the database from " + origin.get().source() + ", with different text: rename "
                        + "this file (the id is its name without .txt), or give --force to replace that article"));
            }
            LOG.warn("{}: replaces article '{}' from {}, which had different text (--force)", article.source(), article.id(),
                    origin.get().source());
        }
        long start = System.nanoTime();
        try {
            Mapped mapped = watchdog.call(article.source(), () -> map(article));
            if (!mapped.valid()) {
                return Step.done(new Outcome(file, article.id(), "failed", mapped.violationMessage(article), mapped.counts(),
                        mapped.violations()));
            }
            return new Step(null, file, article, mapped, existing.isPresent(), System.nanoTime() - start);
        } catch (DragomanException e) {
            return Step.done(new Outcome(file, article.id(), "failed", e.getMessage()));
        } catch (RuntimeException e) {
            // A rule that trips over an unusual parse costs this article, not the rest of the batch.
            return Step.done(new Outcome(file, article.id(), "failed", article.source() + ": extraction failed: " + e));
        } catch (OutOfMemoryError e) {
            // What the article held is garbage once its thread unwound, so the next article has the heap again.
            return Step.done(new Outcome(file, article.id(), "failed", article.source() + ": ran out of memory (" + e.getMessage()
                    + "; the heap limit is " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB): lower the article "
                    + "or sentence limits, or give Java more heap (DRAGOMAN_JAVA_OPTS=-Xmx...)"));
        } catch (StackOverflowError e) {
            return Step.done(new Outcome(file, article.id(), "failed", article.source() + ": stack overflow while annotating or "
                    + "extracting: lower the sentence limit, or give threads more stack (DRAGOMAN_JAVA_OPTS=-Xss...)"));
        }
    }

    /** Writes a prepared article's graph; a group write that fails is thrown, for the batch to fail its group. */
    private Outcome finish(Step step, GraphSink sink) {
        if (step.done() != null) {
            return step.done();
        }
        Article article = step.article();
        try {
            sink.write(article.id(), step.mapped().model(), step.nanos());
        } catch (GroupCommit.WriteFailed e) {
            throw e;
        } catch (RuntimeException e) {
            return new Outcome(step.file(), article.id(), "failed", article.source() + ": not stored: " + e.getMessage());
        }
        return new Outcome(step.file(), article.id(), step.existed() ? "replaced" : "added", article.id(), step.mapped().counts(),
                List.of());
    }

    private static Map<String, Integer> counts(Extraction extraction) {
        Map<String, Integer> counts = new TreeMap<>();
        for (EventKind kind : EventKinds.DEFAULT.all()) {
            counts.put(kind.name(), 0);
        }
        extraction.events().forEach(e -> counts.merge(e.kind().name(), 1, Integer::sum));
        counts.put("actors", (int) extraction.entities().stream().filter(e -> e.type().isActor()).count());
        counts.put("places", (int) extraction.entities().stream().filter(e -> e.type().isPlace()).count());
        return counts;
    }

    /**
     * One article's graph as ingest would store it, checked against the shapes but not stored.
     *
     * @param model      the triples of the article's named graph ({@link org.dragoman.rdf.Iris#graph(String)})
     * @param counts     events by kind name and {@code actors}, {@code places}
     * @param violations the SHACL messages; a graph with any is never stored
     */
    public record Mapped(String articleId, Model model, Map<String, Integer> counts, List<String> violations) {
        public Mapped {
            java.util.Objects.requireNonNull(articleId, "articleId");
            java.util.Objects.requireNonNull(model, "model");
            counts = Map.copyOf(counts);
            violations = List.copyOf(violations);
        }

        public boolean valid() {
            return violations.isEmpty();
        }

        /** The first violations, named after the article's source, for an error line. */
        public String violationMessage(Article article) {
            return article.source() + ": graph violates the SHACL shapes (" + violations.size() + "): "
                    + String.join("; ", violations.subList(0, Math.min(3, violations.size())));
        }
    }

    /**
     * Annotates, extracts, links, maps and validates one article, and stores nothing: the step {@code ingest} stores
     * and the Spark job writes as N-Quads, so both run the same code. Thread-safe when the annotator is (CoreNLP is).
     */
    public Mapped map(Article article) {
        Extraction extraction = extract(article);
        Model model = ExtractionMapper.toModel(extraction);
        return new Mapped(article.id(), model, counts(extraction), validator.violations(model.getGraph()));
    }

    /** The linked extraction of one article, without storing it. */
    public Extraction extract(Article article) {
        AnnotatedArticle annotated = annotator.apply(article);
        return linker.apply(extractor.extract(annotated));
    }
}
