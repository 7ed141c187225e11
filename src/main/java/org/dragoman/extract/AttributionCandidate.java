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
 */
public record AttributionCandidate(Statement statement, String rule, List<String> features) {
    public AttributionCandidate {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(rule, "rule");
        features = List.copyOf(features);
    }

    AttributionCandidate with(Statement replaced) {
        return new AttributionCandidate(replaced, rule, features);
    }
}
