package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dragoman.link.KnowledgeBase;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.Role;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Mention;
import org.dragoman.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Roles a person holds: stated beside the name, or known to the table for the article's date; made-up names. */
class RolesTest {
    private static final String TABLE = """
            qid\ttype\tlabel\taliases\tcountry\tenwiki
            Q100\tCountry\tFreedonia\tFreedonian\t\t
            Q200\tCountry\tSylvania\tSylvanian\t\t
            Q500\tPerson\tAna Soto\tSoto\tQ100\t
            """;
    private static final String POSITIONS = """
            person\tposition\tposition_label\ttitle\tof\tstart\tend
            Q500\t\tPresident of Freedonia\tPresident\tQ100\t2019-05-01\t
            """;
    private final EntityExtractor extractor = new EntityExtractor(KnowledgeBase.of(
            new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)),
            new ByteArrayInputStream(POSITIONS.getBytes(StandardCharsets.UTF_8))));

    /** One sentence of single-word tokens dated {@code date}; a lower-case word is a common noun. */
    private static AnnotatedArticle article(LocalDate date, Map<Integer, String> ner, List<Mention> mentions, String... words) {
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            tags[i] = Character.isLowerCase(words[i].charAt(0)) ? "NN" : "NNP";
        }
        AnnotatedArticle doc = TestArticles.article(words, tags, ner, List.of(), mentions, List.of());
        Sentence s = doc.sentences().get(0);
        Article dated = new Article("t", "t.txt", doc.article().text(), 0, date);
        return new AnnotatedArticle(dated, List.of(s), mentions, List.of(), List.of());
    }

    private List<Role> rolesOf(AnnotatedArticle doc, String label) {
        return person(doc, label).roles();
    }

    private Entity person(AnnotatedArticle doc, String label) {
        return extractor.extract(doc).entities().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
    }

    /** The roles a description with a country may name the person by. */
    private List<Role> officeRolesOf(AnnotatedArticle doc, String label) {
        EntityIndex index = extractor.extract(doc);
        return index.officeRoles(index.entities().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow());
    }

    /** "President Ana Soto of Freedonia spoke" with the mentions NER gives it (offsets by the joined text). */
    private static AnnotatedArticle presidentOf(LocalDate date) {
        return article(date, Map.of(0, "TITLE", 1, "PERSON", 2, "PERSON", 4, "COUNTRY"),
                List.of(new Mention(0, 1, 3, 2, "Ana Soto", "PERSON", 10, 18), new Mention(0, 4, 5, 4, "Freedonia", "COUNTRY", 22, 31)),
                "President", "Ana", "Soto", "of", "Freedonia", "spoke");
    }

    @Test
    void aCountryAfterTheNameIsWhatTheTitleBeforeItIsOf() {
        List<Role> roles = rolesOf(presidentOf(LocalDate.of(2010, 1, 1)), "Ana Soto");
        assertEquals(List.of(new Role("President", "country/freedonia")), roles);
    }

    @Test
    void theTableGivesAKnownPersonTheOfficeHeldOnTheArticlesDate() {
        // "Ana Soto and the Sylvanian envoy met in Freedonia": the text gives her no title.
        AnnotatedArticle doc = article(LocalDate.of(2020, 1, 1), Map.of(0, "PERSON", 1, "PERSON", 4, "NATIONALITY", 8, "COUNTRY"),
                List.of(new Mention(0, 0, 2, 1, "Ana Soto", "PERSON", 0, 8), new Mention(0, 4, 5, 4, "Sylvanian", "NATIONALITY", 17, 26),
                        new Mention(0, 8, 9, 8, "Freedonia", "COUNTRY", 40, 49)),
                "Ana", "Soto", "and", "the", "Sylvanian", "envoy", "met", "in", "Freedonia");
        assertEquals(List.of(new Role("President", "country/freedonia")), officeRolesOf(doc, "Ana Soto"));
        assertTrue(rolesOf(doc, "Ana Soto").isEmpty(), "a bare 'the president' reads only the roles the text states");
        AnnotatedArticle before = article(LocalDate.of(2018, 1, 1), Map.of(0, "PERSON", 1, "PERSON", 8, "COUNTRY"),
                List.of(new Mention(0, 0, 2, 1, "Ana Soto", "PERSON", 0, 8), new Mention(0, 8, 9, 8, "Freedonia", "COUNTRY", 40, 49)),
                "Ana", "Soto", "and", "the", "Sylvanian", "envoy", "met", "in", "Freedonia");
        assertTrue(officeRolesOf(before, "Ana Soto").isEmpty(), "not yet in office on the article's date");
    }

    @Test
    void aPremierIsAPrimeMinister() {
        assertTrue(TitleLexicon.words("Prime Minister").contains("premier"));
        assertTrue(TitleLexicon.words("Premier").containsAll(List.of("prime", "minister")));
        assertEquals(List.of("foreign", "minister", TitleLexicon.TOP_DIPLOMAT), TitleLexicon.words("Foreign Minister"));
        assertEquals(List.of("trade", "minister"), TitleLexicon.words("Trade Minister"), "no premier, no top diplomat");
    }

    @Test
    void aMinisterIsNoPrimeMinisterButAPrimeMinisterAndAPremierAre() {
        assertTrue(TitleLexicon.describes("Foreign Minister", List.of("minister")));
        assertTrue(!TitleLexicon.describes("Prime Minister", List.of("minister")), "'the minister' is not the head of government");
        assertTrue(TitleLexicon.describes("Prime Minister", List.of("minister", "prime")));
        assertTrue(TitleLexicon.describes("Prime Minister", List.of("premier")));
        assertTrue(!TitleLexicon.describes("Vice President", List.of("president")), "a vice-president is no president");
        assertTrue(TitleLexicon.describes("Vice President", List.of("vice", "president")));
        assertTrue(TitleLexicon.isHeadTitle("Prime Minister") && TitleLexicon.isHeadTitle("Emir"));
        assertTrue(!TitleLexicon.isHeadTitle("Vice President") && !TitleLexicon.isHeadTitle("Foreign Minister"));
    }

    @Test
    void aRulerIsTheHeadOfStateAMonarchsTitleDescribes() {
        assertTrue(TitleLexicon.isHeadTitle("Ruler"));
        assertTrue(TitleLexicon.describes("Ruler", List.of("emir")) && TitleLexicon.describes("Ruler", List.of("sultan")));
        assertTrue(!TitleLexicon.describes("Foreign Minister", List.of("emir")));
    }

    @Test
    void anOfficeBeforeAnHonorificIsRead() {
        // "the Freedonian foreign minister, Sheikh Ana Soto, spoke"
        AnnotatedArticle doc = article(LocalDate.of(2010, 1, 1), Map.of(1, "NATIONALITY", 5, "TITLE", 6, "PERSON", 7, "PERSON"),
                List.of(new Mention(0, 1, 2, 1, "Freedonian", "NATIONALITY", 4, 14), new Mention(0, 6, 8, 7, "Ana Soto", "PERSON", 41, 49)),
                "the", "Freedonian", "foreign", "minister", ",", "Sheikh", "Ana", "Soto", ",", "spoke");
        assertTrue(rolesOf(doc, "Ana Soto").contains(new Role("Foreign Minister", "country/freedonia")), rolesOf(doc, "Ana Soto").toString());
    }

    @Test
    void aCountryBetweenTheTitleAndTheNameIsWhatTheTitleIsOf() {
        // "President of Freedonia Ana Soto spoke"
        AnnotatedArticle doc = article(LocalDate.of(2010, 1, 1), Map.of(0, "TITLE", 2, "COUNTRY", 3, "PERSON", 4, "PERSON"),
                List.of(new Mention(0, 2, 3, 2, "Freedonia", "COUNTRY", 13, 22), new Mention(0, 3, 5, 4, "Ana Soto", "PERSON", 23, 31)),
                "President", "of", "Freedonia", "Ana", "Soto", "spoke");
        assertEquals(List.of(new Role("President", "country/freedonia")), rolesOf(doc, "Ana Soto"));
        // "the Secretary of the President of Freedonia Ana Soto spoke": an office of an office is not the presidency.
        AnnotatedArticle aide = article(LocalDate.of(2010, 1, 1), Map.of(1, "TITLE", 4, "TITLE", 6, "COUNTRY", 7, "PERSON", 8, "PERSON"),
                List.of(new Mention(0, 6, 7, 6, "Freedonia", "COUNTRY", 34, 43), new Mention(0, 7, 9, 8, "Ana Soto", "PERSON", 44, 52)),
                "the", "Secretary", "of", "the", "President", "of", "Freedonia", "Ana", "Soto", "spoke");
        assertTrue(rolesOf(aide, "Ana Soto").stream().noneMatch(r -> r.title().equals("President")), rolesOf(aide, "Ana Soto").toString());
        assertTrue(!TitleLexicon.isHeadTitle("Secretary of the President") && TitleLexicon.isHeadTitle("President of the Republic"));
    }
}
