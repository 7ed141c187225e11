package org.dragoman.extract;

import java.util.List;
import java.util.Objects;
import org.dragoman.model.Statement;

/**
 * A statement that a rule proposes, with the features the attribution model scores it by.
 *
 * @param statement the proposed statement, with the rule's own confidence
 * @param rule      the rule that found it ("cue-verb", "according-to", "clause-verb", ...)
 * @param features  binary features, see {@link AttributionFeatures}
 * @param cueAt     character offset of the cue token in the article, or -1 where a layout rule found it
 */
public record AttributionCandidate(Statement statement, String rule, List<String> features, int cueAt) {
    public AttributionCandidate {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(rule, "rule");
        features = List.copyOf(features);
        if (cueAt < -1) {
            throw new IllegalArgumentException("cue offset must be -1 or more: " + cueAt);
        }
    }

    /** A candidate with no cue token. */
    public AttributionCandidate(Statement statement, String rule, List<String> features) {
        this(statement, rule, features, -1);
    }

    AttributionCandidate with(Statement replaced) {
        return new AttributionCandidate(replaced, rule, features, cueAt);
    }
}
