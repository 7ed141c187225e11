package org.dragoman.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dragoman.model.DragomanException;

/**
 * Decides which attribution candidates become statements: a logistic regression over {@link AttributionFeatures},
 * trained on PolNeAR's training split by {@code dragoman train}. {@link #probability} is the model's calibrated
 * probability that the candidate is a correct statement; it becomes the statement's {@code dip:confidence}.
 *
 * <p>The model <em>decides</em> the candidates of the rules training found wrong more often than right, and always
 * those only the model vouches for (verbs outside the cue lexicon); the other rules are high-precision overrides whose
 * candidates are kept whatever the probability, which still becomes their confidence. A rule training never saw is an
 * override.
 *
 * <p>{@link #rulesOnly()} is the rule baseline without a model: it keeps the candidates of the hand-written rules
 * with their fixed confidences and drops those that only the model may accept.
 *
 * <p>The file format is TSV: {@code threshold}, {@code bias}, one {@code decides<TAB>rule} line per rule the model decides and one
 * {@code w<TAB>feature<TAB>weight} line per feature; lines starting with {@code #} are provenance.
 */
public final class AttributionModel {
    /** Candidates no hand-written rule vouches for: verbs outside the lexicon with a clause. */
    public static final String MODEL_ONLY_RULE = "clause-verb";
    private static final String RESOURCE = "attribution-model.tsv";

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;
    private final Set<String> decided;
    private final List<String> provenance;

    private AttributionModel(Map<String, Double> weights, double bias, double threshold, Set<String> decided,
                             List<String> provenance) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new DragomanException("Attribution threshold must lie in [0, 1], got " + threshold);
        }
        this.weights = weights == null ? null : Map.copyOf(weights);
        this.bias = bias;
        this.threshold = threshold;
        this.decided = Set.copyOf(decided);
        this.provenance = List.copyOf(provenance);
    }

    /** A trained model: feature weights, the bias weight, the decision threshold, the rules it decides, provenance lines. */
    public static AttributionModel of(Map<String, Double> weights, double bias, double threshold, Set<String> decided,
                                      List<String> provenance) {
        return new AttributionModel(weights, bias, threshold, decided, provenance);
    }

    /** The hand-written rules alone, as before the model. */
    public static AttributionModel rulesOnly() {
        return new AttributionModel(null, 0, 0.5, Set.of(MODEL_ONLY_RULE), List.of("rules only"));
    }

    /** The model shipped with Dragoman. */
    public static AttributionModel bundled() {
        try (InputStream in = AttributionModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DragomanException("Missing resource org/dragoman/extract/" + RESOURCE + " (run: dragoman train)");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new DragomanException("Cannot read org/dragoman/extract/" + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Reads a model file; {@code source} names it in error messages. */
    public static AttributionModel read(InputStream in, String source) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Double> weights = new HashMap<>();
        Set<String> decided = new TreeSet<>();
        List<String> provenance = new ArrayList<>();
        double bias = Double.NaN;
        double threshold = Double.NaN;
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.startsWith("#")) {
                provenance.add(line.substring(1).strip());
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                switch (f[0]) {
                    case "threshold" -> threshold = Double.parseDouble(f[1]);
                    case "bias" -> bias = Double.parseDouble(f[1]);
                    case "w" -> weights.put(f[1], Double.parseDouble(f[2]));
                    case "decides" -> decided.add(f[1]);
                    default -> throw new DragomanException(source + " line " + n + ": unknown entry '" + f[0] + "'");
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new DragomanException(source + " line " + n + ": malformed '" + line + "'", e);
            }
        }
        if (Double.isNaN(bias) || Double.isNaN(threshold) || weights.isEmpty()) {
            throw new DragomanException(source + ": needs threshold, bias and weights");
        }
        return new AttributionModel(weights, bias, threshold, decided, provenance);
    }

    /** Writes the model in the format {@link #read} takes, features sorted so that retraining diffs cleanly. */
    public void write(Writer out) throws IOException {
        if (weights == null) {
            throw new DragomanException("The rules-only baseline has no weights to write");
        }
        for (String p : provenance) {
            out.write("# " + p + "\n");
        }
        out.write(String.format(Locale.ROOT, "threshold\t%.4f%nbias\t%.6f%n", threshold, bias));
        for (String rule : new TreeSet<>(decided)) {
            out.write("decides\t" + rule + "\n");
        }
        for (var e : new TreeMap<>(weights).entrySet()) {
            if (e.getValue() != 0) {
                out.write(String.format(Locale.ROOT, "w\t%s\t%.6f%n", e.getKey(), e.getValue()));
            }
        }
    }

    /** Probability that the candidate is a correct statement; the rule's own confidence for {@link #rulesOnly()}. */
    public double probability(AttributionCandidate candidate) {
        if (weights == null) {
            return candidate.rule().equals(MODEL_ONLY_RULE) ? 0 : candidate.statement().confidence();
        }
        double z = bias;
        for (String f : candidate.features()) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether the candidate becomes a statement: an override rule found it, or its probability reaches the threshold. */
    public boolean accepts(AttributionCandidate candidate) {
        return !decided.contains(candidate.rule()) || probability(candidate) >= threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** The rules whose candidates the model decides; the candidates of all others are kept. */
    public Set<String> decided() {
        return decided;
    }

    public List<String> provenance() {
        return provenance;
    }

    public boolean isRulesOnly() {
        return weights == null;
    }
}
