package org.dragoman.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dragoman.model.DragomanException;
import org.dragoman.nlp.NlpPipeline;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The annotator options as a command reads them, without loading any model. */
class AnnotatorOptionsTest {
    @Command(name = "t")
    static final class Probe {
        @Mixin
        AnnotatorOptions options;
    }

    private static NlpPipeline.Builder parsed(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        return probe.options.builder();
    }

    @Test
    void noOptionKeepsTheBuildersDefaultAndFastNamesIt() {
        assertEquals(NlpPipeline.create().settings(), parsed().settings());
        assertEquals(NlpPipeline.create().settings(), parsed("--fast").settings());
        assertEquals(NlpPipeline.create().coref("rules").nerCities(false).settings(), parsed().settings());
    }

    @Test
    void thoroughIsCoreNlpsCoreferenceWithItsCitiesAndAnOptionGivenWins() {
        assertEquals(NlpPipeline.create().coref("statistical").nerCities(true).settings(), parsed("--thorough").settings());
        assertEquals(NlpPipeline.create().coref("fastneural").nerCities(true).settings(),
                parsed("--thorough", "--coref", "fastneural").settings());
        assertThrows(DragomanException.class, () -> parsed("--fast", "--thorough"));
    }
}
