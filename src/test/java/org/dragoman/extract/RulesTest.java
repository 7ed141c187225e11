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
        assertTrue(EntityExtractor.initialsMatch("Economic Community of Ruritanian States", "ECORS"), "a small word's letter kept");
        assertFalse(EntityExtractor.initialsMatch("Bank of Osterlich", "BOO"), "three letters with a small word's are too few");
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
        assertEquals("we will meet again", Spans.clean("\"we will meet again\""));
        assertEquals("talks went well", Spans.clean("talks went well,"));
        assertEquals("the \"irresponsible\" policy", Spans.clean("the \"irresponsible\" policy"));
    }

    @Test
    void cuesMapToCameoRoots() {
        VerbLexicon verbs = VerbLexicon.bundled();
        assertEquals(SpeechAct.APPEAL, verbs.act("urge"));
        assertEquals(SpeechAct.DISAPPROVE, verbs.act("criticise"));
        assertEquals(SpeechAct.REJECT, verbs.act("deny"));
        assertEquals(SpeechAct.THREATEN, verbs.act("threaten"));
        assertEquals(SpeechAct.INTENT_TO_COOPERATE, verbs.act("pledge"));
        assertEquals(SpeechAct.STATEMENT, verbs.act("say"));
        assertEquals(SpeechAct.STATEMENT, verbs.act("sing"), "a verb not listed is a plain statement");
    }

    @Test
    void verbLexiconTellsHowEachVerbReports() {
        VerbLexicon verbs = VerbLexicon.bundled();
        assertTrue(verbs.isCue("say") && verbs.isClauseVerb("say") && !verbs.takesHearerObject("say"));
        assertTrue(verbs.takesHearerObject("tell"));
        assertTrue(verbs.takesObjectContent("call") && verbs.needsPredicate("call") && verbs.isAppealFor("call"));
        assertTrue(verbs.isQuoteOnly("continue") && !verbs.isCue("continue"));
        assertTrue(verbs.isAppealFor("push") && !verbs.isCue("push"), "an appeal verb need not be a cue");
        assertTrue(verbs.isSourceNoun("statement") && !verbs.isSourceNoun("minister"));
        assertFalse(verbs.isCue("sing") || verbs.isQuoteOnly("sing") || verbs.isSourceNoun("sing"));
    }

    @Test
    void statementRulesRunInDeclaredOrder() {
        StatementRule first = new CueVerbRule();
        StatementRule clash = new StatementRule() {
            public String name() {
                return "clash";
            }

            public Scope scope() {
                return Scope.TOKEN;
            }

            public int priority() {
                return first.priority();
            }

            public void find(StatementContext ctx, org.dragoman.nlp.Sentence s, int t) {
            }
        };
        VerbLexicon verbs = VerbLexicon.bundled();
        GenderLexicon genders = GenderLexicon.load();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new StatementExtractor(verbs, genders, List.of(first, clash)));
    }
}
