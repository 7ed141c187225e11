package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.EventDate;
import org.dragoman.model.Status;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Mention;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;
import org.junit.jupiter.api.Test;

/** Relative times, status from governing verbs and group names, on hand-written parses of made-up sentences. */
class TimeAndStatusRulesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);

    /** Dates read in a one-sentence article published on {@link #TUESDAY}. */
    private static DateResolver resolverFor(Sentence s) {
        return new DateResolver(new org.dragoman.nlp.AnnotatedArticle(
                new org.dragoman.model.Article("t", "t.txt", s.text(), 0, TUESDAY), List.of(s), List.of(), List.of(), List.of()));
    }

    /** Tokens written {@code word/lemma/POS/NER/normalised}, the last two optional. */
    private static Sentence sentence(String tagged, Dependency... edges) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String item : tagged.trim().split("\\s+")) {
            String[] f = item.split("/");
            int begin = text.length();
            text.append(f[0]).append(' ');
            tokens.add(new Token(tokens.size(), f[0], f[1], f[2], f.length > 3 ? f[3] : "O", f.length > 4 ? f[4] : null,
                    begin, begin + f[0].length()));
        }
        String t = text.toString().strip();
        return new Sentence(0, 0, t.length(), t, tokens, List.of(edges));
    }

    @Test
    void aCountedSpanAgoIsCountedBackToItsUnit() {
        assertEquals("2026-01", DateResolver.countedBack(sentence("two/two/CD months/month/NNS ago/ago/RB").tokens(), TUESDAY).iso());
        assertEquals("2023", DateResolver.countedBack(sentence("three/three/CD years/year/NNS ago/ago/RB").tokens(), TUESDAY).iso());
        assertEquals("2026-03-06", DateResolver.countedBack(sentence("4/4/CD days/day/NNS ago/ago/RB").tokens(), TUESDAY).iso());
        assertEquals("2026-02", DateResolver.countedBack(sentence("two/two/CD weeks/week/NNS ago/ago/RB").tokens(), TUESDAY).iso());
        assertNull(DateResolver.countedBack(sentence("a/a/DT few/few/JJ ago/ago/RB").tokens(), TUESDAY));
        assertNull(DateResolver.countedBack(sentence("two/two/CD months/month/NNS later/later/RB").tokens(), TUESDAY));
    }

    @Test
    void aLaterWeekOrThisWeekendIsAhead() {
        assertTrue(DateResolver.isLaterWeek("2026-W12", TUESDAY));
        assertTrue(DateResolver.isLaterWeek("2026-W11-WE", TUESDAY));
        assertFalse(DateResolver.isLaterWeek("2026-W11", TUESDAY));
        assertFalse(DateResolver.isLaterWeek("2026-W10", TUESDAY));
        assertFalse(DateResolver.isLaterWeek("2026-03", TUESDAY));
    }

    @Test
    void aWeekWithinOneMonthIsThatMonth() {
        // 2026-W11 is 9-15 March; 2026-W14 is 30 March to 5 April, whose weekend is in April.
        assertEquals("2026-03", DateResolver.weekMonth("2026-W11").iso());
        assertNull(DateResolver.weekMonth("2026-W14"));
        assertEquals("2026-04", DateResolver.weekMonth("2026-W14-WE").iso());
        assertNull(DateResolver.weekMonth("2026-03-09"));
        assertNull(DateResolver.weekMonth(null));
    }

    @Test
    void thePartOfANamedWeekdayIsThatDayWhenTheWeekdayAgrees() {
        // "in the early hours of Monday" in an article of Monday 2026-03-09
        assertEquals(new EventDate("2026-03-09"), DateResolver.parse("2026-03-09-WXX-1 INTERSECT PTXH"));
        assertNull(DateResolver.parse("2026-03-09-WXX-3 INTERSECT PTXH"));
        assertNull(DateResolver.parse("2026-W11"));
        assertEquals(new EventDate("2026-03-09"), DateResolver.parse("2026-03-09TEV"));
    }

    @Test
    void aDurationOnAWeekdayInThePastIsTheLastSuchWeekday() {
        // "Ana Soto met Ivo Ruiz for three hours on Sunday" in an article of Tuesday 2026-03-10: SUTime gives the
        // coming Sunday, joined to the duration.
        String value = "2026-03-15-WXX-7 INTERSECT PT3H";
        String[] words = {"Ana", "met", "Ivo", "for", "three", "hours", "on", "Sunday"};
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            int begin = text.length();
            text.append(words[i]).append(' ');
            boolean date = i >= 4;
            tokens.add(new Token(i, words[i], words[i], i == 1 ? "VBD" : "NN", date ? "DATE" : "O", date ? value : null, begin,
                    begin + words[i].length()));
        }
        String t = text.toString().strip();
        Sentence s = new Sentence(0, 0, t.length(), t, tokens, List.of());
        DateResolver dates = resolverFor(s);
        assertEquals(new EventDate("2026-03-08"), dates.forTense(s, new EventDate("2026-03-15"), false));
        assertEquals(new EventDate("2026-03-15"), dates.forTense(s, new EventDate("2026-03-15"), true));
    }

    @Test
    void laterThisMonthIsTheMonthButAFewDaysLaterIsNoDate() {
        Sentence month = sentence("later/later/RB/DATE/2026-03 this/this/DT/DATE/2026-03 month/month/NN/DATE/2026-03");
        assertTrue(DateResolver.wholePeriod(month.tokens(), new EventDate("2026-03")));
        Sentence days = sentence("a/a/DT/DATE/2026-03-13 few/few/JJ/DATE/2026-03-13 days/day/NNS/DATE/2026-03-13 "
                + "later/later/RB/DATE/2026-03-13");
        assertFalse(DateResolver.wholePeriod(days.tokens(), new EventDate("2026-03-13")));
        Sentence months = sentence("a/a/DT/DATE/2026-05 few/few/JJ/DATE/2026-05 months/month/NNS/DATE/2026-05 "
                + "later/later/RB/DATE/2026-05");
        assertFalse(DateResolver.wholePeriod(months.tokens(), new EventDate("2026-05")));
    }

    @Test
    void nextTuesdayIsOneDayButNextWeekIsNot() {
        Sentence day = sentence("next/next/JJ/DATE/2026-03-17 Tuesday/Tuesday/NNP/DATE/2026-03-17");
        assertTrue(DateResolver.namedWeekday(day.tokens()));
        Sentence week = sentence("next/next/JJ/DATE/2026-W12 week/week/NN/DATE/2026-W12");
        assertFalse(DateResolver.namedWeekday(week.tokens()));
        Sentence later = sentence("later/later/RB/DATE/2026-03-14 Saturday/Saturday/NNP/DATE/2026-03-14");
        assertTrue(DateResolver.namedWeekday(later.tokens()), "'later Saturday' is a time of that Saturday");
        Sentence laterWeek = sentence("later/later/RB/DATE/2026-W12 this/this/DT/DATE/2026-W12 week/week/NN/DATE/2026-W12");
        assertFalse(DateResolver.namedWeekday(laterWeek.tokens()));
    }

    @Test
    void presentTenseMeetingThisWeekendIsPlanned() {
        // "Ana Soto meets Ivo Ruiz this weekend."
        Sentence s = sentence("Ana/Ana/NNP Soto/Soto/NNP meets/meet/VBZ Ivo/Ivo/NNP Ruiz/Ruiz/NNP "
                + "this/this/DT/DATE/2026-W11-WE weekend/weekend/NN/DATE/2026-W11-WE",
                new Dependency("compound", 1, 0), new Dependency("nsubj", 2, 1), new Dependency("root", -1, 2),
                new Dependency("compound", 4, 3), new Dependency("obj", 2, 4), new Dependency("det", 6, 5),
                new Dependency("obl:tmod", 2, 6));
        assertEquals(Status.PLANNED, EventStatus.of(s, 2, null, TUESDAY));
    }

    @Test
    void aModalPerfectTellsWhatDidNotHappen() {
        // "Ana Soto would have met Ivo Ruiz." / "Ana Soto would meet Ivo Ruiz."
        Sentence perfect = sentence("Ana/Ana/NNP Soto/Soto/NNP would/would/MD have/have/VB met/meet/VBN Ivo/Ivo/NNP Ruiz/Ruiz/NNP",
                new Dependency("compound", 1, 0), new Dependency("nsubj", 4, 1), new Dependency("aux", 4, 2),
                new Dependency("aux", 4, 3), new Dependency("root", -1, 4), new Dependency("compound", 6, 5),
                new Dependency("obj", 4, 6));
        assertEquals(Status.HYPOTHETICAL, EventStatus.of(perfect, 4, null, TUESDAY));
        Sentence plain = sentence("Ana/Ana/NNP Soto/Soto/NNP would/would/MD meet/meet/VB Ivo/Ivo/NNP Ruiz/Ruiz/NNP",
                new Dependency("compound", 1, 0), new Dependency("nsubj", 3, 1), new Dependency("aux", 3, 2),
                new Dependency("root", -1, 3), new Dependency("compound", 5, 4), new Dependency("obj", 3, 5));
        assertEquals(Status.PLANNED, EventStatus.of(plain, 3, null, TUESDAY));
    }

    @Test
    void beToIsAnArrangementWhicheverWayTheParserHangsBe() {
        // "Ana Soto was to fly to Strelsau.": parsers give "was" as aux or as cop.
        for (String relation : List.of("aux", "cop")) {
            Sentence s = sentence("Ana/Ana/NNP Soto/Soto/NNP was/be/VBD to/to/TO fly/fly/VB to/to/IN Strelsau/Strelsau/NNP",
                    new Dependency("compound", 1, 0), new Dependency("nsubj", 4, 1), new Dependency(relation, 4, 2),
                    new Dependency("mark", 4, 3), new Dependency("root", -1, 4), new Dependency("case", 6, 5),
                    new Dependency("obl:to", 4, 6));
            assertEquals(Status.PLANNED, EventStatus.of(s, 4, null, TUESDAY), relation);
        }
    }

    @Test
    void aNegatedPredicateOfTheMeetingDoesNotDenyIt() {
        // "Her meeting with Ivo Ruiz was not an endorsement."
        Sentence s = sentence("Her/she/PRP$ meeting/meeting/NN with/with/IN Ivo/Ivo/NNP Ruiz/Ruiz/NNP was/be/VBD not/not/RB "
                + "an/a/DT endorsement/endorsement/NN",
                new Dependency("nmod:poss", 1, 0), new Dependency("nsubj", 8, 1), new Dependency("case", 4, 2),
                new Dependency("compound", 4, 3), new Dependency("nmod:with", 1, 4), new Dependency("cop", 8, 5),
                new Dependency("advmod", 8, 6), new Dependency("det", 8, 7), new Dependency("root", -1, 8));
        assertEquals(Status.OCCURRED, EventStatus.of(s, 1, null, TUESDAY));
    }

    @Test
    void callingOffAPlannedVisitCancelsIt() {
        // "Ana Soto called off a planned visit."
        Sentence s = sentence("Ana/Ana/NNP Soto/Soto/NNP called/call/VBD off/off/RP a/a/DT planned/planned/JJ visit/visit/NN",
                new Dependency("compound", 1, 0), new Dependency("nsubj", 2, 1), new Dependency("root", -1, 2),
                new Dependency("compound:prt", 2, 3), new Dependency("det", 6, 4), new Dependency("amod", 6, 5),
                new Dependency("obj", 2, 6));
        assertEquals(Status.CANCELLED, EventStatus.of(s, 6, null, TUESDAY));
    }

    @Test
    void oneWordNameWithTheOrInCapitalsIsAGroup() {
        Sentence s = sentence("the/the/DT Quad/Quad/NNP/PERSON and/and/CC NORDA/NORDA/NNP/PERSON leaders/leader/NNS "
                + "met/meet/VBD Ana/Ana/NNP/PERSON Soto/Soto/NNP/PERSON");
        assertTrue(EntityExtractor.isGroupName(s, new Mention(0, 1, 2, 1, "Quad", "PERSON", 4, 8)));
        assertTrue(EntityExtractor.isGroupName(s, new Mention(0, 3, 4, 3, "NORDA", "PERSON", 13, 18)));
        assertFalse(EntityExtractor.isGroupName(s, new Mention(0, 6, 8, 7, "Ana Soto", "PERSON", 31, 39)));
        Sentence turn = sentence("HOLM/HOLM/NNP/PERSON :/:/: We/we/PRP agree/agree/VBP");
        assertFalse(EntityExtractor.isGroupName(turn, new Mention(0, 0, 1, 0, "HOLM", "PERSON", 0, 4)));
    }

    @Test
    void aWhenClauseUnderAPlanningVerbIsBackgroundNotPlanned() {
        // "The date was set last spring, when the two envoys met." with "when" hung as the clause's adverb
        Sentence s = sentence("The/the/DT date/date/NN was/be/VBD set/set/VBN last/last/JJ spring/spring/NN ,/,/, when/when/WRB "
                + "the/the/DT two/two/CD envoys/envoy/NNS met/meet/VBD",
                new Dependency("det", 1, 0), new Dependency("nsubj:pass", 3, 1), new Dependency("aux:pass", 3, 2),
                new Dependency("root", -1, 3), new Dependency("amod", 5, 4), new Dependency("obl:tmod", 3, 5),
                new Dependency("advcl", 3, 11), new Dependency("advmod", 11, 7), new Dependency("det", 10, 8),
                new Dependency("nummod", 10, 9), new Dependency("nsubj", 11, 10));
        assertEquals(Status.OCCURRED, EventStatus.of(s, 11, null, TUESDAY));
    }

    @Test
    void aBareMonthAfterTheArticlesIsLastYearsInThePast() {
        // "The envoys met in Lima again in June." in an article of March 2026: the verb is too far for SUTime, which
        // gives the nearer June, this year's.
        Sentence s = sentence("The/the/DT envoys/envoy/NNS met/meet/VBD in/in/IN Lima/Lima/NNP again/again/RB in/in/IN June/June/NNP/DATE/2026-06");
        DateResolver dates = resolverFor(s);
        assertEquals(new EventDate("2025-06"), dates.pastMonth(s, new EventDate("2026-06")));
        assertEquals(new EventDate("2026-02"), dates.pastMonth(s, new EventDate("2026-02")), "a month already past stays");
    }

    @Test
    void aPlannedMonthAndDayWithoutAYearIsTheComingOne() {
        // "Ana Soto announced that she would meet Ivo Ruiz on March 20" in an article of Tuesday 2026-03-10: SUTime
        // follows the past tense of "announced" and gives last year's day.
        Sentence s = sentence("Ana/Ana/NNP announced/announce/VBD that/that/IN she/she/PRP would/would/MD meet/meet/VB "
                + "Ivo/Ivo/NNP on/on/IN March/March/NNP/DATE/2025-03-20 20/20/CD/DATE/2025-03-20");
        DateResolver dates = resolverFor(s);
        assertEquals(new EventDate("2026-03-20"), dates.forTense(s, new EventDate("2025-03-20"), true));
        assertEquals(new EventDate("2025-03-20"), dates.forTense(s, new EventDate("2025-03-20"), false), "a past event keeps it");
        Sentence withYear = sentence("meet/meet/VB on/on/IN March/March/NNP/DATE/2025-03-20 20/20/CD/DATE/2025-03-20 "
                + ",/,/,/DATE/2025-03-20 2025/2025/CD/DATE/2025-03-20");
        DateResolver told = resolverFor(withYear);
        assertEquals(new EventDate("2025-03-20"), told.forTense(withYear, new EventDate("2025-03-20"), true), "a year told stays");
    }

    @Test
    void aMonthAfterAnHonorificIsASurnameNotADate() {
        // "Mrs May met Ivo Ruiz in March", with "May" tagged as a date.
        Sentence s = sentence("Mrs/Mrs/NNP May/May/NNP/DATE/2026-05 met/meet/VBD Ivo/Ivo/NNP in/in/IN March/March/NNP/DATE/2026-03");
        DateResolver dates = resolverFor(s);
        assertEquals(List.of(new EventDate("2026-03")), dates.dates(s).stream().map(DateResolver.DateSpan::date).toList());
    }

    @Test
    void thisMorningAndLastNightAreDaysButThisWeekIsNot() {
        Sentence morning = sentence("met/meet/VBD this/this/DT/TIME/2026-03-10TMO morning/morning/NN/TIME/2026-03-10TMO");
        DateResolver dates = resolverFor(morning);
        assertEquals(List.of(new EventDate("2026-03-10")), dates.dates(morning).stream().map(DateResolver.DateSpan::date).toList());
        Sentence night = sentence("met/meet/VBD last/last/JJ/TIME/2026-03-09TNI night/night/NN/TIME/2026-03-09TNI");
        assertTrue(DateResolver.partOfNamedDay(night.tokens().subList(1, 3)));
        assertFalse(DateResolver.partOfNamedDay(sentence("this/this/DT week/week/NN").tokens()));
    }

    @Test
    void aYearThatNamesAThingDatesNoEvent() {
        // "Ana Soto briefed Ivo Ruiz on the 2015 deal": the year says which deal, not when she briefed him.
        Sentence s = sentence("Ana/Ana/NNP briefed/brief/VBD Ivo/Ivo/NNP on/on/IN the/the/DT 2015/2015/CD/DATE/2015 deal/deal/NN",
                new Dependency("nsubj", 1, 0), new Dependency("obj", 1, 2), new Dependency("case", 6, 3), new Dependency("det", 6, 4),
                new Dependency("nummod", 6, 5), new Dependency("obl:on", 1, 6));
        assertNull(resolverFor(s).dateFor(s, 1));
        // "spoke at a Thursday rally": a date on the meeting noun itself is its date (the past verb reads it in the past).
        Sentence rally = sentence("spoke/speak/VBD at/at/IN a/a/DT Thursday/Thursday/NNP/DATE/2026-03-05 rally/rally/NN",
                new Dependency("obl:at", 0, 4), new Dependency("case", 4, 1), new Dependency("det", 4, 2), new Dependency("compound", 4, 3));
        assertEquals(new EventDate("2026-03-05"), resolverFor(rally).dateFor(rally, 4));
    }

    @Test
    void aDateHungOnTheMeetingsOwnPhraseDatesIt() {
        // "Ana met Ivo on the sidelines of a summit of regional leaders and envoys in Lima on March": the parser hangs
        // the day on the summit, too far from the verb to be the nearest date.
        Sentence s = sentence("Ana/Ana/NNP met/meet/VBD Ivo/Ivo/NNP on/on/IN the/the/DT sidelines/sideline/NNS of/of/IN a/a/DT "
                + "summit/summit/NN of/of/IN regional/regional/JJ leaders/leader/NNS and/and/CC envoys/envoy/NNS in/in/IN Lima/Lima/NNP "
                + "on/on/IN March/March/NNP/DATE/2026-03-05",
                new Dependency("nsubj", 1, 0), new Dependency("obj", 1, 2), new Dependency("case", 5, 3), new Dependency("det", 5, 4),
                new Dependency("obl:on", 1, 5), new Dependency("case", 8, 6), new Dependency("det", 8, 7), new Dependency("nmod:of", 5, 8),
                new Dependency("case", 11, 9), new Dependency("amod", 11, 10), new Dependency("nmod:of", 8, 11),
                new Dependency("cc", 13, 12), new Dependency("conj:and", 11, 13),
                new Dependency("case", 15, 14), new Dependency("nmod:in", 8, 15), new Dependency("case", 17, 16),
                new Dependency("nmod:on", 8, 17));
        assertEquals(new EventDate("2026-03-05"), resolverFor(s).dateFor(s, 1));
    }

    @Test
    void aLoneWeekdayIsReadFromItsOwnSentenceNotFromSutimesSharedValue() {
        // SUTime's value for a lone weekday can carry the tense of another document (CoreNLP issue 1061): each value
        // below is the other week's, and the sentence's own words decide. The article is of Tuesday 2026-03-10.
        Sentence past = sentence("Talks/talk/NNS on/on/IN Sunday/Sunday/NNP/DATE/2026-03-15 were/be/VBD tense/tense/JJ");
        assertEquals(List.of(new EventDate("2026-03-08")), dateValues(past));
        Sentence future = sentence("Ana/Ana/NNP will/will/MD travel/travel/VB on/on/IN Monday/Monday/NNP/DATE/2026-03-09");
        assertEquals(List.of(new EventDate("2026-03-16")), dateValues(future));
        Sentence going = sentence("Ana/Ana/NNP is/be/VBZ going/go/VBG to/to/TO Lima/Lima/NNP on/on/IN Monday/Monday/NNP/DATE/2026-03-09");
        assertEquals(List.of(new EventDate("2026-03-16")), dateValues(going));
        // No tense nearby: the nearer one, a Thursday two days on rather than five days back, a Sunday two days back.
        Sentence thursday = sentence("Talks/talk/NNS are/be/VBP set/set/VBN for/for/IN Thursday/Thursday/NNP/DATE/2026-03-05");
        assertEquals(List.of(new EventDate("2026-03-12")), dateValues(thursday));
        Sentence sunday = sentence("Talks/talk/NNS are/be/VBP set/set/VBN for/for/IN Sunday/Sunday/NNP/DATE/2026-03-15");
        assertEquals(List.of(new EventDate("2026-03-08")), dateValues(sunday));
        // The article's own weekday is its day whatever the tense.
        Sentence today = sentence("Ana/Ana/NNP met/meet/VBD Ivo/Ivo/NNP on/on/IN Tuesday/Tuesday/NNP/DATE/2026-03-03");
        assertEquals(List.of(new EventDate("2026-03-10")), dateValues(today));
    }

    @Test
    void aLoneMonthIsReadFromItsOwnSentenceAndAWeekdayInALongerDateIsLeft() {
        // Measured from the month's first day: February is 37 days back, October 205 days on against 160 back.
        Sentence february = sentence("Talks/talk/NNS are/be/VBP set/set/VBN for/for/IN February/February/NNP/DATE/2027-02");
        assertEquals(List.of(new EventDate("2026-02")), dateValues(february));
        Sentence october = sentence("Talks/talk/NNS are/be/VBP set/set/VBN for/for/IN October/October/NNP/DATE/2026-10");
        assertEquals(List.of(new EventDate("2025-10")), dateValues(october));
        Sentence future = sentence("Ana/Ana/NNP will/will/MD visit/visit/VB in/in/IN February/February/NNP/DATE/2026-02");
        assertEquals(List.of(new EventDate("2027-02")), dateValues(future));
        // "Sunday, March 15": the weekday is part of a longer date, whose value stands.
        Sentence full = sentence("Ana/Ana/NNP met/meet/VBD Ivo/Ivo/NNP on/on/IN Sunday/Sunday/NNP/DATE/2026-03-15 ,/,/,/DATE/2026-03-15 "
                + "March/March/NNP/DATE/2026-03-15 15/15/CD/DATE/2026-03-15");
        assertEquals(List.of(new EventDate("2026-03-15")), dateValues(full));
        // A value that is not the weekday named belongs to something else and stands too.
        assertNull(LoneDates.reading(sunday("2026-03-16"), 4, new EventDate("2026-03-16"), TUESDAY));
    }

    private static Sentence sunday(String value) {
        return sentence("Talks/talk/NNS are/be/VBP set/set/VBN for/for/IN Sunday/Sunday/NNP/DATE/" + value);
    }

    private static List<EventDate> dateValues(Sentence s) {
        return resolverFor(s).dates(s).stream().map(DateResolver.DateSpan::date).toList();
    }
}
