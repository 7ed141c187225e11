package org.dragoman.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Duration;
import org.dragoman.ingest.Ingester;
import org.dragoman.ingest.Limits;
import org.dragoman.model.DragomanException;
import org.dragoman.nlp.NlpPipeline;
import org.dragoman.store.DiplomacyStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the commands that ingest articles. */
final class PipelineOptions {
    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Option(names = "--date", description = "Publication date (YYYY-MM-DD) for articles without a 'date' line.")
    LocalDate date;

    @Mixin
    AnnotatorOptions annotators = new AnnotatorOptions();

    @Option(names = "--force", description = "Extract every article again, even one already ingested by this build.")
    boolean force;

    @Option(names = "--annotations", description = "Stored CoreNLP annotations, so that re-extraction after an upgrade loads "
            + "no model (default: 'annotations' beside the database; 'none' to keep none).")
    String annotations;

    @Option(names = "--annotations-max-mb", description = "Bound on the stored annotations, in MB; the entries used longest ago "
            + "go first (default: ${DEFAULT-VALUE}).", defaultValue = "2048")
    long annotationsMaxMb;

    @Option(names = "--threads", description = "Articles annotated at once (default: 0, the number of cores); graphs are "
            + "written in the batch's order, as one thread would write them.", defaultValue = "0")
    int threads;

    @Option(names = "--no-progress", description = "Do not show a progress bar (there is none when output is not a terminal).")
    boolean noProgress;

    @Option(names = "--wikidata", description = "offline (the bundled table, default) or online (also the Wikidata API, "
            + "cached, falling back to offline when the network fails).", defaultValue = "offline")
    String wikidata;

    @picocli.CommandLine.Mixin
    WikidataIndexOption wikidataIndex = new WikidataIndexOption();

    @Option(names = "--wikidata-cache", description = "Cache of Wikidata answers (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/wikidata-cache")
    Path wikidataCache;

    /** Where annotations are kept: {@code --annotations}, else {@code annotations} beside the database; null for none. */
    Path annotationsDir() {
        if ("none".equals(annotations)) {
            return null;
        }
        return annotations != null ? Path.of(annotations) : database.db.toAbsolutePath().resolveSibling("annotations");
    }

    @Option(names = "--max-article-kb", paramLabel = "KB", defaultValue = "200",
            description = "Refuse articles bigger than this, before any model loads (default: ${DEFAULT-VALUE} KB).")
    long maxArticleKb;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "" + NlpPipeline.DEFAULT_MAX_SENTENCE_TOKENS,
            description = "Cut longer sentences into pieces of at most N tokens before tagging, with a warning "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxSentenceTokens;

    @Option(names = "--max-article-seconds", paramLabel = "S", defaultValue = "600",
            description = "Abandon an article that takes longer (model loading aside), report it and go on "
                    + "(default: ${DEFAULT-VALUE} s).")
    long maxArticleSeconds;

    /** A progress bar redraws itself; into a log or a pipe it would write one line per redraw. */
    boolean progress() {
        return !noProgress && System.console() != null;
    }

    Limits limits() {
        if (maxArticleKb <= 0 || maxArticleKb > Long.MAX_VALUE / 1024) {
            throw new DragomanException("--max-article-kb must be a positive number of KB, not " + maxArticleKb);
        }
        if (maxArticleSeconds <= 0) {
            throw new DragomanException("--max-article-seconds must be positive, not " + maxArticleSeconds);
        }
        return new Limits(maxArticleKb * 1024, maxSentenceTokens, Duration.ofSeconds(maxArticleSeconds));
    }

    Ingester ingester(DiplomacyStore store) {
        Ingester.Builder builder = Ingester.create().annotators(annotators::apply).wikidata(wikidata, wikidataCache)
                .wikidataIndex(wikidataIndex.open().orElse(null))
                .fallbackDate(date).force(force)
                .threads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors()).annotationsMaxBytes(annotationsMaxMb << 20).limits(limits());
        if ("none".equals(annotations)) {
            builder.noAnnotations();
        } else if (annotations != null) {
            builder.annotations(Path.of(annotations));
        }
        return builder.build(store);
    }
}
