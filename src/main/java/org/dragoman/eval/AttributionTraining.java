package org.dragoman.eval;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dragoman.extract.AttributionCandidate;
import org.dragoman.extract.AttributionModel;
import org.dragoman.extract.Draft;
import org.dragoman.model.Entity;

/**
 * Trains the {@link AttributionModel}: labels each rule candidate against gold with the GOLD.md statement rule
 * (speaker matches, or gold has none, and the candidate covers half of the gold content), then fits an L2-regularised
 * logistic regression with LIBLINEAR. Deterministic: documents and features are taken in sorted order and the
 * solver (trust-region Newton) uses no randomness.
 *
 * <p>A candidate that matches only optional gold statements is left out of training: gold neither wants nor
 * forbids it.
 */
public final class AttributionTraining {
    /** Features seen fewer times than this are dropped: they would only memorise single sentences. */
    public static final int MIN_COUNT = 3;
    /** A rule right at least this often in training is an override. */
    public static final double OVERRIDE_PRECISION = 0.5;
    /** A rule with fewer training candidates than this is an override: too rare for the data to overrule. */
    public static final int OVERRIDE_EVIDENCE = 20;

    /** One labelled candidate of document {@code doc}. */
    public record Example(String doc, AttributionCandidate candidate, boolean positive) {
        public Example {
            Objects.requireNonNull(doc, "doc");
            Objects.requireNonNull(candidate, "candidate");
        }
    }

    private AttributionTraining() {
    }

    /** The labelled candidates of one article. */
    public static List<Example> label(Gold gold, Draft draft) {
        List<Gold.GoldEntity> entities = gold.scope().contains("entities") ? gold.entities()
                : gold.entities().stream().map(e -> new Gold.GoldEntity(e.name(), e.type(), null, e.aliases())).toList();
        Map<String, Entity> byId = new HashMap<>();
        draft.entities().forEach(e -> byId.put(e.id(), e));
        List<Example> out = new ArrayList<>();
        for (AttributionCandidate c : draft.candidates()) {
            Entity speaker = byId.get(c.statement().speaker());
            Names said = speaker == null ? Names.of(List.of(c.statement().speaker()), null)
                    : Names.of(List.of(speaker.label()), speaker.link() == null ? null : speaker.link().qid());
            boolean positive = false;
            boolean optional = false;
            for (Gold.GoldStatement g : gold.statements()) {
                boolean speakerOk = g.speaker() == null || Scorer.goldNames(g.speaker(), entities).matches(said);
                if (speakerOk && Scorer.coverage(g.content(), c.statement().content()) >= 0.5) {
                    positive |= !g.optional();
                    optional |= g.optional();
                }
            }
            if (positive || !optional) {
                out.add(new Example(gold.doc(), c, positive));
            }
        }
        return out;
    }

    /**
     * The rules the model decides: the one whose candidates only the model vouches for, and those whose candidates were
     * right less often than {@link #OVERRIDE_PRECISION} in at least {@link #OVERRIDE_EVIDENCE} training candidates.
     * Every other rule, one training never saw included, is a high-precision override.
     */
    public static Set<String> decided(List<Example> examples) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Example e : examples) {
            int[] n = counts.computeIfAbsent(e.candidate().rule(), k -> new int[2]);
            n[0]++;
            n[1] += e.positive() ? 1 : 0;
        }
        Set<String> out = new TreeSet<>();
        out.add(AttributionModel.MODEL_ONLY_RULE);
        counts.forEach((rule, n) -> {
            if (n[0] >= OVERRIDE_EVIDENCE && n[1] < OVERRIDE_PRECISION * n[0]) {
                out.add(rule);
            }
        });
        return out;
    }

    /** Fits the model on the examples with regularisation {@code c}; features rarer than {@link #MIN_COUNT} are dropped. */
    public static AttributionModel fit(List<Example> examples, double c, double threshold, Set<String> decided,
                                       List<String> provenance) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Example e : examples) {
            for (String f : new TreeSet<>(e.candidate().features())) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (var e : counts.entrySet()) {
            if (e.getValue() >= MIN_COUNT) {
                index.put(e.getKey(), names.size() + 1);
                names.add(e.getKey());
            }
        }
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = names.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            TreeSet<Integer> ids = new TreeSet<>();
            for (String f : examples.get(i).candidate().features()) {
                Integer id = index.get(f);
                if (id != null) {
                    ids.add(id);
                }
            }
            Feature[] row = new Feature[ids.size() + 1];
            int k = 0;
            for (int id : ids) {
                row[k++] = new FeatureNode(id, 1);
            }
            row[k] = new FeatureNode(problem.n, 1);
            problem.x[i] = row;
            problem.y[i] = examples.get(i).positive() ? 1 : 0;
        }
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, c, 1e-4));
        double[] w = model.getFeatureWeights();
        // LIBLINEAR's weights score the first label it met; turn them so that they score "positive".
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            weights.put(names.get(i), sign * w[i]);
        }
        return AttributionModel.of(weights, sign * w[names.size()], threshold, decided, provenance);
    }

    /**
     * Out-of-fold probabilities: the documents are dealt into {@code folds} folds in sorted order, and each example
     * is scored by a model fitted on the other folds.
     */
    public static Map<Example, Double> outOfFold(List<Example> examples, double c, int folds) {
        List<String> docs = examples.stream().map(Example::doc).distinct().sorted().toList();
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            foldOf.put(docs.get(i), i % folds);
        }
        Map<Example, Double> out = new java.util.IdentityHashMap<>();
        for (int k = 0; k < folds; k++) {
            int fold = k;
            List<Example> train = examples.stream().filter(e -> foldOf.get(e.doc()) != fold).toList();
            AttributionModel m = fit(train, c, 0.5, Set.of(AttributionModel.MODEL_ONLY_RULE), List.of());
            examples.stream().filter(e -> foldOf.get(e.doc()) == fold).forEach(e -> out.put(e, m.probability(e.candidate())));
        }
        return out;
    }

    /** Mean negative log-likelihood of the probabilities. */
    public static double logLoss(Map<Example, Double> probabilities) {
        double sum = 0;
        for (var e : probabilities.entrySet()) {
            double p = Math.min(1 - 1e-9, Math.max(1e-9, e.getValue()));
            sum -= e.getKey().positive() ? Math.log(p) : Math.log(1 - p);
        }
        return sum / Math.max(1, probabilities.size());
    }
}
