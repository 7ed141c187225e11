package org.dragoman.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ReferenceListsTest {
    @Test
    void aClosingSourcesListIsBlankedKeepingLengthAndLineBreaks() {
        String body = "Ruiz meets Holm\n\nAna Holm met Ivo Ruiz in Lima.\n\nSources\n\n* \"Ruiz meets Holm\" — Acme News, May 2, 2020\n";
        String blanked = ReferenceLists.blanked(body);
        assertEquals(body.length(), blanked.length());
        assertEquals("Ruiz meets Holm\n\nAna Holm met Ivo Ruiz in Lima.\n\n", blanked.substring(0, blanked.indexOf("Lima.") + 7));
        assertEquals("", blanked.substring(blanked.indexOf("Lima.") + 7).replace(" ", "").replace("\n", ""));
    }

    @Test
    void wikiHeadingsCountAndAHeadlineOrAWordInARunningLineDoesNot() {
        assertEquals("", ReferenceLists.blanked("A\n\nB met C.\n== External links ==\n* x\n").substring(12).strip());
        for (String body : new String[] {"Sources\n\nAna Holm met Ivo Ruiz.", "Ana Holm cited sources.\nSources said talks went on.\n"}) {
            assertSame(body, ReferenceLists.blanked(body), body);
        }
    }
}
