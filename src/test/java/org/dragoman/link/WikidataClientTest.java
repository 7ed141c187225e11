package org.dragoman.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Evidence;
import org.dragoman.model.Extraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The online client against a local server that answers in the real Wikidata API and SPARQL JSON formats. */
class WikidataClientTest {
    private static final String SEARCH = """
            {"searchinfo":{"search":"Ana Lima"},"search":[
              {"id":"Q111","title":"Q111","label":"Ana Lima","description":"Freedonian diplomat","match":{"type":"label","language":"en","text":"Ana Lima"}},
              {"id":"Q222","title":"Q222","label":"Ana Lima","description":"village","match":{"type":"label","language":"en","text":"Ana Lima"}}],
             "success":1}""";
    private static final String ENTITY_HUMAN = """
            {"entities":{"Q111":{"type":"item","id":"Q111","labels":{"en":{"language":"en","value":"Ana Lima"}},
              "aliases":{"en":[{"language":"en","value":"A. Lima"}]},
              "claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":5,"id":"Q5"},"type":"wikibase-entityid"}},"type":"statement","rank":"normal"}],
                        "P17":[]},
              "sitelinks":{"enwiki":{"site":"enwiki","title":"Ana Lima","badges":[]}}}},"success":1}""";
    private static final String ENTITY_VILLAGE = """
            {"entities":{"Q222":{"type":"item","id":"Q222","labels":{"en":{"language":"en","value":"Ana Lima"}},
              "claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"id":"Q532"},"type":"wikibase-entityid"}}}]}}},"success":1}""";
    private static final String SPARQL_COUNTRIES = """
            {"head":{"vars":["c","cLabel","capital","capitalLabel","demonym","article"]},"results":{"bindings":[
              {"c":{"type":"uri","value":"http://www.wikidata.org/entity/Q100"},"cLabel":{"type":"literal","value":"Freedonia"},
               "capital":{"type":"uri","value":"http://www.wikidata.org/entity/Q101"},"capitalLabel":{"type":"literal","value":"Freedon City"},
               "demonym":{"type":"literal","xml:lang":"en","value":"Freedonian"},"article":{"type":"uri","value":"https://en.wikipedia.org/wiki/Freedonia"}}]}}""";
    private static final String SPARQL_LEADERS = """
            {"head":{"vars":["person","personLabel","position","positionLabel","country","start","end"]},"results":{"bindings":[
              {"person":{"type":"uri","value":"http://www.wikidata.org/entity/Q400"},"personLabel":{"type":"literal","value":"Rufus Firefly"},
               "position":{"type":"uri","value":"http://www.wikidata.org/entity/Q402"},"positionLabel":{"type":"literal","value":"President of Freedonia"},
               "country":{"type":"uri","value":"http://www.wikidata.org/entity/Q100"},
               "start":{"type":"literal","datatype":"http://www.w3.org/2001/XMLSchema#dateTime","value":"2015-07-01T00:00:00Z"}}]}}""";

    private HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile String userAgent;
    private volatile long delayMillis;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            userAgent = exchange.getRequestHeaders().getFirst("User-Agent");
            String query = java.net.URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            String body = answers.entrySet().stream().filter(e -> query.contains(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private WikidataClient client(Path cache, Duration timeout) {
        return WikidataClient.create().apiUrl(base() + "/w/api.php").sparqlUrl(base() + "/sparql").cache(cache)
                .timeout(timeout).minInterval(Duration.ofMillis(1)).build();
    }

    @Test
    void searchesFetchesFactsSendsUserAgentAndCaches() {
        answers.put("action=wbsearchentities", SEARCH);
        answers.put("ids=Q111", ENTITY_HUMAN);
        WikidataClient c = client(dir.resolve("cache"), Duration.ofSeconds(5));
        List<WikidataClient.Hit> hits = c.search("Ana Lima");
        assertEquals(List.of("Q111", "Q222"), hits.stream().map(WikidataClient.Hit::qid).toList());
        var facts = c.facts("Q111").orElseThrow();
        assertEquals(List.of("Q5"), facts.instanceOf());
        assertEquals("Ana_Lima", facts.enwiki());
        assertTrue(userAgent.startsWith("Dragoman/") && userAgent.contains("https://"), userAgent);
        int before = requests.get();
        WikidataClient again = client(dir.resolve("cache"), Duration.ofSeconds(5));
        assertEquals(2, again.search("Ana Lima").size());
        assertEquals(before, requests.get(), "the second run is answered from the on-disk cache");
    }

    @Test
    void onlineLinkerTakesTheOneCandidateOfTheRightType() {
        answers.put("action=wbsearchentities", SEARCH);
        answers.put("ids=Q111", ENTITY_HUMAN);
        answers.put("ids=Q222", ENTITY_VILLAGE);
        KnowledgeBase empty = KnowledgeBase.of(new ByteArrayInputStream("qid\ttype\tlabel\taliases\tcountry\tenwiki\n".getBytes(StandardCharsets.UTF_8)), null);
        OnlineLinker linker = new OnlineLinker(new EntityLinker(empty), client(null, Duration.ofSeconds(5)));
        Entity ana = new Entity("person/ana-lima", EntityType.PERSON, "Ana Lima", List.of(), List.of(new Evidence("s", 0, 8)), List.of(), null);
        Extraction x = linker.link(new Extraction(new Article("t", "t.txt", "Ana Lima", 0, LocalDate.of(2020, 1, 1)), List.of(ana), List.of()));
        assertEquals("Q111", x.entities().get(0).link().qid(), "the human, not the village of the same name");
        assertEquals(0.7, x.entities().get(0).link().confidence(), 1e-9);
    }

    @Test
    void timeoutsAndMalformedAnswersFallBackToNothing() {
        answers.put("action=wbsearchentities", "{ this is not json");
        WikidataClient c = client(null, Duration.ofMillis(300));
        assertTrue(c.search("Ana Lima").isEmpty());
        answers.put("ids=Q111", "{\"entities\":{\"Q111\":{\"claims\":42}}}");
        assertTrue(c.facts("Q111").isEmpty(), "malformed entity JSON gives no facts");
        delayMillis = 1500;
        answers.put("action=wbsearchentities", SEARCH);
        long t0 = System.nanoTime();
        assertTrue(client(null, Duration.ofMillis(300)).search("Ana Lima").isEmpty());
        assertTrue((System.nanoTime() - t0) / 1e6 < 1400, "the timeout cut the request short");
    }

    @Test
    void aDeadNetworkIsLeftAloneAfterRepeatedFailures() {
        server.stop(0);
        WikidataClient c = client(null, Duration.ofMillis(300));
        for (int i = 0; i < 3; i++) {
            assertTrue(c.search("x" + i).isEmpty());
        }
        assertTrue(c.unavailable());
        assertNull(c.search("y").stream().findFirst().orElse(null));
    }

    @Test
    void refreshRebuildsTheTableInItsOwnFormat() throws Exception {
        answers.put("wdt:P1549", SPARQL_COUNTRIES);
        answers.put("wdt:P1906", SPARQL_LEADERS);
        TableRefresher.Result r = new TableRefresher(client(null, Duration.ofSeconds(5))).refresh(dir.resolve("table"));
        assertEquals(1, r.countries());
        assertEquals(1, r.cities());
        assertEquals(1, r.positions());
        KnowledgeBase kb = KnowledgeBase.of(Files.newInputStream(dir.resolve("table/wikidata-entities.tsv")),
                Files.newInputStream(dir.resolve("table/wikidata-positions.tsv")));
        assertEquals("Freedonia", kb.countryOfDemonym("Freedonian").orElseThrow());
        assertEquals("President", kb.positions("Q400").get(0).title());
        assertEquals("2015-07-01", kb.positions("Q400").get(0).start());
        assertEquals("Q100", kb.item("Q101").orElseThrow().country());
    }
}
