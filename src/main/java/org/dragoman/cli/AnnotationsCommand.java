package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dragoman.model.DragomanException;
import org.dragoman.nlp.AnnotationCache;
import org.dragoman.nlp.NlpPipeline;
import org.dragoman.store.DiplomacyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dragoman annotations prune}. */
@Command(name = "annotations", mixinStandardHelpOptions = true, description = "Manages the stored CoreNLP annotations.",
        subcommands = AnnotationsCommand.Prune.class)
final class AnnotationsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "prune", mixinStandardHelpOptions = true,
            description = {"Removes the stored annotations that no article in the database needs (other texts, other annotator "
                    + "settings, interrupted writes), then the least recently used ones beyond --annotations-max-mb.",
                    "Give the same annotator options (--coref, --fine-ner, --ner-models, ...) as ingest: entries made with "
                            + "other settings are removed."})
    static final class Prune implements Callable<Integer> {
        @Mixin
        PipelineOptions options = new PipelineOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Path dir = options.annotationsDir();
            if (dir == null) {
                throw new DragomanException("--annotations none: there is no store to prune");
            }
            DiplomacyStore store = options.database.existing();
            String settings = options.annotators.builder().settings();
            AnnotationCache cache = new AnnotationCache(dir, () -> {
                throw new DragomanException("pruning never annotates");
            }, settings, options.annotationsMaxMb << 20);
            AnnotationCache.Pruned pruned = cache.prune(store.storedTexts());
            out.printf(Locale.ROOT, "%s: removed %d entries (%.1f MB); kept %d (%.1f MB)%n", dir, pruned.entries(), pruned.bytes() / 1e6,
                    pruned.kept(), pruned.keptBytes() / 1e6);
            out.flush();
            return 0;
        }
    }
}
