package org.dragoman.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatelinesTest {
    @Test
    void aWireDatelinesDashBecomesAFullStopOfTheSameLength() {
        assertEquals("LIMA, March 3 (Acme) . Ana Soto arrived.", Datelines.separated("LIMA, March 3 (Acme) - Ana Soto arrived."));
        assertEquals("SAN MARCOS, Oct. 27 Acme .  Talks began.", Datelines.separated("SAN MARCOS, Oct. 27 Acme -- Talks began."));
        assertEquals("Headline\n\nLIMA . \"We agree,\" she said.", Datelines.separated("Headline\n\nLIMA — \"We agree,\" she said."));
        assertEquals("LIMA, Ohio, March 3, 2024 (Acme) . Talks began.",
                Datelines.separated("LIMA, Ohio, March 3, 2024 (Acme) – Talks began."));
    }

    @Test
    void otherDashesStayAsTheyAre() {
        String[] unchanged = {"Ana Soto - the envoy - arrived.", "ACME - the alliance said so.", "Talks in LIMA - Soto arrived.",
                "U.S. - Ruritania talks began."};
        for (String text : unchanged) {
            assertEquals(text, Datelines.separated(text));
        }
    }
}
