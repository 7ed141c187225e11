package org.dragoman.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dragoman.eval.AttributionTrainer;
import org.dragoman.eval.Gold;
import org.dragoman.eval.ModelCard;
import org.dragoman.eval.Splits;
import org.dragoman.extract.AttributionModel;
import org.dragoman.extract.Extractor;
import org.dragoman.link.EntityLinker;
import org.dragoman.link.KnowledgeBase;
import org.dragoman.nlp.AnnotationCache;
import org.dragoman.nlp.NlpPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dragoman train}: rebuilds the shipped attribution model from PolNeAR's training split. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Retrains the attribution model on shared/eval/polnear-train (deterministic) and writes it with its model card.")
final class TrainCommand implements Callable<Integer> {
    private static final String TRAIN_SET = "polnear-train";

    @Mixin
    EvalDataOptions data;

    @Option(names = "--stride", description = "Train on every n-th training article in sorted order (default: ${DEFAULT-VALUE}).",
            defaultValue = "1")
    int stride;

    @Option(names = "--coref", description = "Coreference for the training articles' annotations (default: ${DEFAULT-VALUE}, "
            + "as the pipeline's default; annotating 840 articles with statistical coreference takes hours on two cores).",
            defaultValue = "rules")
    String coref;

    @Option(names = "--output", description = "Folder for attribution-model.tsv and its card (default: ${DEFAULT-VALUE}).",
            defaultValue = "src/main/resources/org/dragoman/extract")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        data.eval(TRAIN_SET + "/gold");
        NlpPipeline.Builder builder = NlpPipeline.create();
        AnnotationCache annotations = new AnnotationCache(data.cache, builder.lazy(), builder.settings());
        NlpPipeline.Builder trainBuilder = NlpPipeline.create().coref(coref);
        AnnotationCache trainAnnotations = new AnnotationCache(data.cache, trainBuilder.lazy(), trainBuilder.settings());
        KnowledgeBase kb = KnowledgeBase.bundled();
        Extractor rules = new Extractor(kb, AttributionModel.rulesOnly(), !trainBuilder.withoutCoreference());
        EntityLinker linker = new EntityLinker(kb);
        AttributionTrainer trainer = new AttributionTrainer(linker::link);
        Splits splits = Splits.bundled();

        List<String> allTrainIds = Gold.ids(data.gold(TRAIN_SET));
        List<String> trainIds = EvalCommand.everyNth(allTrainIds, stride);
        out.printf("Annotating and labelling %d training articles (cached annotations are reused)...%n", trainIds.size());
        out.flush();
        var train = AttributionTrainer.load(data.gold(TRAIN_SET), data.corpus(TRAIN_SET), trainIds, trainAnnotations::annotate,
                rules::draft, data.threads);
        List<String> goldIds = Gold.ids(data.gold("gold"));
        var tune = AttributionTrainer.load(data.gold("gold"), data.corpus("gold"),
                goldIds.stream().filter(id -> splits.half("gold", id).equals(Splits.TUNE)).toList(), annotations::annotate, rules::draft, data.threads);
        var goldTest = AttributionTrainer.load(data.gold("gold"), data.corpus("gold"),
                goldIds.stream().filter(id -> splits.half("gold", id).equals(Splits.TEST)).toList(), annotations::annotate, rules::draft, data.threads);
        var polnear = AttributionTrainer.load(data.gold("polnear-dev"), data.corpus("polnear-dev"), Gold.ids(data.gold("polnear-dev")),
                annotations::annotate, rules::draft, data.threads);

        List<String> provenance = List.of(
                "Dragoman attribution model: L2-regularised logistic regression (LIBLINEAR 2.44, L2R_LR) over rule candidates",
                "Trained by 'dragoman train --stride " + stride + " --coref " + coref + "' on " + trainIds.size() + " of the "
                        + allTrainIds.size()
                        + " PolNeAR train articles (networkdynamics/PolNeAR c3eee833, converted to GOLD.md form)",
                "Derived work of PolNeAR (no licence stated): feature weights only, no text");
        AttributionTrainer.Result r = trainer.train(train, tune, provenance);
        AttributionModel model = r.model();
        AttributionModel baseline = AttributionModel.rulesOnly();

        List<String[]> figures = new ArrayList<>();
        figures.add(row("training articles, held-out folds", "tune", r.trainHeldOut(),
                trainer.prf(train, baseline::accepts, baseline::probability)));
        figures.add(row("gold (Wikinews + seed), tune half", "tune", r.tune(), trainer.prf(tune, baseline::accepts, baseline::probability)));
        figures.add(row("gold, test half", "test", trainer.prf(goldTest, model::accepts, model::probability),
                trainer.prf(goldTest, baseline::accepts, baseline::probability)));
        figures.add(row("polnear-dev", "test", trainer.prf(polnear, model::accepts, model::probability),
                trainer.prf(polnear, baseline::accepts, baseline::probability)));

        Files.createDirectories(output);
        try (Writer w = Files.newBufferedWriter(output.resolve("attribution-model.tsv"), StandardCharsets.UTF_8)) {
            model.write(w);
        }
        String card = ModelCard.render(r, figures, trainIds.size(), stride, trainBuilder.describe(), LocalDate.now());
        Files.writeString(output.resolve("attribution-model.md"), card, StandardCharsets.UTF_8);
        out.println(card);
        out.println("Wrote " + output.resolve("attribution-model.tsv") + " and attribution-model.md");
        out.flush();
        return 0;
    }

    private static String[] row(String set, String half, AttributionTrainer.Prf model, AttributionTrainer.Prf rules) {
        return new String[] {set, half, model.toString(), rules.toString()};
    }
}
