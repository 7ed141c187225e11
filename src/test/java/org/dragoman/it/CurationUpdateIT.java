package org.dragoman.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.apache.jena.vocabulary.RDFS;
import org.dragoman.server.AccessToken;
import org.dragoman.server.DiplomacyServer;
import org.dragoman.store.DiplomacyStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPARQL Update over HTTP: token required, curation graphs only, no LOAD or foreign SERVICE, checked by the shapes. */
class CurationUpdateIT {
    @TempDir
    static Path dir;
    static DiplomacyServer server;
    static AccessToken token;
    static DiplomacyStore store;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String CUR = "https://w3id.org/dragoman/curation/";
    static final String DIP = "PREFIX dip: <https://w3id.org/dragoman/ontology#> ";

    @BeforeAll
    static void start() {
        Path db = dir.resolve("tdb2");
        store = DiplomacyStore.open(db);
        Model m = ModelFactory.createDefaultModel();
        m.createResource("https://example.org/ruritania").addProperty(RDFS.label, "Ruritania");
        store.replaceGraph("ruritania-article", m);
        token = AccessToken.loadOrCreate(dir.resolve("server-token"));
        server = DiplomacyServer.create().config(Path.of("fuseki-config.ttl")).database(db).port(0).ui(false)
                .allowUpdate(true).accessToken(token).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> update(String update, String authorization) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update));
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    static long quads() {
        return store.size();
    }

    @Test
    void aCurationGraphIsWrittenWithTheToken() throws Exception {
        HttpResponse<String> r = update("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> INSERT DATA { GRAPH <" + CUR
                + "labels> { <https://example.org/ruritania> rdfs:label \"Kingdom of Ruritania\" } }", token.header());
        assertEquals(200, r.statusCode(), r.body());
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", token.header())
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode("DROP GRAPH <" + CUR + "labels>",
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, form.statusCode(), form.body());
    }

    @Test
    void everyOtherWriteIsRefusedAndChangesNothing() throws Exception {
        long before = quads();
        assertEquals(401, update("DROP ALL", null).statusCode());
        assertEquals(401, update("DROP ALL", "Bearer guess").statusCode());
        assertEquals(403, update("DROP ALL", token.header()).statusCode());
        assertEquals(403, update("CLEAR GRAPH <https://w3id.org/dragoman/graph/ruritania-article>", token.header()).statusCode());
        HttpResponse<String> file = update("LOAD <file:///etc/hostname> INTO GRAPH <" + CUR + "x>", token.header());
        assertEquals(403, file.statusCode());
        assertTrue(file.body().contains("file:///etc/hostname"), file.body());
        assertEquals(403, update("LOAD <http://127.0.0.1:9/x.ttl> INTO GRAPH <" + CUR + "x>", token.header()).statusCode());
        assertEquals(403, update("INSERT { GRAPH <" + CUR + "x> { ?s ?p ?o } } WHERE { SERVICE <http://127.0.0.1:9/sparql> "
                + "{ ?s ?p ?o } }", token.header()).statusCode());
        assertEquals(400, update("INSERT NONSENSE", token.header()).statusCode());
        assertEquals(before, quads());
    }

    @Test
    void anUpdateThatBreaksTheShapesIsRolledBack() throws Exception {
        long before = quads();
        HttpResponse<String> r = update(DIP + "INSERT DATA { GRAPH <" + CUR + "bad> { <urn:x:meeting> a dip:Meeting } }", token.header());
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("violations"), r.body());
        assertEquals(before, quads());
    }

    @Test
    void queriesCannotCallForeignServices() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(
                        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertNotEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("not allowed"), r.body());
    }
}
