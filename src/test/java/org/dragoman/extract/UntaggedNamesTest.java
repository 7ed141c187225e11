package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dragoman.link.KnowledgeBase;
import org.dragoman.model.Entity;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.CorefChain;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Mention;
import org.junit.jupiter.api.Test;

/** Names the table knows but NER leaves untagged or files under another kind; made-up names. */
class UntaggedNamesTest {
    private static final String TABLE = """
            qid\ttype\tlabel\taliases\tcountry\tenwiki
            Q100\tCountry\tFreedonia\tFreedonian\t\t
            Q200\tCountry\tSylvania\tSylvanian\t\t
            Q300\tOrganization\tG9\tGroup of Nine\t\t
            Q400\tOrganization\tal-Marika\tAl-Marika\t\t
            Q500\tPerson\tPak Son-il\tPak Son Il\t\t
            Q600\tOrganization\tFreedonian Union\t\t\t
            Q700\tCity\tUnion\t\tQ100\t
            Q800\tPerson\tIvo-Karel Vasko\tVasko\t\t
            Q900\tPerson\tMin Tala Rok\t\t\t
            """;
    private final EntityExtractor extractor = new EntityExtractor(KnowledgeBase.of(
            new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)), null));

    /** One sentence of the given tokens, separated by spaces unless a token is "-" glued to its neighbours. */
    private static AnnotatedArticle article(Map<Integer, String> ner, List<Mention> mentions, String... words) {
        return article(ner, mentions, List.of(), words);
    }

    /** As {@link #article(Map, List, String...)}, with coreference chains; a lower-case word is a common noun. */
    private static AnnotatedArticle article(Map<Integer, String> ner, List<Mention> mentions, List<CorefChain> chains, String... words) {
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            tags[i] = Character.isLowerCase(words[i].charAt(0)) ? "NN" : "NNP";
        }
        return TestArticles.article(words, tags, ner, List.of(), mentions, chains);
    }

    private List<String> labels(AnnotatedArticle doc) {
        return extractor.extract(doc).entities().stream().map(Entity::label).sorted().toList();
    }

    @Test
    void aRankAndGivenNameJoinsTheFullNameThatCarriesTheRankToo() {
        Map<Integer, String> ner = Map.of(0, "PERSON", 1, "PERSON", 2, "PERSON", 3, "PERSON", 5, "PERSON", 6, "PERSON", 8, "PERSON", 9, "PERSON");
        AnnotatedArticle doc = article(ner, List.of(new Mention(0, 0, 4, 3, "Prince Ivo bin Tomas", "PERSON", 0, 20),
                new Mention(0, 5, 7, 6, "Jan Berg", "PERSON", 25, 33), new Mention(0, 8, 10, 9, "Prince Ivo", "PERSON", 38, 48)),
                "Prince", "Ivo", "bin", "Tomas", "met", "Jan", "Berg", "and", "Prince", "Ivo", "spoke");
        // The rank joins the short form to the full name and then drops from it, as "Sheikh" does.
        assertEquals(List.of("Ivo bin Tomas", "Jan Berg"), labels(doc));
    }

    @Test
    void aFullNameTakenOnceForABodyIsThePersonNamedSoElsewhere() {
        Map<Integer, String> ner = Map.of(0, "PERSON", 1, "PERSON", 3, "ORGANIZATION", 4, "ORGANIZATION");
        AnnotatedArticle doc = article(ner, List.of(new Mention(0, 0, 2, 1, "Ana Soto", "PERSON", 0, 8),
                new Mention(0, 3, 5, 4, "Ana Soto", "ORGANIZATION", 13, 21)), "Ana", "Soto", "met", "Ana", "Soto", "again");
        assertEquals(List.of("Ana Soto"), labels(doc));
        List<String> types = extractor.extract(doc).entities().stream().map(e -> e.type().name()).toList();
        assertEquals(List.of("PERSON"), types);
    }

    @Test
    void untaggedOrganisationCodeFromTheTableIsAnEntity() {
        assertEquals(List.of("G9"), labels(article(Map.of(), List.of(), "Unlike", "G9", "meetings", "focus", "on", "trade")));
        assertEquals(List.of(), labels(article(Map.of(), List.of(), "The", "GDP", "grew")), "codes the table lacks stay out");
    }

    @Test
    void anOrganisationNerSplitIntoADemonymAndACityIsTheOrganisation() {
        AnnotatedArticle doc = article(Map.of(1, "NATIONALITY", 2, "CITY"), List.of(new Mention(0, 1, 2, 1, "Freedonian", "NATIONALITY", 4, 14),
                new Mention(0, 2, 3, 2, "Union", "CITY", 15, 20)), "The", "Freedonian", "Union", "said", "so");
        assertEquals(List.of("Freedonian Union"), labels(doc), "one body, no city of that name");
        AnnotatedArticle city = article(Map.of(1, "CITY"), List.of(new Mention(0, 1, 2, 1, "Union", "CITY", 3, 8)), "in", "Union", "today");
        assertEquals(List.of("Union"), labels(city), "the city alone stays a city");
    }

    @Test
    void demonymsOfAHyphenatedCompoundNameTheirCountries() {
        assertEquals(List.of("Freedonia", "Sylvania"),
                labels(article(Map.of(), List.of(), "a", "Freedonian", "-", "Sylvanian", "pipeline")));
    }

    @Test
    void tableOrganisationFiledUnderAnotherKindIsAnOrganisation() {
        AnnotatedArticle doc = article(Map.of(1, "IDEOLOGY", 2, "IDEOLOGY", 3, "IDEOLOGY"),
                List.of(new Mention(0, 1, 4, 3, "Al-Marika", "IDEOLOGY", 3, 12)), "an", "Al", "-", "Marika", "attack");
        assertEquals(List.of("Al-Marika"), labels(doc));
    }

    @Test
    void aFullNameNerTookForAPlaceIsThePersonWhoseSurnameItSharesElsewhere() {
        AnnotatedArticle doc = article(Map.of(1, "LOCATION", 2, "LOCATION", 3, "LOCATION", 6, "PERSON", 7, "PERSON"),
                List.of(new Mention(0, 1, 4, 3, "Ivo de Souza", "LOCATION", 6, 18), new Mention(0, 6, 8, 7, "de Souza", "PERSON", 28, 36)),
                "Envoy", "Ivo", "de", "Souza", "flew", "and", "de", "Souza", "spoke");
        List<Entity> entities = extractor.extract(doc).entities();
        assertEquals(List.of("PERSON"), entities.stream().filter(e -> e.label().equals("Ivo de Souza")).map(e -> e.type().name()).toList(),
                entities.toString());
        AnnotatedArticle alone = article(Map.of(1, "LOCATION", 2, "LOCATION"), List.of(new Mention(0, 1, 3, 2, "Port Souza", "LOCATION", 3, 13)),
                "in", "Port", "Souza", "today");
        assertEquals(List.of("PLACE"), extractor.extract(alone).entities().stream().map(e -> e.type().name()).toList(),
                "no person of that surname: the place stays");
    }

    @Test
    void anAdjectiveNerTookForAPersonBeforeANounIsNoOne() {
        String[] words = {"She", "met", "Acmean", "community", "leaders"};
        String[] tags = {"PRP", "VBD", "JJ", "NN", "NNS"};
        List<Dependency> deps = List.of(new Dependency("nsubj", 1, 0),
                new Dependency("root", -1, 1), new Dependency("amod", 4, 2),
                new Dependency("compound", 4, 3), new Dependency("obj", 1, 4));
        List<Mention> acmean = List.of(new Mention(0, 2, 3, 2, "Acmean", "PERSON", 8, 14));
        assertEquals(List.of(), labels(TestArticles.article(words, tags, Map.of(2, "PERSON"), deps, acmean, List.of())));
        String[] said = {"Acmean", "said", "so"};
        List<Dependency> subject = List.of(new Dependency("nsubj", 1, 0),
                new Dependency("root", -1, 1), new Dependency("advmod", 1, 2));
        assertEquals(List.of("Acmean"), labels(TestArticles.article(said, new String[] {"JJ", "VBD", "RB"}, Map.of(0, "PERSON"), subject,
                List.of(new Mention(0, 0, 1, 0, "Acmean", "PERSON", 0, 6)), List.of())), "a surname the tagger took for an adjective stays");
    }

    @Test
    void aFirstNameNerTookForAUnitOfTimeJoinsTheNameTheTableKnows() {
        AnnotatedArticle doc = article(Map.of(1, "DURATION", 2, "PERSON", 3, "PERSON"),
                List.of(new Mention(0, 2, 4, 3, "Tala Rok", "PERSON", 12, 20)), "General", "Min", "Tala", "Rok", "arrived");
        assertEquals(List.of("Min Tala Rok"), labels(doc));
    }

    @Test
    void capitalisedWordsEndingAsAnOrganisationsNameAreThatOrganisation() {
        assertEquals(List.of("Acme Negotiations Committee"), labels(article(Map.of(), List.of(),
                "the", "bloc", ",", "the", "Acme", "Negotiations", "Committee", ",", "has", "threatened")));
        assertEquals(List.of(), labels(article(Map.of(), List.of(), "Committee", "members", "met")), "a lone word is no name");
    }

    @Test
    void koreanAndChineseNamesPutTheFamilyNameFirst() {
        assertEquals("Han", EntityExtractor.familyName("Han Min-jun"));
        assertEquals("Pak", EntityExtractor.familyName("Pak Jun"));
        assertEquals("Holloway", EntityExtractor.familyName("Kim Holloway"));
        assertEquals("Soto", EntityExtractor.familyName("Ana Soto"));
        assertEquals("Lopez-Obrador", EntityExtractor.familyName("Andres Lopez-Obrador"));
        assertEquals("Ruiz", EntityExtractor.familyName("Jean-Luc Ruiz"));
        assertEquals("Wang", EntityExtractor.familyName("Wang Jianguo"));
        assertEquals("Zhao", EntityExtractor.familyName("Zhao Lei"));
        assertEquals("Smith", EntityExtractor.familyName("Wang Smith"));
    }
    /** Person mentions for the given token ranges {start, end} of {@link #article}'s one sentence of {@code words}. */
    private static List<Mention> people(String[] words, int[]... spans) {
        List<Mention> out = new ArrayList<>();
        for (int[] span : spans) {
            int begin = String.join(" ", List.of(words).subList(0, span[0])).length() + (span[0] > 0 ? 1 : 0);
            String text = String.join(" ", List.of(words).subList(span[0], span[1]));
            out.add(new Mention(0, span[0], span[1], span[1] - 1, text, "PERSON", begin, begin + text.length()));
        }
        return out;
    }

    @Test
    void aLoneGivenNameJoinsTheOneFullNameItBegins() {
        String[] words = {"Dawa", "Tesfaye", "met", "Ivo", "Ruiz", "and", "Dawa", "spoke"};
        assertEquals(List.of("Dawa Tesfaye", "Ivo Ruiz"),
                labels(article(Map.of(), people(words, new int[] {0, 2}, new int[] {3, 5}, new int[] {6, 7}), words)));
        String[] two = {"Dawa", "Tesfaye", "met", "Dawa", "Ruiz", "and", "Dawa", "spoke"};
        assertEquals(List.of("Dawa", "Dawa Ruiz", "Dawa Tesfaye"),
                labels(article(Map.of(), people(two, new int[] {0, 2}, new int[] {3, 5}, new int[] {6, 7}), two)),
                "a given name two full names begin stays apart");
        String[] surname = {"Ana", "Tesfaye", "met", "Tesfaye", "Ruiz", "and", "Tesfaye", "spoke"};
        assertEquals(List.of("Ana Tesfaye", "Tesfaye Ruiz"),
                labels(article(Map.of(), people(surname, new int[] {0, 2}, new int[] {3, 5}, new int[] {6, 7}), surname)),
                "a word that ends a full name is that person's surname first");
    }
    @Test
    void anUntaggedGivenNameOfANameWithAPatronymicIsThatPerson() {
        String[] words = {"Ahmad", "bin", "Yusuf", "Al", "Tamimi", "met", "Ivo", "Ruiz", "and", "Ahmad", "spoke"};
        Entity ahmad = extractor.extract(article(Map.of(), people(words, new int[] {0, 5}, new int[] {6, 8}), words)).entities()
                .stream().filter(e -> e.label().startsWith("Ahmad")).findFirst().orElseThrow();
        assertEquals(2, ahmad.mentions().size(), ahmad.mentions().toString());
        String[] two = {"Ahmad", "bin", "Yusuf", "Al", "Tamimi", "met", "Ahmad", "Karimi", "and", "Ahmad", "spoke"};
        Entity first = extractor.extract(article(Map.of(), people(two, new int[] {0, 5}, new int[] {6, 8}), two)).entities()
                .stream().filter(e -> e.label().endsWith("Tamimi")).findFirst().orElseThrow();
        assertEquals(1, first.mentions().size(), "a given name two people share names neither");
    }
    @Test
    void aBareTitleCoreferenceJoinsToAPersonGivenThatTitleIsHer() {
        String[] words = {"Foreign", "Secretary", "Ana", "Soto", "left", "and", "the", "secretary", "spoke"};
        Mention name = people(words, new int[] {2, 4}).get(0);
        Mention proper = new Mention(0, 0, 4, 3, "Foreign Secretary Ana Soto", "PROPER", 0, name.endChar());
        Mention title = new Mention(0, 6, 8, 7, "the secretary", "NOMINAL", 35, 48);
        AnnotatedArticle doc = article(Map.of(2, "PERSON", 3, "PERSON"), List.of(name),
                List.of(new CorefChain(1, List.of(proper, title), proper)), words);
        Entity soto = extractor.extract(doc).entities().stream().filter(e -> e.label().equals("Ana Soto")).findFirst().orElseThrow();
        assertEquals(2, soto.mentions().size(), soto.mentions().toString());
        String[] other = {"Foreign", "Minister", "Ana", "Soto", "left", "and", "the", "secretary", "spoke"};
        Mention otherName = people(other, new int[] {2, 4}).get(0);
        Mention otherProper = new Mention(0, 0, 4, 3, "Foreign Minister Ana Soto", "PROPER", 0, otherName.endChar());
        AnnotatedArticle untitled = article(Map.of(2, "PERSON", 3, "PERSON"), List.of(otherName),
                List.of(new CorefChain(1, List.of(otherProper, new Mention(0, 6, 8, 7, "the secretary", "NOMINAL", 34, 47)), otherProper)), other);
        Entity minister = extractor.extract(untitled).entities().stream().filter(e -> e.label().equals("Ana Soto")).findFirst().orElseThrow();
        assertEquals(1, minister.mentions().size(), "a title the chain never gives her: " + minister.mentions());
    }

    @Test
    void aPersonTheTableKnowsIsFoundWhereTheTokenizerSplitTheHyphenAndNerMissedIt() {
        assertEquals(List.of("Pak Son-il"), labels(article(Map.of(), List.of(), "Envoy", "Pak", "Son", "-", "il", "met", "them")));
        assertEquals(List.of(), labels(article(Map.of(), List.of(), "Envoy", "Pak", "Son", "-", "jin", "met", "them")),
                "a name the table lacks stays out");
    }

    @Test
    void aFamilyNameTwoNamesShareIsTheOneNamedFirst() {
        // "Pak Son Il" puts the family name first, "Ivo Pak" last: "Pak" is the one named first.
        String[] words = {"Pak", "Son", "Il", "met", "Ana", "Soto", "and", "Pak", "spoke", "before", "Ivo", "Pak", "left"};
        List<Mention> mentions = people(words, new int[] {0, 3}, new int[] {4, 6}, new int[] {7, 8}, new int[] {10, 12});
        Entity korean = extractor.extract(article(Map.of(), mentions, words)).entities().stream()
                .filter(e -> e.label().equals("Pak Son Il")).findFirst().orElseThrow();
        assertEquals(2, korean.mentions().size(), korean.mentions().toString());
        assertEquals("Pak", EntityExtractor.familyName("Pak Son Il"));
        assertEquals("Il", EntityExtractor.familyName("Ana Son Il"), "three short words without a Korean family name first");
    }

    @Test
    void aFamilyNameThatSeveralFamilyFirstNamesShareIsTheOneNamedLastBeforeIt() {
        // "Kim Chol Su met Kim Yong Ho and Kim spoke": both put the family name first, so "Kim" is the nearer one.
        String[] words = {"Kim", "Chol", "Su", "met", "Kim", "Yong", "Ho", "and", "Kim", "spoke"};
        List<Mention> mentions = people(words, new int[] {0, 3}, new int[] {4, 7}, new int[] {8, 9});
        Entity nearer = extractor.extract(article(Map.of(), mentions, words)).entities().stream()
                .filter(e -> e.label().equals("Kim Yong Ho")).findFirst().orElseThrow();
        assertEquals(2, nearer.mentions().size(), nearer.mentions().toString());
    }

    @Test
    void anOrganisationsNameTakesTheWordsBeforeItsAnd() {
        String[] words = {"Peace", "and", "Security", "Council", "met"};
        Mention council = new Mention(0, 2, 4, 3, "Security Council", "ORGANIZATION", 10, 26);
        assertEquals(List.of("Peace and Security Council"),
                labels(article(Map.of(2, "ORGANIZATION", 3, "ORGANIZATION"), List.of(council), words)));
        String[] lower = {"peace", "and", "Security", "Council", "met"};
        assertEquals(List.of("Security Council"), labels(article(Map.of(2, "ORGANIZATION", 3, "ORGANIZATION"),
                List.of(new Mention(0, 2, 4, 3, "Security Council", "ORGANIZATION", 10, 26)), lower)), "a common word stays out");
    }

    @Test
    void aSurnameThatIsAMonthAfterAnHonorificIsThePerson() {
        // "Ana May spoke . Mrs May left", with "May" after "Mrs" tagged as a date.
        AnnotatedArticle doc = article(Map.of(0, "PERSON", 1, "PERSON", 5, "DATE"),
                List.of(new Mention(0, 0, 2, 1, "Ana May", "PERSON", 0, 7)), "Ana", "May", "spoke", ".", "Mrs", "May", "left");
        Entity may = extractor.extract(doc).entities().stream().filter(e -> e.label().equals("Ana May")).findFirst().orElseThrow();
        assertEquals(2, may.mentions().size(), may.mentions().toString());
    }

    @Test
    void anUntaggedNameAfterTownOfIsTheTown() {
        AnnotatedArticle doc = article(Map.of(), List.of(), "They", "landed", "in", "the", "desert", "town", "of", "Al", "-", "Zarqal", "today");
        List<Entity> found = extractor.extract(doc).entities();
        assertEquals(List.of("Al-Zarqal"), found.stream().map(Entity::label).toList());
        assertEquals(org.dragoman.model.EntityType.CITY, found.get(0).type());
        assertEquals(List.of(), labels(article(Map.of(), List.of(), "They", "declared", "a", "state", "of", "Emergency", "today")),
                "a state of something is no place");
    }

    @Test
    void untaggedGivenNamesBeforeAKnownPersonJoinTheName() {
        AnnotatedArticle doc = article(Map.of(3, "PERSON"), List.of(new Mention(0, 3, 4, 3, "Vasko", "PERSON", 10, 15)),
                "Ivo", "-", "Karel", "Vasko", "spoke", "today");
        assertEquals(List.of("Ivo-Karel Vasko"), labels(doc));
    }
}
