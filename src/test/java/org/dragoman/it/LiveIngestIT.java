package org.dragoman.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dragoman.server.AccessToken;
import org.dragoman.server.DiplomacyServer;
import org.dragoman.server.IngestClient;
import org.dragoman.store.DiplomacyStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles posted to a running server while clients query it; writes need the token. */
class LiveIngestIT {
    @TempDir
    static Path dir;
    static DiplomacyServer server;
    static AccessToken token;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Path db = dir.resolve("tdb2");
        token = AccessToken.loadOrCreate(dir.resolve("server-token"));
        server = DiplomacyServer.create().config(Path.of("fuseki-config.ttl")).database(db).port(0).ui(false)
                .ingester(SharedPipeline.ingester(DiplomacyStore.open(db), null)).accessToken(token).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static long documents() {
        try (RDFConnection conn = RDFConnection.connect(server.datasetUrl())) {
            long[] n = new long[1];
            conn.querySelect("PREFIX dip: <https://w3id.org/dragoman/ontology#> SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dip:Document }",
                    r -> n[0] = r.getLiteral("n").getLong());
            return n[0];
        }
    }

    static boolean hasGraph(String iri) {
        try (RDFConnection conn = RDFConnection.connect(server.datasetUrl())) {
            return conn.queryAsk("ASK { GRAPH <" + iri + "> { ?s ?p ?o } }");
        }
    }

    static HttpResponse<String> post(String contentType, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.ingestUrl().orElseThrow()))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void postsAreIngestedWhileQueriesRunWithoutErrors() throws Exception {
        long before = documents();
        List<Path> files = new ArrayList<>();
        String[] texts = {
            "date 2023-04-03\nThe Ruritanian foreign minister Anna Berg met her Freedonian counterpart Lars Holm in Vienna on Monday.",
            "date 2023-04-04\nKarl Brandt, the Grand Fenwick prime minister, said on Tuesday that the border would stay open.",
            "date 2023-04-05\nMarta Lind held talks with Jonas Ek in Geneva on Wednesday, the Ruritanian ministry said.",
            "date 2023-04-06\nThe Freedonian president Ola Nord will visit Paris next week, his office said on Thursday.",
        };
        for (int i = 0; i < texts.length; i++) {
            files.add(Files.writeString(dir.resolve("live-" + i + ".txt"), texts[i]));
        }
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Integer>> loops = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            loops.add(clients.submit(() -> {
                int answered = 0;
                long last = -1;
                while (running.get()) {
                    try {
                        long n = documents();
                        if (n < last) {
                            errors.add("document count fell from " + last + " to " + n);
                        }
                        last = n;
                        answered++;
                    } catch (RuntimeException e) {
                        errors.add(e.toString());
                    }
                }
                return answered;
            }));
        }
        IngestClient client = IngestClient.create("http://localhost:" + server.port()).token(token).build();
        try {
            for (int i = 0; i < files.size(); i++) {
                IngestClient.Answer answer = client.post(files.get(i));
                assertEquals(200, answer.status(), answer.body().toString());
                assertEquals("added", answer.message());
                // Queryable as soon as the answer is in.
                assertTrue(hasGraph(answer.body().get("graph").getAsString().value()), answer.body().toString());
                assertEquals(before + i + 1, documents());
            }
        } finally {
            running.set(false);
            clients.shutdown();
        }
        int answered = 0;
        for (Future<Integer> loop : loops) {
            answered += loop.get();
        }
        assertEquals(List.of(), errors);
        assertTrue(answered > 4, "queries answered during ingest: " + answered);

        IngestClient.Answer again = client.post(files.get(0));
        assertEquals("unchanged", again.message(), again.body().toString());
        Files.writeString(files.get(0), texts[0] + " They met again on Tuesday.");
        assertEquals("replaced", client.post(files.get(0)).message());
        assertEquals(before + files.size(), documents());
    }

    @Test
    void jsonArticleGetsItsDateTitleAndSource() throws Exception {
        HttpResponse<String> response = post("application/json", """
                {"text": "Anna Berg met Lars Holm in Vienna on Friday.", "date": "2022-11-04",
                 "title": "Ruritanian and Freedonian ministers meet", "source": "https://news.example/ruritania/1"}""",
                token.header());
        assertEquals(200, response.statusCode(), response.body());
        String graph = org.apache.jena.atlas.json.JSON.parse(response.body()).get("graph").getAsString().value();
        try (RDFConnection conn = RDFConnection.connect(server.datasetUrl())) {
            assertTrue(conn.queryAsk("PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                    + "ASK { GRAPH <" + graph + "> { ?d dcterms:date \"2022-11-04\"^^xsd:date ; "
                    + "dcterms:title \"Ruritanian and Freedonian ministers meet\" ; dcterms:source ?s } }"), response.body());
        }
    }

    @Test
    void writesWithoutTheTokenAreRefused() throws Exception {
        long before = documents();
        HttpResponse<String> none = post("text/plain", "Anna Berg met Lars Holm.", null);
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(401, post("text/plain", "Anna Berg met Lars Holm.", "Bearer not-the-token").statusCode());
        assertEquals(401, post("text/plain", "Anna Berg met Lars Holm.", token.header().replace("Bearer", "Basic")).statusCode());
        HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, update.statusCode(), update.body());
        assertEquals(before, documents());
    }

    @Test
    void badArticlesGet422WithTheReason() throws Exception {
        HttpResponse<String> badDate = post("text/plain", "date 2023-13-45\nAnna Berg met Lars Holm.", token.header());
        assertEquals(422, badDate.statusCode());
        assertTrue(badDate.body().contains("2023-13-45"), badDate.body());
        assertEquals(422, post("application/json", "{\"text\": 5}", token.header()).statusCode());
        assertEquals(422, post("application/json", "not json", token.header()).statusCode());
        assertEquals(415, post("application/xml", "<a/>", token.header()).statusCode());
        assertEquals(405, HTTP.send(HttpRequest.newBuilder(URI.create(server.ingestUrl().orElseThrow())).GET()
                .header("Authorization", token.header()).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void readOnlyServerHasNoIngest() throws Exception {
        Path db = dir.resolve("readonly");
        try (DiplomacyServer readOnly = DiplomacyServer.create().config(Path.of("fuseki-config.ttl")).database(db).port(0).ui(false)
                .build().start()) {
            assertFalse(readOnly.ingestUrl().isPresent());
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(readOnly.datasetUrl() + "/ingest"))
                    .header("Content-Type", "text/plain").header("Authorization", token.header())
                    .POST(HttpRequest.BodyPublishers.ofString("Anna Berg met Lars Holm.")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, r.statusCode());
            assertTrue(r.body().contains("read-only"), r.body());
        }
    }
}
