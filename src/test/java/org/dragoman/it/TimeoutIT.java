package org.dragoman.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.dragoman.server.DiplomacyServer;
import org.dragoman.store.DiplomacyStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A query cancelled by its timeout while results stream is an error the client sees, not a short 200. */
class TimeoutIT {
    @TempDir
    static Path dir;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String CROSS = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @BeforeAll
    static void fill() {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < 400; i++) {
            Resource r = m.createResource("https://example.org/ruritania/envoy/" + i);
            r.addProperty(RDFS.label, "Ruritanian envoy " + i);
        }
        DiplomacyStore.open(dir.resolve("tdb2")).replaceGraph("ruritania", m);
    }

    static HttpResponse<String> query(DiplomacyServer server, String query, String timeout) throws Exception {
        String form = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (timeout == null ? "" : "&timeout=" + timeout);
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static DiplomacyServer server(int held) {
        return DiplomacyServer.create().config(Path.of("fuseki-config.ttl")).database(dir.resolve("tdb2")).port(0).ui(false)
                .heldResultBytes(held).build().start();
    }

    @Test
    void aTimeoutWhileResultsStreamAnswers503() throws Exception {
        try (DiplomacyServer server = server(64 << 20)) {
            HttpResponse<String> r = query(server, CROSS, "1");
            assertEquals(503, r.statusCode(), r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
            assertTrue(r.body().contains("timed out"), r.body());
            HttpResponse<String> ok = query(server, "SELECT * { ?s ?p ?o } LIMIT 5", null);
            assertEquals(200, ok.statusCode());
            assertEquals(5, org.apache.jena.atlas.json.JSON.parse(ok.body()).get("results").getAsObject().get("bindings")
                    .getAsArray().size());
        }
    }

    @Test
    void resultsBeyondTheBufferStreamAndATimeoutThenBreaksTheirSyntax() throws Exception {
        try (DiplomacyServer server = server(4096)) {
            HttpResponse<String> r = query(server, CROSS, "1");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("Incomplete results"), "Fuseki's marker ends the truncated body");
        }
    }
}
