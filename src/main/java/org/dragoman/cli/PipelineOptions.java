package org.dragoman.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.dragoman.extract.Extractor;
import org.dragoman.link.EntityLinker;
import org.dragoman.link.KnowledgeBase;
import org.dragoman.model.ArticleReader;
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

    @Option(names = "--coref", description = "Coreference algorithm: statistical, fastneural, neural or none (default: ${DEFAULT-VALUE}).",
            defaultValue = "statistical")
    String coref;

    @Option(names = "--fine-ner", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Fine-grained NER (COUNTRY, CITY, TITLE, NATIONALITY); default on.")
    boolean fineNer;

    @Option(names = "--force", description = "Extract every article again, even one already ingested by this build.")
    boolean force;

    @Option(names = "--annotations", description = "Stored CoreNLP annotations, so that re-extraction after an upgrade loads "
            + "no model (default: 'annotations' beside the database; 'none' to keep none).")
    String annotations;

    @Option(names = "--no-progress", description = "Do not show a progress bar.")
    boolean noProgress;

    @Option(names = "--wikidata", description = "offline (the bundled table, default) or online (also the Wikidata API, "
            + "cached, falling back to offline when the network fails).", defaultValue = "offline")
    String wikidata;

    @Option(names = "--wikidata-cache", description = "Cache of Wikidata answers (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/wikidata-cache")
    Path wikidataCache;

    Ingester ingester(DiplomacyStore store) {
        KnowledgeBase kb = KnowledgeBase.bundled();
        EntityLinker offline = new EntityLinker(kb);
        java.util.function.UnaryOperator<org.dragoman.model.Extraction> linker = switch (wikidata) {
            case "offline" -> offline::link;
            case "online" -> new org.dragoman.link.OnlineLinker(offline,
                    org.dragoman.link.WikidataClient.create().cache(wikidataCache).build())::link;
            default -> throw new org.dragoman.model.DragomanException("--wikidata must be offline or online, not '" + wikidata + "'");
        };
        NlpPipeline.Builder builder = NlpPipeline.create().coref(coref).fineGrainedNer(fineNer);
        java.util.function.Function<org.dragoman.model.Article, org.dragoman.nlp.AnnotatedArticle> annotator;
        if ("none".equals(annotations)) {
            Supplier<NlpPipeline> lazy = builder.lazy();
            annotator = a -> lazy.get().annotate(a);
        } else {
            Path dir = annotations != null ? Path.of(annotations)
                    : database.db.toAbsolutePath().resolveSibling("annotations");
            annotator = new org.dragoman.nlp.AnnotationCache(dir, builder.lazy(), builder.settings())::annotate;
        }
        return new Ingester(annotator, new Extractor(kb), linker, store, new ArticleReader(date), force);
    }
}
