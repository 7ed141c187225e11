package org.dragoman.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dragoman.extract.Extractor;
import org.dragoman.link.EntityLinker;
import org.dragoman.model.ArticleReader;
import org.dragoman.model.Entity;
import org.dragoman.model.Extraction;
import org.dragoman.model.EntityType;
import org.dragoman.model.Meeting;
import org.dragoman.model.Mode;
import org.dragoman.model.SpeechAct;
import org.dragoman.model.Statement;
import org.dragoman.model.Status;
import org.dragoman.model.Visit;
import org.junit.jupiter.api.Test;

/** One made-up sentence per pattern family, through the real models. */
class PatternsIT {
    private static Extraction extract(String text) {
        var article = new ArticleReader(null).parse("t", "t.txt", text);
        var kb = SharedPipeline.knowledgeBase();
        return new EntityLinker(kb).link(new Extractor(kb).extract(SharedPipeline.pipeline().annotate(article)));
    }

    private static Set<String> labels(Extraction x, List<String> ids) {
        return ids.stream().map(id -> x.entity(id).map(Entity::label).orElse("?")).collect(Collectors.toSet());
    }

    private static List<Meeting> meetings(Extraction x) {
        return x.events().stream().filter(Meeting.class::isInstance).map(Meeting.class::cast).toList();
    }

    private static List<Statement> statements(Extraction x) {
        return x.events().stream().filter(Statement.class::isInstance).map(Statement.class::cast).toList();
    }

    private static String label(Extraction x, String id) {
        return id == null ? null : x.entity(id).map(Entity::label).orElse(null);
    }

    @Test
    void passiveTrigger() {
        Extraction x = extract("date 2022-03-10 Premier Li Wenbo was received by President Omar Farid in Cairo on Tuesday.");
        Meeting m = meetings(x).get(0);
        assertEquals(Set.of("Li Wenbo", "Omar Farid"), labels(x, m.participants()));
        assertEquals("Cairo", label(x, m.place()));
        assertEquals("2022-03-08", m.date().iso());
    }

    @Test
    void nominalTriggerWithCounterpart() {
        Extraction x = extract("date 2022-03-10 Foreign Minister Anna Berg held talks with her Norwegian counterpart Lars Holm in Oslo on Monday.");
        Meeting m = meetings(x).get(0);
        assertEquals(Set.of("Anna Berg", "Lars Holm"), labels(x, m.participants()));
        assertEquals("Oslo", label(x, m.place()));
        assertEquals(Status.OCCURRED, m.status());
        assertEquals(Mode.IN_PERSON, m.mode());
    }

    @Test
    void conjoinedParticipants() {
        Extraction x = extract("date 2022-03-10 Prime Minister Kenji Sato and Chancellor Olaf Weber met in Berlin.");
        Meeting m = meetings(x).get(0);
        assertEquals(Set.of("Kenji Sato", "Olaf Weber"), labels(x, m.participants()));
        assertEquals("Berlin", label(x, m.place()));
    }

    @Test
    void theTwoMinistersAreThePairNamedBefore() {
        Extraction x = extract("date 2024-03-14 Ruritanian Foreign Minister Ana Soto Ruiz and her Bordurian counterpart Ivo Kranj "
                + "agreed on Wednesday to set up a border commission.\n\nThe two ministers met for three hours at the Old Palace in Lima.");
        Meeting m = meetings(x).get(0);
        assertEquals(Set.of("Ana Soto Ruiz", "Ivo Kranj"), labels(x, m.participants()));
        assertEquals(Status.OCCURRED, m.status());
    }

    @Test
    void aRelativeClauseOnTheOpeningNameDoesNotLoseTheCaller() {
        Extraction x = extract("date 2024-05-07 Soto, who is on a three-day visit to Borduria and Ruritania, also spoke by phone "
                + "with Ruritanian Foreign Minister Ivo Kranj ahead of her planned arrival in Lima on Wednesday, a ministry spokesman said.");
        Meeting call = firstCall(x);
        assertEquals(Set.of("Soto", "Ivo Kranj"), labels(x, call.participants()));
    }

    @Test
    void calledToDiscussIsAPhoneCallAndARepeatedWithIsASecondCall() {
        Extraction x = extract("date 2024-10-24 Ivo Kranj later called Ruritanian Foreign Minister Ana Soto to discuss the border. "
                + "Kranj also held phone calls with Bordurian Foreign Minister Luis Vela on Wednesday and with Acmean Foreign "
                + "Minister Eva Lind on Tuesday.");
        List<Meeting> calls = meetings(x).stream().filter(m -> m.mode() == Mode.PHONE).toList();
        assertEquals(Set.of(Set.of("Ivo Kranj", "Ana Soto"), Set.of("Ivo Kranj", "Luis Vela"), Set.of("Ivo Kranj", "Eva Lind")),
                calls.stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet()));
        assertEquals("2024-10-22", calls.stream().filter(m -> labels(x, m.participants()).contains("Eva Lind")).findFirst()
                .orElseThrow().date().iso());
    }

    @Test
    void aDatedCallIsACallAndAReplacedVisitIsCancelled() {
        Extraction x = extract("date 2024-06-05 The virtual meeting replaced a visit by Ivo Ruiz to Lima that had been planned "
                + "for this week. Ana Soto had already called Ruiz on May 8 to offer condolences.");
        Meeting call = firstCall(x);
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(x, call.participants()));
        assertEquals("2024-05-08", call.date().iso());
        assertEquals(Status.CANCELLED, visits(x).get(0).status());
    }

    @Test
    void theTwoMinistersAreTheLedesPairWhenTheSentenceBeforeNamesNone() {
        Extraction x = extract("date 2024-10-30 Ruritania and Borduria talk\n\nRuritanian Foreign Minister Ana Soto met her Bordurian "
                + "counterpart Ivo Kranj in New York in September.\n\nRelations have since soured over fishing rights.\n\n"
                + "The two ministers spoke by telephone on Monday, according to a diplomatic source.");
        Meeting call = firstCall(x);
        assertEquals(Set.of("Ana Soto", "Ivo Kranj"), labels(x, call.participants()));
        Extraction three = extract("date 2024-10-30 Ana Soto met Ivo Ruiz in Lima.\n\nMarkets rose.\n\nThe three leaders met again in May.");
        assertEquals(List.of(), meetings(three).stream().filter(m -> m.date() != null && m.date().iso().startsWith("2024-05")).toList(),
                "two named before are not 'the three leaders'");
    }

    @Test
    void theTwoAreWhoMetInTheSentenceBefore() {
        Extraction x = extract("date 2024-06-07 Ruritanian Foreign Minister Ana Soto met Ivo Ruiz in Lima on Monday.\n\n"
                + "The two spoke again by phone on Thursday.");
        Meeting call = firstCall(x);
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(x, call.participants()));
        assertEquals("2024-06-06", call.date().iso());
    }

    @Test
    void aMeetingPlannedInARelativeClauseButPostponedIsCancelled() {
        Extraction x = extract("date 2024-03-14 A meeting between Ana Soto and Bordurian Vice Foreign Minister Ivo Kranj that had been "
                + "planned for May in Lima was postponed at short notice.");
        Meeting m = meetings(x).get(0);
        assertEquals(Set.of("Ana Soto", "Ivo Kranj"), labels(x, m.participants()));
        assertEquals(Status.CANCELLED, m.status());
    }

    @Test
    void aWireDatelineIsNoSubjectOfTheLede() {
        Extraction x = extract("date 2024-10-30 LIMA, Oct 30, 2024 (Acme) - A visit to Borduria by Ruritanian Foreign Minister Ana Soto, "
                + "which had been scheduled for next week, has been postponed, the Ruritanian foreign ministry said Wednesday.");
        Visit v = visits(x).get(0);
        assertEquals(Set.of("Ana Soto"), labels(x, v.visitors()));
        assertEquals(Status.CANCELLED, v.status());
    }

    @Test
    void aRefusalToCommentIsNoStatement() {
        Extraction x = extract("date 2024-10-30 Spokesman Ivo Kranj refused to comment on media reports that Ana Soto had met a "
                + "Bordurian envoy. Kranj declined to confirm that the two had spoken by phone.");
        assertEquals(List.of(), statements(x));
    }

    @Test
    void pronounSpeakerResolvesToName() {
        Extraction x = extract("date 2022-03-10 Maria Lopez arrived in Madrid on Monday. She said that the negotiations had been constructive.");
        Statement s = statements(x).stream().filter(st -> st.content().contains("negotiations")).findFirst().orElseThrow();
        assertEquals("Maria Lopez", label(x, s.speaker()));
        assertEquals("the negotiations had been constructive", s.content());
        assertEquals("said", s.cue());
    }

    @Test
    void plannedMeeting() {
        Extraction x = extract("date 2022-03-10 President Paul Kagara will meet Prime Minister Ahmed Noor in Nairobi on Friday.");
        Meeting m = meetings(x).get(0);
        assertEquals(Status.PLANNED, m.status());
        assertEquals("2022-03-11", m.date().iso());
        assertEquals(Set.of("Paul Kagara", "Ahmed Noor"), labels(x, m.participants()));
    }

    @Test
    void deniedMeeting() {
        Extraction x = extract("date 2022-03-10 Minister Ivan Petrov did not meet Senator Tom Baker in Vienna.");
        Meeting m = meetings(x).get(0);
        assertEquals(Status.DENIED, m.status());
    }

    @Test
    void phoneCall() {
        Extraction x = extract("date 2022-03-10 President Luis Moreno spoke by phone with Chancellor Eva Schmidt on Wednesday.");
        Meeting m = meetings(x).get(0);
        assertEquals(Mode.PHONE, m.mode());
        assertEquals(Set.of("Luis Moreno", "Eva Schmidt"), labels(x, m.participants()));
        assertEquals("2022-03-09", m.date().iso());
    }

    @Test
    void headlineAttribution() {
        Extraction x = extract("date 2022-03-10 Sanctions will not end the war: Kofi Mensah\n\nKofi Mensah spoke in Accra on Tuesday.");
        Statement s = statements(x).stream().filter(st -> st.cue().equals(":")).findFirst().orElseThrow();
        assertEquals("Kofi Mensah", label(x, s.speaker()));
        assertEquals("Sanctions will not end the war", s.content());
    }

    @Test
    void appealWithAddressee() {
        Extraction x = extract("date 2022-03-10 The Italian Foreign Ministry urged Libya to hold elections before the end of the year.");
        Statement s = statements(x).get(0);
        assertEquals("urged", s.cue());
        assertEquals("Libya", label(x, s.addressee()));
        assertTrue(s.content().startsWith("Libya to hold elections"), s.content());
        assertEquals("02", s.act().cameo());
    }

    @Test
    void theSubjectOfAWithPhraseSpeaksAndAParticipleOnAClosingReportIsItsSpeakers() {
        Extraction x = extract("date 2020-03-04 Summit\n\nLeaders of the Acme Union wrapped up their summit in Lima on Sunday, with "
                + "Ruritanian Prime Minister Tomas Marek, this year's chair, calling for \"a stronger and more united union\" in the face "
                + "of rising trade tensions.\n\nAna Soto has postponed a planned trip to Lima, the Borduran Foreign Ministry said, adding "
                + "that no new date had been set.");
        assertEquals("Tomas Marek", label(x, statementWith(x, "more united union").speaker()));
        assertEquals("Borduran Foreign Ministry", label(x, statementWith(x, "no new date").speaker()));
    }

    @Test
    void theOneWhoJoinsTheTwoLeadersMeetsThePairTheLedeNamed() {
        Extraction x = extract("date 2010-05-17 Talks\n\nChilean President Ana Soto held talks with Peruvian President Ivo Ruiz in "
                + "Lima on Sunday.\n\nThe talks lasted three hours, officials said.\n\nBolivian President Tomas Marek flew in early on "
                + "Sunday. He was expected to join the two presidents for a three-way meeting on Monday.");
        assertTrue(meetings(x).stream().anyMatch(m -> m.status() == Status.PLANNED && labels(x, m.participants()).containsAll(
                Set.of("Tomas Marek", "Ana Soto"))), meetings(x).toString());
    }

    @Test
    void anAnsweredOfferOfTalksIsAMeetingOfTheOneWhoAnswersAndTheOneWhoOffered() {
        Extraction x = extract("date 2018-10-08 Talks\n\nRuritanian leader Ivo Ruiz also accepted Borduran President Ana Soto's offer of a "
                + "fourth summit, the agency said.\n\nTomas Marek had turned down an offer for an informal encounter with Pedro Lenko at a lunch.");
        assertTrue(meetings(x).stream().anyMatch(m -> m.status() == Status.PLANNED && labels(x, m.participants()).equals(
                Set.of("Ivo Ruiz", "Ana Soto"))), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> m.status() == Status.CANCELLED && labels(x, m.participants()).equals(
                Set.of("Tomas Marek", "Pedro Lenko"))), meetings(x).toString());
    }

    @Test
    void bannersThatWelcomeSomeoneMakeNoMeeting() {
        Extraction x = extract("date 2015-07-20 Visit\n\nOutside the palace, a few dozen Chilean-Americans gathered in the park with "
                + "banners welcoming Ivo Ruiz, while a smaller group of protesters demanded the release of prisoners.");
        assertEquals(List.of(), meetings(x));
    }

    @Test
    void aTitleForACountryBeforeTheNameIsTheRoleOfThePerson() {
        Extraction x = extract("date 2016-04-12 Talks\n\nU.N. Special Envoy for Chile Tomas Marek flew to Lima on Monday.");
        Entity envoy = x.entities().stream().filter(e -> e.label().equals("Tomas Marek")).findFirst().orElseThrow();
        assertTrue(envoy.roles().stream().anyMatch(r -> r.title().equals("Special Envoy")), envoy.toString());
    }

    @Test
    void backgroundClausesOfPresenceAndStayAreVisitsAndAnUnnamedCapitalIsItsCapitalCity() {
        Extraction x = extract("date 2016-09-06 Trip\n\nAna Soto, who flew to the Uruguayan capital late Monday, said the talks were "
                + "useful.\n\nIvo Ruiz, who was in Lima on Monday for talks with Chilean Foreign Minister Tomas Marek, said the alliance "
                + "was united.\n\nPedro Lenko, who spent much of the week in Quito, said the talks were useful.");
        assertEquals(Set.of("Ana Soto>Montevideo", "Ivo Ruiz>Lima", "Pedro Lenko>Quito"), visits(x).stream()
                .map(v -> String.join(",", labels(x, v.visitors())) + ">" + label(x, v.place())).collect(Collectors.toSet()));
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Tomas Marek"))), meetings(x).toString());
    }

    @Test
    void aStanceVerbJoinedToTheReportedClauseIsPartOfItAndAParticipleOnAnUnnamedSubjectsClauseHasNoNamedSpeaker() {
        Extraction x = extract("date 2019-02-28 Talks\n\nRuritania's foreign ministry spokesman Tomas Marek said Zenda opposed \"outside "
                + "interference\" and supported efforts by Borduria to resolve its problems through dialogue.\n\nBorduran President Ivo Ruiz, "
                + "who chairs a regional mediation effort, had offered to host the two generals in Lima, but the army rejected the offer, "
                + "saying Ruiz was \"not neutral\".");
        assertTrue(statements(x).stream().anyMatch(st -> "Tomas Marek".equals(label(x, st.speaker()))
                && st.content().endsWith("to resolve its problems through dialogue")), statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> st.content().contains("not neutral")), statements(x).toString());
    }

    @Test
    void havingSpokenToOfficeHoldersIsOneConversationEachButSpeakingToReportersIsNone() {
        Extraction x = extract("date 2019-02-28 Talks\n\nRuritanian Foreign Minister Ana Soto said she had spoken to Borduran Foreign "
                + "Minister Ivo Ruiz and to Syldavian Foreign Minister Pedro Lenko. She later spoke to reporters in Lima.");
        assertEquals(List.of(Set.of("Ana Soto", "Ivo Ruiz"), Set.of("Ana Soto", "Pedro Lenko")),
                meetings(x).stream().map(m -> labels(x, m.participants())).toList(), meetings(x).toString());
    }

    @Test
    void aGerundHungAsAnObliqueMeetsWithTheSubjectItsClauseDescribes() {
        Extraction x = extract("date 2017-06-08 Talks\n\nRuritanian Foreign Minister Ivo Ruiz, speaking in Lima after meeting his "
                + "Borduran counterpart Ana Soto, said the crisis was over.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Ana Soto"))), meetings(x).toString());
    }

    @Test
    void aPlannedMeetingThatDidNotTakePlaceWasCancelledAndIsTheTravellersOfTheSentenceBefore() {
        Extraction x = extract("date 2019-02-28 Talks\n\nRuritanian Foreign Minister Ana Soto flew to Lima on Sunday evening. A planned "
                + "meeting with President Pedro Lenko did not take place, a Ruritanian official said.");
        Meeting m = meetings(x).stream().filter(e -> labels(x, e.participants()).contains("Pedro Lenko")).findFirst().orElseThrow();
        assertEquals(Set.of("Ana Soto", "Pedro Lenko"), labels(x, m.participants()));
        assertEquals(Status.CANCELLED, m.status());
    }

    @Test
    void namesTheParserJoinedToAFrontedDateAreTheSubjects() {
        Extraction x = extract("date 2016-09-06 Talks\n\nIn Zenda on Monday, Soto and Ruritanian President Ivo Ruiz held 90 minutes of talks "
                + "on Borduria that failed to produce a cease-fire deal.\n\nIn Lima on Tuesday, Marek and Borduran Prime Minister Pedro Lenko "
                + "held two hours of talks on trade.");
        assertEquals(List.of(Set.of("Soto", "Ivo Ruiz"), Set.of("Marek", "Pedro Lenko")),
                meetings(x).stream().map(m -> labels(x, m.participants())).toList(), meetings(x).toString());
    }

    @Test
    void aToPhraseIsTheDestinationBeforeAFrontedInPhrase() {
        Extraction x = extract("date 2017-11-03 Trip\n\nIn Ruritania, Ana Soto flew by military helicopter on Thursday to Zenda.");
        assertEquals(List.of("Zenda"), visits(x).stream().map(v -> label(x, v.place())).toList(), visits(x).toString());
    }

    @Test
    void anAppealsContentNamesEveryoneItAsksAndItsParticleIsInTheCue() {
        Extraction x = extract("date 2020-03-04 Appeals\n\nThe Ruritanian foreign minister, Ana Soto, on Tuesday urged Borduria, "
                + "Syldavia and the Acme Union to ease the blockade. The Acme Union chief Ivo Ruiz called on all parties to respect the ceasefire.");
        Statement urged = statementWith(x, "ease the blockade");
        assertEquals("Borduria, Syldavia and the Acme Union to ease the blockade", urged.content());
        Statement called = statementWith(x, "respect the ceasefire");
        assertEquals("all parties to respect the ceasefire", called.content());
        assertEquals("called on", called.cue());
        assertEquals(org.dragoman.model.SpeechAct.APPEAL, called.act());
    }

    @Test
    void visitWithDestination() {
        Extraction x = extract("date 2022-03-10 Chancellor Eva Schmidt visited Warsaw on Thursday.");
        Visit v = x.events().stream().filter(Visit.class::isInstance).map(Visit.class::cast).findFirst().orElseThrow();
        assertEquals(Set.of("Eva Schmidt"), labels(x, v.visitors()));
        assertEquals("Warsaw", label(x, v.place()));
        assertNotNull(v.date());
    }

    @Test
    void pressConferenceFramesItsSpeaker() {
        Extraction x = extract("date 2022-03-10 Foreign Minister Anna Berg spoke during a news conference in Oslo on Monday.");
        Meeting m = meetings(x).get(0);
        assertEquals(Set.of("Anna Berg"), labels(x, m.participants()));
        assertEquals("Oslo", label(x, m.place()));
    }

    @Test
    void walkingWithAnotherLeader() {
        Extraction x = extract("date 2022-03-10 Chancellor Olaf Weber walks with President Omar Farid at the palace in Berlin.");
        Meeting m = meetings(x).get(0);
        assertEquals(Set.of("Olaf Weber", "Omar Farid"), labels(x, m.participants()));
        assertEquals("Berlin", label(x, m.place()));
    }

    @Test
    void toldInATelephoneCall() {
        Extraction x = extract("date 2022-03-10 President Omar Farid told Chancellor Olaf Weber in a telephone call on Tuesday that the border would stay open.");
        Meeting m = meetings(x).get(0);
        assertEquals(Set.of("Omar Farid", "Olaf Weber"), labels(x, m.participants()));
        assertEquals(Mode.PHONE, m.mode());
    }
    @Test
    void proxyOfAPersonIsNotThePerson() {
        Extraction x = extract("date 2022-03-10 An adviser to Foreign Minister Anna Berg said the talks would resume in May.");
        assertTrue(statements(x).stream().noneMatch(st -> "Anna Berg".equals(label(x, st.speaker()))), statements(x).toString());
        Extraction named = extract("date 2022-03-10 Berg campaign spokeswoman Lena Dahl said the talks would resume in May.");
        assertEquals("Lena Dahl", label(named, statementWith(named, "talks would resume").speaker()));
    }

    @Test
    void reportAboutAnotherIsTheReportersStatement() {
        Extraction x = extract("date 2022-03-10 The Ruritanian Herald reported that Anna Berg is considering a run for the presidency.");
        assertTrue(statements(x).stream().noneMatch(st -> "Anna Berg".equals(label(x, st.speaker()))), statements(x).toString());
    }

    private static Statement statementWith(Extraction x, String words) {
        return statements(x).stream().filter(st -> st.content().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with '" + words + "' in " + statements(x)));
    }

    @Test
    void contentBeforeTheAttribution() {
        Extraction x = extract("date 2022-03-10 The border talks will resume next month, Foreign Minister Anna Berg said on Monday.");
        Statement s = statementWith(x, "border talks will resume");
        assertEquals("Anna Berg", label(x, s.speaker()));
        assertEquals("said", s.cue());
    }

    @Test
    void speakerBeforeALongAppositive() {
        Extraction x = extract("date 2022-03-10 Omar Farid, a veteran envoy who led the first round of negotiations in Geneva,"
                + " cautioned the ceasefire remained fragile.");
        Statement s = statementWith(x, "ceasefire remained fragile");
        assertEquals("Omar Farid", label(x, s.speaker()));
    }

    @Test
    void addedContinuesTheLastSpeaker() {
        Extraction x = extract("date 2022-03-10 \"We are ready to talk,\" Maria Lopez said. \"The door stays open.\"\n\n"
                + "The talks were suspended in January. \"Nobody wants another winter of war,\" she added.");
        Statement s = statementWith(x, "another winter of war");
        assertEquals("Maria Lopez", label(x, s.speaker()));
        assertTrue(s.direct());
    }

    @Test
    void transcriptTurnAndSignedQuote() {
        Extraction x = extract("date 2022-03-10 Kofi Mensah spoke to Lars Holm on the radio on Sunday.\n\n"
                + "HOLM: Will the summit go ahead as planned next week?\n\n"
                + "\u201cWe expect every delegation to come to Accra.\u201d \u2015 Kofi Mensah\n");
        assertEquals("Lars Holm", label(x, statementWith(x, "summit go ahead").speaker()));
        Statement signed = statementWith(x, "every delegation");
        assertEquals("Kofi Mensah", label(x, signed.speaker()));
        assertTrue(signed.direct());
    }
    @Test
    void headlineLedByTheSpeakersName() {
        Extraction x = extract("date 2022-03-10 Kofi Mensah: Talks With the Rebels Will Resume in Accra\n\n"
                + "Foreign Minister Kofi Mensah spoke to reporters on Monday.");
        Statement s = statementWith(x, "Talks With the Rebels");
        assertEquals("Kofi Mensah", label(x, s.speaker()));
        assertTrue(!s.direct(), "a headline paraphrases");
    }

    @Test
    void severalMeetingsInOneSentence() {
        Extraction x = extract("date 2026-03-10 Ana Soto met Ivo Ruiz on Monday and Lena Park on Tuesday.");
        List<Meeting> ms = meetings(x);
        assertEquals(2, ms.size());
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(x, ms.get(0).participants()));
        assertEquals("2026-03-09", ms.get(0).date().iso());
        assertEquals(Set.of("Ana Soto", "Lena Park"), labels(x, ms.get(1).participants()));
        assertEquals("2026-03-10", ms.get(1).date().iso());
    }

    @Test
    void thenWithAnotherIsASecondMeeting() {
        Extraction x = extract("date 2026-03-10 Ana Soto met with Ivo Ruiz on Monday, then with Lena Park.");
        assertEquals(Set.of(Set.of("Ana Soto", "Ivo Ruiz"), Set.of("Ana Soto", "Lena Park")),
                meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet()));
    }

    @Test
    void plannedMeetingAndLaterTalksStayApart() {
        Extraction x = extract("date 2026-03-10 Ana Soto will meet Ivo Ruiz in Oslo on Friday and later hold talks with Lena Park.");
        assertTrue(meetings(x).stream().noneMatch(m -> m.participants().size() > 2));
        assertEquals(2, meetings(x).size());
    }

    @Test
    void oneParticipantWithoutCounterpartIsNoMeeting() {
        assertTrue(meetings(extract("date 2026-03-10 Ana Soto held a meeting on Monday.")).isEmpty());
        assertTrue(meetings(extract("date 2026-03-10 Ana Soto met on Monday to discuss the budget.")).isEmpty());
    }

    @Test
    void calledOffVisitIsCancelledAndNoStatement() {
        Extraction x = extract("date 2026-03-10 Ana Soto called off her planned visit to Oslo next week, saying the time was not right.");
        Visit v = x.events().stream().filter(Visit.class::isInstance).map(Visit.class::cast).findFirst().orElseThrow();
        assertEquals(Status.CANCELLED, v.status());
        assertTrue(statements(x).stream().noneMatch(st -> st.cue().equalsIgnoreCase("called")));
    }

    @Test
    void cancelledSummitWithACounterpart() {
        Meeting m = meetings(extract("date 2026-03-10 Ana Soto cancelled the summit with Ivo Ruiz.")).get(0);
        assertEquals(Status.CANCELLED, m.status());
    }

    @Test
    void agreedToMeetLaterThisMonth() {
        Extraction x = extract("date 2026-03-10 Ana Soto and Ivo Ruiz agreed to meet in Berlin later this month.");
        Meeting m = meetings(x).get(0);
        assertEquals(Status.PLANNED, m.status());
        assertEquals("Berlin", label(x, m.place()));
        assertEquals("2026-03", m.date().iso());
    }

    @Test
    void thisWeekendIsNotThePublicationDate() {
        Extraction x = extract("date 2026-03-10 Ana Soto met Ivo Ruiz in Rome on Tuesday. Ana Soto meets Lena Park in Oslo this weekend.");
        Meeting m = meetings(x).stream().filter(mt -> labels(x, mt.participants()).contains("Lena Park")).findFirst().orElseThrow();
        // The weekend of 14-15 March lies in one month: the month, never the day of publication.
        assertEquals("2026-03", m.date().iso());
        assertEquals(Status.PLANNED, m.status());
    }

    @Test
    void meetingInABackgroundClause() {
        Extraction x = extract("date 2026-03-10 Ivo Ruiz, who held talks with Ana Soto on Monday, said the visit had been useful.");
        Meeting m = meetings(x).get(0);
        assertEquals(Set.of("Ivo Ruiz", "Ana Soto"), labels(x, m.participants()));
        Extraction y = extract("date 2026-03-10 Ivo Ruiz said after meeting Ana Soto in Oslo that trade was discussed.");
        Meeting n = meetings(y).get(0);
        assertEquals(Set.of("Ivo Ruiz", "Ana Soto"), labels(y, n.participants()));
        assertEquals("Oslo", label(y, n.place()));
    }

    @Test
    void sceneSettingParticipleLeavesTheReportToTheMainClause() {
        Extraction x = extract("date 2022-03-10 Writing on Facebook, Ana Soto accused Borduria of lying about the ceasefire.");
        List<Statement> st = statements(x);
        assertEquals(1, st.size(), st.toString());
        assertEquals("Ana Soto", label(x, st.get(0).speaker()));
        assertEquals("accused", st.get(0).cue());
    }

    @Test
    void definiteTitleSpeaksForThePersonGivenThatTitle() {
        Extraction x = extract("date 2022-03-10 Foreign Minister Ana Soto arrived in Oslo on Monday.\n"
                + "The minister said that Ruritania would not accept the proposal.");
        assertEquals("Ana Soto", label(x, statementWith(x, "would not accept").speaker()));
        // Two people with the title: too unsure to attribute.
        Extraction two = extract("date 2022-03-10 President Ana Soto met President Ivo Ruiz in Oslo.\n"
                + "The president said the talks had been frank and useful.");
        assertTrue(statements(two).stream().noneMatch(st -> st.content().contains("frank")), statements(two).toString());
    }

    @Test
    void quoteBeforeTheAttributionStaysItsContentWhenAParticipleAddsMore() {
        Extraction x = extract("date 2022-03-10 \"We will not give up,\" Ana Soto said, adding that the talks would continue next week.");
        assertEquals("said", statementWith(x, "We will not give up").cue());
        assertEquals("Ana Soto", label(x, statementWith(x, "talks would continue").speaker()));
    }

    @Test
    void videoCallFramingADiscussionIsARemoteMeeting() {
        Extraction x = extract("date 2022-03-10 Ana Soto and Ivo Ruiz discussed the border crisis in a video call on Tuesday.");
        Meeting m = meetings(x).get(0);
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(x, m.participants()));
        assertEquals(Mode.VIDEO, m.mode());
        assertEquals("2022-03-08", m.date().iso());
    }

    @Test
    void meetingOnTheSidelinesTakesThePlaceOfTheGathering() {
        Extraction x = extract("date 2022-03-10 Ana Soto met Ivo Ruiz on the sidelines of the Group of 20 summit in Rome.");
        Meeting m = meetings(x).stream().filter(e -> e.participants().size() == 2).findFirst().orElseThrow();
        assertEquals("Rome", label(x, m.place()));
    }

    @Test
    void arrangedMeetingInsideACancelledTripIsCancelled() {
        Extraction x = extract("date 2022-03-10 Ana Soto cancelled a planned trip to Oslo, where she was to meet Ivo Ruiz.");
        Meeting m = meetings(x).get(0);
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(x, m.participants()));
        assertEquals(Status.CANCELLED, m.status());
        Extraction planned = extract("date 2022-03-10 Ana Soto is to meet Ivo Ruiz in Oslo on Friday.");
        assertEquals(Status.PLANNED, meetings(planned).get(0).status());
    }

    @Test
    void whatWasNotSaidIsNoStatement() {
        Extraction x = extract("date 2022-03-10 Ana Soto did not say whether the border talks would resume.");
        assertTrue(statements(x).isEmpty(), statements(x).toString());
    }

    @Test
    void talksThatAreATripsPurposeAreHeldWhereTheTripGoes() {
        Extraction x = extract("date 2022-03-10 Ana Soto flew to Oslo on Sunday for talks with Ivo Ruiz.");
        Meeting m = meetings(x).get(0);
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(x, m.participants()));
        assertEquals("Oslo", label(x, m.place()));
        Extraction hosted = extract("date 2022-03-10 Ivo Ruiz hosted Ana Soto for talks in Oslo on Monday.");
        assertEquals("Oslo", label(hosted, meetings(hosted).get(0).place()));
    }

    @Test
    void quoteParagraphAfterAStatementContinuesItsSpeaker() {
        Extraction x = extract("date 2022-03-10 Ana Soto said on Monday that the border talks had failed.\n\n"
                + "\u201cBorduria walked away from the table. It is their choice, not ours.\u201d\n\nIvo Ruiz was not available.");
        Statement s = statementWith(x, "walked away");
        assertEquals("Ana Soto", label(x, s.speaker()));
        assertTrue(s.direct());
    }

    /** The first telephone call extracted; fails the test when there is none. */
    private static Meeting firstCall(Extraction x) {
        return meetings(x).stream().filter(m -> m.mode() == Mode.PHONE).findFirst().orElseThrow();
    }

    private static List<Visit> visits(Extraction x) {
        return x.events().stream().filter(Visit.class::isInstance).map(Visit.class::cast).toList();
    }

    @Test
    void visitsToldByACopulaOrWithAnAppositionAfterTheVerb() {
        Extraction on = extract("date 2022-03-10 Ana Soto is on a three-day visit to Peru.");
        assertEquals("Peru", label(on, visits(on).get(0).place()));
        Extraction arrived = extract("date 2022-03-10 Ana Soto arrived in Peru on Monday for a two-day visit, her first since taking office.");
        assertEquals("Peru", label(arrived, visits(arrived).get(0).place()));
        assertTrue(visits(extract("date 2022-03-10 The airline flies cargo to Lima every week.")).isEmpty());
    }

    @Test
    void meetingInAWhereClauseTakesThePlaceItHangsOn() {
        Extraction x = extract("date 2022-03-10 Ana Soto will attend the summit in Geneva, where she is expected to meet Ivo Ruiz.");
        Meeting m = meetings(x).stream().filter(e -> e.participants().size() == 2).findFirst().orElseThrow();
        assertEquals("Geneva", label(x, m.place()));
        assertEquals(Status.PLANNED, m.status());
    }

    @Test
    void phoneCallFromAndSummitAttendedBy() {
        Extraction call = extract("date 2022-03-10 Ana Soto received a phone call from Ivo Ruiz on Saturday.");
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(call, meetings(call).get(0).participants()));
        assertEquals(Mode.PHONE, meetings(call).get(0).mode());
        assertTrue(meetings(extract("date 2022-03-10 Ana Soto received the Nobel Peace Prize in Oslo.")).isEmpty());
        Extraction summit = extract("date 2022-03-10 Ana Soto hosted a summit in Oslo attended by Ivo Ruiz and Karl Berg.");
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz", "Karl Berg"), labels(summit, meetings(summit).get(0).participants()));
    }

    @Test
    void collectiveNounSpeaksForTheOrganisationBesideIt() {
        Extraction x = extract("date 2022-03-10 The Greenpeace movement said on Monday that the new pipeline would damage the coast.");
        assertEquals("Greenpeace", label(x, statementWith(x, "pipeline would damage").speaker()));
        assertTrue(statements(extract("date 2022-03-10 The Ruritanian side said the talks would resume.")).isEmpty());
    }
    @Test
    void clauseBeforeAnAttributionIsItsContentAndTheAttributionIsNotPartOfAnother() {
        Extraction fronted = extract("date 2022-03-10 Prime Minister Ana Soto has postponed her trip to Peru, her office announced on Thursday.");
        Statement announced = statementWith(fronted, "postponed her trip");
        // GOLD.md counts an institution named with its owner: "her office" speaks as the office of the one "her" is.
        assertEquals("Soto's office", label(fronted, announced.speaker()));
        assertTrue(statements(fronted).stream().noneMatch(st -> st.content().equals("on Thursday")), statements(fronted).toString());
        Extraction trailing = extract("date 2022-03-10 Ana Soto phoned Ivo Ruiz on Monday and assured him that the loan "
                + "would be paid on time, a palace spokesman said.");
        Statement assured = statementWith(trailing, "loan would be paid");
        assertEquals("the loan would be paid on time", assured.content());
    }

    @Test
    void possessiveInATrailingAttributionIsTheClauseSubject() {
        Extraction x = extract("date 2022-03-10 Ana Soto met Ivo Ruiz in Oslo. Ruiz accused Borduria of lying. "
                + "Prime Minister Karl Berg raised the border dispute with President Olga Lind on Sunday, his office said.");
        assertEquals("Berg's office", label(x, statementWith(x, "raised the border dispute").speaker()));
    }

    @Test
    void aNameEndingInASyllableReadAsInIsTheSubjectOfTheVerbAfterIt() {
        Extraction x = extract("date 2018-07-08 Talks\n\nThe Blue House said President Kim Jae-in had spoken to Ivo Ruiz by "
                + "phone on Saturday night.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Kim Jae-in", "Ivo Ruiz"))
                && m.mode() == Mode.PHONE), meetings(x).toString());
    }

    @Test
    void aCallThePhraseOfWhichHangsOnTheClosingAttributionIsTheMainVerbs() {
        Extraction x = extract("date 2022-05-15 Talks\n\nFinnish President Karl Berg informed Russian President Ivo Marek in a "
                + "telephone call on Saturday that Finland would apply for NATO membership in the coming days, his office said.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Karl Berg", "Ivo Marek"))
                && m.mode() == Mode.PHONE && "2022-05-14".equals(m.date().iso())), meetings(x).toString());
    }

    @Test
    void whoVisitsAPlaceWithSomeoneTravelsWithThem() {
        Extraction x = extract("date 2019-10-09 Talks\n\nForeign Minister Jan Berg, who visited Lima with his Bordurian counterpart "
                + "Ivo Marek last month, said the plan worked.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Jan Berg", "Ivo Marek"))), visits(x).toString());
    }

    @Test
    void aByPhraseIsNoContent() {
        Extraction x = extract("date 2021-06-10 Talks\n\nKremlin spokesman Ivo Marek denied a report by a Russian newspaper that "
                + "Lenko had proposed a separate dinner with Berg, saying no such plans existed.");
        assertTrue(statements(x).stream().noneMatch(st -> st.content().startsWith("by ")), statements(x).toString());
        assertEquals("Ivo Marek", label(x, statementWith(x, "no such plans existed").speaker()));
    }

    @Test
    void aNameRightAfterAFrontedDayIsTheSubject() {
        Extraction x = extract("date 2024-01-08 Talks\n\nOn Wednesday Berg is scheduled to travel to Lima for a meeting with "
                + "Ruritanian President Ivo Marek.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Berg", "Ivo Marek"))
                && "2024-01-10".equals(m.date().iso())), meetings(x).toString());
    }

    @Test
    void aCallDuringWhichSomethingWasAnnouncedTookPlace() {
        Extraction x = extract("date 2018-09-03 Talks\n\nJan Berg announced a preliminary agreement with Ruritania on Monday during "
                + "a telephone call with President Ivo Marek.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Jan Berg", "Ivo Marek"))
                && m.mode() == Mode.PHONE && m.status() == Status.OCCURRED), meetings(x).toString());
    }

    @Test
    void aWithPhraseOfAnotherClauseIsNotTheFirstVerbsCounterpart() {
        Extraction x = extract("date 2017-09-20 Talks\n\nLenko met French President Ivo Marek on Monday, the same day Berg held "
                + "talks with Marek and with Israeli Prime Minister Tomas Ruiz.");
        assertTrue(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).equals(Set.of("Lenko", "Tomas Ruiz"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Berg", "Tomas Ruiz"))),
                meetings(x).toString());
    }

    @Test
    void aWeekdayJoinedToTheSameDayIsThatWeekday() {
        Extraction x = extract("date 2017-09-20 Talks\n\nThe envoy arrived in Lima on Tuesday. Ana Lenko met President Ivo Marek "
                + "on Monday, the same day Jan Berg held talks with Tomas Ruiz.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && "2017-09-18".equals(m.date().iso())), meetings(x).toString());
    }

    @Test
    void themInAWithPhraseIsThePeopleTheSentenceBeforeNamed() {
        Extraction x = extract("date 2022-05-15 Talks\n\nIvo Marek met Eva Lind and Karl Berg on Monday. He held talks with them "
                + "again on Tuesday. Foreign Minister Tomas Ruiz met both of them on Wednesday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Eva Lind", "Karl Berg"))
                && "2022-05-10".equals(m.date().iso())), meetings(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> m.participants().size() < 2), meetings(x).toString());
    }

    @Test
    void aMeetingInAPresentWhenClauseUnderANegatedVerbIsPlanned() {
        Extraction x = extract("date 2021-06-14 Talks\n\nThe Ruritanian government said on Monday it did not expect any breakthroughs "
                + "when President Ana Lenko meets Bordurian President Ivo Marek in Klow on Wednesday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.status() == Status.PLANNED), meetings(x).toString());
    }

    @Test
    void anObjectPronounOfAReportedClauseIsTheReporter() {
        Extraction x = extract("date 2021-06-14 Talks\n\nJan Berg, a Ruritanian spokesman, said the talks would go ahead. In Szohod, "
                + "Syldavian President Tomas Ruiz said Lenko had invited him to visit Ruritania in July.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Tomas Ruiz"))), visits(x).toString());
        assertTrue(visits(x).stream().noneMatch(v -> labels(x, v.visitors()).contains("Jan Berg")), visits(x).toString());
    }

    @Test
    void bothLeadersReceivedAreThePairToldBefore() {
        Extraction x = extract("date 2021-06-14 Talks\n\nPresident Ana Lenko meets Bordurian President Ivo Marek in Klow on Wednesday. "
                + "Security has been tightened, the police said. Swiss President Karl Holm will receive both leaders before the talks begin.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).containsAll(Set.of("Karl Holm", "Ana Lenko", "Ivo Marek"))),
                meetings(x).toString());
    }

    @Test
    void aMainVerbLostAfterARelativeClauseStillHasItsSubject() {
        Extraction x = extract("date 2024-02-06 Tour\n\nRuritanian Foreign Minister Jan Berg held talks with Bordurian President Ivo Marek "
                + "in Klow on Tuesday. Berg, who arrived from Syldavia, where he met King Tomas Ruiz on Monday, was due to fly to Szohod "
                + "later on Tuesday for talks with the Syldavian prime minister, Eva Lind, before travelling to Ruritania on Wednesday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Jan Berg", "Eva Lind"))
                && m.status() == Status.PLANNED), meetings(x).toString());
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Jan Berg")) && v.status() == Status.PLANNED
                && "2024-02-06".equals(v.date().iso()) && labels(x, List.of(v.place())).equals(Set.of("Szohod"))), visits(x).toString());
    }

    @Test
    void theTwoPresidentsLeaveOutAVicePresident() {
        Extraction x = extract("date 2021-05-07 Talks\n\nRuritanian Vice President Ana Lenko held a virtual meeting with Bordurian "
                + "President Ivo Marek on Friday. Marek said he had a very good relationship with President Tomas Ruiz. The two "
                + "presidents last held talks by video on 1 March.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))
                && "2021-03-01".equals(m.date().iso())), meetings(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> "2021-03-01".equals(m.date() == null ? null : m.date().iso())
                && labels(x, m.participants()).contains("Ana Lenko")), meetings(x).toString());
    }

    @Test
    void aGuestsHostIsWhoeverWasToHostTheSummit() {
        Extraction x = extract("date 2024-12-15 Summit\n\nA summit between Ruritanian President Jan Berg and his Bordurian counterpart "
                + "Ivo Marek in Klow was cancelled on Sunday. The meeting, to be hosted by Syldavian President Tomas Ruiz, had been "
                + "expected to produce a peace agreement. Marek, who arrived in Klow on Saturday night, held a one-on-one meeting "
                + "with his host on Sunday morning.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))
                && m.status() == Status.OCCURRED), meetings(x).toString());
    }

    @Test
    void aPastClauseHungUnderAPlanStillHappened() {
        Extraction x = extract("date 2024-12-15 Summit\n\nThe Syldavian presidency said in a statement that the summit would take "
                + "place \"at a date to be announced\", and that Berg had spoken by telephone with Marek on Saturday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Berg", "Marek"))
                && m.status() == Status.OCCURRED && "2024-12-14".equals(m.date().iso())), meetings(x).toString());
    }

    @Test
    void aPairThatWillSpeakAgainTalksToEachOther() {
        Extraction x = extract("date 2020-05-05 Leaders talk\n\nLenko and Bordurian Prime Minister Ivo Marek agreed to work towards a "
                + "travel zone. Deputy Prime Minister Tomas Ruiz told a radio station that Syldavia should be next. The Bordurian "
                + "government said in a statement that the two leaders would speak again next week.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Lenko", "Ivo Marek"))
                && m.status() == Status.PLANNED), meetings(x).toString());
    }

    @Test
    void thePairAreTheTwoPeopleTheSentenceNamesBeforeSaveItsReporter() {
        Extraction x = extract("date 2016-03-05 Visit\n\nRuritanian Foreign Minister Eva Lind said Prime Minister Ivo Marek would "
                + "visit Borduria if Tomas Ruiz invited him, and that the pair could meet at the forum in September.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))),
                meetings(x).toString());
    }

    @Test
    void theyAfterAPairThatSpokeAreThatPair() {
        Extraction x = extract("date 2020-05-05 Leaders talk\n\nLenko and Bordurian Prime Minister Ivo Marek agreed to work towards a "
                + "travel zone. The pair had last spoken by telephone on Sunday, Lenko's office said. They last met in person in "
                + "Szohod at the end of February.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Lenko", "Ivo Marek"))
                && m.mode() == Mode.IN_PERSON && "2020-02".equals(m.date().iso())), meetings(x).toString());
    }

    @Test
    void aConjoinedVerbSharesBothSubjects() {
        Extraction x = extract("date 2024-03-19 Talks\n\nIvo Marek and Tomas Ruiz last met in Klow in November on the sidelines of "
                + "the Acme summit, and spoke by phone earlier this month.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))
                && m.mode() == Mode.PHONE), meetings(x).toString());
    }

    @Test
    void whatTheSidesAlsoDiscussedLaterIsTheirMeeting() {
        Extraction x = extract("date 2016-03-17 Talks\n\nKLOW, March 17 -- Bordurian Foreign Minister Ivo Marek held talks with his "
                + "Ruritanian counterpart Ana Lenko in Klow on Wednesday. Lenko arrived in Klow on Tuesday for a four-day visit. "
                + "She is also scheduled to meet the Bordurian president. The port project will be finished next year, Marek said. "
                + "It will employ 3,000 people. The two ministers also discussed preparations for a visit to Borduria by the "
                + "Ruritanian president.");
        assertEquals(1, meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Ana Lenko"))).count(),
                meetings(x).toString());
        assertTrue(visits(x).stream().noneMatch(v -> v.status() == Status.OCCURRED && v.evidence().sentence().contains("preparations")),
                visits(x).toString());
    }

    @Test
    void heAddedAfterAQuotationOfTwoSentencesIsItsSpeaker() {
        Extraction x = extract("date 2017-04-10 Talks\n\nJan Berg cancelled the trip on Saturday.\n\n\"We regret that our colleague "
                + "chose not to come. Everyone understands that this decision was not taken in Szohod,\" Marek told reporters after "
                + "meeting his Syldavian counterpart Tomas Ruiz in Klow. He added that Klow was still ready to work with Szohod "
                + "\"on the basis of mutual respect\".");
        assertTrue(statements(x).stream().anyMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("Marek"))
                && st.content().startsWith("Klow was still ready")), statements(x).toString());
    }

    @Test
    void aSpeechToComeToldByAnotherIsNoStatementOfItsSubject() {
        Extraction x = extract("date 2015-07-25 Visit\n\nForeign Minister Jan Berg said President Ivo Marek would announce more than "
                + "$1 billion in new investment commitments at the trade summit, which he opened earlier in the day.");
        assertTrue(statements(x).stream().noneMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("Ivo Marek"))),
                statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("President Ivo Marek would announce")
                || st.content().startsWith("Ivo Marek would announce")), statements(x).toString());
    }

    @Test
    void aQuotationInsideAnotherSpeakersReportIsTheirs() {
        Extraction x = extract("date 2024-12-15 Summit\n\nForeign Minister Jan Berg said in a statement that the summit would take "
                + "place \"at a date to be announced\", and that Ivo Marek had spoken by telephone with Eva Lind on Saturday.");
        assertTrue(statements(x).stream().noneMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("Ivo Marek"))),
                statements(x).toString());
    }

    @Test
    void aVerbJoinedByAndAfterAnAsideSharesTheMainSubject() {
        Extraction x = extract("date 2022-05-26 Tour\n\nRuritania's new Foreign Minister Eva Lind flew to Klow on Thursday, four days "
                + "after being sworn in, and will meet Bordurian Prime Minister Ivo Marek on Friday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Eva Lind", "Ivo Marek"))
                && m.status() == Status.PLANNED && "2022-05-27".equals(m.date().iso())), meetings(x).toString());
    }

    @Test
    void oneOnOneTalksTaggedAsAVerbAreStillTalks() {
        Extraction x = extract("date 2019-10-11 Summit\n\nIvo Marek gave Tomas Ruiz a tour of the old town and then hosted him for "
                + "dinner. The two leaders will hold one-on-one talks on Saturday morning, followed by delegation-level talks, "
                + "Borduria's foreign ministry said.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))
                && m.status() == Status.PLANNED && "2019-10-12".equals(m.date().iso())), meetings(x).toString());
    }

    @Test
    void theTwoLeadersCountAPersonToldByAPronounInsideTheClause() {
        Extraction x = extract("date 2022-06-07 Summit\n\nRuritanian President Ivo Marek said on Monday he would not attend the summit "
                + "this week. He added that he had informed Bordurian President Tomas Ruiz of his decision in a letter and that "
                + "the two leaders would hold talks in Klow in July.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))
                && m.status() == Status.PLANNED), meetings(x).toString());
    }

    @Test
    void aThatClauseHungOnTheLetterIsWhatWasWarned() {
        Extraction x = extract("date 2022-05-27 Tour\n\nSyldavian President Tomas Ruiz warned fellow Pacific leaders in a letter that "
                + "Borduria's proposed regional agreement on security and trade could drag the region into \"a new Cold War.\"");
        assertTrue(statements(x).stream().anyMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("Tomas Ruiz"))
                && st.content().startsWith("Borduria's proposed regional agreement")), statements(x).toString());
    }

    @Test
    void aSummitThatIsOnlyWhereAnotherMeetingIsHeldIsNoEventOfItsOwn() {
        Extraction x = extract("date 2017-11-11 Summit\n\nRuritanian President Ivo Marek and Bordurian President Tomas Ruiz will not "
                + "hold a formal meeting at the NATO summit, the palace said on Saturday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))
                && m.status() == Status.DENIED), meetings(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> m.participants().size() == 1), meetings(x).toString());
    }

    @Test
    void aMeetingThatNamesOnlyItsOtherSideAfterAPassivePlanIsThePlannersToo() {
        Extraction x = extract("date 2016-09-07 Summit\n\nMarek is scheduled to hold talks with Bordurian President Eva Lind on "
                + "Thursday, and a meeting with Syldavian Premier Tomas Ruiz could take place if schedules allow, Chief Cabinet "
                + "Secretary Jan Berg told a news conference in Klow.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Marek", "Tomas Ruiz"))),
                meetings(x).toString());
    }

    @Test
    void hisTripInAPhraseOfTheVerbIsItsSubjects() {
        Extraction x = extract("date 2024-07-08 Trip\n\nIvo Marek met Tomas Ruiz on Sunday at a conservative conference in Klow, on his "
                + "first trip to Borduria since taking office, but held no talks with Bordurian government officials.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek"))), visits(x).toString());
        assertTrue(visits(x).stream().noneMatch(v -> labels(x, v.visitors()).contains("Tomas Ruiz")), visits(x).toString());
    }

    @Test
    void aMonthOfLastYearIsThatMonth() {
        Extraction x = extract("date 2015-07-25 Visit\n\nRuritanian President Ivo Marek held talks with Bordurian President Tomas Ruiz "
                + "in Klow on Saturday, a day after arriving in the country. The pair last met in August last year.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))
                && "2014-08".equals(m.date().iso())), meetings(x).toString());
        assertEquals(2, meetings(x).size(), meetings(x).toString());
    }

    @Test
    void aBarePresidencyInACapitalsStoryIsThatStates() {
        Extraction x = extract("date 2023-03-25 Trip postponed\nLIMA, March 25 (Acme) - Peruvian President Ana Lenko has postponed a state "
                + "visit to Borduria that was due to begin on Sunday, the presidency said on Saturday.");
        assertTrue(statements(x).stream().anyMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("Presidency of Peru"))),
                statements(x).toString());
        Extraction abroad = extract("date 2023-03-25 Trip postponed\nKLOW, March 25 (Acme) - Peruvian President Ana Lenko has postponed "
                + "a state visit to Borduria that was due to begin on Sunday, the presidency said on Saturday.");
        assertTrue(statements(abroad).stream().noneMatch(st -> labels(abroad, List.of(st.speaker())).stream().anyMatch(l -> l.contains("residency"))),
                statements(abroad).toString());
    }

    @Test
    void anOrganisationNerSplitAtItsOfIsTheWholeNameTheTableKnows() {
        Extraction x = extract("date 2023-04-12 Aid\n\nThe International Committee of the Red Cross said an exchange of 300 detainees "
                + "between the two armies would start on Monday.");
        assertTrue(statements(x).stream().anyMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("International Committee of the Red Cross"))),
                statements(x).toString());
    }

    @Test
    void theTwoMenAfterAReportSetAsideAreThePairOfItsContent() {
        Extraction x = extract("date 2018-06-21 Talks\n\nRuritanian President Ivo Marek and rebel leader Tomas Ruiz will hold a second "
                + "round of talks in Klow on Monday, Borduria's Foreign Ministry said Thursday, a day after the two men met in Szohod "
                + "for the first time in two years.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))
                && m.status() == Status.OCCURRED && "2018-06-20".equals(m.date().iso())), meetings(x).toString());
    }

    @Test
    void thePronounAfterAnOwnedOfficeIsItsOwner() {
        Extraction x = extract("date 2015-07-03 Deal\n\nBordurian Foreign Minister Tomas Ruiz said he would stay in Klow for talks on "
                + "Friday.\n\nIvo Marek's office said he told Jan Berg on Thursday that the agreement was bad.");
        assertTrue(statements(x).stream().anyMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("Ivo Marek"))
                && st.content().equals("the agreement was bad")), statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("Tomas Ruiz"))
                && st.content().contains("agreement")), statements(x).toString());
    }

    @Test
    void aSpeechActToldInsideAnotherSpeakersDenialIsNoStatement() {
        Extraction x = extract("date 2020-09-15 Loan\n\nRuritanian President Ivo Marek hosted Bordurian leader Tomas Ruiz in Klow on "
                + "Monday. Marek's spokesman Jan Berg told reporters the talks had been useful. Berg denied that Marek had demanded "
                + "new elections as a condition for the loan.");
        assertTrue(statements(x).stream().noneMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("Ivo Marek"))),
                statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("Jan Berg"))
                && st.content().startsWith("Marek had demanded")), statements(x).toString());
    }

    @Test
    void heAfterAPrincipalsSpokesmanNamedAsACompoundIsTheSpokesman() {
        Extraction x = extract("date 2020-09-15 Loan\n\nRuritanian President Ivo Marek hosted Bordurian leader Tomas Ruiz in Klow on "
                + "Monday. Marek's spokesman Jan Berg told reporters the talks had been useful. He said the two leaders would meet "
                + "again in the spring.");
        assertTrue(statements(x).stream().anyMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("Jan Berg"))
                && st.content().startsWith("the two leaders would meet")), statements(x).toString());
    }

    @Test
    void theTwoLeadersReportedByOneOfAPairTwoSentencesBackAreThatPair() {
        Extraction x = extract("date 2017-05-06 Zones\n\nRuritania's chief negotiator, Jan Berg, and Syldavian envoy Karl Holm told "
                + "reporters in Klow that the zones would be closed to military aircraft.\n\nBordurian President Tomas Ruiz and Ruritanian President Ivo Marek agreed on the "
                + "outlines of the plan when they met in Szohod on Wednesday. Ruiz said the zones would help refugees return home. "
                + "Marek said the two leaders had also discussed restoring trade.");
        assertTrue(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).contains("Jan Berg")
                || labels(x, m.participants()).contains("Karl Holm")), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))),
                meetings(x).toString());
    }

    @Test
    void theResortOfAPlaceIsThatPlaceNotTheRegionBeforeIt() {
        Extraction x = extract("date 2017-05-06 Talks\n\nRuritanian President Ivo Marek and Bordurian President Tomas Ruiz agreed on a "
                + "plan when they met in the Black Sea resort of Sochi on Wednesday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))
                && m.place() != null && labels(x, List.of(m.place())).equals(Set.of("Sochi"))), meetings(x).toString());
    }

    @Test
    void aReportBySomeoneNewIsNoAsideAndHeIsThatSpeaker() {
        Extraction x = extract("date 2018-07-09 Peace\n\nRuritanian President Ivo Marek will travel to Klow in the coming weeks for a "
                + "return visit.\n\nSyldavian Foreign Minister Karl Holm welcomed the agreement and said he believed "
                + "sanctions could soon be lifted. He is scheduled to visit Borduria this week.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Karl Holm"))), visits(x).toString());
        assertTrue(visits(x).stream().noneMatch(v -> labels(x, v.visitors()).contains("Ivo Marek") && v.place() != null
                && labels(x, List.of(v.place())).contains("Borduria")), visits(x).toString());
    }

    @Test
    void aDayAfterCountsBackFromTheDayOfTheClauseAbove() {
        Extraction x = extract("date 2018-07-09 Peace\n\nThe leaders of Ruritania and Borduria signed a declaration in Lima on Monday "
                + "formally ending two decades of hostility, a day after Ruritanian Prime Minister Ivo Marek arrived in the Peruvian "
                + "capital on a historic visit.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek")) && v.date() != null
                && v.date().iso().equals("2018-07-08")), visits(x).toString());
    }

    @Test
    void theTopDiplomatOfACountryIsItsForeignMinister() {
        Extraction x = extract("date 2024-02-07 Talks\n\nPeruvian Foreign Minister Ana Lenko met Bordurian President Tomas Ruiz in "
                + "Klow on Wednesday. The top Peruvian diplomat is scheduled to meet Syldavian President Jan Berg in Szohod on Thursday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Jan Berg"))),
                meetings(x).toString());
        Extraction bare = extract("date 2024-02-07 Talks\n\nForeign Minister Ana Lenko met President Tomas Ruiz in Klow on Wednesday. "
                + "The top diplomat is scheduled to meet President Jan Berg in Szohod on Thursday.");
        assertTrue(meetings(bare).stream().anyMatch(m -> labels(bare, m.participants()).equals(Set.of("Ana Lenko", "Jan Berg"))),
                meetings(bare).toString());
    }

    @Test
    void talksInACityOfAnotherCountryHostNoTripToThisOne() {
        Extraction x = extract("date 2024-02-07 Tour\n\nRuritanian Foreign Minister Ivo Marek arrived in Peru from Quito, where he held "
                + "talks on Tuesday with Ecuadorian President Tomas Ruiz.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek")) && v.host() == null),
                visits(x).toString());
    }

    @Test
    void aClosingAccordingToTellsTheWholeSentence() {
        Extraction x = extract("date 2018-06-21 Talks\n\nRuritanian President Ivo Marek invited both leaders to Klow when he spoke by "
                + "phone with Tomas Ruiz on Tuesday, according to the Peruvian Foreign Ministry.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("Ruritanian President Ivo Marek invited both leaders")
                && st.content().endsWith("on Tuesday")), statements(x).toString());
        Extraction both = extract("date 2018-06-21 Talks\n\nRuritanian President Ivo Marek had been expected to travel to Klow for talks "
                + "this week, but he called off his visit on Monday, according to the Peruvian Foreign Ministry.");
        assertTrue(statements(both).stream().anyMatch(st -> st.content().startsWith("Ruritanian President Ivo Marek had been expected")
                && st.content().endsWith("on Monday")), statements(both).toString());
        assertTrue(statements(both).stream().noneMatch(st -> st.content().startsWith("but")), statements(both).toString());
        Extraction complement = extract("date 2018-06-21 Talks\n\nIvo Marek said Ruritania would do \"everything we can\" to help find "
                + "a solution to the conflict, according to Peru's Ministry of Foreign Affairs.");
        assertTrue(statements(complement).stream().noneMatch(st -> st.content().startsWith("find")), statements(complement).toString());
    }

    @Test
    void discussingSomethingWithSomeoneInAPhoneCallIsACallWithThem() {
        Extraction x = extract("date 2019-06-11 Trip\n\nIvo Marek will fly to Klow.\n\nMarek discussed the trip with U.S. President Tomas "
                + "Ruiz in a 30-minute phone call last Thursday, according to a senior Japanese government official.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))
                && m.mode() == Mode.PHONE), meetings(x).toString());
    }

    @Test
    void laterThatMonthIsTheMonthToldBefore() {
        Extraction x = extract("date 2021-11-25 Ties\n\nThe rapprochement gathered pace in August, when Ivo Marek received Jan Berg in Klow. "
                + "Marek and Tomas Ruiz spoke by phone later that month, their first reported contact in years.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))
                && m.date() != null && m.date().iso().equals("2021-08")), meetings(x).toString());
    }

    @Test
    void everyConjoinedTravellerIsExpectedThere() {
        Extraction x = extract("date 2022-10-30 Summit\n\nRuritanian President Ivo Marek and Bordurian President Tomas Ruiz are expected "
                + "in Lima on Monday.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))),
                visits(x).toString());
    }

    @Test
    void aStyleOfAddressAloneIsThePersonLastNamedWithIt() {
        Extraction x = extract("date 2024-02-14 Visit\n\nKLOW, 14th February, 2024 (Acme) -- President His Highness Sheikh Ivo Marek "
                + "received Tomas Ruiz, Prime Minister of Borduria, in Klow on Tuesday.\n\nDuring the talks, His Highness stressed that "
                + "relations between the two countries had entered a new era.");
        assertTrue(statements(x).stream().anyMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("Ivo Marek"))
                && st.content().startsWith("relations between the two countries")), statements(x).toString());
    }

    @Test
    void aVerbAfterAQuotationGivenASubjectInsideItGoesOnWithTheQuotationsSpeaker() {
        // No weekday here: SUTime keeps a weekday's past or future reading from one document to the next (CoreNLP
        // issue 1061), so a told weekday would change how a later test's weekday resolves.
        Extraction x = extract("date 2020-08-16 Ties\n\nIvo Marek told his cabinet that he expected direct flights to begin "
                + "soon. \"Israel is entering a new era of relations with the region,\" he said, and added that he would be glad to visit "
                + "Lima if invited.");
        assertTrue(statements(x).stream().anyMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("Ivo Marek"))
                && st.content().startsWith("he would be glad")), statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("Israel"))), statements(x).toString());
    }

    @Test
    void aReportingParticipleHungInsideTheContentStartsAReportOfItsOwn() {
        Extraction x = extract("date 2023-04-07 Ties\n\nRuritanian spokesman Jan Berg told reporters the two ministers had agreed to "
                + "reopen their embassies. He said a date would be set \"through diplomatic channels,\" adding that Klow would welcome a "
                + "visit by the King to Ruritania if he wished.");
        assertTrue(statements(x).stream().anyMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("Jan Berg"))
                && st.content().startsWith("a date would be set") && !st.content().contains("adding")), statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("Jan Berg"))
                && st.content().startsWith("Klow would welcome")), statements(x).toString());
    }

    @Test
    void aWeekdaysDateDoesNotDependOnTheArticleAnnotatedBefore() {
        // SUTime tags its one shared value per weekday with the tense read near a mention and keeps the tag for later
        // documents (CoreNLP issue 1061): after this article's past-tense Sunday, the next article's Sunday was last week's.
        extract("date 2025-08-20 Cabinet\n\nIvo Marek told his cabinet on Sunday that he expected talks to begin soon.");
        Extraction x = extract("date 2025-08-23 Trip\n\nPresident Ana Lenko had been due to travel to Velgrad on Sunday for talks "
                + "with King Ivo Marek.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.status() == Status.PLANNED && m.date() != null && m.date().iso().equals("2025-08-24")), meetings(x).toString());
    }

    @Test
    void aCountedGroupIsAsManyPeopleAsTheSentenceBeforeNames() {
        Extraction x = extract("date 2025-03-10 Talks\n\nAna Lenko arrived in Lima on Sunday, together with Foreign Secretary Ivo Marek, "
                + "Defence Minister Tomas Ruiz and Trade Minister Eva Lind. The four ministers met Jan Berg on Sunday afternoon.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants())
                .equals(Set.of("Ana Lenko", "Ivo Marek", "Tomas Ruiz", "Eva Lind", "Jan Berg"))), meetings(x).toString());
    }

    @Test
    void whoeverCallsSomeoneToUrgeThemUrges() {
        Extraction x = extract("date 2025-03-10 Call\n\nThe talks came a day after President Ana Lenko telephoned both Ivo Marek and "
                + "Tomas Ruiz to urge them to approve the plan.");
        assertFalse(statements(x).isEmpty());
        assertTrue(statements(x).stream().allMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("Ana Lenko"))),
                statements(x).toString());
    }

    @Test
    void havingNoPlansToMeetIsNoStatement() {
        Extraction x = extract("date 2025-03-10 Plans\n\nOfficials in Lima said Ana Lenko had no plans to meet Ivo Marek, whom "
                + "Ruritanian leaders have called a traitor.");
        assertEquals(List.of(), statements(x), statements(x).toString());
    }

    @Test
    void aPredicateAfterARelativeClauseIsTheMainClause() {
        Extraction x = extract("date 2025-03-11 Summit\n\nAna Lenko, who took office last month, was in Lima on Monday for a summit "
                + "with Ruritanian President Ivo Marek when the test was announced.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.status() == Status.OCCURRED && m.date() != null && m.date().iso().equals("2025-03-10")), meetings(x).toString());
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Lenko"))), visits(x).toString());
    }

    @Test
    void aMeetingAPresentClauseLooksAheadToIsPlanned() {
        Extraction x = extract("date 2025-03-10 Trip\n\nAna Lenko will fly to Lima on Friday. The trip comes ahead of a summit "
                + "between Ana Lenko and Ivo Marek on Sunday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.status() == Status.PLANNED && m.date() != null && m.date().iso().equals("2025-03-16")), meetings(x).toString());
    }

    @Test
    void whoeverMediatesTalksTakesPartInThem() {
        Extraction x = extract("date 2013-04-03 Talks\n\nTalks between Ana Lenko and Ivo Marek mediated by Eva Lind ended without "
                + "agreement on Tuesday.\n\nAna Lenko and Tomas Ruiz held talks in Lima on Monday, mediated by Jan Berg.\n\n"
                + "The deal came after hours of negotiations mediated by Jan Berg.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek", "Eva Lind"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Tomas Ruiz", "Jan Berg"))),
                meetings(x).toString());
        // A mediator alone names no sides.
        assertEquals(2, meetings(x).size(), meetings(x).toString());
    }

    @Test
    void aMeetingInReportsSomeoneDeniedIsDenied() {
        Extraction x = extract("date 2013-04-03 Talks\n\nIvo Marek denied reports in the daily Acme Post that he had secretly met "
                + "Tomas Ruiz in Vienna last week, calling them \"pure invention\".");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))
                && m.status() == Status.DENIED), meetings(x).toString());
    }

    @Test
    void talksAPlanIsToldAfterHaveTheirOwnTime() {
        Extraction x = extract("date 2012-04-15 Talks\n\nAna Lenko and Ivo Marek agreed on Saturday to hold a further round of talks "
                + "in Lima on May 23, after a day of negotiations in Istanbul between Iran and Turkey.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.status() == Status.PLANNED && m.date() != null && m.date().iso().equals("2012-05-23")), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Iran", "Turkey"))
                && m.status() == Status.OCCURRED && m.date() != null && m.date().iso().equals("2012-04-14")), meetings(x).toString());
    }

    @Test
    void aGulfAgencyLedeWithAColonDatelineAndTitlesAfterTheNames() {
        Extraction x = extract("date 2019-09-16 Call\n\nAbu Dhabi: His Highness Sheikh Ivo bin Tomas Al Marek, Crown Prince of Abu Dhabi "
                + "and Deputy Supreme Commander of the Armed Forces, received a phone call on Sunday from His Royal Highness Prince Karl "
                + "bin Jan bin Holm, Crown Prince, Deputy Prime Minister and Minister of Defence of Saudi Arabia.\n\nDuring the call, "
                + "Sheikh Ivo affirmed that the two countries stand together, the news agency reported.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo bin Tomas Al Marek", "Karl bin Jan bin Holm"))
                && m.mode() == Mode.PHONE && m.date() != null && m.date().iso().equals("2019-09-15")), meetings(x).toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON
                && (e.label().contains("Prince") || e.label().contains("Abu Dhabi"))), x.entities().toString());
        assertTrue(statements(x).stream().anyMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("Ivo bin Tomas Al Marek"))),
                statements(x).toString());
    }

    @Test
    void aPersonWhoDidTheFirstOfTwoReportedThingsSaysTheSecond() {
        Extraction x = extract("date 2017-06-07 Call\n\nThe White House said President Ana Lenko had spoken by phone with King Ivo Marek "
                + "on Tuesday and stressed that a united council is critical to peace.");
        assertTrue(statements(x).stream().anyMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("Ana Lenko"))
                && st.content().startsWith("a united council")), statements(x).toString());
    }

    @Test
    void anInfinitiveRightAfterTheObjectIsPartOfWhatWasStressed() {
        Extraction x = extract("date 2020-09-12 Call\n\nKing Ivo Marek stressed during the call the need to reach a just peace, "
                + "the Acme News Agency reported.");
        assertTrue(statements(x).stream().anyMatch(st -> labels(x, List.of(st.speaker())).equals(Set.of("Ivo Marek"))
                && st.content().equals("the need to reach a just peace")), statements(x).toString());
    }

    @Test
    void daysAfterAVisitCountFromTheReportsDayAndTheTalksThereShareIt() {
        Extraction x = extract("date 2018-10-28 Visit\n\nAna Lenko said on Saturday that Ruritania was \"a state present in the region\", "
                + "two days after Prime Minister Ivo Marek made a surprise visit to Lima where he held talks with King Tomas Ruiz.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek")) && v.date() != null
                && v.date().iso().equals("2018-10-25")), visits(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))
                && m.date() != null && m.date().iso().equals("2018-10-25")), meetings(x).toString());
    }

    @Test
    void aPlaceOfTwoWordsNerTookForAPersonIsAPlaceAndAParticipleAfterAnObjectIsTheSubjects() {
        Extraction x = extract("date 2017-06-14 Mediation\n\nSheikh Ivo Marek has been leading mediation efforts, visiting Riyadh, "
                + "Abu Dhabi and Doha last week.\n\nAna Lenko visited Riyadh, Abu Dhabi and Doha last week.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek"))), visits(x).toString());
        assertEquals(Set.of("Riyadh", "Abu Dhabi", "Doha"), visits(x).stream().filter(v -> labels(x, v.visitors()).equals(Set.of("Ana Lenko")))
                .map(v -> labels(x, List.of(v.place())).iterator().next()).collect(Collectors.toSet()), visits(x).toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON && e.label().equals("Abu Dhabi")), x.entities().toString());
    }

    @Test
    void aNameRightAfterAFrontedDayIsTheSubjectOfTheVerbAfterIt() {
        Extraction x = extract("date 2024-02-13 Rome\n\nAna Lenko arrived in Rome on Sunday. Later on Monday Lenko held talks with "
                + "Italian Prime Minister Eva Lind at Palazzo Chigi and was received by President Tomas Ruiz at the Quirinale.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Eva Lind"))
                && m.date() != null && m.date().iso().equals("2024-02-12")), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Tomas Ruiz"))),
                meetings(x).toString());
    }

    @Test
    void aPronounInAClauseOpeningTheSentenceIsTheMainSubjectAfterIt() {
        Extraction x = extract("date 2023-01-25 Summit\n\nForeign Minister Ivo Marek would travel in his place, officials said.\n\n"
                + "Speaking after he had met Marek in Lima, Tomas Ruiz said the talks had gone well.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Tomas Ruiz", "Ivo Marek"))),
                meetings(x).toString());
    }

    @Test
    void theHostOfTalksBetweenTwoOthersTakesPartInThem() {
        Extraction x = extract("date 2023-03-11 Talks\n\nThe talks between Ana Lenko and Ivo Marek were hosted by Eva Lind, who "
                + "described the agreement as a victory.");
        assertEquals(List.of(Set.of("Ana Lenko", "Ivo Marek", "Eva Lind")), meetings(x).stream().map(m -> labels(x, m.participants())).toList(),
                meetings(x).toString());
    }

    @Test
    void themAfterAJoinedSubjectOfTheSameSentenceIsThatPair() {
        Extraction x = extract("date 2008-02-07 Talks\n\nAna Lenko and Ivo Marek shook hands in public for the first time on "
                + "January 24, when Tomas Ruiz brought them together at a hotel in Lima.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek", "Tomas Ruiz"))
                && m.date() != null && m.date().iso().equals("2008-01-24")), meetings(x).toString());
    }

    @Test
    void arrivingSomewhereBeforeTellingReportersIsATrip() {
        Extraction x = extract("date 2019-07-06 Summit\n\nThe summit will go ahead, Ivo Marek told reporters after arriving in Lima on Friday.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek"))
                && labels(x, List.of(v.place())).equals(Set.of("Lima")) && v.date() != null && v.date().iso().equals("2019-07-05")),
                visits(x).toString());
    }

    @Test
    void theNameAfterAnOpeningParticipleIsTheTraveller() {
        Extraction x = extract("date 2023-03-14 Trip\n\nAccompanied by her deputy, Ana Lenko arrived in Lima on Monday.\n\n"
                + "Joined by his wife, Karl Holm visited Oslo on Tuesday.");
        assertEquals(Set.of(Set.of("Ana Lenko"), Set.of("Karl Holm")), visits(x).stream().map(v -> labels(x, v.visitors())).collect(Collectors.toSet()),
                visits(x).toString());
    }

    @Test
    void aVisitToASiteIsAVisitToItsPlaceWithThoseWhoCameAlong() {
        Extraction x = extract("date 2019-03-19 Visit\n\nAna Lenko paid an unscheduled visit to the headquarters of the agency in "
                + "Vienna, accompanied by Justice Minister Ivo Marek.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && labels(x, List.of(v.place())).equals(Set.of("Vienna"))), visits(x).toString());
    }

    @Test
    void leadersWhoArrivedTogetherAreReceivedAndMeetAsAGroup() {
        Extraction x = extract("date 2016-12-14 Mission\n\nPresident Ana Lenko arrived in Lima on Tuesday with Nigeria's Ivo Marek, "
                + "Ghana's Eva Lind and Kenya's Jan Berg. Tomas Ruiz received the leaders at the palace for three hours of talks, "
                + "and they later met Karl Holm at a hotel in the capital.");
        Set<String> four = Set.of("Ana Lenko", "Ivo Marek", "Eva Lind", "Jan Berg");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(four)), visits(x).toString());
        Set<Set<String>> met = meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet());
        Set<String> received = new java.util.HashSet<>(four);
        received.add("Tomas Ruiz");
        Set<String> metLater = new java.util.HashSet<>(four);
        metLater.add("Karl Holm");
        assertEquals(Set.of(received, metLater), met, meetings(x).toString());
    }

    @Test
    void whoeverTouredASiteWithTheVisitorCameToo() {
        Extraction x = extract("date 2017-09-14 Camps\n\nAna Lenko toured camps in Zenda last Thursday with Foreign Minister Ivo Marek.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Lenko", "Ivo Marek"))), visits(x).toString());
    }

    @Test
    void aSpokesmanWhoToldABriefingWhatHisCountryWantsAndCalledForMoreMakesTwoStatements() {
        Extraction x = extract("date 2019-02-27 Briefing\n\nSpokesman Jan Berg told a press briefing on Wednesday that Peru \"strongly "
                + "urges\" the North to abide by the resolutions, and called on all parties to act cautiously.\n\n"
                + "Foreign Minister Ana Lenko said on Monday that Chile hoped the visit would bring new momentum to bilateral ties.\n\n"
                + "President Ivo Marek said Ruritania was ready to take in more refugees and called for a mechanism to share them.");
        Set<List<String>> said = statements(x).stream().map(st -> List.of(labels(x, List.of(st.speaker())).iterator().next(), st.content()))
                .collect(Collectors.toSet());
        assertEquals(Set.of(List.of("Jan Berg", "Peru \"strongly urges\" the North to abide by the resolutions"),
                List.of("Jan Berg", "all parties to act cautiously"),
                List.of("Ana Lenko", "Chile hoped the visit would bring new momentum to bilateral ties"),
                List.of("Ivo Marek", "Ruritania was ready to take in more refugees and called for a mechanism to share them"),
                List.of("Ivo Marek", "a mechanism to share them")), said, statements(x).toString());
    }

    @Test
    void twoWhoShookHandsAndHeldTalksBothHeldThem() {
        Extraction x = extract("date 2017-11-30 Talks\n\nChinese President Karl Holm and Taiwan's President Tomas Ruiz shook hands "
                + "and held closed-door talks at a hotel in Singapore on Saturday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Karl Holm", "Tomas Ruiz"))
                && m.status() == Status.OCCURRED && m.date() != null && m.date().iso().equals("2017-11-25")), meetings(x).toString());
    }

    @Test
    void theTwoMenAreTheOneWhoHeldTalksInARelativeClauseAndHisCounterpart() {
        Extraction x = extract("date 2022-01-08 Trip\n\nPrime Minister Ivo Marek returned from Zenda on Saturday after a visit "
                + "during which he held talks with junta leader Jan Berg.\n\nThe two men met in Lima on Friday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Jan Berg"))
                && m.date() != null && m.date().iso().equals("2022-01-07")), meetings(x).toString());
    }

    @Test
    void anOfficeThatReportsAPostponedTripIsNoTraveller() {
        Extraction x = extract("date 2015-04-27 Quake\n\nPrime Minister Ivo Marek chaired a cabinet meeting on Sunday.\n\n"
                + "His office said a visit to Beijing planned for next month had been postponed.");
        assertTrue(visits(x).stream().flatMap(v -> v.visitors().stream()).noneMatch(id -> id.startsWith("organization/")), visits(x).toString());
    }

    @Test
    void aCountrysCallTellByItsMinistrysSpokesmanIsTheSpokesmansStatement() {
        Extraction x = extract("date 2017-07-05 Test\n\nChinese Foreign Ministry spokesman Ivo Marek said on Wednesday that China "
                + "called on \"all parties to exercise restraint\".");
        assertEquals(List.of("Ivo Marek"), statements(x).stream().map(st -> labels(x, List.of(st.speaker())).iterator().next()).toList(),
                statements(x).toString());
    }

    @Test
    void theTwoLeadersAreTheTwoHeadsTheSentenceBeforeNamesRatherThanTheLedesPair() {
        Extraction x = extract("date 2017-02-14 Talks\n\nPrime Minister Karl Holm met President Ivo Marek in Lima on Monday.\n\n"
                + "Relations with Borduria remain strained. President Ana Lenko cancelled a planned visit to Lima last month after "
                + "President Ivo Marek insisted that Borduria would pay for a wall along the border. The two leaders spoke by "
                + "telephone the following day.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.mode() == Mode.PHONE), meetings(x).toString());
    }

    @Test
    void aTripWithAnAppositionAfterItIsATripAndWhoeverJudgesItIsNoTraveller() {
        Extraction x = extract("date 2019-04-15 Tour\n\nSecretary of State Ivo Marek travelled to the Colombian border city of "
                + "Cúcuta on Sunday, the last stop of a four-nation tour.\n\nIn Lima, Jan Berg called the visit a \"provocation\".");
        assertEquals(Set.of(Set.of("Ivo Marek")), visits(x).stream().map(v -> labels(x, v.visitors())).collect(Collectors.toSet()),
                visits(x).toString());
    }

    @Test
    void itAddedAfterANamedBodyReportedIsThatBody() {
        Extraction x = extract("date 2024-01-30 Summit\n\nSomalia rejected the plan on Monday.\n\nItalian Foreign Minister Tomas Ruiz "
                + "held a video call on Sunday with his Egyptian counterpart Jan Berg, the Belvoir said. Ruiz is due to travel to "
                + "Cairo next week, it added.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().equals("Ruiz is due to travel to Cairo next week")
                && labels(x, List.of(st.speaker())).equals(Set.of("Belvoir"))), statements(x).toString());
    }

    @Test
    void whatAHearerIsWarnedToDoOrAgainstIsTheContent() {
        Extraction x = extract("date 2021-03-17 Test\n\nAna Lenko, the sister of the leader, warned Washington on Tuesday to "
                + "\"refrain from causing a stink\" if it wanted to sleep in peace.\n\nIvo Marek warned Lima against any attempt to "
                + "change the border.");
        assertEquals(Set.of("to \"refrain from causing a stink\" if it wanted to sleep in peace", "against any attempt to change the border"),
                statements(x).stream().map(Statement::content).collect(Collectors.toSet()), statements(x).toString());
    }

    @Test
    void aHyphenatedNameEndingInAFunctionWordStaysOneName() {
        Extraction x = extract("date 2017-07-06 Talks\n\nRuritanian President Lee Tae-in met Chancellor Ana Lenko in Berlin on Wednesday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Lee Tae-in", "Ana Lenko"))
                && m.date() != null && m.date().iso().equals("2017-07-05")), meetings(x).toString());
    }

    @Test
    void aListOfNamesHoldsATelephoneConferenceOrAConferenceCall() {
        Extraction x = extract("date 2015-02-07 Leaders to talk\n\nThe crisis deepened on Friday.\n\nAna Lenko, Ivo Marek, Jan Berg and "
                + "Karl Holm will hold a telephone conference on Sunday.\n\nEva Lind and Tomas Ruiz held a conference call on Friday.\n\n"
                + "Karl Holm initially conceded to Eva Lind in a televised phone call after the vote.");
        Set<Set<String>> calls = meetings(x).stream().filter(m -> m.mode() == Mode.PHONE).map(m -> labels(x, m.participants()))
                .collect(Collectors.toSet());
        assertEquals(Set.of(Set.of("Ana Lenko", "Ivo Marek", "Jan Berg", "Karl Holm"), Set.of("Eva Lind", "Tomas Ruiz"),
                Set.of("Karl Holm", "Eva Lind")), calls, meetings(x).toString());
    }

    @Test
    void aStopoverMadeSomewhereIsAVisit() {
        Extraction x = extract("date 2015-12-26 Trip\n\nIvo Marek made a surprise stopover in Lahore on Friday on his way back from "
                + "Kabul.\n\nAna Lenko pointed to a stopover in Quito.");
        assertEquals(List.of(Set.of("Lahore")), visits(x).stream().map(v -> labels(x, List.of(v.place()))).toList(), visits(x).toString());
    }

    @Test
    void heWhoSaysHeWillMeetIsTheOneWhoJustReported() {
        Extraction x = extract("date 2016-10-23 Visit\n\nDefense Secretary Karl Holm arrived in Lima on Saturday for talks with Prime "
                + "Minister Ivo Marek.\n\nHolm flew in from Quito, where he met President Jan Berg on Friday.\n\nAfter the meeting in Lima, "
                + "Marek told reporters that foreign forces were not needed. He said he would meet Berg only after the troops left the camp.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Jan Berg"))
                && m.status() == Status.HYPOTHETICAL || labels(x, m.participants()).equals(Set.of("Ivo Marek", "Jan Berg"))
                && m.status() == Status.PLANNED), meetings(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).equals(Set.of("Karl Holm", "Jan Berg"))
                && m.date() == null), meetings(x).toString());
    }

    @Test
    void aTripTakenAfterAMeetingLeavesTheMeetingWhereItWas() {
        Extraction x = extract("date 2018-03-09 Leaders fly on\n\nChancellor Ana Lenko and President Ivo Marek arrived in Kyiv on "
                + "Thursday.\n\nThe two leaders flew to Moscow after meeting Prime Minister Jan Berg on Thursday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek", "Jan Berg"))
                && !"Moscow".equals(label(x, m.place()))), meetings(x).toString());
        assertTrue(visits(x).stream().anyMatch(v -> "Moscow".equals(label(x, v.place())) && v.host() == null), visits(x).toString());
    }

    @Test
    void aDateInTheRelativeClauseOfATripsOriginIsNotTheTrips() {
        Extraction x = extract("date 2017-03-18 Tour\n\nKarl Holm met President Jan Berg in Seoul on Friday.\n\nHe arrived in Seoul "
                + "from Tokyo, where he held talks Thursday with Prime Minister Ivo Marek.");
        assertTrue(visits(x).stream().anyMatch(v -> "Seoul".equals(label(x, v.place()))
                && (v.date() == null || !v.date().iso().equals("2017-03-16"))), visits(x).toString());
    }

    @Test
    void separateTalksAfterASummitAreMeetingsOfTheirOwn() {
        Extraction x = extract("date 2018-09-08 Summit\n\nPresidents Ana Lenko, Ivo Marek and Jan Berg met in Tehran on Friday for a "
                + "summit.\n\nBefore the trilateral session, Lenko held separate talks with Marek, and Berg and Lenko met one-on-one "
                + "after the summit.");
        Set<Set<String>> sides = meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet());
        assertTrue(sides.containsAll(Set.of(Set.of("Ana Lenko", "Ivo Marek"), Set.of("Jan Berg", "Ana Lenko"),
                Set.of("Ana Lenko", "Ivo Marek", "Jan Berg"))), meetings(x).toString());
    }

    @Test
    void theMorningIsOnTheDayTheStoryIsOn() {
        Extraction x = extract("date 2018-09-08 Summit\n\nThe leaders gathered in Tehran on Friday.\n\nPresident Ana Lenko received "
                + "Prime Minister Ivo Marek at the Acme Palace in the morning.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.date() != null && m.date().iso().equals("2018-09-07")), meetings(x).toString());
    }

    @Test
    void talksThatATripBeforeTheMainVerbIsForAreTheTravellers() {
        Extraction x = extract("date 2016-07-25 Tour\n\nKarl Holm will also pay a courtesy call on Prime Minister Eva Lind before "
                + "flying to Manila for talks with President Ivo Marek.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Karl Holm", "Ivo Marek"))
                && m.status() == Status.PLANNED), meetings(x).toString());
        assertTrue(visits(x).stream().anyMatch(v -> "Manila".equals(label(x, v.place())) && v.status() == Status.PLANNED),
                visits(x).toString());
    }

    @Test
    void anUnnamedOfficialClosingTheSentenceIsNoNamedSpeaker() {
        Extraction x = extract("date 2016-11-16 Talks\n\nKarl Holm held talks with Ruritania's special envoy for trade, Ivo Marek, "
                + "on Tuesday morning, a ministry official said.");
        assertTrue(statements(x).stream().noneMatch(st -> "Ivo Marek".equals(label(x, st.speaker()))), statements(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Karl Holm", "Ivo Marek"))
                && m.date() != null && m.date().iso().equals("2016-11-15")), meetings(x).toString());
    }

    @Test
    void aTitleCaseVerbInAHeadlineIsNoPartOfAName() {
        Extraction x = extract("date 2016-01-28 Marek Receives Lenko in Paris as Talks Open - PARIS — Ruritanian President Ana "
                + "Lenko held talks with French President Ivo Marek on Thursday.");
        assertTrue(x.entities().stream().noneMatch(e -> e.label().contains("Receives")), x.entities().toString());
        assertTrue(meetings(x).stream().allMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))),
                meetings(x).toString());
    }

    @Test
    void aHeadlineRunIntoItsDatelineAndLedeIsReadApart() {
        Extraction x = extract("date 2016-03-14 Lenko Arrives for Talks-LIMA — -Ruritanian President Ana Lenko arrived on Monday for "
                + "talks with Peruvian President Ivo Marek, officials said.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Lenko")) && "Lima".equals(label(x, v.place()))),
                visits(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))),
                meetings(x).toString());
    }

    @Test
    void anArrivalWhosePurposeTellsWhereIsNotAtTheDateline() {
        Extraction x = extract("date 2016-04-01 Drills\n\nLIMA — Ruritanian leader Ivo Marek arrived on Friday to inspect a military "
                + "drill at an undisclosed site, state media said.");
        assertTrue(visits(x).stream().noneMatch(v -> "Lima".equals(label(x, v.place()))), visits(x).toString());
    }

    @Test
    void aRelativeClausesObjectIsNoContentOfItsVerb() {
        Extraction x = extract("date 2016-08-04 Coup\n\nLIMA — Karl Holm said Peru expected Borduria to act quickly on its request to "
                + "extradite the cleric Ivo Marek, whom the government blames for the coup.");
        assertTrue(statements(x).stream().noneMatch(st -> st.cue().equalsIgnoreCase("blames")), statements(x).toString());
    }

    @Test
    void aSecondObjectBeforeASubjectlessClauseIsThatClausesSubject() {
        Extraction x = extract("date 2016-10-25 Talks\n\nPresident Ana Lenko met Ivo Marek at the Acme Palace on Monday, hours after a "
                + "papal envoy, Archbishop Karl Holm, announced in Lima that the talks would begin on Sunday.");
        assertTrue(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).contains("Karl Holm")), meetings(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> "Karl Holm".equals(label(x, st.speaker()))), statements(x).toString());
    }

    @Test
    void aMeetingRefusedDoesNotTakePlace() {
        Extraction x = extract("date 2015-12-01 Rebuff\n\nPresident Ana Lenko refused to meet President Ivo Marek on the sidelines of "
                + "the climate conference on Monday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.status() == Status.CANCELLED), meetings(x).toString());
    }

    @Test
    void aNamedVenueKeepsTheDatelineFromPlacingAMeetingAtHome() {
        Extraction x = extract("date 2017-04-12 Talks\n\nLIMA — Chilean President Ana Lenko, who hosted Peruvian President Ivo Marek "
                + "at the Zendal Lodge on Tuesday, said trade had grown.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && !"Lima".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void membersOfOneBodyMeetAsThatBody() {
        Extraction x = extract("date 2019-06-12 Talks\n\nFinance ministers from the Northern Ports League economies gathered in Oslo on "
                + "Saturday for two days of talks.\n\nLeaders of the member countries of the Northern Ports League met in Bergen on "
                + "Tuesday for their first summit.");
        assertEquals(List.of("2019-06-08", "2019-06-11"), meetings(x).stream()
                .filter(m -> labels(x, m.participants()).equals(Set.of("Northern Ports League")))
                .map(m -> m.date().iso()).sorted().toList(), meetings(x).toString());
    }

    @Test
    void whomOneCongratulatesInACallIsOnTheCall() {
        Extraction x = extract("date 2017-04-12 Talks\n\nRuritanian President Ana Lenko, who congratulated Ivo Marek in a phone call "
                + "last week, said on Tuesday she had invited him to visit.");
        assertTrue(meetings(x).stream().anyMatch(m -> m.mode() == Mode.PHONE
                && labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))), meetings(x).toString());
    }

    @Test
    void whoCallsOffAMeetingWithSomeoneWasToBeAtIt() {
        Extraction x = extract("date 2017-04-12 Talks\n\nPresident Karl Holm on Thursday called off a meeting with President Jan "
                + "Berg that had been planned for next week.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Karl Holm", "Jan Berg"))
                && m.status() == Status.CANCELLED), meetings(x).toString());
    }

    @Test
    void aWarningAgainstAnActKeepsTheActsObject() {
        Extraction x = extract("date 2017-04-12 Talks\n\nForeign Ministry spokeswoman Eva Lind warned Borduria against repeating last "
                + "week's missile strike on an air base.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().contains("missile strike")), statements(x).toString());
    }

    @Test
    void aTripCalledOffNeitherHostsNorPlacesAPlannedMeeting() {
        Extraction x = extract("date 2019-08-16 Talks\n\nRuritanian President Ana Lenko called off her visit to Italy on Saturday.\n\n"
                + "Lenko is expected to hold her first bilateral meeting with Prime Minister Ivo Marek on the sidelines of the summit.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.place() == null), meetings(x).toString());
        assertTrue(visits(x).stream().allMatch(v -> v.host() == null), visits(x).toString());
    }

    @Test
    void commandersFromTwoCountriesMeetForThem() {
        Extraction x = extract("date 2020-06-05 Border\n\nMilitary commanders from India and China are to meet on Saturday at Chushul.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("India", "China"))),
                meetings(x).toString());
    }

    @Test
    void talksAStayIncludesAreTheTravellersAndShareItsPlan() {
        Extraction x = extract("date 2019-02-20 Summit\n\nRuritanian leader Ivo Marek is expected to stay on for an official goodwill "
                + "visit after the summit, including talks with President Karl Holm.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Karl Holm"))
                && m.status() == Status.PLANNED), meetings(x).toString());
    }

    @Test
    void aGroupIncludingNamedMembersIsThoseMembers() {
        Extraction x = extract("date 2022-03-01 Oil\n\nThe Northern Ports League and its allies, including Peru, are due to meet "
                + "by video conference on Wednesday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Northern Ports League", "Peru"))),
                meetings(x).toString());
    }

    @Test
    void aWishJoinedDeepInTheReportedClauseIsPartOfIt() {
        Extraction x = extract("date 2020-03-12 Talks\n\nTrade Minister Karl Holm said Peru remained ready to host the conference and "
                + "hoped it could take place in the capital next year.");
        assertTrue(statements(x).stream().anyMatch(st -> "Karl Holm".equals(label(x, st.speaker())) && st.content().contains("hoped")),
                statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> "Peru".equals(label(x, st.speaker()))), statements(x).toString());
    }

    @Test
    void anAppealKeepsItsSecondInfinitive() {
        Extraction x = extract("date 2015-11-25 Calm\n\nSecretary-General Karl Holm urged both sides to remain calm and to avoid steps "
                + "that could escalate the crisis.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().contains("remain calm") && st.content().contains("escalate")),
                statements(x).toString());
    }

    @Test
    void aCapitalsMinistryIsItsCountrysMinistry() {
        Extraction x = extract("date 2019-05-10 Talks\n\nLima's Foreign Ministry said Foreign Minister Ana Lenko would travel to Tokyo "
                + "next month for talks.");
        assertTrue(statements(x).stream().anyMatch(st -> x.entity(st.speaker()).map(e -> e.aliases().contains("Ministry of Foreign Affairs of Peru"))
                .orElse(false)), statements(x).toString() + x.entities());
    }

    @Test
    void aKnownNameHoldingOfAndANumberIsFoundWhereNerMissesIt() {
        Extraction x = extract("date 2020-03-27 Summit\n\nLeaders of the Group of 20 major economies held a virtual summit on Thursday, "
                + "chaired by Ruritanian President Ana Lenko.");
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Group of 20") && e.link() != null && "Q19771".equals(e.link().qid())),
                x.entities().toString());
    }

    @Test
    void theTwoAfterAMainClauseAreItsSubjectAndTheTitledOne() {
        Extraction x = extract("date 2016-11-15 Plan\n\nU.N. envoy Jan Berg is expected in Quito later this week to meet President "
                + "Tomas Ruiz. Ruiz rejected the envoy's road map for peace after the two met in Quito on Oct. 29, saying it rewarded "
                + "the rebels.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Jan Berg", "Tomas Ruiz"))
                && m.date() != null && m.date().iso().equals("2016-10-29")), meetings(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> m.participants().size() < 2), meetings(x).toString());
    }

    @Test
    void theGovernmentDelegationIsTheOneLedByItsHead() {
        Extraction x = extract("date 2017-06-13 Talks\n\nThe government delegation, led by Foreign Minister Eva Lind, arrived in Lima "
                + "on Sunday. President Tomas Ruiz received the government delegation on Monday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Tomas Ruiz", "Eva Lind"))),
                meetings(x).toString());
    }

    @Test
    void discussingAPlanWithSomeoneByPhoneIsACall() {
        Extraction x = extract("date 2016-11-15 Truce\n\nPeruvian Foreign Minister Juan Lenko said on Tuesday that the rebels had "
                + "agreed to a truce. He said he had discussed the plan with Deputy Crown Prince Ivo Marek by phone on Sunday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Juan Lenko", "Ivo Marek"))
                && m.mode() == Mode.PHONE), meetings(x).toString());
    }

    @Test
    void keepingOnTalkingIsNoMeetingOfItsOwn() {
        Extraction x = extract("date 2016-01-04 Calls\n\nPeruvian President Ivo Marek and Chilean President Jan Berg traded accusations "
                + "on Sunday.\n\nPress secretary Karl Holm said Foreign Minister Ana Lenko had called Marek and Berg over the weekend "
                + "and would keep talking to both.");
        assertTrue(meetings(x).stream().noneMatch(m -> m.status() == Status.PLANNED), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> m.mode() == Mode.PHONE), meetings(x).toString());
    }

    @Test
    void aMeetingThatFramesANegatedVerbInTimeIsNotDenied() {
        Extraction x = extract("date 2015-10-24 Talks\n\nForeign Minister Ana Lenko held talks with President Ivo Marek in Lima on "
                + "Saturday. Marek did not speak to reporters after his meeting with Lenko.");
        assertTrue(meetings(x).stream().noneMatch(m -> m.status() == Status.DENIED), meetings(x).toString());
        assertEquals(1, meetings(x).size(), meetings(x).toString());
    }

    @Test
    void aVisitByAnUnnamedDelegationIsNobodyElsesTrip() {
        Extraction x = extract("date 2017-09-27 Referendum\n\nPresident Ana Lenko will travel to Quito next week. A visit to Lima by a "
                + "regional delegation, which had been scheduled for Thursday, was canceled, an adviser said.");
        assertTrue(visits(x).stream().noneMatch(v -> v.status() == Status.CANCELLED), visits(x).toString());
    }

    @Test
    void aSurnameNerTookForACityIsThePersonAsASubject() {
        Extraction x = extract("date 2023-06-03 Talks\n\nU.S. Defense Secretary Tomas Austin met Peruvian Defence Minister Ivo Marek "
                + "on Saturday.\n\nAustin is scheduled to travel to New Delhi on Sunday for talks with Indian Defence Minister Karl Holm, "
                + "and will then visit Paris, where he is to meet French Armed Forces Minister Jan Berg.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Tomas Austin", "Karl Holm"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Tomas Austin", "Jan Berg"))),
                meetings(x).toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.label().equals("Austin")), x.entities().toString());
    }

    @Test
    void talksATripMadeByALightVerbIsForAreTheTravellers() {
        Extraction x = extract("date 2022-03-08 Talks\n\nPeruvian President Ana Lenko, who made a surprise visit to Quito on Saturday "
                + "for talks with Ivo Marek, said the gaps remained wide.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> m.participants().size() < 2), meetings(x).toString());
    }

    @Test
    void aVerbAndTheMeetingNounItHoldsAreOneTellingDespiteLater() {
        Extraction x = extract("date 2023-06-03 Tour\n\nPeruvian Defence Minister Juan Lenko met Chilean President Karl Holm in Santiago "
                + "and was due to hold talks with Defence Minister Ivo Marek and Foreign Minister Jan Berg later in the day.");
        assertTrue(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Jan Berg"))),
                meetings(x).toString());
    }

    @Test
    void aNameHungOnItsTitleStillNamesTheSpeaker() {
        Extraction x = extract("date 2017-01-23 Talks\n\nThe government's chief negotiator, Peru's U.N. ambassador Ivo Marek, called "
                + "Lenko's remarks \"provocative\" and accused the rebels of representing \"terrorist groups.\" He said Lima had agreed "
                + "to come only because of Chile.");
        assertTrue(statements(x).stream().anyMatch(st -> "Ivo Marek".equals(label(x, st.speaker())) && st.content().contains("Chile")),
                statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> "Ivo Marek".equals(label(x, st.speaker())) && st.content().contains("provocative")),
                statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> "Ivo Marek".equals(label(x, st.speaker())) && st.content().contains("representing")),
                statements(x).toString());
    }

    @Test
    void anAppealWithAQuoteRightAfterToIsAnAppeal() {
        Extraction x = extract("date 2016-01-04 Crisis\n\nThe Peruvian Foreign Ministry urged both sides to \"exercise restraint.\"");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().contains("exercise restraint") && st.act() == SpeechAct.APPEAL),
                statements(x).toString());
    }

    @Test
    void aCountrysMissionToTheUnSpeaks() {
        Extraction x = extract("date 2018-09-24 Assembly\n\nPeru's mission to the UN said President Ana Lenko had no plans to meet "
                + "Ivo Marek during the week.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().contains("no plans") && x.entity(st.speaker())
                .map(e -> e.type() == EntityType.ORGANIZATION).orElse(false)), statements(x).toString());
    }

    @Test
    void aBodyTheParserJoinedToAnObjectBeforeItsVerbIsThatVerbsSubject() {
        Extraction x = extract("date 2018-05-21 Talks\n\nChilean President Ivo Marek will chair the talks.\n\nBolivian army chief "
                + "Karl Holm has refused to attend talks chaired by Marek, "
                + "accusing Chile of bias, and the Bolivian Foreign Ministry said on Wednesday that La Paz would not accept Chile's "
                + "chairmanship of the quartet.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().contains("chairmanship") && x.entity(st.speaker())
                .map(e -> e.type() == EntityType.ORGANIZATION).orElse(false)), statements(x).toString());
    }

    @Test
    void aVisitCalledOffInASentenceRootedAtTheNameIsThatPersons() {
        Extraction x = extract("date 2019-02-25 Trips\n\nPeruvian Foreign Minister Ana Lenko will fly to Quito next week.\n\nAustrian "
                + "Chancellor Ivo Marek, whose government has capped asylum claims, called off a visit to Athens planned for Thursday.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek")) && v.status() == Status.CANCELLED),
                visits(x).toString());
        assertTrue(visits(x).stream().noneMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Lenko")) && v.status() == Status.CANCELLED),
                visits(x).toString());
    }

    @Test
    void aStopDroppedFromATourIsACancelledVisit() {
        Extraction x = extract("date 2024-02-07 Tour\n\nPeruvian Foreign Minister Ana Lenko had dropped a planned stop in Quito.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Lenko")) && v.status() == Status.CANCELLED
                && "Quito".equals(label(x, v.place()))), visits(x).toString());
    }

    @Test
    void aSeriesOfMeetingsAgreedOnIsNoMeeting() {
        Extraction x = extract("date 2023-03-18 Ties\n\nPeruvian President Ana Lenko and Chilean President Ivo Marek agreed to hold "
                + "annual summits.");
        assertTrue(meetings(x).isEmpty(), meetings(x).toString());
    }

    @Test
    void unnamedMembersOfABodyAreNoSpeaker() {
        Extraction x = extract("date 2020-03-06 Talks\n\nAna Lenko is expected to travel to Quito in June, according to two African Union "
                + "diplomats.\n\nAfrican Union officials said the vote in Lima was calm.\n\nIf the talks fail, Lenko could meet Ivo Marek "
                + "again at the summit, a Peruvian government source said, adding that Lima did not expect that to be necessary.\n\n"
                + "African Union observers said the count in Quito was fair.");
        assertEquals(Set.of("the count in Quito was fair"), statements(x).stream().map(Statement::content).collect(Collectors.toSet()),
                statements(x).toString());
    }

    @Test
    void itTakesUpTheBodyThatSpokeLast() {
        Extraction x = extract("date 2020-03-06 Talks\n\nRuritanian Foreign Minister Ana Lenko will meet her Peruvian counterpart Ivo "
                + "Marek in Lima on Thursday, the Ruritanian Foreign Ministry said.\n\nThe ministry said Lenko would urge Peru to lift the "
                + "curbs. It said no agenda had been set for the talks with the Peruvian government.");
        Statement agenda = statements(x).stream().filter(st -> st.content().startsWith("no agenda")).findFirst().orElseThrow();
        assertEquals(EntityType.ORGANIZATION, x.entity(agenda.speaker()).orElseThrow().type(), statements(x).toString());
    }

    @Test
    void callingOnSomeoneAtTheirHotelIsAMeeting() {
        Extraction x = extract("date 2023-07-22 Visit\n\nRuritanian President Ana Lenko arrived in Lima on Thursday.\n\nPeruvian "
                + "Foreign Minister Ivo Marek called on her at her hotel on Thursday night.\n\nOn Friday, Lenko paid a call on President "
                + "Karl Holm at the palace.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.mode() == Mode.IN_PERSON), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Karl Holm"))
                && m.mode() == Mode.IN_PERSON), meetings(x).toString());
    }

    @Test
    void meetingsWithSeveralPeopleAreOneWithEach() {
        Extraction x = extract("date 2024-04-06 Trip\n\nRuritanian Finance Minister Ana Lenko is due to travel to Quito on Monday for "
                + "meetings with President Eva Lind and Foreign Minister Jan Berg.");
        assertEquals(Set.of(Set.of("Ana Lenko", "Eva Lind"), Set.of("Ana Lenko", "Jan Berg")),
                meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet()), meetings(x).toString());
    }

    @Test
    void aHighCommissionIsKnownByItsCity() {
        Extraction x = extract("date 2019-04-22 Talks\n\nThe Indian High Commission in Dhaka said in a statement that the consultations "
                + "had gone well.");
        Statement st = statements(x).stream().findFirst().orElseThrow();
        assertEquals("Indian High Commission in Dhaka", label(x, st.speaker()), statements(x).toString());
    }

    @Test
    void aTripAccompaniedBySomeoneIsTheirsTooAndThatEveningIsItsDay() {
        Extraction x = extract("date 2018-03-02 Visit\n\nRuritanian Prime Minister Ana Lenko began her first official visit to Peru on "
                + "Thursday.\n\nLenko arrived in Lima on Thursday afternoon, accompanied by Foreign Minister Ivo Marek, and attended a "
                + "dinner hosted by President Karl Holm at the palace that evening.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && "Lima".equals(label(x, v.place()))), visits(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Karl Holm"))
                && m.date() != null && m.date().iso().equals("2018-03-01")), meetings(x).toString());
    }

    @Test
    void callingSomeoneToReiterateAViewIsACall() {
        Extraction x = extract("date 2024-12-05 Trade\n\nPeruvian President Ana Lenko called Chilean President Ivo Marek on Wednesday "
                + "to reiterate Peru's objections.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.mode() == Mode.PHONE), meetings(x).toString());
    }

    @Test
    void talksAStayIsForAndTimeSpentNegotiatingAreTheSubjects() {
        Extraction x = extract("date 2018-08-31 Trade\n\nPeruvian Foreign Minister Ana Lenko will remain in Lima for further talks "
                + "with Ivo Marek.\n\nChilean Economy Minister Karl Holm, who spent five weeks negotiating with Marek in Washington, "
                + "said a deal was close.");
        Set<Set<String>> pairs = meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet());
        assertTrue(pairs.contains(Set.of("Ana Lenko", "Ivo Marek")), meetings(x).toString());
        assertTrue(pairs.contains(Set.of("Karl Holm", "Ivo Marek")), meetings(x).toString());
    }

    @Test
    void dueInAPlaceWithAnAdverbIsATrip() {
        Extraction x = extract("date 2023-05-22 Tour\n\nIvo Marek, who is also due in Quito this week, will meet Eva Lind on Friday.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek")) && v.status() == Status.PLANNED
                && "Quito".equals(label(x, v.place()))), visits(x).toString());
    }

    @Test
    void aCancelledCourtesyCallIsTheVisitors() {
        Extraction x = extract("date 2015-06-10 Trade\n\nUS Trade Representative Karl Holm arrived in Lima on Monday. A planned "
                + "courtesy call on President Eva Lind was cancelled because of scheduling conflicts.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Karl Holm", "Eva Lind"))
                && m.status() == Status.CANCELLED), meetings(x).toString());
    }

    @Test
    void talksAfterACourtesyCallAreInPerson() {
        Extraction x = extract("date 2023-05-22 Tour\n\nRuritanian Prime Minister Ana Lenko arrived in Lima on Sunday.\n\nOn Monday "
                + "morning she paid a courtesy call on Governor-General Ivo Marek at Government House before holding bilateral talks "
                + "with Karl Holm.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Karl Holm"))
                && m.mode() == Mode.IN_PERSON), meetings(x).toString());
    }

    @Test
    void aStopoverToMeetSomeoneIsTheTravellersMeeting() {
        Extraction x = extract("date 2023-05-22 Tour\n\nAna Lenko made a surprise stopover in Lima to meet Eva Lind.\n\nPeruvian "
                + "officials said she had asked both leaders to consult their governments.");
        assertEquals(Set.of(Set.of("Ana Lenko", "Eva Lind")),
                meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet()), meetings(x).toString());
    }

    @Test
    void aMeetingATripIncludesIsTheTravellers() {
        Extraction x = extract("date 2024-10-16 Talks\n\nRuritanian Foreign Minister Ana Lenko flew to Lima on Tuesday.\n\nHer trip "
                + "will include talks with President Karl Holm.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Karl Holm"))),
                meetings(x).toString());
    }

    @Test
    void discussingByPhoneWithSomeoneAndSittingDownAgainAreMeetings() {
        Extraction x = extract("date 2016-09-10 Talks\n\nUS Secretary of State Karl Holm had discussed the talks by phone with Peruvian "
                + "Foreign Minister Ana Lenko last week.\n\nHolm and Ruritanian Foreign Minister Ivo Marek sat down again in Geneva on "
                + "Friday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Karl Holm"))
                && m.mode() == Mode.PHONE), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Karl Holm"))),
                meetings(x).toString());
    }

    @Test
    void aGivenNameThatIsAlsoATitleStaysBeforeAPatronym() {
        Extraction x = extract("date 2017-06-10 Gulf\n\nMeanwhile, Qatar's Minister of State for Foreign Affairs Sultan bin Saad Al Ruiz "
                + "called off his visit to Cairo, which had been scheduled for next week.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Sultan bin Saad Al Ruiz"))
                && v.status() == Status.CANCELLED), visits(x).toString());
    }

    @Test
    void aWeekdayBeforeACommaIsThatDay() {
        Extraction x = extract("date 2016-04-18 Tour\n\nPeruvian Foreign Minister Ana Lenko was received by Chilean President Ivo Marek "
                + "at the Moneda presidential palace in Santiago on Monday, the second stop of a five-day tour of South America.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.date() != null && m.date().iso().equals("2016-04-18")), meetings(x).toString());
    }

    @Test
    void onePronounCalledOnIsTheVisitor() {
        Extraction x = extract("date 2016-10-26 Visit\n\nRuritanian Prime Minister Jan Berg held talks with Peruvian President Karl "
                + "Holm in Lima on Wednesday, midway through a three-city tour of Peru.\n\nBerg arrived in Cusco on Monday with a "
                + "delegation of business people. In Lima he paid a courtesy call on President Ivo Marek at the palace on Wednesday "
                + "morning, a day after Foreign Minister Eva Lind called on him at his hotel.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Eva Lind", "Jan Berg"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).equals(Set.of("Eva Lind", "Ivo Marek"))),
                meetings(x).toString());
    }

    @Test
    void aSubordinateClauseWithAVerbOfSpeechReportsNothingBeforeIt() {
        Extraction x = extract("date 2019-07-30 Talks\n\nPeruvian Foreign Minister Ana Lenko will meet her Chilean counterpart Ivo Marek "
                + "in Quito on Thursday.\n\nLenko and Marek last spoke by phone in May, before Santiago announced the curbs.");
        assertTrue(statements(x).isEmpty(), statements(x).toString());
    }

    @Test
    void talksOnOnesWayHomeAreOnesOwn() {
        Extraction x = extract("date 2020-09-05 Tour\n\nPeruvian Defence Minister Ana Lenko, who arrived in Quito on Wednesday, met "
                + "Ecuadorian Defence Minister Ivo Marek on Thursday. She is due to stop in Lima on Sunday on her way home for talks "
                + "with Chilean Defence Minister Karl Holm.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Karl Holm"))
                && m.status() == Status.PLANNED), meetings(x).toString());
    }

    @Test
    void aParticipleOnThePastSubjectHappenedThen() {
        Extraction x = extract("date 2021-05-22 Summit\n\nAcme Pact defence ministers meeting in Lima on Wednesday agreed to "
                + "strengthen the alliance's defences.\n\nLeaders attending the NATO summit in Madrid agreed on a statement on Friday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).contains("NATO") && m.status() == Status.OCCURRED
                && m.date() != null && m.date().iso().equals("2021-05-21")), meetings(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> m.status() == Status.PLANNED), meetings(x).toString());
    }

    @Test
    void aNumberedGroupsSummitIsTheGroupsMeeting() {
        Extraction x = extract("date 2021-05-22 Summit\n\nPeruvian President Ana Lenko opened the Group of 20 summit in Lima on "
                + "Tuesday.\n\nKarl Holm discussed the issue with Ivo Marek at the Group of Seven summit in Rome last month.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Group of 20", "Ana Lenko"))
                && m.place() != null && label(x, m.place()).equals("Lima")), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).containsAll(Set.of("Karl Holm", "Ivo Marek"))
                && m.place() != null && label(x, m.place()).equals("Rome")), meetings(x).toString());
    }

    @Test
    void aBodysOneWordNameNerMissedIsKnownByTheTable() {
        Extraction x = extract("date 2021-05-22 Summit\n\nOn Friday, the Mercosur leaders met in Lima.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Mercosur"))
                && m.place() != null && label(x, m.place()).equals("Lima")), meetings(x).toString());
    }

    @Test
    void callsFromSeveralCallersAreOneCallEach() {
        Extraction x = extract("date 2016-11-10 Calls\n\nRuritanian President-elect Ivo Marek received congratulatory calls from "
                + "Chilean President Karl Holm and Bolivian President Jan Berg on Thursday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Karl Holm"))
                && m.mode() == Mode.PHONE), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Jan Berg"))
                && m.mode() == Mode.PHONE), meetings(x).toString());
    }

    @Test
    void aMediumIsNoBody() {
        Extraction x = extract("date 2016-11-10 Talks\n\nPeruvian President Ana Lenko wrote on Twitter that the talks had gone well.");
        assertTrue(statements(x).stream().allMatch(st -> label(x, st.speaker()).equals("Ana Lenko")), statements(x).toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.label().equals("Twitter")), x.entities().toString());
    }

    @Test
    void theTitleANameOpensWithDescribesItsBearer() {
        Extraction x = extract("date 2019-03-16 Tour\n\nPope Anton Varga arrived in Lima on Friday. The Pope met Peruvian President Ivo "
                + "Marek in Lima on Saturday.\n\nThe pontiff held talks with Foreign Minister Karl Holm later on Saturday.\n\nEmperor Jan "
                + "Berg of Ruritania began a state visit to Peru on Monday. The emperor was welcomed by Marek at a ceremony in Lima.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Anton Varga", "Ivo Marek"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Anton Varga", "Karl Holm"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Jan Berg", "Ivo Marek"))),
                meetings(x).toString());
    }

    @Test
    void aBanquetInHonourOfAGuestSeatsTheGuest() {
        Extraction x = extract("date 2019-03-16 Visit\n\nKing Ivo Marek of Ruritania hosted a state banquet in honour of Peruvian "
                + "President Ana Lenko at the royal palace on Tuesday evening.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))),
                meetings(x).toString());
    }

    @Test
    void aCountrysNameOfTwoWordsNerMissedIsKnownByTheTable() {
        Extraction x = extract("date 2019-03-16 Visit\n\nThe two leaders spoke for 25 minutes, the Holy See said on Friday.");
        assertTrue(statements(x).stream().anyMatch(st -> label(x, st.speaker()).equals("Holy See")), statements(x).toString());
    }

    @Test
    void aCallFramingWhatTwoSidesDidIsATelephoneCall() {
        Extraction x = extract("date 2016-11-10 Calls\n\nDuring a 15-minute call on Wednesday, Ruritanian President Ivo Marek and "
                + "Peruvian President Ana Lenko agreed to meet soon.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.mode() == Mode.PHONE && m.status() == Status.OCCURRED), meetings(x).toString());
    }

    @Test
    void ministersMeetingInSessionHoldAMeetingThere() {
        Extraction x = extract("date 2017-12-10 Talks\n\nArab League foreign ministers, meeting in emergency session in Cairo on "
                + "Saturday, condemned the decision.\n\nASEAN foreign ministers met in an emergency session in Jakarta on Friday.\n\n"
                + "The National Assembly, meeting in an emergency session on Sunday, declared the vote void.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Arab League"))
                && m.place() != null && label(x, m.place()).equals("Cairo")), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("ASEAN"))
                && m.place() != null && label(x, m.place()).equals("Jakarta")), meetings(x).toString());
        assertEquals(2, meetings(x).size(), meetings(x).toString());
    }

    @Test
    void oneWhoTravelsWithTheVisitorAfterTheDestinationGoesToo() {
        Extraction x = extract("date 2018-08-25 Trip\n\nRuritanian Foreign Minister Ivo Marek said on Thursday that he would travel "
                + "to Chile next week with the newly appointed special envoy Jan Berg.\n\nMarek will travel to Lima for talks with "
                + "Karl Holm.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek", "Jan Berg"))),
                visits(x).toString());
        assertTrue(visits(x).stream().noneMatch(v -> labels(x, v.visitors()).contains("Karl Holm")), visits(x).toString());
    }

    @Test
    void noPlansToHoldAMeetingDenyIt() {
        Extraction x = extract("date 2015-04-11 Summit\n\nPeruvian President Ivo Marek had no plans to hold a formal meeting with "
                + "Chilean President Ana Lenko.\n\nMarek visited former Bolivian president Karl Holm in La Paz in July.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.status() == Status.DENIED), meetings(x).toString());
        assertTrue(visits(x).stream().anyMatch(v -> v.host() != null && label(x, v.host()).equals("Karl Holm")
                && v.place() != null && label(x, v.place()).equals("La Paz")), visits(x).toString());
    }

    @Test
    void wordsSpellingOutAKnownAcronymNameTheBody() {
        Extraction x = extract("date 2017-09-08 Refugees\n\nUN refugee chief Ivo Marek will travel to Peru next week to assess the "
                + "response, the UN High Commissioner for Refugees (UNHCR) said in a statement.");
        assertTrue(statements(x).stream().anyMatch(st -> label(x, st.speaker()).matches("UNHCR|UN High Commissioner for Refugees")
                && x.entities().stream().anyMatch(e -> e.id().equals(st.speaker()) && e.type() == EntityType.ORGANIZATION)),
                statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> label(x, st.speaker()).equals("Ivo Marek")), statements(x).toString());
    }

    @Test
    void theEuLeadersAreTheUnion() {
        Extraction x = extract("date 2021-05-22 Summit\n\nPeruvian President Ana Lenko will hold a summit with EU leaders in Brussels "
                + "next month.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "EU"))
                || labels(x, m.participants()).equals(Set.of("Ana Lenko", "European Union"))), meetings(x).toString());
    }

    @Test
    void aHeadlinesMeetingOfCountriesIsTheBodysMeetingOfPeopleThere() {
        Extraction x = extract("date 2018-06-09 Peru and Chile hold military talks in Helsinki\n\nIvo Marek, who heads the armed "
                + "forces, and his counterpart Jan Berg met in Helsinki on Friday for talks on deconfliction.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(Set.of("Ivo Marek", "Jan Berg"), labels(x, meetings(x).get(0).participants()), meetings(x).toString());
    }

    @Test
    void anAppealJoinedInsideTheReportedClauseIsKeptThereAndOnItsOwn() {
        Extraction x = extract("date 2021-03-10 Talks\n\nRuritanian Foreign Minister Ana Lenko said she had noted the statement and "
                + "urged Zenda to withdraw its troops.\n\nKarl Holm said there had been no progress, and denied that a summit had been set.");
        assertTrue(statements(x).stream().anyMatch(st -> st.cue().equals("said") && st.content().startsWith("she had noted")
                && st.content().endsWith("its troops")), statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> st.cue().equals("urged") && "Ana Lenko".equals(label(x, st.speaker()))
                && st.content().startsWith("Zenda to withdraw")), statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> st.cue().equals("said") && st.content().equals("there had been no progress")),
                statements(x).toString());
    }

    @Test
    void theTwoInATimeClauseAreTheTellerAndTheHearer() {
        Extraction x = extract("date 2018-11-14 Talks\n\nRuritanian Prime Minister Ana Lenko told Bordurian President Karl Holm on "
                + "Wednesday that the attacks were \"without excuse,\" as the two met on the sidelines of a summit in Lima.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Karl Holm"))
                && "Lima".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void twoLeadersWhoChattedMet() {
        Extraction x = extract("date 2017-11-11 Summit\n\nRuritanian President Ana Lenko chatted briefly with Bordurian President "
                + "Karl Holm on Saturday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Karl Holm"))), meetings(x).toString());
    }

    @Test
    void aFirstNameHungOnTheSecondNameIsItsConjunct() {
        Extraction x = extract("date 2024-07-30 Tour\n\nRuritanian Secretary of State Ana Lenko and Defense Secretary Karl Holm "
                + "arrived in Lima on Tuesday for security talks with Peru.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Lenko", "Karl Holm"))
                && "Lima".equals(label(x, v.place()))), visits(x).toString());
    }

    @Test
    void oneThenExpectedInACapitalPlansAVisitThere() {
        Extraction x = extract("date 2019-08-20 Tour\n\nRuritanian Prime Minister Karl Holm will be in Quito on Wednesday. Holm is then "
                + "expected in Lima on Thursday to meet Peruvian President Tomas Berg, the presidency said.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Karl Holm")) && "Lima".equals(label(x, v.place()))
                && v.status() == Status.PLANNED), visits(x).toString());
    }

    @Test
    void aSecondCallAfterAnInfinitiveOfPurposeIsACallOfItsOwn() {
        Extraction x = extract("date 2020-03-27 Calls\n\nRuritanian President Ana Lenko spoke by phone with Peruvian President Tomas "
                + "Berg on Wednesday to prepare the summit and then with Chilean President Marco Vell, her spokesman said.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Marco Vell"))
                && m.mode() == Mode.PHONE), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Tomas Berg"))), meetings(x).toString());
    }

    @Test
    void twoWhoLastSpokeAndLastMetOnOtherDatesMetTwice() {
        Extraction x = extract("date 2024-11-15 Call\n\nRuritanian President Ana Lenko spoke by phone with Bordurian President Karl "
                + "Holm on Friday. Lenko and Holm last spoke in December 2022 and last met in person in Lima in February 2022.");
        assertTrue(meetings(x).stream().anyMatch(m -> m.date() != null && m.date().iso().equals("2022-12")), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> m.date() != null && m.date().iso().equals("2022-02")
                && "Lima".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void aHeadlineOfTwoLeadersTalkingIsTheCallTheBodyTells() {
        Extraction x = extract("date 2018-04-10 Lenko and Holm talk again on the crisis\n\nLIMA (Reuters) - Ruritanian President Ana "
                + "Lenko and Bordurian President Karl Holm spoke by telephone for the second time in three days on Monday night, the "
                + "presidency said.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(Mode.PHONE, meetings(x).get(0).mode(), meetings(x).toString());
    }

    @Test
    void aBodyNamedBeforeItsSpokespersonGoesOnAsTheMinistry() {
        Extraction x = extract("date 2019-07-06 Talks\n\nPeru's Foreign Ministry spokesman Ivo Ruiz told a weekly news conference on "
                + "Friday that Lima would announce its next step on Sunday. The ministry also denied a report that Foreign Minister Ana "
                + "Lenko would meet Chilean officials in Quito.");
        assertTrue(statements(x).stream().anyMatch(st -> st.cue().equals("denied") && x.entities().stream()
                .anyMatch(e -> e.id().equals(st.speaker()) && e.aliases().contains("Ministry of Foreign Affairs of Peru"))),
                statements(x).toString() + x.entities());
    }

    @Test
    void aTourThatTookSomeoneToPlacesIsAVisitToEach() {
        Extraction x = extract("date 2024-05-10 Tour\n\nRuritanian President Ana Lenko returned home on Friday from a five-day tour "
                + "that took her to Peru, Chile and Bolivia.");
        assertEquals(Set.of("Peru", "Chile", "Bolivia"), visits(x).stream().map(v -> label(x, v.place())).collect(Collectors.toSet()),
                visits(x).toString());
    }

    @Test
    void aMeetingADayBeforeTheClauseIsItsSubjects() {
        Extraction x = extract("date 2019-10-09 Talks\n\nRuritanian Prime Minister Tomas Berg left Lima a day after meeting President "
                + "Ivo Ruiz at the presidential palace.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Tomas Berg", "Ivo Ruiz"))), meetings(x).toString());
    }

    @Test
    void aGerundOfDepartureAfterBeforeTravelsToItsForPhrase() {
        Extraction x = extract("date 2019-12-17 Tour\n\nRuritanian envoy Karl Holm met Peruvian officials in Lima on Tuesday before "
                + "leaving for Quito.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Karl Holm")) && "Quito".equals(label(x, v.place()))),
                visits(x).toString());
    }

    @Test
    void aStopOnTheWayIsAVisitAndOneExpectedWhoCalledOffHisTripCancelledIt() {
        Extraction x = extract("date 2019-12-17 Tour\n\nRuritanian President Ana Lenko arrived in Quito after a stop in Lima on Sunday."
                + "\n\nBordurian President Marco Vell, who had been expected in Santiago, called off his trip at the last minute.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Lenko")) && "Lima".equals(label(x, v.place()))),
                visits(x).toString());
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Marco Vell")) && "Santiago".equals(label(x, v.place()))
                && v.status() == Status.CANCELLED), visits(x).toString());
    }

    @Test
    void aWishJoinedInsideAClauseHungOnANounStaysInTheContent() {
        Extraction x = extract("date 2020-04-10 Call\n\nUN envoy Karl Holm said in a statement after the call that he was "
                + "\"encouraged by the constructive spirit\" of the discussion and hoped to bring the parties together soon.");
        assertTrue(statements(x).stream().anyMatch(st -> "Karl Holm".equals(label(x, st.speaker())) && st.content().contains("encouraged")
                && st.content().endsWith("together soon")), statements(x).toString());
    }

    @Test
    void onePersonMeetingNoOneIsNoMeeting() {
        Extraction x = extract("date 2017-07-03 Call\n\nLIMA (Reuters) - Government spokesman Ivo Ruiz said the talks covered trade "
                + "and \"agreed to meet on the sidelines of the summit.\"");
        assertTrue(meetings(x).stream().noneMatch(m -> m.participants().size() < 2), meetings(x).toString());
    }

    @Test
    void aGappedSecondDestinationIsVisitedToo() {
        Extraction x = extract("date 2022-02-12 Tour\n\nRuritanian President Ana Lenko will travel to Lima on Monday and to Quito on "
                + "Tuesday, her spokesman said Saturday.");
        assertEquals(Set.of("Lima", "Quito"), visits(x).stream().map(v -> label(x, v.place())).collect(Collectors.toSet()),
                visits(x).toString());
    }

    @Test
    void talksOneDeclinesToCommentOnAreATopic() {
        Extraction x = extract("date 2018-11-16 Summit\n\nRuritanian Vice President Karl Holm later met reporters on the sidelines but "
                + "declined to comment on trade talks with Peru.");
        assertTrue(meetings(x).isEmpty(), meetings(x).toString());
    }

    @Test
    void aHeadlineInThePresentUnderAFutureIsTheMeetingTheBodyTellsDone() {
        Extraction x = extract("date 2022-08-03 Zenda vows Lima will pay the price as Lenko meets Peruvian president\n\nRuritanian "
                + "President Ana Lenko arrived in Lima late on Tuesday and met Peruvian President Karl Holm on Wednesday morning.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(Status.OCCURRED, meetings(x).get(0).status(), meetings(x).toString());
    }

    @Test
    void anIndefiniteTitleNamesNoHolder() {
        Extraction x = extract("date 2019-08-21 Talks\n\nRuritanian President Ana Lenko will host Peruvian President Karl Holm in Zenda "
                + "on Wednesday.\n\nLenko last saw a Peruvian president in Brussels in June.");
        assertTrue(meetings(x).stream().noneMatch(m -> m.status() == Status.OCCURRED && m.participants().size() > 1), meetings(x).toString());
    }

    @Test
    void aCountryOfferingToHostASummitMeetsNoOne() {
        Extraction x = extract("date 2023-03-10 Summit\n\nForeign Minister Ana Lenko said Peru would be willing to host a leaders' summit "
                + "as soon as possible.");
        assertTrue(meetings(x).isEmpty(), meetings(x).toString());
    }

    @Test
    void aWishJoinedToTheReportingVerbGoesOnWithWhatWasSaid() {
        Extraction x = extract("date 2023-03-10 Briefing\n\nMarco Vell said the talks had been useful and hoped they would resume soon."
                + "\n\nIn Lima, foreign ministry spokeswoman Ana Lenko said Peru understood the decision and wished Karl Holm a speedy "
                + "recovery.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().equals("the talks had been useful and hoped they would resume soon")),
                statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> st.cue().equals("hoped")), statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> st.content().endsWith("a speedy recovery")), statements(x).toString());
    }

    @Test
    void twoShortNamesRunTogetherInAHeadlineAreTwoPeople() {
        Extraction x = extract("date 2018-04-28 Lenko tells Holm Pak ready for talks\n\nRuritanian President Ana Lenko told Peruvian "
                + "President Karl Holm on Saturday that North Korean leader Pak Son Il was ready for talks.\n\nLenko and Pak met at "
                + "the border on Friday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Pak Son Il"))),
                meetings(x).toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.label().equals("Holm Pak")), x.entities().toString());
    }

    @Test
    void aShortNameJoinsNoTwoConflictingFullNames() {
        Extraction x = extract("date 2018-04-28 Talks\n\nZendan leader Pak Son Il met Ruritanian President Ana Lenko on Friday. "
                + "Pak said the talks had gone well.\n\nSpokesman Pak Yong Ho told reporters the two would meet again. "
                + "Pak and Lenko also agreed to open an office.");
        Set<String> people = x.entities().stream().map(e -> e.label()).collect(Collectors.toSet());
        assertTrue(people.containsAll(Set.of("Pak Son Il", "Pak Yong Ho")), x.entities().toString());
    }

    @Test
    void aClosingDescriptionKeepsTheTravellerOfAPassivePlan() {
        Extraction x = extract("date 2018-04-28 Talks\n\nRuritanian President Karl Holm spoke with Peruvian President Ana Ruiz on "
                + "Saturday.\n\nHolm is scheduled to travel to Lima on May 9 for a summit with Ruiz and Chilean President Luis Soto, "
                + "the first such gathering since Ruiz, Soto and then Bolivian President Ivo Marek met in Quito in 2015.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Karl Holm")) && v.status() == Status.PLANNED
                && v.date() != null && v.date().iso().equals("2018-05-09")), visits(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).containsAll(Set.of("Karl Holm", "Ana Ruiz", "Luis Soto"))),
                meetings(x).toString());
    }

    @Test
    void anUndatedMeetingInTheOpeningTakesTheArticlesDay() {
        Extraction x = extract("date 2022-11-14 Holm and Ruiz meet in Lima, vowing to avoid conflict\n\nRuritanian President Karl "
                + "Holm and Peruvian President Ana Ruiz have held their first face-to-face meeting since Mr Holm took office.\n\n"
                + "The two leaders have met several times before, most recently in Quito.");
        Meeting lead = meetings(x).stream().filter(m -> m.place() != null && label(x, m.place()).equals("Lima")).findFirst().orElseThrow();
        assertEquals("2022-11-14", lead.date().iso(), meetings(x).toString());
    }

    @Test
    void aDelegationTravelsForItsCountry() {
        Extraction x = extract("date 2014-08-05 Talks\n\nA Chilean delegation flew to Lima on Tuesday.\n\nChile sent two security "
                + "delegations to Quito and La Paz to monitor the truce.\n\nRuritanian President Karl Holm sent his foreign minister, "
                + "Ana Lenko, to Lima on Monday.\n\nPeru would not send a delegation to Santiago unless the blockade was lifted.\n\n"
                + "Bolivian President Ivo Marek decided on Wednesday not to send a delegation back to Lima.");
        Set<String> chilean = visits(x).stream().filter(v -> labels(x, v.visitors()).equals(Set.of("Chile")))
                .map(v -> label(x, v.place())).collect(Collectors.toSet());
        assertEquals(Set.of("Lima", "Quito", "La Paz"), chilean, visits(x).toString());
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Lenko")) && label(x, v.place()).equals("Lima")),
                visits(x).toString());
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Peru")) && v.status() != Status.OCCURRED),
                visits(x).toString());
        // A leader's delegation travels for the leader's country.
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Bolivia")) && v.status() != Status.OCCURRED),
                visits(x).toString());
    }

    @Test
    void sendingALetterOrTroopsIsNoVisit() {
        Extraction x = extract("date 2014-08-05 Talks\n\nPeru sent a letter to Lima on Tuesday. Chile sent troops to the border with "
                + "Peru, and Ana Lenko sent a message to Quito.\n\nIf caught, \"we are sending them to Lima,\" Lenko said.");
        assertTrue(visits(x).isEmpty(), visits(x).toString());
    }

    @Test
    void aTripAsPresidentGoesWhereItsToPhraseSays() {
        Extraction x = extract("date 2014-10-18 Travel\n\nPeruvian President Ana Ruiz is expected to make her first trip as president "
                + "to Bolivia and Chile next month.");
        Set<String> places = visits(x).stream().map(v -> label(x, v.place())).collect(Collectors.toSet());
        assertEquals(Set.of("Bolivia", "Chile"), places, visits(x).toString());
    }

    @Test
    void alsoMetListsMeetingsOneAtATime() {
        Extraction x = extract("date 2024-06-14 Talks\n\nRuritanian President Karl Holm held talks with Peruvian President Ana Ruiz on "
                + "Friday and also met Chilean President Luis Soto and Bolivian President Ivo Marek.\n\nRuiz met Holm as well as "
                + "Ecuadorian President Eva Lind.\n\nOn Saturday Holm met Soto and Marek in Lima.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Karl Holm", "Luis Soto"))), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Karl Holm", "Ivo Marek"))), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Ruiz", "Eva Lind"))), meetings(x).toString());
        // Without "also", the listed counterparts meet together.
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Karl Holm", "Luis Soto", "Ivo Marek"))),
                meetings(x).toString());
    }

    @Test
    void aSpanOfTimeBeforeAfterIsNoSubject() {
        Extraction x = extract("date 2019-06-30 Talks\n\nThe announcement came two days after Ana Ruiz met Karl Holm in Lima.\n\n"
                + "The encounter came hours after Ivo Marek and Luis Soto held a summit in Quito.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Luis Soto"))), meetings(x).toString());
        // The meeting told in a clause of the opening sentence is not dated with the article's day.
        Meeting before = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Ana Ruiz", "Karl Holm")))
                .findFirst().orElseThrow();
        assertTrue(before.date() == null || !before.date().iso().equals("2019-06-30"), meetings(x).toString());
    }

    @Test
    void aMeetingOfOnePersonWithNoPlaceIsDropped() {
        Extraction x = extract("date 2006-10-04 Talks\n\nThe Bolivian minister arrived on Tuesday. Talks with Karl Holm were not on "
                + "the minister's programme.");
        assertTrue(meetings(x).isEmpty(), meetings(x).toString());
    }

    @Test
    void aGatheringInAPresentBeforeClauseIsStillToCome() {
        Extraction x = extract("date 2006-10-04 Talks\n\nPeruvian Foreign Minister Ana Ruiz held talks with her Chilean counterpart Ivo "
                + "Marek in Santiago on Tuesday, just over two weeks before European Union leaders gather in Cusco for an informal summit.");
        Meeting gathering = meetings(x).stream().filter(m -> labels(x, m.participants()).contains("European Union")).findFirst().orElseThrow();
        assertEquals(Status.PLANNED, gathering.status(), meetings(x).toString());
    }

    @Test
    void bothLeadersSpokenToAreThePairNamedBefore() {
        Extraction x = extract("date 2023-11-22 Deal\n\nThe deal was brokered by Peruvian President Ana Ruiz and Chilean President "
                + "Luis Soto.\n\nThe White House said Karl Holm had spoken to both leaders by phone in recent days.");
        assertEquals(Set.of(Set.of("Karl Holm", "Ana Ruiz"), Set.of("Karl Holm", "Luis Soto")),
                meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet()),
                meetings(x).toString());
        Extraction three = extract("date 2023-11-22 Deal\n\nThe deal was brokered by Ana Ruiz, Luis Soto and Ivo Marek.\n\n"
                + "Karl Holm had spoken to both leaders by phone.");
        assertTrue(meetings(three).stream().noneMatch(m -> m.participants().size() >= 2), meetings(three).toString());
    }

    @Test
    void theTwoMenAreThePairNamedBefore() {
        Extraction x = extract("date 2012-05-21 Talks\n\nPeruvian President Pablo Ruiz has told Chilean President Ivo Marek that his "
                + "government will keep the accord.\n\nThe two men met for about 40 minutes at a hotel on Sunday, hours before the summit.");
        Meeting met = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Pablo Ruiz", "Ivo Marek")))
                .findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals("2012-05-20", met.date().iso(), meetings(x).toString());
    }

    @Test
    void teaWithAHostInAWhereClauseIsAMeetingThere() {
        Extraction x = extract("date 2023-07-11 Tour\n\nKarl Holm arrived in Lima from Quito, where on Monday he held talks with "
                + "Ecuadorian President Eva Lind and had tea with Ecuadorian Vice President Ivo Marek at the palace.");
        Meeting tea = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Karl Holm", "Ivo Marek")))
                .findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals("Quito", label(x, tea.place()), meetings(x).toString());
        assertTrue(visits(x).stream().noneMatch(v -> v.host() != null), visits(x).toString());
    }

    @Test
    void thePairThatSitsDownForAHostedBreakfastIsAtIt() {
        Extraction x = extract("date 2014-10-18 Talks\n\nPeruvian President Ivo Marek and Chilean President Luis Soto met in "
                + "Cusco on Friday.\n\nThe two presidents first sat down for a working breakfast hosted by Bolivian President Karl Holm. "
                + "Marek and Soto later held a separate meeting, at which Holm was present.");
        Meeting breakfast = meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Karl Holm")
                && m.participants().size() >= 3).findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Karl Holm", "Ivo Marek", "Luis Soto"), labels(x, breakfast.participants()));
        // "sat" is no Saturday, nor "present" the article's day.
        assertTrue(meetings(x).stream().noneMatch(m -> m.date() != null && m.date().iso().equals("2014-10-18")), meetings(x).toString());
        assertTrue(meetings(x).stream().allMatch(m -> m.status() == Status.OCCURRED), meetings(x).toString());
    }

    @Test
    void aSpokeswomanSayingSomethingIsNoSideOfTheTalks() {
        Extraction x = extract("date 2010-06-27 Talks\n\nThe Kremlin denied reports that Karl Holm would hold separate talks with "
                + "Ivo Marek, with presidential spokeswoman Eva Lind saying that no such meeting had ever been requested.");
        assertTrue(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).contains("Eva Lind")), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Karl Holm", "Ivo Marek"))), meetings(x).toString());
    }

    @Test
    void bothInAWhereClauseAreThePairOfItsSentence() {
        Extraction x = extract("date 2022-11-14 Talks\n\nKarl Holm is set to meet Ivo Marek on Thursday in Quito, where both will "
                + "attend the Andean Community summit.");
        Meeting summit = meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Andean Community")).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertTrue(labels(x, summit.participants()).containsAll(Set.of("Karl Holm", "Ivo Marek")), meetings(x).toString());
        // The parser hangs "in Quito" on the day; it is still where they meet.
        assertEquals("Quito", label(x, summit.place()), meetings(x).toString());
    }

    @Test
    void aCallInAnAfterClauseTheParserLeftWithoutSubjects() {
        Extraction x = extract("date 2015-03-28 Talks\n\nThe meeting was arranged after Chilean President Karl Holm and Peruvian "
                + "President Luis Soto spoke by phone on Friday, a call the palace said had been initiated by Soto.");
        Meeting call = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Karl Holm", "Luis Soto")))
                .findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Mode.PHONE, call.mode());
        assertEquals("2015-03-27", call.date().iso());
    }

    @Test
    void anEarlierMeetingNamedInAnotherYearIsAMeetingOfItsOwn() {
        Extraction x = extract("date 2019-06-14 Talks\n\nPeruvian President Ana Ruiz met Chilean President Ivo Marek on Thursday, "
                + "following their meeting in the Chilean city of Arica in April 2018, Foreign Secretary Luis Soto said.");
        Set<String> dates = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Ana Ruiz", "Ivo Marek")))
                .map(m -> m.date() == null ? "none" : m.date().iso()).collect(Collectors.toSet());
        assertEquals(Set.of("2019-06-13", "2018-04"), dates, meetings(x).toString());
    }

    @Test
    void flyingBackToAForeignCapitalIsAVisitAndHomeIsNot() {
        Extraction x = extract("date 2014-04-02 Trip\n\nChilean Foreign Minister Ivo Marek flew back to Lima for a meeting of "
                + "Andean foreign ministers.\n\nPeruvian Foreign Minister Ana Ruiz flew back to Lima on Tuesday.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek")) && v.place() != null
                && label(x, v.place()).equals("Lima")), visits(x).toString());
        assertTrue(visits(x).stream().noneMatch(v -> labels(x, v.visitors()).contains("Ana Ruiz")), visits(x).toString());
    }

    @Test
    void aVisitFramingAnOpeningParticipleIsTheSubjects() {
        Extraction x = extract("date 2014-09-03 Trip\n\nSpeaking during a visit to the Bolivian capital La Paz, Peruvian President "
                + "Ana Ruiz later set out a seven-point plan.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Ruiz")) && v.place() != null
                && label(x, v.place()).equals("La Paz")), visits(x).toString());
    }

    @Test
    void theLeadersOfCountriesAreTheHeadsNamedMost() {
        Extraction x = extract("date 2024-05-27 Summit\n\nThe leaders of Peru, Chile and Bolivia held their first trilateral summit "
                + "in four years in Lima on Monday.\n\nPeruvian President Ana Ruiz, Chilean President Ivo Marek and Bolivian Prime "
                + "Minister Luis Soto adopted a joint declaration. Ruiz said the talks went well. Marek agreed. Soto said the next "
                + "summit would be in Chile. Ruiz added that trade would grow.\n\nThe previous summit took place in 2019, when then "
                + "Chilean President Karl Holm attended.");
        Meeting summit = meetings(x).stream().filter(m -> "summit".equals(m.trigger()) && m.date() != null
                && m.date().iso().equals("2024-05-27")).findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Ana Ruiz", "Ivo Marek", "Luis Soto"), labels(x, summit.participants()), meetings(x).toString());
    }

    @Test
    void attendingAnEventAbroadIsAVisitAndAtHomeIsNot() {
        Extraction x = extract("date 2014-03-04 Games\n\nBolivian President Luis Soto has accepted an invitation to attend the "
                + "opening of the Pan American Games in Lima in July.\n\nChilean President Ivo Marek attended the inauguration of "
                + "the new Peruvian president in Lima last month.\n\nPeruvian President Ana Ruiz attended a rally in Lima on Sunday.");
        Visit soto = visits(x).stream().filter(v -> labels(x, v.visitors()).equals(Set.of("Luis Soto"))).findFirst()
                .orElseThrow(() -> new AssertionError(visits(x).toString()));
        assertEquals(Status.PLANNED, soto.status());
        assertEquals("Lima", label(x, soto.place()));
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek"))), visits(x).toString());
        assertTrue(visits(x).stream().noneMatch(v -> labels(x, v.visitors()).contains("Ana Ruiz")), visits(x).toString());
    }

    @Test
    void aWireDatelineOfTwoPlacesIsNoSideOfTheLede() {
        Extraction x = extract("date 2019-07-12 Call\n\nLIMA/QUITO (Reuters) - Peruvian President Ana Ruiz spoke to Ecuadorian "
                + "President Karl Holm by telephone for the first time on Thursday, both sides said.\n\nThe call lasted an hour.");
        Meeting call = meetings(x).stream().filter(m -> m.mode() == Mode.PHONE).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Ana Ruiz", "Karl Holm"), labels(x, call.participants()), meetings(x).toString());
        assertEquals("2019-07-11", call.date().iso());
    }

    @Test
    void aNameInsideAFrontedDateFliesUnannouncedToAPlace() {
        Extraction x = extract("date 2012-05-21 Trip\n\nAt the start of May Mr Marek flew unannounced to Lima, where he and "
                + "Peruvian President Ana Ruiz signed a partnership agreement at the palace.");
        Visit trip = visits(x).stream().filter(v -> v.place() != null && label(x, v.place()).equals("Lima")).findFirst()
                .orElseThrow(() -> new AssertionError(visits(x).toString()));
        assertEquals(Set.of("Marek"), labels(x, trip.visitors()));
        assertEquals("2012-05", trip.date().iso());
    }

    @Test
    void aCallForAfterADayIsAnAppeal() {
        Extraction x = extract("date 2017-05-26 Talks\n\nPeru called on Friday for Bolivia to halt its border build-up.");
        Statement appeal = statements(x).stream().filter(st -> st.act() == SpeechAct.APPEAL).findFirst()
                .orElseThrow(() -> new AssertionError(statements(x).toString()));
        assertTrue(appeal.content().startsWith("Bolivia to halt"), appeal.toString());
    }

    @Test
    void aTripAWeekBeforeTheMeetingIsTheSubjectsAndOfItsOwnTime() {
        Extraction x = extract("date 2019-06-14 Trip\n\nChilean President Ivo Marek, who arrived in Quito on Wednesday for a state "
                + "visit hosted by Ecuadorian President Karl Holm, met Peruvian President Pablo Ruiz on the sidelines on Thursday "
                + "evening, barely a week after his three-day trip to Buenos Aires.");
        Visit trip = visits(x).stream().filter(v -> v.place() != null && label(x, v.place()).equals("Buenos Aires")).findFirst()
                .orElseThrow(() -> new AssertionError(visits(x).toString()));
        assertEquals(Set.of("Ivo Marek"), labels(x, trip.visitors()));
        assertEquals("2019-06", trip.date().iso());
        assertTrue(trip.host() == null, trip.toString());
        assertTrue(meetings(x).stream().noneMatch(m -> m.place() != null && label(x, m.place()).equals("Buenos Aires")), meetings(x).toString());
    }

    @Test
    void hisFirstVisitDescribingTheClauseIsItsSubjects() {
        Extraction x = extract("date 2012-06-08 Visit\n\nChilean President Ivo Marek held talks with Peruvian Prime Minister Pablo "
                + "Ruiz at the palace in Lima on Thursday, his first visit to Peru since taking office last month.");
        Visit trip = visits(x).stream().filter(v -> v.place() != null && label(x, v.place()).equals("Peru")).findFirst()
                .orElseThrow(() -> new AssertionError(visits(x).toString()));
        assertEquals(Set.of("Ivo Marek"), labels(x, trip.visitors()));
    }

    @Test
    void aDatelineWithItsCountryIsNoLeadSentence() {
        Extraction x = extract("date 2022-03-10 Talks\n\nANTALYA, Turkey (Reuters) - The foreign ministers of Peru and Chile made no "
                + "progress on Thursday in their first face-to-face talks since the war began.\n\nPeruvian Foreign Minister Ana Ruiz "
                + "and her Chilean counterpart Ivo Marek met for about 90 minutes in the Turkish resort of Antalya.");
        Meeting met = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Ana Ruiz", "Ivo Marek"))).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals("2022-03-10", met.date().iso(), meetings(x).toString());
    }

    @Test
    void theOwnerOfAPlanOrIntentionTravelsAndMeets() {
        Extraction x = extract("date 2024-10-22 Trip\n\nChilean President Ivo Marek's decision to travel to Lima drew sharp criticism "
                + "from La Paz.\n\nRuiz confirmed her intention to meet Bolivian President Luis Soto in La Paz.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek")) && v.place() != null
                && label(x, v.place()).equals("Lima")), visits(x).toString());
        Meeting meeting = meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Luis Soto")).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(2, meeting.participants().size(), meetings(x).toString());
        assertEquals(Status.PLANNED, meeting.status());
    }

    @Test
    void aTripOfAnotherTimeLendsTheTalksNoPlace() {
        Extraction x = extract("date 2010-06-27 Talks\n\nEarlier on Saturday Mr Ruiz held talks with Peruvian President Ivo Marek, "
                + "their first meeting since Mr Marek flew to Quito for a trade summit in April.");
        Meeting talks = meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Ruiz")).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals("2010-06-26", talks.date().iso());
        assertTrue(talks.place() == null, talks.toString());
    }

    @Test
    void aBareDayBeforeARelativeVerbIsNoSubject() {
        Extraction x = extract("date 2015-03-29 Talks\n\nChilean Foreign Minister Ana Ruiz, who earlier Monday held three hours of "
                + "talks with Peruvian Foreign Minister Ivo Marek, said the gap was narrowing.");
        Meeting talks = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Ana Ruiz", "Ivo Marek"))).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals("2015-03-23", talks.date().iso());
    }

    @Test
    void aVenueHereIsInTheDatelineCity() {
        Extraction x = extract("date 2015-03-29 Talks\n\nLIMA, Peru (AP) — Chilean Foreign Minister Ana Ruiz and Bolivian Foreign "
                + "Minister Ivo Marek met for more than three hours on Saturday in a lakeside hotel here.");
        Meeting met = meetings(x).stream().findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals("Lima", label(x, met.place()));
    }

    @Test
    void oneWhoJoinsByVideoHoldsASecondMeeting() {
        Extraction x = extract("date 2021-04-17 Talks\n\nLIMA (Reuters) - Peruvian President Ana Ruiz met Chilean President Ivo Marek "
                + "in Lima on Friday, with Bolivian President Luis Soto joining them by video link, as Lima sought support.");
        Meeting sitting = meetings(x).stream().filter(m -> m.mode() == Mode.IN_PERSON).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Ana Ruiz", "Ivo Marek"), labels(x, sitting.participants()));
        assertEquals("Lima", label(x, sitting.place()));
        Meeting remote = meetings(x).stream().filter(m -> m.mode() == Mode.VIDEO).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Ana Ruiz", "Ivo Marek", "Luis Soto"), labels(x, remote.participants()));
        assertEquals("2021-04-16", remote.date().iso());
    }

    @Test
    void aPastAsClauseInsideAWarningTookPlaceThatDay() {
        Extraction x = extract("date 2021-04-17 Talks\n\nPeruvian President Pablo Vega met Chilean President Ivo Marek on Friday.\n\n"
                + "Peruvian President Pablo Vega warned Ecuadorian President Raul Lind on Tuesday that Lima would impose sanctions "
                + "if Quito closed the border, as the two leaders held a two-hour video call.");
        Meeting call = meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Raul Lind")).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Status.OCCURRED, call.status());
        assertEquals(Mode.VIDEO, call.mode());
        assertEquals("2021-04-13", call.date().iso());
    }

    @Test
    void aVisitDescribingAReceptionIsTheGuests() {
        Extraction x = extract("date 2019-05-22 Talks\n\nIt hosted secret talks that paved the way for the trade deal, and in October "
                + "Chilean President Ivo Marek received Peruvian President Ana Ruiz in the Chilean capital, a visit that drew "
                + "criticism in Lima.");
        Visit visit = visits(x).stream().findFirst().orElseThrow(() -> new AssertionError(visits(x).toString()));
        assertEquals(Set.of("Ana Ruiz"), labels(x, visit.visitors()));
        assertEquals("Ivo Marek", label(x, visit.host()));
    }

    @Test
    void aHyphenatedSurnameToldAloneBeforeIsStillThePerson() {
        Extraction x = extract("date 2023-04-04 Talks\n\nChilean Foreign Minister Ana Ruiz and her Peruvian counterpart Jose "
                + "Ortiz-Vargas will meet in Quito on Thursday.\n\nOrtiz-Vargas wrote on Twitter that the meeting would prepare the "
                + "ground for new flights.\n\nRuiz and Ortiz-Vargas had a brief conversation on the sidelines of a regional "
                + "conference in Lima in December.");
        Meeting talk = meetings(x).stream().filter(m -> m.place() != null && label(x, m.place()).equals("Lima")).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Ana Ruiz", "Jose Ortiz-Vargas"), labels(x, talk.participants()));
    }

    @Test
    void aNameAfterTheTitleNamesItsHolder() {
        Extraction x = extract("date 2009-11-16 Trip\n\nChilean Foreign Minister Ana Ruiz cancelled a stop in Lima. She will instead "
                + "travel to Kuwait, where she is expected to meet the Emir, Sheikh Karim al-Fahd al-Marek, according to the "
                + "Kuwait News Agency.");
        Meeting meeting = meetings(x).stream().findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Ana Ruiz", "Karim al-Fahd al-Marek"), labels(x, meeting.participants()));
    }

    @Test
    void aStateVisitFramingTalksIsToTheirPlace() {
        Extraction x = extract("date 2015-12-05 Talks\n\nBefore the summit opened, Chilean President Ana Ruiz held talks with Peruvian "
                + "President Ivo Marek in Lima on Wednesday during a state visit.");
        Visit visit = visits(x).stream().findFirst().orElseThrow(() -> new AssertionError(visits(x).toString()));
        assertEquals(Set.of("Ana Ruiz"), labels(x, visit.visitors()));
        assertEquals("Lima", label(x, visit.place()));
        assertEquals("2015-12-02", visit.date().iso());
    }

    @Test
    void aTalkOfAToldLengthOrTimeSpentTogetherIsAMeeting() {
        Extraction x = extract("date 2009-12-02 Talks\n\nChilean Foreign Minister Ana Ruiz and Peruvian Foreign Minister Ivo Marek talked "
                + "for about an hour on the sidelines of the meeting on Tuesday.\n\nBolivian President Luis Soto and Ecuadorian "
                + "President Karl Holm spent nearly three hours together at a country house near Quito on Thursday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Ruiz", "Ivo Marek"))), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Luis Soto", "Karl Holm"))), meetings(x).toString());
    }

    @Test
    void theyInATimeClauseAreTheGroupTheClauseAboveNames() {
        Extraction x = extract("date 2010-06-25 Talks\n\nChilean Interior Minister Raul Lind and Peruvian Interior Minister Pablo Vega met "
                + "in Quito on Monday.\n\nThe two prime ministers, Ana Ruiz and Ivo Marek, agreed to restart contacts when they met "
                + "on the margins of a regional summit in Lima in April.");
        Meeting met = meetings(x).stream().filter(m -> "2010-04".equals(m.date().iso())).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Ana Ruiz", "Ivo Marek"), labels(x, met.participants()));
    }

    @Test
    void aPastVerbJoinedToADescribingParticipleIsTheClauses() {
        Extraction x = extract("date 2010-06-25 Talks\n\nChilean Foreign Minister Karl Holm presented a new proposal to the group, known as "
                + "the Andean Five, on Tuesday morning, and later held a working dinner with Peruvian Foreign Minister Luis Soto, who "
                + "leads the negotiations.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Karl Holm", "Luis Soto"))), meetings(x).toString());
    }

    @Test
    void aSecondReportAfterAThatClauseIsTheReportersOwn() {
        Extraction x = extract("date 2017-12-05 Talks\n\nThe Peruvian Foreign Ministry said on Tuesday that Ana Ruiz had spoken again to "
                + "Ivo Marek that morning, but denied reports that the president was planning to fly to Lima to meet him in person.");
        Statement denial = statements(x).stream().filter(st -> st.cue().equals("denied")).findFirst()
                .orElseThrow(() -> new AssertionError(statements(x).toString()));
        assertFalse(label(x, denial.speaker()).equals("Ana Ruiz"), denial.toString());
        assertTrue(denial.content().startsWith("reports that the president"), denial.toString());
    }

    @Test
    void theFirstLeaderToVisitIsThePersonTheRoleDescribes() {
        Extraction x = extract("date 2008-09-08 Visit\n\nIn September 2008 Chilean President Ana Ruiz became the first Chilean head of "
                + "state to visit Peru, travelling to Lima for a football match.\n\nThe last Peruvian foreign minister to visit Chile "
                + "was Luis Soto, in 2001.");
        Visit peru = visits(x).stream().filter(v -> v.place() != null && label(x, v.place()).equals("Peru")).findFirst()
                .orElseThrow(() -> new AssertionError(visits(x).toString()));
        assertEquals(Set.of("Ana Ruiz"), labels(x, peru.visitors()));
        assertEquals("2008-09", peru.date().iso());
        Visit chile = visits(x).stream().filter(v -> v.place() != null && label(x, v.place()).equals("Chile")).findFirst()
                .orElseThrow(() -> new AssertionError(visits(x).toString()));
        assertEquals(Set.of("Luis Soto"), labels(x, chile.visitors()));
    }

    @Test
    void aDateInsideAQuotationDoesNotDateTheMeetingOutsideIt() {
        Extraction x = extract("date 2008-02-19 Talks\n\nLIMA (AP) - Chilean President Ana Ruiz met Peruvian President Ivo Marek in Lima "
                + "on Monday.\n\n\"The time for a deal was in January,\" Ruiz told reporters after meeting Marek at his office.");
        assertTrue(meetings(x).stream().noneMatch(m -> m.date() != null && m.date().iso().equals("2008-01")), meetings(x).toString());
        assertEquals(1, meetings(x).size(), meetings(x).toString());
    }

    @Test
    void theirTalksInAReportAreTheReportersAndTheSubjects() {
        Extraction x = extract("date 2018-10-08 Talks\n\nSecretary of State Ana Ruiz said Monday that Peruvian President Ivo Marek had "
                + "agreed during their talks in Lima on Sunday to allow inspectors to visit a missile site.");
        Meeting talks = meetings(x).stream().findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Ana Ruiz", "Ivo Marek"), labels(x, talks.participants()));
        assertEquals(1, meetings(x).size(), meetings(x).toString());
    }

    @Test
    void anOfficeNamedWithItsOwnersTitleKeepsTheTitle() {
        Extraction x = extract("date 2024-02-15 Talks\n\nPrime Minister Ana Ruiz's office said on Wednesday that the talks in Lima had "
                + "been constructive.");
        Statement said = statements(x).stream().findFirst().orElseThrow(() -> new AssertionError(statements(x).toString()));
        assertEquals("Prime Minister Ana Ruiz's office", label(x, said.speaker()));
    }

    @Test
    void oppositionLeadersAreNoOfficeHolders() {
        Extraction x = extract("date 2014-02-02 Talks\n\nPeruvian opposition leaders meet Ruiz and Marek in Lima\n\nPeruvian President "
                + "Luis Soto said on Saturday that he would not resign.\n\nChilean Foreign Minister Ana Ruiz and Bolivian Foreign "
                + "Minister Ivo Marek met Peruvian opposition leaders in Lima on Saturday.");
        assertTrue(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).contains("Luis Soto")
                || labels(x, m.participants()).contains("Peru")), meetings(x).toString());
    }

    @Test
    void theTwoMenAreThePairTheirWhenClauseNames() {
        Extraction x = extract("date 2019-10-11 Talks\n\nBolivian Foreign Minister Karl Holm was meeting Ecuadorian Foreign Minister Raul "
                + "Lind in Quito on Friday, a day after Pablo Ruiz and Ivo Marek said they could see a way through the deadlock.\n\n"
                + "The ministry said the talks had concentrated on customs.\n\nThe two men last met in Lima on 9 September, when "
                + "Mr Marek used a joint news conference to warn Mr Ruiz that there was no easy way out.");
        Meeting last = meetings(x).stream().filter(m -> "2019-09-09".equals(m.date().iso())).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Pablo Ruiz", "Ivo Marek"), labels(x, last.participants()));
    }

    @Test
    void oneCalledToWelcomeSomethingHeldACall() {
        Extraction x = extract("date 2014-03-04 Talks\n\nBolivian Prime Minister Luis Soto called Peruvian President Ivo Marek on Sunday "
                + "to welcome the outcome.");
        Meeting call = meetings(x).stream().findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Mode.PHONE, call.mode());
        assertEquals(Set.of("Luis Soto", "Ivo Marek"), labels(x, call.participants()));
        assertTrue(statements(x).stream().noneMatch(st -> st.content().contains("welcome the outcome")), statements(x).toString());
    }

    @Test
    void theOneSpokenWithAndToldIsASideAfterALeadingDay() {
        Extraction x = extract("date 2014-03-04 Talks\n\nOn Monday Chilean Foreign Minister Ana Ruiz also spoke by phone with her "
                + "Peruvian counterpart Ivo Marek, telling him that Santiago supported a political solution, according to the "
                + "Chilean Foreign Ministry.");
        Meeting call = meetings(x).stream().findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Ana Ruiz", "Ivo Marek"), labels(x, call.participants()));
        assertEquals("2014-03-03", call.date().iso());
    }

    @Test
    void whoMeetsInTheWhereClauseOfAVisitMadeIt() {
        Extraction x = extract("date 2022-01-07 Visit\n\nChilean Foreign Minister Ana Ruiz arrived in Quito on Thursday. The Ecuador stop "
                + "follows a visit to Peru, where Ruiz met President Ivo Marek in the capital, Lima, on Wednesday.");
        Visit peru = visits(x).stream().filter(v -> v.place() != null && label(x, v.place()).equals("Peru")).findFirst()
                .orElseThrow(() -> new AssertionError(visits(x).toString()));
        assertEquals(Set.of("Ana Ruiz"), labels(x, peru.visitors()));
        assertEquals("2022-01-05", peru.date().iso());
    }

    @Test
    void aPlannedMeetingWithAnHonouredSurnameKeepsTheOneMet() {
        Extraction x = extract("date 2018-04-18 Talks\n\nPeruvian President Karl Holm hosted regional leaders in Lima on Tuesday.\n\n"
                + "Chilean President Pablo Vega, who is due to hold talks with Mr Holm on Thursday, said Santiago would support "
                + "the trade pact.");
        Meeting talks = meetings(x).stream().filter(m -> m.status() == Status.PLANNED).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Pablo Vega", "Karl Holm"), labels(x, talks.participants()));
        assertEquals("2018-04-19", talks.date().iso());
    }

    @Test
    void aNameAfterATitledConjunctIsThatTitlesHolder() {
        Extraction x = extract("date 2019-03-11 Talks\n\nPeruvian Foreign Minister Ana Soto said on Monday that Chilean President Pablo "
                + "Vega and the commander of Chile's armed forces, General Tomas Marek, had both agreed to travel to Lima for talks "
                + "this week.");
        Visit trip = visits(x).stream().findFirst().orElseThrow(() -> new AssertionError(visits(x).toString()));
        assertEquals(Set.of("Pablo Vega", "Tomas Marek"), labels(x, trip.visitors()));
    }

    @Test
    void aSigningInTheWhereClauseOfTheOriginIsNotTheTripsHost() {
        Extraction x = extract("date 2019-03-14 Talks\n\nChilean President Pablo Vega came to Lima from Ecuador, where he addressed the "
                + "National Assembly in Quito on Tuesday and signed a trade agreement with President Karl Holm.");
        Meeting signing = meetings(x).stream().findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Pablo Vega", "Karl Holm"), labels(x, signing.participants()));
        Visit trip = visits(x).stream().filter(v -> v.place() != null && label(x, v.place()).equals("Lima")).findFirst()
                .orElseThrow(() -> new AssertionError(visits(x).toString()));
        assertNull(trip.host(), trip.toString());
    }

    @Test
    void twoWhoBothSpokeWithAThirdHeldTwoTalks() {
        Extraction x = extract("date 2019-03-14 Talks\n\nPeruvian President Karl Holm and Ecuadorian President Ivan Marek both spoke "
                + "with Chilean President Pablo Vega on Monday.");
        assertEquals(Set.of(Set.of("Karl Holm", "Pablo Vega"), Set.of("Ivan Marek", "Pablo Vega")),
                meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet()), meetings(x).toString());
    }

    @Test
    void aMeetingNounAfterACommaIsTheTravellersParticiple() {
        Extraction x = extract("date 2019-03-14 Talks\n\nEcuadorian President Ana Ruiz visited Colombia three times this year, meeting "
                + "with Colombian President Ivan Marek in Bogota in March.");
        Meeting talks = meetings(x).stream().findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Ana Ruiz", "Ivan Marek"), labels(x, talks.participants()));
    }

    @Test
    void himInTheTalksOfAnotherSubjectIsNotThatSubject() {
        Extraction x = extract("date 2019-03-14 Talks\n\nChilean Foreign Minister Pablo Vega paid a visit to Peru in January, during "
                + "which Foreign Minister Karl Holm held talks with him in the southern city of Arequipa.");
        Meeting talks = meetings(x).stream().findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Pablo Vega", "Karl Holm"), labels(x, talks.participants()));
    }

    @Test
    void twoWhoSawEachOtherMet() {
        Extraction x = extract("date 2019-03-14 Talks\n\nPeruvian Foreign Minister Karl Holm and Ecuadorian Foreign Minister Ana Ruiz "
                + "had last seen each other on Sunday in Quito.");
        Meeting seen = meetings(x).stream().findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Karl Holm", "Ana Ruiz"), labels(x, seen.participants()));
        assertEquals("2019-03-10", seen.date().iso());
    }

    @Test
    void aParticipleAfterAnUrgedInfinitiveIsTheUrgers() {
        Extraction x = extract("date 2019-03-14 Talks\n\nPeruvian Foreign Minister Karl Holm on Wednesday called on Chile to return to "
                + "negotiations, speaking in Lima after more than two hours of talks with his Ecuadorian counterpart Ana Ruiz.");
        Meeting talks = meetings(x).stream().findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Karl Holm", "Ana Ruiz"), labels(x, talks.participants()));
    }

    @Test
    void oneReceivedInACityTravelledThere() {
        Extraction x = extract("date 2019-03-15 Talks\n\nIn Quito, Ecuadorian President Ivan Marek received Peruvian President Karl Holm "
                + "at the Carondelet Palace on Thursday.");
        Visit trip = visits(x).stream().findFirst().orElseThrow(() -> new AssertionError(visits(x).toString()));
        assertEquals(Set.of("Karl Holm"), labels(x, trip.visitors()));
        assertEquals("Quito", label(x, trip.place()));
    }

    @Test
    void aCityBeforeTheVisitNounIsItsDestination() {
        Extraction x = extract("date 2019-03-14 Talks\n\nPeruvian Foreign Minister Karl Holm pressed for a ceasefire during his "
                + "Quito visit on Tuesday.");
        Visit trip = visits(x).stream().findFirst().orElseThrow(() -> new AssertionError(visits(x).toString()));
        assertEquals(Set.of("Karl Holm"), labels(x, trip.visitors()));
        assertEquals("Quito", label(x, trip.place()));
    }

    @Test
    void aRoomInACityPlacesTheMeeting() {
        Extraction x = extract("date 2010-10-31 Talks\n\nPeruvian President Karl Holm and Chilean President Pablo Vega last spoke on "
                + "October 4 in a corridor in Brussels during a trade conference.");
        Meeting talk = meetings(x).stream().findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals("Brussels", label(x, talk.place()));
    }

    @Test
    void theSummitToldBeforePlacesAMeetingAtIt() {
        Extraction x = extract("date 2010-10-31 Talks\n\nRegional leaders gathered for the Pacific Summit in Lima on Saturday.\n\n"
                + "Elsewhere at the summit, Ecuadorian President Ana Ruiz held talks on Saturday afternoon with Colombian President "
                + "Ivan Marek.");
        Meeting talks = meetings(x).stream().filter(m -> m.participants().size() == 2).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Ana Ruiz", "Ivan Marek"), labels(x, talks.participants()));
        assertEquals("Lima", label(x, talks.place()));
    }

    @Test
    void aMeetingCalledOffADayBeforeIsDatedThatDay() {
        Extraction x = extract("date 2010-10-31 Talks\n\nPeruvian President Karl Holm and Chilean President Pablo Vega spoke for about "
                + "ten minutes in Lima on Saturday, a day after Santiago abruptly called off a formal meeting between the two leaders.");
        Meeting called = meetings(x).stream().filter(m -> m.status() == Status.CANCELLED).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals("2010-10-29", called.date().iso());
    }

    @Test
    void oneWhoWouldNotRefuseAMeetingMightHoldIt() {
        Extraction x = extract("date 2019-03-14 Talks\n\nPeruvian President Karl Holm would not refuse a meeting with Chilean President "
                + "Pablo Vega, his spokesman said.");
        Meeting talks = meetings(x).stream().findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Karl Holm", "Pablo Vega"), labels(x, talks.participants()));
        assertEquals(Status.HYPOTHETICAL, talks.status());
    }

    @Test
    void oneWhoAskedForAMeetingIsASideOfIt() {
        Extraction x = extract("date 2019-03-14 Talks\n\nEcuadorian Foreign Minister Ana Ruiz said she had asked for a meeting with "
                + "Colombian President Ivan Marek during his visit.");
        Meeting talks = meetings(x).stream().findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Ana Ruiz", "Ivan Marek"), labels(x, talks.participants()));
    }

    @Test
    void theDayOfARelativeClauseInTheLeadIsNotTheStorysDay() {
        Extraction x = extract("date 2019-03-14 Talks\n\nPeruvian President Karl Holm, who met Ana Ruiz in Quito on Wednesday, talked "
                + "with Chilean President Pablo Vega.");
        Meeting talk = meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Pablo Vega")).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals("2019-03-14", talk.date().iso());
    }

    @Test
    void aMeetingOnTwoListedDatesIsTwoMeetings() {
        Extraction x = extract("date 2019-12-10 Talks\n\nPeruvian President Karl Holm met Chilean President Pablo Vega in Lima in March "
                + "and June.\n\nEcuadorian President Ana Ruiz met Colombian President Ivan Marek in Quito on Monday and Tuesday.");
        assertEquals(Set.of("2019-03", "2019-06"), meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Karl Holm"))
                .map(m -> m.date().iso()).collect(Collectors.toSet()), meetings(x).toString());
        assertEquals(1, meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Ana Ruiz")).count(), meetings(x).toString());
    }

    @Test
    void aHeadlinesCountryStandingInForItsEnvoyIsTheBodysMeeting() {
        Extraction x = extract("date 2019-03-18 Chilean minister meets Peruvian envoy in Santiago\n\nChilean Foreign Minister Ana Ruiz "
                + "held talks with Peruvian Foreign Minister Karl Holm in Santiago on Sunday.");
        Meeting talks = meetings(x).stream().findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(Set.of("Ana Ruiz", "Karl Holm"), labels(x, talks.participants()));
    }

    @Test
    void theLeadsUndatedMeetingTakesTheDayToldJustAfter() {
        Extraction x = extract("date 2024-04-09 Holm meets Vega in Lima ahead of trade talks\n\nPeruvian Foreign Minister Karl Holm has "
                + "met Chilean President Pablo Vega at his residence in Lima, at the start of a two-day visit.\n\nThe two men had "
                + "dinner together on Monday evening.");
        List<Meeting> pair = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Karl Holm", "Pablo Vega")))
                .toList();
        assertEquals(1, pair.size(), meetings(x).toString());
        assertEquals("2024-04-08", pair.get(0).date().iso());
    }

    @Test
    void aSeparateMeetingWithTwoIsOneMeeting() {
        Extraction x = extract("date 2013-11-29 Talks\n\nPeruvian President Karl Holm met Chilean President Pablo Vega on Thursday "
                + "evening, and held a separate meeting with Ecuadorian President Ana Ruiz and Colombian President Ivan Marek on Friday "
                + "morning.\n\nBolivian President Tomas Lind held separate meetings with Ruiz and Marek on Friday.");
        Set<Set<String>> sides = meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet());
        assertTrue(sides.contains(Set.of("Karl Holm", "Ana Ruiz", "Ivan Marek")), sides.toString());
        assertTrue(sides.contains(Set.of("Tomas Lind", "Ana Ruiz")), sides.toString());
        assertTrue(sides.contains(Set.of("Tomas Lind", "Ivan Marek")), sides.toString());
    }

    @Test
    void notHavingMetSinceADayOrAMeetingTellsTheLastMeeting() {
        Extraction x = extract("date 2015-02-20 Talks\n\nPeruvian President Karl Holm and Chilean President Pablo Vega have not met "
                + "since a summit in Quito in November.\n\nHolm has not spoken to Ecuadorian President Ana Ruiz since the election.");
        Meeting last = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Karl Holm", "Pablo Vega"))).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Status.OCCURRED, last.status());
        assertEquals("2014-11", last.date().iso());
        assertEquals("city/quito", last.place());
        assertTrue(meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Ana Ruiz"))
                .allMatch(m -> m.status() == Status.DENIED), meetings(x).toString());
    }

    @Test
    void aRepeatedWithBeforeACommonNounNamingItsPeopleIsASecondMeeting() {
        Extraction x = extract("date 2015-03-14 Talks\n\nOn the sidelines of the forum Peruvian President Karl Holm also held talks with "
                + "Chilean President Pablo Vega and with Andean trade ministers, including Ecuador's Ana Ruiz, the ministry said.");
        Set<Set<String>> sides = meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet());
        assertTrue(sides.contains(Set.of("Karl Holm", "Pablo Vega")), sides.toString());
        assertTrue(sides.contains(Set.of("Karl Holm", "Ana Ruiz")), sides.toString());
    }

    @Test
    void laterTheSameMonthTaggedWholeIsTheMonthToldBefore() {
        Extraction x = extract("date 2015-03-14 Talks\n\nPeruvian President Karl Holm last visited Quito in September, and met "
                + "Chilean President Pablo Vega in Santiago later the same month.");
        Meeting met = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Karl Holm", "Pablo Vega"))).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals("2014-09", met.date().iso());
    }

    @Test
    void thePlainPresentWithLaterOnTheDayIsPlanned() {
        Extraction x = extract("date 2015-03-15 Talks\n\nPeruvian Foreign Minister Karl Holm flies to Quito later on Sunday to resume "
                + "talks with Ecuadorian Foreign Minister Ana Ruiz.\n\nHolm received Chilean Foreign Minister Pablo Vega in Lima later "
                + "on Saturday.");
        assertTrue(visits(x).stream().filter(v -> "city/quito".equals(v.place())).allMatch(v -> v.status() == Status.PLANNED)
                && visits(x).stream().anyMatch(v -> "city/quito".equals(v.place())), visits(x).toString());
        assertTrue(meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Ana Ruiz"))
                .allMatch(m -> m.status() == Status.PLANNED), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).contains("Pablo Vega") && m.status() == Status.OCCURRED),
                meetings(x).toString());
    }

    @Test
    void aWhoClauseTheParserHungOnTheVerbOrNounBeforeSpeaksForTheName() {
        Extraction x = extract("date 2015-03-14 Talks\n\nOn Tuesday Holm held talks with Foreign Minister Ana Ruiz, who told a joint "
                + "news conference that Peru had \"clear legal evidence\" for its claims.\n\nHolm met Eva Lind, who told reporters that "
                + "Chile would not back down.");
        Set<String> speakers = statements(x).stream().map(st -> labels(x, List.of(st.speaker())).iterator().next())
                .collect(Collectors.toSet());
        assertEquals(Set.of("Ana Ruiz", "Eva Lind"), speakers, statements(x).toString());
    }

    @Test
    void separateTalksInAWhereClauseOnTheDayKeepThatDayAndPlaceNotTheOnwardTrips() {
        Extraction x = extract("date 2007-03-25 Talks\n\nPeruvian Foreign Minister Ana Ruiz was due in Quito later on Sunday, where she "
                + "is scheduled to hold separate talks with President Karl Holm and Foreign Minister Ivan Marek, before going to "
                + "Guayaquil on Monday to meet Mayor Pablo Vega.");
        for (String counterpart : List.of("Karl Holm", "Ivan Marek")) {
            Meeting talks = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Ana Ruiz", counterpart)))
                    .findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
            assertEquals("2007-03-25", talks.date().iso(), talks.toString());
            assertEquals("city/quito", talks.place(), talks.toString());
        }
        Meeting mayor = meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Pablo Vega")).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals("2007-03-26", mayor.date().iso());
    }

    @Test
    void aMeetingListedAgainInAnotherPlaceAndMonthIsASecondMeeting() {
        Extraction x = extract("date 2019-12-10 Talks\n\nPeruvian President Karl Holm met Chilean President Pablo Vega in Lima in "
                + "October 2018 and again in Santiago in May.");
        Set<String> told = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Karl Holm", "Pablo Vega")))
                .map(m -> m.place() + " " + m.date().iso()).collect(Collectors.toSet());
        assertEquals(Set.of("city/lima 2018-10", "city/santiago 2019-05"), told);
    }

    @Test
    void theMeetingOfAnOpeningAskedClauseIsNoEvent() {
        Extraction x = extract("date 2018-03-10 Talks\n\nPeruvian Foreign Minister Karl Holm arrived in Quito on Friday.\n\nOpposition "
                + "leader Ivan Marek said it was time \"to begin a process of reconciliation.\" Asked whether he would meet Marek, Holm "
                + "said he had no plans to do so.");
        assertTrue(meetings(x).stream().noneMatch(m -> m.participants().size() > 1), meetings(x).toString());
    }

    @Test
    void whoeverReportsTheTwoLeadersClauseIsNotOneOfThem() {
        Extraction x = extract("date 2018-07-08 Talks\n\nPeruvian President Karl Holm arrived in Quito on Sunday for talks with "
                + "Ecuadorian President Ana Ruiz.\n\n\"Both sides agreed to reopen embassies,\" Ruiz's spokesman Ivan Marek wrote on "
                + "Twitter.\n\nMarek said the two leaders would continue their talks on Monday.");
        assertTrue(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).contains("Ivan Marek")), meetings(x).toString());
    }

    @Test
    void aSpeakerWhoseTitleOpensWithUnderStillSpeaks() {
        Extraction x = extract("date 2018-03-10 Talks\n\nPeruvian Foreign Minister Ana Ruiz cancelled her events in Quito on Saturday."
                + "\n\n\"The minister is not feeling well after a long week of work and she has decided to rest,\" Under Secretary of "
                + "State Karl Holm told reporters traveling with Ruiz.");
        assertTrue(statements(x).stream().anyMatch(st -> labels(x, List.of(st.speaker())).contains("Karl Holm")
                && st.content().startsWith("The minister is not feeling well")), statements(x).toString());
    }

    @Test
    void aSayingAnAgencyReportsAfterwardsIsTheSayersAndOneBeforeIsTheSourcesWhole() {
        Extraction x = extract("date 2016-06-18 Talks\n\nChilean President Karl Holm held talks with Peruvian President Ana Ruiz in "
                + "Lima on Saturday.\n\n\"Peru is our first partner in the region. Chile is ready to work with Peru,\" Holm said at a "
                + "ceremony after the talks, according to the official Andina news agency.");
        assertTrue(statements(x).stream().anyMatch(st -> labels(x, List.of(st.speaker())).contains("Karl Holm")
                && st.content().startsWith("Peru is our first partner")), statements(x).toString());
    }

    @Test
    void whoeverAttendsAMeetingAnotherHostsTakesPart() {
        Extraction x = extract("date 2018-06-10 Talks\n\nPeruvian Foreign Minister Ana Ruiz hosted a preparatory meeting in Lima on "
                + "June 3, attended by Chilean Foreign Minister Karl Holm.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Ruiz", "Karl Holm"))),
                meetings(x).toString());
    }

    @Test
    void theChiefExecutivesOfFirmsStandForTheFirms() {
        Extraction x = extract("date 2018-06-10 Talks\n\nPeruvian President Ana Ruiz was also scheduled to meet the chief executives "
                + "of Acme Holdings and Norte Mining at a roundtable in Lima.");
        assertTrue(meetings(x).stream()
                .anyMatch(m -> labels(x, m.participants()).containsAll(Set.of("Ana Ruiz", "Acme Holdings", "Norte Mining"))),
                meetings(x).toString());
    }

    @Test
    void aBodyNamedAsAPlaceByNerIsStillABody() {
        Extraction x = extract("date 2018-06-10 Talks\n\nChilean Foreign Minister Karl Holm will meet leaders of the Pacific Alliance "
                + "in Santiago next week.");
        Entity alliance = x.entities().stream().filter(e -> e.label().equals("Pacific Alliance")).findFirst()
                .orElseThrow(() -> new AssertionError(x.entities().toString()));
        assertEquals(EntityType.ORGANIZATION, alliance.type());
        assertTrue(meetings(x).stream().anyMatch(m -> m.participants().contains(alliance.id())), meetings(x).toString());
    }

    @Test
    void whoIsDueSomewhereForTalksTakesPartEvenWhereTheParserLostTheClause() {
        Extraction x = extract("date 2019-03-04 Talks\n\nPeruvian President Luis Marek, who is due in Quito on Wednesday for talks "
                + "with Holm, welcomed the Chilean initiative, his spokesman Ivo Ruiz said.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Luis Marek", "Holm"))),
                meetings(x).toString());
    }

    @Test
    void aMinistryClosingASentenceSpeaksEvenWhereTheParserMadeItAnApposition() {
        Extraction x = extract("date 2019-03-04 Talks\n\nThe two discussed Bolivia, the situation on the border and cooperation within "
                + "the Andean group ahead of its summit in Quito next month, the Chilean Foreign Ministry said in a statement.");
        assertTrue(statements(x).stream().anyMatch(st -> st.speaker().equals("organization/chilean-foreign-ministry")
                && st.content().startsWith("The two discussed Bolivia")), statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> st.speaker().equals("country/bolivia")), statements(x).toString());
    }

    @Test
    void aWarningAgainstSomethingWithNoHearerIsAStatement() {
        Extraction x = extract("date 2019-03-04 Talks\n\nChilean President Pablo Vega warned against any military intervention in "
                + "Bolivia.");
        assertTrue(statements(x).stream().anyMatch(st -> labels(x, List.of(st.speaker())).contains("Pablo Vega")
                && st.content().contains("military intervention in Bolivia")), statements(x).toString());
    }

    @Test
    void aSummitOfLeadersInACityIsHeldThere() {
        Extraction x = extract("date 2024-05-20 Talks\n\nPeruvian President Ana Holm hosted a summit of Andean leaders in Lima in "
                + "December 2022.");
        Meeting summit = meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Ana Holm")).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals("city/lima", summit.place());
        assertEquals("2022-12", summit.date().iso());
    }

    @Test
    void whoIsSentToAnOccasionInACityVisitsIt() {
        Extraction x = extract("date 2024-05-20 Talks\n\nPeruvian President Ana Holm dispatched Deputy Prime Minister Karl Ruiz to "
                + "the inauguration ceremony in Santiago on March 11.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Karl Ruiz"))
                && "city/santiago".equals(v.place())), visits(x).toString());
    }

    @Test
    void beingInACityToPromoteSomethingIsAVisit() {
        Extraction x = extract("date 2024-05-20 Talks\n\nChilean President Pablo Vega was in Quito last month to promote Chile's "
                + "wine industry.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Pablo Vega"))
                && "city/quito".equals(v.place())), visits(x).toString());
    }

    @Test
    void theSameDayAfterADayToComeIsThatDay() {
        Extraction x = extract("date 2024-05-20 Talks\n\nChilean President Pablo Vega will arrive in Lima on Thursday. He is expected to "
                + "meet congressional leaders in Lima the same day.");
        Meeting leaders = meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Pablo Vega")).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals("2024-05-23", leaders.date().iso());
        assertEquals("city/lima", leaders.place());
    }

    @Test
    void aNameJoinedToAnEarlierClauseIsTheSubjectOfTheVerbAfterIt() {
        Extraction x = extract("date 2024-10-22 Talks\n\nThe two leaders had spoken by phone in March, when Vega was president-elect, "
                + "and Foreign Minister Karl Ruiz traveled to the northern Peruvian city of Trujillo in August for talks with his "
                + "counterpart, Ana Holm.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Karl Ruiz"))), visits(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Karl Ruiz", "Ana Holm"))),
                meetings(x).toString());
    }

    @Test
    void travellingThereGoesToThePlaceToldJustBefore() {
        Extraction x = extract("date 2014-06-02 Talks\n\nPeru will hold a presidential inauguration in Lima on Saturday. Chilean "
                + "Vice-President Pablo Vega will travel there for the ceremony.\n\nPeruvian President Ana Holm said she would not "
                + "travel there for the ceremony.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Pablo Vega")) && "city/lima".equals(v.place())),
                visits(x).toString());
        assertTrue(visits(x).stream().noneMatch(v -> labels(x, v.visitors()).contains("Ana Holm")), visits(x).toString());
    }

    @Test
    void aTripDatedInAWhoClauseDoesNotPlaceTheUndatedMeeting() {
        Extraction x = extract("date 2013-09-06 Talks\n\nChilean President Pablo Vega also met Ecuadorean President Karl Ruiz, who "
                + "visited Santiago in March.");
        Meeting met = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Pablo Vega", "Karl Ruiz")))
                .findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertNull(met.place(), met.toString());
        assertTrue(visits(x).stream()
                .anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Karl Ruiz")) && "2013-03".equals(v.date().iso())),
                visits(x).toString());
    }

    @Test
    void aMeetingNotOnSomeonesScheduleIsDeniedAndOneOnTheAgendaPlanned() {
        Extraction x = extract("date 2019-03-04 Talks\n\nPeruvian Foreign Minister Ana Holm arrived in Quito on Monday. A meeting "
                + "with leaders of the Andean Council was not on her schedule.\n\nA meeting with Chilean President Pablo Vega is "
                + "on the agenda for Tuesday.");
        Meeting council = meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Andean Council")).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Status.DENIED, council.status());
        assertTrue(labels(x, council.participants()).contains("Ana Holm"), council.toString());
        assertTrue(meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Pablo Vega"))
                .allMatch(m -> m.status() == Status.PLANNED), meetings(x).toString());
    }

    @Test
    void anEventOnAConditionIsHypothetical() {
        Extraction x = extract("date 2019-03-04 Talks\n\nChilean President Pablo Vega said he would be prepared to meet Peruvian "
                + "President Ana Holm if it would help to ease tensions.\n\nEcuadorean President Karl Ruiz said he would travel to "
                + "Santiago himself if the talks stalled.");
        assertTrue(meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Pablo Vega", "Ana Holm")))
                .allMatch(m -> m.status() == Status.HYPOTHETICAL) && !meetings(x).isEmpty(), meetings(x).toString());
        assertTrue(visits(x).stream()
                .anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Karl Ruiz")) && v.status() == Status.HYPOTHETICAL),
                visits(x).toString());
    }

    @Test
    void aMeetingThatWillNotTakePlaceIsDeniedOnTheNearerDay() {
        Extraction x = extract("date 2010-05-07 Talks\n\nChilean Finance Minister Pablo Vega will not attend Sunday's meeting of "
                + "his Andean counterparts in Lima with Peruvian Finance Minister Ana Holm.");
        Meeting meeting = meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Pablo Vega")).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Status.DENIED, meeting.status());
        assertEquals("2010-05-09", meeting.date().iso());
    }

    @Test
    void sayingSomethingToSomeoneAtAPlaceIsAMeetingThere() {
        Extraction x = extract("date 2019-03-04 Talks\n\nChilean President Pablo Vega told Peruvian President Ana Holm at the "
                + "presidential palace in Lima on Monday that the border would stay open.\n\nVega told reporters in Lima that the "
                + "talks went well. Ecuadorean President Karl Ruiz told Vega in a letter that he was worried.");
        Meeting meeting = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Pablo Vega", "Ana Holm")))
                .findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Mode.IN_PERSON, meeting.mode());
        assertEquals("2019-03-04", meeting.date().iso());
        assertTrue(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).contains("Karl Ruiz")), meetings(x).toString());
        assertTrue(meetings(x).stream().allMatch(m -> m.participants().size() >= 2), meetings(x).toString());
    }

    @Test
    void aBriefExchangeWithSomeoneIsAMeeting() {
        Extraction x = extract("date 2019-03-04 Talks\n\nChilean President Pablo Vega had a brief exchange with Peruvian "
                + "President Ana Holm at the summit on Monday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Pablo Vega", "Ana Holm"))),
                meetings(x).toString());
    }

    @Test
    void aYearToldRelativeToAnEarlierOneCountsFromIt() {
        Extraction x = extract("date 2019-04-16 Talks\n\nPeruvian President Ana Holm made a state visit to Chile in March 2016, and "
                + "Chilean President Pablo Vega paid a return visit to Lima in September of that year.\n\nHolm first visited "
                + "Quito in 2012. Vega travelled to Quito the following year.");
        Set<String> dates = visits(x).stream().map(v -> labels(x, v.visitors()) + " " + v.date().iso()).collect(Collectors.toSet());
        assertTrue(dates.containsAll(Set.of("[Ana Holm] 2016-03", "[Pablo Vega] 2016-09", "[Ana Holm] 2012", "[Pablo Vega] 2013")),
                dates.toString());
    }

    @Test
    void aVerbAfterAClosedRelativeClauseIsTheMainSubjects() {
        Extraction x = extract("date 2019-04-16 Talks\n\nChilean Foreign Minister Pablo Vega met Peruvian Prime Minister Ana Holm, "
                + "who took office on Monday, and later held separate talks with President Karl Ruiz.\n\nVega also met Eva Lind, "
                + "who arrived on Sunday and held talks with Ruiz.");
        Set<Set<String>> pairs = meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet());
        assertTrue(pairs.contains(Set.of("Pablo Vega", "Karl Ruiz")), pairs.toString());
        assertFalse(pairs.contains(Set.of("Ana Holm", "Karl Ruiz")), pairs.toString());
        assertTrue(pairs.contains(Set.of("Eva Lind", "Karl Ruiz")), pairs.toString());
    }

    @Test
    void aMeetingInASinceClauseIsAnEarlierOne() {
        Extraction x = extract("date 2014-12-05 Talks\n\nBASEL - Chilean Foreign Minister Pablo Vega and Peruvian Foreign Minister Ana "
                + "Holm met for about an hour on Thursday evening, their first face-to-face talks since they met in Quito in October.");
        Set<String> dates = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Pablo Vega", "Ana Holm")))
                .map(m -> m.date() == null ? "none" : m.date().iso()).collect(Collectors.toSet());
        assertEquals(Set.of("2014-12-04", "2014-10"), dates);
    }

    @Test
    void meetingsInAStoryOfASummitAreAtTheSummit() {
        Extraction x = extract("date 2019-11-18 Andean summit opens\n\nPeruvian President Ana Holm and Chilean President Pablo Vega met "
                + "on Monday on the eve of the Andean summit in Lima.\n\nHolm is expected to meet Ecuadorean President Karl Ruiz on "
                + "Wednesday. Vega last met Ruiz in March 2017.");
        Meeting planned = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Ana Holm", "Karl Ruiz")))
                .findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals("Lima", label(x, planned.place()));
        assertTrue(meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Pablo Vega", "Karl Ruiz")))
                .allMatch(m -> m.place() == null), meetings(x).toString());
    }

    @Test
    void aCountryInCapitalsEndingALeadSentenceIsNoDateline() {
        Extraction x = extract("date 2019-08-26 Summit talks\n\nPeruvian Foreign Minister Ana Holm flew in on Sunday and met Chilean "
                + "Foreign Minister Pablo Vega and officials from Ecuador and the UK.\n\nBritish Prime Minister Karl Ruiz held talks "
                + "with Vega on Sunday.");
        assertTrue(visits(x).stream().noneMatch(v -> "United Kingdom".equals(label(x, v.place()))), visits(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> m.place() != null && label(x, m.place()).equals("United Kingdom")),
                meetings(x).toString());
    }

    @Test
    void aPastMonthToldWithEarlyOrAsAnAbbreviatedDayIsBehindTheStory() {
        Extraction x = extract("date 2022-09-15 Talks\n\nThe meeting was the first between them since early February, when Peruvian "
                + "President Ana Holm travelled to Lima for the opening of the Games.\n\nHolm and Chilean President Pablo Vega last met "
                + "on Nov. 14 in Quito.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Holm")) && "2022-02".equals(v.date().iso())),
                visits(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Holm", "Pablo Vega"))
                && "2021-11-14".equals(m.date().iso())), meetings(x).toString());
    }

    @Test
    void aCountryHeadingTitlesAndANameIsNotTheSpeaker() {
        Extraction x = extract("date 2009-10-20 Talks\n\nUnited States Assistant Secretary of State Karl Ruiz, who visited Quito earlier "
                + "this month, told reporters that Lima wanted to see results.");
        assertTrue(statements(x).stream().anyMatch(st -> "Karl Ruiz".equals(label(x, st.speaker()))), statements(x).toString());
        assertTrue(visits(x).stream().allMatch(v -> labels(x, v.visitors()).equals(Set.of("Karl Ruiz"))) && !visits(x).isEmpty(),
                visits(x).toString());
    }

    @Test
    void aQuotedPhraseInsideTheClauseBeforeTheAttributionLeavesTheWholeClauseSaid() {
        Extraction x = extract("date 2024-02-27 Talks\n\nTalks in Lima on a new truce were constructive but \"significant gaps\" "
                + "remained, Peruvian President Ana Holm said on Monday.");
        assertTrue(statements(x).stream().anyMatch(st -> "Ana Holm".equals(label(x, st.speaker()))
                && st.content().startsWith("Talks in Lima") && !st.direct()), statements(x).toString());
    }

    @Test
    void aPronounSubjectOfAJoinedVerbIsTheFirstVerbsSubjectWhateverHisFirstNameSuggests() {
        // "Sameh" is listed as a woman's name by the bundled first-name table; the structure decides here.
        Extraction x = extract("date 2018-01-06 Talks\n\nPeruvian Foreign Minister Karl Ruiz met Chilean Foreign Minister Sameh Holm "
                + "in Lima on Saturday. Ruiz told reporters that the talks went well.\n\nHolm said Santiago would continue its "
                + "contacts with Quito, and he added that Ecuador remained a partner.");
        assertTrue(statements(x).stream().anyMatch(st -> "Sameh Holm".equals(label(x, st.speaker()))
                && st.content().startsWith("Ecuador remained")), statements(x).toString());
    }

    @Test
    void someoneFlownSomewhereByOthersMakesNoVisitUnlessForTalks() {
        Extraction x = extract("date 2016-05-16 Talks\n\nOpposition leader Karl Ruiz was arrested on Wednesday. He was then flown to "
                + "Quito in the north.\n\nChilean envoy Ana Holm was flown to Lima for talks with President Pablo Vega.");
        assertTrue(visits(x).stream().noneMatch(v -> labels(x, v.visitors()).contains("Karl Ruiz")), visits(x).toString());
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Holm"))
                && "Lima".equals(label(x, v.place()))), visits(x).toString());
    }

    @Test
    void aPlaceTheTableKnowsWithItsArticleIsNotAPersonOfTheRestOfItsName() {
        // The bundled table knows a person by the surname "Hague"; the whole name is the city.
        Extraction x = extract("date 2014-04-25 Talks\n\nPeruvian President Ivo Ruiz met Chilean President Ana Holm in Lima on Friday. "
                + "The two leaders last met in The Hague in March.");
        assertTrue(meetings(x).stream().anyMatch(m -> "The Hague".equals(label(x, m.place()))), meetings(x).toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON && e.label().contains("Hague")), x.entities().toString());
    }

    @Test
    void aPlacesFirstWordTakenForATitleJoinsItWhenTheTableKnowsTheWhole() {
        Extraction x = extract("date 2013-10-25 Talks\n\nPeruvian President Ivo Ruiz and Chilean President Ana Holm last met at a summit "
                + "in Saint Petersburg in early September.");
        assertTrue(meetings(x).stream().anyMatch(m -> "Saint Petersburg".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void anAsClauseClosingAReportTellsWhatWentOnAsTheWordsWereSaid() {
        Extraction x = extract("date 2014-04-25 Summit\n\nPeruvian President Ivo Ruiz and Chilean President Ana Holm warned the Acme "
                + "group on Friday that it would face sanctions if it went ahead with a test, as the two leaders held a summit in Lima.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Ana Holm"))
                && "Lima".equals(label(x, m.place()))), meetings(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> "Ivo Ruiz".equals(label(x, st.speaker())) && st.content().endsWith("with a test")),
                statements(x).toString());
    }

    @Test
    void aCaptionsPositionWordsLeaveTheNamesTheSubjectsOfItsVerbAndItsClosingDateDatesIt() {
        Extraction x = extract("date 2016-09-14 Talks\n\nPeruvian President Ivo Ruiz, left, shakes hands with Chilean President Ana Holm "
                + "during a ceremony in Lima, Oct. 13, 2013.\n\nPeruvian Foreign Minister Karl Vega, left, and Ecuadorian Foreign Minister "
                + "Pablo Soto, right, shake hands before their talks in Quito, April 30, 2016.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Ana Holm"))
                && "Lima".equals(label(x, m.place())) && m.date() != null && m.date().iso().equals("2013-10-13")), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Karl Vega", "Pablo Soto"))
                && "Quito".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void shakingTheRegionOrOnesHeadIsNoMeeting() {
        Extraction x = extract("date 2016-09-14 Talks\n\nPeruvian President Ivo Ruiz shook his head when asked about Chilean President "
                + "Ana Holm. The crisis shook the region.");
        assertTrue(meetings(x).isEmpty(), meetings(x).toString());
    }

    @Test
    void anArchivePhotoCaptionDoesNotDateTheLead() {
        Extraction x = extract("date 2016-09-14 Ruiz visits Quito\n\nFILE - Peruvian President Ivo Ruiz, left, shakes hands with Chilean "
                + "President Ana Holm in Lima, Oct. 13, 2013.\n\nRuiz held talks with Ecuadorian President Pablo Vega in Quito.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Pablo Vega"))
                && (m.date() == null || !m.date().iso().startsWith("2013"))), meetings(x).toString());
    }

    @Test
    void aHyphenatedTitleTheTokenizerSplitIsOneTitleAgain() {
        Extraction x = extract("date 2014-07-22 Talks\n\nAcme League Secretary-General Ana Holm flew to Lima on Sunday.\n\n"
                + "The secretary-general arrived in Quito on Monday.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Holm")) && "Quito".equals(label(x, v.place()))),
                visits(x).toString());
    }

    @Test
    void thoseMetInSeparateWithPhrasesByNoOneNamedDidNotMeetEachOther() {
        Extraction x = extract("date 2014-07-22 Talks\n\nThe talks in Quito with Ecuadorian President Pablo Vega and with Acme League "
                + "chief Karl Soto ended without a deal on Monday.");
        assertTrue(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).containsAll(Set.of("Pablo Vega", "Karl Soto"))),
                meetings(x).toString());
    }

    @Test
    void thePlainPresentOfATimetableWithAWeekdayIsStillToCome() {
        // Told on a Tuesday: the Saturday past lies nearer than the one to come.
        Extraction x = extract("date 2016-09-27 Talks\n\nPeruvian President Ivo Ruiz met Chilean President Ana Holm in Lima on Monday.\n\n"
                + "Holm arrives in Guayaquil on Saturday.");
        assertTrue(visits(x).stream().anyMatch(v -> "Guayaquil".equals(label(x, v.place())) && v.status() == Status.PLANNED
                && v.date() != null && v.date().iso().equals("2016-10-01")), visits(x).toString());
    }

    @Test
    void aHopedForVisitIsNotYetAPlan() {
        Extraction x = extract("date 2016-09-27 Talks\n\nPeruvian President Ivo Ruiz met Chilean President Ana Holm in Lima on Monday. "
                + "Holm said she hoped to visit Quito at an appropriate time.");
        assertTrue(visits(x).stream().anyMatch(v -> "Quito".equals(label(x, v.place())) && v.status() == Status.HYPOTHETICAL),
                visits(x).toString());
    }

    @Test
    void aVenueNamedWithTheCityItStandsInPlacesTheMeetingInTheCity() {
        // The parser hangs "in Lima" on the last noun of the venue's name.
        Extraction x = extract("date 2016-10-20 Talks\n\nPeruvian President Ivo Ruiz held talks with Chilean President Ana Holm during a "
                + "welcome ceremony at the Great Hall of the People in Lima on Thursday.");
        assertTrue(meetings(x).stream().anyMatch(m -> "Lima".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void aDottedMonthAbbreviationStandingAloneIsReadAsItsMonth() {
        // "Dec." alone is a month to SUTime; reading it once failed the whole article.
        Extraction x = extract("date 2013-12-02 Talks\n\nPeruvian President Ivo Ruiz met Chilean President Ana Holm in Lima on Monday "
                + "ahead of a Dec. 15-16 summit of Acme League leaders in Quito.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Ana Holm"))),
                meetings(x).toString());
    }

    @Test
    void aBareTwoAfterPlannedTalksIsThePairOfTheTalks() {
        Extraction x = extract("date 2017-12-04 Talks\n\nPeruvian envoy Ivo Ruiz is due to hold a new round of talks with Chilean aide "
                + "Ana Holm in the coming weeks. The two last met in Quito last month.\n\nThe two spoke by phone on Friday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Ana Holm"))
                && "Quito".equals(label(x, m.place())) && m.status() == Status.OCCURRED), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Ana Holm"))
                && m.mode() == Mode.PHONE), meetings(x).toString());
    }

    @Test
    void aPastVerbTaggedAParticipleAfterABareNumberHasOccurred() {
        Extraction x = extract("date 2017-12-04 Talks\n\nPeruvian envoy Ivo Ruiz met Chilean aide Ana Holm in Lima on Monday. The two "
                + "last met in Quito in May.");
        assertTrue(meetings(x).stream().anyMatch(m -> "Quito".equals(label(x, m.place())) && m.status() == Status.OCCURRED
                && m.date() != null && m.date().iso().equals("2017-05")), meetings(x).toString());
    }

    @Test
    void telephoneTalksWithTwoCounterpartsAreOneCallEachButAThreeWayCallIsOne() {
        Extraction x = extract("date 2016-01-08 Talks\n\nPeruvian President Ivo Ruiz held telephone talks with Chilean President Ana Holm "
                + "and Ecuadorian President Pablo Vega on Thursday.\n\nRuiz later held a three-way phone call with Holm and Vega.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Ana Holm"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Pablo Vega"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Ana Holm", "Pablo Vega"))),
                meetings(x).toString());
    }

    @Test
    void aClauseTheClosingAttributionTookBelongsToTheVerbItCompletes() {
        Extraction x = extract("date 2019-06-08 Talks\n\nPeruvian Foreign Minister Ivo Ruiz told his Chilean counterpart Ana Holm that "
                + "Peru \"highly appreciates\" Chile's help with the relief effort, the ministry said.\n\nHolm invited Ruiz to visit "
                + "Santiago later this year, presidential spokesperson Eva Lind said in a written briefing.");
        assertTrue(statements(x).stream().anyMatch(st -> "Ivo Ruiz".equals(label(x, st.speaker())) && st.content().startsWith("Peru")
                && !st.content().contains("ministry")), statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> "Eva Lind".equals(label(x, st.speaker()))
                && st.content().startsWith("Holm invited")), statements(x).toString());
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Ruiz"))), visits(x).toString());
        assertTrue(visits(x).stream().noneMatch(v -> labels(x, v.visitors()).contains("Eva Lind")), visits(x).toString());
    }

    @Test
    void aClosingSpeakerTakenForTheObjectsAppositionSpeaksForTheWholeSentence() {
        Extraction x = extract("date 2019-06-08 Talks\n\nHolm invited Ruiz to visit Santiago later this year, and Ruiz accepted the "
                + "invitation, presidential spokesperson Eva Lind said in a written briefing.");
        assertTrue(statements(x).stream().anyMatch(st -> "Eva Lind".equals(label(x, st.speaker())) && st.content().startsWith("Holm invited")
                && st.content().endsWith("the invitation")), statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> st.content().contains("Eva Lind said")), statements(x).toString());
    }

    @Test
    void aDayCountedFromTheLeadRightAfterADatelineIsRead() {
        // The lead's day was looked for in the very sentence that asked for it, once the dateline was skipped.
        Extraction x = extract("date 2016-06-07 Ruiz meets Holm\n\nLIMA - A day later, Peruvian President Ivo Ruiz met Chilean President "
                + "Ana Holm in Lima.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Ana Holm"))),
                meetings(x).toString());
    }

    @Test
    void aKoreanFamilyNameAloneNerTookForAPlaceIsThePersonNamedInFull() {
        Extraction x = extract("date 2023-11-26 Talks\n\nChilean Foreign Minister Ana Holm met South Korean Foreign Minister Park Jun in "
                + "Lima on Friday.\n\nHolm, who took office in September, held talks with Park on Saturday over dinner and the two "
                + "agreed to further improve bilateral ties.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Holm", "Park Jun")) && m.date() != null
                && m.date().iso().equals("2023-11-25")), meetings(x).toString());
    }

    @Test
    void aPlaceTheParserHungOnASpanOfTimePlacesTheTalk() {
        Extraction x = extract("date 2019-10-25 Talks\n\nEcuadorian President Pablo Vega and Bolivian President Eva Lind talked for an hour "
                + "in Quito on Monday.");
        assertTrue(meetings(x).stream().anyMatch(m -> "Quito".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void aBodyNamedAfterAnotherIsNotThatBody() {
        // NER tags only the first word; the table knows it as another body, which the longer name is not.
        Extraction x = extract("date 2012-11-20 Talks\n\nPeruvian Foreign Minister Ivo Ruiz will attend the ASEAN Coastal Forum in Lima "
                + "later this month.");
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("ASEAN Coastal Forum") && e.link() == null),
                x.entities().toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.label().equals("ASEAN")), x.entities().toString());
    }

    @Test
    void theMeetingAHostingIsForIsTheHostingAndADescribedBodysFoundingYearDatesNeither() {
        Extraction x = extract("date 2011-06-21 Talks\n\nPeruvian Foreign Minister Ivo Ruiz hosted his Chilean and Bolivian counterparts, "
                + "Ana Holm and Karl Soto, in Lima for a meeting of the so-called Andes Triangle, a forum set up in 1991 to help bring Peru "
                + "closer to its neighbours.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertTrue(meetings(x).stream().allMatch(m -> m.date() == null || !m.date().iso().equals("1991")), meetings(x).toString());
    }

    @Test
    void whatHasYetToHappenHasNotHappened() {
        Extraction x = extract("date 2016-01-08 Talks\n\nPeruvian President Ivo Ruiz has yet to speak with Chilean President Ana Holm since "
                + "the test.\n\nEcuadorian President Pablo Vega is yet to meet Bolivian President Eva Lind.");
        assertTrue(meetings(x).stream().noneMatch(m -> m.status() == Status.OCCURRED || m.status() == Status.PLANNED),
                meetings(x).toString());
        // Nor is "has" with an infinitive a report of anything.
        assertTrue(statements(x).stream().noneMatch(st -> st.cue().equalsIgnoreCase("has")), statements(x).toString());
    }

    @Test
    void anInterviewWithANewsOutletIsNoMeetingWithIt() {
        Extraction x = extract("date 2013-09-10 Talks\n\n\"No negotiation will change that,\" Peruvian spokesman Ivo Ruiz told VOA by "
                + "phone from Lima.\n\nChilean President Ana Holm spoke to Reuters in Santiago on Monday.");
        assertTrue(meetings(x).isEmpty(), meetings(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> "Ivo Ruiz".equals(label(x, st.speaker()))), statements(x).toString());
    }

    @Test
    void aClosingListOfSourcesTellsNoNews() {
        Extraction x = extract("date 2018-07-12 Talks\n\nPeruvian President Ivo Ruiz met Chilean President Ana Holm in Lima on Wednesday."
                + "\n\nSources\n\n* \"Ruiz meets Ecuador's foreign minister amid unrest\" — Acme News, July 11, 2018\n"
                + "* \"Vega to visit Quito\" — Acme Daily, July 12, 2018\n");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertTrue(visits(x).isEmpty(), visits(x).toString());
    }

    @Test
    void theDelegationReceivedIsTheMembersToldBefore() {
        Extraction x = extract("date 2023-09-15 Talks\n\nA delegation from the Acme League met Ecuadorian President Pablo Vega in Quito on "
                + "Wednesday.\n\nThe delegation was led by former Peruvian leader Ivo Ruiz and included the president of the Acme Commission, "
                + "Ana Holm.\n\nHolm told reporters that the talks had been useful. \"The door is open,\" she said. \"It will not stay open "
                + "forever.\"\n\nChilean President Karl Soto received the delegation at the presidential palace in Santiago on Thursday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Karl Soto", "Ivo Ruiz", "Ana Holm"))),
                meetings(x).toString());
    }

    @Test
    void anHonorificInInitialsLeavesTheSentenceWhole() {
        Extraction x = extract("date 2019-05-02 Readout\n\nOn 1 May, Foreign Minister Ivo Ruiz of Peru held talks with H.E. Mr. Marek Holm, "
                + "Minister of Foreign Affairs of Chile, in Lima.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Marek Holm"))), meetings(x).toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.label().startsWith("H.")), x.entities().toString());
    }

    @Test
    void aRunOfDaysIsDatedByItsFirstDay() {
        Extraction x = extract("date 2022-09-09 Visit\n\nForeign Minister Ivo Ruiz of Peru paid an official visit to Chile from 6-8 September "
                + "2022.\n\nChilean President Ana Holm will host a summit with Ecuadorian President Pablo Vega in Santiago on Oct. 17-18.");
        assertEquals("2022-09-06", visits(x).get(0).date().iso(), visits(x).toString());
        assertEquals("2022-10-17", meetings(x).get(0).date().iso(), meetings(x).toString());
    }

    @Test
    void anUntaggedNameAfterALowerCaseTitleIsAPerson() {
        Extraction x = extract("date 2015-06-12 Talks\n\nIn a rare news conference at the UN, Ruritania's envoy Sin Mun-Ho called the report "
                + "\"a great victory\" for his country and warned that Ruritania would respond.");
        assertTrue(statements(x).stream().anyMatch(st -> "Sin Mun-Ho".equals(label(x, st.speaker()))), statements(x).toString());
    }

    @Test
    void aTripWithAPurposeReportsNothing() {
        Extraction x = extract("date 2015-06-12 Talks\n\nEcuadorian Foreign Minister Ivo Ruiz returned to Quito on Tuesday to brief the "
                + "president on the talks.");
        assertTrue(statements(x).isEmpty(), statements(x).toString());
    }

    @Test
    void aPresidentialPressServiceSpeaksForItsCountry() {
        Extraction x = extract("date 2020-05-19 Talks\n\nPeruvian President Ivo Ruiz and Chilean President Ana Soto discussed trade by phone "
                + "on Monday, the Peruvian presidential press service said.\n\nAccording to the Chilean presidential press service, the two "
                + "leaders also discussed the border.");
        assertEquals(2, statements(x).size(), statements(x).toString());
        assertTrue(statements(x).stream().allMatch(st -> label(x, st.speaker()).endsWith("presidential press service")), statements(x).toString());
    }

    @Test
    void oneWhoLooksForwardToAMeetingIsAtIt() {
        Extraction x = extract("date 2025-03-28 Talks\n\nPeruvian President Ivo Ruiz said that he looks forward to meeting with President Ana "
                + "Soto and the other Andean heads of state in Lima in June.\n\nChilean President Marek Holm recalled his talks with President "
                + "Ruiz and said he looked forward to welcoming him to Santiago for the next summit later this year.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Ana Soto"))
                && m.status() == Status.PLANNED), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Marek Holm"))
                && m.status() == Status.PLANNED), meetings(x).toString());
    }

    @Test
    void coChairsOfAMeetingAreAtIt() {
        Extraction x = extract("date 2019-03-28 Talks\n\nOn 27 March, Foreign Minister Ivo Ruiz and Foreign Minister Ana Soto co-chaired the 9th "
                + "Peru-Chile Strategic Dialogue in Lima.\n\nThe first meeting of the Peru-Chile Cooperation Council, to be co-chaired by President "
                + "Marek Holm and President Lena Lind, will be held in the coming months.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).containsAll(Set.of("Ivo Ruiz", "Ana Soto"))), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).containsAll(Set.of("Marek Holm", "Lena Lind"))
                && m.status() == Status.PLANNED), meetings(x).toString());
    }

    @Test
    void aMeetingDuringAVisitToACountryIsHeldThere() {
        Extraction x = extract("date 2022-09-09 Visit\n\nForeign Minister of Peru, Dr. Ivo Ruiz, paid an official visit to Chile from 6-8 September "
                + "2022.\n\nForeign Minister Ruiz called on President Marek Holm on 8 September.");
        Meeting call = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Marek Holm"))).findFirst().orElseThrow();
        assertEquals("Chile", label(x, call.place()), meetings(x).toString());
    }

    @Test
    void aTitleWrittenAsItsInitialsIsItsHolder() {
        Extraction x = extract("date 2018-03-30 Visit of External Affairs Minister to Chile\n\nExternal Affairs Minister Smt. Ana Soto paid an "
                + "official visit to Chile from 28-29 March 2018.\n\nEAM called on President Marek Holm on 29 March. EAM also met Mr. Karl "
                + "Lind, Secretary-General of the Acme Party.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Marek Holm"))), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Karl Lind"))), meetings(x).toString());
    }

    @Test
    void aWhoClauseAfterATitledGuestTellsTheGuestsVisit() {
        Extraction x = extract("date 2014-09-30 Talks\n\nOn September 30, Mr. Ivo Ruiz, Prime Minister of Peru, held a summit meeting with Ms. Ana "
                + "Soto, Prime Minister of Chile, who is visiting Peru.\n\nMr. Marek Holm, Minister of Foreign Affairs of Ecuador, who was "
                + "visiting Peru as a Guest of the Ministry, held talks with Ruiz on Tuesday.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Soto")) && "Peru".equals(label(x, v.place()))),
                visits(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Marek Holm"))), meetings(x).toString());
    }

    @Test
    void theVisitOfSomeoneIsTheirs() {
        Extraction x = extract("date 2014-09-30 Talks\n\nPrime Minister Ivo Ruiz referred to the visit of Mr. Marek Holm, Minister for Foreign "
                + "Affairs, to Lima in August.\n\nThe two sides had achieved significant progress since the visit of Prime Minister Ana Soto to "
                + "Chile in April this year.");
        assertEquals(Set.of(Set.of("Marek Holm"), Set.of("Ana Soto")), visits(x).stream().map(v -> labels(x, v.visitors())).collect(
                java.util.stream.Collectors.toSet()), visits(x).toString());
    }

    @Test
    void aTitleWithItsOfPhraseIsNoPartOfTheName() {
        Extraction x = extract("date 2011-02-16 Talks\n\nWithin the framework of his visit, Minister Ivo Ruiz also met with Speaker of the Milli "
                + "Majlis Karl Lind and Chairman of the Acme Council Pedro Vega.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Karl Lind"))), meetings(x).toString());
    }

    @Test
    void membersIncludedAfterAGroupAreItsSides() {
        Extraction x = extract("date 2020-04-15 Talks\n\nPeruvian President Ivo Ruiz has also held phone talks with the leaders of several Andean "
                + "countries, including Chilean President Ana Soto and Ecuadorian President Pablo Vega.\n\nRuiz met several regional leaders "
                + "on Monday, including Bolivian President Marek Holm.");
        for (String other : List.of("Ana Soto", "Pablo Vega", "Marek Holm")) {
            assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", other))), meetings(x).toString());
        }
    }

    @Test
    void wordsToAVisitingCounterpartTellTheirMeeting() {
        Extraction x = extract("date 2005-04-07 Talks\n\nPeruvian Foreign Minister Ivo Ruiz told his visiting Chilean counterpart Ana Soto on "
                + "Thursday that the border dispute must be settled soon.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Ana Soto"))), meetings(x).toString());
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Soto"))), visits(x).toString());
    }

    @Test
    void noPlansForAMeetingDenyIt() {
        Extraction x = extract("date 2016-03-14 Talks\n\nThere are no plans for Peruvian Foreign Minister Ivo Ruiz to meet Chilean Foreign "
                + "Minister Marek Holm.");
        assertEquals(List.of(Status.DENIED), meetings(x).stream().map(m -> m.status()).toList(), meetings(x).toString());
    }

    @Test
    void aPairRecallingTheirMeetingTellsIt() {
        Extraction x = extract("date 2023-06-27 Talks\n\nPeruvian President Ivo Ruiz spoke on phone today with Chilean President Ana Soto. The "
                + "two leaders recalled their meeting in Quito in May 2023.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Ana Soto"))
                && m.date() != null && m.date().iso().equals("2023-05")), meetings(x).toString());
    }

    @Test
    void aMeetingThatBroughtLeadersTogetherIsOneMeetingWithItsBody() {
        Extraction x = extract("date 2019-05-14 Summit\n\nThe meeting of the Andean Council in Lima on Monday brought together Peruvian "
                + "President Ivo Ruiz, Chilean President Ana Soto and Bolivian President Marek Holm.");
        assertEquals(List.of(Set.of("Andean Council", "Ivo Ruiz", "Ana Soto", "Marek Holm")),
                meetings(x).stream().map(m -> labels(x, m.participants())).toList(), meetings(x).toString());
    }

    @Test
    void aMeetingWithAChairInAnAsideIsAttendedByThoseListed() {
        Extraction x = extract("date 2022-03-30 Talks\n\nThe Andean Ministerial Meeting on Tuesday, chaired by Prof. Ivo Ruiz, "
                + "was attended by Peruvian Foreign Minister Ana Soto, Chilean Foreign Minister Marek Holm and Bolivia's Foreign "
                + "Minister Eva Vega.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).containsAll(Set.of("Ana Soto", "Marek Holm", "Eva Vega"))),
                meetings(x).toString());
    }

    @Test
    void aRankWithoutAStopIsNoPartOfTheName() {
        Extraction x = extract("date 2017-10-20 Talks\n\nChief of Army Staff Gen Ivo Ruiz met President Ana Soto in Lima on Tuesday.");
        assertEquals(List.of(Set.of("Ivo Ruiz", "Ana Soto")), meetings(x).stream().map(m -> labels(x, m.participants())).toList(),
                meetings(x).toString());
    }

    @Test
    void theSenatorsAreThoseToldTravellingTogether() {
        Extraction x = extract("date 2006-04-18 Senators\n\nSens. Ivo Ruiz and Marek Holm met with Peruvian President Ana Soto in Lima on "
                + "Monday. The two were joined by Sen. Eva Vega on the trip. The senators flew into Lima from Quito on Sunday and will "
                + "leave on Tuesday for Santiago, where they will meet with Chilean President Nils Berg. The senators also spoke with "
                + "Bolivian President Tomas Lind by phone.");
        Set<String> senators = Set.of("Ivo Ruiz", "Marek Holm", "Eva Vega");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(senators)), visits(x).toString());
        for (String met : List.of("Nils Berg", "Tomas Lind")) {
            Set<String> sides = new java.util.HashSet<>(senators);
            sides.add(met);
            assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(sides)), meetings(x).toString());
        }
    }

    @Test
    void theKremlinPressServiceSpeaksForTheKremlin() {
        Extraction x = extract("date 2019-05-14 Call\n\nThe two presidents held a telephone conversation on Tuesday, the Kremlin press "
                + "service said. \"The conversation was held at the initiative of the Ruritanian side,\" the press service said.");
        assertEquals(List.of("Kremlin", "Kremlin"), statements(x).stream().map(st -> label(x, st.speaker())).toList(),
                statements(x).toString());
    }

    @Test
    void whoeverGoesToAMeetingIsAtIt() {
        Extraction x = extract("date 2025-03-07 Talks\n\nAna Soto, who arrived on Sunday for a four-day visit, went straight from "
                + "the airport to a meeting with Eva Vega, the Acme chairman, at the company's headquarters.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Eva Vega"))),
                meetings(x).toString());
    }

    @Test
    void aPairThatDiscussedByTelephoneSpokeByPhone() {
        Extraction x = extract("date 2013-05-29 Call\n\nPeruvian Foreign Minister Ivo Ruiz and his Chilean counterpart Ana Soto "
                + "discussed by telephone on Wednesday the preparations for the conference on trade, the Peruvian Foreign Ministry said.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Ana Soto"))
                && m.mode() == Mode.PHONE),
                meetings(x).toString());
    }

    @Test
    void bothSubjectsBeforeARelativeClauseSpeak() {
        Extraction x = extract("date 2011-01-10 Call\n\nIvo Ruiz and Ana Soto, who was appointed acting foreign minister last month, spoke "
                + "over the phone on Sunday evening, the sources said.");
        assertEquals(List.of(Set.of("Ivo Ruiz", "Ana Soto")), meetings(x).stream().map(m -> labels(x, m.participants())).toList(),
                meetings(x).toString());
    }

    @Test
    void aMeetingGappedAfterADayIsAMeetingOfItsOwnOnThatDay() {
        Extraction x = extract("date 2022-08-06 Talks\n\nIvo Ruiz arrived in Lima on Wednesday. He met Thursday with Peruvian "
                + "Foreign Minister Ana Soto and on Friday with Chilean Foreign Minister Marek Holm.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Ana Soto"))
                && m.date() != null && m.date().iso().equals("2022-08-04")), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Marek Holm"))
                && m.date() != null && m.date().iso().equals("2022-08-05")), meetings(x).toString());
    }

    @Test
    void aGroupCodeTheTokenizerSplitsAtItsHyphenIsStillTheGroup() {
        Extraction x = extract("date 2009-09-15 Talks\n\nIvo Ruiz also met his counterparts from the G-20 in London on Sept. 5.");
        assertTrue(x.entities().stream().anyMatch(e -> e.link() != null && "Q19771".equals(e.link().qid())), x.entities().toString());
    }

    @Test
    void callingOnTwoDignitariesIsTwoCourtesyCalls() {
        Extraction x = extract("date 2023-02-14 Talks\n\nForeign Secretary Ivo Ruiz on Tuesday called on President Ana Soto and Foreign "
                + "Minister Marek Holm in Lima.");
        assertEquals(Set.of(Set.of("Ivo Ruiz", "Ana Soto"), Set.of("Ivo Ruiz", "Marek Holm")),
                meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet()),
                meetings(x).toString());
    }

    @Test
    void aTripOfSomeoneUnnamedIsNotTheSpeakersOwn() {
        Extraction x = extract("date 2023-02-14 Foreign Secretary Ruiz calls on Soto, discusses Peru PM's Chile visit\n\nLima, Feb 14 (PTI) "
                + "Foreign Secretary Ivo Ruiz on Tuesday called on Peruvian Prime Minister Ana Soto.");
        assertTrue(visits(x).stream().noneMatch(v -> v.visitors().contains("person/ivo-ruiz")), visits(x).toString());
    }

    @Test
    void whoeverPreparesForTheNextRoundTakesPart() {
        Extraction x = extract("date 2015-03-20 Talks\n\nPeruvian Foreign Minister Ivo Ruiz and Chilean Foreign Minister Ana Soto are "
                + "also preparing for the seventh round of talks on trade, which Peru hosts in June.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).containsAll(Set.of("Ivo Ruiz", "Ana Soto"))),
                meetings(x).toString());
    }

    @Test
    void aCaptionCreditedAfterItTellsThePastOfItsPicture() {
        Extraction x = extract("date 2021-11-17 Talks\n\nRuritanian President Ana Soto received Foreign Minister Ivo Ruiz in Lima on "
                + "Tuesday.\n\nAna Soto receives Ivo Ruiz in Lima on Tuesday. (Acme)\n\nThe two discussed trade.");
        assertTrue(meetings(x).stream().allMatch(m -> m.date() != null && m.date().iso().equals("2021-11-16")), meetings(x).toString());
    }

    @Test
    void membersOfATravellersDelegationAndThoseAccompanyingHimTravelToo() {
        Extraction x = extract("date 2015-03-20 Visit\n\nRuritanian President Ivo Ruiz, who arrived in Lima on Monday, was accompanied "
                + "by Foreign Minister Marek Holm.\n\nChilean President Ana Soto arrived in Quito on Tuesday at the head of a delegation "
                + "that included Foreign Minister Jan Berg and the ministers of finance and trade.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Ruiz", "Marek Holm"))), visits(x).toString());
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Soto", "Jan Berg"))), visits(x).toString());
    }

    @Test
    void aHostedVisitAndTheArrivalADayBeforeAreOneTrip() {
        Extraction x = extract("date 2021-11-17 Talks\n\nRuritanian President Ana Soto received Chilean Foreign Minister Ivo Ruiz in Lima "
                + "on Tuesday.\n\nRuiz, who arrived in Lima on Monday evening, also met Peruvian Foreign Minister Marek Holm.");
        assertEquals(1, visits(x).size(), visits(x).toString());
        assertEquals("2021-11-15", visits(x).get(0).date().iso(), visits(x).toString());
    }

    @Test
    void thePeopleNamedAmongThemAreMembersOfTheGroupMet() {
        Extraction x = extract("date 2018-04-15 Talks\n\nRuritanian President Ivo Ruiz on Saturday hosted a breakfast with several members "
                + "of the Andean Council, among them Peru's Ana Soto and Chile's Marek Holm.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).containsAll(Set.of("Ivo Ruiz", "Ana Soto", "Marek Holm"))),
                meetings(x).toString());
    }

    @Test
    void talksAParticipleDwellsOnBetweenTwoOthersAreNotTheSubjectsOwn() {
        Extraction x = extract("date 2025-02-19 Visit\n\nRuritanian President Ivo Ruiz arrived in Lima on Tuesday for a state visit, hosted "
                + "by President Ana Soto.\n\nThe two heads of state held talks at the presidential palace on Tuesday afternoon, focusing on "
                + "the talks between Chilean and Bolivian officials that opened in Quito the same day.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Ana Soto"))),
                meetings(x).toString());
    }

    @Test
    void aSonWhoseNameEndsWithHisFathersIsNotTheFather() {
        Extraction x = extract("date 2010-05-19 Talks\n\nShaikh Tomas Bin Karim Al Ruiz, Vice-President of Ruritania, yesterday received "
                + "Peruvian President Ivo Soto.\n\nShaikh Tomas said Ruritania would stand by Peru.\n\nThe meeting was attended by Shaikh "
                + "Hamdan Bin Tomas Bin Karim Al Ruiz, Crown Prince of Zenda.");
        assertTrue(statements(x).stream().anyMatch(st -> label(x, st.speaker()).equals("Tomas Bin Karim Al Ruiz")),
                statements(x).toString());
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Hamdan Bin Tomas Bin Karim Al Ruiz")), x.entities().toString());
    }

    @Test
    void thoseAttendingTheMeetingJustToldTookPartInIt() {
        Extraction x = extract("date 2010-05-19 Talks\n\nRuritanian President Ana Soto yesterday received Peruvian Foreign Minister "
                + "Ivo Ruiz at the palace in Lima.\n\nThe meeting was attended by Ruritanian Foreign Minister Marek Holm.");
        assertEquals(List.of(Set.of("Ana Soto", "Ivo Ruiz", "Marek Holm")),
                meetings(x).stream().map(m -> labels(x, m.participants())).toList(), meetings(x).toString());
    }

    @Test
    void aNameOpeningAQuotationIsNotWhomTheSpeakersPronounContinues() {
        Extraction x = extract("date 2009-08-06 Talks\n\nPrime Minister Ivo Ruiz says Ruritania and Peru will keep up the pressure on "
                + "Zenda after talks with Chilean President Marek Holm.\n\n\"Holm and I are absolutely on the same page. There is no "
                + "appetite around the table for letting Zenda off the hook,\" he told reporters.");
        assertTrue(statements(x).stream().filter(st -> st.content().contains("same page"))
                .allMatch(st -> label(x, st.speaker()).equals("Ivo Ruiz")), statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> st.content().contains("same page")), statements(x).toString());
    }

    @Test
    void aRelativeClauseHungOnTheLastOfTwoNamesIsBothTheirs() {
        Extraction x = extract("date 2014-03-20 Talks\n\nThe foreign ministers of Peru and Chile, Ivo Ruiz and Marek Holm, who met in "
                + "Lima on Tuesday, called for calm.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Marek Holm"))),
                meetings(x).toString());
    }

    @Test
    void aQuotedPhraseInsideReportedSpeechDoesNotEndIt() {
        Extraction x = extract("date 2014-05-02 Talks\n\nForeign Minister Ivo Ruiz told reporters in Lima that Ruritania would \"never "
                + "accept\" what he called foreign meddling in its affairs.");
        assertTrue(statements(x).stream().anyMatch(st -> label(x, st.speaker()).equals("Ivo Ruiz") && st.content().contains("meddling")),
                statements(x).toString());
    }

    @Test
    void talksWithANameAndAnUnnamedGroupAreTalksWithTheName() {
        Extraction x = extract("date 2016-12-09 Talks\n\nPresident Ivo Ruiz held talks with President Marek Vega and opposition "
                + "leaders at the Acme Hotel.");
        assertEquals(List.of(Set.of("Ivo Ruiz", "Marek Vega")), meetings(x).stream().map(m -> labels(x, m.participants())).toList(),
                meetings(x).toString());
    }

    @Test
    void aGuestReceivedInACityVisitedIt() {
        Extraction x = extract("date 2024-01-08 Talks\n\nGen Ivo Ruiz was received at State House, Lima, last Wednesday.\n\n"
                + "Marek Holm was received by President Ana Soto in Quito on Friday.\n\nThe plan was not received in Santiago.");
        assertEquals(Set.of("Ivo Ruiz@Lima", "Marek Holm@Quito"), visits(x).stream()
                .map(v -> String.join(",", labels(x, v.visitors())) + "@" + label(x, v.place())).collect(Collectors.toSet()),
                visits(x).toString());
    }

    @Test
    void namesAfterACommaBesideAGroupNounAreThatGroup() {
        Extraction x = extract("date 2008-03-28 Talks\n\nThe call came a day after UN mediator Ivo Ruiz held a new round of talks in "
                + "New York with the two negotiators, Ruritania's Marek Holm and Klow's Ana Soto.");
        assertEquals(List.of(Set.of("Ivo Ruiz", "Marek Holm", "Ana Soto")),
                meetings(x).stream().map(m -> labels(x, m.participants())).toList(), meetings(x).toString());
    }

    @Test
    void talksAtAnUnknownSiteAreHeldInTheCityTheGuestReached() {
        Extraction x = extract("date 2023-06-20 Talks\n\nRuritanian Foreign Minister Ana Soto arrived in Lima last Wednesday for a "
                + "state visit, during which she held talks with Mr Ruiz at the Istana.");
        assertEquals(List.of("Lima"), meetings(x).stream().map(m -> label(x, m.place())).toList(), meetings(x).toString());
    }

    @Test
    void oneWhoAccompaniesATravellerToACityVisitsItToo() {
        Extraction x = extract("date 2016-09-08 Talks\n\nForeign Minister Ivo Ruiz, who accompanied Premier Marek Holm to Lima, told "
                + "reporters the situation had cooled down.\n\nAna Soto accompanied the delegation to the talks.");
        assertEquals(List.of(List.of(Set.of("Ivo Ruiz", "Marek Holm"), "Lima")), visits(x).stream()
                .map(v -> List.of(labels(x, v.visitors()), label(x, v.place()))).toList(), visits(x).toString());
    }

    @Test
    void aNameAfterATitlesPhraseAndAShortNameHoldsTheTitle() {
        Extraction x = extract("date 2019-11-14 Talks\n\nThe head of the UN mission in Ruritania, Acmeco, Marek Holm, said in Lima "
                + "that the talks were \"a good start,\" but called on the institutions to do more.");
        assertFalse(statements(x).isEmpty());
        assertTrue(statements(x).stream().allMatch(st -> label(x, st.speaker()).equals("Marek Holm")), statements(x).toString());
    }

    @Test
    void oneNamedOnlyInsideAQuotationIsNotTheTitleThatSaysIt() {
        Extraction x = extract("date 2023-09-13 Talks\n\nThe team went to Lima on Monday.\n\n\"We saw General Marek Holm for more "
                + "than three hours. We will keep asking,\" the retired general said.");
        assertTrue(statements(x).stream().noneMatch(st -> label(x, st.speaker()).equals("Marek Holm")), statements(x).toString());
    }

    @Test
    void aNameBeforeHoursAfterIsTheOneMet() {
        Extraction x = extract("date 2011-10-24 Talks\n\nIvo Ruiz, who flew to Lima on Oct. 19 to meet Ana Soto hours after the birth of "
                + "his daughter, has pushed for a deal.");
        assertEquals(List.of(Set.of("Ivo Ruiz", "Ana Soto")), meetings(x).stream().map(m -> labels(x, m.participants())).toList(),
                meetings(x).toString());
    }

    @Test
    void aPhraseBeforeAClosingAttributionIsPartOfWhatWasSaid() {
        Extraction x = extract("date 2025-05-27 Talks\n\nIvo Ruiz spoke by phone on Monday with his Chilean counterpart, Marek Holm, the "
                + "Peruvian foreign ministry said, a month after Ana Soto made a rare visit to Lima.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().contains("counterpart, Marek Holm")), statements(x).toString());
    }

    @Test
    void thankingSomeoneForSomethingIsAStatementThankingAloneIsNot() {
        Extraction x = extract("date 2025-05-27 Talks\n\nChilean President Ana Soto thanked Peru for its humanitarian assistance.\n\n"
                + "Ivo Ruiz thanked his supporters.");
        assertEquals(List.of("Peru for its humanitarian assistance"), statements(x).stream().map(Statement::content).toList(),
                statements(x).toString());
    }

    @Test
    void laterInTheDayIsTheDayToldBefore() {
        Extraction x = extract("date 2024-10-11 Talks\n\nLIMA - President Ivo Ruiz met Chilean President Marek Holm on the sidelines of "
                + "the summit in Lima on Oct 10.\n\nThe two leaders reaffirmed close ties.\n\nLater in the day, Mr Ruiz met Bolivian "
                + "President Ana Soto.");
        assertEquals(List.of("2024-10-10", "2024-10-10"), meetings(x).stream().map(m -> m.date().iso()).toList(), meetings(x).toString());
    }

    @Test
    void aRelativeClauseAfterASpanOfTimeKeepsTheVerbsSubject() {
        Extraction x = extract("date 2019-11-20 Talks\n\nPresident Ana Soto of Peru and President Marek Holm of Chile spoke by phone on "
                + "Tuesday.\n\nThe call came a day after Ecuadorian President Ivo Ruiz, who has been trying to broker peace between the two "
                + "neighbours, spoke separately to both leaders by phone.");
        assertEquals(Set.of(Set.of("Ana Soto", "Marek Holm"), Set.of("Ivo Ruiz", "Ana Soto"), Set.of("Ivo Ruiz", "Marek Holm")),
                meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet()), meetings(x).toString());
    }

    @Test
    void aCapitalisedTitleWithAForPhraseIsItsHoldersLaterOn() {
        Extraction x = extract("date 2005-05-14 Visit\n\nUN High Commissioner for Human Rights Ana Ruiz on Friday ended a mission to "
                + "Peru.\n\nOn Thursday the High Commissioner met with President Jan Holm in Lima.\n\n\"We need an end to impunity,\" the "
                + "High Commissioner said.");
        assertEquals(List.of(Set.of("Ana Ruiz", "Jan Holm")), meetings(x).stream().map(m -> labels(x, m.participants())).toList(),
                meetings(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> label(x, st.speaker()).equals("Ana Ruiz")), statements(x).toString());
    }

    @Test
    void aMissionForASpanOfTimeIsItsSubjectsTrip() {
        Extraction x = extract("date 2005-05-14 Visit\n\nIvo Marek on Thursday concluded a three-day mission to Chile.\n\n"
                + "The Peruvian foreign ministry said a mission to Quito would report soon.");
        assertEquals(List.of("Ivo Marek"), visits(x).stream().flatMap(v -> labels(x, v.visitors()).stream()).toList(),
                visits(x).toString());
    }

    @Test
    void aNameAfterASecondTitleIsTheFirstTitlesHolder() {
        Extraction x = extract("date 2021-03-04 Talks\n\nTomas Berg held talks with the Deputy Chairman of the Cabinet of Ministers and "
                + "Foreign Minister Luis Vega in Santiago on Monday.");
        assertEquals(List.of(Set.of("Tomas Berg", "Luis Vega")), meetings(x).stream().map(m -> labels(x, m.participants())).toList(),
                meetings(x).toString());
    }

    @Test
    void aVerbAfterARelativeClauseAndAnAdverbIsTheMainVerb() {
        Extraction x = extract("date 2024-02-07 Talks\n\nIvo Ruiz, who took office in January, also met the Speaker of Parliament, "
                + "Jan Holm, who serves as an intermediary.");
        assertEquals(List.of(Set.of("Ivo Ruiz", "Jan Holm")), meetings(x).stream().map(m -> labels(x, m.participants())).toList(),
                meetings(x).toString());
        assertEquals("2024-02-07", meetings(x).get(0).date().iso(), meetings(x).toString());
    }

    @Test
    void aLabelBeforeAColonIsNotWhatTheSpeakerSays() {
        Extraction x = extract("date 2019-02-26 Visit\n\nPhoto caption: Peruvian President Luis Vega welcomes Chilean President "
                + "Marek Holm at the palace in Lima on February 25, 2019.");
        assertEquals(List.of(), statements(x), statements(x).toString());
        assertEquals(1, meetings(x).size(), meetings(x).toString());
    }

    @Test
    void aTitleSetOffBeforeTheNameGivesItsHolderToTheBareTitleLaterOn() {
        Extraction x = extract("date 2012-07-11 Visit\n\nThe UN High Commissioner for Human Rights, Ana Ruiz, on Wednesday wrapped "
                + "up a visit to Peru.\n\nShe met President Jan Holm.\n\nThe High Commissioner expressed concern about attacks on "
                + "journalists.\n\nPresident Ivo Marek, Eva Soto and Tomas Lind met on Friday. The president said the talks went well.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("concern") && label(x, st.speaker()).equals("Ana Ruiz")),
                statements(x).toString());
        assertTrue(statements(x).stream().filter(st -> st.content().startsWith("the talks"))
                .noneMatch(st -> label(x, st.speaker()).equals("Eva Soto")), statements(x).toString());
    }

    @Test
    void aSourceBetweenSubjectAndVerbClosesNoContent() {
        Extraction x = extract("date 2012-07-11 Visit\n\nMinister Ivo Ruiz, according to Ana Soto, assured her that a draft law "
                + "would be submitted by October.");
        assertEquals(List.of("Ivo Ruiz"), statements(x).stream().map(st -> label(x, st.speaker())).toList(), statements(x).toString());
    }

    @Test
    void aQuoteBeforeANameAndALongAppositiveIsTheNamedSpeakers() {
        Extraction x = extract("date 2013-09-16 Talks\n\n\"Peru is not a failed State, but it is a State that has not yet been "
                + "built,\" Ivo Ruiz, the Secretary-General's Special Representative and head of the UN Support Mission in Peru "
                + "(UNSMIP), told the 15-member body.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("Peru is not")
                && label(x, st.speaker()).equals("Ivo Ruiz")),
                statements(x).toString());
    }

    @Test
    void beingSomewhereOnAVisitIsAVisit() {
        Extraction x = extract("date 2020-01-08 Talks\n\nLuis Vega met Ivo Ruiz, who is in Peru on a three-day visit.\n\n"
                + "Ana Soto was in Lima.");
        assertEquals(List.of("Ivo Ruiz"), visits(x).stream().flatMap(v -> labels(x, v.visitors()).stream()).toList(),
                visits(x).toString());
    }

    @Test
    void aRelativeClauseOnANounAfterTheHearerIsNotWhatWasSaid() {
        Extraction x = extract("date 2008-02-13 Talks\n\n\"We spoke as friends, and friends can tell each other the truth,\" Ivo "
                + "Ruiz told reporters in the palace courtyard after a working lunch that ran well beyond the scheduled hour.");
        assertEquals(List.of("We spoke as friends, and friends can tell each other the truth"),
                statements(x).stream().map(Statement::content).toList(), statements(x).toString());
    }

    @Test
    void meetingRefugeesOrFamiliesIsNoTalks() {
        Extraction x = extract("date 2005-05-13 Visit\n\nOn Wednesday Ana Ruiz travelled to Cusco, where she met families of people "
                + "who disappeared.\n\nIn Puno, Ivo Marek met newly arrived refugees.");
        assertEquals(List.of(), meetings(x), meetings(x).toString());
    }

    @Test
    void aNounUnderNoIsNobody() {
        Extraction x = extract("date 2007-04-10 Visit\n\nAna Soto will visit Chile in April.\n\nNo Peruvian premier has visited "
                + "Chile since 2000.");
        assertEquals(1, visits(x).size(), visits(x).toString());
    }

    @Test
    void aSourceNamedAfterAnotherSpeakersReportOnlyPassesItOn() {
        Extraction x = extract("date 2019-03-04 Talks\n\nAna Ruiz said Peru and Chile should \"stand together\" on trade and deepen "
                + "cooperation in mining, the state news agency Andina reported.\n\nPrime Minister Eva Holm told the envoy that Peru would "
                + "not close its border, but that the talks \"cannot go on forever,\" according to her press secretary, Ana Soto.");
        assertEquals(List.of("Ana Ruiz", "Eva Holm"), statements(x).stream().map(st -> label(x, st.speaker())).toList(),
                statements(x).toString());
    }

    @Test
    void aCaptionWhoseNamesTheParserHangsFromItsLabelIsRead() {
        Extraction x = extract("date 2015-11-02 Summit\n\nPhoto caption: President Ana Soto, center, Chilean Premier Ivo Ruiz, left, "
                + "and Peruvian Prime Minister Eva Holm pose before the trilateral summit at the palace in central Lima on Sunday.");
        assertTrue(x.entities().stream().map(e -> e.label()).toList().containsAll(List.of("Ana Soto", "Ivo Ruiz", "Eva Holm")),
                x.entities().toString());
    }

    @Test
    void aCountryTheTaggerTakesForAPersonIsTheCountry() {
        Extraction x = extract("date 2021-11-17 Visit\n\nA regional team led by Chile's Foreign Minister Ana Soto visited Eswatini in "
                + "July.");
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Eswatini") && e.type() == EntityType.COUNTRY),
                x.entities().toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.label().equals("Eswatini") && e.type() == EntityType.PERSON),
                x.entities().toString());
    }

    @Test
    void beingDueToReturnToOnesOwnCapitalIsNoVisit() {
        Extraction x = extract("date 2022-07-09 Talks\n\nPeruvian Foreign Minister Ana Soto met Chilean Foreign Minister Ivo Ruiz in "
                + "Santiago on Friday.\n\nSoto is due to return to Lima on Sunday.\n\nRuiz is due to travel to Lima next week.");
        assertEquals(List.of("Ivo Ruiz"), visits(x).stream().flatMap(v -> labels(x, v.visitors()).stream()).toList(),
                visits(x).toString());
    }

    @Test
    void aPlanSetOffAfterAVisitNounMakesItPlannedForThatDay() {
        Extraction x = extract("date 2022-07-10 Talks\n\nOn Thursday, Karl Lind met with Peter Berg to finalise the details of "
                + "President Maria Vega's visit to Washington, scheduled for July 25.");
        Visit v = visits(x).stream().findFirst().orElseThrow();
        assertEquals(Status.PLANNED, v.status(), v.toString());
        assertEquals("2022-07-25", v.date().iso(), v.toString());
    }

    @Test
    void aForPhraseBeforeAnAppealVerbAsksForNothing() {
        Extraction x = extract("date 2015-03-02 Talks\n\nIvo Ruiz, for his part, called on Ana Soto to \"stay at the table.\"");
        assertEquals(List.of("to \"stay at the table.\""), statements(x).stream().map(Statement::content).toList(),
                statements(x).toString());
    }

    @Test
    void aQuotationThatGoesOnWithTheReportedWordsStaysInThem() {
        Extraction x = extract("date 2015-03-02 Talks\n\nLuis Vega said Lima hopes all parties will \"address each other's "
                + "concerns in a balanced manner,\" the ministry said.");
        assertEquals(List.of("Lima hopes all parties will \"address each other's concerns in a balanced manner,\""),
                statements(x).stream().map(Statement::content).toList(), statements(x).toString());
    }

    @Test
    void whatIsPraisedIsWhatWasSaid() {
        Extraction x = extract("date 2015-03-02 Summit\n\nJan Lind sent a video message to the summit in which he praised the bloc's "
                + "role \"as a bridge for dialogue\" in the region.");
        assertEquals(List.of("the bloc's role \"as a bridge for dialogue\" in the region"),
                statements(x).stream().map(Statement::content).toList(), statements(x).toString());
    }

    @Test
    void talksThatFrameAMeetingWithTheirOwnCounterpartAreAMeetingOfTheirOwn() {
        Extraction x = extract("date 2024-04-29 Talks\n\nTomas Marek met with Ana Soto in Lima on Thursday, after two days of talks "
                + "in Quito with Speaker Peter Lind.");
        assertEquals(Set.of(Set.of("Tomas Marek", "Ana Soto"), Set.of("Tomas Marek", "Peter Lind")),
                meetings(x).stream().map(m -> Set.copyOf(labels(x, m.participants()))).collect(Collectors.toSet()),
                meetings(x).toString());
    }

    @Test
    void aVerbAfterATimePhraseWithAGerundSharesTheClauseSubject() {
        Extraction x = extract("date 2024-04-29 Visit\n\nJan Holm visited Peru last month, shortly after taking office, and met with "
                + "Prime Minister Ana Soto and President Ivo Ruiz in Lima.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).contains("Jan Holm")), meetings(x).toString());
    }

    @Test
    void aPurposeAfterAMeetingIsTheSubjectsAndSoIsTheFlightAfterIt() {
        Extraction x = extract("date 2008-05-04 Talks\n\nAna Rice is scheduled to meet Defense Minister Luis Vega on Monday to discuss "
                + "the removal of roadblocks, before flying to London for a meeting of the group.");
        assertEquals(List.of("Ana Rice"), visits(x).stream().flatMap(v -> labels(x, v.visitors()).stream()).toList(),
                visits(x).toString());
    }

    @Test
    void aFlightAfterARelativeClauseIsTheMainClauseSubjects() {
        Extraction x = extract("date 2007-01-14 Talks\n\nIvo Hill is scheduled to leave for Lima on Tuesday to meet with Vice "
                + "Foreign Minister Luis Wu, who chairs the talks, before flying on to Quito.");
        assertTrue(visits(x).stream().allMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Hill"))), visits(x).toString());
    }

    @Test
    void aFlightBeforeWhichAPlannedMeetingComesIsPlannedToo() {
        Extraction x = extract("date 2007-01-14 Talks\n\nIvo Hill is scheduled to leave for Lima on Tuesday to meet with Vice "
                + "Foreign Minister Luis Wu, who chairs the talks, before flying on to Quito.");
        Visit flight = visits(x).stream().filter(v -> v.place() != null && label(x, v.place()).equals("Quito")).findFirst().orElseThrow();
        assertEquals(Status.PLANNED, flight.status(), flight.toString());
    }

    @Test
    void aDateAfterTheCommaThatClosesARelativeClauseIsTheMainClauses() {
        Extraction x = extract("date 2024-03-04 Talks\n\nForeign Minister Ana Ruiz is scheduled to meet Foreign Minister Erik Holm, "
                + "who chairs the talks, on Tuesday before flying on to Quito on Wednesday.");
        assertEquals(List.of("2024-03-05"), meetings(x).stream().map(m -> m.date() == null ? "none" : m.date().iso()).toList(),
                meetings(x).toString());
    }

    @Test
    void aNameWithItsGivenNameAsAnInitialIsTheFullName() {
        Extraction x = extract("date 2010-04-22 Talks\n\nPresident Karl Berg of Peru arrived in Quito on Tuesday. Later today, "
                + "K. Berg met with Prime Minister Ivo Lind. K. Berg said the talks were held in a friendly atmosphere.");
        assertEquals(List.of("Karl Berg"), statements(x).stream().map(st -> label(x, st.speaker())).toList(), statements(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Karl Berg", "Ivo Lind"))),
                meetings(x).toString());
    }

    @Test
    void sayingAfterAnAppealIsAStatementOfItsOwnNotTheAppealsContent() {
        Extraction x = extract("date 2009-03-11 Summit\n\nIn his opening address, Karl Berg called on member states to expand "
                + "economic cooperation and to \"reduce their dependence on the US dollar,\" saying the crisis had shown \"the failure "
                + "of the system.\"");
        assertEquals(Set.of("called", "saying"), statements(x).stream().map(Statement::cue).collect(Collectors.toSet()),
                statements(x).toString());
        assertTrue(statementWith(x, "expand economic cooperation").content().startsWith("to expand"), statements(x).toString());
    }

    @Test
    void aMeetingOnTheStoryDayWithNoPlaceToldIsAtTheDateline() {
        Extraction x = extract("date 2008-11-22 Leaders gather\n\nLIMA, Peru \u2014 Prime Minister Karl Berg and President Ivo Marek "
                + "agreed Saturday to resume regular visits, in a meeting on the margins of the Acme Economic Forum summit.\n\n"
                + "Berg also met briefly with Prime Minister Jan Holm of Norway.\n\nThe two leaders last met in Quito in 2006.");
        List<String> places = meetings(x).stream().map(m -> m.place() == null ? "none" : label(x, m.place())).toList();
        assertEquals(List.of("Lima", "Lima", "Quito"), places, meetings(x).toString());
    }

    @Test
    void tellingABroadcasterTaggedAsAPersonIsNoMeeting() {
        Extraction x = extract("date 2023-01-25 Talks\n\nIn Lima, Foreign Minister Ana Ruiz told public broadcaster Yle on Tuesday "
                + "that a pause of a few weeks might now be needed before the talks could resume.");
        assertEquals(List.of(), meetings(x), meetings(x).toString());
    }

    @Test
    void aGerundAfterAPastClauseIsPastWithItsBareMonth() {
        Extraction x = extract("date 2024-05-08 Tour\n\nForeign Minister Ana Ruiz will visit Quito this week. The minister had "
                + "previously toured the region in November, visiting Lima and Bogota.");
        Visit lima = visits(x).stream().filter(v -> v.place() != null && label(x, v.place()).equals("Lima")).findFirst().orElseThrow();
        assertEquals(Status.OCCURRED, lima.status(), lima.toString());
        assertEquals("2023-11", lima.date().iso(), lima.toString());
    }

    @Test
    void aCountryBetweenTitleAndNameLeavesTheNameAPerson() {
        Extraction x = extract("date 2018-11-20 Talks in Lima\n\nPresident of Peru Ivo Lind has received a delegation led by Prime "
                + "Minister of Chile Karl Berg.");
        assertEquals(List.of(Set.of("Ivo Lind", "Karl Berg")), meetings(x).stream().map(m -> labels(x, m.participants())).toList(),
                meetings(x).toString());
    }

    @Test
    void aWithWhomClauseAfterANameIsThatPersonsMeeting() {
        Extraction x = extract("date 2017-10-18 Tour\n\nForeign Minister Ana Ruiz will travel to Quito on Friday to hold talks with "
                + "Ecuadorian Foreign Minister Ivo Lind, with whom she spoke by phone last week.");
        assertTrue(meetings(x).stream().anyMatch(m -> m.mode() == Mode.PHONE
                && labels(x, m.participants()).equals(Set.of("Ana Ruiz", "Ivo Lind"))), meetings(x).toString());
    }

    @Test
    void aHeadlinesPresentTripIsTheTripTheBodyPlans() {
        Extraction x = extract("date 2024-02-12 Ruiz heads to Chile and Peru as Lima tries to show its strategy has teeth\n\n"
                + "Foreign Minister Ana Ruiz will travel to Chile and Peru this week.");
        assertEquals(List.of("PLANNED 2024-02", "PLANNED 2024-02"),
                visits(x).stream().map(v -> v.status() + " " + (v.date() == null ? "none" : v.date().iso())).toList(), visits(x).toString());
    }

    @Test
    void aHeadlinesPresentMeetingIsTheMeetingTheBodyPlans() {
        Extraction x = extract("date 2024-02-12 Ruiz meets Lind as Lima tries to mend ties with Santiago\n\nForeign Minister Ana Ruiz "
                + "will meet Chilean Foreign Minister Ivo Lind in Santiago on Wednesday, her ministry said.");
        assertEquals(List.of("PLANNED 2024-02-14"), meetings(x).stream().map(m -> m.status() + " " + m.date().iso()).toList(),
                meetings(x).toString());
    }

    @Test
    void aWireDatelineWithAStateOfTwoWordsPlacesTheStoryDaysMeeting() {
        Extraction x = extract("date 2019-05-14 Talks\n\nDUBAI, United Arab Emirates (Acme) \u2014 Ruritanian Foreign Minister Ana Soto "
                + "met Klowish Foreign Minister Ivo Ruiz on Monday to discuss shipping in the Gulf.");
        assertEquals(List.of("Dubai"), meetings(x).stream().map(m -> m.place() == null ? "none" : label(x, m.place())).toList(),
                meetings(x).toString());
    }

    @Test
    void aPlaceOnALineOfItsOwnAboveTheLedeIsTheDateline() {
        Extraction x = extract("date 2019-05-14 Talks\n\nStaff Correspondent\n\nQUITO\n\nRuritanian Foreign Minister Ana Soto met "
                + "Klowish Foreign Minister Ivo Ruiz on Monday to discuss trade.");
        assertEquals(List.of("Quito"), meetings(x).stream().map(m -> m.place() == null ? "none" : label(x, m.place())).toList(),
                meetings(x).toString());
    }

    @Test
    void anAgencysDatelineIsNoSceneWhenItsStoryTakesPlaceAbroad() {
        Extraction x = extract("date 2017-02-15 Talks\n\nLima, Peru, Feb. 15\n\nBy Acme\n\nPeruvian Foreign Minister Ana Soto, who is "
                + "on an official visit to Ecuador, met her Ecuadorian counterpart Ivo Ruiz in Quito on Feb. 14, the ministry said.\n\n"
                + "The same day, Soto was received by President Eva Lind.");
        assertTrue(meetings(x).stream().noneMatch(m -> m.place() != null && label(x, m.place()).equals("Lima")), meetings(x).toString());
    }

    @Test
    void theHostOfAVisitToldByANounTravelsNowhere() {
        Extraction x = extract("date 2018-04-07 Talks\n\nRuritanian Prime Minister Ana Soto and Peruvian President Ivo Ruiz on Friday "
                + "agreed to expand trade, during the first visit by a Ruritanian premier to Lima in three years.");
        assertEquals(List.of(Set.of("Ana Soto")), visits(x).stream().map(v -> labels(x, v.visitors())).toList(), visits(x).toString());
    }

    @Test
    void aTripToldOnceWithCompanyAndOnceWithoutIsOneVisit() {
        Extraction x = extract("date 2018-04-07 Talks\n\nLima, April 6: Ruritanian Prime Minister Ana Soto and Peruvian President Ivo "
                + "Ruiz on Friday agreed to expand trade, during the first visit by a Ruritanian premier to Lima in three years.\n\n"
                + "Ms Soto, who arrived in Lima on Friday, was accompanied by Foreign Minister Karl Berg.");
        assertEquals(List.of(Set.of("Ana Soto", "Karl Berg")), visits(x).stream().map(v -> labels(x, v.visitors())).toList(),
                visits(x).toString());
    }

    @Test
    void theChairpersonStandsForTheOneSoTitled() {
        Extraction x = extract("date 2019-06-14 Consultations\n\nThe Chairperson of the Acme Union Commission, Ana Soto, today "
                + "expressed her concern at the fighting.\n\nOn Thursday, the Chairperson held a telephone conversation with Peruvian "
                + "President Ivo Ruiz.");
        assertTrue(meetings(x).stream().anyMatch(m -> m.mode() == Mode.PHONE && labels(x, m.participants()).equals(Set.of("Ana Soto",
                "Ivo Ruiz"))), meetings(x).toString());
    }

    @Test
    void discussingATopicWithSomeoneIsMeetingThem() {
        Extraction x = extract("date 2020-05-07 Summit goes online\n\nRuiz discussed preparations for the summit with Karl Berg in Quito "
                + "in early March, shortly before most Andean countries closed their borders.");
        assertEquals(List.of(Set.of("Ruiz", "Karl Berg")), meetings(x).stream().map(m -> labels(x, m.participants())).toList(),
                meetings(x).toString());
        Meeting m = meetings(x).get(0);
        assertEquals("Quito 2020-03", (m.place() == null ? "none" : label(x, m.place())) + " "
                + (m.date() == null ? "none" : m.date().iso()));
    }

    @Test
    void aKingAndASheikhOfOneGivenNameStayTwoPeople() {
        Extraction x = extract("date 2019-09-17 Talks\n\nLIMA: Ivo Ruiz conveyed the greetings of King Hamdan II of Ruritania to "
                + "Peruvian officials.\n\nThe meeting was attended by Sheikh Hamdan bin Tomas Al Soto, the foreign minister.\n\n"
                + "Earlier in the day, Sheikh Hamdan held talks with Ruiz at the ministry.\n\nThe visit comes two months after King "
                + "Hamdan and Sheikh Hamdan met in Quito.");
        assertTrue(meetings(x).stream().anyMatch(m -> m.place() != null && label(x, m.place()).equals("Quito")
                && labels(x, m.participants()).size() == 2), meetings(x).toString());
    }

    @Test
    void talksDatedInAWhereClauseKeepTheirOwnDay() {
        Extraction x = extract("date 2019-09-12 Talks\n\nAna Soto returned to Lima on Tuesday from Quito, where she held talks on Monday "
                + "with Ecuadorian Foreign Minister Ivo Ruiz.");
        assertEquals(List.of("2019-09-09"), meetings(x).stream().map(m -> m.date() == null ? "none" : m.date().iso()).toList(),
                meetings(x).toString());
    }

    @Test
    void aCapitalisedPluralTitleIsThePairToldBefore() {
        Extraction x = extract("date 2013-06-19 Talks\n\nForeign Minister Karl Berg on Tuesday told his Ruritanian counterpart Ana "
                + "Soto that Peru expected progress on trade.\n\nThe two Ministers held talks at the palace for over an hour.");
        assertEquals(List.of(Set.of("Karl Berg", "Ana Soto")), meetings(x).stream().map(m -> labels(x, m.participants())).toList(),
                meetings(x).toString());
    }

    @Test
    void aMainVerbTaggedAsAParticipleAfterARelativeClauseKeepsItsSubject() {
        Extraction x = extract("date 2013-06-19 Talks\n\nLIMA, June 18, 2013\n\nThe foreign ministers held talks on Tuesday.\n\n"
                + "Ms. Soto, who arrived here on Monday evening on a three-day visit, later called on President Ivo Ruiz.");
        Meeting call = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Soto", "Ivo Ruiz"))).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertTrue(call.date() == null || !call.date().iso().equals("2013-06-17"), call.toString());
    }

    @Test
    void aCaptionBeforeALabelledCreditTellsThePast() {
        Extraction x = extract("date 2019-09-17 Talks\n\nPeruvian President Ana Soto on Monday received Ruritanian Foreign Minister "
                + "Ivo Ruiz.\n\nThe two discussed trade.\n\nAna Soto receives Ivo Ruiz at the palace on Monday. Image Credit: Acme");
        assertTrue(meetings(x).stream().noneMatch(m -> m.status() == Status.PLANNED), meetings(x).toString());
    }

    @Test
    void aCreditLineAfterTheStoryQuotesNobody() {
        Extraction x = extract("date 2024-05-22 Talks\n\nPresident Ivo Ruiz met Ruritanian President Karl Berg on Tuesday in Lima.\n\n"
                + "Ruiz said the talks went well.\n\nTranslation: Eva Lind - Edition: Ana Soto");
        assertTrue(statements(x).stream().noneMatch(st -> st.cue().equals(":")), statements(x).toString());
    }

    @Test
    void aNationalHeadOfStateIsThePresidentOfThatNation() {
        Extraction x = extract("date 2024-03-02 Summit\n\nKingstown, Mar 2 (Acme) Peruvian President Ana Soto held meetings on "
                + "Friday with several leaders attending the summit.\n\nThe Peruvian head of State first met with the host, Prime "
                + "Minister Ivo Ruiz, whom she thanked for the hospitality.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))),
                meetings(x).toString());
    }

    @Test
    void aWhereClauseOnADatedJourneysDestinationIsOnItsDay() {
        Extraction x = extract("date 2022-10-26 Tour\n\nOn Thursday, the Ruritanian minister Ana Soto will travel to Quito, where "
                + "she is scheduled to be received by President Ivo Ruiz.");
        assertEquals(List.of("2022-10-27"), meetings(x).stream().map(m -> m.date() == null ? "none" : m.date().iso()).toList(),
                meetings(x).toString());
    }

    @Test
    void whoseProgrammeIncludesAMeetingTakesPartInIt() {
        Extraction x = extract("date 2017-04-08 Talks\n\nForeign ministers met in Lima on Friday.\n\nAna Soto's agenda also included "
                + "a bilateral meeting on Thursday with Ivo Ruiz to review a joint bid.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))),
                meetings(x).toString());
    }

    @Test
    void companionsNamedInTheNextSentenceJoinTheTrip() {
        Extraction x = extract("date 2025-02-12 Visit\n\nPrime Minister Ana Soto, who arrived in Lima on Sunday, is on a five-day "
                + "official visit to Peru.\n\nShe is accompanied by Deputy Prime Minister Ivo Ruiz and senior officials.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Soto", "Ivo Ruiz"))), visits(x).toString());
    }

    @Test
    void aBylineNamesNoActor() {
        Extraction x = extract("date 2012-08-24 Row\n\nBy Lind Ji-won\n\nRuritanian President Lind Myung-ho flew to Quito on "
                + "Friday.\n\nLind met Ecuadorian President Ivo Ruiz there.");
        assertEquals(List.of(Set.of("Lind Myung-ho")), visits(x).stream().map(v -> labels(x, v.visitors())).toList(), visits(x).toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.label().equals("Lind Ji-won")), x.entities().toString());
    }

    @Test
    void aReportersQuestionAtABriefingIsNoStatement() {
        Extraction x = extract("date 2023-03-27 Briefing\n\nForeign Ministry Spokesperson Ana Soto's Regular Press Conference\n\n"
                + "Acme News Agency: Ruritanian President Ivo Ruiz said he was ready to meet Karl Berg. Will they meet?\n\n"
                + "Ana Soto: We have noted the reports. Ruritania and Peru are in communication on the matter.");
        assertTrue(statements(x).stream().noneMatch(st -> label(x, st.speaker()).contains("Acme")), statements(x).toString());
    }

    @Test
    void aMeetingThatFellThroughIsCancelled() {
        Extraction x = extract("date 2010-10-31 Summit\n\nAna Soto held a string of meetings on Saturday, while a scheduled meeting "
                + "with Ruritanian Prime Minister Ivo Ruiz fell through amid a row over fishing rights.");
        assertTrue(meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Ivo Ruiz"))
                .allMatch(m -> m.status() == Status.CANCELLED), meetings(x).toString());
        assertFalse(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).contains("Ivo Ruiz")), meetings(x).toString());
    }

    @Test
    void whoHoldsTheTalksSpeaksInThem() {
        Extraction x = extract("date 2024-05-27 Talks\n\nRuritanian Foreign Minister Ivo Marek held talks with Karl Berg on Monday, "
                + "in which he voiced serious concern over the border dispute.");
        assertEquals(List.of("Ivo Marek"), statements(x).stream().filter(st -> st.cue().equals("voiced"))
                .map(st -> label(x, st.speaker())).toList(), statements(x).toString());
    }

    @Test
    void theLastTimeTwoTalkedIsPast() {
        Extraction x = extract("date 2020-11-26 Talks\n\nAna Soto and Ivo Ruiz last talked by phone in May, when Ruiz said he hoped to "
                + "see Soto again.");
        assertEquals(List.of("2020-05 OCCURRED"), meetings(x).stream().filter(m -> "talked".equals(m.trigger()))
                .map(m -> (m.date() == null ? "none" : m.date().iso()) + " " + m.status()).toList(), meetings(x).toString());
    }

    @Test
    void anArrivalWithNoPlaceIsWhereTheSentenceBeforeSetTheTraveller() {
        Extraction x = extract("date 2022-11-17 Visit\n\nRuritanian Minister Karl Berg has met Ecuadorian President Ivo Ruiz in Quito.\n\n"
                + "Mr Berg, who arrived on Tuesday, held talks with Mr Ruiz at the palace on Wednesday morning.");
        assertEquals(List.of("Quito 2022-11-15"), visits(x).stream().map(v -> (v.place() == null ? "none" : label(x, v.place())) + " "
                + (v.date() == null ? "none" : v.date().iso())).toList(), visits(x).toString());
    }

    @Test
    void anExpectationInThePastPerfectWasForADayGoneBy() {
        Extraction x = extract("date 2010-10-31 Summit\n\nAna Soto met several leaders in Hanoi on Saturday.\n\nShe had been expected "
                + "to meet Ruritanian Prime Minister Ivo Ruiz on Friday afternoon.");
        assertEquals(List.of("2010-10-29"), meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Ivo Ruiz"))
                .map(m -> m.date() == null ? "none" : m.date().iso()).toList(), meetings(x).toString());
    }

    @Test
    void aCallLaterTodayIsOnTheStorysDayWhereTheReporterIs() {
        Extraction x = extract("date 2024-03-06 Visit\n\nLIMA, March 6 (Acme) -- Ruritanian Foreign Minister Ana Soto will pay a courtesy "
                + "call on Peruvian President Tomas Holm later today, her office said.");
        assertEquals(List.of("2024-03-06 Lima PLANNED"), meetings(x).stream().map(m -> (m.date() == null ? "none" : m.date().iso()) + " "
                + (m.place() == null ? "none" : label(x, m.place())) + " " + m.status()).toList(), meetings(x).toString());
    }

    @Test
    void theCapitalIsTheCapitalTheStoryIsFiledFrom() {
        Extraction x = extract("date 2024-03-06 Visit\n\nNEW DELHI, March 6 (Acme) -- Ruritanian Foreign Minister Ana Soto, who arrived "
                + "in the Capital on Monday on a three-day official visit, held talks with External Affairs Minister Tomas Holm on "
                + "Tuesday.");
        assertEquals(List.of("New Delhi 2024-03-04"), visits(x).stream().map(v -> (v.place() == null ? "none" : label(x, v.place())) + " "
                + (v.date() == null ? "none" : v.date().iso())).toList(), visits(x).toString());
    }

    @Test
    void aDemonymBesideTheCapitalNamesNoOtherPlace() {
        Extraction x = extract("date 2026-02-10 Talks\n\nBy Kavya Lind, New Delhi\n\nMaldivian foreign minister Ana Soto on Tuesday held "
                + "talks with external affairs minister Tomas Holm in New Delhi.\n\nSoto, who arrived in the Capital on Monday on a "
                + "three-day official visit, is the first senior Maldivian leader to travel to India since October.");
        assertTrue(visits(x).stream().anyMatch(v -> v.place() != null && label(x, v.place()).equals("New Delhi")
                && v.date() != null && v.date().iso().equals("2026-02-09")), visits(x).toString());
    }

    @Test
    void aBylineClosingWithAPlaceFilesTheStoryFromIt() {
        Extraction x = extract("date 2024-03-06 Visit\n\nBy Kavya Lind, New Delhi\n\nRuritanian Foreign Minister Ana Soto, who arrived in "
                + "the Capital on Monday on a three-day official visit, held talks with Indian External Affairs Minister Tomas Holm "
                + "in New Delhi on Tuesday.");
        assertEquals(List.of("New Delhi"), visits(x).stream().map(v -> v.place() == null ? "none" : label(x, v.place())).toList(),
                visits(x).toString());
    }

    @Test
    void aColonDatelineMayStandBelowTheOutletAndTheDate() {
        Extraction x = extract("date 2025-06-02 Talks\n\nACME NEWS\nJune 02, 2025\n\nLIMA: Ruritanian Foreign Minister Ana Soto met her "
                + "Peruvian counterpart Ivo Ruiz on Sunday to discuss fishing rights, the ministry said.");
        assertEquals(List.of("Lima"), meetings(x).stream().map(m -> m.place() == null ? "none" : label(x, m.place())).toList(),
                meetings(x).toString());
    }

    @Test
    void aSignatureLineNamesThePlaceFiledFrom() {
        Extraction x = extract("date 2024-05-16 Summit\n\nHamza Lind, Lima\nMay 16, 2024\n\nRuritanian Foreign Minister Ana Soto met "
                + "her Peruvian counterpart Ivo Ruiz on Thursday to discuss fishing rights.");
        assertEquals(List.of("Lima"), meetings(x).stream().map(m -> m.place() == null ? "none" : label(x, m.place())).toList(),
                meetings(x).toString());
    }

    @Test
    void twoWhoSeparatelyCalledOnAHostPaidACallEach() {
        Extraction x = extract("date 2024-03-06 Visit\n\nOn Monday, Ruritanian Foreign Minister Ana Soto and Defence Minister Dan Acker "
                + "separately called on Peruvian Prime Minister Rosa Vidal.");
        assertEquals(Set.of(Set.of("Ana Soto", "Rosa Vidal"), Set.of("Dan Acker", "Rosa Vidal")), meetings(x).stream()
                .map(m -> labels(x, m.participants())).collect(Collectors.toSet()), meetings(x).toString());
    }

    @Test
    void aLineLinkingToAnotherStoryTellsNothingOfThisOne() {
        Extraction x = extract("date 2024-03-06 Talks\n\nLIMA, March 6 (Acme) -- Ruritanian envoy Ana Soto met Peruvian President Ivo "
                + "Ruiz on Wednesday.\n\nAlso Read: Ruiz meets Chilean leader Eva Lind to discuss water rights\n\n"
                + "Related: Bolivian President Juan Berg says the deal is done");
        assertEquals(List.of(Set.of("Ana Soto", "Ivo Ruiz")), meetings(x).stream().map(m -> labels(x, m.participants())).toList(),
                meetings(x).toString());
        assertTrue(statements(x).isEmpty(), statements(x).toString());
    }

    @Test
    void aPronounInAWhereClauseGoesOnWithTheTravellerNotTheSpokesman() {
        Extraction x = extract("date 2024-09-19 Visit\n\nKYIV, Sept 19 (Acme) -- Ruritanian Foreign Minister Karl Berg arrived in Kyiv on "
                + "Thursday morning.\n\nThe Ruritanian foreign ministry's spokesman Ivo Marek told Acme that the minister would travel to "
                + "Lviv on Friday, where he is expected to meet regional governor Eva Lind.");
        assertEquals(List.of(Set.of("Karl Berg", "Eva Lind")), meetings(x).stream().map(m -> labels(x, m.participants())).toList(),
                meetings(x).toString());
    }

    @Test
    void separateMeetingsWithTitledNamesBeforeAReportingClauseAreOneEach() {
        Extraction x = extract("date 2024-03-06 Summit\n\nOn the eve of the summit, Ana Soto held separate meetings with Chile's President "
                + "Ivo Ruiz, Bolivia's President Eva Lind and Ecuador's Foreign Minister Juan Berg, her office said.");
        assertEquals(Set.of(Set.of("Ana Soto", "Ivo Ruiz"), Set.of("Ana Soto", "Eva Lind"), Set.of("Ana Soto", "Juan Berg")), meetings(x)
                .stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet()), meetings(x).toString());
    }

    @Test
    void meetingsListedWithSemicolonsAreOneEach() {
        Extraction x = extract("date 2024-03-06 Talks\n\nOn Tuesday, Ana Soto met separately with Carl Marek, Chile's Minister of State "
                + "for Foreign Affairs; Rosa Vidal, Undersecretary of the Ministry of Foreign Affairs of Bolivia; and Dan Acker, "
                + "Ambassador of Ecuador to Peru.");
        assertEquals(Set.of(Set.of("Ana Soto", "Carl Marek"), Set.of("Ana Soto", "Rosa Vidal"), Set.of("Ana Soto", "Dan Acker")), meetings(x)
                .stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet()), meetings(x).toString());
    }

    @Test
    void meetingsInQuickSuccessionAreOneEach() {
        Extraction x = extract("date 2024-03-06 Talks\n\nAna Soto met Colombian Foreign Minister Ines Cardo, Uruguayan Foreign Minister "
                + "Pablo Tello and Paraguayan Foreign Minister Luis Holm in quick succession at the palace.");
        assertEquals(3, meetings(x).size(), meetings(x).toString());
        assertTrue(meetings(x).stream().allMatch(m -> m.participants().size() == 2), meetings(x).toString());
    }

    @Test
    void coChairingABodyWithSomeoneIsAMeetingWithThem() {
        Extraction x = extract("date 2024-03-06 Talks\n\nRuritanian Foreign Minister Eva Lind will co-chair the Joint Economic Commission "
                + "with Ecuadorian Trade Minister Juan Berg on Thursday.");
        assertEquals(List.of(Set.of("Eva Lind", "Juan Berg")), meetings(x).stream().map(m -> labels(x, m.participants())).toList(),
                meetings(x).toString());
    }

    @Test
    void aMeetingOfMindsIsNoMeeting() {
        Extraction x = extract("date 2025-01-26 Talks\n\nAnalysts called it a meeting of minds between Ruritanian President Ana Soto and "
                + "Peruvian President Ivo Ruiz.");
        assertTrue(meetings(x).isEmpty(), meetings(x).toString());
    }

    @Test
    void whoIsTheSubjectOfARelativeClauseOnAPairThatSpoke() {
        Extraction x = extract("date 2024-03-06 Talks\n\nLIMA, March 6 (Acme) -- Ruritanian President Ana Soto met Peruvian President Ivo "
                + "Ruiz in Lima on Wednesday.\n\nThe two presidents, who had last spoken by phone in October, agreed to restore flights.");
        assertEquals(List.of("2023-10"), meetings(x).stream().filter(m -> m.mode() == Mode.PHONE)
                .map(m -> m.date() == null ? "none" : m.date().iso()).toList(), meetings(x).toString());
    }

    @Test
    void talksAPastStayWasForTookPlace() {
        Extraction x = extract("date 2025-02-03 Talks\n\nRuritanian Foreign Minister Karl Berg was in Lima on Wednesday for talks with "
                + "Peruvian President Ivo Ruiz at the palace.");
        assertEquals(List.of("2025-01-29 OCCURRED"), meetings(x).stream().map(m -> (m.date() == null ? "none" : m.date().iso()) + " "
                + m.status()).toList(), meetings(x).toString());
    }

    @Test
    void oneWhoSpeaksFollowingTalksHeldThem() {
        Extraction x = extract("date 2023-04-12 Talks\n\nRuritanian Foreign Minister Karl Berg said following talks with Chilean Foreign "
                + "Minister Eva Lind that trade would grow.");
        assertEquals(List.of(Set.of("Karl Berg", "Eva Lind")), meetings(x).stream().map(m -> labels(x, m.participants())).toList(),
                meetings(x).toString());
    }

    @Test
    void aVisitToACountryToldAgainAtItsCityIsOneTrip() {
        Extraction x = extract("date 2021-03-04 Visit\n\nLIMA, March 4 (Acme) -- Ruritanian Foreign Minister Ana Soto will pay official "
                + "visits to Peru and Chile next week, the ministry said.\n\nSoto will travel to Lima on March 9, where she is expected to "
                + "meet her Peruvian counterpart Ivo Ruiz, before flying to Santiago on March 10.");
        assertEquals(List.of("Lima 2021-03-09", "Santiago 2021-03-10"), visits(x).stream().map(v -> (v.place() == null ? "none"
                : label(x, v.place())) + " " + (v.date() == null ? "none" : v.date().iso())).sorted().toList(), visits(x).toString());
    }

    @Test
    void aMeetingPlannedLaterOnTheDayOfAnArrivalIsInTheCityReached() {
        Extraction x = extract("date 2026-01-22 Visit\n\nRuritanian Foreign Minister Ana Soto arrived in Kyiv on Thursday morning on an "
                + "unannounced visit.\n\nShe is expected to meet President Ivo Ruiz later in the day.");
        assertEquals(List.of("Kyiv PLANNED"), meetings(x).stream().map(m -> (m.place() == null ? "none" : label(x, m.place())) + " "
                + m.status()).toList(), meetings(x).toString());
    }

    @Test
    void aTitleInAListIsTheNextNamesNotTheOneBefore() {
        Extraction x = extract("date 2021-03-04 Talks\n\nKYIV, March 4 (Acme) -- Ruritanian Foreign Minister Karl Berg, Peruvian Foreign "
                + "Minister Ivo Ruiz and Chilean Foreign Minister Eva Lind met in Kyiv on Thursday.\n\nBerg said the talks had been useful."
                + "\n\nThe Peruvian minister, in turn, stressed that Lima would support the plan.");
        assertEquals(List.of("Ivo Ruiz"), statements(x).stream().filter(st -> st.cue().equals("stressed"))
                .map(st -> label(x, st.speaker())).toList(), statements(x).toString());
    }

    @Test
    void anAuthorAndEditorCreditStatesNothing() {
        Extraction x = extract("date 2023-10-26 Talks\n\nSOFIA, Oct 26 (Acme) -- Ruritanian President Karl Berg met Bulgarian President "
                + "Ivo Ruiz on Thursday.\n\nBerg said the talks had been useful.\n\nAuthor: Elena Lind\nEditor: Tomas Holm");
        assertEquals(List.of("Karl Berg"), statements(x).stream().map(st -> label(x, st.speaker())).toList(), statements(x).toString());
    }

    @Test
    void aCourtesyCallOnTheVisitingPresidentIsOnTheVisitor() {
        Extraction x = extract("date 2025-01-26 Visit\n\nNEW DELHI, Jan 26 (Acme) -- Ruritanian President Ivo Ruiz, who arrived in "
                + "New Delhi on Thursday night on his first state visit to India, held talks with Prime Minister Tomas Holm on Saturday."
                + "\n\nOn Friday, Foreign Minister Ana Soto and Defence Minister Dan Acker separately called on the visiting President.");
        Set<Set<String>> sides = meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet());
        assertTrue(sides.contains(Set.of("Ana Soto", "Ivo Ruiz")), meetings(x).toString());
        assertTrue(sides.contains(Set.of("Dan Acker", "Ivo Ruiz")), meetings(x).toString());
    }

    @Test
    void aPlannedMeetingOnTheSidelinesOfATripIsNotWhereTheReporterIs() {
        Extraction x = extract("date 2022-07-22 Trip\n\nLIMA: Ruritanian Foreign Minister Ana Soto will travel to Quito next week to attend "
                + "the meeting of the Andean foreign ministers, the ministry announced on Friday.\n\nSoto is also expected to meet her "
                + "Chilean counterpart Ivo Ruiz on the sidelines, the spokesperson added.");
        assertTrue(meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Ivo Ruiz"))
                .noneMatch(m -> m.place() != null && label(x, m.place()).equals("Lima")), meetings(x).toString());
    }

    @Test
    void stylesOfAddressAndLettersAfterANameAreNoPartOfIt() {
        Extraction x = extract("date 2023-02-15 Visit\n\nThe Commonwealth Secretary-General, the Rt Hon Dame Ana Soto KC, met "
                + "Prime Minister Ivo Ruiz in Apia on Monday.");
        assertTrue(x.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && e.label().equals("Ana Soto")),
                x.entities().toString());
    }

    @Test
    void theEnvoyOfACountryIsTheEnvoyNamedBeforeWhenNoneOfThatCountryIsKnown() {
        Extraction x = extract("date 2025-11-16 Visit\n\nTEHRAN, Nov 16 (Acme) -- Ana Soto, the special envoy of the president, held talks "
                + "with Foreign Minister Ivo Ruiz on Sunday about trade with Peru.\n\nThe Peruvian envoy, who arrived in Tehran on Saturday "
                + "at the head of a delegation, also met Interior Minister Karl Berg.");
        assertTrue(meetings(x).stream().map(m -> labels(x, m.participants())).anyMatch(Set.of("Ana Soto", "Karl Berg")::equals),
                meetings(x).toString());
    }

    @Test
    void aCalledOffMeetingWithSomeoneIsTheVisitorsOfTheStory() {
        Extraction x = extract("date 2026-01-13 Visit\n\nWASHINGTON (AP) -- Ruritanian Prime Minister Karl Berg arrived in Washington on "
                + "Monday for talks with President Ivo Ruiz.\n\nA meeting with Defense Secretary Eva Lind that had been pencilled in for "
                + "Wednesday was called off after Lind fell ill.");
        List<Meeting> withLind = meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Eva Lind")).toList();
        assertEquals(1, withLind.size(), meetings(x).toString());
        assertEquals(Set.of("Karl Berg", "Eva Lind"), labels(x, withLind.get(0).participants()), meetings(x).toString());
        assertEquals(Status.CANCELLED, withLind.get(0).status(), meetings(x).toString());
    }

    @Test
    void aTitleSetOffBeforeStylesOfAddressIsTheNamesRole() {
        Extraction x = extract("date 2023-02-15 Visit\n\nLONDON, 15 February 2023 -- The Commonwealth Secretary-General, the Rt Hon Dame "
                + "Ana Soto KC, has concluded a four-day visit to Samoa.\n\nThe Secretary-General arrived in Apia on Saturday.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Soto")) && v.place() != null
                && label(x, v.place()).equals("Apia")), visits(x).toString());
    }

    @Test
    void receivedTheSameDayBySomeoneIsAMeetingWithThem() {
        Extraction x = extract("date 2021-10-08 Visit\n\nLIMA, 8 October 2021 -- Ambassador Karl Berg today concluded his first visit to "
                + "Peru.\n\nBerg arrived in Lima on Wednesday and was received the same day by the Deputy Prime Minister for Reintegration, "
                + "Ivo Ruiz.");
        assertTrue(meetings(x).stream().map(m -> labels(x, m.participants())).anyMatch(Set.of("Karl Berg", "Ivo Ruiz")::equals),
                meetings(x).toString());
    }

    @Test
    void aLinkLineBetweenTwoSentencesBreaksNoThread() {
        Extraction x = extract("date 2025-04-14 Visit\n\nRuritanian Foreign Minister Karl Berg arrived in Lima on Sunday for a three-day "
                + "visit.\n\nBerg held talks on Monday with Peruvian Foreign Minister Ivo Ruiz at the palace.\n\nBerg said bilateral trade "
                + "had grown.\n\nRelated: Ruritania and Peru sign deal to settle trade in local currencies\n\nLater on Monday, the minister "
                + "sat down with Dr Eva Lind, Minister of State for Foreign Trade, and a group of business leaders.");
        assertTrue(meetings(x).stream().map(m -> labels(x, m.participants())).anyMatch(Set.of("Karl Berg", "Eva Lind")::equals),
                meetings(x).toString());
    }

    @Test
    void theHostOfTalksThatBroughtTwoTogetherIsAtThem() {
        Extraction x = extract("date 2022-04-24 Talks\n\nThe talks on Thursday were hosted by Iraqi Prime Minister Ivo Ruiz and brought "
                + "together Karl Berg, deputy secretary of the Ruritanian security council, and Eva Lind, a senior Peruvian official.");
        assertEquals(List.of(Set.of("Ivo Ruiz", "Karl Berg", "Eva Lind")), meetings(x).stream().map(m -> labels(x, m.participants()))
                .toList(), meetings(x).toString());
    }

    @Test
    void aPresidentOfNoCountryIsNotTheForeignPresidentHeMet() {
        Extraction x = extract("date 2022-09-16 Talks\n\nWASHINGTON (AP) -- President Karl Berg met the Peruvian president at the White "
                + "House on Monday.");
        assertTrue(meetings(x).stream().allMatch(m -> m.participants().size() >= 2), meetings(x).toString());
    }

    @Test
    void aStandardMetIsNoMeetingThoughTheParserMakesItTheSubjectOfWhatFollows() {
        Extraction x = extract("date 2023-03-16 Briefing\n\nAna Soto noted that the Acme Railway had met the targets set for its first "
                + "year of operation, carrying more passengers than planned.\n\n"
                + "Ivo Ruiz met Opposition leader Karl Holm in Lima on Monday.");
        assertEquals(List.of(Set.of("Ivo Ruiz", "Karl Holm")), meetings(x).stream().map(m -> labels(x, m.participants())).toList());
    }

    @Test
    void meetingsCountedOrHeldEveryYearAreAHabitNotAnEvent() {
        Extraction x = extract("date 2024-10-23 Summit\n\nASEAN defence chiefs have met annually since 2006 to coordinate maritime "
                + "policy.\n\nG20 finance ministers have met in person 40 times since the first gathering in 1999.\n\n"
                + "NATO foreign ministers meet every year in Brussels.");
        assertTrue(meetings(x).isEmpty(), meetings(x).toString());
    }

    @Test
    void aMeetingAskedAboutOrSetAsAConditionIsNoEvent() {
        Extraction x = extract("date 2024-05-20 Talks\n\nAsked whether President Ivo Ruiz would meet Prime Minister Ana Soto in Lima, "
                + "the spokesman said no decision had been made.\n\nIf Foreign Minister Karl Holm and Foreign Minister Jan Berg were to "
                + "meet, trade would top the agenda, diplomats said.\n\nPresident Eva Lind said she would meet Ruiz if it helped.");
        assertEquals(List.of(Set.of("Eva Lind", "Ivo Ruiz")), meetings(x).stream().map(m -> labels(x, m.participants())).toList());
        assertEquals(Status.HYPOTHETICAL, meetings(x).get(0).status(), "an offer on a condition stays, hypothetical");
    }

    @Test
    void aTranscriptTurnLabelledWithATitleRunsOnOverTheParagraphsSpokenInTheFirstPerson() {
        Extraction x = extract("date 2025-02-18 Talks\n\nAna Soto held talks in Lima with President of Ruritania Ivo Ruiz.\n\n"
                + "President of Peru Ana Soto: Mr President, friends,\n\nI am glad to welcome you to Lima. Ruritania is our close partner."
                + "\n\nOur trade grew by a fifth last year.\n\nPresident of Ruritania Ivo Ruiz (retranslated): Thank you for the "
                + "invitation to Lima.\n\nWe will sign a package of agreements today.\n\n* * *\n\nRuritania: Trade talks\n\n"
                + "Thanks for reading. See you tomorrow.");
        assertEquals("Ana Soto", label(x, statementWith(x, "glad to welcome you").speaker()));
        assertEquals("Ana Soto", label(x, statementWith(x, "trade grew by a fifth").speaker()));
        assertEquals("Ivo Ruiz", label(x, statementWith(x, "Thank you for the invitation").speaker()));
        assertEquals("Ivo Ruiz", label(x, statementWith(x, "package of agreements").speaker()));
        assertTrue(statements(x).stream().noneMatch(st -> st.content().contains("friends") || st.content().contains("reading")),
                statements(x).toString());
    }

    @Test
    void aTitleWithItsOfPhraseStandsForTheOneTitledSoBefore() {
        Extraction x = extract("date 2024-05-20 Talks\n\nSecretary of State Ana Soto met Foreign Minister Ivo Ruiz in Lima on Monday.\n\n"
                + "The Secretary of State said the talks had gone well.\n\nThe President of the Republic, Karl Holm, spoke by telephone "
                + "with Jan Berg on Tuesday.\n\nThe President of the Republic said the call was useful.");
        assertEquals("Ana Soto", label(x, statementWith(x, "talks had gone well").speaker()));
        assertEquals("Karl Holm", label(x, statementWith(x, "call was useful").speaker()));
    }

    @Test
    void quotationsALineEndingInAColonIntroducesAreTheLastNamedPersons() {
        Extraction x = extract("date 2024-09-11 Minister travels to Lima\n\nForeign Minister Ana Soto travelled to Lima today. She will "
                + "meet President Ivo Ruiz.\n\nPrior to her departure, Foreign Minister Soto issued the following statement:\n\n"
                + "\"Peru has shown remarkable courage in hard times. We stand by its people.\"\n\n\"Our support is not a favour but "
                + "an investment in our own security.\"\n\nQuotes attributable to Minister for Trade, Senator Karl Holm:\n\n"
                + "\"Trade with Peru grew by a fifth last year, and we want more.\"\n\nThe ministry said the visit would last two days.");
        assertEquals("Ana Soto", label(x, statementWith(x, "remarkable courage").speaker()));
        assertEquals("Ana Soto", label(x, statementWith(x, "not a favour").speaker()));
        assertEquals("Karl Holm", label(x, statementWith(x, "grew by a fifth").speaker()));
    }

    @Test
    void theOfficeOfAHeadOfStateOrGovernmentIsNamedAfterThePost() {
        Extraction x = extract("date 2024-05-20 Talks\n\nLithuanian President Ana Soto will travel to Kyiv next week, her office said.\n\n"
                + "Trade Envoy Ivo Ruiz of Lithuania will join her, Ruiz's office said.");
        Entity office = x.entity(statementWith(x, "travel to Kyiv").speaker()).orElseThrow();
        assertEquals("Office of the President of Lithuania", office.label());
        assertTrue(office.aliases().contains("Soto's office"), office.aliases().toString());
        assertEquals("Ruiz's office", label(x, statementWith(x, "join her").speaker()), "an envoy's office keeps the owner's name");
    }

    @Test
    void aBareTitleAfterTwoHoldersNamedAgainGoesOnWithTheSubject() {
        Extraction x = extract("date 2024-05-03 Trip called off\n\nDevelopment minister Ana Soto has called off a visit to Kenya.\n\n"
                + "Ms Soto had been due to meet Kenya's foreign minister, Eva Lind.\n\nInstead, Ms Soto spoke to Ms Lind by phone on "
                + "Thursday.\n\n\"Kenya has been a steadfast partner, and we will stand by it now,\" the minister said.");
        assertEquals("Ana Soto", label(x, statementWith(x, "steadfast partner").speaker()));
    }

    @Test
    void taoiseachIsATitleNotPartOfTheName() {
        Extraction x = extract("date 2024-12-03 Conference\n\nThe conference came a day after Taoiseach Ivo Ruiz spoke to Prime Minister "
                + "Ana Soto by phone.\n\nThe Taoiseach said the talks were useful.");
        assertEquals(Set.of("Ivo Ruiz", "Ana Soto"), labels(x, meetings(x).get(0).participants()));
        assertEquals("Ivo Ruiz", label(x, statementWith(x, "talks were useful").speaker()));
    }

    @Test
    void aJointStatementOfThePairJustToldIsSaidByBoth() {
        Extraction x = extract("date 2024-05-20 Talks\n\nPeruvian President Ana Soto met Chilean President Ivo Ruiz in Lima on Monday.\n\n"
                + "In a joint statement, the two leaders said they would deepen cooperation on trade and energy.\n\n"
                + "The two presidents reviewed the state of relations.");
        Statement joint = statementWith(x, "deepen cooperation");
        assertEquals("Ana Soto", label(x, joint.speaker()));
        assertEquals(List.of("Ivo Ruiz"), joint.coSpeakers().stream().map(id -> label(x, id)).toList());
        assertTrue(statements(x).stream().noneMatch(st -> st.content().contains("state of relations")), statements(x).toString());
    }

    @Test
    void aMeetingOfTheStorysDaysPlacedOnlyInTheDatelinesCountryIsInTheDatelinesCity() {
        Extraction x = extract("date 2024-05-21 Talks\n\nLIMA, May 21 (Acme) - Chilean President Ivo Ruiz, who is on a two-day visit "
                + "to Peru, held talks with President Ana Soto on Monday.\n\nRuiz also met Foreign Minister Eva Lind in Peru on Monday.\n\n"
                + "Ruiz first met Soto in Peru in 2019.\n\nOn Tuesday Ruiz also met the Speaker, Karl Holm, at the Miraflores Hall.");
        assertEquals(List.of("Lima", "Lima", "Peru", "Lima"), meetings(x).stream().map(m -> label(x, m.place())).toList());
    }

    @Test
    void aMeetingOfOneWhoHadJustArrivedIsHeldWhereTheyArrived() {
        Extraction x = extract("date 2024-05-10 Talks\n\nAna Soto will travel to Zanzibar tomorrow, where she is expected to meet "
                + "Jan Lind.\n\nMarek Holm, who arrived in Dar es Salaam on Wednesday evening for a three-day state visit, held talks "
                + "with President Piet Berg at State House.\n\nAna Soto, who visited Quito in 2019, met Ivo Ruiz on Friday.");
        assertEquals("Dar es Salaam", label(x, meetings(x).get(1).place()));
        assertNull(meetings(x).get(2).place());
    }

    @Test
    void nobodyVisitsHomeSoAMisreadPossessiveGoesToTheGuest() {
        Extraction x = extract("date 2024-09-14 Talks\n\nKazakh President Piet Berg held talks with Russian President Karl Soto in the "
                + "Kremlin on Thursday, the first day of his two-day state visit to Moscow.");
        assertEquals(1, visits(x).size(), visits(x).toString());
        assertEquals(List.of("Piet Berg"), visits(x).get(0).visitors().stream().map(v -> label(x, v)).toList());
    }

    @Test
    void meetingsCountedInBulkAreNoEvent() {
        Extraction x = extract("date 2024-05-10 Lobbying\n\nDisclosures show foreign embassies logged hundreds of meetings with Acme "
                + "Party offices last year.\n\nThe Ruritanian Foreign Ministry has moved most of its meetings with foreign delegations "
                + "online.\n\nMarek Holm has held more than 40 bilateral meetings since taking office.\n\n"
                + "Ana Soto held meetings with Ivo Ruiz and Eva Lind in Lima on Monday.");
        assertEquals(2, meetings(x).size(), meetings(x).toString());
        assertTrue(meetings(x).stream().allMatch(m -> labels(x, m.participants()).contains("Ana Soto")), meetings(x).toString());
    }

    @Test
    void aSecondPlaceTheParserJoinedToTheTravelVerbIsVisitedToo() {
        Extraction x = extract("date 2024-10-14 Trip\n\nSeparately, the Ruritanian ministry said Foreign Minister Marek Holm would "
                + "travel to Riyadh and Cairo later this week for talks on the conflicts.");
        assertEquals(List.of("Riyadh", "Cairo"), visits(x).stream().map(v -> label(x, v.place())).toList());
    }

    @Test
    void theMinistersWhoWillMeetAgainAreThePairToldMeetingEarlier() {
        Extraction x = extract("date 2024-10-14 Talks\n\nOn Wednesday, the foreign ministers of Ruritania and Borduria, Ivo Ruiz and Jan "
                + "Berg, met in Bratislava. In a joint statement released after the meeting, the co-chairs said the ministers had agreed "
                + "to continue the dialogue. The ministers would meet again early next year, the statement added.");
        assertEquals(2, meetings(x).size(), meetings(x).toString());
        assertEquals(Set.of("Ivo Ruiz", "Jan Berg"), labels(x, meetings(x).get(1).participants()));
    }

    @Test
    void aTripToBriefSomeoneIsAMeetingThere() {
        Extraction x = extract("date 2024-05-24 Trip\n\nPeter Lind will travel to Kabul later this week to brief Afghan President "
                + "Jan Berg.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(Set.of("Peter Lind", "Jan Berg"), labels(x, meetings(x).get(0).participants()));
        assertEquals("Kabul", label(x, meetings(x).get(0).place()));
    }

    @Test
    void aPlaceThatFollowsWhatWasDiscussedIsTheTopicsNotTheVenue() {
        Extraction x = extract("date 2019-11-13 Call\n\nWASHINGTON - Secretary of State Ivo Ruiz spoke by phone Wednesday with Foreign "
                + "Minister Jan Berg about the peace talks, the State Department said.\n\nSpokeswoman Ana Soto said Ruiz thanked Berg "
                + "for his support. The two also discussed trade and the situation in Kashmir, she said.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertNull(meetings(x).get(0).place());
    }

    @Test
    void aQuantityOfTargetsMetAndABodyNamedAMissionAreNoEvents() {
        Extraction x = extract("date 2024-01-26 Mission\n\nShe added that the Acme Committee had met most of the targets set out in its "
                + "work plan.\n\nSpecial Envoy Ana Soto, who heads the UN Support Mission in Libya (UNSMIL), met on Sunday in Tripoli "
                + "with Prime Minister Ivo Ruiz.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertTrue(visits(x).isEmpty(), visits(x).toString());
    }

    @Test
    void separateTalksWithEachOfThemAreOneMeetingWithEachOfThePairBefore() {
        Extraction x = extract("date 2026-02-15 Talks\n\nThe presidents of Ruritania and Borduria, Ivo Ruiz and Jan Berg, did not meet in "
                + "Addis Ababa. Instead, Mediator Ana Soto held separate talks with each of them on Saturday.");
        List<Set<String>> held = meetings(x).stream().filter(m -> m.status() == Status.OCCURRED)
                .map(m -> labels(x, m.participants())).toList();
        assertEquals(List.of(Set.of("Ana Soto", "Ivo Ruiz"), Set.of("Ana Soto", "Jan Berg")), held);
    }

    @Test
    void aBodyNamedAfterAGatheringAndCountedIsThatGathering() {
        Extraction x = extract("date 2019-08-16 Forum\n\nThe 50th Acme Islands Forum ended in Funafuti, Tuvalu, on Thursday after more "
                + "than twelve hours of talks.\n\nThe Acme Islands Forum said the region was united.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(Set.of("Acme Islands Forum"), labels(x, meetings(x).get(0).participants()));
        assertEquals("Funafuti", label(x, meetings(x).get(0).place()));
    }

    @Test
    void callingTheTalksSomethingInQuotesIsAStatement() {
        Extraction x = extract("date 2024-05-10 Talks\n\nForeign Minister Ana Soto called the talks \"a step forward\" in easing "
                + "tensions.\n\nIvo Ruiz called the meeting \"substantive.\"");
        assertEquals("Ana Soto", label(x, statementWith(x, "step forward").speaker()));
        assertEquals("Ivo Ruiz", label(x, statementWith(x, "substantive").speaker()));
    }

    @Test
    void aGerundOfMeansSpeaksForItsVerbsSubject() {
        Extraction x = extract("date 2024-05-10 Reply\n\nAna Soto responded by saying that Ruritania would never accept the plan.");
        assertEquals("Ana Soto", label(x, statementWith(x, "never accept").speaker()));
    }

    @Test
    void aOneWordPlaceTaggedAsAPersonAfterToIsThePlace() {
        Extraction x = extract("date 2024-10-21 Trip\n\nBrazilian President Ivo Ruiz called off his trip to Kazan at the weekend.");
        assertEquals(1, visits(x).size(), visits(x).toString());
        assertEquals("Kazan", label(x, visits(x).get(0).place()));
        assertEquals(Status.CANCELLED, visits(x).get(0).status());
    }

    @Test
    void conversationsBetweenTwoPairsAreTwoMeetings() {
        Extraction x = extract("date 2021-04-28 Calls\n\nThe call followed phone conversations on Sunday between Secretary of State "
                + "Ana Soto and Indian External Affairs Minister Ivo Ruiz, and between national security adviser Jan Berg and his "
                + "Indian counterpart, Karl Holm.");
        assertEquals(List.of(Set.of("Ana Soto", "Ivo Ruiz"), Set.of("Jan Berg", "Karl Holm")),
                meetings(x).stream().map(m -> labels(x, m.participants())).toList());
    }

    @Test
    void aReporterShownActingIsTheThreadAPronounGoesOnWith() {
        Extraction x = extract("date 2024-12-06 Summit\n\nRuritanian President Ana Soto hosted Bordurian Prime Minister Eva Lind at the "
                + "palace.\n\n\"Ruritania will not be blackmailed,\" Soto told a news conference. \"We have been preparing for two "
                + "years.\"\n\nLind, who arrived in Lima by train early in the morning, said Borduria would keep exporting power. "
                + "She also held a bilateral meeting with Ruritanian Prime Minister Karl Holm.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Eva Lind", "Karl Holm"))),
                meetings(x).toString());
    }

    @Test
    void aPronounAfterADescribedLeaderGoesOnWithTheLeader() {
        Extraction x = extract("date 2024-05-10 Visit\n\nPresident Ivo Ruiz and Kenyan President Marek Holm met in Washington on "
                + "Thursday.\n\nThe Kenyan leader arrived in Washington on Tuesday after a stop in Atlanta. On Wednesday, he sat down "
                + "with House Speaker Jan Berg on Capitol Hill.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Marek Holm", "Jan Berg"))),
                meetings(x).toString());
    }

    @Test
    void aGuestNamedAfterTheTimeAndVenueIsTheOneReceived() {
        Extraction x = extract("date 2023-09-20 Audience\n\nPresident of the Republic Karl Holm received on Tuesday at Acme Palace "
                + "Libyan Minister of Foreign Affairs Jan Berg.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(Set.of("Karl Holm", "Jan Berg"), labels(x, meetings(x).get(0).participants()));
    }

    @Test
    void aHeadlineMeetingOfCountriesSumsUpTheBodysMeetingOfTheirPeople() {
        Extraction x = extract("date 2019-12-05 Peruvian and Chilean foreign ministers hold talks in Bratislava\n\n"
                + "BRATISLAVA - The talks between Peru's Ana Soto and Chile's Ivo Ruiz ended without agreement on Wednesday.");
        assertEquals(List.of(Set.of("Ana Soto", "Ivo Ruiz")), meetings(x).stream().map(m -> labels(x, m.participants())).toList());
    }

    @Test
    void aHeadlineAudienceOfAnUnnamedForeignMinisterSumsUpTheBodysAudience() {
        Extraction x = extract("date 2023-03-16 President Holm receives Libyan Foreign Minister, bearer of a message from President Soto"
                + "\n\nTUNIS, March 16 - President Karl Holm on Wednesday received at the Palace the Libyan Minister of Foreign Affairs, "
                + "Jan Berg, who is in Tunis on a working visit.");
        assertEquals(List.of(Set.of("Karl Holm", "Jan Berg")), meetings(x).stream().map(m -> labels(x, m.participants())).toList());
    }

    @Test
    void counterpartsFromCountriesEachNamedAreThosePeople() {
        Extraction x = extract("date 2025-09-26 Talks\n\nOn the same day, Foreign Minister Ana Soto also held bilateral talks with his "
                + "counterparts from Paraguay, Lucia Benitez, The Gambia, Ivo Ruiz, and Comoros, Jan Berg.");
        assertEquals(List.of(Set.of("Ana Soto", "Lucia Benitez"), Set.of("Ana Soto", "Ivo Ruiz"), Set.of("Ana Soto", "Jan Berg")),
                meetings(x).stream().map(m -> labels(x, m.participants())).toList());
    }

    @Test
    void aMissionLedByATitleWithANameBesideItTravelsWithThatPerson() {
        Extraction x = extract("date 2021-09-18 Mission\n\nThe mission, led by Ghanaian Foreign Minister Ana Soto and the President of "
                + "the ECOWAS Commission, Ivo Ruiz, arrived in Conakry on Friday morning.");
        assertEquals(1, visits(x).size(), visits(x).toString());
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(x, visits(x).get(0).visitors()));
    }

    @Test
    void aTitleWithItsPortfolioBeforeTheNameGivesTheRoleThatADescriptionTakesUp() {
        Extraction x = extract("date 2024-03-05 Talks\n\nTALLINN - Estonia's Minister of Foreign Affairs, Trade and Culture, Ivo Ruiz, "
                + "held talks on Monday in Riga with Latvian Foreign Minister Ana Soto.\n\n"
                + "During his stay, the Estonian minister will meet on Tuesday with the Speaker of the National Assembly, Marek Lind.");
        assertEquals(List.of(Set.of("Ivo Ruiz", "Ana Soto"), Set.of("Ivo Ruiz", "Marek Lind")),
                meetings(x).stream().map(m -> labels(x, m.participants())).toList());
    }

    @Test
    void aGuestNamedAfterTheVenueWithTheNameHungOnTheVenueIsReceived() {
        Extraction x = extract("date 2023-03-16 President Soto receives Bordurian Foreign Minister, bearer of a message from President Holm"
                + "\n\nZENDA, March 16 - The Head of State, Ana Soto, on Wednesday received in audience at the Palace of the Republic "
                + "the Bordurian Minister of Foreign Affairs, International Cooperation and Bordurians Abroad, Ivo Ruiz, who is in Zenda "
                + "on a working visit.");
        assertEquals(List.of(Set.of("Ana Soto", "Ivo Ruiz")), meetings(x).stream().map(m -> labels(x, m.participants())).toList());
    }

    @Test
    void aChurchTitleTakesUpThePersonNamedWithIt() {
        Extraction x = extract("date 2024-02-08 Visit\n\nJUBA - Cardinal Ivo Ruiz met President Ana Soto on Wednesday.\n\n"
                + "The cardinal, who arrived in Juba on Tuesday, also sat down with Vice President Jan Berg.");
        assertEquals(List.of(Set.of("Ivo Ruiz", "Ana Soto"), Set.of("Ivo Ruiz", "Jan Berg")),
                meetings(x).stream().map(m -> labels(x, m.participants())).toList());
    }

    @Test
    void aNamedPersonMeetingOnlyUnnamedPeopleIsNoMeeting() {
        Extraction x = extract("date 2025-04-14 Trip\n\nAna Soto said on Monday that she would meet members of the business "
                + "community.\n\nShe will also meet Ivo Ruiz on Tuesday.");
        assertEquals(List.of(Set.of("Ana Soto", "Ivo Ruiz")), meetings(x).stream().map(m -> labels(x, m.participants())).toList());
    }

    @Test
    void aPlaceOnlyEverMetAtIsABuildingInTheDatelinesCity() {
        Extraction x = extract("date 2023-05-03 Talks\n\nABU DHABI, May 3 (Acme) - President Ana Soto received Ivo Ruiz at Qasr Al Zenda "
                + "on Tuesday.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals("Abu Dhabi", label(x, meetings(x).get(0).place()));
    }

    @Test
    void theCountryOfATitleSetOffByACommaIsWhatTheTitleIsOf() {
        Extraction x = extract("date 2025-11-18 Visit\n\nABU DHABI, Nov 18 (Acme) - President Ana Soto received the President of the "
                + "Philippines, Ivo Ruiz, on Tuesday.\n\nThe Philippine President, who arrived in Abu Dhabi on Monday, later toured "
                + "the Grand Mosque.");
        assertEquals(1, visits(x).size(), visits(x).toString());
        assertEquals(Set.of("Ivo Ruiz"), labels(x, visits(x).get(0).visitors()));
    }

    @Test
    void theCountryAfterANameWithItsArticleIsWhatTheTitleIsOf() {
        Extraction x = extract("date 2025-11-18 Visit\n\nABU DHABI, Nov 18 (Acme) - President Ana Soto received President Ivo Ruiz "
                + "of the Republic of the Philippines on Tuesday.\n\nThe Philippine President, who arrived in Abu Dhabi on Monday, "
                + "later toured the Grand Mosque.");
        assertEquals(1, visits(x).size(), visits(x).toString());
        assertEquals(Set.of("Ivo Ruiz"), labels(x, visits(x).get(0).visitors()));
    }

    @Test
    void aStyleOfAddressWithATitleIsThePersonStyledWithThatTitle() {
        Extraction x = extract("date 2026-01-13 Audiences\n\nKUWAIT, Jan 13 (Acme) -- His Highness the Amir Sheikh Ivo Marek received "
                + "at Bayan Palace on Tuesday His Highness the Crown Prince Sheikh Jan Berg, and later His Highness the Prime Minister "
                + "Sheikh Karl Holm.\n\nHis Highness the Amir later held a phone call with President Ana Soto.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Ana Soto"))),
                meetings(x).toString());
    }

    @Test
    void aRoyalHighnessAloneIsThePersonLastStyledSo() {
        Extraction x = extract("date 2025-04-15 Tour\n\nTokyo, April 15, 2025 (Acme) -- His Royal Highness Prince Ivo Marek, Crown "
                + "Prince and Prime Minister, arrived in Tokyo on Tuesday.\n\nOn Wednesday, His Royal Highness is scheduled to hold "
                + "talks with Japanese Prime Minister Jan Berg.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Jan Berg"))),
                meetings(x).toString());
    }

    @Test
    void pluralTripsThatNameNobodyAreNoVisit() {
        Extraction x = extract("date 2023-09-12 Visits\n\nKYIV - In Moscow, Kremlin spokesman Ivo Ruiz said Western visits to Kyiv "
                + "\"change nothing on the ground.\"");
        assertEquals(List.of(), visits(x));
    }

    @Test
    void aConjunctWithADateOfItsOwnMeetsApartEvenWithAClauseAfterIt() {
        Extraction x = extract("date 2023-05-24 Tour\n\nWARSAW - Ivo Ruiz met Polish Deputy Foreign Minister Jan Berg in Warsaw on "
                + "Monday and German Foreign Office political director Ana Lind in Berlin on Tuesday, after starting the tour in Kyiv.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Ana Lind"))
                && "Berlin".equals(label(x, m.place())) && "2023-05-23".equals(m.date().iso())), meetings(x).toString());
    }

    @Test
    void aPlannedMeetingNamingOnlyItsOtherSideIsTheStorysPerson() {
        Extraction x = extract("date 2025-03-07 Talks\n\nForeign Minister Ana Soto held talks with Trade Representative Jan Berg in "
                + "Washington on Wednesday.\n\n\"We have a clear roadmap,\" Soto wrote after the meeting.\n\nIn a statement, the trade "
                + "office said the two sides would meet again.\n\nA meeting with Treasury Secretary Ivo Ruiz, scheduled for Thursday, "
                + "was called off at the last minute.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))),
                meetings(x).toString());
    }

    @Test
    void anUntaggedNameAfterACapitalisedTitleIsAPerson() {
        Extraction x = extract("date 2026-02-10 Trip\n\nTaoiseach Fiontán Breathnagh will travel to Ottawa next month for talks with "
                + "Canadian Prime Minister Ana Soto.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Fiontán Breathnagh", "Ana Soto"))),
                meetings(x).toString());
    }

    @Test
    void aJointDeclarationOfThreeIsSaidByAllThreeAsTheCountSays() {
        Extraction x = extract("date 2024-03-14 Talks\n\nForeign Ministers Ana Soto, Ivo Ruiz and Jan Berg met in Weimar on Wednesday.\n\n"
                + "\"We are united,\" Soto told reporters, standing beside Lena Holm.\n\n"
                + "In a joint declaration, the three ministers condemned the attacks on shipping in the Red Sea.");
        Statement joint = statementWith(x, "attacks on shipping");
        assertEquals("Ana Soto", label(x, joint.speaker()));
        assertEquals(List.of("Ivo Ruiz", "Jan Berg"), joint.coSpeakers().stream().map(id -> label(x, id)).toList());
    }

    @Test
    void aFinalCommuniqueSpeaksForThePartiesToldBefore() {
        Extraction x = extract("date 2024-03-14 Talks\n\nForeign Minister Ana Soto hosted her counterparts Ivo Ruiz and Jan Berg in "
                + "Lima on Wednesday.\n\nThe final communique said the ministers would meet every quarter to review the river treaty.");
        Statement joint = statementWith(x, "river treaty");
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz", "Jan Berg"), labels(x, Stream.concat(Stream.of(joint.speaker()),
                joint.coSpeakers().stream()).toList()));
    }

    @Test
    void aJointWordInsideWhatWasSaidOrAReportInsideAnotherMakesNoJointStatement() {
        Extraction x = extract("date 2024-03-14 Talks\n\nPresident Ana Soto met President Ivo Ruiz in Zenda on Wednesday.\n\n"
                + "The leaders reaffirmed their loyalty to the Zenda Declaration of 1994.\n\n"
                + "In a joint statement published on Friday, the mediators said the ministers had exchanged views in a candid mood.");
        assertTrue(statements(x).stream().allMatch(st -> st.coSpeakers().isEmpty()), statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> st.content().contains("Zenda Declaration")), statements(x).toString());
    }

    @Test
    void aSeriesOfSittingsGivesOneMeetingForEachCounterpartHoweverTheParserHangsThem() {
        Extraction x = extract("date 2023-07-13 Summit\n\nUkrainian President Bohdan Marek sat down first with US President Daniel "
                + "Holm, then separately with British Prime Minister Edward Lind and German Chancellor Jurgen Berg, before leaving for "
                + "the airport.\n\nOn Tuesday alone, Kenyan President Ana Soto met with Czech Prime Minister Tomas Ruiz, then with Polish "
                + "President Eva Nowak, and later sat down with Chilean President Ivo Pardo at a reception for trade envoys.");
        assertEquals(List.of(Set.of("Bohdan Marek", "Daniel Holm"), Set.of("Bohdan Marek", "Edward Lind"),
                Set.of("Bohdan Marek", "Jurgen Berg"),
                Set.of("Ana Soto", "Tomas Ruiz"), Set.of("Ana Soto", "Eva Nowak"), Set.of("Ana Soto", "Ivo Pardo")),
                meetings(x).stream().map(m -> labels(x, m.participants())).toList());
    }

    @Test
    void theFirstOfTwoSurnamesAloneIsThePersonNamedInFull() {
        Extraction x = extract("date 2024-12-15 Talks\n\nPeruvian President Jan Berg had invited Chilean President Marek Lusaka Holm "
                + "for talks on water rights.\n\nLusaka landed in Lima on Friday and held talks with Berg on Saturday, his office said.");
        assertEquals(List.of("Marek Lusaka Holm"), visits(x).get(0).visitors().stream().map(v -> label(x, v)).toList());
        assertEquals(Set.of("Marek Lusaka Holm", "Jan Berg"), labels(x, meetings(x).get(0).participants()));
    }

    @Test
    void anAbbreviatedTitleIsTheTitleADescriptionUses() {
        Extraction x = extract("date 2019-10-25 Call\n\nSAPPORO — Business leaders from Busan toured the port with Hokkaido Gov. Ana "
                + "Soto on Monday.\n\nThe governor held a video call in May with Ivo Ruiz, head of a regional assembly.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))),
                meetings(x).toString());
    }

    @Test
    void aNameAfterATitleToACountryIsAPerson() {
        Extraction x = extract("date 2019-10-25 Call\n\nCUSCO — Vietnamese Ambassador to Peru Tran Quoc Vinh called on Cusco Governor "
                + "Ana Soto at the regional office on Monday.");
        assertEquals(Set.of("Tran Quoc Vinh", "Ana Soto"), labels(x, meetings(x).get(0).participants()));
    }

    @Test
    void aPlaceAfterACitysKindIsACityAHostedGuestVisits() {
        Extraction x = extract("date 2025-10-30 Talks\n\nOn Monday, Peruvian President Marek Holm was received by South Korean "
                + "President Ivo Ruiz in the old port city of Gyeongju.");
        assertEquals(1, visits(x).size(), x.events().toString());
        assertEquals("Gyeongju", label(x, visits(x).get(0).place()));
        assertEquals(EntityType.CITY, x.entity(visits(x).get(0).place()).orElseThrow().type());
    }

    @Test
    void aDayOfTheNextClauseIsNotTheDayOfTheGroupsBeforeIt() {
        Extraction x = extract("date 2022-09-17 Summit\n\nOn Tuesday, at the margins of the forum, Marek Holm held talks with Jan Berg "
                + "and with Ivo Ruiz, and on Wednesday morning Holm sat down with Ana Soto at the conference hall.");
        assertEquals(List.of("2022-09-13", "2022-09-13", "2022-09-14"), meetings(x).stream().map(m -> m.date().iso()).toList());
    }

    @Test
    void aVerbAfterThenGoesOnWithTheLastDoerNotWithTheThingTheClauseIsAbout() {
        Extraction x = extract("date 2022-03-06 Talks\n\nThe decision came after Peruvian President Ana Soto flew to Madrid on Sunday, "
                + "and then spoke to the Chilean president, Ivo Ruiz, by telephone.");
        assertEquals(1, meetings(x).size(), x.events().toString());
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(x, meetings(x).get(0).participants()));
        assertEquals(Mode.PHONE, meetings(x).get(0).mode());
    }

    @Test
    void anUntaggedFirstOfTwoSurnamesIsThePersonNamedInFull() {
        Extraction x = extract("date 2019-03-14 Tour\n\nChilean President Ivo Larrain Soto landed in Osaka on Monday.\n\nLarrain will go "
                + "on to Hanoi on Saturday, the last leg of his trip.");
        assertEquals(List.of("Osaka", "Hanoi"), visits(x).stream().map(v -> label(x, v.place())).toList());
        assertTrue(visits(x).stream().allMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Larrain Soto"))), visits(x).toString());
    }

    @Test
    void thePairTheSentenceBeforeToldMeetingIsThePairThatLastMet() {
        Extraction x = extract("date 2024-08-01 Talks\n\nAngola's foreign ministry said Domingos Lunda wants to hold a summit between "
                + "Congolese President Joseph Mpala and Rwandan President Eric Ndoli in Benguela next spring. The two heads of state "
                + "last met in Benguela in 2020.\n\nAngola's foreign ministry said Lunda wants to hold a summit between Congolese "
                + "President Ivo Ruiz and Rwandan President Jan Berg in Benguela next spring. The two presidents last met in Benguela "
                + "in 2019.");
        List<Meeting> lastMet = meetings(x).stream().filter(m -> m.status() == Status.OCCURRED).toList();
        assertEquals(List.of(Set.of("Joseph Mpala", "Eric Ndoli"), Set.of("Ivo Ruiz", "Jan Berg")),
                lastMet.stream().map(m -> labels(x, m.participants())).toList());
    }

    @Test
    void theMinistersNamedBesideAGroupSubjectAreThoseReceivedAndThoseWhoLastMet() {
        Extraction x = extract("date 2024-05-11 Talks\n\nThe foreign ministers of Armenia and Azerbaijan, Ivo Ruiz and Jan Berg, ended "
                + "three days of talks in Astana on Thursday.\n\nThat evening, Kazakh President Marek Holm received both ministers at the "
                + "Akorda.\n\nHolm said his country would gladly host a treaty signing.\n\nThe ministers last met in Vienna in January.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Marek Holm", "Ivo Ruiz", "Jan Berg"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).containsAll(Set.of("Ivo Ruiz", "Jan Berg"))
                && "2024-01".equals(m.date() == null ? null : m.date().iso())), meetings(x).toString());
    }

    @Test
    void aQuoteInterruptedByAnAttributionWithItsOwnPhrasesIsOneStatement() {
        Extraction x = extract("date 2024-06-06 Talks\n\nPeruvian President Ana Soto met Chilean President Ivo Ruiz in Lima on Wednesday.\n\n"
                + "\"We have disagreed on fishing quotas for years,\" Soto said during a visit to the harbour on Friday, \"and we will "
                + "keep talking until we agree.\"");
        assertEquals(1, statements(x).size(), statements(x).toString());
        assertTrue(statements(x).get(0).content().endsWith("until we agree."), statements(x).toString());
    }

    @Test
    void theLeagueIsTheLeagueNamedBefore() {
        Extraction x = extract("date 2019-10-13 Talks\n\nThe Arab League on Monday criticised the blockade after talks of its envoys in "
                + "Cairo.\n\nIn its final declaration, the league called on the United Nations to send observers to the border.");
        assertTrue(statements(x).stream().anyMatch(st -> "Arab League".equals(label(x, st.speaker())) && st.content().contains("observers")),
                statements(x).toString());
    }

    @Test
    void aPastReportJoinedToTheHearersInfinitiveIsTheFirstReportersToo() {
        Extraction x = extract("date 2019-10-13 Talks\n\nRuritanian Foreign Minister Ana Soto called on the United Nations to send observers "
                + "to the border and urged its members to cut their arms sales to Zenda.");
        List<Statement> urged = statements(x).stream().filter(st -> st.content().startsWith("its members")).toList();
        assertEquals(List.of("Ana Soto"), urged.stream().map(st -> label(x, st.speaker())).toList(), statements(x).toString());
    }

    @Test
    void anEmphaticDidMeetIsPast() {
        Extraction x = extract("date 2023-10-10 Talks\n\nLena Ostrova and Ivo Kask did meet once in Vienna in March, the Ruritanian trade "
                + "office confirmed on Tuesday.");
        assertTrue(meetings(x).stream().anyMatch(m -> m.status() == Status.OCCURRED && m.date() != null && m.date().iso().equals("2023-03")),
                meetings(x).toString());
    }

    @Test
    void aPortfolioRightBeforeTheNameIsTheTitle() {
        Extraction x = extract("date 2023-10-10 Harbour\n\nMinister for Fisheries and Coastal Affairs Ivo Kask opened a harbour in Riga on "
                + "Monday.");
        assertTrue(person(x, "Ivo Kask").roles().stream().anyMatch(r -> r.title().startsWith("Minister for Fisheries")),
                person(x, "Ivo Kask").roles().toString());
    }

    @Test
    void aLedeDescriptionIsThePersonNamedAfterItWithThatTitle() {
        Extraction x = extract("date 2019-10-16 Harbour deal\n\nLatvia's top diplomat flew to Tallinn on Sunday night to sign a harbour "
                + "agreement.\n\nOn Monday morning Minister of Foreign Affairs Ivo Kask and the Estonian foreign minister, Lena Ostrova, "
                + "signed it at the port.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Kask"))
                && "Tallinn".equals(label(x, v.place()))), visits(x).toString());
    }

    @Test
    void aLedeDescriptionTakesNobodyNamedAfterWithAnotherCountrysTitle() {
        Extraction x = extract("date 2019-10-16 Harbour deal\n\nLatvia's top diplomat flew to Tallinn on Sunday night to sign a harbour "
                + "agreement.\n\nEstonian Foreign Minister Lena Ostrova said the port would open in May.");
        assertTrue(visits(x).stream().noneMatch(v -> labels(x, v.visitors()).contains("Lena Ostrova")), visits(x).toString());
    }

    @Test
    void whatIsConveyedIsSaid() {
        Extraction x = extract("date 2023-10-10 Harbour\n\nAt the end of the harbour ceremony, the Ruritanian consul Ivo Kask conveyed the "
                + "fishermen's thanks to the port workers.");
        assertTrue(statements(x).stream().anyMatch(st -> "Ivo Kask".equals(label(x, st.speaker())) && st.content().contains("thanks")),
                statements(x).toString());
    }

    @Test
    void welcomingAPlanIsSayingSomethingButWelcomingGuestsIsNot() {
        Extraction x = extract("date 2023-10-10 Ferry\n\nMayor Lena Ostrova welcomed a group of Ruritanian students to the city hall on "
                + "Monday.\n\nLater, Ostrova welcomed the plan to reopen the ferry line.");
        assertEquals(List.of("the plan to reopen the ferry line"), statements(x).stream().map(Statement::content).toList(),
                statements(x).toString());
    }

    @Test
    void counterpartsFromCountriesAreThePeopleOfThoseCountries() {
        Extraction x = extract("date 2020-05-21 Ferry talks\n\nThe Latvian transport minister spoke by video link on Thursday with her "
                + "counterparts from Estonia and Finland about the ferry timetable.\n\nLatvian Transport Minister Lena Ostrova was "
                + "joined by Estonian Transport Minister Ivo Kask and Finnish Transport Minister Aino Salo.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Lena Ostrova", "Ivo Kask", "Aino Salo"))
                && m.evidence().sentence().startsWith("The Latvian")), meetings(x).toString());
    }

    @Test
    void anIndefiniteDelegationIsTheLeaderToldJustAfter() {
        Extraction x = extract("date 2023-03-08 Port\n\nA delegation of Ruritanian harbour officials held talks with Mayor Lena Ostrova in "
                + "Riga on Wednesday.\n\nIvo Kask, who headed the delegation, said the talks had gone well.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Kask", "Lena Ostrova"))),
                meetings(x).toString());
    }

    @Test
    void aGroupLedBySomeoneIsThatLeader() {
        Extraction x = extract("date 2023-03-08 Mayors\n\nA group of Ruritanian mayors came to Riga on Monday for a week of visits.\n\n"
                + "The group, headed by Mayor Ivo Kask, was received by President Lena Ostrova on Tuesday.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Kask"))
                && "Riga".equals(label(x, v.place()))), visits(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Kask", "Lena Ostrova"))),
                meetings(x).toString());
    }

    @Test
    void aCandidatesCampaignSpeaksAsTheCampaign() {
        Extraction x = extract("date 2019-11-14 Campaign\n\nSenator Ana Soto spoke at a county fair on Saturday.\n\nHer campaign said the "
                + "senator would release a farm plan within days.\n\nIvo Kask's presidential campaign said he looked forward to "
                + "the debates.");
        assertEquals(List.of("Soto campaign", "Kask campaign"), statements(x).stream().map(st -> label(x, st.speaker())).toList(),
                statements(x).toString());
    }

    @Test
    void aKnownOrganisationsNameRunsOnOverAPlaceTaggedInsideIt() {
        Extraction x = extract("date 2021-10-10 Vote\n\nThe Organization for Security and Co-operation in Europe announced on Monday that "
                + "its observers would arrive in Riga before the vote.");
        assertEquals(List.of("Organization for Security and Co-operation in Europe"),
                statements(x).stream().map(st -> label(x, st.speaker())).toList(), statements(x).toString());
    }

    @Test
    void aBareCapitalIsTheCapitalItsSentenceNames() {
        Extraction x = extract("date 2023-03-02 Talks\n\nIvo Kask, Ruritania's foreign minister, talked with Latvian President Lena Ostrova "
                + "in Riga on Thursday.\n\nHe had arrived in the capital by train on Wednesday evening.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Kask")) && "Riga".equals(label(x, v.place()))
                && "2023-03-01".equals(v.date() == null ? null : v.date().iso())), visits(x).toString());
    }

    @Test
    void theDelegationIsTheOneWhoLedItAsToldBefore() {
        Extraction x = extract("date 2023-03-08 Port\n\nIvo Kask, who headed the delegation of Ruritanian harbour officials, praised the "
                + "new cranes in Riga.\n\nThe delegation will travel on to Tallinn on Friday.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Kask"))
                && "Tallinn".equals(label(x, v.place()))), visits(x).toString());
    }

    @Test
    void aPassiveInThePastTellsAPastWeekday() {
        Extraction x = extract("date 2025-04-13 Talks\n\nThe Ruritanian trade envoy Anna Berg was received by President Lena Ostrova on "
                + "Tuesday.");
        assertTrue(meetings(x).stream().anyMatch(m -> m.status() == Status.OCCURRED && m.date() != null && m.date().iso().equals("2025-04-08")),
                meetings(x).toString());
    }

    @Test
    void aGroupLedBySomeoneAfterACommaIsMetAsItsLeader() {
        Extraction x = extract("date 2024-06-13 Talks\n\nLatvia has hosted a second round of talks in Riga on the harbour dispute.\n\n"
                + "Foreign Minister Lena Ostrova met on Wednesday with the port delegation, led by Mayor Ivo Kask, and later the same "
                + "evening with Anna Berg.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Lena Ostrova", "Ivo Kask"))),
                meetings(x).toString());
    }

    @Test
    void aSecondSideToldAfterALaterTimeIsASecondMeetingThatDay() {
        Extraction x = extract("date 2024-06-15 Talks\n\nLena Ostrova talked on Friday with Ivo Kask, and later the same night with Anna Berg.");
        assertEquals(Set.of(Set.of("Lena Ostrova", "Ivo Kask"), Set.of("Lena Ostrova", "Anna Berg")),
                meetings(x).stream().map(m -> labels(x, m.participants())).collect(java.util.stream.Collectors.toSet()), meetings(x).toString());
        assertTrue(meetings(x).stream().allMatch(m -> m.date() != null && m.date().iso().equals("2024-06-14")), meetings(x).toString());
    }

    @Test
    void thatDayIsTheDayToldBeforeInTheSentence() {
        Extraction x = extract("date 2024-06-13 Talks\n\nThe Latvian minister Ivo Kask, who arrived in Vilnius on Tuesday, held talks that "
                + "day with Lithuanian Foreign Minister Anna Berg.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Kask", "Anna Berg"))
                && m.date() != null && m.date().iso().equals("2024-06-11")), meetings(x).toString());
    }

    @Test
    void sidesMetApartBySomeoneUntoldDidNotMeetEachOther() {
        Extraction x = extract("date 2024-06-13 Talks\n\nOfficials held separate meetings with Lithuanian Foreign Minister Anna Berg and "
                + "Latvian Trade Minister Ivo Kask on Wednesday.");
        assertTrue(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).containsAll(Set.of("Ivo Kask", "Anna Berg"))),
                meetings(x).toString());
    }

    @Test
    void theVisitingMinisterIsTheOneGuestToldBefore() {
        Extraction x = extract("date 2024-06-13 Talks\n\nLithuanian Foreign Minister Anna Berg hosted Estonian Foreign Minister Ivo Kask in "
                + "Vilnius on Wednesday.\n\nThe visiting minister also held talks with Lithuanian Trade Minister Lena Ostrova.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Kask", "Lena Ostrova"))),
                meetings(x).toString());
    }

    @Test
    void laterTheSameDayCountsFromTheLeadsDayNotFromADateLine() {
        Extraction x = extract("date 2023-05-12 Talks\nFriday, May 12, 2023\n\nEstonian Foreign Minister Ivo Kask met Latvian Foreign Minister "
                + "Lena Ostrova on Thursday in Riga.\n\nThe two discussed the ferry line. Ostrova said the talks had been useful.\n\n"
                + "Later the same day, Kask spoke by phone with Lithuanian Foreign Minister Anna Berg.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Kask", "Anna Berg"))
                && m.date() != null && m.date().iso().equals("2023-05-11")), meetings(x).toString());
    }

    @Test
    void aMainVerbAfterARelativeClauseAndAnAdverbIsNoAdjective() {
        Extraction x = extract("date 2025-02-19 Talks\n\nFinnish Prime Minister Ivo Kask, who landed in Oslo on Monday, also held private "
                + "talks on Tuesday with Norwegian Trade Minister Lena Ostrova and Danish Energy Minister Anna Berg.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).containsAll(Set.of("Ivo Kask", "Lena Ostrova"))),
                meetings(x).toString());
    }

    @Test
    void aBylineIsNoSentenceOfTheLead() {
        Extraction x = extract("date 2026-01-30 Retreat\n\nBy Tomas Rueda\n\nRIGA – Estonian Foreign Minister Ivo Kask on Thursday opened a "
                + "retreat of Baltic ministers in Riga.\n\n\"We owe our people a power grid,\" Kask said.\n\nOn the sidelines of the retreat, "
                + "Kask held separate bilateral meetings with Polish Foreign Minister Lena Ostrova and Finnish Foreign Minister Anna Berg.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Kask", "Anna Berg"))
                && m.date() != null && m.date().iso().equals("2026-01-29")), meetings(x).toString());
    }

    @Test
    void whatCameAWeekAfterAMeetingCountsBackFromTheNewsDay() {
        Extraction x = extract("date 2024-10-09 Visit\n\nEstonian Foreign Minister Ivo Kask arrived in Cairo on Monday for talks.\n\n"
                + "The visit came a week after Kask and Latvian Foreign Minister Lena Ostrova spoke by telephone.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Kask", "Lena Ostrova"))
                && m.date() != null && m.date().iso().equals("2024-09-30")), meetings(x).toString());
    }

    @Test
    void theGovernmentInACapitalIsThatStatesGovernment() {
        Extraction x = extract("date 2024-02-18 Summit\n\nLeaders met at the African Union summit on Saturday.\n\nThe government in "
                + "Nairobi said the talks had been useful.");
        assertEquals(List.of("Government of Kenya"), statements(x).stream().map(st -> label(x, st.speaker())).toList(),
                statements(x).toString());
    }

    @Test
    void theBolivianCapitalIsLaPaz() {
        Extraction x = extract("date 2026-01-16 Fair\n\nThe Estonian trade minister, Ivo Kask, landed in the Bolivian capital on Tuesday "
                + "to open a trade fair.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Kask")) && "La Paz".equals(label(x, v.place()))),
                visits(x).toString());
    }

    @Test
    void anUntaggedNameAfterAnEnvoysForPhraseIsAPersonAndSoIsItsSurname() {
        Extraction x = extract("date 2022-07-22 Talks\n\nThe EU special envoy for Sudan Mats Ekerhed told reporters on Monday that the "
                + "ceasefire was holding.\n\nEkerhed later met Latvian Foreign Minister Lena Ostrova in Khartoum.");
        assertEquals(List.of("Mats Ekerhed"), statements(x).stream().map(st -> label(x, st.speaker())).toList(), statements(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Mats Ekerhed", "Lena Ostrova"))),
                meetings(x).toString());
    }

    @Test
    void aTitledPersonAfterTheAgencyCarryingTheStatementSpeaks() {
        Extraction x = extract("date 2024-05-14 Denial\n\nIn a statement carried by the state-run Korean Central News Agency, Vice Foreign "
                + "Minister Ivo Kask said the country \"has no plans\" for talks.");
        assertEquals(List.of("Ivo Kask"), statements(x).stream().map(st -> label(x, st.speaker())).toList(), statements(x).toString());
    }

    @Test
    void aVideoSummitThatBroughtLeadersTogetherMetByVideo() {
        Extraction x = extract("date 2019-10-01 Summit\n\nMonday's video summit brought together Latvian President Lena Ostrova, Estonian "
                + "Prime Minister Anna Berg and Lithuanian President Karl Lenz.");
        assertTrue(meetings(x).stream().anyMatch(m -> m.mode() == Mode.VIDEO && labels(x, m.participants()).size() == 3),
                meetings(x).toString());
    }

    @Test
    void bothPlacesOfAPairAreVisited() {
        Extraction x = extract("date 2021-05-22 Tour\n\nAna Lenko, who visited both Kyiv and Moscow in June, said the war must end.");
        assertTrue(visits(x).stream().anyMatch(v -> v.place() != null && label(x, v.place()).equals("Kyiv")), visits(x).toString());
        assertTrue(visits(x).stream().anyMatch(v -> v.place() != null && label(x, v.place()).equals("Moscow")), visits(x).toString());
    }

    @Test
    void tellingSomeoneByPhoneIsACall() {
        Extraction x = extract("date 2022-11-15 Talks\n\nPresident Ana Lenko told Prime Minister Ivo Marek by telephone on Monday "
                + "that the border would reopen. Lenko told reporters by phone that she was hopeful.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.mode() == Mode.PHONE && "2022-11-14".equals(m.date().iso())), meetings(x).toString());
        assertEquals(1, meetings(x).size(), meetings(x).toString());
    }

    @Test
    void aCompassWordOpeningTheSentenceBelongsToTheCountry() {
        Extraction x = extract("date 2023-04-20 Talks\n\nSouth Sudan's foreign ministry said the talks would resume on Monday.");
        assertEquals("South Sudan's foreign ministry", label(x, statementWith(x, "talks would resume").speaker()));
    }

    @Test
    void heInAPlaceClauseOfATripNounIsTheTraveller() {
        Extraction x = extract("date 2024-02-06 Talks\n\nSpokesman Jan Berg said Ivo Marek had dropped a planned stop in Lima, "
                + "where he had been expected to meet Foreign Minister Tomas Ruiz.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))
                && m.status() == Status.CANCELLED), meetings(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).contains("Jan Berg")
                || labels(x, m.participants()).contains("Karl Holm")), meetings(x).toString());
    }

    @Test
    void aSurnameSpeltLikeAMonthIsThePersonWhereThePersonActs() {
        Extraction x = extract("date 2018-11-20 Talks\n\nPrime Minister Karen May will travel to Oslo on Wednesday. Foreign "
                + "Minister Ivo Ruiz spoke to May by phone on Sunday. Jan Berg, who met May in Lima last Thursday, said talks "
                + "would resume in May.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Karen May"))
                && m.mode() == Mode.PHONE && "2018-11-18".equals(m.date().iso())), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Jan Berg", "Karen May"))
                && "2018-11-15".equals(m.date().iso())), meetings(x).toString());
    }

    @Test
    void anOfficeClosingTheSentenceIsItsActorsWhenBothAreMen() {
        Extraction x = extract("date 2022-03-10 Talks\n\nPrime Minister Karl Berg informed President Ivo Ruiz in a telephone call "
                + "on Sunday that the border would reopen, his office said. Berg is expected to travel to Lima next month to meet "
                + "Foreign Minister Tomas Marek, his office said.");
        assertEquals("Berg's office", label(x, statementWith(x, "Berg informed President").speaker()));
        assertEquals("Berg's office", label(x, statementWith(x, "expected to travel to Lima").speaker()));
    }

    @Test
    void talksFramingTheClauseOfTwoNamedSubjectsAreTheirMeeting() {
        Extraction x = extract("date 2022-03-10 President Ana Soto and Prime Minister Ivo Ruiz agreed on Wednesday to reopen "
                + "their embassies, after talks in Oslo.");
        Meeting m = meetings(x).get(0);
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(x, m.participants()));
        assertEquals("Oslo", label(x, m.place()));
        assertTrue(meetings(extract("date 2022-03-10 After negotiations, Ana Soto pleaded guilty to a lesser charge.")).isEmpty());
    }

    @Test
    void aTripOfAnotherTimeLendsAMeetingNoPlace() {
        Extraction x = extract("date 2022-03-10 Ana Soto met Ivo Ruiz on Monday. On Friday she will fly to Lima.");
        Meeting m = meetings(x).stream().filter(e -> e.status() == Status.OCCURRED).findFirst().orElseThrow();
        assertEquals(null, m.place());
    }
    @Test
    void aRoundOfTalksIsHeldTalks() {
        Extraction x = extract("date 2022-03-10 Chile and Peru held a second round of talks in Geneva on Saturday.");
        Meeting m = meetings(x).get(0);
        assertEquals(Set.of("Chile", "Peru"), labels(x, m.participants()));
        assertEquals("Geneva", label(x, m.place()));
    }
    @Test
    void recallingAnAmbassadorAndNamingAreNoAppeals() {
        Extraction recalled = extract("date 2022-03-10 Chile recalled its ambassador from Lima on Sunday after the border incident.");
        assertTrue(statements(recalled).isEmpty(), statements(recalled).toString());
        Extraction named = extract("date 2022-03-10 Ana Soto called the new tariff plan \"a disgrace\".");
        assertEquals(org.dragoman.model.SpeechAct.STATEMENT, statementWith(named, "tariff plan").act());
    }

    @Test
    void aCallThatHappenedAndTalksOfferedAreTwo() {
        Extraction x = extract("date 2022-03-10 Ana Soto spoke with Ivo Ruiz by phone on Saturday and offered to host talks in Lima.");
        Meeting call = firstCall(x);
        assertEquals(Status.OCCURRED, call.status());
        assertEquals(null, call.place());
    }
    @Test
    void hostingAndALaterPhoneCallAreTwoMeetings() {
        Extraction x = extract("date 2022-03-10 President Ana Soto hosted Chancellor Ivo Ruiz at her ranch in Ruritania last month "
                + "and spoke with him again by phone on Wednesday.");
        assertEquals(List.of(Mode.IN_PERSON, Mode.PHONE), meetings(x).stream().map(Meeting::mode).sorted().toList(), meetings(x).toString());
    }

    @Test
    void summonsAndDiscussionsWithANamedSideAreMeetings() {
        Extraction summoned = extract("date 2022-03-10 Foreign Minister Ana Soto summoned Peru's ambassador, Ivo Ruiz, on Tuesday.");
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(summoned, meetings(summoned).get(0).participants()));
        Extraction discussed = extract("date 2022-03-10 President Ana Soto discussed the crisis with Chancellor Ivo Ruiz by phone on Monday.");
        assertEquals(Mode.PHONE, meetings(discussed).get(0).mode());
        assertTrue(meetings(extract("date 2022-03-10 I discussed it with Ivo Ruiz at length.")).isEmpty());
    }

    @Test
    void meetingBetweenTwoTakesThePlaceHungOnTheSecond() {
        Extraction x = extract("date 2022-03-10 The deal followed a meeting between Foreign Minister Ana Soto and her "
                + "Peruvian counterpart Ivo Ruiz in Lima.");
        assertEquals("Lima", label(x, meetings(x).get(0).place()));
    }

    @Test
    void aMonthAfterTheArticleIsPlanned() {
        Extraction x = extract("date 2022-07-10 Ana Soto and Ivo Ruiz hold talks in Lima in October.");
        assertEquals(Status.PLANNED, meetings(x).get(0).status());
    }

    @Test
    void anotherSpeakersClauseEndsTheContent() {
        Extraction x = extract("date 2022-03-10 Ana Soto said on Tuesday that a vote could come next week, but opposition "
                + "leaders warned they would block the bill.");
        assertEquals("a vote could come next week", statementWith(x, "vote could come").content());
    }
    @Test
    void aTitleWithACountryIsThePersonTheArticleGivesThatTitle() {
        Extraction x = extract("date 2022-03-10 Chilean president begins visit to Peru\n\nChilean President Ana Soto arrived "
                + "in Lima on Monday for a two-day visit.");
        assertTrue(visits(x).stream().allMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Soto"))), visits(x).toString());
    }
    @Test
    void aHeadlineMeetingOfCountriesIsTheMeetingOfTheirPresidents() {
        Extraction x = extract("date 2022-03-10 Chilean and Peruvian leaders meet amid border row\n\nChilean President Ana "
                + "Soto met Peruvian President Ivo Ruiz in Lima on Friday.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(x, meetings(x).get(0).participants()));
    }

    @Test
    void aHeadlineOnALineOfItsOwnIsNoSubjectOfTheLede() {
        Extraction x = extract("date 2022-03-10 Chilean, Peruvian and Bolivian ministers hold three-way talks in Lima\nChilean "
                + "Foreign Minister Ana Soto and her Peruvian counterpart Ivo Ruiz held talks with Bolivian Foreign Minister "
                + "Tomas Marek in Lima on Monday, the first meeting of its kind.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz",
                "Tomas Marek"))), meetings(x).toString());
    }

    @Test
    void officialsSayingIsNoWordOfTheOneTheyTellOf() {
        Extraction x = extract("date 2008-11-20 Tomas Marek will travel to London next month for talks with Prime Minister "
                + "Gordon Ruiz, Pakistani officials said.");
        assertTrue(statements(x).isEmpty(), statements(x).toString());
        assertEquals(1, meetings(x).size(), meetings(x).toString());
    }

    @Test
    void aSummitBetweenTheTwoCountriesIsThePairMeetingInTheSameSentence() {
        Extraction x = extract("date 2012-05-10 Ruritanian Foreign Minister Ana Soto met her Borduria counterpart Ivo Ruiz in "
                + "Strel on Tuesday.\n\nAccording to the Ministry of External Affairs, Tomas Marek and Juan Lenko are expected "
                + "to meet in Tokyo in November for the annual summit between the two countries.");
        List<Meeting> planned = meetings(x).stream().filter(m -> m.status() == Status.PLANNED).toList();
        assertEquals(1, planned.size(), meetings(x).toString());
        assertEquals(Set.of("Tomas Marek", "Juan Lenko"), labels(x, planned.get(0).participants()));
    }

    @Test
    void aConversationToldSoonAfterACallIsThatCall() {
        Extraction x = extract("date 2020-07-10 Ruritanian President Ana Soto spoke by telephone with Borduria Prime "
                + "Minister Ivo Ruiz on Thursday, the presidency said.\n\nAccording to the presidency's readout, Soto and Ruiz "
                + "discussed deliveries of medical equipment.\n\nIn a Facebook post after the call, Ruiz said he had had a "
                + "productive conversation with Soto.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(Mode.PHONE, meetings(x).get(0).mode());
    }

    @Test
    void aConversationToldFurtherOnForTheDayOfACallIsThatCall() {
        Extraction x = extract("date 2020-07-10 Soto holds separate calls with Ruiz and Marek\n\nRuritanian President Ana Soto "
                + "spoke by telephone with Borduria Prime Minister Ivo Ruiz on Thursday and then with Tomas Marek, the "
                + "president of Elbonia, the presidency said.\n\nThe border between the three countries has been closed since "
                + "March, when the pandemic began, and trade across it has fallen by more than half, according to the "
                + "customs service of Borduria. Farmers on both sides have protested for weeks, blocking the main roads and "
                + "demanding compensation for the harvest they could not sell. The customs service said it was ready to "
                + "reopen two crossings as soon as the governments agreed on health checks for drivers.\n\nMarek said his "
                + "government wanted the crossings open before the end of the month, and that he had written to both "
                + "neighbours to propose a joint commission on health checks at the border.\n\nIn a post after the call, "
                + "Ruiz said he had had a productive conversation with Soto.");
        assertEquals(Set.of(Set.of("Ana Soto", "Ivo Ruiz"), Set.of("Ana Soto", "Tomas Marek")),
                meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet()), meetings(x).toString());
        assertEquals(2, meetings(x).size(), meetings(x).toString());
        assertTrue(meetings(x).stream().allMatch(m -> m.mode() == Mode.PHONE), meetings(x).toString());
    }

    @Test
    void talksHeldUpAreNoMeetingOfTheOneReporting() {
        Extraction x = extract("date 2020-07-10 Russian President Ana Soto spoke by telephone with Borduria Prime Minister "
                + "Ivo Ruiz on Thursday and then with Ruritanian President Tomas Marek, the Kremlin said, as the coronavirus "
                + "pandemic continues to hold up talks on the border conflict.");
        assertTrue(meetings(x).stream().allMatch(m -> m.participants().size() == 2), meetings(x).toString());
        assertEquals(2, meetings(x).size(), meetings(x).toString());
    }

    @Test
    void aVisitCalledOffIsTheTripOfTheOneCallingItOffWhateverTheParse() {
        Extraction x = extract("date 2022-03-10 Ana Soto arrived in Lima on Monday.\n\nGabriel Ruiz, meanwhile, called "
                + "off a visit to Quito planned for next week, citing the situation.");
        Visit quito = visits(x).stream().filter(v -> "Quito".equals(label(x, v.place()))).findFirst().orElseThrow();
        assertEquals(Set.of("Gabriel Ruiz"), labels(x, quito.visitors()));
        assertEquals(Status.CANCELLED, quito.status());
    }

    @Test
    void metOneThenTwoMoreIsThreeMeetings() {
        Extraction x = extract("date 2008-11-20 Ana Soto met Ivo Ruiz, then Prime Minister Tomas Marek and Foreign Minister "
                + "Juan Lenko on Wednesday, discussing security along the border.");
        assertEquals(Set.of(Set.of("Ana Soto", "Ivo Ruiz"), Set.of("Ana Soto", "Tomas Marek"), Set.of("Ana Soto", "Juan Lenko")),
                meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet()));
    }

    @Test
    void aRelativeClauseOnANounReportsNothing() {
        Extraction x = extract("date 2017-07-12 Ruritanian President Ivo Marek gave a speech on European defence in Strel on "
                + "Monday, in which he did not mention the budget proposal.");
        assertTrue(statements(x).isEmpty(), statements(x).toString());
    }

    @Test
    void aChineseGivenNameSpeltLikeAPronounIsPartOfTheName() {
        Extraction x = extract("date 2021-06-03 Trade Representative Ana Soto and Chinese Vice Premier Zhao He held their first "
                + "talks by video link on June 2.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(Set.of("Ana Soto", "Zhao He"), labels(x, meetings(x).get(0).participants()));
    }

    @Test
    void whoeverIsDueSomewhereForTalksHoldsThem() {
        Extraction x = extract("date 2022-10-05 Ana Soto is due in Lima later this month for talks with Foreign Minister Ivo "
                + "Ruiz on trade.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(x, meetings(x).get(0).participants()));
        assertEquals(Status.PLANNED, meetings(x).get(0).status());
    }

    @Test
    void aPlannedMeetingThatDidNotTakePlaceIsOfTheSubjectBefore() {
        Extraction x = extract("date 2022-10-05 In Quito on Friday, Ana Soto sat down with Foreign Minister Juan Lenko, but a "
                + "planned meeting with President Tomas Marek did not take place.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Tomas Marek"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().allMatch(m -> m.participants().size() == 2), meetings(x).toString());
    }

    @Test
    void aBodysStatementNamesTheBody() {
        Extraction x = extract("date 2019-12-05 Ana Soto invited Ivo Ruiz to pay a return visit to Lima in February, according "
                + "to a Peruvian government statement. The talks will resume in May, according to a Chilean foreign ministry "
                + "statement.");
        Statement invitation = statements(x).stream().filter(st -> st.cue().equals("according to")
                && st.content().contains("return visit")).findFirst().orElseThrow(() -> new AssertionError(statements(x).toString()));
        assertEquals("Ana Soto invited Ivo Ruiz to pay a return visit to Lima in February", invitation.content());
        assertEquals("Peruvian government", label(x, invitation.speaker()));
        assertEquals("Chilean foreign ministry", label(x, statementWith(x, "resume in May").speaker()));
    }

    @Test
    void aHeadlineMeetingTheBodyDatesOnAnotherDayThanTheLeadIsThatMeeting() {
        Extraction x = extract("date 2019-06-23 Leaders wrap up Lima summit; Soto and Ruiz meet on the sidelines\n\nLeaders of "
                + "the Acme Pact wrapped up their summit in Lima on Sunday.\n\nOn the sidelines of the summit on Saturday, "
                + "Ruritanian President Ana Soto held talks with Borduria's Prime Minister Ivo Ruiz.");
        List<Meeting> pair = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))).toList();
        assertEquals(1, pair.size(), meetings(x).toString());
        assertEquals("2019-06-22", pair.get(0).date().iso());
    }

    @Test
    void aCountryAloneWithAnUnnamedOtherSideMetNobody() {
        Extraction x = extract("date 2013-05-16 The last direct negotiations between Israel and the rebels broke down in 2010, "
                + "weeks after they were launched.");
        assertTrue(meetings(x).isEmpty(), meetings(x).toString());
    }

    @Test
    void whoeverAttendsAlongsideIsAtTheMeetingToo() {
        Extraction x = extract("date 2019-08-10 Prime Minister Ana Soto is expected to attend the leaders' meeting in Funafuti "
                + "alongside New Zealand's Prime Minister Ivo Ruiz.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(x, meetings(x).get(0).participants()));
    }

    @Test
    void theLeadersOfABlocAreNotItsSecretaryGeneral() {
        Extraction x = extract("date 2019-06-23 ASEAN Secretary-General Ana Soto said the bloc was united.\n\nIn a chairman's "
                + "statement issued at the close of the summit, ASEAN leaders said they had discussed the land reclamations.");
        Statement leaders = statementWith(x, "land reclamations");
        assertFalse(label(x, leaders.speaker()).equals("Ana Soto"), leaders.toString());
    }

    @Test
    void aJourneyAfterTalksLeadsAwayAndAMeetingVerbReportsNothing() {
        Extraction x = extract("date 2022-03-10 Ana Soto held talks with Ivo Ruiz on Friday, the first meeting between the two "
                + "since the election. She then travelled to Cusco.");
        Meeting m = meetings(x).get(0);
        assertEquals(null, m.place());
        assertTrue(statements(x).isEmpty(), statements(x).toString());
    }

    @Test
    void aCitySpeltAsTheTableSpellsItIsAPlaceWhereNerMissesIt() {
        Extraction x = extract("date 2022-03-10 Ana Soto, who will visit Kyiv next week, welcomed the agreement.");
        assertEquals("Kyiv", label(x, visits(x).get(0).place()));
    }

    @Test
    void accusedOfDoingWithThePredicateOnTheObject() {
        Extraction x = extract("date 2022-03-10 Peru's foreign ministry accused the group of delaying the release of the prisoners.");
        assertTrue(statementWith(x, "delaying the release").content().startsWith("the group"));
    }
    @Test
    void aHeadlineInfinitiveIsPlannedAndATripToldTwiceIsOne() {
        Extraction x = extract("date 2022-03-10 Chilean president to visit Peru for trade talks\n\nChilean President Ana Soto "
                + "will travel to Peru next week, her office announced on Friday.");
        assertEquals(1, visits(x).size(), visits(x).toString());
        assertEquals(Status.PLANNED, visits(x).get(0).status());
    }

    @Test
    void calledOnOthersToActIsAnAppeal() {
        Extraction x = extract("date 2022-03-10 Ana Soto met Ivo Ruiz in Lima. She also called on European allies to speed up "
                + "the delivery of vaccines.");
        Statement appeal = statementWith(x, "speed up the delivery");
        assertEquals(org.dragoman.model.SpeechAct.APPEAL, appeal.act());
        assertEquals("Ana Soto", label(x, appeal.speaker()));
    }
    @Test
    void aQuotationAfterASaidNameAttributionsFullStopIsHerNextStatement() {
        Extraction x = extract("date 2022-03-10 Ivo Ruiz spoke first.\n\n\"The talks will not resume soon,\" said Foreign "
                + "Minister Ana Soto. \"We are ready. The ball is in their court.\"");
        Statement st = statementWith(x, "talks will not resume");
        assertTrue(!st.content().contains("ball is in their court"), st.content());
        assertTrue(st.direct());
        assertEquals("Ana Soto", label(x, statementWith(x, "ball is in their court").speaker()));
    }
    @Test
    void aQuotationRightBeforeTheNameIsTheContentWhateverTheParse() {
        Extraction x = extract("date 2022-03-10 Ivo Ruiz arrived late.\n\n\"We have waited for this agreement for a very long "
                + "time, watching the talks stall, watching the promises fade, watching our neighbours lose patience,\" "
                + "Ana Soto said.");
        assertEquals("Ana Soto", label(x, statementWith(x, "waited for this agreement").speaker()));
    }
    @Test
    void aParticipleOfMannerAfterTheAttributionIsNotTheContent() {
        Extraction x = extract("date 2022-03-10 Ivo Ruiz spoke first.\n\n\"One of us ran against the old government,\" "
                + "Ana Soto said, invoking the last election.");
        Statement st = statementWith(x, "ran against the old government");
        assertEquals("Ana Soto", label(x, st.speaker()));
    }
    @Test
    void askedWhyTheSpeakerAnswersAndTheQuestionIsNotTheirs() {
        Extraction x = extract("date 2022-03-10 Asked why the border talks had failed, Foreign Minister Ana Soto said the other "
                + "side had walked away from the table.");
        assertEquals("Ana Soto", label(x, statementWith(x, "walked away").speaker()));
        assertTrue(statements(x).stream().noneMatch(st -> st.content().contains("had failed")), statements(x).toString());
    }
    @Test
    void aNameAskedAboutSomethingAnswersAndTheQuestionSaysNothing() {
        Extraction x = extract("date 2022-03-10 Defence Minister Ivo Ruiz, asked how Borduria might respond, said: "
                + "\"Frankly, they should stay out of it.\"");
        assertEquals("Ivo Ruiz", label(x, statementWith(x, "stay out of it").speaker()));
        assertTrue(statements(x).stream().noneMatch(st -> st.content().contains("might respond")), statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> st.cue().equals("respond")), statements(x).toString());
    }
    @Test
    void aParticipleAfterTheReportersVerbSpeaksForTheReporter() {
        Extraction x = extract("date 2022-03-10 The visit was arranged at the request of the Bordurian side, the Kremlin said, adding "
                + "that the two presidents would meet again next spring.");
        assertEquals("Kremlin", label(x, statementWith(x, "meet again next spring").speaker()));
    }
    @Test
    void tellingAVisitingMinisterIsMeetingAGuestAndTheClauseIsWhatWasTold() {
        Extraction x = extract("date 2022-03-10 On Sunday, Defence Minister Ivo Ruiz told visiting Bordurian Foreign Minister Ana Soto "
                + "that the border would stay closed.");
        assertEquals("the border would stay closed", statementWith(x, "border").content());
        assertTrue(x.events().stream().anyMatch(e -> e instanceof Visit v && v.visitors().size() == 1
                && label(x, v.visitors().get(0)).equals("Ana Soto")), x.events().toString());
        assertTrue(x.events().stream().anyMatch(e -> e instanceof Meeting m && m.participants().size() == 2), x.events().toString());
    }
    @Test
    void aCountrysTitleInTheLeadIsThePersonNamedLaterWithThatTitle() {
        Extraction x = extract("date 2022-03-10 LIMA, Peru — Peru's prime minister said Tuesday that rescue teams had reached the "
                + "flooded valleys.\n\n\"Everyone is working day and night,\" Prime Minister Ana Soto told reporters at her office. "
                + "Interior Minister Ivo Ruiz said roads were closed.");
        assertEquals("Ana Soto", label(x, statementWith(x, "flooded valleys").speaker()));
    }
    @Test
    void aQuotationAfterTheAttributionsFullStopIsAStatementOfItsOwn() {
        Extraction x = extract("date 2022-03-10 Foreign Minister Ana Soto met Ivo Ruiz in Lima.\n\n\"Sadly, we did not get an answer,\" "
                + "she said. \"I told the minister that our citizens are worried about their safety.\"");
        Statement first = statementWith(x, "did not get an answer");
        assertEquals("Ana Soto", label(x, first.speaker()));
        assertTrue(!first.content().contains("citizens"), first.content());
        assertEquals("Ana Soto", label(x, statementWith(x, "citizens are worried").speaker()));
    }
    @Test
    void aTrailingAttributionAfterADatelineReportsTheSentenceBeforeIt() {
        Extraction x = extract("date 2022-03-10 Talks resume\n\nLIMA — Peru will host a new round of border talks with "
                + "Chile next month, Peruvian Foreign Minister Ana Soto announced on Wednesday.");
        Statement st = statementWith(x, "will host a new round");
        assertEquals("Ana Soto", label(x, st.speaker()));
        assertTrue(st.content().startsWith("Peru will host"), st.content());
    }
    @Test
    void anAttributionInsideTheClauseKeepsTheClauseWholeWithoutIt() {
        Extraction x = extract("date 2022-03-10 Border talks\n\nThe talks, Foreign Minister Ana Soto said, will resume "
                + "next week in Lima. Such a deal, according to the Chilean government, is still months away.");
        Statement talks = statementWith(x, "will resume");
        assertEquals("Ana Soto", label(x, talks.speaker()));
        assertEquals("The talks will resume next week in Lima", talks.content());
        assertEquals("Such a deal is still months away", statementWith(x, "months away").content());
    }
    @Test
    void meetingsListedWithThenAreOneEachAndShareTheDateToldAfterThem() {
        // 2022-03-10 is a Thursday: "on Monday evening" is 2022-03-07.
        Extraction x = extract("date 2022-03-10 Before the summit, Ruritanian President Peter Holm met with Chilean President "
                + "Ivo Ruiz, then with Peruvian President Juan Soto, on Monday evening, the presidency said.");
        List<Meeting> ms = meetings(x);
        assertEquals(2, ms.size(), ms.toString());
        for (Meeting m : ms) {
            assertEquals(2, m.participants().size(), ms.toString());
            assertEquals("Peter Holm", label(x, m.participants().get(0)));
            assertEquals("2022-03-07", m.date().iso(), ms.toString());
        }
    }
    @Test
    void talksHeldWithOneThenAnotherAreTwoMeetings() {
        Extraction x = extract("date 2022-03-10 Chilean President Ivo Ruiz held talks with Peruvian President Juan Soto on "
                + "Thursday, then with Bolivian President Peter Holm.");
        List<Meeting> ms = meetings(x);
        assertEquals(2, ms.size(), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.participants().size() > 2), ms.toString());
    }
    @Test
    void talksHeldDuringAVisitAreTheVisitorsOwn() {
        Extraction x = extract("date 2022-03-10 Chilean President Ivo Ruiz paid a visit to Lima on Wednesday, holding talks "
                + "with Peruvian President Juan Soto on border security.");
        Meeting m = meetings(x).stream().filter(e -> e.participants().size() == 2).findFirst()
                .orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Set.of("Ivo Ruiz", "Juan Soto"), labels(x, m.participants()));
    }
    @Test
    void nextTuesdayDatesAPlannedTripAndABareWeekdayReportIsThePastOne() {
        // 2022-03-10 is a Thursday: next Tuesday is 2022-03-15; "warned Monday" is 2022-03-07.
        Extraction x = extract("date 2022-03-10 Chilean President Ivo Ruiz is due to travel to Lima next Tuesday. "
                + "Peruvian Trade Minister Ana Soto warned Monday that Peru would not sign the deal.");
        assertEquals("2022-03-15", visits(x).get(0).date().iso(), visits(x).toString());
        assertEquals("2022-03-07", statementWith(x, "would not sign").date().iso());
    }
    @Test
    void aClosingAttributionByAnInstitutionReportsTheWholeSentenceAndNotTheNextParagraph() {
        Extraction x = extract("date 2022-03-10 Border talks\n\nChilean President Ivo Ruiz met Peruvian President Juan Soto "
                + "in Lima on Monday to discuss the border, the Peruvian presidency said.\n\n"
                + "Peruvian Foreign Minister Ana Soto met Chilean Foreign Minister Maria Ruiz in Lima on Tuesday and agreed "
                + "to reopen the crossing, the Chilean government said.\n\n\"We have turned a page,\" Maria Ruiz told reporters.");
        Statement presidency = statementWith(x, "to discuss the border");
        assertEquals("Peruvian presidency", label(x, presidency.speaker()));
        assertTrue(presidency.content().startsWith("Chilean President Ivo Ruiz met"), presidency.content());
        Statement government = statementWith(x, "Lima on Tuesday and agreed to reopen");
        assertEquals("Chilean government", label(x, government.speaker()));
        assertTrue(government.content().startsWith("Peruvian Foreign Minister Ana Soto met"), government.content());
        assertEquals("Maria Ruiz", label(x, statementWith(x, "turned a page").speaker()));
    }
    @Test
    void aPronounContinuesTheOnlyPersonOfTheSentenceBeforeThoughTheLexiconKnowsNoGender() {
        Extraction x = extract("date 2025-03-12 Ports\n\nNAIROBI, March 12 (Reuters) - Japanese Foreign Minister Daichi "
                + "Morinaga met Kenyan Foreign Minister Grace Achieng in Nairobi on Wednesday, the Kenyan government said.\n\n"
                + "Morinaga, who is on a three-day tour of East Africa, arrived in Nairobi from Addis Ababa on Tuesday. "
                + "He is expected to meet President John Mwangi on Thursday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Daichi Morinaga", "John Mwangi"))),
                meetings(x).toString());
        assertTrue(statementWith(x, "met Kenyan Foreign Minister").content().startsWith("Japanese Foreign Minister"));
    }
    @Test
    void aCapitalThatAccusesSpeaksForItsStateButADatelineDoesNot() {
        Extraction x = extract("date 2022-03-10 Row over islands\n\nMoscow accused Oslo and Helsinki of \"ganging up\" "
                + "against it in the Arctic.\n\nLIMA — Peruvian Foreign Minister Ana Soto said the talks would resume.");
        Statement accused = statementWith(x, "ganging up");
        assertEquals("Russia", label(x, accused.speaker()));
        assertEquals("Ana Soto", label(x, statementWith(x, "talks would resume").speaker()));
    }
    @Test
    void aClauseSubjectTheParserMadeTheObjectStaysInTheContent() {
        Extraction x = extract("date 2022-03-10 Row over islands\n\nPeruvian Foreign Minister Ana Soto said Peru "
                + "\"firmly opposes\" any outside interference in the dispute.");
        assertTrue(statementWith(x, "firmly opposes").content().startsWith("Peru"), statements(x).toString());
    }
    @Test
    void aSecondHeadlineClauseToVisitIsPlannedAndAgreeingToReceiveIsNoMeetingYet() {
        Extraction x = extract("date 2022-03-10 Peru admits closing border; Chilean envoy Ivo Ruiz to visit Lima\n\n"
                + "Peruvian President Juan Soto has met with criticism for even agreeing to receive Ivo Ruiz. "
                + "The Chilean president has no plans to meet Peruvian Foreign Minister Ana Soto.");
        assertTrue(visits(x).stream().allMatch(v -> v.status() == Status.PLANNED), visits(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> m.status() == Status.OCCURRED), meetings(x).toString());
    }
    @Test
    void aPostOnAPlatformReportsWhatFollowsThatAndAQuotedPredicateStaysInTheContent() {
        Extraction x = extract("date 2022-03-10 Border talks\n\nOpposition leader Peter Holm wrote on X that the deal "
                + "\"piles new debt on old debt\" and urged parliament to reject it.\n\n"
                + "Ana Soto wrote on Telegram that the release was \"a humanitarian gesture\" and insisted that the trial had been fair.");
        assertTrue(statementWith(x, "piles new debt").content().startsWith("the deal"), statements(x).toString());
        assertTrue(statementWith(x, "the release was").content().contains("humanitarian gesture"), statements(x).toString());
    }
    @Test
    void aHeadlineMeetingTheBodyTellsWithACounterpartIsOneMeetingThatOccurred() {
        Extraction x = extract("date 2022-03-09 Chile, Peru agree to reopen border as foreign ministers meet in Lima\n\n"
                + "Chilean Foreign Minister Ana Soto held talks with her Peruvian counterpart Ivo Ruiz in Lima on Wednesday.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(Status.OCCURRED, meetings(x).get(0).status());
        Entity ruiz = x.entities().stream().filter(e -> e.label().equals("Ivo Ruiz")).findFirst().orElseThrow();
        assertTrue(ruiz.roles().stream().anyMatch(r -> r.title().equals("Foreign Minister") && label(x, r.ofEntity()).equals("Peru")),
                ruiz.roles().toString());
    }
    @Test
    void aFamilyNameWrittenFirstAndAnObjectPronounFollowTheVisitor() {
        Extraction x = extract("date 2025-06-18 Leaders meet\n\nKorean President Han Min-jun arrived in Lima on Tuesday "
                + "evening for a two-day visit. Peruvian President Juan Soto welcomed him at the palace on Wednesday morning, "
                + "and the two leaders then held about 90 minutes of talks.\n\nHan and Soto first met last October in Quito.");
        assertTrue(x.entities().stream().noneMatch(e -> e.label().equals("Han")), x.entities().toString());
        List<Meeting> ms = meetings(x);
        assertTrue(ms.stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Han Min-jun", "Juan Soto"))
                && m.date() != null && m.date().iso().equals("2025-06-18")), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.date() != null && m.date().iso().equals("2024-10")), ms.toString());
    }
    @Test
    void aClauseOfTimeIsNotPlannedByTheVerbAboveIt() {
        Extraction x = extract("date 2026-01-21 Talks\n\nThe channel was arranged after Chilean envoy Ana Soto visited Lima "
                + "in December and met Peruvian President Juan Soto.");
        assertTrue(x.events().stream().allMatch(e -> e.status() == Status.OCCURRED), x.events().toString());
        assertTrue(!meetings(x).isEmpty(), x.events().toString());
    }
    @Test
    void anAttributionBeforeACoordinatedPredicateReportsTheClauseBeforeIt() {
        Extraction x = extract("date 2022-03-10 Envoy received\n\nChilean Deputy Foreign Minister Ivo Ruiz received Peru's "
                + "ambassador in Santiago on Monday, the Chilean foreign ministry said, and told him that Chile remained ready to talk.");
        Statement st = statementWith(x, "received Peru's ambassador");
        assertEquals("Chilean foreign ministry", label(x, st.speaker()));
        assertTrue(st.content().endsWith("on Monday"), st.content());
    }
    @Test
    void talksATripIsForArePlannedWithItAndAMeetingCancelledLaterInTheSentenceIsCancelled() {
        Extraction x = extract("date 2025-04-15 Envoy in Lima\n\nChilean envoy Ana Soto is scheduled to arrive in Lima on "
                + "Wednesday for talks with Peruvian Foreign Minister Ivo Ruiz. She had also been due to meet Peruvian "
                + "President Juan Soto on Monday, but the meeting was cancelled.");
        assertTrue(meetings(x).stream().anyMatch(m -> m.status() == Status.PLANNED && m.date() != null
                && m.date().iso().equals("2025-04-16")), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> m.status() == Status.CANCELLED), meetings(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> m.status() == Status.OCCURRED), meetings(x).toString());
    }
    @Test
    void aCounterpartNamedByATitleAppositiveAndACourtesyCallAreMeetingsInPerson() {
        Extraction x = extract("date 2026-02-10 Defence talks\n\nOn Monday, Chilean Defence Minister Ivo Ruiz met his Peruvian "
                + "counterpart, Secretary of National Defense Juan Soto, in Lima. Ruiz also paid a courtesy call on Peruvian "
                + "President Ana Soto at the palace on Monday afternoon.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Juan Soto"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Ana Soto"))
                && m.mode() == Mode.IN_PERSON), meetings(x).toString());
    }
    @Test
    void aTripMeetingOnePersonInEachCityIsOneMeetingEachWithItsPlace() {
        Extraction x = extract("date 2025-08-22 Envoy tours\n\nEU envoy Maria Holm arrived in Brussels on Monday.\n\n"
                + "Last week, Holm travelled to Lima and Quito, meeting Peruvian President Juan Soto in Lima and "
                + "Ecuador's Prime Minister Ivo Ruiz in Quito.");
        List<Meeting> ms = meetings(x);
        assertTrue(ms.stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Maria Holm", "Juan Soto"))
                && label(x, m.place()).equals("Lima")), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Maria Holm", "Ivo Ruiz"))
                && label(x, m.place()).equals("Quito")), ms.toString());
        assertTrue(visits(x).stream().filter(v -> label(x, v.place()).equals("Brussels")).allMatch(v -> v.host() == null),
                visits(x).toString());
    }
    @Test
    void anUnnamedSourceTakenUpByTheNounIsNobodyNamedAndItsAccordingToIsNoContent() {
        Extraction x = extract("date 2025-11-16 Farm bill\n\nSenate Majority Leader Ana Soto has told colleagues that she "
                + "will not delay the vote again, according to a senior Republican aide. Soto met with Chief of Staff Ivo Ruiz "
                + "and Agriculture Secretary Juan Holm on Thursday, the aide said, to count votes.");
        assertEquals("she will not delay the vote again", statementWith(x, "will not delay").content());
        assertTrue(statements(x).stream().noneMatch(st -> st.content().contains("Soto met with")
                && List.of("Ivo Ruiz", "Juan Holm").contains(label(x, st.speaker()))), statements(x).toString());
    }
    @Test
    void aPronounAfterAReportedSentenceIsItsSpeakerNotTheNameItReported() {
        Extraction x = extract("date 2025-07-09 Briefing\n\nForeign ministry spokesman Ivo Ruiz opened the briefing. "
                + "Juan Soto will leave for Lima on Thursday to attend the ministers' meeting, Ruiz said.\n\n"
                + "\"The minister will then pay an official visit to Quito,\" he told reporters.");
        assertEquals("Ivo Ruiz", label(x, statementWith(x, "official visit to Quito").speaker()));
    }
    @Test
    void anObjectTheClosingAttributionSwallowedAndAPluralPronounStillMeet() {
        Extraction x = extract("date 2026-03-03 Envoys\n\nChile's special envoy, Ivo Ruiz, visited Lima last week and met "
                + "Juan Soto, Peru's foreign ministry said.\n\nAna Soto and Peter Holm first met in October in Quito. "
                + "They also talked by phone in January.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Juan Soto"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> m.mode() == Mode.PHONE
                && labels(x, m.participants()).equals(Set.of("Ana Soto", "Peter Holm"))), meetings(x).toString());
    }
    @Test
    void aChineseFamilyNameAloneIsThePersonNamedInFull() {
        Extraction x = extract("date 2026-05-27 Talks\n\nChinese Foreign Minister Wang Jianguo arrived in Lima on Tuesday. "
                + "Wang said China wanted more trade with Peru.");
        assertEquals("Wang Jianguo", label(x, statementWith(x, "more trade").speaker()));
    }
    @Test
    void aMeetingInTheSpeakersRelativeClauseLendsTheStatementNoPlaceOrDate() {
        Extraction x = extract("date 2025-07-03 Talks\n\nChilean Foreign Minister Ana Soto, who met Peruvian President "
                + "Juan Soto in Lima last month, wrote on X that the window for diplomacy was closing.");
        Statement st = statementWith(x, "window for diplomacy");
        assertEquals(null, st.place(), st.toString());
        assertEquals(null, st.date(), st.toString());
    }
    @Test
    void aNamedHearerBeforeAPhraseAndThatIsNoContentAndNoPlansForAMeetingDenyIt() {
        Extraction x = extract("date 2025-11-05 Call\n\nChilean Deputy Foreign Minister Ivo Ruiz told Reuters after the call "
                + "that Lima and Santiago \"share an understanding\" on the border. Presidential spokesman Juan Soto said "
                + "the Kremlin had no plans for a meeting between the Chilean and Peruvian presidents.");
        assertTrue(statementWith(x, "share an understanding").content().startsWith("Lima and Santiago"), statements(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> m.status() == Status.OCCURRED || m.status() == Status.PLANNED),
                meetings(x).toString());
    }
    @Test
    void aWeekdayBeforeAConjunctionIsTheComingOneForAPlan() {
        // 2026-02-10 is a Tuesday: the coming Wednesday is 2026-02-11.
        Extraction x = extract("date 2026-02-10 Envoy\n\nChilean envoy Ivo Ruiz is scheduled to meet Peruvian Foreign Minister "
                + "Juan Soto on Wednesday before leaving for Quito.");
        assertEquals("2026-02-11", meetings(x).get(0).date().iso(), meetings(x).toString());
    }
    @Test
    void aCountOfManyTalksIsNoSingleMeeting() {
        Extraction x = extract("date 2021-08-21 Leaders\n\nChilean President Ivo Ruiz and Peruvian President Juan Soto met in "
                + "Lima on Friday. Since taking office, they have held twelve telephone conversations.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(Mode.IN_PERSON, meetings(x).get(0).mode());
    }
    @Test
    void aDemonymNerMissedStillNamesTheBodysCountry() {
        Extraction x = extract("date 2026-01-21 Talks\n\nThe two ministers held several hours of talks in Abu Dhabi, the Emirati "
                + "foreign ministry said in a statement.");
        Statement st = statementWith(x, "held several hours of talks");
        assertTrue(label(x, st.speaker()).contains("foreign ministry"), label(x, st.speaker()));
    }
    @Test
    void aCitedSourceWithItsDateIsNoSignedQuotation() {
        Extraction x = extract("date 2026-03-04 Talks\n\nChilean Foreign Minister Ivo Ruiz met Peruvian President Juan Soto in "
                + "Lima.\n\nSources\n\n- \"Ruiz and Soto reject unilateral measures\" — Peru Daily, March 2, 2026");
        assertTrue(statements(x).stream().noneMatch(st -> st.content().contains("reject unilateral")), statements(x).toString());
    }
    @Test
    void aHeadlineTellingOneSideOfTheBodysMeetingIsThatMeeting() {
        Extraction x = extract("date 2025-09-13 Chilean president holds talks in Lima\n\nChilean President Ivo Ruiz held talks "
                + "with Peruvian President Juan Soto in Lima on Saturday.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(2, meetings(x).get(0).participants().size(), meetings(x).toString());
    }
    @Test
    void aPlaceNamedInADatelineKeepsTheNameAsWritten() {
        Extraction x = extract("date 2025-10-27 Leaders meet\n\nKUALA LUMPUR, Oct. 27 (Reuters) - Chilean President Ivo Ruiz "
                + "met Peruvian President Juan Soto on the sidelines of a summit in Kuala Lumpur on Monday.");
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Kuala Lumpur")), x.entities().toString());
    }
    @Test
    void anAgeBetweenCommasIsNoParentheticalAttribution() {
        Extraction x = extract("date 2022-03-10 Border talks\n\nAna Soto, 54, said, \"We are ready for talks.\"");
        assertEquals("We are ready for talks.", statementWith(x, "ready for talks").content());
    }
    @Test
    void separateTalksWithSeveralAreOneMeetingEach() {
        Extraction x = extract("date 2022-03-10 On the sidelines, Ana Soto held separate talks with Ivo Ruiz, Karl Berg and Eva Lind.");
        assertEquals(3, meetings(x).size(), meetings(x).toString());
        assertTrue(meetings(x).stream().allMatch(m -> m.participants().size() == 2 && labels(x, m.participants()).contains("Ana Soto")));
    }

    @Test
    void aCallBetweenTwoFramingAnotherClauseHasOnlyThoseTwo() {
        Extraction x = extract("date 2022-03-10 Peru offered to host the signing after a phone call between Ana Soto and Ivo Ruiz.");
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(x, meetings(x).get(0).participants()));
    }
    @Test
    void aJourneyAfterAMeetingInTheSameSentenceLendsItNoPlace() {
        Extraction x = extract("date 2022-03-10 Ana Soto is scheduled to meet Prime Minister Ivo Ruiz on Thursday before "
                + "travelling to Cusco.");
        Meeting m = meetings(x).get(0);
        assertEquals(null, m.place());
        assertTrue(visits(x).stream().allMatch(v -> v.host() == null), visits(x).toString());
    }
    @Test
    void stateVisitsStaysForTalksAndWelcomesToACity() {
        Extraction paid = extract("date 2022-03-10 Peruvian President Ana Soto paid a state visit to Japan last week.");
        assertEquals("Japan", label(paid, visits(paid).get(0).place()));
        Extraction stay = extract("date 2022-03-10 Chilean President Ana Soto is in Lima for talks with Peruvian President Ivo Ruiz.");
        Meeting talks = meetings(stay).get(0);
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(stay, talks.participants()));
        assertEquals("Lima", label(stay, talks.place()));
        Extraction welcomed = extract("date 2022-03-10 Prime Minister Ana Soto welcomed President Ivo Ruiz to Ottawa on Friday.");
        assertEquals("Ottawa", label(welcomed, meetings(welcomed).get(0).place()));
    }
    @Test
    void aSeatOfGovernmentSpeaksAndTheHearerIsNotSaid() {
        Extraction x = extract("date 2022-03-10 Downing Street said the prime minister had spoken to the Peruvian president.");
        assertEquals("Downing Street", label(x, statementWith(x, "had spoken to").speaker()));
        Extraction told = extract("date 2022-03-10 Secretary General Ana Soto told reporters the alliance would not be divided.");
        assertEquals("the alliance would not be divided", statementWith(told, "alliance would not").content());
    }
    @Test
    void metOneOnMondayAndAnotherOnTuesdayAreTwoMeetingsWithTheirDays() {
        Extraction x = extract("date 2026-04-10 Minister Ana Soto met her Danish counterpart Ivo Ruiz on Monday and Swedish "
                + "Foreign Minister Eva Lind on Tuesday.");
        assertEquals(2, meetings(x).size(), meetings(x).toString());
        assertEquals(Set.of("2026-04-06", "2026-04-07"), meetings(x).stream().map(m -> m.date().iso()).collect(Collectors.toSet()));
    }

    @Test
    void aDepartureForACityIsAVisitThereAndNotOfThePlaceLeft() {
        Extraction x = extract("date 2026-04-10 Foreign Minister Ana Soto left Lima for Quito on Thursday after two days of talks.");
        Visit v = visits(x).get(0);
        assertEquals(Set.of("Ana Soto"), labels(x, v.visitors()));
        assertEquals("Quito", label(x, v.place()));
        Extraction off = extract("date 2026-04-10 Foreign Minister Ana Soto left the ministry on Thursday.");
        assertTrue(visits(off).isEmpty(), visits(off).toString());
    }

    @Test
    void aMealSharedByTwoNamedSidesIsAMeetingAndASpeechAtADinnerIsNot() {
        Extraction x = extract("date 2026-04-10 On Wednesday, President Ana Soto had breakfast in Quito with Foreign Minister Ivo Ruiz.");
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(x, meetings(x).get(0).participants()));
        Extraction speech = extract("date 2026-04-10 President Ana Soto spoke at a dinner in Quito on Wednesday.");
        assertTrue(meetings(speech).isEmpty(), meetings(speech).toString());
    }

    @Test
    void thePairWhoseMeetingWasToldBeforeIsJoinedForLunch() {
        Extraction x = extract("date 2026-04-10 Minister Ana Soto arrived in Quito on Tuesday.\n\nOn Wednesday she met President "
                + "Ivo Ruiz at the palace. Soto's meeting with Ruiz lasted two hours. The two were later joined by Defence "
                + "Minister Eva Lind for a working lunch.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz", "Eva Lind"))),
                meetings(x).toString());
    }

    private static Entity person(Extraction x, String label) {
        return x.entities().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
    }

    @Test
    void aPossessiveCountryAndACounterpartAfterACommaGiveTheRolesCountry() {
        Extraction x = extract("date 2026-04-10 Peru's Foreign Minister Ivo Ruiz met his Chilean counterpart, Ana Soto, in Lima on Thursday.");
        assertTrue(person(x, "Ivo Ruiz").roles().stream().anyMatch(r -> "Peru".equals(label(x, r.ofEntity()))), person(x, "Ivo Ruiz").roles().toString());
        assertTrue(person(x, "Ana Soto").roles().stream().anyMatch(r -> r.title().equals("Foreign Minister") && "Chile".equals(label(x, r.ofEntity()))),
                person(x, "Ana Soto").roles().toString());
    }

    @Test
    void theMinistersOfTwoCountriesAreThePeopleGivenThoseRoles() {
        Extraction x = extract("date 2026-04-10 The trade ministers of Chile and Peru met in Lima on Thursday.\n\n"
                + "Chilean Trade Minister Ana Soto and her Peruvian counterpart, Ivo Ruiz, signed a customs protocol.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))),
                meetings(x).toString());
        Extraction counterpart = extract("date 2026-04-10 Chilean Foreign Minister Ana Soto met her Peruvian counterpart in Lima on Thursday.\n\n"
                + "Peruvian Foreign Minister Ivo Ruiz said the border would reopen.");
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(counterpart, meetings(counterpart).get(0).participants()));
    }

    @Test
    void thePairMeetingInTwoCitiesMetTwice() {
        Extraction x = extract("date 2026-04-10 Ana Soto and Ivo Ruiz met in Lima on Sunday.\n\n"
                + "Soto and Ruiz last met in Quito, at a forum that ended without agreement.");
        assertEquals(2, meetings(x).size(), meetings(x).toString());
    }

    @Test
    void thePerfectIsPastForItsWeekday() {
        Extraction x = extract("date 2026-04-10 Foreign Minister Ana Soto had spoken by telephone on Monday with her Peruvian counterpart Ivo Ruiz.");
        Meeting m = meetings(x).get(0);
        assertEquals(Status.OCCURRED, m.status());
        assertEquals("2026-04-06", m.date().iso());
    }

    @Test
    void aParticipleWithoutASubjectNamesNoSecondSide() {
        Extraction x = extract("date 2026-04-10 Memo\n\n\"After consulting with General Ivo Ruiz, we have identified the forces that "
                + "could move to the border,\" the memo read.");
        assertTrue(meetings(x).isEmpty(), meetings(x).toString());
    }

    @Test
    void arrivalsCapitalsCrossingsReturnsAndTownsOfAreVisits() {
        Extraction arrived = extract("date 2026-04-10 Commissioner Ana Soto arrived in Quito on Wednesday, the third stop on a tour of the region.");
        assertEquals("Quito", label(arrived, visits(arrived).get(0).place()));
        Extraction capital = extract("date 2026-04-10 President Ana Soto landed in Quito on Thursday, hours after President Ivo Ruiz arrived "
                + "in the Ecuadorian capital.");
        assertTrue(visits(capital).stream().anyMatch(v -> labels(capital, v.visitors()).equals(Set.of("Ivo Ruiz")) && "Quito".equals(label(capital, v.place()))),
                visits(capital).toString());
        Extraction crossed = extract("date 2026-04-10 Aid chief Ana Soto crossed into Chad from Sudan on Wednesday.");
        assertEquals("Chad", label(crossed, visits(crossed).get(0).place()));
        Extraction returned = extract("date 2026-04-10 Envoy Ana Soto returned from Quito on Saturday after a three-day visit.");
        assertEquals("Quito", label(returned, visits(returned).get(0).place()));
        Extraction town = extract("date 2026-04-10 On Thursday Minister Ana Soto toured the port city of Beira.");
        assertEquals("Beira", label(town, visits(town).get(0).place()));
        Extraction smugglers = extract("date 2026-04-10 Minister Ana Soto wants to stop smugglers from crossing into Chad.");
        assertTrue(visits(smugglers).isEmpty(), visits(smugglers).toString());
    }

    @Test
    void aWelcomeForAVisitIsAVisitWhereTheWelcomeWas() {
        Extraction x = extract("date 2026-04-10 Foreign Minister Ana Soto was welcomed in Quito on Thursday by Ivo Ruiz for a one-day visit.");
        assertTrue(visits(x).stream().anyMatch(v -> "Quito".equals(label(x, v.place()))), visits(x).toString());
    }

    @Test
    void aSubjectTheParserHungElsewhereAndACallTakenFromSomeone() {
        Extraction x = extract("date 2026-04-10 In an effort to cool tensions with Quito, Prime Minister Ana Soto held a telephone "
                + "conversation on Tuesday with Ecuadorian Foreign Minister Ivo Ruiz.");
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(x, meetings(x).get(0).participants()));
        Extraction call = extract("date 2026-04-10 Minister Ana Soto had also taken a call on Thursday from her Ecuadorian counterpart, Ivo Ruiz.");
        assertEquals(Mode.PHONE, meetings(call).get(0).mode());
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(call, meetings(call).get(0).participants()));
    }

    @Test
    void namesHungOnANearerNounOrListedAsIncludedAreTheSide() {
        Extraction x = extract("date 2026-04-10 Defence Secretary Ana Soto spoke by phone on Monday with the commander of the Acme Fleet, "
                + "Adm. Ivo Ruiz, who offered helicopters.");
        assertTrue(labels(x, meetings(x).get(0).participants()).contains("Ivo Ruiz"), meetings(x).toString());
        Extraction included = extract("date 2026-04-10 Envoy Ana Soto met with several members of the new council, including Ivo Ruiz, a former senator.");
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(included, meetings(included).get(0).participants()));
    }

    @Test
    void aHyphenatedSurnameAloneIsThePersonNamedInFull() {
        Extraction x = extract("date 2026-04-10 Trade\n\nNigerian Foreign Minister Chidinma Afolabi-Nnaji spoke by phone on Thursday with "
                + "her Ghanaian counterpart, Kofi Mensah Boateng.\n\nAfolabi-Nnaji is due to visit Accra next week for talks with Boateng.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Chidinma Afolabi-Nnaji"))), visits(x).toString());
    }

    @Test
    void aPronounIsNotTheNameLaterInItsSentence() {
        Extraction x = extract("date 2026-04-10 Foreign Minister Ana Soto landed in Quito on Wednesday.\n\n"
                + "On Thursday she toured the port city of Beira alongside Ecuadorian Foreign Minister Ivo Ruiz.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Soto")) && "Beira".equals(label(x, v.place()))),
                visits(x).toString());
    }

    @Test
    void whoeverTellsAMeetingIsAtItAndWhatIsNegotiatedIsNoSide() {
        Extraction x = extract("date 2026-04-10 Trade\n\n\"We stand with you,\" Minister Ana Soto told a joint news conference with Ivo Ruiz.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))),
                meetings(x).toString());
        Extraction deal = extract("date 2026-04-10 Trade\n\nPresident Ana Soto said Ruritania would push to negotiate trade agreements outside the bloc.");
        assertTrue(meetings(deal).isEmpty(), meetings(deal).toString());
    }

    @Test
    void aDelegationLedBySomeoneTravelsAsThatPerson() {
        Extraction x = extract("date 2026-04-10 Vote\n\nAn observer mission of the Acme Union, led by former foreign minister Ana Soto, "
                + "arrived in Quito on Tuesday.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Soto")) && "Quito".equals(label(x, v.place()))),
                visits(x).toString());
    }

    @Test
    void aRelativeWhoSpeaksAsThePersonItDescribes() {
        Extraction x = extract("date 2026-04-10 Talks\n\nMinister Ana Soto took a call from her Bordurian counterpart, Ivo Ruiz, who said "
                + "Borduria was ready to join the order.");
        assertEquals("Ivo Ruiz", label(x, statementWith(x, "ready to join").speaker()));
    }

    @Test
    void theHostAndTheGuestsAreWhomTheArticleToldHostingAndHosted() {
        Extraction x = extract("date 2026-04-10 Summit\n\nEcuadorian President Ana Soto hosted Bordurian Premier Ivo Ruiz and Sylvanian "
                + "Prime Minister Eva Lind at the palace in Quito.\n\nBoth guests arrived in the Ecuadorian capital on Sunday.\n\n"
                + "On Monday, Lind held bilateral talks with the host.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Ruiz", "Eva Lind"))), visits(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Eva Lind", "Ana Soto"))), meetings(x).toString());
    }

    @Test
    void separateCallsListedInOneSentenceAreOneCallEachAndEachKeepsItsOwnTitle() {
        Extraction x = extract("date 2026-04-10 Calls\n\nRuritanian Prime Minister Ana Soto spoke by phone on Tuesday with Bordurian Prime "
                + "Minister Ivo Ruiz, Sylvanian Prime Minister Eva Lind and Danish Prime Minister Lars Holm in separate calls.");
        assertEquals(3, meetings(x).size(), meetings(x).toString());
        Entity ruiz = person(x, "Ivo Ruiz");
        assertTrue(ruiz.roles().stream().noneMatch(r -> "Sylvania".equals(label(x, r.ofEntity()))), ruiz.roles().toString());
    }

    @Test
    void theLeaderOfACountryAndAMinisterWithALongTitleAreThePeopleGivenThoseRoles() {
        Extraction x = extract("date 2026-04-10 Summit\n\nIndian External Affairs Minister Ana Soto arrived in Tashkent on Monday.\n\n"
                + "Chilean President Ivo Ruiz spoke on Tuesday.\n\nThe Chilean leader also met the Indian minister on Tuesday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))),
                meetings(x).toString());
    }

    @Test
    void aReportedAsideDoesNotTakeOverTheTravellersPronoun() {
        Extraction x = extract("date 2026-04-10 Tour\n\nForeign Minister Ana Soto travelled to Lima on Monday, where she met President "
                + "Eva Lind.\n\nLind said Peru welcomed the investment.\n\nFrom Lima she flew on to Quito, where she met President Ivo Ruiz.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))),
                meetings(x).toString());
    }

    @Test
    void aTripUnderWayAndAnArrivalPlannedAreTwoVisitsAndACallLendsNoHost() {
        Extraction x = extract("date 2026-04-10 Trip\n\nForeign Minister Ana Soto, who is on a three-day visit to Peru and Chile, also "
                + "spoke by phone with Bolivian Foreign Minister Ivo Ruiz ahead of her planned arrival in Santiago on Wednesday.");
        assertTrue(visits(x).stream().anyMatch(v -> v.status() == Status.PLANNED && "Santiago".equals(label(x, v.place()))), visits(x).toString());
        assertTrue(visits(x).stream().anyMatch(v -> v.status() == Status.OCCURRED && "Peru".equals(label(x, v.place()))), visits(x).toString());
        assertTrue(visits(x).stream().noneMatch(v -> "Ivo Ruiz".equals(label(x, v.host()))), visits(x).toString());
    }

    @Test
    void leavingForOnesOwnCapitalIsGoingHomeAndANewsConferenceAloneIsNoMeeting() {
        Extraction x = extract("date 2026-04-10 Talks\n\nPeruvian Foreign Minister Ana Soto held talks in Quito on Tuesday.\n\n"
                + "Soto is expected to leave for Lima on Thursday morning.");
        assertTrue(visits(x).stream().noneMatch(v -> "Lima".equals(label(x, v.place()))), visits(x).toString());
        Extraction told = extract("date 2026-04-10 Talks\n\n\"We have turned a page,\" Minister Ana Soto told a news conference afterwards.");
        assertTrue(meetings(told).isEmpty(), meetings(told).toString());
    }

    @Test
    void aHostNamedByAParticipleIsTheHost() {
        Extraction x = extract("date 2026-04-10 Summit\n\nEcuadorian President Ana Soto, hosting the summit at the convention centre, "
                + "announced two new members.\n\nOn Thursday, Bordurian Premier Ivo Ruiz held bilateral talks with the host.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Ana Soto"))), meetings(x).toString());
    }

    @Test
    void aRegionsDemonymIsNoCountryAndWhoDeniesTalksIsASide() {
        Extraction x = extract("date 2026-04-10 Talks\n\nMinister Ana Soto is expected to see Ivo Ruiz at a meeting of South American "
                + "foreign ministers in Quito.");
        assertTrue(x.entities().stream().noneMatch(e -> e.label().equals("United States")), x.entities().toString());
        Extraction denied = extract("date 2026-04-10 Talks\n\nForeign Minister Ana Soto denied secret talks with Bordurian envoy Ivo Ruiz.");
        Meeting m = meetings(denied).get(0);
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(denied, m.participants()));
        assertEquals(Status.DENIED, m.status());
    }

    @Test
    void aStopMadeIsAVisitAndTheOnePersonGivenATitleIsTheTitledOne() {
        Extraction x = extract("date 2026-04-10 Tour\n\nPrime Minister Ana Soto made a brief stop in Quito on Monday.");
        assertEquals("Quito", label(x, visits(x).get(0).place()));
        Extraction pointed = extract("date 2026-04-10 Tour\n\nIvo Ruiz pointed to a recent campaign stop in Quito.");
        assertTrue(visits(pointed).isEmpty(), visits(pointed).toString());
        Extraction titled = extract("date 2026-04-10 Talks\n\nBordurian opposition leader Ana Soto arrived in Berlin on Monday.\n\n"
                + "The opposition leader was received on Tuesday by Chancellor Ivo Ruiz.");
        assertTrue(meetings(titled).stream().anyMatch(m -> labels(titled, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))),
                meetings(titled).toString());
    }

    @Test
    void aTitleSetOffByACommaIsTheNamesAndTheTitledSubjectIsTheWhereClausesHe() {
        Extraction x = extract("date 2026-04-10 Tour\n\nOn Tuesday, the United Nations Special Envoy for Borduria, Ivo Ruiz, arrived "
                + "in Quito.\n\nThe envoy began his tour on Sunday in Lima, where he was received by Peruvian Foreign Minister Ana Soto.");
        assertTrue(person(x, "Ivo Ruiz").roles().stream().anyMatch(r -> r.title().equals("Special Envoy")), person(x, "Ivo Ruiz").roles().toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Ana Soto"))), meetings(x).toString());
    }

    @Test
    void oneTitledPhraseMetSeparatelyIsOneMeetingForEachAndABodysChiefIsItsHead() {
        Extraction x = extract("date 2026-04-10 Talks\n\nChilean Foreign Minister Ivo Ruiz and Peruvian Foreign Minister Eva Lind "
                + "attended the assembly in Quito.\n\nAndean Commission Chairperson Luis Mora opened the session.\n\n"
                + "Soto met separately with the foreign ministers of Chile and Peru on Thursday.\n\n"
                + "Brazilian President Ana Soto also met with the Andean Commission chief.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Eva Lind"))), meetings(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> m.participants().size() > 2), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Luis Mora"))), meetings(x).toString());
    }

    @Test
    void andLaterWithIsASecondMeetingAndTheEarlyHoursOfADayAreThatDay() {
        Extraction x = extract("date 2026-03-09 Talks\n\nIn the early hours of Monday, Prime Minister Ana Soto sat down with Bordurian "
                + "President Ivo Ruiz and later with Chilean Foreign Minister Eva Lind.");
        Meeting first = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))).findFirst().orElseThrow();
        assertEquals("2026-03-09", first.date().iso());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Eva Lind"))), meetings(x).toString());
    }

    @Test
    void aCounterpartPhonedBeforeTheReportersCommaIsTheOneCalled() {
        Extraction x = extract("date 2026-04-10 Row\n\nChilean Foreign Minister Ivo Ruiz said on Monday that the measures were unfair.\n\n"
                + "The Bordurian Foreign Ministry said the measures were fair.\n\n"
                + "Foreign Minister Ana Soto had earlier phoned her Chilean counterpart, the ministry said, though it gave no details.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))),
                meetings(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> st.cue().equals("phoned")), statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> st.content().contains("phoned") && "Bordurian Foreign Ministry".equals(label(x, st.speaker()))),
                statements(x).toString());
    }

    @Test
    void aSurnameThatIsAlsoATownIsThePersonWithoutAPreposition() {
        Extraction x = extract("date 2026-04-10 Forum\n\nAustralian Prime Minister Graham Preston arrived on Tuesday.\n\n"
                + "Bordurian President Ana Soto held a bilateral meeting with Preston on Wednesday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Graham Preston"))), meetings(x).toString());
    }

    @Test
    void whoNamesTheSubjectOfAWhereClause() {
        Extraction x = extract("date 2026-04-10 Visit\n\nBordurian President Ivo Ruiz and Chilean President Luis Mora signed a treaty.\n\n"
                + "Ruiz, who arrived in Brussels on Thursday, also visited the alliance's headquarters, where he met its deputy "
                + "secretary-general, Thomas Lind.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Thomas Lind"))), meetings(x).toString());
    }

    @Test
    void aTitledNameAfterAnInvertedVerbSpeaks() {
        Extraction x = extract("date 2026-04-10 Vote\n\n\"The vote sent a clear message,\" said Peru's ambassador to the UN, "
                + "Ana Soto, who drafted the text.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().contains("clear message") && "Ana Soto".equals(label(x, st.speaker()))),
                statements(x).toString());
    }

    @Test
    void eachConjoinedPlaceIsAVisitAndAPurposeInfinitiveLendsItsSubject() {
        Extraction x = extract("date 2026-04-10 Tour\n\nPeruvian Foreign Minister Ana Soto is due to travel to Quito and Bogota next week.\n\n"
                + "Chilean Foreign Minister Ivo Ruiz said on Monday that trade had grown.\n\n"
                + "Soto visited Santiago last week to finalise the arrangements and held talks with Ruiz there.");
        Set<String> places = visits(x).stream().filter(v -> v.visitors().size() == 1).map(v -> label(x, v.place())).collect(Collectors.toSet());
        assertTrue(places.containsAll(Set.of("Quito", "Bogota")), visits(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))),
                meetings(x).toString());
    }

    @Test
    void aPossessiveAfterANamedSubjectIsTheSubjects() {
        Extraction x = extract("date 2026-04-10 Transition\n\nChilean Foreign Minister Ivo Ruiz was more cautious. He said the "
                + "suspension would stay.\n\nOutgoing President Luis Mora, who was not a candidate, has called off his planned trip "
                + "to Lima so that he can oversee the handover.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Luis Mora")) && v.status() == Status.CANCELLED),
                visits(x).toString());
        assertTrue(visits(x).stream().noneMatch(v -> labels(x, v.visitors()).contains("Ivo Ruiz")), visits(x).toString());
    }

    @Test
    void aReportedClauseCutBeforeItsModalGoesOn() {
        Extraction x = extract("date 2026-04-10 Sanctions\n\nForeign Minister Ana Soto spoke in Lima. She added that she hoped the "
                + "sanctions could be approved at a summit of Andean leaders on Friday.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().contains("could be approved")), statements(x).toString());
    }

    @Test
    void aHeadlineRunningWordsIntoANameLeavesTheNameItsOwn() {
        Extraction x = extract("date 2026-04-10 US, EU Envoys Meet Taliban in Oslo\n\nA European Union delegation met Taliban "
                + "representatives in the Norwegian capital on Tuesday, the envoys said. The meeting was the first since the talks "
                + "in March.\n\nTaliban spokesman Ahmad Noori said the group wanted more aid.");
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Taliban")), x.entities().toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.label().contains("Meet")), x.entities().toString());
    }

    @Test
    void aSecondThatClauseIsReportedToo() {
        Extraction x = extract("date 2026-04-10 Row\n\nChilean Foreign Minister Ivo Ruiz said in a statement he regretted the "
                + "incident and that police had opened an investigation.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().contains("regretted") && st.content().contains("opened an investigation")),
                statements(x).toString());
    }

    @Test
    void aMeetingTheParserRanIntoTheClosingAttributionKeepsItsSides() {
        Extraction x = extract("date 2026-04-10 Summit\n\nPeruvian President Ana Soto and Chilean President Ivo Ruiz attended the summit.\n\n"
                + "Soto and Ruiz held talks on the sidelines of the summit, a Peruvian presidency statement said, without giving details.\n\n"
                + "Soto spoke by telephone on Thursday with Bolivian President Luis Mora, who expressed support, the Peruvian presidency said.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Luis Mora"))), meetings(x).toString());
    }

    @Test
    void discussionsHeldWithSomeoneNamedAreAMeetingADiscussionOfIsNot() {
        Extraction x = extract("date 2026-04-10 Talks\n\nA Bordurian envoy, Ivo Ruiz, held discussions Sunday with Chilean intelligence "
                + "chief Luis Mora, according to security sources.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Ruiz", "Luis Mora"))), meetings(x).toString());
        Extraction of = extract("date 2026-04-10 Budget\n\nPrime Minister Ana Soto led a discussion of the budget on Sunday.");
        assertTrue(meetings(of).isEmpty(), meetings(of).toString());
    }

    @Test
    void travellingOnToOtherCitiesIsAVisitToEach() {
        Extraction x = extract("date 2026-04-10 Tour\n\nBordurian Foreign Minister Ana Soto is expected to arrive in Lima on Tuesday "
                + "before travelling to Quito and Bogota.");
        Set<String> places = visits(x).stream().map(v -> label(x, v.place())).collect(Collectors.toSet());
        assertTrue(places.containsAll(Set.of("Lima", "Quito", "Bogota")), visits(x).toString());
    }

    @Test
    void aDelegationWhichIncludedPeopleIsThosePeople() {
        Extraction x = extract("date 2026-04-10 Visit\n\nThe delegation, which included Peruvian Foreign Minister Ana Soto and Chilean "
                + "Trade Minister Ivo Ruiz, was received on Monday by Bolivian President Luis Mora.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz", "Luis Mora"))),
                meetings(x).toString());
    }

    @Test
    void whoeverHostsOrAddressesTheSummitToldBeforeTookPartInIt() {
        Extraction x = extract("date 2026-04-10 Summit\n\nLeaders of the Andean Community held a special summit by video conference on "
                + "Tuesday.\n\nPeruvian President Ana Soto hosted the meeting from Lima.\n\nChilean President Ivo Ruiz told the summit "
                + "that trade must keep flowing.\n\nBolivian President Luis Mora will host the next summit in May.");
        Meeting summit = meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Ana Soto")).findFirst().orElseThrow();
        assertTrue(labels(x, summit.participants()).containsAll(Set.of("Ana Soto", "Ivo Ruiz")), summit.toString());
        assertFalse(labels(x, summit.participants()).contains("Luis Mora"), summit.toString());
    }

    @Test
    void aNameMadeTheSubjectOfAPurposeClauseIsStillTheOneSpokenWithAndAJourneyForTalksLendsItsTraveller() {
        Extraction x = extract("date 2026-04-10 Crisis\n\nEU foreign policy chief Ana Soto later spoke by phone with Chilean Foreign "
                + "Minister Ivo Ruiz to brief him on the outcome.\n\nBolivian President Luis Mora was due to fly on to Paris on Tuesday "
                + "evening for talks with French Prime Minister Claire Dufresne on Wednesday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Luis Mora", "Claire Dufresne"))), meetings(x).toString());
    }

    @Test
    void fellowTravellersArriveTogetherAndTheTwoThenMeet() {
        Extraction x = extract("date 2026-04-10 Crisis\n\nFinnish Foreign Minister Ana Soto arrived in Tbilisi on Sunday together with "
                + "French Foreign Minister Ivo Ruiz.\n\nThe two ministers met Georgian President Luis Mora at his residence on Sunday "
                + "afternoon.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Soto", "Ivo Ruiz"))), visits(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz", "Luis Mora"))),
                meetings(x).toString());
    }

    @Test
    void followedByNamesMeetingsOfTheirOwnAndAMeetingMayBeWithSomeone() {
        Extraction x = extract("date 2026-04-10 Conference\n\nJapanese Prime Minister Ana Soto's first meeting of the day was with "
                + "Egyptian President Ivo Ruiz.\n\nSoto then received Kenyan President Luis Mora, followed by Ethiopian Prime Minister "
                + "Eva Lind and Mozambican President Carlos Mejia.");
        for (String other : List.of("Ivo Ruiz", "Luis Mora", "Eva Lind", "Carlos Mejia")) {
            assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", other))), other + " " + meetings(x));
        }
    }

    @Test
    void twoPeopleWhoDiscussedATopicMetAndTheTopicIsNoSide() {
        Extraction x = extract("date 2026-04-10 Talks\n\nPeruvian President Ana Soto and Chilean President Ivo Ruiz discussed Bolivia for "
                + "about 90 minutes on Monday.\n\nSoto and Ruiz are due to discuss trade again in May.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))
                && m.status() == Status.OCCURRED), meetings(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).contains("Bolivia")), meetings(x).toString());
    }

    @Test
    void aConjunctWithAModalGoesOnWithTheReportedClause() {
        Extraction x = extract("date 2026-04-10 Talks\n\nA spokesman for the president, Ivo Ruiz, said the leader was ready to share "
                + "power but would not accept the return of the junta.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().contains("would not accept")), statements(x).toString());
    }

    @Test
    void theDelegationIsTheOneLedBySomeoneJustBefore() {
        Extraction x = extract("date 2026-04-10 Visit\n\nThe visit followed a trip to Lima last month by a Chilean delegation led by "
                + "Foreign Minister Ivo Ruiz.\n\nPeruvian President Ana Soto received the delegation at her office.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))),
                meetings(x).toString());
    }

    @Test
    void bothForeignMinistersAreTheTwoTheStoryIsAbout() {
        Extraction x = extract("date 2026-04-10 Talks\n\nPeruvian Foreign Minister Ana Soto and Chilean Foreign Minister Ivo Ruiz agreed "
                + "on a text on Thursday. Soto called it historic. Ruiz said more work was needed.\n\nBolivian Foreign Minister Luis "
                + "Mora hosted the talks.\n\nU.S. Secretary of State Eva Lind spoke by phone with both foreign ministers on Friday.");
        // One call with each.
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Eva Lind", "Ana Soto"))), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Eva Lind", "Ivo Ruiz"))), meetings(x).toString());
    }

    @Test
    void briefingANamedPersonIsAMeetingBriefingReportersIsNot() {
        Extraction x = extract("date 2026-04-10 Tour\n\nAfter leaving Lima, Peruvian Foreign Minister Ana Soto made a brief trip to "
                + "Quito, where she briefed Ecuadorian Foreign Minister Ivo Ruiz on the negotiations.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))),
                meetings(x).toString());
        assertTrue(visits(x).stream().anyMatch(v -> "Quito".equals(label(x, v.place()))), visits(x).toString());
        Extraction reporters = extract("date 2026-04-10 Crisis\n\nPeruvian Foreign Minister Ana Soto briefed reporters on Monday.");
        assertTrue(meetings(reporters).isEmpty(), meetings(reporters).toString());
    }

    @Test
    void aHeadlineOfActingReportsNothing() {
        Extraction x = extract("date 2026-04-10 Borduria vows to fight new steel duties as trade row escalates\n\nBordurian Trade "
                + "Minister Ana Soto said on Monday that her country would challenge the duties.");
        assertTrue(statements(x).stream().noneMatch(st -> st.content().contains("new steel duties")), statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> st.content().contains("challenge the duties")), statements(x).toString());
    }

    @Test
    void aDinnerForHisGuestSeatsTheTravellerWithTheHost() {
        Extraction x = extract("date 2026-04-10 Tour\n\nBrazilian President Ana Soto arrived in Accra on Thursday for a tour of West "
                + "Africa.\n\nThe tour ends in Dakar, where Senegalese President Ivo Ruiz will host a working dinner for his guest on "
                + "Saturday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))),
                meetings(x).toString());
    }

    @Test
    void aMeetingThatOpensTheDayIsTheSubjectsMeeting() {
        Extraction x = extract("date 2026-04-10 Talks\n\nIndonesian Foreign Minister Ana Soto began the day with a breakfast meeting "
                + "with Australian Foreign Minister Ivo Ruiz.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))),
                meetings(x).toString());
    }

    @Test
    void aParticipleAfterAQuoteClosedOnItsCommaSpeaksForTheMainSubject() {
        Extraction x = extract("date 2026-04-10 Talks\n\nPresident Ana Soto told her cabinet on Tuesday that it was \"too early to be "
                + "optimistic,\" adding that the South would not lift sanctions on its own.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().contains("would not lift sanctions") && "Ana Soto".equals(label(x, st.speaker()))),
                statements(x).toString());
    }

    @Test
    void twoJoinedParticiplesAreTwoStatementsOfTheMainSubject() {
        Extraction x = extract("date 2026-04-10 Inauguration\n\nPeruvian President Ivo Ruiz was sworn in on Monday, promising to bring "
                + "peace to the east and saying he will never give up the islands.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("he will never give up") && "Ivo Ruiz".equals(label(x, st.speaker()))),
                statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> st.content().contains("east and saying")), statements(x).toString());
    }

    @Test
    void aTwoWordDemonymNamesTheMinistrysCountry() {
        Extraction x = extract("date 2026-04-10 Talks\n\nIn Pyongyang, a spokesman for the North Korean Foreign Ministry told the "
                + "state news agency that the next round would depend on Washington.");
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("North Korean Foreign Ministry")), x.entities().toString());
    }

    @Test
    void theTwoLeadersAreTheTwoPeopleTheStoryNamesMost() {
        Extraction x = extract("date 2024-03-12 Visit\n\nRuritanian Prime Minister Ivo Marek arrived in Szohod on Sunday for a "
                + "two-day visit.\n\nBordurian President Ana Lenko called the trip historic in a radio address. Marek said the "
                + "visit would open a new chapter.\n\nLenko has governed since 2019.\n\nThe two leaders held talks on Sunday "
                + "evening at the presidential palace, officials said.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Ana Lenko"))),
                meetings(x).toString());
        Extraction three = extract("date 2024-03-12 Visit\n\nRuritanian Prime Minister Ivo Marek arrived in Szohod on Sunday.\n\n"
                + "Bordurian President Ana Lenko called the trip historic. Sylvanian President Eva Lind welcomed it. Marek agreed."
                + "\n\nLenko has governed since 2019. Lind took office in 2020.\n\nThe two leaders held talks on Sunday evening.");
        assertTrue(meetings(three).isEmpty(), "three people named as often: no pair " + meetings(three));
        Extraction between = extract("date 2024-03-12 Visit\n\nRuritanian Prime Minister Ivo Marek arrived in Szohod on Sunday for "
                + "a two-day visit.\n\nBordurian President Ana Lenko called the trip historic in a radio address. Marek said the "
                + "visit would open a new chapter.\n\nLenko has governed since 2019.\n\nThe visit followed a telephone call "
                + "between the two leaders in July.");
        assertTrue(meetings(between).stream().anyMatch(m -> m.mode() == Mode.PHONE
                && labels(between, m.participants()).equals(Set.of("Ivo Marek", "Ana Lenko"))), meetings(between).toString());
    }
    @Test
    void aPersonNamedRightAfterALongTitleIsTheSideNotTheCountry() {
        Extraction x = extract("date 2024-03-12 Mediation\n\nIvo Marek, Ruritania's minister of state, was in Szohod on "
                + "Monday, where he held talks with Bordurian Minister of State for Foreign Affairs Ana Lenko.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Ana Lenko"))),
                meetings(x).toString());
        Extraction reporter = extract("date 2024-03-12 Talks\n\nAna Lenko met the Ruritanian ambassador, Ivo Marek said on Monday.");
        assertTrue(meetings(reporter).stream().noneMatch(m -> labels(reporter, m.participants()).contains("Ivo Marek")),
                "the name before its own verb reports: " + meetings(reporter));
    }
    @Test
    void welcomingAGuestToAPlaceIsTheGuestsVisit() {
        Extraction x = extract("date 2024-03-12 Talks\n\nRuritanian Foreign Minister Ana Lenko welcomed her Bordurian counterpart, "
                + "Ivo Marek, to Oslo on Tuesday for talks on fisheries.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek")) && "Oslo".equals(label(x, v.place()))
                && "Ana Lenko".equals(label(x, v.host()))), visits(x).toString());
        Extraction invited = extract("date 2024-03-12 Talks\n\nRuritanian Foreign Minister Ana Lenko invited her Bordurian "
                + "counterpart, Ivo Marek, to Oslo.");
        assertTrue(visits(invited).isEmpty(), "an invitation is no trip yet: " + visits(invited));
    }
    @Test
    void aQuoteBeforeSaidInAStatementAddressedToSomeoneIsTheContent() {
        Extraction x = extract("date 2024-03-12 Release\n\n\"I owe my freedom to all of you,\" Ivo Marek said in a statement "
                + "addressed to the Ruritanian people.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("I owe my freedom") && "Ivo Marek".equals(label(x, st.speaker()))),
                statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> st.content().startsWith("addressed")), statements(x).toString());
    }

    @Test
    void anAgreementToActIsNoStatement() {
        Extraction x = extract("date 2024-03-12 Border\n\nRuritanian President Ana Lenko and Bordurian President Ivo Marek agreed "
                + "on Thursday to reopen the border crossing at Szohod.");
        assertTrue(statements(x).isEmpty(), statements(x).toString());
    }

    @Test
    void heAfterATitledSubjectWithItsNameInAppositionIsThatPerson() {
        Extraction x = extract("date 2024-03-12 Mediation\n\nThe Ruritanian Union called for restraint. Its Secretary General, "
                + "Ivo Marek, said he would travel to Lima and Quito this week.");
        assertEquals(Set.of("Lima", "Quito"), visits(x).stream().filter(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek")))
                .map(v -> label(x, v.place())).collect(Collectors.toSet()), visits(x).toString());
    }

    @Test
    void aSpokespersonForABodySpeaksForIt() {
        Extraction x = extract("date 2024-03-12 Deal\n\nA spokeswoman for the European Commission said the bloc would examine "
                + "the agreement.");
        assertTrue(statements(x).stream().anyMatch(st -> "European Commission".equals(label(x, st.speaker()))), statements(x).toString());
    }

    @Test
    void theOneQuotedAsSayingSpeaks() {
        Extraction x = extract("date 2024-03-12 Talks\n\nThe Ruritanian news agency quoted Foreign Minister Ana Lenko as saying "
                + "that the talks would resume in May.");
        assertTrue(statements(x).stream().anyMatch(st -> "Ana Lenko".equals(label(x, st.speaker())) && st.content().startsWith("the talks")),
                statements(x).toString());
    }

    @Test
    void aPhraseAfterTheGerundOfAnAccusationBelongsToIt() {
        Extraction x = extract("date 2024-03-12 Dispute\n\nRuritanian Foreign Minister Ana Lenko accused Bordurian officials of "
                + "meddling in Ruritania's elections.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().endsWith("in Ruritania's elections")), statements(x).toString());
    }

    @Test
    void heContinuesTheNamedSpokesmanNotHisPrincipal() {
        Extraction x = extract("date 2024-03-12 Dispute\n\nIvo Marek's spokesman, Dragan Novak, accused the opposition of lying. "
                + "He said the government would not resign.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("the government would not resign")
                && "Dragan Novak".equals(label(x, st.speaker()))), statements(x).toString());
    }

    @Test
    void anInfinitiveAfterTheObjectOfAVerbOutsideTheLexiconReportsNothing() {
        Extraction x = extract("date 2024-03-12 Migration\n\nRuritanian President Ana Lenko on Thursday endorsed a plan to stem "
                + "the flow of migrants from Borduria.");
        assertTrue(statements(x).isEmpty(), statements(x).toString());
    }

    @Test
    void aBodyWithModifiersAfterItsCountrySpeaks() {
        Extraction x = extract("date 2024-03-12 Talks\n\nChile's interim government said it had not been consulted about the talks.");
        assertTrue(statements(x).stream().anyMatch(st -> "Chile's interim government".equals(label(x, st.speaker()))), statements(x).toString());
    }

    @Test
    void theDepartmentAndTheDemonymMinistryAreTheBodiesNamedBefore() {
        Extraction x = extract("date 2024-03-12 Talks\n\nThe Department of Foreign Affairs in Manila said the trip was postponed. "
                + "The department said the meeting had failed.\n\nAccording to the Chilean Foreign Ministry, the ministers discussed "
                + "trade. The Peruvian Foreign Ministry said the talks were useful. The Chilean ministry said the call focused on fisheries.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("the meeting had failed")
                && label(x, st.speaker()).startsWith("Department of Foreign Affairs")), statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("the call focused")
                && "Chilean Foreign Ministry".equals(label(x, st.speaker()))), statements(x).toString());
    }

    @Test
    void aCallTheRelativeClauseTellsOfIsStillACall() {
        Extraction x = extract("date 2024-03-12 Call\n\nOn Monday, Ruritanian Foreign Minister Ivo Marek received a phone call from "
                + "Bordurian Foreign Minister Ana Lenko, during which they discussed the border.");
        assertTrue(meetings(x).stream().anyMatch(m -> m.mode() == Mode.PHONE && labels(x, m.participants()).equals(Set.of("Ivo Marek", "Ana Lenko"))),
                meetings(x).toString());
    }

    @Test
    void acceptingAnInvitationToVisitIsAPlannedVisit() {
        Extraction x = extract("date 2024-03-12 Visit\n\nRuritanian President Ivo Marek accepted an invitation to visit Borduria "
                + "later this year.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek")) && "Borduria".equals(label(x, v.place()))
                && v.status() == Status.PLANNED), visits(x).toString());
    }

    @Test
    void theSubjectOfAReportedClauseAfterAnAppositionStaysInTheContent() {
        Extraction x = extract("date 2024-03-12 Visit\n\nAna Lenko said the emir of Ruritania, Sheikh Ivo Marek, would attend "
                + "Sunday's session.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("the emir of Ruritania")), statements(x).toString());
    }

    @Test
    void callingOnSomeoneWithNoInfinitiveIsACourtesyCall() {
        Extraction x = extract("date 2024-03-12 Visit\n\nRuritanian Foreign Minister Ivo Marek called on President Ana Lenko at the "
                + "presidential palace on Thursday.");
        assertTrue(meetings(x).stream().anyMatch(m -> m.mode() == Mode.IN_PERSON && labels(x, m.participants()).equals(Set.of("Ivo Marek", "Ana Lenko"))),
                meetings(x).toString());
        assertTrue(statements(x).isEmpty(), statements(x).toString());
        Extraction appeal = extract("date 2024-03-12 Appeal\n\nRuritanian Foreign Minister Ivo Marek called on President Ana Lenko to "
                + "release the prisoners.");
        assertTrue(meetings(appeal).isEmpty(), meetings(appeal).toString());
    }

    @Test
    void theMinisterOfACountryIsNoMinisterOfAnother() {
        Extraction x = extract("date 2024-03-12 Talks\n\nSANTIAGO — Dr Ivo Marek, Minister of State for Foreign Affairs, yesterday "
                + "received a Peruvian delegation led by Peru's Minister for Trade, Hon. Ana Lenko.\n\nFor his part, the Peruvian "
                + "minister praised the role of Chile and affirmed Peru's desire to attract more investment.");
        assertTrue(statements(x).stream().noneMatch(st -> st.content().startsWith("Peru's desire") && "Ivo Marek".equals(label(x, st.speaker()))),
                statements(x).toString());
    }

    @Test
    void theSpeakerOfAParticipleFramedByTalksTookPartInThem() {
        Extraction x = extract("date 2024-03-12 Talks\n\nSpeaking after talks with Peruvian Foreign Minister Ana Lenko in Lima on "
                + "Monday, Chilean Foreign Minister Ivo Marek said the border would reopen.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Ana Lenko"))), meetings(x).toString());
    }

    @Test
    void whomSomeoneWroteToIsNoContentAndAPlanIsNoStatement() {
        Extraction x = extract("date 2024-03-12 Letter\n\nRuritanian Foreign Minister Ivo Marek wrote to both ministers in August, "
                + "urging them to lower the temperature. He plans to travel to Lima next week.");
        assertTrue(statements(x).stream().noneMatch(st -> st.content().startsWith("to both ministers")), statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> st.content().equals("them to lower the temperature")), statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> st.content().startsWith("to travel")), statements(x).toString());
    }

    @Test
    void aPersonsOfficeSpeaksForItself() {
        Extraction x = extract("date 2024-03-12 Border\n\nPrime Minister Ivo Marek spoke with his counterpart on Sunday. The two "
                + "agreed to withdraw troops from the border, Marek's office said.");
        assertTrue(statements(x).stream().anyMatch(st -> "Marek's office".equals(label(x, st.speaker()))), statements(x).toString());
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Ivo Marek")), x.entities().toString());
    }

    @Test
    void aWishJoinedToTheReportedClauseIsPartOfIt() {
        Extraction x = extract("date 2024-03-12 Summit\n\nIn Lima, foreign ministry spokeswoman Ana Lenko said Peru was open to the "
                + "summit and hoped Chile would respect its concerns.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("Peru was open") && st.content().endsWith("its concerns")),
                statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> st.cue().equals("hoped")), statements(x).toString());
    }

    @Test
    void aVisitNounThatNamesNobodyIsTheTripOfTheLastTraveller() {
        Extraction x = extract("date 2024-03-12 Tour\n\nRuritanian Foreign Minister Ana Lenko arrived in Lima on Monday for talks "
                + "on fisheries.\n\nA planned trip to Quito was called off because of the floods.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Lenko")) && "Quito".equals(label(x, v.place()))
                && v.status() == Status.CANCELLED), visits(x).toString());
    }

    @Test
    void aTripDueToBeMadeIsPlannedToEachPlaceNamed() {
        Extraction x = extract("date 2024-03-12 Tour\n\nChilean Foreign Minister Ana Lenko met Ivo Marek in Lima on Monday. She is "
                + "due to travel to Egypt and Tunisia next month.");
        Set<String> places = visits(x).stream().filter(v -> labels(x, v.visitors()).equals(Set.of("Ana Lenko")) && v.status() == Status.PLANNED)
                .map(v -> label(x, v.place())).collect(Collectors.toSet());
        assertEquals(Set.of("Egypt", "Tunisia"), places, visits(x).toString());
    }

    @Test
    void anOfficesOwnerKeepsTheFullNameAndATripOfOthersIsNotTheLastTravellers() {
        Extraction x = extract("date 2024-03-12 Talks\n\nSpeaker Ivo Marek's office announced on Friday that Marek will meet Ana "
                + "Lenko next week.");
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Ivo Marek")), x.entities().toString());
        Extraction play = extract("date 2024-03-12 Tour\n\nRuritanian Foreign Minister Ana Lenko arrived in Lima on Monday.\n\nA "
                + "Ruritanian theatre company will tour Peru and make stops in Quito.");
        assertTrue(visits(play).stream().noneMatch(v -> "Quito".equals(label(play, v.place()))), visits(play).toString());
    }

    @Test
    void theAttendeesOfAPassiveHostedAndAttendedByMeetTheHost() {
        Extraction x = extract("date 2024-03-08 Ana Soto flew to Lima on Wednesday for the ceremony, which was hosted by Ruritanian "
                + "President Ivo Kranj and attended by Bordurian Foreign Minister Eva Lind and Sylvanian Prime Minister Paul Meyer.");
        Meeting m = meetings(x).stream().filter(e -> e.participants().size() > 1).findFirst().orElseThrow();
        assertEquals(Set.of("Ivo Kranj", "Eva Lind", "Paul Meyer"), labels(x, m.participants()));
    }

    @Test
    void aMeetingAndACallInOneSentenceAreTwoWithThePairTheSentenceNamed() {
        Extraction x = extract("date 2024-03-08 Paul Meyer met Eva Lind twice on Thursday at the Grand Hotel, and the two men spoke "
                + "again by phone late that night.");
        List<Meeting> all = meetings(x);
        assertEquals(Set.of(Mode.IN_PERSON, Mode.PHONE), all.stream().map(Meeting::mode).collect(Collectors.toSet()), all.toString());
        all.forEach(m -> assertEquals(Set.of("Paul Meyer", "Eva Lind"), labels(x, m.participants())));
    }

    @Test
    void oneWhoFlewInArrivedAtTheDatelinesPlaceAndWentIntoTalks() {
        Extraction x = extract("date 2024-03-08 Meyer arrives for talks\nLIMA — Bordurian Foreign Minister Paul Meyer flew in on "
                + "Sunday night and went straight into talks with Eva Lind, Peru's foreign minister, at the ministry in Lima.");
        Visit v = x.events().stream().filter(Visit.class::isInstance).map(Visit.class::cast).findFirst().orElseThrow();
        assertEquals("Lima", label(x, v.place()));
        assertEquals(List.of(Set.of("Paul Meyer", "Eva Lind")), meetings(x).stream().map(m -> labels(x, m.participants())).toList());
        Extraction home = extract("date 2024-03-08 Lind returns\nLIMA — Peruvian Foreign Minister Eva Lind flew in on Sunday night "
                + "after a week at the United Nations in New York, a spokesman in Lima said.");
        assertTrue(home.events().stream().noneMatch(e -> e instanceof Visit visit && "Lima".equals(label(home, visit.place()))),
                home.events().toString());
    }

    @Test
    void aDatelineUnderAHeadlineEndingInItsPlaceIsThatPlace() {
        Extraction x = extract("date 2024-03-08 Meyer meets Lind in Lima\nLIMA, Peru — Bordurian Foreign Minister Paul Meyer, who "
                + "flew in early Monday, met Peruvian Foreign Minister Eva Lind at the ministry.");
        assertTrue(x.entities().stream().noneMatch(e -> e.label().toLowerCase(java.util.Locale.ROOT).contains("lima lima")),
                x.entities().toString());
        Visit v = x.events().stream().filter(Visit.class::isInstance).map(Visit.class::cast).findFirst().orElseThrow();
        assertEquals(Set.of("Paul Meyer"), labels(x, v.visitors()));
        assertEquals("lima", label(x, v.place()).toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void theTwoOfAReportedClauseAreThePairBeforeNotTheReporter() {
        Extraction x = extract("date 2024-03-08 Paul Meyer and Eva Lind met in Lima on Monday for three hours.\n\nOmar Farid, the "
                + "mediator, said the two candidates would meet again early next week.");
        Meeting next = meetings(x).stream().filter(m -> m.status() == Status.PLANNED).findFirst().orElseThrow();
        assertEquals(Set.of("Paul Meyer", "Eva Lind"), labels(x, next.participants()));
    }

    @Test
    void twoPeopleWhoSatDownTogetherMet() {
        Extraction x = extract("date 2024-03-08 Paul Meyer and Eva Lind also sat down together on Saturday evening at the "
                + "ambassador's residence.");
        assertEquals(List.of(Set.of("Paul Meyer", "Eva Lind")), meetings(x).stream().map(m -> labels(x, m.participants())).toList());
    }

    @Test
    void thePurposeOfASitDownIsNoStatement() {
        Extraction x = extract("date 2024-03-08 Late on Saturday, Paul Meyer and Eva Lind sat down with Omar Farid at a hotel near "
                + "the airport to review the slow implementation of the peace agreement.");
        assertEquals(List.of(), statements(x));
        assertFalse(meetings(x).isEmpty());
    }

    @Test
    void counterpartsMetInSequenceOrBackToBackAreMeetingsOfTheirOwn() {
        for (String text : List.of("On Wednesday morning, Paul Meyer met Eva Lind and later Omar Farid, an official said.",
                "Paul Meyer then held back-to-back meetings with Eva Lind and Omar Farid in Lima.",
                "Paul Meyer held bilateral talks with Eva Lind and Omar Farid on the sidelines of the summit.")) {
            Extraction x = extract("date 2024-03-08 " + text);
            assertEquals(Set.of(Set.of("Paul Meyer", "Eva Lind"), Set.of("Paul Meyer", "Omar Farid")),
                    meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet()), text);
        }
    }

    @Test
    void dueAtAPlaceIsAPlannedVisitButDueBackHomeIsNot() {
        Extraction x = extract("date 2024-03-08 Paul Meyer, the Bordurian foreign minister, is due in Lima on Wednesday for talks.");
        Visit v = x.events().stream().filter(Visit.class::isInstance).map(Visit.class::cast).findFirst().orElseThrow();
        assertEquals(Set.of("Paul Meyer"), labels(x, v.visitors()));
        assertEquals("Lima", label(x, v.place()));
        assertEquals(Status.PLANNED, v.status());
        Extraction home = extract("date 2024-03-08 Peruvian Foreign Minister Eva Lind is due back in Lima on Friday.");
        assertTrue(home.events().stream().noneMatch(Visit.class::isInstance), home.events().toString());
    }

    @Test
    void aProvinceNamedBeforeItsKindIsThePlaceVisited() {
        Extraction x = extract("date 2024-03-08 Paul Meyer visited Peru's devastated Piura province on Wednesday.");
        Visit v = x.events().stream().filter(Visit.class::isInstance).map(Visit.class::cast).findFirst().orElseThrow();
        assertEquals("Piura", label(x, v.place()));
        // A name no model knows is still the place its kind names.
        Extraction made = extract("date 2024-03-08 Paul Meyer toured flood-ravaged Quorvath province on Saturday.");
        Visit toured = made.events().stream().filter(Visit.class::isInstance).map(Visit.class::cast).findFirst().orElseThrow();
        assertEquals("Quorvath", label(made, toured.place()));
    }

    @Test
    void anHourSpentWithSomeoneIsAMeeting() {
        Extraction x = extract("date 2024-03-08 Paul Meyer flew in from Oslo on Friday morning and spent an hour with Eva Lind at the "
                + "party's headquarters.");
        assertEquals(List.of(Set.of("Paul Meyer", "Eva Lind")), meetings(x).stream().map(m -> labels(x, m.participants())).toList());
        Extraction budget = extract("date 2024-03-08 Paul Meyer spent two years with the Acme Bank before he joined the government.");
        assertTrue(meetings(budget).isEmpty(), meetings(budget).toString());
    }

    @Test
    void aSummitThatBroughtTogetherSeveralLeadersIsTheirMeeting() {
        Extraction x = extract("date 2024-03-08 The summit in Lima brought together Paul Meyer, Eva Lind and Omar Farid on Thursday.");
        assertEquals(List.of(Set.of("Paul Meyer", "Eva Lind", "Omar Farid")), meetings(x).stream().map(m -> labels(x, m.participants())).toList());
    }

    @Test
    void aCountryAndACityOfAnotherCountryAreTwoTrips() {
        Extraction x = extract("date 2024-03-08 Paul Meyer, who arrived in Norway on Monday, flew to Stockholm on Tuesday and held talks "
                + "with Eva Lind.");
        Set<String> places = x.events().stream().filter(Visit.class::isInstance).map(Visit.class::cast)
                .map(v -> label(x, v.place())).collect(Collectors.toSet());
        assertEquals(Set.of("Norway", "Stockholm"), places);
    }

    @Test
    void aCourtesyTitleWithoutAFullStopIsNoPartOfTheName() {
        Extraction x = extract("date 2024-03-08 Paul Meyer met Eva Lind in Lima on Monday.\n\nMr Meyer and Ms Lind had last met in "
                + "Oslo in 2019, a Peruvian official said.");
        Meeting earlier = meetings(x).stream().filter(m -> m.date() != null && m.date().iso().startsWith("2019")).findFirst().orElseThrow();
        assertEquals(Set.of("Paul Meyer", "Eva Lind"), labels(x, earlier.participants()));
    }

    @Test
    void aGroupThatMetAndLeftIsReadWithoutReadingItselfAgain() {
        // The group is the subject of the meeting verb and of its conjunct: reading its pair must not ask for it again.
        Extraction x = assertDoesNotThrow(() -> extract("date 2024-03-08 Three envoys of the Acme Union left Oslo last night without "
                + "a deal, at the end of their second mission in a week.\n\nOn their first visit, on March 2, the three envoys met Paul "
                + "Meyer and Eva Lind separately, but left without an agreement."));
        assertTrue(x.events().stream().noneMatch(e -> e instanceof Meeting m && m.participants().size() < 2), x.events().toString());
    }

    @Test
    void aMeetingAVerbMayBringAboutIsHypotheticalAndTheTwoLeadersAreItsSides() {
        Extraction x = extract("date 2024-03-08 The visit could set the stage for a meeting between Marta Novak and Omar Farid in Lima "
                + "in November.\n\nThe two leaders last met in Oslo last year.");
        Meeting ahead = meetings(x).stream().filter(m -> m.status() != Status.OCCURRED).findFirst().orElseThrow();
        assertEquals(Status.HYPOTHETICAL, ahead.status());
        assertEquals("2024-11", ahead.date().iso(), "November told in March is the coming one");
        Meeting last = meetings(x).stream().filter(m -> m.status() == Status.OCCURRED).findFirst().orElseThrow();
        assertEquals(Set.of("Marta Novak", "Omar Farid"), labels(x, last.participants()));
        assertEquals("Oslo", label(x, last.place()));
    }

    @Test
    void aTripDueToBeMadeByWhomARelativeClauseDescribes() {
        Extraction x = extract("date 2024-03-08 Borduria's president, Eva Lind, who is due to visit Oslo next month, said the alliance "
                + "stood ready.");
        Visit v = x.events().stream().filter(Visit.class::isInstance).map(Visit.class::cast).findFirst().orElseThrow();
        assertEquals(Set.of("Eva Lind"), labels(x, v.visitors()));
        assertEquals("Oslo", label(x, v.place()));
        assertEquals(Status.PLANNED, v.status());
    }

    @Test
    void whoAnnouncedAtTheCloseOfASummitWasAtIt() {
        Extraction x = extract("date 2024-03-08 Ruritanian President Ana Soto announced the accord at the close of a three-day summit "
                + "in Lima.");
        Meeting m = meetings(x).get(0);
        assertTrue(labels(x, m.participants()).contains("Ana Soto"), m.toString());
        assertEquals("Lima", label(x, m.place()));
    }

    @Test
    void aMeetingSomeoneWasDueToHoldAfterAnother() {
        Extraction x = extract("date 2024-03-08 In the capital, Ana Soto was received by Prime Minister Paul Meyer and was due to "
                + "meet Foreign Minister Ivo Ruiz later in the day.");
        Meeting due = meetings(x).stream().filter(m -> m.status() == Status.PLANNED).findFirst().orElseThrow();
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(x, due.participants()));
    }

    @Test
    void heIsTheOneWhoSaidItNotTheGuestOfHisParticiple() {
        Extraction x = extract("date 2024-03-08 Paul Meyer arrived in Oslo on Monday and held talks with the prime minister.\n\n"
                + "Omar Farid, hosting Paul Meyer at the palace, said he was prepared to talk with Ivo Ruiz.");
        Meeting talk = meetings(x).stream().filter(m -> m.status() != Status.OCCURRED).findFirst().orElseThrow();
        assertEquals(Set.of("Omar Farid", "Ivo Ruiz"), labels(x, talk.participants()));
    }

    @Test
    void theirFirstMeetingIsThePairThatHeldTalks() {
        Extraction x = extract("date 2024-03-08 Omar Farid held talks with Ivo Ruiz on the sidelines, the Sylvanian presidency said, "
                + "their first meeting since 2011.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(Set.of("Omar Farid", "Ivo Ruiz"), labels(x, meetings(x).get(0).participants()));
    }

    @Test
    void aPlaceRunIntoTheNameAfterATitleForItIsTrimmed() {
        Extraction x = extract("date 2024-03-08 The special envoy for Venezuela Ana Soto met Ivo Ruiz in Lima on Monday.");
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Ana Soto")), x.entities().toString());
    }

    @Test
    void anAgencyAfterThePersonThatClosedTheClauseReports() {
        Extraction x = extract("date 2024-03-08 Ana Soto arrived in Lima on Thursday and was received at the airport by the deputy "
                + "governor of the province, Ivo Ruiz, the Ruritanian News Agency reported.");
        Statement st = statements(x).get(0);
        assertEquals("Ruritanian News Agency", label(x, st.speaker()));
    }

    @Test
    void lookingForwardToMeetingSomeoneIsAPlannedMeeting() {
        Extraction x = extract("date 2024-03-08 Eva Lind said she looked forward to meeting Omar Farid soon.");
        Meeting m = meetings(x).get(0);
        assertEquals(Set.of("Eva Lind", "Omar Farid"), labels(x, m.participants()));
        assertEquals(Status.PLANNED, m.status());
    }

    @Test
    void whatWasSaidDuringTheirMeetingTellsThatMeeting() {
        Extraction x = extract("date 2024-03-08 Ana Soto warned the Bordurian leader, Ivo Ruiz, during their recent meeting in Lima "
                + "not to move troops, an official said.");
        Meeting m = meetings(x).get(0);
        assertEquals(Set.of("Ana Soto", "Ivo Ruiz"), labels(x, m.participants()));
        assertEquals("Lima", label(x, m.place()));
    }

    @Test
    void oneWhoArrivedWithNoPlaceArrivedAtTheDatelinesPlace() {
        Extraction x = extract("date 2024-03-08 Summit opens\nLIMA, Peru — Bordurian President Paul Meyer, who arrived on Thursday, "
                + "met Peruvian President Eva Lind at the palace. Karl Berg landed late on Wednesday.");
        assertEquals(Set.of(Set.of("Paul Meyer"), Set.of("Karl Berg")), visits(x).stream()
                .filter(v -> "lima".equalsIgnoreCase(label(x, v.place()))).map(v -> labels(x, v.visitors())).collect(Collectors.toSet()));
        Extraction decision = extract("date 2024-03-08 Talks\nLIMA — Bordurian President Paul Meyer arrived at a decision on Thursday.");
        assertTrue(visits(decision).isEmpty(), visits(decision).toString());
    }

    @Test
    void aHostWhoReceivesTheLeadersOrGivesThemADinnerMeetsThem() {
        Extraction x = extract("date 2024-03-08 On Wednesday evening Paul Meyer hosted the visiting leaders for dinner at the palace. "
                + "Eva Lind hosted a working lunch on Thursday.");
        assertEquals(Set.of(Set.of("Paul Meyer"), Set.of("Eva Lind")),
                meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet()));
        Extraction votes = extract("date 2024-03-08 Paul Meyer receives 1,265 delegates under the plan. Eva Lind has not held fundraising dinners.");
        assertTrue(meetings(votes).isEmpty(), meetings(votes).toString());
    }

    @Test
    void aCountryThatWillHostTheNextSummitMeetsNoOneYet() {
        Extraction x = extract("date 2024-03-08 Peru takes over the chair and will host the next summit in 2025.");
        assertTrue(meetings(x).isEmpty(), meetings(x).toString());
    }

    @Test
    void twoWhoEachMetTheSameHostMetSeparately() {
        Extraction x = extract("date 2024-03-08 Bordurian Foreign Minister Paul Meyer and Syldavian Foreign Minister Karl Berg each "
                + "had bilateral meetings with Ruritanian Foreign Minister Eva Lind on Thursday.");
        assertEquals(Set.of(Set.of("Paul Meyer", "Eva Lind"), Set.of("Karl Berg", "Eva Lind")),
                meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet()));
    }

    @Test
    void aMeetingOnTheSidelinesIsWhereTheStoryIsDatelined() {
        Extraction x = extract("date 2024-03-08 Leaders gather\nLIMA, Peru — Bordurian President Paul Meyer and Syldavian President "
                + "Karl Berg met on the sidelines on Friday.");
        assertEquals("lima", label(x, meetings(x).get(0).place()).toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void aCallWithNoOneAtTheOtherEndIsNoMeeting() {
        Extraction x = extract("date 2024-03-08 Paul Meyer, who had stepped out to take a telephone call, arrived late for the photo.");
        assertTrue(meetings(x).isEmpty(), meetings(x).toString());
        Extraction caller = extract("date 2024-03-08 Paul Meyer received a telephone call on Sunday from Eva Lind, who offered help.");
        assertEquals(List.of(Set.of("Paul Meyer", "Eva Lind")), meetings(caller).stream().map(m -> labels(caller, m.participants())).toList());
    }

    @Test
    void theObjectOfAWhereClauseIsTheOneTheSentenceIsAbout() {
        Extraction x = extract("date 2024-03-08 Paul Meyer arrived in Lima on Tuesday, where Peruvian President Eva Lind received him at the palace.");
        assertEquals(List.of(Set.of("Paul Meyer", "Eva Lind")), meetings(x).stream().map(m -> labels(x, m.participants())).toList());
    }

    @Test
    void namesListedAfterSeparateMeetingsWithAreEachAMeeting() {
        Extraction x = extract("date 2024-03-08 On Sunday, Paul Meyer held separate meetings with the Acme Union's special envoy, "
                + "Eva Lind, Syldavian State Secretary Karl Berg, and the head of the Acme Agency, Omar Farid.");
        Set<Set<String>> got = meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet());
        assertTrue(got.contains(Set.of("Paul Meyer", "Karl Berg")) && got.contains(Set.of("Paul Meyer", "Omar Farid")), got.toString());
    }

    @Test
    void anAudienceWithSomeoneIsAMeeting() {
        Extraction x = extract("date 2024-03-08 Paul Meyer flew on to Lima on Thursday, where he was granted an audience with King Karl Berg.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Paul Meyer", "Karl Berg"))),
                meetings(x).toString());
        Extraction talk = extract("date 2024-03-08 Paul Meyer told the audience that the plan would work.");
        assertTrue(meetings(talk).isEmpty(), meetings(talk).toString());
    }

    @Test
    void oneWhoLedADelegationSomewhereVisitedIt() {
        Extraction x = extract("date 2024-03-08 Bordurian Foreign Minister Paul Meyer led a delegation to Lima last month.");
        assertEquals(List.of("Lima"), visits(x).stream().map(v -> label(x, v.place())).toList());
        Extraction met = extract("date 2024-03-08 The delegation met Paul Meyer in Lima.");
        assertTrue(visits(met).isEmpty(), visits(met).toString());
    }

    @Test
    void twoWhoDinedTogetherMet() {
        Extraction x = extract("date 2024-03-08 Paul Meyer and Eva Lind dined together late into the evening on Monday.");
        assertEquals(List.of(Set.of("Paul Meyer", "Eva Lind")), meetings(x).stream().map(m -> labels(x, m.participants())).toList());
    }

    @Test
    void aPersonInACityOnANamedDayVisitedIt() {
        Extraction x = extract("date 2024-03-08 Bordurian President Paul Meyer was in Lima on Monday.");
        assertEquals(List.of("Lima"), visits(x).stream().map(v -> label(x, v.place())).toList());
        Extraction vague = extract("date 2024-03-08 Paul Meyer was in Lima the day before the vote.");
        assertTrue(visits(vague).isEmpty(), visits(vague).toString());
    }

    @Test
    void aDatelineWithAStateAndAnAgencyIsTheCity() {
        Extraction x = extract("date 2024-03-08 Meyer in talks\nCOLUMBIA, S.C. (AP) — Bordurian President Paul Meyer arrived on Monday "
                + "and met Governor Eva Lind.");
        assertEquals(List.of("columbia"), visits(x).stream().map(v -> label(x, v.place()).toLowerCase(java.util.Locale.ROOT)).toList());
    }

    @Test
    void theSecondConjunctTakesTheSubjectTheParserHungOnTheDate() {
        Extraction x = extract("date 2024-07-08 On Friday Meyer flew to Lima and met President Eva Lind at the palace.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).size() == 2), meetings(x).toString());
    }

    @Test
    void aTourThatWasOpenedTookPlace() {
        Extraction x = extract("date 2024-03-08 Paul Meyer had opened the tour on Saturday in Lima, where he met Eva Lind.");
        assertTrue(x.events().stream().noneMatch(e -> e.status() == Status.HYPOTHETICAL), x.events().toString());
    }

    @Test
    void aMeetingAbroadTellsNoVisitByItself() {
        // Our gold (GOLD.md's own example) records the meeting only; a visit needs its own telling.
        Extraction x = extract("date 2024-03-08 In Lima on Saturday, Chilean President Paul Meyer met Peruvian President Eva Lind.");
        assertTrue(visits(x).isEmpty(), visits(x).toString());
        assertEquals(1, meetings(x).size(), meetings(x).toString());
    }

    @Test
    void theSameDayIsTheDayToldBefore() {
        Extraction x = extract("date 2024-03-11 Paul Meyer arrived in Lima on Tuesday. In a separate session the same day, he held talks "
                + "with Eva Lind.");
        Meeting m = meetings(x).stream().findFirst().orElseThrow();
        assertEquals("2024-03-05", m.date().iso());
    }

    @Test
    void oneNamedPersonSeeingAnotherIsAMeeting() {
        Extraction x = extract("date 2024-03-08 Paul Meyer will see Eva Lind in Lima on Friday.");
        Meeting m = meetings(x).stream().findFirst().orElseThrow();
        assertEquals(Set.of("Paul Meyer", "Eva Lind"), labels(x, m.participants()));
        assertEquals(Status.PLANNED, m.status());
        Extraction view = extract("date 2024-03-08 Paul Meyer saw Eva Lind as a threat. Voters saw the report on Friday.");
        assertTrue(meetings(view).isEmpty(), meetings(view).toString());
    }

    @Test
    void oneWhoHasBeenSomewhereOrWillNotSetFootThereIsTold() {
        Extraction x = extract("date 2024-03-08 Bordurian Foreign Minister Paul Meyer has been to Lima twice this year.");
        assertEquals(List.of("Lima"), visits(x).stream().map(v -> label(x, v.place())).toList());
        Extraction foot = extract("date 2024-03-08 Paul Meyer has said he will not set foot in Lima while the troops remain there.");
        Visit v = visits(foot).stream().findFirst().orElseThrow();
        assertEquals("Lima", label(foot, v.place()));
        assertTrue(v.status() != Status.OCCURRED, v.toString());
    }

    @Test
    void oneWhoComplainedWhileHostingAGuestMetThem() {
        Extraction x = extract("date 2024-03-08 Paul Meyer complained on Tuesday, while hosting Eva Lind at the palace, that the talks had stalled.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Paul Meyer", "Eva Lind"))),
                meetings(x).toString());
    }

    @Test
    void aDayEarlierCountsFromTheDayToldBefore() {
        Extraction x = extract("date 2024-03-08 Paul Meyer and Eva Lind ended their talks in Lima on Thursday without a deal.\n\n"
                + "A day earlier Meyer and Lind dined together at the palace.");
        assertTrue(meetings(x).stream().anyMatch(m -> m.date() != null && m.date().iso().equals("2024-03-06")), meetings(x).toString());
    }

    @Test
    void timeSpentWithSomeoneIsAMeeting() {
        Extraction x = extract("date 2024-03-08 In Lima on Tuesday, Paul Meyer spent the morning with the president, Eva Lind, before flying home.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Paul Meyer", "Eva Lind"))),
                meetings(x).toString());
        Extraction money = extract("date 2024-03-08 Paul Meyer spent the money with care.");
        assertTrue(meetings(money).isEmpty(), meetings(money).toString());
    }

    @Test
    void separatelyBeforeTheLaterCounterpartMakesTwoMeetings() {
        Extraction x = extract("date 2024-03-08 Paul Meyer also met President Eva Lind and, separately, opposition leader Ivo Ruiz.");
        assertEquals(Set.of(Set.of("Paul Meyer", "Eva Lind"), Set.of("Paul Meyer", "Ivo Ruiz")),
                meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet()));
    }

    @Test
    void bothOfTwoJoinedSpeakersSaidIt() {
        Extraction x = extract("date 2024-03-08 Army chief Paul Meyer and rebel commander Ivo Ruiz have both said they are open to a truce.");
        assertEquals(Set.of("Paul Meyer", "Ivo Ruiz"), statements(x).stream().filter(st -> st.content().contains("truce"))
                .map(st -> label(x, st.speaker())).collect(Collectors.toSet()));
    }

    @Test
    void observersSentByAnOrganisationSpeakForIt() {
        Extraction x = extract("date 2024-03-08 Observers from the African Union said the vote was calm and transparent.");
        assertEquals(List.of("African Union"), statements(x).stream().map(st -> label(x, st.speaker())).toList());
        Extraction bare = extract("date 2024-03-08 Observers said the vote was calm and transparent.");
        assertEquals(List.of(), statements(bare), "observers from no one named are no speaker");
    }

    @Test
    void theLeaderOfADelegationThatFlewInVisitsTheDatelinePlace() {
        Extraction x = extract("date 2024-03-08 Talks open in Lima\n\nLIMA, March 8 (Reuters) - The Bordurian delegation, headed by "
                + "Foreign Minister Paul Meyer, flew in on Thursday for talks on the border.");
        Visit v = visits(x).stream().findFirst().orElseThrow(() -> new AssertionError(x.events().toString()));
        assertEquals(Set.of("Paul Meyer"), labels(x, v.visitors()));
        assertEquals("Lima", label(x, v.place()));
    }

    @Test
    void oneExpectedInACapitalPlansAVisitThere() {
        Extraction x = extract("date 2024-03-08 Protesters marched in Lima on Thursday. A ministry spokesman said Paul Meyer was expected "
                + "in the Peruvian capital next week for talks with Eva Lind.");
        Visit v = visits(x).stream().findFirst().orElseThrow(() -> new AssertionError(x.events().toString()));
        assertEquals("Lima", label(x, v.place()));
        assertEquals(Status.PLANNED, v.status());
        assertEquals(1, visits(x).size(), "the capital, not also the country its adjective names");
    }

    @Test
    void aTripToldInARelativeClauseKeepsItsOwnTense() {
        Extraction x = extract("date 2017-07-12 Paul Meyer, who arrived in Kuwait on Monday, was to hold talks with Eva Lind on Wednesday.");
        Visit v = visits(x).stream().findFirst().orElseThrow(() -> new AssertionError(x.events().toString()));
        assertEquals(Status.OCCURRED, v.status(), "arrived, though the main clause plans");
        assertEquals("2017-07-10", v.date().iso());
        assertTrue(meetings(x).stream().allMatch(m -> m.status() == Status.PLANNED), meetings(x).toString());
    }

    @Test
    void shuttlingBetweenPlacesVisitsEachAndBetweenPeopleMeetsEach() {
        Extraction x = extract("date 2024-03-08 Over four days Paul Meyer shuttled between Lima and Quito.");
        assertEquals(Set.of("Lima", "Quito"), visits(x).stream().map(v -> label(x, v.place())).collect(Collectors.toSet()));
        Extraction people = extract("date 2024-03-08 On Thursday Paul Meyer shuttled between Eva Lind and Ivo Ruiz.");
        assertEquals(Set.of(Set.of("Paul Meyer", "Eva Lind"), Set.of("Paul Meyer", "Ivo Ruiz")),
                meetings(people).stream().map(m -> labels(people, m.participants())).collect(Collectors.toSet()));
    }

    @Test
    void callingOnSomeoneWhoThenSpokeIsACourtesyCall() {
        Extraction x = extract("date 2024-03-08 Paul Meyer later called on Prime Minister Eva Lind, who underlined the value of the partnership.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Paul Meyer", "Eva Lind"))
                && m.mode() == Mode.IN_PERSON), meetings(x).toString());
    }

    @Test
    void joinedCountriesPledgingActAsOne() {
        Extraction x = extract("date 2024-03-08 Peru, Chile and Bolivia on Wednesday pledged to strengthen cooperation in trade and energy.");
        assertTrue(statements(x).size() <= 1, statements(x).toString());
    }

    @Test
    void movingOnToAPlaceVisitsItButMovingTroopsDoesNot() {
        Extraction x = extract("date 2017-07-12 Paul Meyer arrived in Kuwait on Monday and moved on to Doha on Tuesday.");
        assertTrue(visits(x).stream().anyMatch(v -> "Doha".equals(label(x, v.place()))), visits(x).toString());
        Extraction troops = extract("date 2017-07-12 Paul Meyer moved troops to Doha on Tuesday.");
        assertTrue(visits(troops).isEmpty(), visits(troops).toString());
    }

    @Test
    void aLeaderOfACountryNamedAfterTheNameIsDescribedByIt() {
        Extraction x = extract("date 2021-03-10 Talks\n\nPresident Ivo Marek of Colombia met Prime Minister Ana Lenko of Peru in Lima on Monday. "
                + "The talks covered trade, fisheries and the border.\n\nThe Colombian leader flew to Quito on Tuesday.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek")) && "Quito".equals(label(x, v.place()))),
                visits(x).toString());
    }

    @Test
    void aPremierOfACountryToldParagraphsBackIsItsPrimeMinister() {
        Extraction x = extract("date 2021-03-10 Talks\n\nPrime Minister Ana Lenko of Peru arrived in Santiago on Monday. "
                + "Trade between the two countries has doubled in a decade.\n\nCopper and fruit make up most of it. "
                + "Ports on both coasts are being enlarged.\n\nThe Peruvian premier said the visit had been a success.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("the visit") && "Ana Lenko".equals(label(x, st.speaker()))),
                statements(x).toString());
    }

    @Test
    void aCountrysLeaderIsItsHeadNotItsMinister() {
        Extraction x = extract("date 2019-06-12 Talks\n\nPresident Ivo Marek of Chile and Chilean Foreign Minister Ana Lenko met Peruvian "
                + "officials in Lima on Monday.\n\nChile's leader then flew to Quito on Tuesday.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek")) && "Quito".equals(label(x, v.place()))),
                visits(x).toString());
    }

    @Test
    void thePairAfterAPurposeMeetingIsItsTwoSides() {
        Extraction x = extract("date 2024-08-29 Talks\n\nAna Soto flew to Berlin on Wednesday to see Chancellor Ivo Ruiz.\n\n"
                + "The pair met in Hamburg on Friday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Soto", "Ivo Ruiz"))
                && "Hamburg".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void aSurnameThatIsAMonthNamesThePersonNotTheDate() {
        Extraction x = extract("date 2019-10-11 Talks\n\nAna May met Ivo Ruiz in Lima on Monday.\n\nMrs May flew to Quito on Tuesday.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana May")) && "Quito".equals(label(x, v.place()))
                && v.date() != null && v.date().iso().equals("2019-10-08")), visits(x).toString());
    }

    @Test
    void aRulerBehindAnHonorificIsTheEmirAndACallWithItsPurposeIsNoAppeal() {
        Extraction x = extract("date 2017-06-08 Talks\n\nOman's ruler, Sheikh Ivo Al-Ruiz Al-Soto, flew to Doha on Wednesday.\n\n"
                + "The 88-year-old emir met Ana Lenko for two hours.\n\nPresident Tom Wilde also called the Omani emir to thank him "
                + "for his efforts.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Al-Ruiz Al-Soto", "Ana Lenko"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Al-Ruiz Al-Soto", "Tom Wilde"))
                && m.mode() == Mode.PHONE), meetings(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> st.cue().equals("called")), statements(x).toString());
    }

    @Test
    void theTwoLeadersReceivedSeparatelyAreTwoMeetings() {
        Extraction x = extract("date 2024-12-12 Talks\n\nPresident Ana Lenko of Peru and President Ivo Marek of Chile agreed on "
                + "Tuesday to end their dispute.\n\nPresident Tom Wilde received the two leaders separately in Quito.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Tom Wilde", "Ana Lenko"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Tom Wilde", "Ivo Marek"))),
                meetings(x).toString());
    }

    @Test
    void aRankBeforeAGivenNameIsTheFullNameOfThatRank() {
        Extraction x = extract("date 2021-01-05 Talks\n\nCrown Prince Karim bin Tarek and Sheikh Karim bin Omar al-Nasr attended "
                + "the ceremony in Riyadh.\n\nLater, Prince Karim met Ana Lenko at the palace.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Karim bin Tarek", "Ana Lenko"))),
                meetings(x).toString());
    }

    @Test
    void aMeetingTakesThePlaceOfATripInItsOwnSentenceFirst() {
        Extraction x = extract("date 2017-06-08 Talks\n\nAna Lenko met Ivo Marek in Lima before flying on to Quito.\n\n"
                + "A day earlier, Ana Lenko had landed in Cusco and held talks with Tom Wilde.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Tom Wilde"))
                && "Cusco".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void twoPeopleSigningMeetButOneSignerOrTwoSidesDoNot() {
        Extraction x = extract("date 2019-06-12 Accord\n\nPeruvian President Ana Lenko and Chilean President Ivo Marek signed the "
                + "accord in Lima on Monday.\n\nPresident Tom Wilde signed the bill into law on Tuesday.\n\nForeign Minister Eva Lind "
                + "signed a memorandum with her Chilean counterpart Pablo Ruiz on Wednesday.\n\nIn the end, the two sides agreed to sign.\n\n"
                + "The treaty was signed by Rosa Vidal and Mateo Cruz in Quito in 2016. A letter signed by 200 members was sent.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && "Lima".equals(label(x, m.place()))), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Eva Lind", "Pablo Ruiz"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Rosa Vidal", "Mateo Cruz"))
                && "Quito".equals(label(x, m.place()))), meetings(x).toString());
        assertEquals(3, meetings(x).size(), meetings(x).toString());
    }

    @Test
    void theTwoAreThePairJoinedAsASubjectInAnyClauseBefore() {
        Extraction x = extract("date 2012-03-10 Talks\n\nIvo Marek is due to travel on to Quito, where he and Peruvian Foreign Minister "
                + "Ana Lenko will watch a football match on Monday. An official said the two were expected to meet on the sidelines.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Ana Lenko"))
                && m.status() == Status.PLANNED), meetings(x).toString());
    }

    @Test
    void greetingSomeoneMeetsThem() {
        Extraction x = extract("date 2018-07-09 Visit\n\nAna Lenko greeted Ivo Marek at the airport on Sunday.\n\n"
                + "On Monday Tom Wilde was greeted by cheering crowds in Quito.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).contains("Tom Wilde")), meetings(x).toString());
    }

    @Test
    void anAgencysDatelineGivesAHostAtHomeThePlaceAndTheAgencySaysNothing() {
        Extraction x = extract("date 2023-05-04 President receives envoy\nQuito, May 4, ACMEPRESS. President of Ecuador Rosa Vidal has "
                + "today received Foreign Minister of Peru Ivo Marek, who is on an official visit to Ecuador, ACMEPRESS reports.\n\n"
                + "The meeting was held in a warm atmosphere.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Rosa Vidal", "Ivo Marek"))
                && "Quito".equals(label(x, m.place()))), meetings(x).toString());
        assertEquals(List.of(), statements(x));
    }

    @Test
    void aCallsWithPhraseHungOnTheReportingVerbAndTheLeadersAfterIt() {
        Extraction x = extract("date 2021-08-24 Call\nSan Marcos, Aug 24 (Acme). – President Tomas Ruiz held a telephone conversation "
                + "on Monday with his Chilean counterpart Ivo Marek, in which both leaders agreed to convene a joint cabinet in "
                + "October, the Ministry of the Presidency reported.\n\nThe leaders agreed to meet in person in the near future.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Tomas Ruiz", "Ivo Marek"))
                && m.mode() == Mode.PHONE && "2021-08-23".equals(m.date().iso())), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Tomas Ruiz", "Ivo Marek"))
                && m.status() == Status.PLANNED), meetings(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> st.content().startsWith("–")), statements(x).toString());
    }

    @Test
    void talksThatEndedSomewhereWereHeldThere() {
        Extraction x = extract("date 2024-05-11 Talks end\n\nThe negotiations between Ana Lenko and Ivo Marek concluded in Lima on "
                + "Saturday, a spokesperson said.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && "Lima".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void inHerWordsOrViewTheOwnerSpeaks() {
        Extraction x = extract("date 2023-05-04 Talks\n\nAna Lenko met Ivo Marek in Lima on Monday. In her view, the talks were a success. "
                + "In Ivo Marek's opinion, more work is needed.\n\nTomas Ruiz criticised the talks on Tuesday.\n\nIn his assessment of "
                + "the talks, Mateo Cruz intimated disappointment that nothing had changed.");
        assertTrue(statements(x).stream().noneMatch(st -> st.content().startsWith("Mateo Cruz")), statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> "Ana Lenko".equals(label(x, st.speaker()))
                && st.content().equals("the talks were a success")), statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> "Ivo Marek".equals(label(x, st.speaker()))
                && st.content().equals("more work is needed")), statements(x).toString());
    }

    @Test
    void aDeputyPrimeMinisterIsNotThePrimeMinister() {
        Extraction x = extract("date 2014-10-31 Visit\n\nChilean Prime Minister Ana Lenko will visit Quito on November 10, Chilean "
                + "officials said on Friday.\n\nChilean First Deputy Prime Minister and Foreign Minister Ivo Marek said that the visit "
                + "would be the first by a Chilean prime minister to Ecuador in 68 years.");
        assertTrue(statements(x).stream().filter(st -> st.content().contains("68 years"))
                .allMatch(st -> "Ivo Marek".equals(label(x, st.speaker()))), statements(x).toString());
    }

    @Test
    void aPronounAfterAnUnnamedDescriptionContinuesTheSubjectBeforeIt() {
        Extraction x = extract("date 2023-09-14 Chilean FM holds talks with EU foreign policy chief in Brussels\n\nDeputy Prime "
                + "Minister and Foreign Minister of Chile Tomas Ruiz, who is on a working visit to Brussels, held talks with High "
                + "Representative of the European Union Josep Vidal on Wednesday.\n\nThe sides discussed the partnership agreement.\n\n"
                + "Ruiz briefed the EU High Representative on the political and economic reforms initiated by President Mateo Cruz. "
                + "The head of Chilean diplomacy pointed out that the European Union remains Chile's main trade and investment "
                + "partner. He also assured his interlocutor that Chile would not allow its territory to be used to circumvent sanctions.");
        assertTrue(statements(x).stream().anyMatch(st -> "Tomas Ruiz".equals(label(x, st.speaker()))
                && st.content().contains("circumvent sanctions")), statements(x).toString());
    }

    @Test
    void theNewsroomsClosingWordsAreNotWhatWasSaid() {
        Extraction x = extract("date 2018-04-26 Talks\n\nQUITO, 26 April (Acme) - Ruritania is ready to implement new projects with "
                + "Quito in engineering and construction, Ruritanian President Ivo Marek said as he met with Governor of Quito Tomas "
                + "Ruiz on 26 April, Acme has learned.");
        assertTrue(statements(x).stream().anyMatch(st -> "Ivo Marek".equals(label(x, st.speaker()))
                && st.content().startsWith("Ruritania is ready")), statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> st.content().contains("has learned")), statements(x).toString());
    }

    @Test
    void theCapitalisedTitleAfterAQuoteIsItsHolder() {
        Extraction x = extract("date 2015-03-06 Talks\n\nPresident Ivo Marek and his Chilean counterpart Tomas Ruiz agreed to reactivate "
                + "the agenda on Friday.\n\nThe two leaders met on Sunday in Santiago.\n\nMarek said on Thursday that Bolivia will "
                + "never give up its right to the sea. \"We have brothers in the Atlantic,\" the President said.");
        assertTrue(statements(x).stream().anyMatch(st -> "Ivo Marek".equals(label(x, st.speaker()))
                && st.content().equals("We have brothers in the Atlantic")), statements(x).toString());
    }

    @Test
    void welcomedWithHonoursByAHostAtHome() {
        Extraction x = extract("date 2019-07-04 Marek in Quito: Ecuador a reliable friend\nQuito, 4 July 2019 (Acme) - President Ivo "
                + "Marek, on an official visit to Ecuador, was welcomed Thursday with military honours by Ecuadorian President Ana "
                + "Lenko at the Presidential Palace, after which the two heads of state held a tete-a-tete meeting.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Ana Lenko"))
                && "Quito".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void accessionTalksAreNoMeeting() {
        Extraction x = extract("date 2019-07-04 Talks\n\nAna Lenko said Ecuador had consistently advocated the opening of accession "
                + "talks with Chile and Peru.");
        assertEquals(List.of(), meetings(x));
    }

    @Test
    void theHeadOfStateIsThePresidentNamedBefore() {
        Extraction x = extract("date 2021-03-18 Talks\n\nPresident Ivo Marek met Prime Minister Ana Lenko in Quito on Thursday.\n\n"
                + "President Ivo Marek congratulated Ana Lenko on her appointment. The head of state said that the two countries "
                + "were bound by old friendship.");
        assertTrue(statements(x).stream().anyMatch(st -> "Ivo Marek".equals(label(x, st.speaker()))
                && st.content().contains("old friendship")), statements(x).toString());
    }

    @Test
    void theOneInvitedToVisitWillVisit() {
        Extraction x = extract("date 2016-03-12 Talks\n\nPresident Raul Ortega received Ana Lenko on Friday.\n\nDuring the meeting, "
                + "Lenko extended an invitation to Tomas Ruiz to visit Brussels in the coming months.");
        List<Visit> visits = x.events().stream().filter(Visit.class::isInstance).map(Visit.class::cast).toList();
        assertTrue(visits.stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Tomas Ruiz")) && v.status() == Status.PLANNED
                && "Brussels".equals(label(x, v.place()))), visits.toString());
        assertTrue(visits.stream().noneMatch(v -> labels(x, v.visitors()).contains("Ana Lenko")), visits.toString());
    }

    @Test
    void aPlaceOfTwoWordsBeforeANameIsNotPartOfIt() {
        Extraction x = extract("date 2018-04-26 Talks\n\nAna Lenko met with Governor of Saint Petersburg Ivo Marek in Minsk on 26 April.\n\n"
                + "Ivo Marek said that the city would buy 100 buses.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))),
                meetings(x).toString());
    }

    @Test
    void aBodysPressServiceSpeaksForTheBody() {
        Extraction x = extract("date 2018-04-26 Talks\n\nForeign Minister Ana Lenko held talks with her Peruvian counterpart Ivo Marek on "
                + "Wednesday. The Chilean Foreign Ministry's press service reported that the ministers discussed trade.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().equals("the ministers discussed trade")
                && label(x, st.speaker()) != null && label(x, st.speaker()).contains("Ministry")), statements(x).toString());
    }

    @Test
    void aStoryOpeningWithTheSameDayAndALongTitleBeforeTheName() {
        Extraction x = extract("date 2023-09-14 Talks\n\nThe same day, Ana Lenko met with European Commissioner for Trade Policy Tomas "
                + "Ruiz in Brussels.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Tomas Ruiz"))
                && "Brussels".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void aMeetingOnceDueIsPlanned() {
        Extraction x = extract("date 2019-05-10 Talks\n\nPresident Ana Lenko had been due to meet French Prime Minister Tomas Ruiz in "
                + "Paris on Friday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Tomas Ruiz"))
                && m.status() == Status.PLANNED && "Paris".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void aCountrysCapitalIsItsCapitalCity() {
        Extraction x = extract("date 2025-07-10 Talks\n\nForeign Minister Ana Lenko met her Chilean counterpart Ivo Marek in the "
                + "Peruvian capital on Tuesday. Tomas Ruiz held talks with Eva Lind in Colombia's capital on Wednesday. "
                + "Ana Lenko said Chinese capital was welcome in the region.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && "Lima".equals(label(x, m.place()))), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Tomas Ruiz", "Eva Lind"))
                && "Bogotá".equals(label(x, m.place()))), meetings(x).toString());
        assertTrue(x.entities().stream().filter(e -> e.label().equals("Beijing")).findAny().isEmpty(), x.entities().toString());
    }

    @Test
    void aMeetingWithNoPlaceIsWhereItsSideWasThatDay() {
        Extraction x = extract("date 2025-07-10 Talks\n\nForeign Minister Ana Lenko met her Chilean counterpart Ivo Marek in Lima on "
                + "Thursday. Earlier in the day, Lenko met Tomas Ruiz, then held talks with Eva Lind. Ruiz is on his first trip to "
                + "Asia since taking office. Lenko also spoke by phone with Jan Berg on Thursday.");
        for (String other : List.of("Tomas Ruiz", "Eva Lind")) {
            assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", other))
                    && "Lima".equals(label(x, m.place()))), other + " " + meetings(x));
        }
        assertTrue(meetings(x).stream().filter(m -> m.mode() == Mode.PHONE).allMatch(m -> m.place() == null), meetings(x).toString());
    }

    @Test
    void plansInThePastPerfectAfterACalledOffVisitAreCalledOffToo() {
        Extraction x = extract("date 2025-10-17 Visit\n\nA visit to Lima by Ruritanian Foreign Minister Ivo Marek, due to begin on "
                + "Monday, has been postponed, the foreign ministry said on Friday. Marek had been due to hold talks with Foreign "
                + "Minister Ana Lenko on trade in Cusco and to call on President Tomas Ruiz.\n\nAna Lenko will meet Eva Lind "
                + "next week.");
        for (String other : List.of("Ana Lenko", "Tomas Ruiz")) {
            assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", other))
                    && m.status() == Status.CANCELLED && m.mode() == Mode.IN_PERSON), other + " " + meetings(x));
        }
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Eva Lind"))
                && m.status() == Status.PLANNED), meetings(x).toString());
    }

    @Test
    void aBodysSummitOfOneBodyInAPlaceSurvivesTheHeadlineThatToldItFirst() {
        Extraction x = extract("date 2025-02-16 Wars overshadow Andean Community summit in Lima\n\nLIMA — Leaders opened the Andean "
                + "Community's annual summit in the Peruvian capital on Saturday, with the border dispute dominating two days of "
                + "closed-door sessions.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Andean Community"))
                && "Lima".equals(label(x, m.place())) && m.date() != null && m.date().iso().equals("2025-02-15")), meetings(x).toString());
    }

    @Test
    void aDeniedReportOfACancelledMeetingIsOneDeniedMeeting() {
        Extraction x = extract("date 2025-10-08 Denial\n\nBRUSSELS – The European Commission on Wednesday rejected reports that "
                + "President Ana Lenko had cancelled a meeting with Prime Minister Ivo Marek, insisting that no such meeting had ever "
                + "been scheduled.\n\nA daily reported on Tuesday that Lenko had been due to receive Marek in Brussels on Thursday "
                + "but had called off the meeting.");
        List<Meeting> theirs = meetings(x).stream().filter(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))).toList();
        assertEquals(1, theirs.size(), meetings(x).toString());
        assertEquals(Status.DENIED, theirs.get(0).status());
        assertEquals("2025-10-09", theirs.get(0).date().iso());
    }

    @Test
    void aStoryUnderAWireDatelineCarriesItsLeadDay() {
        Extraction x = extract("date 2025-07-15 Ministers\n\nBRUSSELS – Ministers of the Acme Union ended a day of talks in Brussels on "
                + "Tuesday without agreement.\n\nAna Lenko met her Polish counterpart Ivo Marek over breakfast, then sat down with "
                + "Tomas Ruiz.");
        for (String other : List.of("Ivo Marek", "Tomas Ruiz")) {
            assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", other))
                    && m.date() != null && m.date().iso().equals("2025-07-15")), other + " " + meetings(x));
        }
    }

    @Test
    void theFollowingDayCountsFromTheDayToldEarlierInItsSentence() {
        Extraction x = extract("date 2025-11-03 Chancellor\n\nBERLIN – Ana Lenko will travel to Warsaw next month, her spokesman said "
                + "on Monday.\n\nLenko, who hosted French President Tomas Ruiz in Berlin last Wednesday before flying to Rome the "
                + "following day to see Italian Prime Minister Eva Lind, has made ties with her neighbours a priority.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Tomas Ruiz"))
                && m.date() != null && m.date().iso().equals("2025-10-29")), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Eva Lind"))
                && m.status() == Status.OCCURRED && m.date() != null && m.date().iso().equals("2025-10-30")), meetings(x).toString());
    }

    @Test
    void aTitleAndItsHolderInsideABodysNameAreAPerson() {
        Extraction x = extract("date 2025-10-02 Talks\n\nMoldovan President Maia Sandu will travel to Brussels next month for talks "
                + "with European Council President António Costa and Commission President Ursula von der Leyen.");
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("António Costa") && e.type() == EntityType.PERSON), x.entities().toString());
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("European Council")), x.entities().toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).containsAll(Set.of("Maia Sandu", "António Costa"))),
                meetings(x).toString());
    }

    @Test
    void talksHeldWithSomeoneWhoHadTravelledHaveTheHolderAsASide() {
        Extraction x = extract("date 2025-07-15 Talks\n\nOn the margins of the meeting, Lenko held talks with Ruritanian Foreign "
                + "Minister Ivo Marek, who had travelled to Brussels to brief ministers on the latest wave of Russian drone attacks. Ana "
                + "Lenko chaired the meeting.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))),
                meetings(x).toString());
    }

    @Test
    void theSourceOfAnAccordingToIsNotTheOneItTellsAbout() {
        Extraction x = extract("date 2025-07-15 Trip\n\nEarlier in the day, Ana Lenko gave a short press conference. According to her "
                + "spokesperson Eva Lind, she will travel to Lima next week for talks with President Tomas Ruiz.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Lenko"))), visits(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).contains("Eva Lind")), meetings(x).toString());
    }

    @Test
    void anEmbassyIsKnownByItsCity() {
        Extraction x = extract("date 2025-08-22 Embassies\n\nThe U.S. Embassy in Kyiv urged citizens to stay alert. The U.S. Embassy "
                + "in Oslo said the claims were false. The embassy added that it would stay open. The Chilean embassy in Kyiv said "
                + "it was closed.");
        Set<String> speakers = statements(x).stream().map(st -> label(x, st.speaker())).collect(Collectors.toSet());
        assertEquals(Set.of("U.S. Embassy in Kyiv", "U.S. Embassy in Oslo", "Chilean embassy in Kyiv"), speakers, statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("it would stay open")
                && "U.S. Embassy in Oslo".equals(label(x, st.speaker()))), statements(x).toString());
    }

    @Test
    void aTourDayPlacesEachMeetingWhereItWas() {
        Extraction x = extract("date 2025-09-17 Tour\n\nVILNIUS — Ana Lenko sought on Wednesday to reassure allies.\n\nLenko met Polish "
                + "Foreign Minister Ivo Marek in Warsaw on Tuesday, then sat down with President Tomas Ruiz for more than an hour at "
                + "the presidential palace. She arrived in the Lithuanian capital late Tuesday night.\n\nAfter a working lunch with "
                + "President Eva Lind, Lenko flew to Helsinki.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Tomas Ruiz"))
                && "Warsaw".equals(label(x, m.place()))), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Eva Lind"))
                && !"Helsinki".equals(label(x, m.place()))), meetings(x).toString());
        assertTrue(visits(x).stream().filter(v -> "Helsinki".equals(label(x, v.place()))).allMatch(v -> v.host() == null), visits(x).toString());
    }

    @Test
    void thePersonAfterTheAgencyCarryingHerStatementSpeaks() {
        Extraction x = extract("date 2025-07-08 Talks\n\nIn a statement carried by the state-run Korean Central News Agency on "
                + "Tuesday, Ana Lenko, the leader's influential sister, said Ruritania \"has no reason to sit across the table\" with "
                + "Osterlich.");
        assertTrue(statements(x).stream().anyMatch(st -> "Ana Lenko".equals(label(x, st.speaker())) && st.content().contains("no reason")),
                statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> label(x, st.speaker()).contains("Agency")), statements(x).toString());
    }

    @Test
    void twoWhoSpokeAndAgreedToMeetBothMeet() {
        Extraction x = extract("date 2025-02-23 Talks\n\nRuritanian Foreign Minister Ana Lenko and her Osterlich counterpart Ivo Marek "
                + "spoke by telephone on Saturday and agreed to meet before the end of the month to prepare a summit.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.status() == Status.PLANNED && m.mode() == Mode.IN_PERSON), meetings(x).toString());
        assertTrue(meetings(x).stream().allMatch(m -> m.participants().size() == 2), meetings(x).toString());
    }

    @Test
    void aClosingAttributionFollowedByAParticipleReportsTheWholeClause() {
        Extraction x = extract("date 2025-03-28 Visit\n\nLIMA – Chilean Foreign Minister Ana Lenko has called off a visit to Lima planned "
                + "for next week, the Chilean foreign ministry said on Friday, deepening a row between the two neighbours over a new "
                + "border declaration.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("Chilean Foreign Minister Ana Lenko has called off")
                && st.content().endsWith("planned for next week")), statements(x).toString());
    }

    @Test
    void aMeetingAgreedAfterAPhoneCallIsInPerson() {
        Extraction x = extract("date 2025-02-23 Lenko and Marek agree to meet before end of month after phone call\n\nRuritanian "
                + "Foreign Minister Ana Lenko and her counterpart Ivo Marek agreed on Saturday to meet in person before the end of the "
                + "month.");
        List<Meeting> planned = meetings(x).stream().filter(m -> m.status() == Status.PLANNED).toList();
        assertEquals(1, planned.size(), meetings(x).toString());
        assertEquals(Mode.IN_PERSON, planned.get(0).mode());
    }

    @Test
    void aConferenceNamedAfterItsCityIsHeldThere() {
        Extraction x = extract("date 2026-02-14 Talks\n\nOSLO (AP) — Foreign Minister Ana Lenko met Ruritanian President Ivo Marek on the "
                + "sidelines of the Oslo Security Conference on Saturday, a day after leaders used the annual gathering to demand a "
                + "larger role in the talks.\n\nOn Saturday afternoon, Lenko also held separate meetings with Foreign Minister Tomas Ruiz.");
        for (String other : List.of("Ivo Marek", "Tomas Ruiz")) {
            assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", other))
                    && "Oslo".equalsIgnoreCase(label(x, m.place()))), other + " " + meetings(x));
        }
    }

    @Test
    void aWhenClauseMeetingIsWhereItsFrameWas() {
        Extraction x = extract("date 2025-11-03 Talks\n\nThe last intergovernmental consultations took place in Warsaw in July 2024, "
                + "when Ana Lenko received her predecessor Ivo Marek and a large part of his cabinet.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && "Warsaw".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void aBareVerbJoinedToAFutureOneIsPlannedToo() {
        Extraction x = extract("date 2025-09-16 Visit\n\nRuritanian Foreign Minister Ana Lenko will pay an official visit to Peru from "
                + "Thursday to Saturday, her spokesman Jan Berg announced on Tuesday. During the visit, Lenko will meet with Peruvian "
                + "President Ivo Marek and hold talks with Foreign Minister Tomas Ruiz on trade, Berg told a briefing in Oslo.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Tomas Ruiz"))
                && m.status() == Status.PLANNED && !"Oslo".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void aPressConferenceHeldAloneIsNoMeeting() {
        Extraction x = extract("date 2025-06-19 Briefing\n\nRuritanian Foreign Minister Ana Lenko held a press conference in Velgrad "
                + "late on Wednesday, calling for calm.");
        assertTrue(meetings(x).isEmpty(), meetings(x).toString());
    }

    @Test
    void talksATravellerHadBeenDueToTravelForAreHers() {
        Extraction x = extract("date 2025-08-23 Trip\n\nPresident Ana Lenko had been due to travel to Velgrad on Sunday for talks with "
                + "King Ivo Marek.\n\nPresident Tomas Ruiz, who had been due to travel to Lima for talks with Eva Lind, called off the trip.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.status() == Status.PLANNED), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Tomas Ruiz", "Eva Lind"))
                && m.status() == Status.CANCELLED), meetings(x).toString());
    }

    @Test
    void meetingReportersOrSupportersIsNoMeeting() {
        Extraction x = extract("date 2025-10-05 Rally\n\nAna Lenko met with supporters in the central town of Velgrad on Sunday, "
                + "where she dismissed the protest.\n\nIvo Marek, who met with reporters at the Ruritanian mission, said he was calm."
                + "\n\nLenko also met students in Velgrad.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertTrue(meetings(x).get(0).evidence().sentence().contains("students"), meetings(x).toString());
    }

    @Test
    void aReportedClauseCutBeforeItsVerbRunsOnToTheAttribution() {
        Extraction x = extract("date 2025-06-19 Truce\n\nThe envoy Eva Lind told both men that the truce agreed in May was \"fragile and "
                + "must be consolidated\", the mission said.\n\nIvo Marek held a press conference in Velgrad, calling for an immediate "
                + "ceasefire and for the armed groups to return to their barracks.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("the truce agreed in May was")
                && st.content().endsWith("consolidated\"")), statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> st.content().endsWith("to return to their barracks")), statements(x).toString());
    }

    @Test
    void anEmbassyIsKnownByTheCountryItIsIn() {
        Extraction x = extract("date 2025-06-19 Appeal\n\nThe U.S. embassy in Peru urged \"all parties to refrain from violence\" on Wednesday.");
        assertTrue(statements(x).stream().anyMatch(st -> "U.S. embassy in Peru".equals(label(x, st.speaker()))), statements(x).toString());
    }

    @Test
    void plansInsideACalledOffTripOrAReportCalledFalseAreNotOccurred() {
        Extraction x = extract("date 2025-11-24 Trip\n\nOn Monday, the Ruritanian government announced that a summit between Peru and Chile, "
                + "which Velgrad had hoped to host in December, had been postponed.\n\nPrime Minister Ana Lenko called off a visit to Lima, "
                + "where she had been due to meet President Ivo Marek on Thursday.\n\nA meeting between Lenko and Foreign Minister Eva "
                + "Lind, which had been planned for Sunday afternoon, did not take place.\n\nThe news agency said a report in a daily "
                + "that Jan Berg had secretly met Tomas Ruiz in Velgrad earlier this month was \"a sheer fabrication\".");
        assertTrue(meetings(x).stream().anyMatch(m -> m.status() == Status.CANCELLED && m.date() != null
                && m.date().iso().equals("2025-12")), meetings(x).toString());
        for (Set<String> pair : List.of(Set.of("Ana Lenko", "Ivo Marek"), Set.of("Ana Lenko", "Eva Lind"))) {
            assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(pair) && m.status() == Status.CANCELLED),
                    pair + " " + meetings(x));
        }
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Jan Berg", "Tomas Ruiz"))
                && m.status() == Status.DENIED), meetings(x).toString());
    }

    @Test
    void aSpokespersonWithAChineseNameGoesOnReportingAsShe() {
        Extraction x = extract("date 2026-03-10 Call\n\nRuritanian President Ivo Marek and Velgrad President Tomas Ruiz spoke by phone on "
                + "Tuesday.\n\nAt a regular briefing in Velgrad, ministry spokesperson Lin Tao told reporters the two leaders had held "
                + "\"a candid exchange.\" She said details of the meeting were still being worked out.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("details of the meeting")
                && "Lin Tao".equals(label(x, st.speaker()))), statements(x).toString());
    }

    @Test
    void aClosingAttributionIsNoContentOfThePurposeBeforeIt() {
        Extraction x = extract("date 2026-02-11 Call\n\nPrime Minister Ana Lenko held a video call on Monday with the president of "
                + "Ruritania, Ivo Marek, to thank him for hosting the talks, Lenko's office said.");
        assertTrue(statements(x).stream().noneMatch(st -> st.content().endsWith("office said")), statements(x).toString());
    }

    @Test
    void whomOneTravelsWithBeforeTheDestinationTravelsToo() {
        Extraction x = extract("date 2026-05-29 Trip\n\nOn Friday, Ana Lenko was scheduled to travel with Ivo Marek to the port city of "
                + "Velgrad before leaving for Peru.");
        assertTrue(x.events().stream().filter(e -> e instanceof org.dragoman.model.Visit).map(e -> (org.dragoman.model.Visit) e)
                .anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Lenko", "Ivo Marek"))), x.events().toString());
    }

    @Test
    void aMeetingTheDayAfterArrivingIsWhereTheTripReached() {
        Extraction x = extract("date 2025-09-24 Assembly\n\nRuritanian President Ana Lenko, who arrived in New York on Monday, met "
                + "Secretary-General Ivo Marek on Tuesday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && "New York".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void theEdgeOfAGatheringHungOnTheSecondOneMetPlacesTheFirstMeetingToo() {
        Extraction x = extract("date 2025-09-24 Assembly\n\nRuritanian Prime Minister Ana Lenko met Turkish President Ivo Marek and "
                + "then Qatar's emir, Sheikh Tomas bin Ruiz, on the sidelines of the U.N. General Assembly in New York on Wednesday, as "
                + "Velgrad seeks investment.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && "New York".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void aPlanOfLeadersIsTheSummitOfTheirCountriesCalledOffJustBefore() {
        Extraction x = extract("date 2025-11-25 Summit\n\nOn Monday, the Ruritanian government announced that a summit with Peru and "
                + "Chile, which Velgrad had hoped to host in December, had been postponed. The summit had been due to bring together "
                + "Peruvian President Ivo Marek and Chilean President Tomas Ruiz in Velgrad.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).containsAll(Set.of("Ivo Marek", "Tomas Ruiz"))
                && m.status() == Status.CANCELLED), meetings(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> m.status() == Status.PLANNED), meetings(x).toString());
    }

    @Test
    void aCourtesyCallOnATitleAndItsHolderAfterABrokenDueToIsPlanned() {
        Extraction x = extract("date 2025-06-10 Visit\n\nRuritanian President Ana Lenko arrived in Velgrad on Tuesday for a three-day "
                + "state visit. She is due to travel to Kumasi on Thursday to pay a courtesy call on the Asantehene, Ivo Marek, at his "
                + "palace.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.status() == Status.PLANNED), meetings(x).toString());
    }

    @Test
    void aRoleSetOffByCommasBeforeItsHolderIsThatPersonAndADroppedStopCancelsItsTalks() {
        Extraction x = extract("date 2025-06-10 Tour\n\nLenko's spokesman, Jan Berg, denied a report that Ana Lenko would meet "
                + "Ruritania's military ruler, Gen. Ivo Marek, in the coming weeks.\n\nA stop in Lima, where Lenko had been expected to "
                + "hold talks with President Tomas Ruiz on her way home, was dropped from the programme on Monday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.status() == Status.DENIED), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Tomas Ruiz"))
                && m.status() == Status.CANCELLED), meetings(x).toString());
    }

    @Test
    void aStopDroppedFromTheProgrammeCancelsTheMeetingDueThereWhateverTheParse() {
        Extraction x = extract("date 2025-06-10 Tour\n\nA stop in Lima, where Ana Lenko had been due to meet Peruvian Foreign Minister "
                + "Ivo Marek, was dropped from the programme at short notice.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.status() == Status.CANCELLED), meetings(x).toString());
    }

    @Test
    void aMeetingDueButCalledOffInAPassiveIsCancelledOnTheNearerDay() {
        Extraction x = extract("date 2025-07-10 Talks\n\nForeign Minister Ana Lenko had been due to meet her Chilean counterpart Ivo "
                + "Marek on Wednesday evening, but the meeting was called off because of a scheduling conflict, an official said.");
        Meeting m = meetings(x).stream().filter(e -> labels(x, e.participants()).containsAll(Set.of("Ana Lenko", "Ivo Marek")))
                .findFirst().orElseThrow(() -> new AssertionError(meetings(x).toString()));
        assertEquals(Status.CANCELLED, m.status());
        assertEquals("2025-07-09", m.date().iso());
    }

    @Test
    void whatIsAskedOfOthersOrExpectedOfSomeoneIsNoStatement() {
        Extraction x = extract("date 2019-10-08 Talks\n\nATHENS, Oct 8 (Reuters) - Prime Minister Ivo Marek and President Ana Lenko on "
                + "Tuesday called on the European Union to respond firmly to drilling off the coast, after talks in Athens dominated by "
                + "the arrival of a vessel.\n\nMarek is, however, expected to attend a summit between the EU and the Andean Community "
                + "in Brussels next year, the first such gathering since 2015.");
        assertTrue(statements(x).stream().noneMatch(st -> "European Union".equals(label(x, st.speaker()))), statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> st.content().startsWith("to attend")), statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("the European Union to respond")), statements(x).toString());
    }

    @Test
    void aReportOnlyPutInQuestionIsNoStatement() {
        Extraction x = extract("date 2019-05-10 Talks\n\nAna Lenko declined to say whether Chile had promised to back her bid. "
                + "\"We talked about everything,\" Ivo Marek told reporters when asked whether he had raised human rights.");
        assertTrue(statements(x).stream().noneMatch(st -> st.content().contains("back her bid")), statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> st.content().contains("raised human rights")), statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> st.content().equals("We talked about everything")), statements(x).toString());
    }

    @Test
    void theOneQuotedAsSayingAfterTheQuoteSpeaks() {
        Extraction x = extract("date 2019-05-10 Talks\n\nRuritanian Foreign Minister Ana Soto arrived in Paris on Friday.\n\n\"Ruritania "
                + "stands ready to play its role in easing tensions between two friendly countries,\" the statement quoted Soto as saying.");
        assertTrue(statements(x).stream().anyMatch(st -> "Ana Soto".equals(label(x, st.speaker())) && st.content().startsWith("Ruritania stands")),
                statements(x).toString());
    }

    @Test
    void aParticipleBeforeTheAgencysReportSpeaksForItsClause() {
        Extraction x = extract("date 2019-05-10 Talks\n\nDefence Minister Ivo Marek received the delegation on Tuesday, telling its members "
                + "that the kingdom stood by its friends, the official Saudi Press Agency reported.");
        assertTrue(statements(x).stream().anyMatch(st -> "Ivo Marek".equals(label(x, st.speaker()))
                && st.content().equals("the kingdom stood by its friends")), statements(x).toString());
    }

    @Test
    void aSpokeswomanIsShe() {
        Extraction x = extract("date 2019-05-10 Talks\n\nThe foreign office spokeswoman, Mumtaz Lenko, on Tuesday denied a report that the "
                + "envoy had met the cleric Maulana Ivo Marek during his stay. \"No such meeting was requested or held,\" she said at her "
                + "weekly briefing.");
        assertTrue(statements(x).stream().anyMatch(st -> "Mumtaz Lenko".equals(label(x, st.speaker()))
                && st.content().startsWith("No such meeting")), statements(x).toString());
    }

    @Test
    void anAccentedFirstNameHasTheGenderOfItsPlainSpelling() {
        Extraction x = extract("date 2019-05-10 Talks\n\nForeign Minister José Marek and his counterpart Mauro Lenko held talks in Madrid "
                + "on Friday. \"We have never been closer,\" Marek told a news conference at the palace. \"We will act,\" he said.");
        assertTrue(statements(x).stream().anyMatch(st -> "José Marek".equals(label(x, st.speaker())) && st.content().equals("We will act")),
                statements(x).toString());
    }

    @Test
    void theReporterOfAClosingAttributionIsNoSideOfACall() {
        Extraction x = extract("date 2019-05-10 Talks\n\nIn Washington, Secretary of State Ivo Marek spoke by phone on Tuesday with Ana "
                + "Lenko and with the Chilean foreign minister, the State Department said.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Ana Lenko"))),
                meetings(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).contains("State Department")), meetings(x).toString());
    }

    @Test
    void theForeignOfficeIsTheOneNamedBefore() {
        Extraction x = extract("date 2019-05-10 Talks\n\nAna Lenko met Ivo Marek in Lima, Pakistan's foreign office said in a statement. "
                + "Pakistan's foreign office also denied a report that the two had met before. \"These claims are baseless,\" the "
                + "foreign office said.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().equals("These claims are baseless") && label(x, st.speaker()) != null
                && label(x, st.speaker()).contains("foreign office")), statements(x).toString());
    }

    @Test
    void aSummitBetweenSidesHungOnTheVerb() {
        Extraction x = extract("date 2019-05-10 Talks\n\nChile called off a planned summit in Lima last month between President Ana Lenko "
                + "and Prime Minister Ivo Marek after a deadly blast.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.status() == Status.CANCELLED), meetings(x).toString());
    }

    @Test
    void whoIsExpectedSomewhereForTalksTakesPart() {
        Extraction x = extract("date 2019-05-10 Talks\n\nThe UN envoy for Yemen, Ivo Marek, is expected in Muscat on Thursday for meetings "
                + "with Omani Foreign Minister Ana Lenko, his office said.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.status() == Status.PLANNED && "2019-05-16".equals(m.date().iso())), meetings(x).toString());
    }

    @Test
    void theMinisterWhoAddedIsTheOneWhoJustSpoke() {
        Extraction x = extract("date 2023-02-16 Talks\n\nForeign Minister Ivo Marek received Bordurian Foreign Minister Tomas Ruiz at the "
                + "palace in Strelsau, the first visit by a Bordurian foreign minister to the capital in seven years.\n\n\"Ruritania and "
                + "Borduria are one people separated by a line on the map,\" Marek said after the meeting. \"We lost years we will not get "
                + "back,\" the minister added.");
        assertTrue(statements(x).stream().anyMatch(st -> "Ivo Marek".equals(label(x, st.speaker())) && st.content().startsWith("We lost years")),
                statements(x).toString());
    }

    @Test
    void aPatronymicShortFormIsTheFullName() {
        Extraction x = extract("date 2019-07-24 Talks\n\nRuritania's minister responsible for foreign affairs, Tomas bin Karim bin Saad, "
                + "arrived in Tehran on Tuesday on an unannounced visit, the latest effort to cool tensions in the region.\n\nBin Karim held "
                + "talks with Iranian Foreign Minister Ivo Marek shortly after landing, Iran's foreign ministry said in a statement.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Tomas bin Karim bin Saad", "Ivo Marek"))),
                meetings(x).toString());
    }

    @Test
    void whatTheSidesDiscussedRightAfterACallIsTheCall() {
        Extraction x = extract("date 2021-05-11 Talks\n\nPrime Minister Ivo Marek spoke by phone on Monday with President Ana Lenko, his "
                + "office said. The two men discussed regional security and economic cooperation, the statement added.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(Mode.PHONE, meetings(x).get(0).mode());
    }

    @Test
    void aHeadlinesMeetingWithOneSideThatTheBodyDoesNotTellIsDropped() {
        Extraction x = extract("date 2017-04-05 Ruritanian minister in Havana as meeting with Raul Castro falls through\n\nHAVANA, April 5 "
                + "(Reuters) - Ruritanian Foreign Minister Ivo Marek said on Wednesday that relations with Cuba were strong.");
        assertEquals(List.of(), meetings(x));
    }

    @Test
    void twoCounterpartsMetAtTwoPlacesAreTwoMeetings() {
        Extraction x = extract("date 2018-06-14 Talks\n\nIvo Marek met Prime Minister Ana Lenko at the Blue Palace and President Tomas Ruiz "
                + "at the Green Palace on Thursday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Ana Lenko"))), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))), meetings(x).toString());
    }

    @Test
    void aReporterTheParserMadeAnAppositionReportsTheClauseBefore() {
        Extraction x = extract("date 2024-01-23 Talks\n\nRuritanian Foreign Minister Ivo Marek will visit Strelsau on Monday at the invitation "
                + "of his Bordurian counterpart, Ana Lenko, Borduria's foreign office said on Tuesday, a week after strikes pushed the "
                + "neighbours to the brink.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("Ruritanian Foreign Minister Ivo Marek will visit")
                && !"Ivo Marek".equals(label(x, st.speaker()))), statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> st.content().startsWith("on Tuesday")), statements(x).toString());
    }

    @Test
    void theNameBeforeAWhoClauseSpeaksNotTheOneInsideIt() {
        Extraction x = extract("date 2023-06-20 Talks\n\nSerbian President Ivo Marek, who hosted Lenko in Belgrade last week, called for calm "
                + "and said Serbia respected Bosnia's territorial integrity.");
        assertTrue(statements(x).stream().anyMatch(st -> "Ivo Marek".equals(label(x, st.speaker())) && st.content().startsWith("Serbia respected")),
                statements(x).toString());
    }

    @Test
    void aSubjectWithItsApposedNameAndAJoinedOneBothSpeak() {
        Extraction x = extract("date 2024-05-15 Talks\n\nThe EU's foreign policy chief, Ana Lenko, and Enlargement Commissioner Tomas Ruiz "
                + "said in a joint statement that the adoption of the law \"negatively impacts Ruritania's progress on the EU path\".");
        assertEquals(Set.of("Ana Lenko", "Tomas Ruiz"), statements(x).stream().map(st -> label(x, st.speaker())).collect(Collectors.toSet()));
    }

    @Test
    void aClauseRightAfterTheVerbIsWhatItSaysNotTheQuoteBefore() {
        Extraction x = extract("date 2024-05-15 Talks\n\nIvo Marek accused the visitors of \"interfering in the legislative process\" and "
                + "said Ruritania would not take \"lectures from abroad\".");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("Ruritania would not take")), statements(x).toString());
    }

    @Test
    void aParticipleAfterTheCommaIsNoContentOfTheVerbBefore() {
        Extraction x = extract("date 2016-04-03 Talks\n\nAnd a third delegate, Tomas Ruiz, said he was opposed to the plan. \"I prefer the "
                + "second option,\" he said, noting he had previously backed Ana Lenko.");
        assertTrue(statements(x).stream().noneMatch(st -> st.content().startsWith("noting")), statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> st.content().equals("he had previously backed Ana Lenko")), statements(x).toString());
    }

    @Test
    void aCountryDiscussedOnACallIsATopicNotACallee() {
        Extraction x = extract("date 2021-06-10 Talks\n\nSeparately, the Kremlin said Ivo Marek had discussed Ukraine with Ana Lenko in a phone "
                + "call on Wednesday evening.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(Set.of("Ivo Marek", "Ana Lenko"), labels(x, meetings(x).get(0).participants()));
    }

    @Test
    void aMeetingHeldBeforeAClosingSpokesmanKeepsWhoHeldIt() {
        Extraction x = extract("date 2024-07-11 Talks\n\nMarek also held a separate meeting with Turkish President Tomas Ruiz, a German "
                + "government spokesman said, without giving details.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Marek", "Tomas Ruiz"))), meetings(x).toString());
    }

    @Test
    void twoNamedInAppositionAreDueToMeetEachOther() {
        Extraction x = extract("date 2018-05-18 Talks\n\nThe foreign ministers of the two countries, Ivo Marek and Tomas Ruiz, are due to "
                + "meet again in Brussels next week.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))
                && m.status() == Status.PLANNED && "Brussels".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void aClosingReportHungOnTheLastConjunctReportsTheWholeClause() {
        Extraction x = extract("date 2019-02-14 Talks\n\nIvo Marek and Ana Lenko had been scheduled to visit the border town of Zenda on "
                + "Wednesday, but the trip was called off, Chile's presidency said without giving a reason.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("Ivo Marek and Ana Lenko had been scheduled")
                && st.content().endsWith("called off")), statements(x).toString());
    }

    @Test
    void theTwoMinistersAreTheTwoPeopleTheSentenceBeforeNames() {
        Extraction x = extract("date 2024-01-23 Talks\n\nRuritanian Foreign Minister Ivo Marek will visit Strelsau on Monday at the invitation "
                + "of his Bordurian counterpart, Ana Lenko, Borduria's foreign office said on Tuesday.\n\nThe announcement followed a "
                + "phone call between the two ministers on Friday in which, according to the foreign office, they agreed that "
                + "ambassadors would return to their posts.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Ana Lenko"))
                && m.mode() == Mode.PHONE && m.status() == Status.OCCURRED && "2024-01-19".equals(m.date().iso())), meetings(x).toString());
    }

    @Test
    void aStopInACityIsAVisit() {
        Extraction x = extract("date 2020-08-27 Talks\n\nUS envoy Ivo Marek had stopped in Islamabad on Tuesday, where he held separate talks "
                + "with Foreign Minister Ana Lenko.");
        List<Visit> visits = x.events().stream().filter(Visit.class::isInstance).map(Visit.class::cast).toList();
        assertTrue(visits.stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek")) && "Islamabad".equals(label(x, v.place()))),
                visits.toString());
    }

    @Test
    void aJointNewsConferenceWithOneOfThoseJustMetIsThatMeeting() {
        Extraction x = extract("date 2024-05-03 Talks\n\nRuritanian Foreign Minister Ivo Marek arrived in Strelsau on Thursday and "
                + "held talks with President Ana Lenko and Foreign Minister Tomas Ruiz.\n\nSpeaking at a joint news conference "
                + "with Mr Ruiz, he said the two countries would sign a trade pact in June.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(Set.of("Ivo Marek", "Ana Lenko", "Tomas Ruiz"), labels(x, meetings(x).get(0).participants()));
    }

    @Test
    void aRankBeforeAFullNameIsNoPartOfTheName() {
        Extraction x = extract("date 2017-06-08 Talks\n\nRuritanian Foreign Minister Sheikh Mohammed bin Tomas Al Marek held talks "
                + "with Bordurian Foreign Minister Ana Lenko in Strelsau on Wednesday.\n\nThe Bordurian leader, Ayatollah Ivo Marek, "
                + "met Tomas Ruiz on Friday.");
        assertEquals(2, meetings(x).size(), meetings(x).toString());
        assertEquals(Set.of("Mohammed bin Tomas Al Marek", "Ana Lenko"), labels(x, meetings(x).get(0).participants()));
        assertEquals(Set.of("Ivo Marek", "Tomas Ruiz"), labels(x, meetings(x).get(1).participants()));
    }

    @Test
    void aVisitToASiteIsAVisitToThePlaceTheSiteIsIn() {
        Extraction x = extract("date 2019-10-28 Talks\n\nRuritanian envoy Ana Lenko toured refugee camps near Zenda on Thursday.\n\n"
                + "Bordurian Foreign Minister Ivo Marek visited a hospital in Strelsau on Friday.\n\nTomas Ruiz visited the former "
                + "Dresden concentration camp on Saturday.");
        List<Visit> visits = x.events().stream().filter(Visit.class::isInstance).map(Visit.class::cast).toList();
        assertTrue(visits.stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Tomas Ruiz")) && "Dresden".equals(label(x, v.place()))),
                visits.toString());
        assertTrue(visits.stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Lenko")) && "Zenda".equals(label(x, v.place()))),
                visits.toString());
        assertTrue(visits.stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek")) && "Strelsau".equals(label(x, v.place()))),
                visits.toString());
    }

    @Test
    void aSummitToldOnlyAsTheEdgeOfAMeetingIsNoMeetingOfItsOwn() {
        Extraction x = extract("date 2014-11-24 Talks\n\nMarek, who met Lenko in Strelsau earlier this month on the sidelines of the "
                + "Asia-Pacific Economic Cooperation summit, said Ruritania was ready to show flexibility.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals(Set.of("Marek", "Lenko"), labels(x, meetings(x).get(0).participants()));
    }

    @Test
    void aQuotationBeforeASentenceIsNotReportedByAVerbDeepInsideIt() {
        Extraction x = extract("date 2022-06-29 Talks\n\nIn Zenda, Ruritanian spokesman Tomas Ruiz said the expansion of the pact was "
                + "\"deeply alarming.\" He added that Russia would respond if the pact deployed troops to the two countries.");
        assertTrue(statements(x).stream().noneMatch(st -> "Russia".equals(label(x, st.speaker()))), statements(x).toString());
        assertEquals(2, statements(x).size(), statements(x).toString());
    }

    @Test
    void anInfinitiveOfTheObjectIsNotWhatTheVerbReports() {
        Extraction x = extract("date 2022-06-29 Talks\n\nBorduria agreed on Tuesday to support Syldavia's bid to join the alliance after "
                + "a meeting between Ana Lenko and Eva Lind.");
        assertTrue(statements(x).isEmpty(), statements(x).toString());
    }

    @Test
    void aDateInASincePhraseOrAPossessiveDatesNoMeeting() {
        Extraction x = extract("date 2016-08-10 Talks\n\nBordurian President Ana Lenko travelled to Strelsau on Tuesday on her first trip "
                + "abroad since last month's failed coup and was received by Ruritanian President Ivo Marek at the palace.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals("2016-08-09", meetings(x).get(0).date().iso());
        Extraction y = extract("date 2016-08-10 Talks\n\nAna Lenko met Ivo Marek in Zenda, her first meeting with a foreign leader since "
                + "the election in June.");
        assertEquals(1, meetings(y).size(), meetings(y).toString());
        assertTrue(meetings(y).get(0).date() == null || !meetings(y).get(0).date().iso().startsWith("2016-06"), meetings(y).toString());
    }

    @Test
    void theOneNamedInAClauseThatHeSaidInterruptsIsNotHe() {
        Extraction x = extract("date 2017-07-09 Talks\n\nBordurian Foreign Minister Ivo Marek gave a different account. Lenko, he said, had "
                + "accepted the assurances of Ruritania that Zenda had not interfered.");
        assertEquals(1, statements(x).size(), statements(x).toString());
        assertEquals("Ivo Marek", label(x, statements(x).get(0).speaker()));
    }

    @Test
    void laterCounterpartsInSeparateMeetingsMetOneByOne() {
        Extraction x = extract("date 2017-07-09 Talks\n\nLenko met Marek on Friday, then Ruritanian Prime Minister Tomas Ruiz and Syldavian "
                + "President Eva Lind on Saturday, in back-to-back bilateral meetings at the convention center.\n\nRuritanian Foreign "
                + "Minister Ivo Kranj met Bordurian Foreign Minister Ana Vela on Wednesday, then, separately, Syldavian Foreign Minister "
                + "Tomas Berg and Carpathian Foreign Secretary Eva Holm on Thursday.");
        Set<Set<String>> pairs = meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet());
        assertEquals(Set.of(Set.of("Lenko", "Marek"), Set.of("Lenko", "Tomas Ruiz"), Set.of("Lenko", "Eva Lind"), Set.of("Ivo Kranj", "Ana Vela"),
                Set.of("Ivo Kranj", "Tomas Berg"), Set.of("Ivo Kranj", "Eva Holm")), pairs, meetings(x).toString());
    }

    @Test
    void aSourceThatPassesOnAnothersReportIsNotItsSpeaker() {
        Extraction x = extract("date 2022-03-19 Talks\n\nAccording to Ruritanian state broadcaster RTV, Lenko told Marek that the crisis in "
                + "Zenda was not something Ruritania wanted to see.");
        assertEquals(1, statements(x).size(), statements(x).toString());
        assertEquals("Lenko", label(x, statements(x).get(0).speaker()));
        Extraction y = extract("date 2022-03-19 Talks\n\nAccording to Ruritanian state broadcaster RTV, Lenko invited Marek to visit Zenda "
                + "in May.");
        assertTrue(statements(y).stream().anyMatch(st -> "RTV".equals(label(y, st.speaker()))), statements(y).toString());
    }

    @Test
    void counterpartsAfterThenSeparatelyMetOneByOneWhereverTheAdverbHangs() {
        Extraction x = extract("date 2012-07-13 Talks\n\nRuritanian Foreign Minister Ivo Kranj met Bordurian Foreign Minister Ana Vela on "
                + "Wednesday, then, separately, Syldavian Foreign Minister Tomas Berg and Carpathian Foreign Secretary Eva Holm on "
                + "Thursday, as territorial disputes in the Zenda Sea overshadowed a gathering of foreign ministers.\n\nIvo Marek met "
                + "Ana Lenko on Wednesday, then Tomas Ruiz told reporters the talks had failed.");
        Set<Set<String>> pairs = meetings(x).stream().map(m -> labels(x, m.participants())).collect(Collectors.toSet());
        assertEquals(Set.of(Set.of("Ivo Kranj", "Ana Vela"), Set.of("Ivo Kranj", "Tomas Berg"), Set.of("Ivo Kranj", "Eva Holm"),
                Set.of("Ivo Marek", "Ana Lenko")), pairs, meetings(x).toString());
        assertTrue(meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Tomas Berg"))
                .allMatch(m -> "2012-07-12".equals(m.date().iso())), meetings(x).toString());
    }

    @Test
    void aPronounInAClauseHungOnAnotherIsThatClausesSubject() {
        Extraction x = extract("date 2010-11-08 Talks\n\nIvo Marek held talks with Tomas Ruiz in Lima on Monday.\n\nRuiz said the two sides "
                + "had agreed to expand cooperation on trade. \"Borduria does not shy away from dialogue,\" he said, \"but threats and talks "
                + "cannot go together.\"\n\nLater on Monday, Marek addressed both houses of the parliament of Borduria, where he said "
                + "Ruritania supported the bid of Borduria for a permanent seat on the council.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().startsWith("Ruritania supported")
                && "Ivo Marek".equals(label(x, st.speaker()))), statements(x).toString());
    }

    @Test
    void aPersonTitledByABodyOrDescribedBesideANameIsThatPerson() {
        Extraction x = extract("date 2015-07-17 Talks\n\nOrganization of American States Secretary-General Ivo Marek, a former Ruritanian "
                + "foreign minister, wrapped up a two-day visit to Brazil on Friday after meeting Foreign Minister Ana Lenko.\n\nTomas "
                + "Ruiz, a veteran U.S. diplomat who toured Rabat and Algiers in October, said the talks were useful.");
        List<Visit> visits = x.events().stream().filter(Visit.class::isInstance).map(Visit.class::cast).toList();
        assertTrue(visits.stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek"))), visits.toString());
        assertTrue(visits.stream().filter(v -> v.evidence().begin() > 200).allMatch(v -> labels(x, v.visitors()).equals(Set.of("Tomas Ruiz"))),
                visits.toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Ana Lenko"))), meetings(x).toString());
    }

    @Test
    void talksHeldTheDayBeforeAreTheMainSubjects() {
        Extraction x = extract("date 2014-05-23 Talks\n\nThe president of the International Committee of the Red Cross, Eva Lind, arrived "
                + "in Kiev on Thursday to press for access, a day after holding talks in Moscow with Russian Foreign Minister Sergei Lavrov.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Eva Lind", "Sergei Lavrov"))), meetings(x).toString());
    }

    @Test
    void aGuestHostedInACityVisitedIt() {
        Extraction x = extract("date 2019-08-15 Talks\n\nRuritanian Prime Minister Ana Lenko, who hosted Ivo Marek in Lima in January, said "
                + "the talks were useful.\n\nTomas Ruiz hosted Eva Lind at a private dinner at his residence.");
        List<Visit> visits = x.events().stream().filter(Visit.class::isInstance).map(Visit.class::cast).toList();
        assertEquals(1, visits.size(), visits.toString());
        assertEquals(Set.of("Ivo Marek"), labels(x, visits.get(0).visitors()));
        assertEquals("Lima", label(x, visits.get(0).place()));
    }

    @Test
    void aBodysNegotiationsWithNeitherPlaceNorDateAreAProcess() {
        Extraction x = extract("date 2019-08-15 Talks\n\nThe U.N. climate negotiations, under way since the early 1990s, have so far failed "
                + "to deliver the cuts that Ruritania needs.\n\nThe IMF's negotiations with Lima, which began shortly after the country "
                + "defaulted on its debt, have dragged on for months.\n\nNATO leaders met in Brussels on Thursday.");
        assertEquals(1, meetings(x).size(), meetings(x).toString());
        assertEquals("Brussels", label(x, meetings(x).get(0).place()));
    }

    @Test
    void anArrivalAtASiteAndStopsOnATourAreVisits() {
        Extraction x = extract("date 2017-04-12 Talks\n\nRuritanian Foreign Minister Ivo Marek, speaking to reporters on arrival at Cairo "
                + "airport, said the strike was justified.\n\nBordurian Foreign Minister Ana Lenko is on a North African tour that will "
                + "also include stops in Algiers and Tunis.");
        Set<String> visits = x.events().stream().filter(Visit.class::isInstance).map(Visit.class::cast)
                .map(v -> String.join("+", labels(x, v.visitors())) + "@" + label(x, v.place())).collect(Collectors.toSet());
        assertEquals(Set.of("Ivo Marek@Cairo", "Ana Lenko@Algiers", "Ana Lenko@Tunis"), visits);
    }

    @Test
    void aTripPledgedOrPromisedIsPlanned() {
        Extraction x = extract("date 2016-01-27 Talks\n\nIvo Marek has pledged to visit Lima.");
        List<Visit> visits = x.events().stream().filter(Visit.class::isInstance).map(Visit.class::cast).toList();
        assertEquals(1, visits.size(), visits.toString());
        assertEquals(Status.PLANNED, visits.get(0).status());
    }

    @Test
    void aFormerOfficeHolderIsNotHisCountryAndATeteATeteIsAMeeting() {
        Extraction x = extract("date 2012-07-19 Talks\n\nThe former Peruvian president, who heads the panel, met President Ana Lenko in Lima "
                + "on Thursday.\n\nIvo Marek held a tête-à-tête with Ethiopian Prime Minister Ana Vela.\n\nThe special envoy for the "
                + "region, Tomas Ruiz, a veteran U.S. diplomat who toured Rabat in October, said talks were useful.");
        assertTrue(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).contains("Peru")), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Ana Vela"))), meetings(x).toString());
        List<Visit> visits = x.events().stream().filter(Visit.class::isInstance).map(Visit.class::cast).toList();
        assertTrue(visits.stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Tomas Ruiz"))), visits.toString());
    }

    @Test
    void anUntaggedNameAfterATitleIsAPerson() {
        Extraction x = extract("date 2019-05-08 Talks\n\nDuring his visit, Ivo Marek also met Peruvian Prime Minister Santiago del Solar.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Santiago del Solar"))),
                meetings(x).toString());
    }

    @Test
    void dueToHoldTalksAndDueAfterARelativeClauseArePlannedMeetings() {
        Extraction x = extract("date 2019-06-29 Talks\n\nAna Lenko flies to Lima on Saturday evening and is due to hold talks with "
                + "Peruvian President Ivo Marek on Sunday.\n\nU.N. envoy Tomas Ruiz, who arrived in Quito on Monday, is due to meet "
                + "Ecuadorian President Eva Lind on Tuesday.");
        for (Set<String> pair : List.of(Set.of("Ana Lenko", "Ivo Marek"), Set.of("Tomas Ruiz", "Eva Lind"))) {
            assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(pair) && m.status() == Status.PLANNED),
                    pair + " " + meetings(x));
        }
        // The day after the meeting verb, not the day of the flight before it.
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.date() != null && m.date().iso().equals("2019-06-30")), meetings(x).toString());
    }

    @Test
    void theTwoPresidentsAreThePresidentsAndAPastDayWithoutYearIsBehindUs() {
        Extraction x = extract("date 2016-06-10 Talks\n\nPeruvian President Ivo Marek will host Chilean President Ana Lenko in Lima "
                + "next week.\n\nOn Thursday, Chilean Foreign Minister Tomas Ruiz met Peruvian Foreign Minister Eva Lind in Santiago to "
                + "prepare the visit.\n\nThe two presidents first met in person in Quito on 10 December.");
        Meeting first = meetings(x).stream().filter(m -> "Quito".equals(label(x, m.place()))).findFirst().orElseThrow();
        assertEquals(Set.of("Ivo Marek", "Ana Lenko"), labels(x, first.participants()));
        assertEquals("2015-12-10", first.date().iso());
    }

    @Test
    void theDayBeforeCountsFromTheDayToldAndAVisitByADemonymsLeaderIsTheLeaders() {
        Extraction x = extract("date 2018-11-23 Talks\n\nSpanish Prime Minister Ivo Marek met Cuban President Ana Lenko in Havana on "
                + "Thursday, on the second day of the first official visit to Cuba by a Spanish head of government in 32 years.\n\n"
                + "The day before, Marek had been in Lima, where he was received by Peruvian President Tomas Ruiz.");
        Visit visit = visits(x).stream().filter(v -> "Cuba".equals(label(x, v.place()))).findFirst().orElseThrow();
        assertEquals(Set.of("Ivo Marek"), labels(x, visit.visitors()));
        assertEquals("2018-11-22", visit.date().iso());
        Meeting lima = meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Tomas Ruiz")).findFirst().orElseThrow();
        assertEquals("2018-11-21", lima.date().iso());
    }

    @Test
    void talksHeldByMinistersNamedInAppositionAreAMeeting() {
        Extraction x = extract("date 2020-09-11 Talks\n\nChile and Peru will quickly reopen the border, the two countries said on Friday "
                + "after their foreign ministers, Ana Lenko and Ivo Marek, held talks in Quito late on Thursday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && "Quito".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void aMeetingAndThenALargerOneInOneSentenceAreTwo() {
        Extraction x = extract("date 2019-06-29 Talks\n\nOn Friday, Ana Lenko met Peruvian President Ivo Marek and then joined Marek and "
                + "Bolivian President Tomas Ruiz, the summit host, for a three-way meeting.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))), meetings(x).toString());
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek", "Tomas Ruiz"))),
                meetings(x).toString());
    }

    @Test
    void dueToMeetTheHeadOfABodyIsAPlannedMeetingAndALoneDenialIsNone() {
        Extraction x = extract("date 2015-02-04 Talks\n\nFinance Minister Ivo Marek, who met Chilean Finance Minister Tomas Ruiz in Santiago "
                + "on Monday, is due to meet European Central Bank President Ana Lenko in Frankfurt on Wednesday.\n\nNo bilateral meeting "
                + "with Peruvian President Eva Lind is planned, the spokesman said.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Ana Lenko"))
                && m.status() == Status.PLANNED), meetings(x).toString());
        assertTrue(meetings(x).stream().noneMatch(m -> labels(x, m.participants()).equals(Set.of("Eva Lind"))), meetings(x).toString());
    }

    @Test
    void aMeetingAfterWhichTheyAgreedHappenedAtTheGatheringsPlace() {
        Extraction x = extract("date 2019-06-29 Talks\n\nChilean President Ana Lenko and Peruvian President Ivo Marek agreed on Saturday "
                + "to restart trade negotiations after meeting for about 80 minutes on the sidelines of the Group of 20 summit in Osaka."
                + "\n\nTomas Ruiz and Eva Lind held talks on the margins of the United Nations General Assembly in New York.");
        Meeting osaka = meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Ana Lenko")).findFirst().orElseThrow();
        assertEquals(Status.OCCURRED, osaka.status());
        assertEquals("Osaka", label(x, osaka.place()));
        Meeting newYork = meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Tomas Ruiz")).findFirst().orElseThrow();
        assertEquals("New York", label(x, newYork.place()));
    }

    @Test
    void oneOnAStateVisitInARelativeClauseVisits() {
        Extraction x = extract("date 2019-03-14 Talks\n\nChilean President Ana Lenko, who is on a three-day state visit to Peru, also "
                + "held talks with Prime Minister Ivo Marek.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Lenko")) && "Peru".equals(label(x, v.place()))),
                visits(x).toString());
    }

    @Test
    void twoWhoHadDiscussedSomethingByPhoneHadACall() {
        Extraction x = extract("date 2019-03-14 Talks\n\nThe ministry said Chilean President Ana Lenko and Peruvian President Ivo Marek "
                + "had discussed the border by phone.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.mode() == Mode.PHONE), meetings(x).toString());
    }

    @Test
    void anAppealForOneThingIsAStatement() {
        Extraction x = extract("date 2019-03-14 Talks\n\nU.N. envoy Ana Lenko called for restraint.");
        assertTrue(statements(x).stream().anyMatch(st -> st.content().equals("restraint") && st.act() == SpeechAct.APPEAL),
                statements(x).toString());
    }

    @Test
    void aPlaceNameSplitByTheTaggerIsOnePlace() {
        Extraction x = extract("date 2019-03-14 Talks\n\nArgentine President Ivo Marek is set to meet Bolivian President Ana Lenko next "
                + "week in La Paz.");
        assertTrue(meetings(x).stream().anyMatch(m -> "La Paz".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void oneWhoAccompaniesATravellerVisitsToo() {
        Extraction x = extract("date 2019-03-14 Talks\n\nChilean President Ana Lenko, accompanied by Foreign Minister Ivo Marek, visited "
                + "Lima on Monday.\n\nPeruvian President Tomas Ruiz arrived in Quito on Sunday, accompanied by Eva Lind.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ana Lenko", "Ivo Marek"))), visits(x).toString());
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Tomas Ruiz", "Eva Lind"))), visits(x).toString());
    }

    @Test
    void anAttributionFollowedByAReasonReportsTheClauseBeforeIt() {
        Extraction x = extract("date 2025-03-14 Talks\n\nA new round of indirect talks between Chile and the United States that Peru had "
                + "planned to host in Lima this weekend has been postponed, Peruvian Foreign Minister Ana Lenko said on Thursday, citing "
                + "\"logistical reasons.\"");
        assertTrue(statements(x).stream().anyMatch(st -> "Ana Lenko".equals(label(x, st.speaker()))
                && st.content().startsWith("A new round of indirect talks")), statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> st.content().equals("on Thursday")), statements(x).toString());
    }

    @Test
    void theSituationSomewhereTwoDiscussedIsNoVenue() {
        Extraction x = extract("date 2025-04-09 Talks\n\nChilean President Ana Lenko spoke by phone with Peruvian President Ivo Marek on "
                + "Wednesday.\n\nThe two leaders discussed trade, energy and the situation in Bolivia.");
        assertTrue(meetings(x).stream().noneMatch(m -> "Bolivia".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void heWhoReportsGoesOnWithTheOneWhoReportedBefore() {
        Extraction x = extract("date 2025-02-18 Talks\n\nForeign Minister Ana Lenko later spoke by phone with U.S. envoy Ivo Marek.\n\n"
                + "Marek had been due to arrive in Lima on Wednesday but has postponed the trip, Peruvian foreign ministry spokesman Tomas "
                + "Ruiz told reporters.\n\nHe said the envoy would instead host Lenko in Washington next week.");
        Statement st = statements(x).stream().filter(t -> t.content().contains("would instead host")).findFirst().orElseThrow();
        assertEquals("Tomas Ruiz", label(x, st.speaker()));
    }

    @Test
    void aPlanCalledOffLaterInItsSentenceWasCancelled() {
        Extraction x = extract("date 2025-02-18 Talks\n\nIvo Marek had been due to travel on to Lima on Wednesday but called off the "
                + "visit after the protests.\n\nChilean envoy Ana Lenko, who had planned to visit Quito this week, called off her trip."
                + "\n\nTomas Ruiz had been expected to hold talks with Eva Lind in Oslo, but postponed the talks.");
        Visit lima = visits(x).stream().filter(v -> "Lima".equals(label(x, v.place()))).findFirst().orElseThrow();
        assertEquals(Status.CANCELLED, lima.status());
        assertEquals("2025-02-19", lima.date().iso());
        Visit quito = visits(x).stream().filter(v -> "Quito".equals(label(x, v.place()))).findFirst().orElseThrow();
        assertEquals(Status.CANCELLED, quito.status());
        Meeting oslo = meetings(x).stream().filter(m -> labels(x, m.participants()).contains("Eva Lind")).findFirst().orElseThrow();
        assertEquals(Status.CANCELLED, oslo.status());
    }

    @Test
    void talksOfTwoSidesJoinedByAHyphenHaveBoth() {
        Extraction x = extract("date 2025-02-18 Talks\n\nChile-Peru talks resumed in Lima on Monday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Chile", "Peru"))), meetings(x).toString());
    }

    @Test
    void theLeaderOfADelegationThatArrivedVisits() {
        Extraction x = extract("date 2025-02-18 Talks\n\nA Peruvian delegation led by Foreign Minister Ivo Marek arrived in Santiago on "
                + "Monday for talks.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Ivo Marek")) && "Santiago".equals(label(x, v.place()))),
                visits(x).toString());
    }

    @Test
    void heIsNoNameAfterThe() {
        Extraction x = extract("date 2025-06-11 Talks\n\nGhana's President Tomas Ruiz, who has made several trips to the Sahel since "
                + "taking office, told reporters he had spoken by phone with Burkina Faso's military leader, Capt. Eva Lind, on Tuesday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Tomas Ruiz", "Eva Lind"))
                && m.mode() == Mode.PHONE), meetings(x).toString());
    }

    @Test
    void heInAWhereClauseIsTheSubjectOfTheClauseItDescribes() {
        Extraction x = extract("date 2025-10-06 Talks\n\nChilean envoy Ivo Marek and U.S. envoy Jan Ruiz met Ana Lenko on Monday.\n\n"
                + "After the talks with Lenko, Marek flew to Lima for meetings with Peruvian officials, while Ruiz headed to Quito, where "
                + "he is due to meet Ecuadorian President Tomas Lind on Tuesday.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Jan Ruiz", "Tomas Lind"))), meetings(x).toString());
    }

    @Test
    void aNounOfSpeechWithAThatClauseReportsTheClause() {
        Extraction x = extract("date 2025-09-04 Talks\n\nPeruvian President Ivo Marek issued a warning that the border would close.\n\n"
                + "Foreign Minister Tomas Ruiz opened the session with a warning that \"terrorism no longer respects our borders.\"\n\n"
                + "Chilean President Ana Lenko ended her speech with a promise that the border would stay open.");
        assertTrue(statements(x).stream().anyMatch(st -> "Ivo Marek".equals(label(x, st.speaker())) && st.content().equals("the border would close")
                && st.act() == SpeechAct.THREATEN), statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> "Tomas Ruiz".equals(label(x, st.speaker())) && st.content().startsWith("terrorism")),
                statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> "Ana Lenko".equals(label(x, st.speaker())) && st.cue().equals("promise")),
                statements(x).toString());
    }

    @Test
    void hisOfficeSpeaksAsTheOfficeOfTheOneHeIs() {
        Extraction x = extract("date 2025-02-18 Talks\n\nRuritanian Prime Minister Ivo Marek met Chilean President Ana Lenko on Monday. "
                + "His office said afterwards that the talks on the border had gone well.");
        Statement st = statements(x).stream().filter(t -> t.content().contains("had gone well")).findFirst().orElseThrow();
        assertEquals("Marek's office", label(x, st.speaker()));
    }

    @Test
    void aMeetingOnTheSidelinesOfAForumNamedForItsCityIsThere() {
        Extraction x = extract("date 2025-11-01 Talks\n\nChilean Foreign Minister Ana Lenko met her Peruvian counterpart Ivo Marek on the "
                + "sidelines of the Lima Dialogue security forum on Saturday.");
        assertTrue(meetings(x).stream().anyMatch(m -> "Lima".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void anUndatedReceptionByAHostAtHomeIsInTheDatelineCity() {
        Extraction x = extract("date 2025-08-26 Talks\n\nLIMA, Aug 26 - U.N. envoy Ana Lenko held talks in Lima on Tuesday with rebel "
                + "negotiator Tomas Ruiz, as Peru stepped up efforts to revive a stalled peace plan.\n\nPeru's foreign ministry said "
                + "Peruvian Foreign Minister Ivo Marek, who received Lenko and Ruiz separately, had reiterated that \"dialogue remains "
                + "the only path.\"");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ivo Marek", "Tomas Ruiz"))
                && "Lima".equals(label(x, m.place()))), meetings(x).toString());
    }

    @Test
    void itClosingASentenceIsNoNameInWhatItSaid() {
        Extraction x = extract("date 2025-12-04 Talks\n\nForeign Minister Ivo Marek spoke by phone with Ana Lenko on Wednesday, the "
                + "Peruvian foreign ministry said. The two discussed the resumption of trade between Chile and Bolivia, it said.");
        Statement st = statements(x).stream().filter(t -> t.content().startsWith("The two discussed")).findFirst().orElseThrow();
        assertTrue(label(x, st.speaker()).toLowerCase(java.util.Locale.ROOT).contains("ministry"), label(x, st.speaker()));
    }

    @Test
    void aBodyOwnedByATitleIsNamedWithIt() {
        Extraction x = extract("date 2025-10-17 Talks\n\n\"No such meeting is scheduled,\" the President's Media Division said in a "
                + "statement.\n\nThe Prime Minister's Office said the visit would go ahead.");
        assertTrue(statements(x).stream().anyMatch(st -> "President's Media Division".equals(label(x, st.speaker()))), statements(x).toString());
        assertTrue(statements(x).stream().anyMatch(st -> "Prime Minister's Office".equals(label(x, st.speaker()))), statements(x).toString());
    }

    @Test
    void aGivenNameAloneAsSubjectIsThePersonWhoBearsIt() {
        Extraction x = extract("date 2025-07-15 Talks\n\nEthiopian Prime Minister Abiy Tesfaye arrived in Nairobi on Monday.\n\nAbiy is "
                + "due to fly to Mombasa on Wednesday before returning to Addis Ababa.");
        assertTrue(visits(x).stream().anyMatch(v -> labels(x, v.visitors()).equals(Set.of("Abiy Tesfaye")) && "Mombasa".equals(label(x, v.place()))),
                visits(x).toString());
        Extraction y = extract("date 2026-01-28 Talks\n\nThai Foreign Minister Wiroj Sukprasert arrived in Cebu on Monday.\n\n"
                + "Chilean Foreign Minister Ana Lenko said she would also hold separate talks there with Wiroj.");
        assertTrue(meetings(y).stream().anyMatch(m -> labels(y, m.participants()).equals(Set.of("Ana Lenko", "Wiroj Sukprasert"))),
                meetings(y).toString());
    }

    @Test
    void anAcronymBeforeABodysNameWithAndIsItsOwner() {
        Extraction x = extract("date 2025-02-16 Talks\n\nChilean President Ana Lenko will attend a meeting of the AU Peace and Security "
                + "Council on Friday.");
        assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Peace and Security Council")), x.entities().toString());
    }

    @Test
    void anEventThisWeekIsDatedWithItsMonthUnlessTheWeekStraddlesTwo() {
        Extraction x = extract("date 2025-10-06 Talks\n\nChilean President Ana Lenko will visit Lima this week.\n\nPeruvian President "
                + "Ivo Marek visited Quito last week.");
        Visit lima = visits(x).stream().filter(v -> "Lima".equals(label(x, v.place()))).findFirst().orElseThrow();
        assertEquals("2025-10", lima.date().iso());
        assertEquals(Status.PLANNED, lima.status());
        Visit quito = visits(x).stream().filter(v -> "Quito".equals(label(x, v.place()))).findFirst().orElseThrow();
        assertEquals(null, quito.date());
    }

    @Test
    void callingOnSomeoneAfterAMeetingIsACourtesyCallOfTheSameSubject() {
        Extraction x = extract("date 2025-05-25 Talks\n\nChilean Foreign Minister Ana Lenko met her Peruvian counterpart Tomas Ruiz on "
                + "Saturday, then called on Prime Minister Ivo Marek at the Government Office.");
        assertTrue(meetings(x).stream().anyMatch(m -> labels(x, m.participants()).equals(Set.of("Ana Lenko", "Ivo Marek"))
                && m.mode() == Mode.IN_PERSON), meetings(x).toString());
    }

    @Test
    void whatAnAppealAsksOthersToKeepDoingIsNotTheirStatement() {
        Extraction x = extract("date 2025-05-25 Talks\n\nPeruvian Prime Minister Ivo Marek asked Chile to continue encouraging its "
                + "companies to invest in Peru.");
        assertTrue(statements(x).stream().anyMatch(st -> "Ivo Marek".equals(label(x, st.speaker()))), statements(x).toString());
        assertTrue(statements(x).stream().noneMatch(st -> "Chile".equals(label(x, st.speaker()))), statements(x).toString());
    }
}
