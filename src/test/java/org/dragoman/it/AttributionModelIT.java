package org.dragoman.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dragoman.extract.AttributionModel;
import org.dragoman.extract.Draft;
import org.dragoman.extract.Extractor;
import org.dragoman.model.ArticleReader;
import org.dragoman.model.Entity;
import org.dragoman.model.Extraction;
import org.dragoman.model.Statement;
import org.junit.jupiter.api.Test;

/** The shipped attribution model on made-up articles, through the real CoreNLP models. */
class AttributionModelIT {
    private static Draft draft(String text) {
        var article = new ArticleReader(null).parse("t", "t.txt", text);
        return new Extractor(SharedPipeline.knowledgeBase()).draft(SharedPipeline.pipeline().annotate(article));
    }

    private static List<Statement> statements(Extraction x) {
        return x.events().stream().filter(Statement.class::isInstance).map(Statement.class::cast).toList();
    }

    private static String label(Extraction x, String id) {
        return x.entity(id).map(Entity::label).orElse(null);
    }

    @Test
    void shippedModelKeepsAPlainReportWithItsProbabilityAsConfidence() {
        AttributionModel model = AttributionModel.bundled();
        Draft d = draft("date 2022-03-10 The Ruritanian foreign minister Ana Soto said on Monday that the border talks "
                + "with Borduria would resume next month.");
        Extraction x = d.decide(model);
        Statement s = statements(x).get(0);
        assertEquals("Ana Soto", label(x, s.speaker()));
        assertTrue(s.content().contains("border talks"), s.content());
        double p = model.probability(d.candidates().get(0));
        assertTrue(p >= model.threshold() && p <= 1, "probability " + p);
        assertEquals(p, s.confidence(), 1e-9);
    }

    @Test
    void modelScoresAReportAboveAVerbThatOnlyTakesAClause() {
        AttributionModel model = AttributionModel.bundled();
        Draft d = draft("date 2022-03-10 Ana Soto said the ceasefire would hold. Ivo Ruiz noticed that the ceasefire was holding.");
        double said = d.candidates().stream().filter(c -> c.statement().cue().equals("said"))
                .mapToDouble(model::probability).max().orElse(0);
        double noticed = d.candidates().stream().filter(c -> c.statement().cue().equals("noticed"))
                .mapToDouble(model::probability).max().orElse(0);
        assertTrue(said > noticed, "said " + said + " vs noticed " + noticed);
    }

    @Test
    void quoteThatGoesOnAfterTheAttributionIsTheSameSpeakersNextStatement() {
        Draft d = draft("date 2022-03-10 \"We are ready to talk,\" Ana Soto said. \"The next round can start in Oslo. "
                + "Nobody wants another winter of war.\"\n\nIvo Ruiz arrived later.");
        Extraction x = d.decide(AttributionModel.bundled());
        Statement first = statements(x).stream().filter(st -> st.content().contains("ready to talk")).findFirst().orElseThrow();
        Statement next = statements(x).stream().filter(st -> st.content().contains("winter of war")).findFirst().orElseThrow();
        assertTrue(!first.content().contains("winter of war"), first.content());
        assertEquals("Ana Soto", label(x, first.speaker()));
        assertEquals("Ana Soto", label(x, next.speaker()));
        assertTrue(first.direct() && next.direct());
    }
}
