package org.dragoman.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dragoman.ingest.Ingester;
import org.dragoman.extract.Extractor;
import org.dragoman.link.EntityLinker;
import org.dragoman.link.KnowledgeBase;
import org.dragoman.model.ArticleReader;
import org.dragoman.nlp.NlpPipeline;
import org.dragoman.store.DiplomacyStore;

/** One CoreNLP pipeline for the whole test JVM: the models load once, not once per test class. */
public final class SharedPipeline {
    private SharedPipeline() {
    }

    private static final class Holder {
        static final NlpPipeline PIPELINE = NlpPipeline.create().build();
        static final KnowledgeBase KB = KnowledgeBase.bundled();
    }

    public static NlpPipeline pipeline() {
        return Holder.PIPELINE;
    }

    public static KnowledgeBase knowledgeBase() {
        return Holder.KB;
    }

    public static Ingester ingester(DiplomacyStore store, LocalDate fallbackDate) {
        return new Ingester(SharedPipeline::pipeline, new Extractor(knowledgeBase()), new EntityLinker(knowledgeBase())::link,
                store, new ArticleReader(fallbackDate));
    }

    /** The project's seed article. */
    public static Path seed() {
        Path p = Path.of("seeds", "000_cc92b69f11ad1a98.txt");
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("Seed article missing at " + p.toAbsolutePath());
        }
        return p;
    }
}
