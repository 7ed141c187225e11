package org.dragoman.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.dragoman.model.DragomanException;
import org.junit.jupiter.api.Test;

/** The annotator choices as CoreNLP properties, read without loading any model. */
class NlpPipelineBuilderTest {
    @Test
    void ruleCoreferenceAnnotatesAsNoCoreferenceSoBothShareStoredAnnotations() {
        NlpPipeline.Builder rules = NlpPipeline.create().coref("rules");
        assertEquals(NlpPipeline.create().coref("none").settings(), rules.settings());
        assertFalse(rules.properties().getProperty("annotators").contains("coref"));
        assertTrue(rules.ruleCoreference());
        assertFalse(NlpPipeline.create().coref("none").ruleCoreference());
        assertTrue(NlpPipeline.create().coref("none").withoutCoreference());
        assertTrue(NlpPipeline.create().ruleCoreference(), "Dragoman's rules are the default");
    }

    @Test
    void nerChoicesBecomeProperties() {
        Properties p = NlpPipeline.create().nerModels("3class").numericNer(false).properties();
        assertEquals("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz", p.getProperty("ner.model"));
        assertEquals("false", p.getProperty("ner.applyNumericClassifiers"));
        assertEquals("false", p.getProperty("ner.useSUTime"), "SUTime runs inside the numeric classifiers");
        assertEquals("false", NlpPipeline.create().sutime(false).properties().getProperty("ner.useSUTime"));
    }

    @Test
    void choicesLeftAtCoreNlpsDefaultsAreNotWrittenSoStoredAnnotationsStayValid() {
        Properties p = NlpPipeline.create().nerModels("all").numericNer(true).properties();
        assertFalse(p.containsKey("ner.model"));
        assertFalse(p.containsKey("ner.applyNumericClassifiers"));
        assertNotEquals(NlpPipeline.create().nerModels("3class").settings(), NlpPipeline.create().nerModels("all").settings());
    }

    @Test
    void nerWithoutCitiesIsAskedForInTheSettingsAndResolvedToAFileOnlyForCoreNlp(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Properties asked = NlpPipeline.create().nerCities(false).properties();
        assertEquals("true", asked.getProperty(FineGazetteer.WITHOUT_CITIES));
        assertFalse(asked.containsKey("ner.fine.regexner.mapping"), "no machine-dependent path in the key");
        assertEquals(asked, NlpPipeline.create().properties(), "the default goes without CoreNLP's city list");
        assertFalse(NlpPipeline.create().nerCities(true).properties().containsKey(FineGazetteer.WITHOUT_CITIES));
        assertFalse(NlpPipeline.create().fineGrainedNer(false).nerCities(false).properties().containsKey(FineGazetteer.WITHOUT_CITIES),
                "no fine-grained NER, no gazetteer to slim");
        Properties resolved = FineGazetteer.resolve(asked, dir);
        assertTrue(resolved.getProperty("ner.fine.regexner.mapping").contains(dir.toString()));
        assertFalse(resolved.containsKey(FineGazetteer.WITHOUT_CITIES));
        assertEquals(new java.util.TreeMap<>(asked), FineGazetteer.settings(resolved, asked));
        assertEquals(NlpPipeline.create().nerCities(true).properties(),
                FineGazetteer.resolve(NlpPipeline.create().nerCities(true).properties(), dir));
    }

    @Test
    void unknownChoicesAreRefused() {
        assertThrows(DragomanException.class, () -> NlpPipeline.create().coref("psychic"));
        assertThrows(DragomanException.class, () -> NlpPipeline.create().nerModels("7class"));
    }
}
