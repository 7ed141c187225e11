package org.dragoman.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import org.dragoman.model.DragomanException;
import org.junit.jupiter.api.Test;

class SplitsTest {
    @Test
    void listedDocumentsTakeTheirHalfAndUnlistedOnesAreTest() throws Exception {
        Splits s = Splits.parse(new BufferedReader(new StringReader(
                "# comment\nset\tdoc\thalf\ngold\ta\ttune\ngold\tb\ttest\nrss500-dev\t7\ttune\n")));
        assertEquals("tune", s.half("gold", "a"));
        assertEquals("test", s.half("gold", "b"));
        assertEquals("test", s.half("gold", "held-out"));
        assertEquals("test", s.half("polnear-dev", "x"));
        assertEquals("train", s.half("polnear-train", "x"));
        assertEquals("tune", s.half("rss500-dev", "http://aksw.org/N3/RSS-500/7#char=0,120"));
        assertEquals("test", s.half("rss500-dev", "http://aksw.org/N3/RSS-500/17#char=0,120"));
    }

    @Test
    void bundledTableHasTheAgreedSizes() {
        Splits s = Splits.bundled();
        assertEquals("tune", s.half("gold", "000_cc92b69f11ad1a98"));
        java.util.Map<String, Integer> tune = new java.util.TreeMap<>();
        try (var in = Splits.class.getResourceAsStream("splits.tsv");
             var lines = new BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)).lines()) {
            lines.filter(l -> !l.startsWith("#") && !l.startsWith("set\t")).map(l -> l.split("\t"))
                    .filter(f -> s.half(f[0], f[1]).equals("tune")).forEach(f -> tune.merge(f[0], 1, Integer::sum));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // The seed and 6 of the 12 Wikinews articles; 11 of the 21 M2E2 articles; half the RSS-500 sentences.
        assertEquals(java.util.Map.of("gold", 7, "m2e2-dev", 11, "rss500-dev", 187), tune);
    }

    @Test
    void malformedLineNamesItsNumber() {
        DragomanException e = assertThrows(DragomanException.class,
                () -> Splits.parse(new BufferedReader(new StringReader("gold\ta\tmaybe\n"))));
        assertEquals(true, e.getMessage().contains("line 1"));
    }
}
