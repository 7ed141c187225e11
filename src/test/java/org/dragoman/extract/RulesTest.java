package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dragoman.model.SpeechAct;
import org.junit.jupiter.api.Test;

/** The pure pieces of the extraction rules, without models. */
class RulesTest {
    @Test
    void sutimeValuesKeepTheirPrecision() {
        assertEquals("2021-08-20", DateResolver.parse("2021-08-20").iso());
        assertEquals("2020-06", DateResolver.parse("2020-06").iso());
        assertEquals("1989", DateResolver.parse("1989").iso());
        assertEquals("2021-08-20", DateResolver.parse("2021-08-20T10:00").iso());
        assertNull(DateResolver.parse("2021-W33"), "a week has no single date");
        assertNull(DateResolver.parse("XXXX-08-23"), "an unanchored date stays unresolved");
        assertNull(DateResolver.parse("PRESENT_REF"));
    }

    @Test
    void acronymsMatchInitials() {
        assertTrue(EntityExtractor.initialsMatch("Organization of American States", "OAS"));
        assertTrue(EntityExtractor.initialsMatch("North Atlantic Treaty Organization", "NATO"));
        assertFalse(EntityExtractor.initialsMatch("World Health Organization", "NATO"));
    }

    @Test
    void namesAreCleanedAndSlugged() {
        assertEquals("Chile", EntityExtractor.cleanName("Chile's"));
        assertEquals("Senate", EntityExtractor.cleanName("the Senate"));
        assertEquals("ana-maria-lopez", EntityExtractor.slug("Ana María López"));
        assertEquals(List.of("ana", "soto"), EntityExtractor.words("Ana  Soto!"));
    }

    @Test
    void quoteMarksAndTrailingPunctuationAreStripped() {
        assertEquals("we will meet again", StatementExtractor.clean("\"we will meet again\""));
        assertEquals("talks went well", StatementExtractor.clean("talks went well,"));
        assertEquals("the \"irresponsible\" policy", StatementExtractor.clean("the \"irresponsible\" policy"));
    }

    @Test
    void cuesMapToCameoRoots() {
        assertEquals(SpeechAct.APPEAL, SpeechActs.of("urge"));
        assertEquals(SpeechAct.DISAPPROVE, SpeechActs.of("criticise"));
        assertEquals(SpeechAct.REJECT, SpeechActs.of("deny"));
        assertEquals(SpeechAct.THREATEN, SpeechActs.of("threaten"));
        assertEquals(SpeechAct.INTENT_TO_COOPERATE, SpeechActs.of("pledge"));
        assertEquals(SpeechAct.STATEMENT, SpeechActs.of("say"));
    }
}
