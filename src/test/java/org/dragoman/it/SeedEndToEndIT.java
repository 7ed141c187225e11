package org.dragoman.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dragoman.ingest.Ingester;
import org.dragoman.server.DiplomacyServer;
import org.dragoman.store.DiplomacyStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed article, ingested with the real models, queried over HTTP from Fuseki on an ephemeral port. */
class SeedEndToEndIT {
    static final String PREFIXES = """
            PREFIX dip: <https://w3id.org/dragoman/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            """;

    @TempDir
    static Path dir;
    static DiplomacyServer server;

    @BeforeAll
    static void ingestAndServe() {
        Path db = dir.resolve("tdb2");
        DiplomacyStore store = DiplomacyStore.open(db);
        Ingester.Report report = SharedPipeline.ingester(store, null)
                .ingest(List.of(SharedPipeline.seed()), false, new PrintWriter(new StringWriter()));
        assertEquals(1, report.count("added"), report.toString());
        server = DiplomacyServer.create().config(Path.of("fuseki-config.ttl")).database(db).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (RDFConnection conn = RDFConnection.connect(server.datasetUrl())) {
            conn.querySelect(PREFIXES + query, rows::add);
        }
        return rows;
    }

    static boolean ask(String query) {
        try (RDFConnection conn = RDFConnection.connect(server.datasetUrl())) {
            return conn.queryAsk(PREFIXES + query);
        }
    }

    @Test
    void serverRunsOnEphemeralPortReadOnly() {
        assertTrue(server.port() > 0, "bound port " + server.port());
        try (RDFConnection conn = RDFConnection.connect(server.datasetUrl())) {
            assertThrowsAny(() -> conn.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }"));
        }
    }

    private static void assertThrowsAny(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException expected) {
            return;
        }
        throw new AssertionError("update was accepted by a read-only server");
    }

    @Test
    void documentHasItsPublicationDate() {
        assertTrue(ask("ASK { ?d a dip:Document ; dcterms:date \"2021-08-21\"^^xsd:date ; dcterms:source ?s ; dip:text ?t }"));
    }

    @Test
    void namedActorsAndPlacesHaveTheirTypes() {
        assertTrue(ask("ASK { ?p a dip:Person ; rdfs:label \"Vladimir Putin\" }"));
        assertTrue(ask("ASK { ?p a dip:Person ; rdfs:label \"Kassym-Jomart Tokayev\" }"));
        assertTrue(ask("ASK { ?p a dip:Person ; rdfs:label \"Angela Merkel\" }"));
        assertTrue(ask("ASK { ?p a dip:City ; rdfs:label \"Moscow\" }"));
        assertTrue(ask("ASK { ?p a dip:Country , dip:Place , dip:Actor ; rdfs:label \"Kazakhstan\" }"));
    }

    @Test
    void putinHisAndVladimirPutinAreOneActor() {
        List<QuerySolution> rows = select("""
                SELECT DISTINCT ?a WHERE { ?a a dip:Person ; dip:mention ?m . ?m dip:begin ?b ; dip:end ?e ;
                  dip:document ?d . ?d dip:text ?text .
                  BIND(SUBSTR(?text, ?b + 1, ?e - ?b) AS ?surface)
                  FILTER(?surface IN ("Putin", "Vladimir Putin", "his")) }""");
        assertEquals(1, rows.size(), "one actor for Putin / Vladimir Putin / his, got " + rows);
        Set<String> surfaces = new TreeSet<>();
        select("""
                SELECT ?surface WHERE { ?a rdfs:label "Vladimir Putin" ; dip:mention ?m . ?m dip:begin ?b ; dip:end ?e ;
                  dip:document ?d . ?d dip:text ?text . BIND(SUBSTR(?text, ?b + 1, ?e - ?b) AS ?surface) }""")
                .forEach(r -> surfaces.add(r.getLiteral("surface").getString()));
        assertTrue(surfaces.containsAll(Set.of("Putin", "Vladimir Putin", "his")), surfaces.toString());
    }

    @Test
    void putinTokayevMeetingInMoscowOnTheArticleDate() {
        assertTrue(ask("""
                ASK { ?m a dip:Meeting ; dip:participant ?a, ?b ; dip:location/rdfs:label "Moscow" ;
                      dip:date "2021-08-21"^^xsd:date ; dip:mode dip:InPerson ; dip:status dip:Occurred .
                      ?a rdfs:label "Vladimir Putin" . ?b rdfs:label "Kassym-Jomart Tokayev" }"""));
    }

    @Test
    void plannedCstoVideoConference() {
        assertTrue(ask("""
                ASK { ?m a dip:Meeting ; dip:participant/rdfs:label "Collective Security Treaty Organization" ;
                      dip:mode dip:Video ; dip:status dip:Planned ; dip:date "2021-08-23"^^xsd:date }"""));
    }

    @Test
    void juneTwentyTwentyMeetingKeepsMonthPrecision() {
        assertTrue(ask("""
                ASK { ?m a dip:Meeting ; dip:participant ?a, ?b ; dip:date "2020-06"^^xsd:gYearMonth ;
                      dip:location/rdfs:label "Moscow" .
                      ?a rdfs:label "Vladimir Putin" . ?b rdfs:label "Kassym-Jomart Tokayev" }"""));
    }

    @Test
    void putinMerkelMeetingOnFriday() {
        assertTrue(ask("""
                ASK { ?m a dip:Meeting ; dip:participant ?a, ?b ; dip:date "2021-08-20"^^xsd:date .
                      ?a rdfs:label "Vladimir Putin" . ?b rdfs:label "Angela Merkel" }"""));
    }

    @Test
    void kazakhForeignMinistryAppealsToAfghanistan() {
        assertTrue(ask("""
                ASK { ?s a dip:Statement ; dip:speaker/rdfs:label "Kazakh Foreign Ministry" ; dip:cue "urged" ;
                      dip:addressee/rdfs:label "Afghanistan" ; dip:cameo "02" ; dip:content ?c .
                      FILTER(STRSTARTS(?c, "Afghanistan to create a democratic administration")) }"""));
    }

    @Test
    void putinsTwoDirectQuotes() {
        List<QuerySolution> rows = select("""
                SELECT ?c WHERE { ?s a dip:Statement ; dip:speaker/rdfs:label "Vladimir Putin" ; dip:direct true ;
                  dip:content ?c }""");
        List<String> contents = rows.stream().map(r -> r.getLiteral("c").getString()).toList();
        assertTrue(contents.stream().anyMatch(c -> c.contains("irresponsible politics of imposing foreign values")), contents.toString());
        assertTrue(contents.stream().anyMatch(c -> c.contains("prevent the incursion of terrorists")), contents.toString());
    }

    @Test
    void everyEventHasEvidenceAndConfidence() {
        assertFalse(ask("ASK { ?e a ?t . VALUES ?t { dip:Meeting dip:Visit dip:Statement } FILTER NOT EXISTS { ?e dip:evidence [ dip:sentence ?s ; dip:begin ?b ; dip:end ?n ; dip:document ?d ] ; dip:confidence ?c } }"));
    }

    @Test
    void rolesAreRead() {
        assertTrue(ask("ASK { ?p rdfs:label \"Angela Merkel\" ; dip:holds [ dip:title \"Chancellor\" ; dip:roleOf/rdfs:label \"Germany\" ] }"));
        assertTrue(ask("ASK { ?p rdfs:label \"Vladimir Putin\" ; dip:holds [ dip:title \"President\" ; dip:roleOf/rdfs:label \"Russia\" ] }"));
    }
}
