package org.dragoman.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dragoman.model.Article;
import org.junit.jupiter.api.Test;

class DatelinesTest {
    @Test
    void aWireDatelinesDashBecomesAFullStopOfTheSameLength() {
        assertEquals("LIMA, March 3 (Acme) . Ana Soto arrived.", Datelines.separated("LIMA, March 3 (Acme) - Ana Soto arrived."));
        assertEquals("SAN MARCOS, Oct. 27 Acme .  Talks began.", Datelines.separated("SAN MARCOS, Oct. 27 Acme -- Talks began."));
        assertEquals("Headline\n\nLIMA . \"We agree,\" she said.", Datelines.separated("Headline\n\nLIMA — \"We agree,\" she said."));
        assertEquals("LIMA, Ohio, March 3, 2024 (Acme) . Talks began.",
                Datelines.separated("LIMA, Ohio, March 3, 2024 (Acme) – Talks began."));
        // Two places of one story, as wires write them.
        assertEquals("LIMA/QUITO (Acme) . Ana Soto arrived.", Datelines.separated("LIMA/QUITO (Acme) - Ana Soto arrived."));
    }

    @Test
    void aWireDatelineMayNameAStateOfSeveralWordsADayBeforeItsMonthAndARunOfDashes() {
        assertEquals("SAN MARCOS, Costa Verde (Acme) . Ana Soto arrived.",
                Datelines.separated("SAN MARCOS, Costa Verde (Acme) — Ana Soto arrived."));
        assertEquals("LIMA, 3 MARCH 2024 (ACME NEWS) .    Talks began.",
                Datelines.separated("LIMA, 3 MARCH 2024 (ACME NEWS) ---- Talks began."));
        assertDateline("Headline\n\nLIMA, Costa Verde (Acme) — Ana Soto arrived.", "LIMA", "Acme");
    }

    @Test
    void otherDashesStayAsTheyAre() {
        String[] unchanged = {"Ana Soto - the envoy - arrived.", "ACME - the alliance said so.", "Talks in LIMA - Soto arrived.",
                "U.S. - Ruritania talks began."};
        for (String text : unchanged) {
            assertEquals(text, Datelines.separated(text));
        }
    }

    @Test
    void anAgencysDatelineEndsInAStopAndLosesTheDashAfterIt() {
        assertEquals("Headline\nSan Marcos, 3 March 2024 (Acme) . Ana Soto arrived.",
                Datelines.separated("Headline\nSan Marcos, 3 March 2024 (Acme) - Ana Soto arrived."));
        assertEquals("San Marcos, Mar. 3 (ACME).   Ana Soto arrived.", Datelines.separated("San Marcos, Mar. 3 (ACME). – Ana Soto arrived."));
        String stopped = "San Marcos, March 3, ACME. Ana Soto arrived.";
        assertEquals(stopped, Datelines.separated(stopped));
        // Not in a later paragraph: there a name and a date before a dash are no dateline of the story.
        String later = "Talks began.\n\nSan Marcos, 3 March (Acme) - Ana Soto arrived.";
        assertEquals(later, Datelines.separated(later));
    }

    @Test
    void aDatelineWithoutAPlaceIsSetApartAndGivesNoPlace() {
        assertEquals("Headline\n\nSept. 15 (Acme) .  Ana Soto spoke with Ivo Ruiz yesterday.",
                Datelines.separated("Headline\n\nSept. 15 (Acme) -- Ana Soto spoke with Ivo Ruiz yesterday."));
        assertEquals("Headline\n\n(Acme) .  Ana Soto met Ivo Ruiz.", Datelines.separated("Headline\n\n(Acme) -- Ana Soto met Ivo Ruiz."));
        assertEquals(Optional.empty(), Datelines.lead(article("Headline\n\nSept. 15 (Acme) -- Ana Soto spoke with Ivo Ruiz yesterday.")));
        String later = "Talks began.\n\nSept. 15 (Acme) -- Ana Soto left.";
        assertEquals(later, Datelines.separated(later));
    }

    @Test
    void theLeadDatelineGivesPlaceOffsetAndAgency() {
        assertDateline("Headline\nSan Marcos, March 3, ACME. Ana Soto arrived.", "San Marcos", "ACME");
        assertDateline("Headline\n\nSAN MARCOS, MARCH 3, ACMEPRESS. Ana Soto arrived.", "SAN MARCOS", "ACMEPRESS");
        assertDateline("Headline\nSan Marcos, Mar. 3 (Acme). – Ana Soto arrived.", "San Marcos", "Acme");
        assertDateline("Headline\nSAN MARCOS. ACME – Ana Soto arrived.", "SAN MARCOS", "ACME");
        assertDateline("SAN MARCOS, March 3. /ACME/. Ana Soto arrived.", "SAN MARCOS", "ACME");
        assertDateline("Headline\nSan Marcos, 3rd March, 2024 - Ana Soto arrived.", "San Marcos", null);
        assertDateline("Headline\n\nLIMA, Peru (Acme) — Ana Soto arrived.", "LIMA", "Acme");
        assertDateline("Headline\n\nLIMA — Ana Soto arrived.", "LIMA", null);
        assertDateline("Headline\n\nLIMA/QUITO (Acme) - Ana Soto arrived.", "LIMA", "Acme");
        assertDateline("Headline\n\nSan Marcos, Mar 3 (ACME) Foreign Minister Ana Soto arrived.", "San Marcos", "ACME");
        String bare = "Headline\n\nSan Marcos, Mar 3 (ACME) Foreign Minister Ana Soto arrived.";
        assertEquals("Headline\n\nSan Marcos, Mar 3  ACME. Foreign Minister Ana Soto arrived.", Datelines.separated(bare));
    }

    @Test
    void aNameAndAStopWithNeitherDateNorAgencyIsNoDateline() {
        String[] none = {"Headline\nMeanwhile, Ana Soto said so. She left.", "Headline\nAna Soto. Acme - the firm - grew.",
                "Ruritania - Freedonia talks\nThe talks began.", "Headline\nTalks began.\n\nSan Marcos, March 3, ACME. Soto left."};
        for (String text : none) {
            assertEquals(Optional.empty(), Datelines.lead(article(text)), text);
        }
    }

    @Test
    void agenciesOfSeveralWordsAndDashesRunIntoTheLedeEndDatelines() {
        // An agency of two words in brackets, with no dash after it.
        assertDateline("Headline\n\nSan Marcos, Mar 3 (Acme Latina) Ana Soto arrived.", "San Marcos", "Acme Latina");
        assertEquals("Headline\n\nSan Marcos, Mar 3  Acme Latina. Ana Soto arrived.",
                Datelines.separated("Headline\n\nSan Marcos, Mar 3 (Acme Latina) Ana Soto arrived."));
        // A state before the agency, with no date.
        assertDateline("Headline\n\nSAN MARCOS, Ruritania (Acme) Ana Soto arrived.", "SAN MARCOS", "Acme");
        // Dashes run into the lede's first word, and an agency of several names and a slash.
        assertEquals("Headline\n\nSAN MARCOS, 3 March 2024 (ACME).  Ana Soto arrived.",
                Datelines.separated("Headline\n\nSAN MARCOS, 3 March 2024 (ACME)---Ana Soto arrived."));
        assertDateline("Headline\n\nSAN MARCOS, Ruritania (Acme Star/ACME Wire Online) ----- Ana Soto arrived.", "SAN MARCOS",
                "Acme Star/ACME Wire Online");
        // A hyphenated word in capitals is no dash.
        String hyphen = "Headline\n\nSAN MARCOS-BASED firms grew.";
        assertEquals(hyphen, Datelines.separated(hyphen));
    }

    @Test
    void aColonDatelineOpeningTheStoryBecomesAFullStop() {
        assertEquals("Headline\nSAN MARCOS. His Excellency Ana Soto received the Ruritanian envoy Ivo Ruiz at the palace on Monday.",
                Datelines.separated("Headline\nSAN MARCOS: His Excellency Ana Soto received the Ruritanian envoy Ivo Ruiz at the palace on Monday."));
        assertDateline("Headline\nSan Marcos: His Excellency Ana Soto received the Ruritanian envoy Ivo Ruiz at the palace on Monday.",
                "San Marcos", null);
        // A transcript's speaker line, a colon in a later paragraph, and a label on a short line are no datelines.
        String[] unchanged = {"Headline\nAna Soto: Thank you all for coming.", "Talks began.\n\nLima: the envoys met the ministers of "
                + "both countries at the palace on Monday.", "Headline\nUpdate: Talks resumed."};
        for (String text : unchanged) {
            assertEquals(text, Datelines.separated(text));
        }
    }

    @Test
    void aColonDatelineWithADateNeedsNoLongLede() {
        assertEquals("Headline\nSan Marcos, 3 March 2024. The envoy, H.E. Ana Soto, arrived.",
                Datelines.separated("Headline\nSan Marcos, 3 March 2024: The envoy, H.E. Ana Soto, arrived."));
        assertDateline("Headline\nSAN MARCOS (Ruritania), Mar 3: Ana Soto arrived.", "SAN MARCOS", null);
    }

    @Test
    void placeLinesAreTheShortLinesAboveTheLede() {
        Article a = article("Staff Writer\n\nSAN MARCOS\n\nAna Soto met Ivo Ruiz on Monday.\n\nLIMA\n\nThey left.");
        assertEquals(List.of("SAN MARCOS"), Datelines.placeLines(a).stream().map(Dateline::place).toList());
        Dateline line = Datelines.placeLines(a).get(0);
        assertTrue(a.text().startsWith("SAN MARCOS", line.placeBegin()), "offset " + line.placeBegin());
        // A byline in capitals has the same shape; a place in lower case needs a state or a date.
        assertEquals(List.of("ANA SOTO", "San Marcos"), Datelines.placeLines(article("ANA SOTO\n\nSan Marcos, Ruritania, March 3\n\n"
                + "Talks began.")).stream().map(Dateline::place).toList());
        assertEquals(List.of(), Datelines.placeLines(article("Talks in Lima\n\nAna Soto met Ivo Ruiz.\n\nLIMA\n\nThey left.")));
    }

    @Test
    void aDateOfASecondCalendarMayStandBeforeTheGregorianOne() {
        assertDateline("Headline\n\nSan Marcos, Rajab 12, 1445, January 24, 2024, ACME -- Ana Soto received Ivo Ruiz.", "San Marcos",
                "ACME");
        assertEquals("San Marcos, Rajab 12, 1445, January 24, 2024, ACME .  Ana Soto left.",
                Datelines.separated("San Marcos, Rajab 12, 1445, January 24, 2024, ACME -- Ana Soto left."));
    }

    @Test
    void aBylineOrASignatureClosingWithAPlaceIsAPlaceCandidate() {
        assertEquals(List.of("San Marcos"), Datelines.placeLines(article("By Ana Soto and Ivo Ruiz, San Marcos\n\nTalks began."))
                .stream().map(Dateline::place).toList());
        assertEquals(List.of("Ana Soto", "San Marcos"), Datelines.placeLines(article("Ana Soto, San Marcos\nMay 16, 2024\n\nTalks began."))
                .stream().map(Dateline::place).toList());
    }

    @Test
    void aColonDatelineMayStandBelowLinesWithoutAFullStop() {
        assertDateline("Headline\n\nACME NEWS\nJune 02, 2025\n\nSAN MARCOS: Ana Soto met Ivo Ruiz on Sunday to discuss the border dispute.",
                "SAN MARCOS", null);
        // A line with a full stop ends the search: the colon below it opens no story.
        assertEquals(Optional.empty(), Datelines.lead(article("Headline\n\nTalks began.\n\nSAN MARCOS: Ana Soto met Ivo Ruiz on Sunday "
                + "to discuss the border dispute.")));
    }

    private static void assertDateline(String body, String place, String agency) {
        Article a = article(body);
        Dateline d = Datelines.lead(a).orElseThrow(() -> new AssertionError("no dateline in: " + body));
        assertEquals(place, d.place());
        assertEquals(agency, d.agency());
        assertTrue(a.text().startsWith(place, d.placeBegin()), "offset " + d.placeBegin());
    }

    private static Article article(String body) {
        return new Article("a", "a.txt", "date 2024-03-03\n" + body, "date 2024-03-03\n".length(), LocalDate.of(2024, 3, 3));
    }
}
