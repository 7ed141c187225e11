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
            Q300\tOrganization\tUnited Nations Security Council\tUN Security Council|Security Council|UNSC\t\tUnited_Nations_Security_Council
            Q400\tPerson\tRufus Firefly\tFirefly\tQ100\tRufus_Firefly
            Q500\tPerson\tAnna Trentino\tTrentino\tQ200\t
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

    @Test
    void bundledTableLoadsAndKnowsCommonFacts() {
        KnowledgeBase bundled = KnowledgeBase.bundled();
        assertTrue(bundled.size() > 500, "bundled table has " + bundled.size() + " items");
        assertTrue(bundled.candidates("Russia").stream().anyMatch(i -> i.qid().equals("Q159")));
        assertTrue(bundled.countryOfDemonym("German").isPresent());
    }
}
