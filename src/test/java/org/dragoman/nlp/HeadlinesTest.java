package org.dragoman.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class HeadlinesTest {
    private static final String LEDE = "The Ruritanian foreign minister, Ana Lenko, held talks with her Borduria counterpart"
            + " Ivo Marek in Strel on Monday, the first such meeting in a decade, officials said.";

    @Test
    void aHeadlineOnALineOfItsOwnEndsAtItsLineBreak() {
        String body = "Ruritania and Borduria hold talks in Strel\n" + LEDE + "\n" + LEDE;
        assertEquals(OptionalInt.of(body.indexOf('\n')), Headlines.end(body));
    }

    @Test
    void leadingBlanksAndAQuotedHeadlineAreRead() {
        String body = " \n'Ruritania will not yield', says Lenko\n\u201cWe will not yield,\u201d " + LEDE;
        assertEquals(OptionalInt.of(body.indexOf('\n', 2)), Headlines.end(body));
    }

    @Test
    void aBlankLineAlreadyBreaksTheSentence() {
        assertTrue(Headlines.end("Ruritania and Borduria hold talks\n\n" + LEDE).isEmpty());
    }

    @Test
    void aLineEndingInAStopIsNoHeadline() {
        assertTrue(Headlines.end("Ruritania and Borduria hold talks.\n" + LEDE).isEmpty());
        assertTrue(Headlines.end("Talks \u201cwill go on.\u201d\n" + LEDE).isEmpty());
    }

    @Test
    void aLineContinuedInLowerCaseIsNoHeadline() {
        assertTrue(Headlines.end("Ruritania and Borduria hold talks\nin Strel, " + LEDE).isEmpty());
    }

    @Test
    void hardWrappedTextIsNoHeadline() {
        String wrapped = "The Ruritanian foreign minister, Ana Lenko, met on Monday with\n"
                + "Ivo Marek, her Borduria counterpart, in Strel, officials said on\n"
                + "Tuesday, after weeks of quarrels over the shared border.";
        assertTrue(Headlines.end(wrapped).isEmpty());
    }

    @Test
    void aBodyOfOneLineHasNoHeadline() {
        assertTrue(Headlines.end(LEDE).isEmpty());
        assertEquals(LEDE, Headlines.separated(LEDE));
    }

    @Test
    void aHeadlineRunIntoADatelineIsSetApartKeepingTheLength() {
        String body = "Ruritania, Borduria Hold Talks in Strel-STREL \u2014\u00a0-" + LEDE;
        assertEquals(OptionalInt.of(body.indexOf('-')), Headlines.end(body));
        String separated = Headlines.separated(body);
        assertEquals(body.length(), separated.length());
        assertTrue(separated.startsWith("Ruritania, Borduria Hold Talks in Strel STREL .\u00a0 The Ruritanian"), separated);
        String spaced = "Lenko Meets Marek in Strel - STREL, BORDURIA \u2014 " + LEDE;
        assertEquals(OptionalInt.of(spaced.indexOf('-')), Headlines.end(spaced));
        assertTrue(Headlines.separated(spaced).startsWith("Lenko Meets Marek in Strel   STREL, BORDURIA . The"), Headlines.separated(spaced));
    }

    @Test
    void aHeadlineRunIntoItsLedeByAHyphenAfterASpaceEndsThere() {
        String body = "Talks in Strel Bring Hope, Fears -" + LEDE;
        assertEquals(OptionalInt.of(body.indexOf(" -") + 1), Headlines.end(body));
        assertEquals("Talks in Strel Bring Hope, Fears  " + LEDE, Headlines.separated(body));
    }

    @Test
    void aHyphenatedNameAfterAFewCapitalisedWordsIsNoJoin() {
        String body = "Ruritanian President Lee-Marek met Borduria's foreign minister in Strel on Monday.";
        assertTrue(Headlines.end(body).isEmpty());
        assertEquals(body, Headlines.separated(body));
    }

    @Test
    void hyphensWithinWordsAndHeadlinesOnTheirOwnLineAreNoJoins() {
        String compound = "Ruritania's Ex-Minister Ana Lenko-Marek met Ivo Marek in Strel on Monday, officials said.";
        assertTrue(Headlines.end(compound).isEmpty());
        assertEquals(compound, Headlines.separated(compound));
        String ownLine = "Talks in Strel - STREL \u2014 hopes rise\n" + LEDE;
        assertEquals(ownLine, Headlines.separated(ownLine));
    }
}
