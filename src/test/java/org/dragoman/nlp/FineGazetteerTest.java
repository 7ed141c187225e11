package org.dragoman.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class FineGazetteerTest {
    @Test
    void dropsCitiesAndKeepsEverythingElse() throws Exception {
        String in = "strelsau\tCITY\tLOCATION,MISC\t1\n"
                + "foreign minister\tTITLE\tMISC\t1\n"
                + "ruritania\tCOUNTRY\tLOCATION\t1\n"
                + "cityscape\tCITY_WORD\tMISC\t1\n";
        StringWriter out = new StringWriter();
        FineGazetteer.filter(new BufferedReader(new StringReader(in)), out);
        assertEquals("foreign minister\tTITLE\tMISC\t1\nruritania\tCOUNTRY\tLOCATION\t1\ncityscape\tCITY_WORD\tMISC\t1\n",
                out.toString());
    }

    @Test
    void mappingNamesTheFileItMadeAndCoreNlpsCasedList(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String mapping = FineGazetteer.mapping(dir);
        assertTrue(mapping.startsWith("ignorecase=true,validpospattern=(NN|JJ|ADD).*,"), mapping);
        assertTrue(mapping.endsWith(";" + FineGazetteer.CASED), mapping);
        assertTrue(java.nio.file.Files.isRegularFile(dir.resolve(FineGazetteer.FILE_NAME)));
    }
}
