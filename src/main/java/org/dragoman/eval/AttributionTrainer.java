package org.dragoman.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.dragoman.extract.AttributionCandidate;
import org.dragoman.extract.AttributionModel;
import org.dragoman.extract.Draft;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleReader;
import org.dragoman.model.DragomanException;
import org.dragoman.model.Extraction;
import org.dragoman.nlp.AnnotatedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the attribution model end to end: chooses LIBLINEAR's regularisation by grouped cross-validation on the
 * training documents, fits on all of them, and chooses the decision threshold that maximises the mean statement F1
 * of the held-out training folds and the tune documents. Test documents are only scored, never used to choose.
 */
public final class AttributionTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(AttributionTrainer.class);
    /** A gold article and what the rules found in it. */
    public record Document(Gold gold, Draft draft) {
        public Document {
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(draft, "draft");
        }
    }

    /** Statement precision, recall and F1 over a set of documents. */
    public record Prf(double precision, double recall, double f1) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.2f R %.2f F1 %.2f", precision, recall, f1);
        }
    }

    /** What training produced and measured. */
    public record Result(AttributionModel model, double c, Map<Double, Double> logLossByC, int examples, int positives,
                         int features, Prf trainHeldOut, Prf tune, List<double[]> calibration) {
        public Result {
            logLossByC = Map.copyOf(logLossByC);
            calibration = List.copyOf(calibration);
        }
    }

    private static final double[] C_GRID = {0.03, 0.1, 0.3, 1, 3};
    private static final int FOLDS = 5;

    private final UnaryOperator<Extraction> linker;

    /** @param linker applied to each extraction before scoring, as {@code eval} does */
    public AttributionTrainer(UnaryOperator<Extraction> linker) {
        this.linker = linker;
    }

    /**
     * Reads the gold files {@code ids} of a set, annotates their texts and runs the rules, on {@code threads} threads.
     */
    public static List<Document> load(Path goldDir, Path corpus, List<String> ids, Function<Article, AnnotatedArticle> annotate,
                                      Function<AnnotatedArticle, Draft> rules, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Document>> jobs = new ArrayList<>();
            for (String id : ids) {
                jobs.add(pool.submit(() -> {
                    Gold gold = Gold.read(goldDir.resolve(id + ".json"));
                    Article article = new ArticleReader(gold.date() == null ? null : LocalDate.parse(gold.date()))
                            .read(corpus.resolve(id + ".txt"));
                    AnnotatedArticle annotated = annotate.apply(article);
                    try {
                        return new Document(gold, rules.apply(annotated));
                    } catch (RuntimeException e) {
                        // One article the rules cannot read must not cost a training run of an hour: report and go on.
                        LOG.warn("{}: extraction failed, article skipped", corpus.resolve(id + ".txt"), e);
                        return null;
                    }
                }));
            }
            List<Document> out = new ArrayList<>();
            for (Future<Document> job : jobs) {
                Document d = job.get();
                if (d != null) {
                    out.add(d);
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DragomanException("Interrupted while loading " + goldDir);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new DragomanException(e.getCause().toString(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    public Result train(List<Document> train, List<Document> tune, List<String> provenance) {
        List<AttributionTraining.Example> examples = new ArrayList<>();
        for (Document d : train) {
            examples.addAll(AttributionTraining.label(d.gold(), d.draft()));
        }
        if (examples.stream().noneMatch(AttributionTraining.Example::positive)) {
            throw new DragomanException("No positive training example among " + train.size() + " documents");
        }
        Map<Double, Double> lossByC = new java.util.TreeMap<>();
        Map<AttributionTraining.Example, Double> best = null;
        double bestC = C_GRID[0];
        for (double c : C_GRID) {
            Map<AttributionTraining.Example, Double> oof = AttributionTraining.outOfFold(examples, c, FOLDS);
            double loss = AttributionTraining.logLoss(oof);
            lossByC.put(c, loss);
            if (best == null || loss < lossByC.get(bestC)) {
                best = oof;
                bestC = c;
            }
        }
        Map<AttributionCandidate, Double> heldOut = new IdentityHashMap<>();
        best.forEach((e, p) -> heldOut.put(e.candidate(), p));
        Set<String> decided = AttributionTraining.decided(examples);
        AttributionModel fitted = AttributionTraining.fit(examples, bestC, 0.5, decided, provenance);
        double threshold = 0.5;
        double bestScore = -1;
        for (int i = 4; i <= 16; i++) {
            double t = i * 0.05;
            double score = (prf(train, c -> !decided.contains(c.rule()) || heldOut.getOrDefault(c, 0.0) >= t,
                    c -> heldOut.getOrDefault(c, 0.0)).f1()
                    + prf(tune, c -> !decided.contains(c.rule()) || fitted.probability(c) >= t, fitted::probability).f1()) / 2;
            if (score > bestScore + 1e-9) {
                bestScore = score;
                threshold = t;
            }
        }
        double chosen = threshold;
        List<String> card = new ArrayList<>(provenance);
        card.add(String.format(Locale.ROOT, "C %.2f chosen by %d-fold grouped cross-validation log-loss; threshold %.2f chosen on "
                + "held-out training folds and the tune half; the model decides the candidates of %s (the other rules were right at "
                + "least %.0f%% of the time in training and are kept)", bestC, FOLDS, chosen, String.join(", ", decided),
                100 * AttributionTraining.OVERRIDE_PRECISION));
        AttributionModel model = AttributionTraining.fit(examples, bestC, chosen, decided, card);
        int features = (int) examples.stream().flatMap(e -> e.candidate().features().stream()).distinct().count();
        return new Result(model, bestC, lossByC, examples.size(), (int) examples.stream().filter(AttributionTraining.Example::positive).count(),
                features, prf(train, c -> !decided.contains(c.rule()) || heldOut.getOrDefault(c, 0.0) >= chosen,
                        c -> heldOut.getOrDefault(c, 0.0)), prf(tune, model::accepts, model::probability),
                calibration(best));
    }

    /** Statement P/R/F1 of the documents when the candidates {@code keep} accepts are kept. */
    public Prf prf(List<Document> docs, Predicate<AttributionCandidate> keep, ToDoubleFunction<AttributionCandidate> probability) {
        Scorer scorer = new Scorer();
        List<String> ignored = new ArrayList<>();
        for (Document d : docs) {
            scorer.score(d.gold(), Predicted.of(linker.apply(d.draft().decide(keep, probability))), ignored);
        }
        double[] st = scorer.prf("st_tp", "st_fp", "st_fn");
        return new Prf(st[0], st[1], st[2]);
    }

    /** Reliability table of held-out probabilities: per tenth, {low, high, count, mean predicted, observed rate}. */
    static List<double[]> calibration(Map<AttributionTraining.Example, Double> heldOut) {
        double[] n = new double[10];
        double[] predicted = new double[10];
        double[] observed = new double[10];
        heldOut.forEach((e, p) -> {
            int b = Math.min(9, (int) (p * 10));
            n[b]++;
            predicted[b] += p;
            observed[b] += e.positive() ? 1 : 0;
        });
        List<double[]> out = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            if (n[b] > 0) {
                out.add(new double[] {b / 10.0, (b + 1) / 10.0, n[b], predicted[b] / n[b], observed[b] / n[b]});
            }
        }
        return out;
    }
}
