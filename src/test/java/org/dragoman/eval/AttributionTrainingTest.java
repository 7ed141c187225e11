package org.dragoman.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dragoman.extract.AttributionCandidate;
import org.dragoman.extract.AttributionModel;
import org.dragoman.extract.Draft;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Evidence;
import org.dragoman.model.SpeechAct;
import org.dragoman.model.Statement;
import org.dragoman.model.Status;
import org.junit.jupiter.api.Test;

class AttributionTrainingTest {
    private static final String TEXT = "Ana Soto said the Ruritanian talks would resume in Oslo. Ivo Ruiz knows the weather is cold.";

    private static AttributionCandidate candidate(String speaker, String content, String rule, String... features) {
        int begin = TEXT.indexOf(content);
        Statement st = new Statement(speaker, null, content, "said", false, SpeechAct.STATEMENT, Status.OCCURRED, null, null,
                new Evidence(TEXT, begin, begin + content.length()), 0.75);
        return new AttributionCandidate(st, rule, List.of(features));
    }

    private static Draft draft(List<AttributionCandidate> candidates) {
        Article article = new Article("doc", "doc.txt", TEXT, 0, null);
        List<Entity> entities = List.of(
                new Entity("e1", EntityType.PERSON, "Ana Soto", List.of(), List.of(), List.of(), null),
                new Entity("e2", EntityType.PERSON, "Ivo Ruiz", List.of(), List.of(), List.of(), null));
        return new Draft(article, entities, List.of(), candidates, Map.of());
    }

    @Test
    void candidatesAreLabelledByTheGoldStatementRule() {
        Gold gold = new Gold("doc", null, Set.of("statements"), List.of(),
                List.of(new Gold.GoldStatement("Soto", "said", "the Ruritanian talks would resume in Oslo", false, false),
                        new Gold.GoldStatement(null, "knows", "the weather is cold", false, true)),
                List.of());
        List<AttributionTraining.Example> ex = AttributionTraining.label(gold, draft(List.of(
                candidate("e1", "the Ruritanian talks would resume in Oslo", "cue-verb"),
                candidate("e2", "the Ruritanian talks would resume", "cue-verb"),
                candidate("e2", "the weather is cold", "clause-verb"))));
        // The wrong speaker is negative; the match of an optional gold statement is left out.
        assertEquals(2, ex.size());
        assertTrue(ex.get(0).positive());
        assertFalse(ex.get(1).positive());
    }

    @Test
    void fitSeparatesAFeatureThatDecidesTheLabel() {
        List<AttributionTraining.Example> ex = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean good = i % 2 == 0;
            ex.add(new AttributionTraining.Example("d" + (i % 5),
                    candidate("e1", "the weather is cold", "cue-verb", good ? "lemma=say" : "lemma=know", "shared"), good));
        }
        AttributionModel m = AttributionTraining.fit(ex, 1.0, 0.5, Set.of(), List.of("synthetic"));
        assertTrue(m.probability(candidate("e1", "the weather is cold", "x", "lemma=say", "shared")) > 0.8);
        assertTrue(m.probability(candidate("e1", "the weather is cold", "x", "lemma=know", "shared")) < 0.2);
        // Same data, same model: training is deterministic.
        AttributionModel again = AttributionTraining.fit(ex, 1.0, 0.5, Set.of(), List.of("synthetic"));
        AttributionCandidate probe = candidate("e1", "the weather is cold", "x", "lemma=say");
        assertEquals(m.probability(probe), again.probability(probe), 0.0);
        var oof = AttributionTraining.outOfFold(ex, 1.0, 5);
        assertEquals(ex.size(), oof.size());
        assertTrue(AttributionTraining.logLoss(oof) < Math.log(2));
    }

    @Test
    void decideKeepsCandidatesAboveTheThresholdWithTheirProbability() {
        Draft d = draft(List.of(candidate("e1", "the Ruritanian talks would resume in Oslo", "cue-verb", "good"),
                candidate("e2", "the weather is cold", "clause-verb", "bad")));
        AttributionModel m = AttributionModel.of(java.util.Map.of("good", 3.0, "bad", -3.0), 0, 0.5, Set.of("cue-verb", "clause-verb"), List.of());
        var x = d.decide(m);
        assertEquals(1, x.events().size());
        Statement kept = (Statement) x.events().get(0);
        assertEquals("e1", kept.speaker());
        assertEquals(1 / (1 + Math.exp(-3)), kept.confidence(), 1e-9);
    }

    @Test
    void aReportNestedInAnotherSpeakersContentIsKeptButARepeatIsNot() {
        String text = "The agency reported Ivo Ruiz said the Ruritanian talks would resume in Oslo.";
        Article article = new Article("doc", "doc.txt", text, 0, null);
        List<Entity> entities = List.of(new Entity("e1", EntityType.ORGANIZATION, "Agency", List.of(), List.of(), List.of(), null),
                new Entity("e2", EntityType.PERSON, "Ivo Ruiz", List.of(), List.of(), List.of(), null));
        java.util.function.BiFunction<String, String, AttributionCandidate> at = (speaker, content) -> {
            int begin = text.indexOf(content);
            return new AttributionCandidate(new Statement(speaker, null, content, "said", false, SpeechAct.STATEMENT, Status.OCCURRED,
                    null, null, new Evidence(text, begin, begin + content.length()), 0.75), "cue-verb", List.of());
        };
        Draft nested = new Draft(article, entities, List.of(), List.of(
                at.apply("e1", "Ivo Ruiz said the Ruritanian talks would resume in Oslo"),
                at.apply("e2", "the Ruritanian talks would resume in Oslo")), Map.of());
        assertEquals(2, nested.decide(AttributionModel.rulesOnly()).events().size());
        Draft repeated = new Draft(article, entities, List.of(), List.of(
                at.apply("e2", "Ivo Ruiz said the Ruritanian talks would resume in Oslo"),
                at.apply("e2", "the Ruritanian talks would resume in Oslo")), Map.of());
        assertEquals(1, repeated.decide(AttributionModel.rulesOnly()).events().size());
    }
}
