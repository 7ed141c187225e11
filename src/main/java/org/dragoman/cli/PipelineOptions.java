package org.dragoman.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dragoman.ingest.Ingester;
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

    @Option(names = "--annotations-max-mb", description = "Bound on the stored annotations, in MB; the entries used longest ago "
            + "go first (default: ${DEFAULT-VALUE}).", defaultValue = "2048")
    long annotationsMaxMb;

    @Option(names = "--no-progress", description = "Do not show a progress bar.")
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

    Ingester ingester(DiplomacyStore store) {
        Ingester.Builder builder = Ingester.create().coref(coref).fineGrainedNer(fineNer).wikidata(wikidata, wikidataCache)
                .wikidataIndex(wikidataIndex.open().orElse(null))
                .fallbackDate(date).force(force).annotationsMaxBytes(annotationsMaxMb << 20);
        if ("none".equals(annotations)) {
            builder.noAnnotations();
        } else if (annotations != null) {
            builder.annotations(Path.of(annotations));
        }
        return builder.build(store);
    }
}
