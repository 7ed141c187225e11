package org.dragoman.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.spark.SparkFiles;
import org.dragoman.ingest.Ingester;
import org.dragoman.link.WikidataIndex;
import org.dragoman.store.DiplomacyStore;

/**
 * One Dragoman pipeline per executor JVM, built lazily by the first task that needs it and shared by every later task
 * and every concurrent task thread of that JVM.
 *
 * <p>Why a static holder: Spark serialises a task's closure and ships it to an executor for every partition, and the
 * pipeline (CoreNLP's models, 2-3 GB of heap, 20-40 s to load) can neither be serialised nor rebuilt per partition. A
 * static field lives as long as the executor's class loader, that is the executor JVM, which is exactly the scope wanted;
 * it is the accepted Spark idiom for expensive non-serialisable resources. The pipeline's annotate step is thread-safe
 * (CoreNLP annotators are shared across threads; {@code NlpPipeline} retries alone the few that are not), and the
 * extraction, linking and mapping hold no per-article state, so the executor's task slots share one instance.
 */
final class Pipelines {
    private static Ingester ingester;
    private static Settings built;

    private Pipelines() {
    }

    /** What the pipeline is built with; part of the task closure, so it is serialisable. */
    /**
     * @param wikidataIndex the offline Wikidata index ({@code dragoman wikidata build}) as a path every executor can read,
     *                      or the name of a file shipped with {@code spark-submit --files}; null for the bundled table alone
     */
    record Settings(String coref, boolean fineGrainedNer, String wikidataIndex) implements java.io.Serializable {
        Settings {
            Objects.requireNonNull(coref, "coref");
        }
    }

    /**
     * The JVM's pipeline for these settings. It stores nothing: the job calls {@link Ingester#map}, which never touches the
     * store, so an empty in-memory one stands in for the database, and no annotations are kept.
     */
    static synchronized Ingester get(Settings settings) {
        if (ingester == null || !built.equals(settings)) {
            // Wikidata stays offline: a cluster of executors must not flood the public API.
            ingester = Ingester.create().coref(settings.coref()).fineGrainedNer(settings.fineGrainedNer()).noAnnotations()
                    .wikidataIndex(settings.wikidataIndex() == null ? null : WikidataIndex.open(local(settings.wikidataIndex())))
                    .build(DiplomacyStore.inMemory());
            built = settings;
        }
        return ingester;
    }

    /** A path as given when this JVM sees it, else the executor's copy of a file shipped with {@code --files}. */
    private static Path local(String file) {
        Path p = Path.of(file);
        return Files.isRegularFile(p) ? p : Path.of(SparkFiles.get(p.getFileName().toString()));
    }
}
