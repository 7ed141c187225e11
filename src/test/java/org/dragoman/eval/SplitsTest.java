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
        int tune = 0;
        for (int i = 0; i < 400; i++) {
            tune += s.half("rss500-dev", String.valueOf(i)).equals("tune") ? 1 : 0;
        }
        assertEquals(187, tune);
    }

    @Test
    void malformedLineNamesItsNumber() {
        DragomanException e = assertThrows(DragomanException.class,
                () -> Splits.parse(new BufferedReader(new StringReader("gold\ta\tmaybe\n"))));
        assertEquals(true, e.getMessage().contains("line 1"));
    }
}
