package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dragoman.model.DragomanException;
import org.dragoman.model.Evidence;
import org.dragoman.model.SpeechAct;
import org.dragoman.model.Statement;
import org.dragoman.model.Status;
import org.junit.jupiter.api.Test;

class AttributionModelTest {
    static AttributionCandidate candidate(String rule, String... features) {
        Statement st = new Statement("e1", null, "the talks in Oslo would resume", "said", false, SpeechAct.STATEMENT,
                Status.OCCURRED, null, null, new Evidence("Ana Soto said the talks in Oslo would resume.", 14, 44), 0.75);
        return new AttributionCandidate(st, rule, List.of(features));
    }

    @Test
    void probabilityIsTheLogisticOfTheSummedWeights() {
        AttributionModel m = AttributionModel.of(Map.of("lemma=say", 2.0, "negated", -3.0), -0.5, 0.5, java.util.Set.of("cue-verb"), List.of("test"));
        assertEquals(1 / (1 + Math.exp(-1.5)), m.probability(candidate("cue-verb", "lemma=say", "unknown")), 1e-12);
        assertEquals(1 / (1 + Math.exp(1.5)), m.probability(candidate("cue-verb", "lemma=say", "negated")), 1e-12);
    }

    @Test
    void writtenModelReadsBackTheSame() throws Exception {
        AttributionModel m = AttributionModel.of(Map.of("lemma=say", 2.0, "rule=headline", -0.25), -0.5, 0.45, java.util.Set.of("headline"), List.of("made up"));
        StringWriter w = new StringWriter();
        m.write(w);
        AttributionModel back = AttributionModel.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)), "mem");
        AttributionCandidate c = candidate("headline", "lemma=say", "rule=headline");
        assertEquals(m.probability(c), back.probability(c), 1e-6);
        assertEquals(0.45, back.threshold(), 1e-9);
        assertEquals(List.of("made up"), back.provenance());
        assertEquals(java.util.Set.of("headline"), back.decided());
    }

    @Test
    void overrideRulesAreKeptWhateverTheProbabilityAndDecidedOnesNeedTheThreshold() {
        AttributionModel m = AttributionModel.of(Map.of("weak", -5.0), 0, 0.5, java.util.Set.of(AttributionModel.MODEL_ONLY_RULE),
                List.of());
        assertTrue(m.accepts(candidate("cue-verb", "weak")));
        assertTrue(!m.accepts(candidate(AttributionModel.MODEL_ONLY_RULE, "weak")));
        assertTrue(m.accepts(candidate(AttributionModel.MODEL_ONLY_RULE)));
    }

    @Test
    void malformedLineNamesSourceAndLine() {
        String text = "threshold\t0.5\nbias\tx\n";
        DragomanException e = assertThrows(DragomanException.class,
                () -> AttributionModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "model.tsv"));
        assertTrue(e.getMessage().contains("model.tsv line 2"), e.getMessage());
    }

    @Test
    void rulesOnlyKeepsRuleCandidatesAndDropsModelOnlyOnes() {
        AttributionModel rules = AttributionModel.rulesOnly();
        assertTrue(rules.accepts(candidate("cue-verb")));
        assertTrue(!rules.accepts(candidate(AttributionModel.MODEL_ONLY_RULE)));
    }

    @Test
    void bundledModelLoadsWithAThresholdAndProvenance() {
        AttributionModel m = AttributionModel.bundled();
        assertTrue(m.threshold() > 0 && m.threshold() < 1);
        assertTrue(m.provenance().stream().anyMatch(p -> p.contains("PolNeAR")));
        double said = m.probability(candidate("cue-verb", "rule=cue-verb", "lemma=say", "lexicon=cue", "dep=ccomp",
                "subject=proper", "speaker=PERSON", "speaker-named-here=true"));
        double negated = m.probability(candidate("clause-verb", "rule=clause-verb", "lemma=know", "negated", "dep=ccomp"));
        assertTrue(said > negated, said + " vs " + negated);
    }
}
