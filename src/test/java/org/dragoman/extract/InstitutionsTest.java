package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dragoman.link.EntityLinker;
import org.dragoman.link.KnowledgeBase;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Extraction;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Mention;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;
import org.junit.jupiter.api.Test;

/** State bodies named by a common noun with their country, or by a name of their own; made-up countries. */
class InstitutionsTest {
    private static final String TABLE = """
            qid\ttype\tlabel\taliases\tcountry\tenwiki
            Q100\tCountry\tRuritania\tRuritanian|Rurland\t\t
            Q200\tCountry\tSylvania\tSylvanian\t\t
            Q300\tOrganization\tRuritanian Federal Cabinet\tGovernment of Ruritania\tQ100\t
            Q400\tCity\tPorto Verde\t\tQ200\t
            Q500\tOrganization\tUnited Nations\tU.N.\t\t
            Q501\tOrganization\tOffice of the Refugee Commissioner\tU.N. refugee agency\t\t
            """;
    private final KnowledgeBase kb = KnowledgeBase.of(new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)), null);
    private final EntityExtractor extractor = new EntityExtractor(kb);

    /** One sentence: each word is "word/POS" or "word/POS/NER". */
    private static AnnotatedArticle article(String... tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < tagged.length; i++) {
            String[] p = tagged[i].split("/");
            boolean glued = p[0].equals("'s");
            if (i > 0 && !glued) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(p[0]);
            tokens.add(new Token(i, p[0], p[0], p[1], p.length > 2 ? p[2] : "O", null, begin, text.length()));
        }
        String t = text.toString();
        Sentence s = new Sentence(0, 0, t.length(), t, tokens, List.of());
        List<Mention> mentions = new ArrayList<>();
        for (Token tok : tokens) {
            if (!tok.ner().equals("O")) {
                mentions.add(new Mention(0, tok.index(), tok.index() + 1, tok.index(), tok.word(), tok.ner(), tok.begin(), tok.end()));
            }
        }
        return new AnnotatedArticle(new Article("t", "t.txt", t, 0, LocalDate.of(2020, 1, 1)), List.of(s), mentions,
                List.of(), List.of());
    }

    private List<Entity> entities(AnnotatedArticle doc) {
        return extractor.extract(doc).entities();
    }

    private static Entity organization(List<Entity> entities) {
        return entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION).findFirst().orElseThrow();
    }

    @Test
    void demonymAndGovernmentNameAnOrganisationOfThatCountry() {
        List<Entity> es = entities(article("the/DT", "Ruritanian/JJ/NATIONALITY", "government/NN", "said/VBD", "on/IN",
                "Monday/NNP"));
        Entity body = organization(es);
        assertEquals("Ruritanian government", body.label());
        assertTrue(body.aliases().contains("Government of Ruritania"), "the Wikidata-style name is an alias");
        Entity country = es.stream().filter(e -> e.type() == EntityType.COUNTRY).findFirst().orElseThrow();
        assertEquals("Ruritania", country.label(), "the country stays an entity");
        assertEquals(1, body.roles().size());
        assertEquals("government", body.roles().get(0).title());
        assertEquals(country.id(), body.roles().get(0).ofEntity(), "affiliated with its country");
    }

    @Test
    void aBodyNamedTwiceGoesByItsPlainestName() {
        List<Entity> es = entities(article("Ruritania/NNP/COUNTRY", "'s/POS", "military/JJ", "government/NN", "fell/VBD", "./.",
                "Ruritania/NNP/COUNTRY", "'s/POS", "government/NN", "said/VBD", "so/RB"));
        assertEquals("Ruritania's government", organization(es).label(), "not the modifier one use added");
    }

    @Test
    void aCountryUnderTwoOfItsNamesIsOneEntity() {
        List<Entity> es = entities(article("Rurland/NNP/COUNTRY", "and/CC", "Ruritania/NNP/COUNTRY", "are/VBP", "one/CD"));
        assertEquals(1, es.stream().filter(e -> e.type() == EntityType.COUNTRY).count(), es.toString());
    }

    @Test
    void aDemonymNerTookForAPersonStillNamesTheCountry() {
        Entity body = organization(entities(article("the/DT", "Sylvanian/NNP/PERSON", "foreign/JJ", "ministry/NN", "said/VBD")));
        assertEquals("Sylvanian foreign ministry", body.label());
        assertTrue(body.aliases().contains("Ministry of Foreign Affairs of Sylvania"), body.aliases().toString());
    }

    @Test
    void possessiveAndOfPhrasesNameTheBodyToo() {
        Entity possessive = organization(entities(article("Sylvania/NNP/COUNTRY", "'s/POS", "foreign/JJ", "ministry/NN",
                "denied/VBD", "it/PRP")));
        assertEquals("Sylvania's foreign ministry", possessive.label());
        assertTrue(possessive.aliases().contains("Ministry of Foreign Affairs of Sylvania"));
        Entity of = organization(entities(article("the/DT", "government/NN", "of/IN", "Sylvania/NNP/COUNTRY",
                "urged/VBD", "calm/NN")));
        assertEquals("government of Sylvania", of.label());
    }

    @Test
    void embassyIsKnownByItsCity() {
        Entity embassy = organization(entities(article("the/DT", "Ruritanian/JJ/NATIONALITY", "embassy/NN", "in/IN",
                "Lima/NNP/CITY", "urged/VBD", "citizens/NNS", "to/TO", "leave/VB")));
        assertEquals("Ruritanian embassy in Lima", embassy.label());
    }

    @Test
    void embassyIsKnownByItsCountryTaggedSoOrKnownToTheTable() {
        Entity tagged = organization(entities(article("the/DT", "Ruritanian/JJ/NATIONALITY", "embassy/NN", "in/IN",
                "Sylvania/NNP/COUNTRY", "urged/VBD", "calm/NN")));
        assertEquals("Ruritanian embassy in Sylvania", tagged.label());
        Entity location = organization(entities(article("the/DT", "Ruritanian/JJ/NATIONALITY", "embassy/NN", "in/IN",
                "Sylvania/NNP/LOCATION", "urged/VBD", "calm/NN")));
        assertEquals("Ruritanian embassy in Sylvania", location.label());
    }

    @Test
    void anOrganisationNamedWithTheCommonNounsAfterItIsTheBodyTheTableKnows() {
        List<Entity> es = entities(article("the/DT", "U.N./NNP/ORGANIZATION", "refugee/NN", "agency/NN", "said/VBD", "so/RB"));
        assertTrue(es.stream().anyMatch(e -> e.label().equals("U.N. refugee agency")), es.toString());
        List<Entity> plain = entities(article("the/DT", "U.N./NNP/ORGANIZATION", "peace/NN", "plan/NN", "failed/VBD"));
        assertTrue(plain.stream().anyMatch(e -> e.label().equals("U.N.")), "an unknown longer name is not taken: " + plain);
    }

    @Test
    void aBodyNamedAfterItsCountrysPossessiveKeepsTheCountryInItsName() {
        List<Entity> es = entities(article("Sylvania/NNP/COUNTRY", "'s/POS", "Ministry/NNP/ORGANIZATION", "of/IN/ORGANIZATION",
                "Youth/NNP/ORGANIZATION", "said/VBD", "so/RB"));
        assertTrue(es.stream().anyMatch(e -> e.label().startsWith("Sylvania's Ministry")), es.toString());
    }

    @Test
    void embassyCityNerLeftALocationIsKnownFromTheTable() {
        Entity embassy = organization(entities(article("the/DT", "Ruritanian/JJ/NATIONALITY", "embassy/NN", "in/IN",
                "Porto/NNP/LOCATION", "Verde/NNP/LOCATION", "urged/VBD", "calm/NN")));
        assertEquals("Ruritanian embassy in Porto Verde", embassy.label());
        Entity unknown = organization(entities(article("the/DT", "Ruritanian/JJ/NATIONALITY", "embassy/NN", "in/IN",
                "Borduria/NNP/LOCATION", "urged/VBD", "calm/NN")));
        assertEquals("Ruritanian embassy", unknown.label(), "a place the table does not know as a city is no embassy's city");
    }

    @Test
    void bodyWithoutCountryOrModifyingAnotherNounIsNobody() {
        assertTrue(entities(article("the/DT", "government/NN", "said/VBD", "nothing/NN")).isEmpty(),
                "a bare government names nobody");
        List<Entity> source = entities(article("a/DT", "Ruritanian/JJ/NATIONALITY", "government/NN", "source/NN",
                "said/VBD", "so/RB"));
        assertTrue(source.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), "a government source is not the government");
        List<Entity> officials = entities(article("officials/NNS", "said/VBD", "so/RB"));
        assertTrue(officials.isEmpty());
    }

    @Test
    void twoNamesOfOneBodyAreOneActor() {
        AnnotatedArticle doc = article("the/DT", "Ruritanian/JJ/NATIONALITY", "government/NN", "and/CC", "the/DT",
                "government/NN", "of/IN", "Ruritania/NNP/COUNTRY", "agree/VBP");
        assertEquals(1, entities(doc).stream().filter(e -> e.type() == EntityType.ORGANIZATION).count());
    }

    @Test
    void properlyNamedBodyCarriesItsCountry() {
        Entity kremlin = organization(entities(article("Russia/NNP/COUNTRY", "wants/VBZ", "talks/NNS", ",/,", "the/DT",
                "Kremlin/NNP", "said/VBD")));
        assertEquals("Kremlin", kremlin.label());
        assertEquals("presidency", kremlin.roles().get(0).title());
    }

    @Test
    void bodyLinksThroughItsWikidataStyleName() {
        AnnotatedArticle doc = article("the/DT", "Ruritanian/JJ/NATIONALITY", "government/NN", "said/VBD", "so/RB");
        Extraction x = new EntityLinker(kb).link(new Extractor(kb).extract(doc));
        Entity body = organization(x.entities());
        assertEquals("Q300", body.link().qid());
        assertEquals("Ruritanian government", body.label(), "the label stays the name as written");
    }

    @Test
    void anyMinistryBesideItsCountryIsABodyOfThatCountry() {
        List<Entity> es = entities(article("Ruritania/NNP/COUNTRY", "'s/POS", "information/NN", "ministry/NN", "said/VBD"));
        Entity body = organization(es);
        assertEquals("Ruritania's information ministry", body.label());
        assertEquals("information ministry", body.roles().get(0).title());
        List<Entity> none = entities(article("Ruritania/NNP/COUNTRY", "'s/POS", "new/JJ", "ministry/NN", "said/VBD"));
        assertTrue(none.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), "an adjective names no ministry");
    }

    @Test
    void capitalStandsForItsCountrysBody() {
        // Lima is Peru's capital in the bundled capitals table.
        List<Entity> es = entities(article("Lima/NNP/CITY", "'s/POS", "foreign/JJ", "ministry/NN", "said/VBD"));
        Entity body = organization(es);
        assertEquals("Lima's foreign ministry", body.label());
        assertTrue(body.aliases().contains("Ministry of Foreign Affairs of Peru"), "the Wikidata-style name is an alias");
    }
}
