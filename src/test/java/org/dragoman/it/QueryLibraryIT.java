package org.dragoman.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.dragoman.store.DiplomacyStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every query of queries/ runs against the ingested seed article (plus one made-up article) with its expected rows. */
class QueryLibraryIT {
    @TempDir
    static Path dir;
    static DiplomacyStore store;

    @BeforeAll
    static void ingest() throws Exception {
        store = DiplomacyStore.open(dir.resolve("db"));
        Path extra = Files.writeString(dir.resolve("ministers.txt"),
                "date 2020-02-10 Foreign Minister Anna Berg met Foreign Minister Lars Holm in Oslo on Monday.");
        var report = SharedPipeline.ingester(store, null)
                .ingest(List.of(SharedPipeline.seed(), extra), false, new PrintWriter(new StringWriter()));
        assertEquals(2, report.count("added"), report.toString());
    }

    static Query query(String name) throws Exception {
        return QueryFactory.create(Files.readString(Path.of("queries", name + ".rq")));
    }

    static List<Map<String, String>> select(String name) throws Exception {
        Query q = query(name);
        List<Map<String, String>> rows = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).set(TDB2.symUnionDefaultGraph, true).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    Map<String, String> row = new TreeMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
                    rows.add(row);
                });
            }
        });
        return rows;
    }

    @Test
    void libraryHasTwelveOrMoreDocumentedQueries() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            List<Path> rq = files.filter(p -> p.toString().endsWith(".rq")).toList();
            assertTrue(rq.size() >= 12, "queries: " + rq.size());
            for (Path p : rq) {
                assertTrue(Files.readString(p).startsWith("# "), p + " starts with a comment saying what it answers");
                QueryFactory.create(Files.readString(p));
            }
        }
    }

    @Test
    void whoMetWhom() throws Exception {
        List<Map<String, String>> rows = select("who-met-whom");
        assertTrue(rows.contains(Map.of("a", "Kassym-Jomart Tokayev", "b", "Vladimir Putin", "date", "2021-08-21",
                "place", "Moscow", "mode", "InPerson", "status", "Occurred")), rows.toString());
        assertTrue(rows.contains(Map.of("a", "Angela Merkel", "b", "Vladimir Putin", "date", "2021-08-20",
                "place", "Moscow", "mode", "InPerson", "status", "Occurred")), rows.toString());
        assertTrue(rows.contains(Map.of("a", "Kassym-Jomart Tokayev", "b", "Vladimir Putin", "date", "2020-06",
                "place", "Moscow", "mode", "InPerson", "status", "Occurred")), rows.toString());
        assertTrue(rows.contains(Map.of("a", "Anna Berg", "b", "Lars Holm", "date", "2020-02-10",
                "place", "Oslo", "mode", "InPerson", "status", "Occurred")), rows.toString());
    }

    @Test
    void statementsByActorInDateOrder() throws Exception {
        List<Map<String, String>> rows = select("statements-by-actor");
        assertTrue(rows.size() >= 6, rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("content").contains("irresponsible politics") && r.get("direct").equals("true")), rows.toString());
    }

    @Test
    void meetingsInAugust2021() throws Exception {
        List<Map<String, String>> rows = select("meetings-in-range");
        assertEquals(List.of("2021-08-20", "2021-08-21", "2021-08-23"), rows.stream().map(r -> r.get("date")).toList());
    }

    @Test
    void metBoth() throws Exception {
        assertEquals(List.of(Map.of("who", "Vladimir Putin")), select("met-both"));
    }

    @Test
    void criticismAndAppeals() throws Exception {
        List<Map<String, String>> rows = select("criticism");
        assertTrue(rows.stream().anyMatch(r -> r.get("speaker").equals("Kazakh Foreign Ministry") && r.get("cameo").equals("02")
                && "Afghanistan".equals(r.get("addressee"))), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("speaker").equals("Vladimir Putin") && r.get("cameo").equals("11")), rows.toString());
    }

    @Test
    void remoteVersusInPerson() throws Exception {
        Map<String, String> counts = new TreeMap<>();
        select("remote-vs-in-person").forEach(r -> counts.put(r.get("mode"), r.get("meetings")));
        assertEquals(Map.of("InPerson", "4", "Video", "1"), counts);
    }

    @Test
    void plannedMeetings() throws Exception {
        List<Map<String, String>> rows = select("planned-meetings");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("2021-08-23", rows.get(0).get("date"));
        assertEquals("Video", rows.get(0).get("mode"));
        assertEquals("Collective Security Treaty Organization", rows.get(0).get("participants"));
    }

    @Test
    void provenanceForEveryEvent() throws Exception {
        List<Map<String, String>> rows = select("provenance");
        assertTrue(rows.size() >= 15, rows.toString());
        for (Map<String, String> r : rows) {
            assertTrue(Integer.parseInt(r.get("begin")) < Integer.parseInt(r.get("end")), r.toString());
            assertTrue(!r.get("sentence").isBlank());
        }
    }

    @Test
    void mostMentioned() throws Exception {
        List<String> top = select("most-mentioned").stream().limit(3).map(r -> r.get("actor")).toList();
        assertTrue(top.contains("Vladimir Putin") && top.contains("Afghanistan"), top.toString());
    }

    @Test
    void foreignMinistersWhoMetIn2020() throws Exception {
        List<Map<String, String>> rows = select("foreign-ministers-meetings");
        assertTrue(rows.stream().anyMatch(r -> r.get("minister").equals("Anna Berg") && r.get("other").equals("Lars Holm")), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.get("minister").equals("Vladimir Putin")), rows.toString());
    }

    @Test
    void federationQueryCallsWikidata() throws Exception {
        String text = Files.readString(Path.of("queries", "wikidata-federation.rq"));
        assertTrue(text.contains("SERVICE <https://query.wikidata.org/sparql>"));
        assertTrue(query("wikidata-federation").isSelectType());
    }

    @Test
    void compactWhoMetWhomGraph() throws Exception {
        Query q = query("who-met-whom-graph");
        Model m = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).set(TDB2.symUnionDefaultGraph, true).build()) {
                return qe.execConstruct();
            }
        });
        var met = ResourceFactory.createProperty("https://w3id.org/dragoman/ontology#met");
        var label = org.apache.jena.vocabulary.RDFS.label;
        assertTrue(m.listStatements(null, met, (org.apache.jena.rdf.model.RDFNode) null).toList().stream().anyMatch(st ->
                st.getSubject().getProperty(label).getString().equals("Vladimir Putin")
                        && st.getObject().asResource().getProperty(label).getString().equals("Angela Merkel")), "Putin met Merkel");
    }

    @Test
    void visits() throws Exception {
        assertTrue(select("visits").stream().anyMatch(r -> r.get("visitor").equals("Angela Merkel") && "Moscow".equals(r.get("place"))
                && "Vladimir Putin".equals(r.get("host"))));
    }

    @Test
    void roles() throws Exception {
        assertTrue(select("roles").stream().anyMatch(r -> r.get("person").equals("Angela Merkel") && r.get("title").equals("Chancellor")
                && "Germany".equals(r.get("of"))));
    }
}
