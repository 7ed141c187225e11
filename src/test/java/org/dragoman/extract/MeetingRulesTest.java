package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.Meeting;
import org.dragoman.model.Visit;
import org.dragoman.model.Mode;
import org.dragoman.model.Role;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;
import org.junit.jupiter.api.Test;

/**
 * Meeting patterns on hand-written parses of made-up sentences, so that each rule is checked without models.
 * Tokens are written {@code word/lemma/POS}, edges {@code relation governor dependent}, entities by token span.
 */
class MeetingRulesTest {
    /** One made-up sentence with its parse and the entities its tokens name. */
    private static final class Parsed {
        private final List<Token> tokens = new ArrayList<>();
        private final List<Dependency> edges = new ArrayList<>();
        private final List<Entity> entities = new ArrayList<>();
        private final Map<Long, String> tokenToEntity = new HashMap<>();
        private final StringBuilder text = new StringBuilder();

        Parsed(String tagged) {
            for (String item : tagged.trim().split("\\s+")) {
                String[] f = item.split("/");
                int begin = text.length();
                text.append(f[0]).append(' ');
                tokens.add(new Token(tokens.size(), f[0], f[1], f[2], f.length > 3 ? f[3] : "O", null, begin, begin + f[0].length()));
            }
        }

        Parsed edge(String relation, int governor, int dependent) {
            edges.add(new Dependency(relation, governor, dependent));
            return this;
        }

        Parsed entity(String id, EntityType type, int from, int to) {
            StringBuilder label = new StringBuilder();
            for (int i = from; i < to; i++) {
                label.append(i > from ? " " : "").append(tokens.get(i).word());
                tokenToEntity.put(EntityIndex.key(0, i), id);
            }
            entities.add(new Entity(id, type, label.toString(), List.of(), List.of(), List.of(), null));
            return this;
        }

        /** An entity holding a role ({@code title}) of another entity of the sentence. */
        Parsed entity(String id, EntityType type, int from, int to, String title, String of) {
            entity(id, type, from, to);
            Entity e = entities.remove(entities.size() - 1);
            entities.add(new Entity(e.id(), e.type(), e.label(), List.of(), List.of(), List.of(new Role(title, of, null, null, null)), null));
            return this;
        }

        List<Meeting> meetings() {
            return events().stream().filter(Meeting.class::isInstance).map(Meeting.class::cast).toList();
        }

        List<Visit> visits() {
            return events().stream().filter(Visit.class::isInstance).map(Visit.class::cast).toList();
        }

        List<Event> events() {
            String t = text.toString().strip();
            Article article = new Article("t", "t.txt", t, 0, LocalDate.of(2022, 3, 10));
            Sentence s = new Sentence(0, 0, t.length(), t, tokens, edges);
            AnnotatedArticle doc = new AnnotatedArticle(article, List.of(s), List.of(), List.of(), List.of());
            return new MeetingExtractor(GenderLexicon.load(), VerbLexicon.bundled()).extract(doc, new EntityIndex(entities, tokenToEntity), new DateResolver(doc));
        }
    }

    @Test
    void indefiniteGatheringFramesTheSubjectsMeeting() {
        // "Anna Berg spoke during a news conference in Oslo."
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP spoke/speak/VBD during/during/IN a/a/DT news/news/NN "
                + "conference/conference/NN in/in/IN Oslo/Oslo/NNP ./././")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obl:during", 2, 6)
                .edge("case", 6, 3).edge("det", 6, 4).edge("compound", 6, 5).edge("nmod:in", 6, 8).edge("case", 8, 7)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("city/oslo", EntityType.CITY, 8, 9);
        List<Meeting> found = p.meetings();
        assertEquals(1, found.size());
        assertEquals(List.of("person/anna-berg"), found.get(0).participants());
        assertEquals("city/oslo", found.get(0).place());
    }

    @Test
    void definiteGatheringIsAReferenceBack() {
        // "Anna Berg spoke during the conference."
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP spoke/speak/VBD during/during/IN the/the/DT conference/conference/NN ./././")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obl:during", 2, 5)
                .edge("case", 5, 3).edge("det", 5, 4)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2);
        assertTrue(p.meetings().isEmpty());
    }

    @Test
    void plainConferenceNeedsAPressOrVideoReading() {
        // "Anna Berg spoke during a conference." (an academic conference is no meeting of named sides)
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP spoke/speak/VBD during/during/IN a/a/DT conference/conference/NN ./././")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obl:during", 2, 5)
                .edge("case", 5, 3).edge("det", 5, 4)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2);
        assertTrue(p.meetings().isEmpty());
    }

    @Test
    void unnamedOtherSideStillTellsAMeeting() {
        // "After a meeting with community leaders, Anna Berg said ..."
        Parsed p = new Parsed("After/after/IN a/a/DT meeting/meeting/NN with/with/IN community/community/NN leaders/leader/NNS "
                + ",/,/, Anna/Anna/NNP Berg/Berg/NNP said/say/VBD")
                .edge("case", 2, 0).edge("det", 2, 1).edge("nmod:with", 2, 5).edge("case", 5, 3).edge("compound", 5, 4)
                .edge("obl:after", 9, 2).edge("compound", 8, 7).edge("nsubj", 9, 8).edge("root", -1, 9)
                .entity("person/anna-berg", EntityType.PERSON, 7, 9);
        List<Meeting> found = p.meetings();
        assertEquals(1, found.size());
        assertEquals(List.of("person/anna-berg"), found.get(0).participants());
    }

    @Test
    void infinitiveComplementInheritsTheSubject() {
        // "Anna Berg is due to hold a meeting in Oslo."
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP is/be/VBZ due/due/JJ to/to/TO hold/hold/VB a/a/DT meeting/meeting/NN "
                + "in/in/IN Oslo/Oslo/NNP ./././")
                .edge("compound", 1, 0).edge("nsubj", 3, 1).edge("cop", 3, 2).edge("root", -1, 3).edge("ccomp", 3, 5)
                .edge("mark", 5, 4).edge("obj", 5, 7).edge("det", 7, 6).edge("obl:in", 5, 9).edge("case", 9, 8)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("city/oslo", EntityType.CITY, 9, 10);
        List<Meeting> found = p.meetings();
        assertEquals(1, found.size());
        assertEquals(List.of("person/anna-berg"), found.get(0).participants());
    }

    @Test
    void oneParticipantWithoutCounterpartIsNoMeeting() {
        // "Anna Berg held a meeting on trade." names no other side, no place and no crowd.
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP held/hold/VBD a/a/DT meeting/meeting/NN on/on/IN trade/trade/NN ./././")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obj", 2, 4).edge("det", 4, 3)
                .edge("nmod:on", 4, 6).edge("case", 6, 5)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2);
        assertTrue(p.meetings().isEmpty());
    }

    @Test
    void anUnnamedOtherSideIsACounterpartWhereThePlaceIsTold() {
        // "Anna Berg met students in Lima."
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP met/meet/VBD students/student/NNS in/in/IN Lima/Lima/NNP ./././")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obj", 2, 3)
                .edge("case", 5, 4).edge("obl:in", 2, 5)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("city/lima", EntityType.CITY, 5, 6);
        assertEquals(1, p.meetings().size());
    }

    @Test
    void aNamedPersonMeetingOnlyUnnamedPeopleNowhereToldIsNoMeeting() {
        // "Anna Berg met students."
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP met/meet/VBD students/student/NNS ./././")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obj", 2, 3)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2);
        assertEquals(0, p.meetings().size());
    }

    @Test
    void laterTalksWithAnotherSideAreASecondMeeting() {
        // "Anna Berg will meet Lars Holm and later hold talks with Olaf Weber."
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP will/will/MD meet/meet/VB Lars/Lars/NNP Holm/Holm/NNP and/and/CC "
                + "later/later/RB hold/hold/VB talks/talk/NNS with/with/IN Olaf/Olaf/NNP Weber/Weber/NNP ./././")
                .edge("compound", 1, 0).edge("nsubj", 3, 1).edge("nsubj", 8, 1).edge("aux", 3, 2).edge("root", -1, 3)
                .edge("compound", 5, 4).edge("obj", 3, 5).edge("cc", 9, 6).edge("advmod", 9, 7).edge("conj:and", 3, 8)
                .edge("obj", 8, 9).edge("case", 12, 10).edge("compound", 12, 11).edge("nmod:with", 9, 12)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("person/lars-holm", EntityType.PERSON, 4, 6)
                .entity("person/olaf-weber", EntityType.PERSON, 11, 13);
        List<Meeting> found = p.meetings();
        assertEquals(2, found.size());
        assertEquals(List.of("person/anna-berg", "person/lars-holm"), found.get(0).participants());
        assertEquals(java.util.Set.of("person/anna-berg", "person/olaf-weber"), java.util.Set.copyOf(found.get(1).participants()));
    }

    @Test
    void meetingToIsAPurposeNotAnAddressee() {
        // "Lars Holm met to discuss trade with ... " parsed with a stray to-phrase: "met ... to Olaf Weber"
        Parsed p = new Parsed("before/before/IN meeting/meet/VBG the/the/DT envoys/envoy/NNS to/to/IN Olaf/Olaf/NNP Weber/Weber/NNP")
                .edge("root", -1, 1).edge("mark", 1, 0).edge("obj", 1, 3).edge("det", 3, 2).edge("obl:to", 1, 6)
                .edge("case", 6, 4).edge("compound", 6, 5)
                .entity("person/olaf-weber", EntityType.PERSON, 5, 7);
        assertTrue(p.meetings().isEmpty());
    }

    @Test
    void walkingWithAnotherLeaderIsAMeetingOfTwoPeople() {
        // "Anna Berg walks with Lars Holm at the palace in Oslo."
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP walks/walk/VBZ with/with/IN Lars/Lars/NNP Holm/Holm/NNP at/at/IN "
                + "the/the/DT palace/palace/NN in/in/IN Oslo/Oslo/NNP")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obl:with", 2, 5).edge("case", 5, 3)
                .edge("compound", 5, 4).edge("obl:at", 2, 8).edge("case", 8, 6).edge("det", 8, 7).edge("nmod:in", 8, 10)
                .edge("case", 10, 9)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("person/lars-holm", EntityType.PERSON, 4, 6)
                .entity("city/oslo", EntityType.CITY, 10, 11);
        List<Meeting> found = p.meetings();
        assertEquals(1, found.size());
        assertEquals(List.of("person/anna-berg", "person/lars-holm"), found.get(0).participants());
        assertEquals("city/oslo", found.get(0).place(), "the place of the venue");
    }

    @Test
    void walkingWithAGroupIsNoMeeting() {
        // "Anna Berg walks with the Acme Party." (a march, not two people meeting)
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP walks/walk/VBZ with/with/IN the/the/DT Acme/Acme/NNP Party/Party/NNP")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obl:with", 2, 6).edge("case", 6, 3)
                .edge("det", 6, 4).edge("compound", 6, 5)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("organization/acme-party", EntityType.ORGANIZATION, 5, 7);
        assertTrue(p.meetings().isEmpty());
    }

    @Test
    void theOneToldInACallTakesPart() {
        // "Anna Berg told Lars Holm in a telephone call that ..."
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP told/tell/VBD Lars/Lars/NNP Holm/Holm/NNP in/in/IN a/a/DT "
                + "telephone/telephone/NN call/call/NN")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obj", 2, 4).edge("compound", 4, 3)
                .edge("obl:in", 2, 8).edge("case", 8, 5).edge("det", 8, 6).edge("compound", 8, 7)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("person/lars-holm", EntityType.PERSON, 3, 5);
        List<Meeting> found = p.meetings();
        assertEquals(1, found.size());
        assertEquals(List.of("person/anna-berg", "person/lars-holm"), found.get(0).participants());
        assertEquals(Mode.PHONE, found.get(0).mode());
    }

    @Test
    void placeOfASummitToBeHeldThere() {
        // "Anna Berg will attend a summit to be held in Oslo."
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP will/will/MD attend/attend/VB a/a/DT summit/summit/NN to/to/TO "
                + "be/be/VB held/hold/VBN in/in/IN Oslo/Oslo/NNP")
                .edge("compound", 1, 0).edge("nsubj", 3, 1).edge("aux", 3, 2).edge("root", -1, 3).edge("obj", 3, 5)
                .edge("det", 5, 4).edge("acl", 5, 8).edge("mark", 8, 6).edge("aux:pass", 8, 7).edge("obl:in", 8, 10)
                .edge("case", 10, 9)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("city/oslo", EntityType.CITY, 10, 11);
        List<Meeting> found = p.meetings();
        assertEquals(1, found.size());
        assertEquals("city/oslo", found.get(0).place());
    }

    @Test
    void organisationNamedForumIsNoGathering() {
        // "Lars Holm's Acme Forum warned." (the forum is an organisation, not a gathering of Lars Holm)
        Parsed p = new Parsed("Lars/Lars/NNP Holm/Holm/NNP 's/'s/POS Acme/Acme/NNP Forum/Forum/NNP warned/warn/VBD")
                .edge("compound", 1, 0).edge("nmod:poss", 4, 1).edge("case", 1, 2).edge("compound", 4, 3)
                .edge("nsubj", 5, 4).edge("root", -1, 5)
                .entity("person/lars-holm", EntityType.PERSON, 0, 2).entity("organization/acme-forum", EntityType.ORGANIZATION, 3, 5);
        assertTrue(p.meetings().isEmpty());
    }

    @Test
    void buildingNamedAsModifierIsTheVenueNotASide() {
        // "After the Acme Palace meeting, the minister said ..."
        Parsed alone = new Parsed("After/after/IN the/the/DT Acme/Acme/NNP Palace/Palace/NNP meeting/meeting/NN ,/,/, "
                + "the/the/DT minister/minister/NN said/say/VBD")
                .edge("case", 4, 0).edge("det", 4, 1).edge("compound", 3, 2).edge("compound", 4, 3).edge("obl:after", 8, 4)
                .edge("det", 7, 6).edge("nsubj", 8, 7).edge("root", -1, 8)
                .entity("organization/acme-palace", EntityType.ORGANIZATION, 2, 4);
        assertTrue(alone.meetings().isEmpty());
        // "Anna Berg held an Acme Palace meeting with Lars Holm."
        Parsed sides = new Parsed("Anna/Anna/NNP Berg/Berg/NNP held/hold/VBD an/a/DT Acme/Acme/NNP Palace/Palace/NNP "
                + "meeting/meeting/NN with/with/IN Lars/Lars/NNP Holm/Holm/NNP")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obj", 2, 6).edge("det", 6, 3)
                .edge("compound", 5, 4).edge("compound", 6, 5).edge("nmod:with", 6, 9).edge("case", 9, 7).edge("compound", 9, 8)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("organization/acme-palace", EntityType.ORGANIZATION, 4, 6)
                .entity("person/lars-holm", EntityType.PERSON, 8, 10);
        List<Meeting> found = sides.meetings();
        assertEquals(1, found.size());
        assertEquals(List.of("person/lars-holm", "person/anna-berg"), found.get(0).participants());
    }

    @Test
    void frameLeftHangingByABrokenHeadlineParseStillFramesTheClause() {
        // "Deal Near - After a meeting with union leaders, Anna Berg said ..." with the phrase and the clause both
        // hung from the headline word.
        Parsed p = new Parsed("Deal/deal/NN -/-/HYPH After/after/IN a/a/DT meeting/meeting/NN with/with/IN leaders/leader/NNS "
                + ",/,/, Anna/Anna/NNP Berg/Berg/NNP said/say/VBD")
                .edge("root", -1, 0).edge("punct", 0, 1).edge("dep", 0, 4).edge("case", 4, 2).edge("det", 4, 3)
                .edge("nmod:with", 4, 6).edge("case", 6, 5).edge("punct", 0, 7).edge("compound", 9, 8)
                .edge("parataxis", 0, 10).edge("nsubj", 10, 9)
                .entity("person/anna-berg", EntityType.PERSON, 8, 10);
        List<Meeting> found = p.meetings();
        assertEquals(1, found.size());
        assertEquals(List.of("person/anna-berg"), found.get(0).participants());
        // Without the preposition the loose noun frames nothing.
        Parsed bare = new Parsed("Deal/deal/NN -/-/HYPH a/a/DT meeting/meeting/NN with/with/IN leaders/leader/NNS "
                + ",/,/, Anna/Anna/NNP Berg/Berg/NNP said/say/VBD")
                .edge("root", -1, 0).edge("punct", 0, 1).edge("dep", 0, 3).edge("det", 3, 2)
                .edge("nmod:with", 3, 5).edge("case", 5, 4).edge("punct", 0, 6).edge("compound", 8, 7)
                .edge("parataxis", 0, 9).edge("nsubj", 9, 8)
                .entity("person/anna-berg", EntityType.PERSON, 7, 9);
        assertTrue(bare.meetings().isEmpty());
    }

    @Test
    void venueNamedWithItsCityGivesTheCity() {
        // "Anna Berg will attend a summit to be held at Acme Lodge in Oslo."
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP will/will/MD attend/attend/VB a/a/DT summit/summit/NN to/to/TO "
                + "be/be/VB held/hold/VBN at/at/IN Acme/Acme/NNP Lodge/Lodge/NNP in/in/IN Oslo/Oslo/NNP")
                .edge("compound", 1, 0).edge("nsubj", 3, 1).edge("aux", 3, 2).edge("root", -1, 3).edge("obj", 3, 5)
                .edge("det", 5, 4).edge("acl", 5, 8).edge("mark", 8, 6).edge("aux:pass", 8, 7).edge("obl:at", 8, 11)
                .edge("case", 11, 9).edge("compound", 11, 10).edge("obl:in", 8, 13).edge("case", 13, 12)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("place/acme-lodge", EntityType.PLACE, 10, 12)
                .entity("city/oslo", EntityType.CITY, 13, 14);
        List<Meeting> found = p.meetings();
        assertEquals(1, found.size());
        assertEquals("city/oslo", found.get(0).place());
    }

    @Test
    void groupNounTakesTheFromPhraseHungOnTheMeeting() {
        // "Anna Berg hosts talks with envoys from the Ports League." with "from" attached to "talks".
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP hosts/host/VBZ talks/talk/NNS with/with/IN "
                + "envoys/envoy/NNS from/from/IN the/the/DT Ports/Ports/NNP League/League/NNP")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obj", 2, 3)
                .edge("nmod:with", 3, 5).edge("case", 5, 4).edge("nmod:from", 3, 9).edge("case", 9, 6)
                .edge("det", 9, 7).edge("compound", 9, 8)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2)
                .entity("organization/ports-league", EntityType.ORGANIZATION, 8, 10);
        List<Meeting> found = p.meetings();
        assertEquals(1, found.size());
        assertEquals(List.of("organization/ports-league", "person/anna-berg"), found.get(0).participants());
    }

    @Test
    void participleParsedAsAdjectiveInATimeFrameStillMeets() {
        // "Lars Holm spoke after meeting Olaf Weber." with "meeting" hung on "Weber" as an adjective.
        Parsed p = new Parsed("Lars/Lars/NNP Holm/Holm/NNP spoke/speak/VBD after/after/IN meeting/meet/VBG Olaf/Olaf/NNP "
                + "Weber/Weber/NNP ./././")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("case", 6, 3).edge("amod", 6, 4)
                .edge("compound", 6, 5).edge("obl:after", 2, 6)
                .entity("person/lars-holm", EntityType.PERSON, 0, 2).entity("person/olaf-weber", EntityType.PERSON, 5, 7);
        List<Meeting> found = p.meetings();
        assertEquals(1, found.size());
        assertEquals(java.util.Set.of("person/lars-holm", "person/olaf-weber"), java.util.Set.copyOf(found.get(0).participants()));
    }

    @Test
    void separateWithPhrasesAreSeparateMeetings() {
        // "Lars Holm met with Olaf Weber, then with Anna Berg."
        Parsed p = new Parsed("Lars/Lars/NNP Holm/Holm/NNP met/meet/VBD with/with/IN Olaf/Olaf/NNP Weber/Weber/NNP ,/,/, "
                + "then/then/RB with/with/IN Anna/Anna/NNP Berg/Berg/NNP ./././")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("case", 5, 3).edge("compound", 5, 4)
                .edge("obl:with", 2, 5).edge("advmod", 10, 7).edge("case", 10, 8).edge("compound", 10, 9)
                .edge("obl:with", 2, 10)
                .entity("person/lars-holm", EntityType.PERSON, 0, 2).entity("person/olaf-weber", EntityType.PERSON, 4, 6)
                .entity("person/anna-berg", EntityType.PERSON, 9, 11);
        List<Meeting> found = p.meetings();
        assertEquals(2, found.size());
        assertEquals(List.of("person/lars-holm", "person/olaf-weber"), found.get(0).participants());
        assertEquals(List.of("person/lars-holm", "person/anna-berg"), found.get(1).participants());
    }

    @Test
    void conjoinedWithPhrasesAreOneMeeting() {
        // "Lars Holm met with Olaf Weber and Anna Berg."
        Parsed p = new Parsed("Lars/Lars/NNP Holm/Holm/NNP met/meet/VBD with/with/IN Olaf/Olaf/NNP Weber/Weber/NNP "
                + "and/and/CC Anna/Anna/NNP Berg/Berg/NNP ./././")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("case", 5, 3).edge("compound", 5, 4)
                .edge("obl:with", 2, 5).edge("cc", 8, 6).edge("compound", 8, 7).edge("conj:and", 5, 8).edge("obl:with", 2, 8)
                .entity("person/lars-holm", EntityType.PERSON, 0, 2).entity("person/olaf-weber", EntityType.PERSON, 4, 6)
                .entity("person/anna-berg", EntityType.PERSON, 7, 9);
        List<Meeting> found = p.meetings();
        assertEquals(1, found.size());
        assertEquals(3, found.get(0).participants().size());
    }

    @Test
    void theOneDescribedAsFreshFromTalksTookPart() {
        // "Ivo Ruiz, fresh from talks with Ana Soto, said ..."
        Parsed p = new Parsed("Ivo/Ivo/NNP Ruiz/Ruiz/NNP ,/,/, fresh/fresh/JJ from/from/IN talks/talk/NNS with/with/IN "
                + "Ana/Ana/NNP Soto/Soto/NNP ,/,/, said/say/VBD")
                .edge("compound", 1, 0).edge("nsubj", 10, 1).edge("amod", 1, 3).edge("case", 5, 4).edge("obl:from", 3, 5)
                .edge("case", 8, 6).edge("compound", 8, 7).edge("nmod:with", 5, 8).edge("root", -1, 10)
                .entity("person/ivo-ruiz", EntityType.PERSON, 0, 2).entity("person/ana-soto", EntityType.PERSON, 7, 9);
        List<Meeting> found = p.meetings();
        assertEquals(1, found.size());
        assertEquals(java.util.Set.of("person/ivo-ruiz", "person/ana-soto"), java.util.Set.copyOf(found.get(0).participants()));
    }

    @Test
    void attendingAMeetingMeetsTheOthersThere() {
        // "Anna Berg attended a meeting on Monday." names no one else, yet others were there.
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP attended/attend/VBD a/a/DT meeting/meeting/NN on/on/IN Monday/Monday/NNP")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obj", 2, 4).edge("det", 4, 3)
                .edge("obl:on", 2, 6).edge("case", 6, 5)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2);
        assertEquals(1, p.meetings().size());
    }

    @Test
    void aCallForSomethingIsAnAppeal() {
        // "Anna Berg's call for a ceasefire in Oslo" is no telephone call.
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP 's/'s/POS call/call/NN for/for/IN a/a/DT ceasefire/ceasefire/NN "
                + "in/in/IN Oslo/Oslo/NNP")
                .edge("compound", 1, 0).edge("nmod:poss", 3, 1).edge("case", 1, 2).edge("root", -1, 3).edge("case", 6, 4)
                .edge("det", 6, 5).edge("nmod:for", 3, 6).edge("case", 8, 7).edge("nmod:in", 3, 8)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("city/oslo", EntityType.CITY, 8, 9);
        assertTrue(p.meetings().isEmpty());
    }

    @Test
    void aMeetingNounInsideANameIsNoGathering() {
        // "Anna Berg stayed at the Summit Hotel." with the hotel a named place.
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP stayed/stay/VBD at/at/IN the/the/DT Summit/Summit/NNP Hotel/Hotel/NNP")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("case", 6, 3).edge("det", 6, 4)
                .edge("compound", 6, 5).edge("obl:at", 2, 6)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("place/summit-hotel", EntityType.PLACE, 5, 7);
        assertTrue(p.meetings().isEmpty());
    }

    @Test
    void aMeetingNounModifyingAnotherNounIsNoGathering() {
        // "Anna Berg chairs the Higher Negotiations Committee." with the plural tagged as a common noun.
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP chairs/chair/VBZ the/the/DT Higher/high/JJR "
                + "Negotiations/negotiation/NNS Committee/Committee/NNP")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obj", 2, 6).edge("det", 6, 3)
                .edge("amod", 5, 4).edge("compound", 6, 5)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2)
                .entity("organization/higher-negotiations-committee", EntityType.ORGANIZATION, 4, 7);
        assertTrue(p.meetings().isEmpty());
        // "Anna Berg held talks with Ivo Ruiz" still meets: there the meeting noun is the head.
        Parsed talks = new Parsed("Anna/Anna/NNP Berg/Berg/NNP held/hold/VBD talks/talk/NNS with/with/IN Ivo/Ivo/NNP Ruiz/Ruiz/NNP")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obj", 2, 3).edge("case", 6, 4)
                .edge("compound", 6, 5).edge("nmod:with", 3, 6)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("person/ivo-ruiz", EntityType.PERSON, 5, 7);
        assertEquals(1, talks.meetings().size());
    }

    @Test
    void theCapitalWithItsNameInAppositionIsThatCity() {
        // "Anna Berg flew to the capital, Oslo."
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP flew/fly/VBD to/to/IN the/the/DT capital/capital/NN ,/,/, Oslo/Oslo/NNP")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("case", 5, 3).edge("det", 5, 4)
                .edge("obl:to", 2, 5).edge("punct", 5, 6).edge("appos", 5, 7)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("city/oslo", EntityType.CITY, 7, 8);
        List<Visit> visits = p.visits();
        assertEquals(1, visits.size());
        assertEquals("city/oslo", visits.get(0).place());
    }

    @Test
    void inACityOnAVisitIsAVisitThere() {
        // "Anna Berg, in Oslo on a visit, met Ivo Ruiz."
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP ,/,/, in/in/IN Oslo/Oslo/NNP on/on/IN a/a/DT visit/visit/NN ,/,/, "
                + "met/meet/VBD Ivo/Ivo/NNP Ruiz/Ruiz/NNP")
                .edge("compound", 1, 0).edge("nsubj", 9, 1).edge("obl:in", 9, 4).edge("case", 4, 3).edge("nmod:on", 4, 7)
                .edge("case", 7, 5).edge("det", 7, 6).edge("root", -1, 9).edge("obj", 9, 11).edge("compound", 11, 10)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("city/oslo", EntityType.CITY, 4, 5)
                .entity("person/ivo-ruiz", EntityType.PERSON, 10, 12);
        List<Visit> visits = p.visits();
        assertEquals(1, visits.size(), p.events().toString());
        assertEquals(List.of("person/anna-berg"), visits.get(0).visitors());
        assertEquals("city/oslo", visits.get(0).place());
    }

    @Test
    void anAsideCountingTheirMeetingsIsNoMeetingOfItsOwn() {
        // "Anna Berg and Ivo Ruiz praised the pact, their third encounter." (tokens word/lemma/POS, NER where given;
        // a signing by the two would itself be a meeting)
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP and/and/CC Ivo/Ivo/NNP Ruiz/Ruiz/NNP praised/praise/VBD the/the/DT "
                + "pact/pact/NN ,/,/, their/their/PRP$ third/third/JJ/ORDINAL encounter/encounter/NN")
                .edge("compound", 1, 0).edge("nsubj", 5, 1).edge("cc", 4, 2).edge("compound", 4, 3).edge("conj:and", 1, 4)
                .edge("nsubj", 5, 4).edge("root", -1, 5).edge("det", 7, 6).edge("obj", 5, 7).edge("punct", 11, 8)
                .edge("nmod:poss", 11, 9).edge("amod", 11, 10).edge("appos", 7, 11)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("person/ivo-ruiz", EntityType.PERSON, 3, 5);
        assertTrue(p.meetings().isEmpty(), p.meetings().toString());
    }

    @Test
    void aTelephoneCallWithTwoPeopleIsTwoCalls() {
        // "Anna Berg spoke by telephone with Ivo Ruiz and Eva Lind."
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP spoke/speak/VBD by/by/IN telephone/telephone/NN with/with/IN "
                + "Ivo/Ivo/NNP Ruiz/Ruiz/NNP and/and/CC Eva/Eva/NNP Lind/Lind/NNP")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("case", 4, 3).edge("obl:by", 2, 4)
                .edge("case", 7, 5).edge("compound", 7, 6).edge("obl:with", 2, 7).edge("cc", 10, 8).edge("compound", 10, 9)
                .edge("conj:and", 7, 10).edge("obl:with", 2, 10)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("person/ivo-ruiz", EntityType.PERSON, 6, 8)
                .entity("person/eva-lind", EntityType.PERSON, 9, 11);
        List<Meeting> calls = p.meetings();
        assertEquals(2, calls.size(), calls.toString());
        assertTrue(calls.stream().allMatch(m -> m.mode() == Mode.PHONE && m.participants().size() == 2), calls.toString());
    }

    @Test
    void meetingAStandardIsNoMeeting() {
        // "Anna Berg met the criteria in Oslo." (and "met with criticism") meets no one.
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP met/meet/VBD the/the/DT criteria/criterion/NNS in/in/IN Oslo/Oslo/NNP")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("det", 4, 3).edge("obj", 2, 4)
                .edge("case", 6, 5).edge("obl:in", 2, 6)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("city/oslo", EntityType.CITY, 6, 7);
        assertTrue(p.meetings().isEmpty());
    }

    @Test
    void callingSomeoneSomethingIsNoPhoneCall() {
        // "Anna Berg called Lars Holm a traitor": the parser hangs the second noun phrase as an apposition.
        Parsed naming = new Parsed("Anna/Anna/NNP Berg/Berg/NNP called/call/VBD Lars/Lars/NNP Holm/Holm/NNP a/a/DT "
                + "traitor/traitor/NN")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obj", 2, 4).edge("compound", 4, 3)
                .edge("appos", 4, 6).edge("det", 6, 5)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("person/lars-holm", EntityType.PERSON, 3, 5);
        assertEquals(List.of(), naming.meetings());
        // 'Anna Berg called Lars Holm "a true friend"': a quotation right after the name.
        Parsed quoted = new Parsed("Anna/Anna/NNP Berg/Berg/NNP called/call/VBD Lars/Lars/NNP Holm/Holm/NNP \u201c/\u201c/`` "
                + "a/a/DT friend/friend/NN")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obj", 2, 4).edge("compound", 4, 3)
                .edge("punct", 4, 5).edge("dep", 4, 7).edge("det", 7, 6)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("person/lars-holm", EntityType.PERSON, 3, 5);
        assertEquals(List.of(), quoted.meetings());
        // "Anna Berg called Lars Holm a traitor", the predicate parsed as a bare-noun modifier of the verb.
        Parsed npmod = new Parsed("Anna/Anna/NNP Berg/Berg/NNP called/call/VBD Lars/Lars/NNP Holm/Holm/NNP a/a/DT "
                + "traitor/traitor/NN")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obj", 2, 4).edge("compound", 4, 3)
                .edge("obl:npmod", 2, 6).edge("det", 6, 5)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("person/lars-holm", EntityType.PERSON, 3, 5);
        assertEquals(List.of(), npmod.meetings());
        // "Anna Berg called out Lars Holm": criticism.
        Parsed out = new Parsed("Anna/Anna/NNP Berg/Berg/NNP called/call/VBD out/out/RP Lars/Lars/NNP Holm/Holm/NNP")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("compound:prt", 2, 3).edge("obj", 2, 5)
                .edge("compound", 5, 4)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("person/lars-holm", EntityType.PERSON, 4, 6);
        assertEquals(List.of(), out.meetings());
        // "Anna Berg called Lars Holm": a telephone call.
        Parsed call = new Parsed("Anna/Anna/NNP Berg/Berg/NNP called/call/VBD Lars/Lars/NNP Holm/Holm/NNP")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obj", 2, 4).edge("compound", 4, 3)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("person/lars-holm", EntityType.PERSON, 3, 5);
        assertEquals(1, call.meetings().size());
        assertEquals(Mode.PHONE, call.meetings().get(0).mode());
    }

    @Test
    void theSubjectOfAMeetingNounUsedAsPredicateIsOneSide() {
        // "Ruritania was in talks with Borduria"
        Parsed p = new Parsed("Ruritania/Ruritania/NNP was/be/VBD in/in/IN talks/talk/NNS with/with/IN Borduria/Borduria/NNP")
                .edge("nsubj", 3, 0).edge("cop", 3, 1).edge("case", 3, 2).edge("root", -1, 3).edge("nmod:with", 3, 5)
                .edge("case", 5, 4)
                .entity("country/ruritania", EntityType.COUNTRY, 0, 1).entity("country/borduria", EntityType.COUNTRY, 5, 6);
        List<Meeting> found = p.meetings();
        assertEquals(1, found.size());
        assertEquals(java.util.Set.of("country/ruritania", "country/borduria"), java.util.Set.copyOf(found.get(0).participants()));
    }

    @Test
    void demandsThatWereMetAreNoMeeting() {
        // "If the demands are not met, Ana Soto warned, ..."
        Parsed p = new Parsed("If/if/IN the/the/DT demands/demand/NNS are/be/VBP not/not/RB met/meet/VBN ,/,/, Ana/Ana/NNP "
                + "Soto/Soto/NNP warned/warn/VBD")
                .edge("mark", 5, 0).edge("det", 2, 1).edge("nsubj:pass", 5, 2).edge("aux:pass", 5, 3).edge("advmod", 5, 4)
                .edge("advcl:if", 9, 5).edge("punct", 9, 6).edge("compound", 8, 7).edge("nsubj", 9, 8).edge("root", -1, 9)
                .entity("person/ana-soto", EntityType.PERSON, 7, 9);
        assertEquals(List.of(), p.meetings());
    }

    @Test
    void aVerbWithASubjectOfItsOwnTakesNoVisitorFromItsClause() {
        // "Ana Soto is impartial when it comes to Strelsau."
        Parsed idiom = new Parsed("Ana/Ana/NNP Soto/Soto/NNP is/be/VBZ impartial/impartial/JJ when/when/WRB it/it/PRP "
                + "comes/come/VBZ to/to/IN Strelsau/Strelsau/NNP")
                .edge("compound", 1, 0).edge("nsubj", 3, 1).edge("cop", 3, 2).edge("root", -1, 3).edge("advmod", 6, 4)
                .edge("nsubj", 6, 5).edge("advcl:when", 3, 6).edge("case", 8, 7).edge("obl:to", 6, 8)
                .entity("person/ana-soto", EntityType.PERSON, 0, 2).entity("city/strelsau", EntityType.CITY, 8, 9);
        assertEquals(List.of(), idiom.events());
    }

    @Test
    void pressConferenceAloneHasNoOtherSide() {
        // "Anna Berg said at a news conference that ..." (reporters are no side); with a place it stays a gathering.
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP said/say/VBD at/at/IN a/a/DT news/news/NN conference/conference/NN")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obl:at", 2, 6)
                .edge("case", 6, 3).edge("det", 6, 4).edge("compound", 6, 5)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2);
        assertEquals(List.of(), p.meetings());
    }

    @Test
    void presentParticipleTakesTheNounItModifiesAsSubject() {
        // "Anna Berg, speaking at a joint news conference with Ivo Ruiz, said ..."
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP ,/,/, speaking/speak/VBG at/at/IN a/a/DT joint/joint/JJ news/news/NN "
                + "conference/conference/NN with/with/IN Ivo/Ivo/NNP Ruiz/Ruiz/NNP ,/,/, said/say/VBD")
                .edge("compound", 1, 0).edge("acl", 1, 3).edge("nsubj", 13, 1).edge("root", -1, 13).edge("obl:at", 3, 8)
                .edge("case", 8, 4).edge("det", 8, 5).edge("amod", 8, 6).edge("compound", 8, 7).edge("nmod:with", 8, 11)
                .edge("case", 11, 9).edge("compound", 11, 10)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("person/ivo-ruiz", EntityType.PERSON, 10, 12);
        List<Meeting> found = p.meetings();
        assertEquals(1, found.size());
        assertEquals(java.util.Set.of("person/anna-berg", "person/ivo-ruiz"), java.util.Set.copyOf(found.get(0).participants()));
    }

    @Test
    void separatelyMetConjunctHungOnTheVerbIsAMeetingOfItsOwn() {
        // "Anna Berg met Ivo Ruiz and, separately, Eva Lind." with "Lind" parsed as a conjunct of "met"
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP met/meet/VBD Ivo/Ivo/NNP Ruiz/Ruiz/NNP and/and/CC ,/,/, "
                + "separately/separately/RB ,/,/, Eva/Eva/NNP Lind/Lind/NNP ./././")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("compound", 4, 3).edge("obj", 2, 4)
                .edge("conj:and", 2, 10).edge("cc", 10, 5).edge("advmod", 10, 7).edge("compound", 10, 9)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("person/ivo-ruiz", EntityType.PERSON, 3, 5)
                .entity("person/eva-lind", EntityType.PERSON, 9, 11);
        List<Meeting> found = p.meetings();
        assertEquals(2, found.size());
        assertEquals(java.util.Set.of("person/anna-berg", "person/ivo-ruiz"), java.util.Set.copyOf(found.get(0).participants()));
        assertEquals(java.util.Set.of("person/anna-berg", "person/eva-lind"), java.util.Set.copyOf(found.get(1).participants()));
    }

    @Test
    void returningToAnotherCountrysCapitalIsAVisitReturningHomeIsNot() {
        // "Anna Berg, the Ruritanian envoy, returned to Lima."; Lima is the capital of Peru in the bundled table.
        String tagged = "Anna/Anna/NNP Berg/Berg/NNP returned/return/VBD to/to/IN Lima/Lima/NNP ./././";
        Parsed abroad = new Parsed(tagged)
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obl:to", 2, 4).edge("case", 4, 3)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2, "envoy", "country/ruritania")
                .entity("city/lima", EntityType.CITY, 4, 5);
        abroad.entities.add(new Entity("country/ruritania", EntityType.COUNTRY, "Ruritania", List.of(), List.of(), List.of(), null));
        assertEquals(1, abroad.visits().size());
        assertEquals("city/lima", abroad.visits().get(0).place());
        Parsed home = new Parsed(tagged)
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obl:to", 2, 4).edge("case", 4, 3)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2, "envoy", "country/peru")
                .entity("city/lima", EntityType.CITY, 4, 5);
        home.entities.add(new Entity("country/peru", EntityType.COUNTRY, "Peru", List.of(), List.of(), List.of(), null));
        assertEquals(List.of(), home.visits());
        Parsed unknown = new Parsed(tagged)
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obl:to", 2, 4).edge("case", 4, 3)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("city/lima", EntityType.CITY, 4, 5);
        assertEquals(List.of(), unknown.visits());
    }

    @Test
    void spendingASpanOfTimeSomewhereIsAVisitSpendingMoneyIsNot() {
        // "Anna Berg spent two days in Oslo." against "Anna Berg spent millions in Oslo."
        Parsed stay = new Parsed("Anna/Anna/NNP Berg/Berg/NNP spent/spend/VBD two/two/CD/DURATION days/day/NNS/DURATION in/in/IN Oslo/Oslo/NNP ./././")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("nummod", 4, 3).edge("obj", 2, 4)
                .edge("obl:in", 2, 6).edge("case", 6, 5)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("city/oslo", EntityType.CITY, 6, 7);
        assertEquals(1, stay.visits().size());
        assertEquals("city/oslo", stay.visits().get(0).place());
        Parsed money = new Parsed("Anna/Anna/NNP Berg/Berg/NNP spent/spend/VBD millions/million/NNS in/in/IN Oslo/Oslo/NNP ./././")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obj", 2, 3)
                .edge("obl:in", 2, 5).edge("case", 5, 4)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("city/oslo", EntityType.CITY, 5, 6);
        assertEquals(List.of(), money.visits());
    }

    @Test
    void visitingBeforeANameIsTheGuestNotTheHostsTrip() {
        // "Anna Berg met visiting Minister Ivo Ruiz." with "visiting" parsed as a participle hung on "met", Ruiz its object
        Parsed met = new Parsed("Anna/Anna/NNP/PERSON Berg/Berg/NNP/PERSON met/meet/VBD visiting/visit/VBG Minister/Minister/NNP "
                + "Ivo/Ivo/NNP/PERSON Ruiz/Ruiz/NNP/PERSON ./././")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("xcomp", 2, 3).edge("obj", 3, 6)
                .edge("compound", 6, 4).edge("compound", 6, 5)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("person/ivo-ruiz", EntityType.PERSON, 5, 7);
        assertEquals(1, met.meetings().size());
        assertEquals(java.util.Set.of("person/anna-berg", "person/ivo-ruiz"), java.util.Set.copyOf(met.meetings().get(0).participants()));
        assertEquals(1, met.visits().size());
        assertEquals(List.of("person/ivo-ruiz"), met.visits().get(0).visitors());
        assertEquals("person/anna-berg", met.visits().get(0).host());
        // "Anna Berg told visiting Minister Ivo Ruiz that ...": speaking with the guest is meeting the guest.
        Parsed told = new Parsed("Anna/Anna/NNP/PERSON Berg/Berg/NNP/PERSON told/tell/VBD visiting/visit/VBG Minister/Minister/NNP "
                + "Ivo/Ivo/NNP/PERSON Ruiz/Ruiz/NNP/PERSON that/that/IN talks/talk/NNS would/would/MD resume/resume/VB ./././")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("xcomp", 2, 3).edge("obj", 3, 6)
                .edge("compound", 6, 4).edge("compound", 6, 5).edge("ccomp", 3, 10).edge("mark", 10, 7).edge("nsubj", 10, 8)
                .edge("aux", 10, 9)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("person/ivo-ruiz", EntityType.PERSON, 5, 7);
        assertEquals(1, told.meetings().size());
        assertEquals(List.of("person/ivo-ruiz"), told.visits().get(0).visitors());
    }

    @Test
    void aVisitToTwoPlacesIsAVisitToEach() {
        // "Anna Berg paid a visit to Oslo and Bergen."
        Parsed p = new Parsed("Anna/Anna/NNP Berg/Berg/NNP paid/pay/VBD a/a/DT visit/visit/NN to/to/IN Oslo/Oslo/NNP and/and/CC "
                + "Bergen/Bergen/NNP ./././")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obj", 2, 4).edge("det", 4, 3)
                .edge("nmod:to", 4, 6).edge("case", 6, 5).edge("nmod:to", 4, 8).edge("conj:and", 6, 8).edge("cc", 8, 7)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("city/oslo", EntityType.CITY, 6, 7)
                .entity("city/bergen", EntityType.CITY, 8, 9);
        assertEquals(List.of("city/oslo", "city/bergen"), p.visits().stream().map(Visit::place).toList());
    }

    @Test
    void seeingATitledPersonIsAMeetingButSeeingAReportIsNot() {
        // "Ana Soto will see the president, Ivo Ruiz."
        Parsed p = new Parsed("Ana/Ana/NNP Soto/Soto/NNP will/will/MD see/see/VB the/the/DT president/president/NN ,/,/, "
                + "Ivo/Ivo/NNP Ruiz/Ruiz/NNP ./././")
                .edge("compound", 1, 0).edge("nsubj", 3, 1).edge("aux", 3, 2).edge("root", -1, 3).edge("obj", 3, 5)
                .edge("det", 5, 4).edge("appos", 5, 8).edge("compound", 8, 7)
                .entity("person/ana-soto", EntityType.PERSON, 0, 2).entity("person/ivo-ruiz", EntityType.PERSON, 7, 9);
        List<Meeting> found = p.meetings();
        assertEquals(1, found.size());
        assertEquals(java.util.Set.of("person/ana-soto", "person/ivo-ruiz"), java.util.Set.copyOf(found.get(0).participants()));
        // "Ana Soto will see the report."
        Parsed report = new Parsed("Ana/Ana/NNP Soto/Soto/NNP will/will/MD see/see/VB the/the/DT report/report/NN ./././")
                .edge("compound", 1, 0).edge("nsubj", 3, 1).edge("aux", 3, 2).edge("root", -1, 3).edge("obj", 3, 5)
                .edge("det", 5, 4)
                .entity("person/ana-soto", EntityType.PERSON, 0, 2);
        assertTrue(report.meetings().isEmpty());
    }

    @Test
    void thoseWhoEmergeFromAMeetingWereAtIt() {
        // "Ana Soto and Ivo Ruiz emerged from a private meeting."
        Parsed p = new Parsed("Ana/Ana/NNP Soto/Soto/NNP and/and/CC Ivo/Ivo/NNP Ruiz/Ruiz/NNP emerged/emerge/VBD from/from/IN "
                + "a/a/DT private/private/JJ meeting/meeting/NN ./././")
                .edge("compound", 1, 0).edge("conj:and", 1, 4).edge("cc", 4, 2).edge("compound", 4, 3).edge("nsubj", 5, 1)
                .edge("nsubj", 5, 4).edge("root", -1, 5).edge("obl:from", 5, 9).edge("case", 9, 6).edge("det", 9, 7).edge("amod", 9, 8)
                .entity("person/ana-soto", EntityType.PERSON, 0, 2).entity("person/ivo-ruiz", EntityType.PERSON, 3, 5);
        List<Meeting> found = p.meetings();
        assertEquals(1, found.size());
        assertEquals(java.util.Set.of("person/ana-soto", "person/ivo-ruiz"), java.util.Set.copyOf(found.get(0).participants()));
    }

    @Test
    void theTwoOfAConjoinedClauseAreTheSidesOfTheMeetingHeldBefore() {
        // "Ana Soto held a meeting with Ivo Ruiz, and the two spoke by phone."
        Parsed p = new Parsed("Ana/Ana/NNP Soto/Soto/NNP held/hold/VBD a/a/DT meeting/meeting/NN with/with/IN Ivo/Ivo/NNP Ruiz/Ruiz/NNP "
                + ",/,/, and/and/CC the/the/DT two/two/CD spoke/speak/VBD by/by/IN phone/phone/NN ./././")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("obj", 2, 4).edge("det", 4, 3)
                .edge("nmod:with", 4, 7).edge("case", 7, 5).edge("compound", 7, 6).edge("punct", 2, 8).edge("cc", 12, 9)
                .edge("conj:and", 2, 12).edge("nsubj", 12, 11).edge("det", 11, 10).edge("obl:by", 12, 14).edge("case", 14, 13)
                .entity("person/ana-soto", EntityType.PERSON, 0, 2).entity("person/ivo-ruiz", EntityType.PERSON, 6, 8);
        assertTrue(p.meetings().stream().anyMatch(m -> m.mode() == Mode.PHONE
                && java.util.Set.copyOf(m.participants()).equals(java.util.Set.of("person/ana-soto", "person/ivo-ruiz"))), p.meetings().toString());
    }

    @Test
    void twoPeopleSigningMeetOneDoesNot() {
        // "Anna Berg and Ivo Ruiz signed the pact."
        Parsed two = new Parsed("Anna/Anna/NNP Berg/Berg/NNP and/and/CC Ivo/Ivo/NNP Ruiz/Ruiz/NNP signed/sign/VBD the/the/DT "
                + "pact/pact/NN")
                .edge("compound", 1, 0).edge("nsubj", 5, 1).edge("cc", 4, 2).edge("compound", 4, 3).edge("conj:and", 1, 4)
                .edge("nsubj", 5, 4).edge("root", -1, 5).edge("det", 7, 6).edge("obj", 5, 7)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2).entity("person/ivo-ruiz", EntityType.PERSON, 3, 5);
        assertEquals(1, two.meetings().size(), two.meetings().toString());
        assertEquals(List.of("person/anna-berg", "person/ivo-ruiz"), two.meetings().get(0).participants());
        // "Anna Berg signed the bill."
        Parsed one = new Parsed("Anna/Anna/NNP Berg/Berg/NNP signed/sign/VBD the/the/DT bill/bill/NN")
                .edge("compound", 1, 0).edge("nsubj", 2, 1).edge("root", -1, 2).edge("det", 4, 3).edge("obj", 2, 4)
                .entity("person/anna-berg", EntityType.PERSON, 0, 2);
        assertTrue(one.meetings().isEmpty(), one.meetings().toString());
    }
}
