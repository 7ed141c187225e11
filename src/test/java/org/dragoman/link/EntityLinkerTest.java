package org.dragoman.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Evidence;
import org.dragoman.model.Extraction;
import org.dragoman.model.Link;
import org.dragoman.model.Role;
import org.junit.jupiter.api.Test;

/** The linker on a small hand-made table: made-up names, real table format. */
class EntityLinkerTest {
    private static final String ENTITIES = """
            # test table
            qid\ttype\tlabel\taliases\tcountry\tenwiki
            Q100\tCountry\tFreedonia\tFreedonian|Republic of Freedonia\t\tFreedonia
            Q200\tCountry\tSylvania\tSylvanian\t\tSylvania
            Q101\tCity\tFreedon City\t\tQ100\tFreedon_City
            Q310\tOrganization\tUnited Nations\tUN\t\tUnited_Nations
            Q320\tOrganization\tUnited Nations General Assembly\tUN General Assembly\t\t
            Q300\tOrganization\tUnited Nations Security Council\tUN Security Council|Security Council|UNSC\t\tUnited_Nations_Security_Council
            Q400\tPerson\tRufus Firefly\tFirefly\tQ100\tRufus_Firefly
            Q500\tPerson\tAnna Trentino\tTrentino\tQ200\t
            Q510\tPerson\tTomas Ruiz Mayor\tTomas Ruiz\tQ200\t
            Q520\tPerson\tIvo bin Tomas Al Marek\tIvo bin Tomas\tQ200\t
            Q530\tPerson\tOttokar IV of Syldavia\tOttokar IV\tQ200\t
            Q600\tOrganization\tFront\tFront of Freedonia and Sylvania\t\t
            Q102\tCity\tMarsala\t\tQ100\t
            Q610\tOrganization\tMarsala League\tMarsala\t\t
            Q700\tPlace\tMarxian Sea\tthe Marxian\t\t
            Q701\tPlace\tFreedon Valley\t\tQ100\t
            """;
    private static final String POSITIONS = """
            person\tposition\tposition_label\ttitle\tof\tstart\tend
            Q400\tQ401\tPrime Minister of Freedonia\tPrime Minister\tQ100\t2010-01-01\t2015-06-30
            Q400\tQ402\tPresident of Freedonia\tPresident\tQ100\t2015-07-01\t
            """;

    private final KnowledgeBase kb = KnowledgeBase.of(stream(ENTITIES), stream(POSITIONS));
    private final EntityLinker linker = new EntityLinker(kb);

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static Entity entity(String id, EntityType type, String label, String... aliases) {
        return new Entity(id, type, label, List.of(aliases), List.of(new Evidence(label, 0, label.length())), List.of(), null);
    }

    private static Extraction extraction(LocalDate date, Entity... entities) {
        return new Extraction(new Article("t", "t.txt", "text", 0, date), List.of(entities), List.of());
    }

    @Test
    void demonymsNameTheirCountry() {
        assertEquals("Freedonia", kb.countryOfDemonym("Freedonian").orElseThrow());
        assertEquals("Sylvania", kb.countryOfDemonym("sylvanian").orElseThrow());
        assertTrue(kb.countryOfDemonym("Martian").isEmpty());
    }

    @Test
    void aCityLiesInItsCountry() {
        assertEquals("Freedonia", kb.countryOfCity("Freedon City").orElseThrow());
        assertTrue(kb.countryOfCity("Freedonia").isEmpty(), "a country lies in no country");
        assertTrue(kb.countryOfCity("Rufus Firefly").isEmpty(), "a person is no city");
        assertTrue(kb.countryOfCity("Atlantis").isEmpty());
    }

    @Test
    void aRegionLiesInNoSingleCountry() {
        assertTrue(kb.isRegion("Marxian Sea"));
        assertTrue(kb.isRegion("the Marxian"));
        assertTrue(!kb.isRegion("Freedon Valley"), "a place of one country");
        assertTrue(!kb.isRegion("Freedonia"));
        assertTrue(!kb.isRegion("Freedon City"));
        assertTrue(!kb.isRegion("Atlantis"));
    }

    @Test
    void countriesAndCitiesLink() {
        Extraction x = linker.link(extraction(LocalDate.of(2020, 1, 1),
                entity("country/freedonia", EntityType.COUNTRY, "Freedonia", "Freedonian"),
                entity("city/freedon-city", EntityType.CITY, "Freedon City")));
        assertEquals("Q100", x.entities().get(0).link().qid());
        assertEquals("Freedonia", x.entities().get(0).link().wikipediaTitle());
        assertEquals("Q101", x.entities().get(1).link().qid());
    }

    @Test
    void shortNameLinksThroughTheClusterLabel() {
        Extraction x = linker.link(extraction(LocalDate.of(2020, 1, 1),
                entity("person/rufus-firefly", EntityType.PERSON, "Rufus Firefly", "Firefly")));
        assertEquals("Q400", x.entities().get(0).link().qid());
    }

    @Test
    void securityCouncilOfACountryIsNotTheUnOne() {
        Extraction x = linker.link(extraction(LocalDate.of(2021, 8, 21),
                entity("organization/sylvanian-security-council", EntityType.ORGANIZATION, "Sylvanian Security Council",
                        "Security Council")));
        assertNull(x.entities().get(0).link(), "a national security council must not link to the UN body");
        Extraction un = linker.link(extraction(LocalDate.of(2021, 8, 21),
                entity("organization/un-security-council", EntityType.ORGANIZATION, "UN Security Council")));
        assertEquals("Q300", un.entities().get(0).link().qid());
    }

    @Test
    void roleFollowsTheArticleDate() {
        Entity rufus = entity("person/rufus-firefly", EntityType.PERSON, "Rufus Firefly");
        Entity freedonia = entity("country/freedonia", EntityType.COUNTRY, "Freedonia");
        List<Role> in2012 = linker.link(extraction(LocalDate.of(2012, 5, 1), rufus, freedonia)).entities().get(0).roles();
        List<Role> in2020 = linker.link(extraction(LocalDate.of(2020, 5, 1), rufus, freedonia)).entities().get(0).roles();
        assertEquals(List.of("Prime Minister"), in2012.stream().map(Role::title).toList());
        assertEquals("Q401", in2012.get(0).positionQid());
        assertEquals("country/freedonia", in2012.get(0).ofEntity());
        assertEquals(List.of("President"), in2020.stream().map(Role::title).toList());
        assertEquals("2015-07-01", in2020.get(0).start());
    }

    @Test
    void labelKeepsTheArticleNameUnlessItIsPartOfTheFullName() {
        Entity bySurname = linker.link(extraction(LocalDate.of(2020, 1, 1),
                entity("person/firefly", EntityType.PERSON, "Firefly"))).entities().get(0);
        assertEquals("Rufus Firefly", bySurname.label());
        assertTrue(bySurname.aliases().contains("Firefly"));
        Entity country = linker.link(extraction(LocalDate.of(2020, 1, 1),
                entity("country/republic-of-freedonia", EntityType.COUNTRY, "Republic of Freedonia"))).entities().get(0);
        assertEquals("Republic of Freedonia", country.label(), "the article's own name stays the label");
        assertTrue(country.aliases().contains("Freedonia"), "Wikidata's label becomes an alias");
        Entity goesBy = linker.link(extraction(LocalDate.of(2020, 1, 1),
                entity("person/tomas-ruiz", EntityType.PERSON, "Tomas Ruiz"))).entities().get(0);
        assertEquals("Tomas Ruiz", goesBy.label(), "a first and last name the full name does not end with is the name he goes by");
        assertTrue(goesBy.aliases().contains("Tomas Ruiz Mayor"));
        Entity monarch = linker.link(extraction(LocalDate.of(2020, 1, 1),
                entity("person/ottokar-iv", EntityType.PERSON, "Ottokar IV"))).entities().get(0);
        assertEquals("Ottokar IV of Syldavia", monarch.label(), "a monarch's realm completes the name");
    }

    @Test
    void aFullNameSharingOnlyTheSurnameIsSomeoneElse() {
        Extraction x = linker.link(extraction(LocalDate.of(2020, 1, 1),
                entity("person/grace-firefly", EntityType.PERSON, "Grace Firefly", "Firefly"),
                entity("person/rufas-firefly", EntityType.PERSON, "Rufas Firefly", "Firefly")));
        assertNull(x.entities().get(0).link(), "another given name is another person");
        assertEquals("Q400", x.entities().get(1).link().qid(), "a spelling of the same given name is the same person");
    }

    @Test
    void unknownPersonStaysUnlinked() {
        Extraction x = linker.link(extraction(LocalDate.of(2020, 1, 1),
                entity("person/jo-nobody", EntityType.PERSON, "Jo Nobody", "Nobody")));
        assertNull(x.entities().get(0).link());
    }

    @Test
    void wrongTypeDoesNotLink() {
        Extraction x = linker.link(extraction(LocalDate.of(2020, 1, 1),
                entity("person/freedonia", EntityType.PERSON, "Freedonia")));
        assertNull(x.entities().get(0).link());
    }

    /** The linked country of the one place entity named {@code name} at its first occurrence in {@code text}. */
    private String countryLinkIn(String text, String name) {
        int at = text.indexOf(name);
        Entity e = new Entity("country/x", EntityType.COUNTRY, name, List.of(),
                List.of(new Evidence(text, at, at + name.length())), List.of(), null);
        Extraction x = new Extraction(new Article("t", "t.txt", text, 0, LocalDate.of(2020, 1, 1)), List.of(e), List.of());
        Link link = linker.link(x).entities().get(0).link();
        return link == null ? null : link.qid();
    }

    @Test
    void countryStandingForItsTeamStaysUnlinked() {
        assertNull(countryLinkIn("Freedonia coach Ana Soto said the defeat was unfair.", "Freedonia"));
        assertNull(countryLinkIn("The former Freedonia captain Luis Mora retired.", "Freedonia"));
        assertNull(countryLinkIn("Sylvania's Ana Soto beat Freedonia's Eva Ruiz 6-1, 6-3.", "Freedonia"));
        assertNull(countryLinkIn("Luis Mora led Freedonia's charge in the game's last quarter before the substitute came on.",
                "Freedonia"));
        assertEquals("Q100", countryLinkIn("Freedonia and Sylvania signed a trade deal on Monday.", "Freedonia"));
        assertEquals("Q100", countryLinkIn("The team arrived in Freedonia for the match, the coach said.", "Freedonia"));
    }

    @Test
    void countryNameInsideALongerNameOrATownIsNotTheCountry() {
        assertNull(countryLinkIn("A former Tour de Freedonia winner came seventh.", "Freedonia"));
        assertNull(countryLinkIn("Road bowling was taken up by the county town of Freedonia in 1995.", "Freedonia"));
        assertEquals("Q100", countryLinkIn("The President of Freedonia met the envoy.", "Freedonia"));
        assertNull(countryLinkIn("He was city editor of the Freedonia Evening Courier.", "Freedonia"));
        assertEquals("Q100", countryLinkIn("He met the Freedonia Foreign Minister on Monday.", "Freedonia"));
    }

    @Test
    void theCityOfACityIsTheCity() {
        Entity city = new Entity("city/freedon-city", EntityType.CITY, "Freedon City", List.of(),
                List.of(new Evidence("x", 27, 39)), List.of(), null);
        Article a = new Article("t", "t.txt", "Smoke darkened the city of Freedon City on Monday.", 0, LocalDate.of(2020, 1, 1));
        assertEquals("Q101", linker.link(new Extraction(a, List.of(city), List.of())).entities().get(0).link().qid());
    }

    @Test
    void scoresAloneDoNotMakeASportsSentence() {
        assertTrue(PlaceNameUse.isSportsSentence("Ana Soto won 6-2, 6-1 in the final."));
        assertTrue(!PlaceNameUse.isSportsSentence("The council voted 13-2 for the resolution."));
        assertTrue(!PlaceNameUse.isSportsSentence("The talks between 2005-2009 achieved the goal of a game-changing deal."));
        assertTrue(PlaceNameUse.isSportsSentence("Ivo Ruiz pitched the first perfect game of the season."));
        assertTrue(!PlaceNameUse.isSportsSentence("The envoy said the season of talks would beat expectations."));
    }

    @Test
    void oneTeamMentionLeavesTheWholeClusterUnlinked() {
        String text = "In Freedonia the crowd cheered as Freedonia captain Ana Soto scored.";
        int first = text.indexOf("Freedonia");
        int second = text.indexOf("Freedonia", first + 1);
        Entity e = new Entity("country/x", EntityType.COUNTRY, "Freedonia", List.of(),
                List.of(new Evidence(text, first, first + 9), new Evidence(text, second, second + 9)), List.of(), null);
        Extraction x = new Extraction(new Article("t", "t.txt", text, 0, LocalDate.of(2020, 1, 1)), List.of(e), List.of());
        assertNull(linker.link(x).entities().get(0).link(), "the city and its team in one cluster: no link");
    }

    @Test
    void theItemTheLabelNamesWinsOverOnesAnAliasNames() {
        Extraction x = linker.link(extraction(LocalDate.of(2020, 1, 1),
                entity("organization/unga", EntityType.ORGANIZATION, "UN General Assembly", "United Nations", "UN")));
        assertEquals("Q320", x.entities().get(0).link().qid());
    }

    @Test
    void bundledTableLoadsAndKnowsCommonFacts() {
        KnowledgeBase bundled = KnowledgeBase.bundled();
        assertTrue(bundled.size() > 500, "bundled table has " + bundled.size() + " items");
        assertTrue(bundled.candidates("Russia").stream().anyMatch(i -> i.qid().equals("Q159")));
        assertTrue(bundled.countryOfDemonym("German").isPresent());
    }

    @Test
    void bundledTableKnowsSummitVenuesBelowTheLargestCities() {
        EntityLinker bundled = new EntityLinker(KnowledgeBase.bundled());
        Extraction x = bundled.link(extraction(LocalDate.of(2022, 3, 1),
                entity("place/geneva", EntityType.PLACE, "Geneva"),
                entity("city/the-hague", EntityType.CITY, "The Hague")));
        assertEquals("Q71", x.entities().get(0).link() == null ? null : x.entities().get(0).link().qid());
        assertEquals("Q36600", x.entities().get(1).link() == null ? null : x.entities().get(1).link().qid());
        assertEquals("The_Hague", x.entities().get(1).link().wikipediaTitle());
    }

    @Test
    void aBareNameACityAndAStateShareStaysUnlinkedWhileQualifiedNamesLink() {
        // News writes "New York" for the state as well as the city; a wrong QID costs more than a missing one.
        EntityLinker bundled = new EntityLinker(KnowledgeBase.bundled());
        Extraction x = bundled.link(extraction(LocalDate.of(2022, 3, 1),
                entity("place/new-york", EntityType.PLACE, "New York"),
                entity("place/new-york-state", EntityType.PLACE, "New York State"),
                entity("city/new-york-city", EntityType.CITY, "New York City")));
        assertNull(x.entities().get(0).link());
        assertEquals("Q1384", x.entities().get(1).link() == null ? null : x.entities().get(1).link().qid());
        assertEquals("Q60", x.entities().get(2).link() == null ? null : x.entities().get(2).link().qid());
    }

    @Test
    void spellingsOfOneNameShareAKey() {
        assertEquals(KnowledgeBase.key("U.N. refugee agency"), KnowledgeBase.key("United Nations refugee agency"));
        assertEquals(KnowledgeBase.key("UN refugee agency"), KnowledgeBase.key("U.N. refugee agency"));
        assertEquals(KnowledgeBase.key("Organisation for Security and Co-operation"), KnowledgeBase.key("Organization for Security and Cooperation"));
        assertEquals(KnowledgeBase.key("World Food Programme"), KnowledgeBase.key("World Food Program"));
        assertTrue(!KnowledgeBase.key("Kim Jong Un").equals(KnowledgeBase.key("Kim Jong")), "a name ending in Un keeps it");
        assertEquals(KnowledgeBase.key("Ivo bin Abdul Karim"), KnowledgeBase.key("Ivo bin Abdulkarim"));
        assertEquals(java.util.Optional.of("Ivo bin Tomas"), KnowledgeBase.withoutFamily("Ivo bin Tomas Al Marek"));
        assertEquals(java.util.Optional.of("Ivo bin Tomas"), KnowledgeBase.withoutFamily("Ivo bin Tomas bin Karl Al-Marek"));
        assertEquals(java.util.Optional.empty(), KnowledgeBase.withoutFamily("Ivo Tomas Al Marek"));
    }

    @Test
    void placesInAnOrganisationsOwnNameContradictNothing() {
        Entity front = entity("organization/front", EntityType.ORGANIZATION, "Front of Freedonia and Sylvania");
        Entity linked = linker.link(extraction(LocalDate.of(2020, 1, 1), front)).entities().get(0);
        assertEquals("Q600", linked.link() == null ? null : linked.link().qid());
    }

    @Test
    void aNameOfOnePlaceAndABodyIsThatPlaceWhereAPlaceIsMeant() {
        assertEquals(java.util.Optional.empty(), kb.typeOf("Marsala"), "a city and a league share the name");
        assertEquals(java.util.Optional.of(EntityType.CITY), kb.placeTypeOf("Marsala"));
        assertEquals(java.util.Optional.empty(), kb.placeTypeOf("Marsala League"));
    }

    @Test
    void aLongChainOfFathersNamesLinksThroughItsShortForm() {
        assertEquals(List.of("Ivo bin Tomas", "Ivo bin Tomas Al Marek"), EntityLinker.shorterPatronyms("Ivo bin Tomas bin Karl Al Marek"));
        assertEquals(List.of("Ivo bin Tomas"), EntityLinker.shorterPatronyms("Ivo bin Tomas bin Karl"));
        assertEquals(List.of(), EntityLinker.shorterPatronyms("Ivo bin Tomas Al Marek"));
        Extraction x = linker.link(extraction(LocalDate.of(2020, 1, 1),
                entity("person/ivo", EntityType.PERSON, "Ivo bin Tomas bin Karl")));
        assertEquals("Q520", x.entities().get(0).link().qid());
        assertEquals("Ivo bin Tomas Al Marek", x.entities().get(0).label(), "one chain of fathers' names, spelt two ways");
    }
}
