package org.dragoman.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dragoman.model.Article;
import org.dragoman.model.DragomanException;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Evidence;
import org.dragoman.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline index and the choice among its namesakes, on made-up places. */
class WikidataIndexTest {
    private static final String TABLE = """
            qid\ttype\tlabel\taliases\tcountry\tenwiki
            Q100\tCountry\tFreedonia\tFreedonian\t\tFreedonia
            Q200\tCountry\tSylvania\tSylvanian\t\tSylvania
            Q201\tCity\tSylvan City\t\tQ200\t
            Q300\tCountry\tMarsh\t\t\t
            Q102\tCity\tPort Verde\t\tQ100\t
            """;

    private static IndexWriter writer() {
        IndexWriter w = new IndexWriter();
        w.add(new WikidataIndex.Entry("Q100", EntityType.COUNTRY, "Freedonia", "country", null, null, 5_000_000), List.of());
        w.add(new WikidataIndex.Entry("Q200", EntityType.COUNTRY, "Sylvania", "country", null, null, 9_000_000), List.of());
        // Two towns called Oakport, one in each country; a region called Marsh in Sylvania; Kelm is a province and its capital.
        w.add(new WikidataIndex.Entry("Q110", EntityType.CITY, "Oakport", "city", "Q100", "Q130", 40_000), List.of());
        w.add(new WikidataIndex.Entry("Q210", EntityType.CITY, "Oakport", "city", "Q200", null, 35_000), List.of());
        w.add(new WikidataIndex.Entry("Q220", EntityType.PLACE, "Marsh", "state", "Q200", null, 0), IndexSources.regionNames("Marsh", "state"));
        w.add(new WikidataIndex.Entry("Q130", EntityType.PLACE, "Kelm", "province", "Q100", null, 0), IndexSources.regionNames("Kelm", "province"));
        w.add(new WikidataIndex.Entry("Q131", EntityType.CITY, "Kelm", "city", "Q100", "Q130", 300_000), List.of("Kelmstadt"));
        w.add(new WikidataIndex.Entry("Q140", EntityType.CITY, "Megapolis", "city", "Q100", null, 12_000_000), List.of());
        w.add(new WikidataIndex.Entry("Q240", EntityType.CITY, "Megapolis", "city", "Q200", null, 20_000), List.of());
        return w;
    }

    private static Entity entity(String text, String id, EntityType type, String name) {
        int at = text.indexOf(name);
        return new Entity(id, type, name, List.of(), List.of(new Evidence(text, at, at + name.length())), List.of(), null);
    }

    private static Extraction link(String text, Entity... es) {
        KnowledgeBase kb = KnowledgeBase.of(new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)), null);
        WikidataIndex index = WikidataIndex.of(writer().bytes());
        return new EntityLinker(kb, index).link(new Extraction(new Article("t", "t.txt", text, 0, null), List.of(es), List.of()));
    }

    @Test
    void looksUpNamesAndItems(@TempDir Path dir) {
        Path file = dir.resolve("index.dwi");
        writer().write(file);
        WikidataIndex index = WikidataIndex.open(file);
        assertEquals(9, index.size());
        assertEquals(List.of("Q110", "Q210"), index.candidates("OAKPORT").stream().map(WikidataIndex.Entry::qid).toList());
        assertEquals("Q130", index.candidates("Kelm Province").get(0).qid());
        assertEquals("Q130", index.candidates("province of Kelm").get(0).qid());
        assertEquals("Q131", index.candidates("Kelmstadt").get(0).qid());
        assertEquals("Q100", index.item("Q110").orElseThrow().country());
        assertTrue(index.candidates("Atlantis").isEmpty());
        assertTrue(index.item("Q999").isEmpty());
    }

    @Test
    void sameSourcesGiveTheSameBytes() {
        assertArrayEquals(writer().bytes(), writer().bytes());
    }

    @Test
    void refusesAFileThatIsNoIndex(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.dwi");
        Files.writeString(file, "not an index at all");
        DragomanException e = assertThrows(DragomanException.class, () -> WikidataIndex.open(file));
        assertTrue(e.getMessage().contains("x.dwi"), e.getMessage());
    }

    @Test
    void theArticleCountryPicksTheNamesake() {
        String text = "Sylvan City officials met in Oakport on Monday.";
        Extraction x = link(text, entity(text, "a", EntityType.CITY, "Sylvan City"), entity(text, "b", EntityType.CITY, "Oakport"));
        assertEquals("Q210", x.entities().get(1).link().qid());
        assertTrue(x.entities().get(1).link().reason().contains("article's countries"), x.entities().get(1).link().reason());
    }

    @Test
    void namesakesWithoutContextStayUnlinked() {
        String text = "Officials met in Oakport on Monday.";
        assertNull(link(text, entity(text, "b", EntityType.CITY, "Oakport")).entities().get(0).link());
    }

    @Test
    void aWorldCityStandsOnItsPopulation() {
        String text = "Officials met in Megapolis on Monday.";
        assertEquals("Q140", link(text, entity(text, "b", EntityType.CITY, "Megapolis")).entities().get(0).link().qid());
    }

    @Test
    void theStatedLevelPicksTheProvinceOverItsCapital() {
        String text = "Fighting spread across Kelm province, Freedonia said.";
        Extraction x = link(text, entity(text, "a", EntityType.PLACE, "Kelm"), entity(text, "b", EntityType.COUNTRY, "Freedonia"));
        assertEquals("Q130", x.entities().get(0).link().qid());
        String city = "Freedonia said talks in Kelm went well.";
        Extraction y = link(city, entity(city, "b", EntityType.COUNTRY, "Freedonia"), entity(city, "a", EntityType.CITY, "Kelm"));
        assertEquals("Q131", y.entities().get(1).link().qid());
    }

    @Test
    void aRegionOfTheArticleCountryOverridesTheTablesCountry() {
        String text = "The governor of Marsh met Sylvan City leaders.";
        Extraction x = link(text, entity(text, "a", EntityType.COUNTRY, "Marsh"), entity(text, "b", EntityType.CITY, "Sylvan City"));
        assertEquals("Q220", x.entities().get(0).link().qid());
        assertEquals(EntityType.PLACE, x.entities().get(0).type());
        String alone = "Marsh said on Monday it would talk.";
        assertEquals("Q300", link(alone, entity(alone, "a", EntityType.COUNTRY, "Marsh")).entities().get(0).link().qid());
    }

    @Test
    void splitsQuotedCsv() {
        assertEquals(List.of("1", "a, b", "say \"hi\"", ""), IndexSources.split("1,\"a, b\",\"say \"\"hi\"\"\","));
        assertNull(IndexSources.split("1,\"open"));
    }
}
