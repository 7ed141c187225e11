package org.dragoman.link;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dragoman.model.Digests;
import org.dragoman.model.DragomanException;

/**
 * A polite client for the Wikidata API ({@code wbsearchentities}, {@code wbgetentities}) and the Wikidata Query
 * Service: a descriptive User-Agent as Wikimedia asks, a minimum interval between requests, timeouts, and a
 * persistent on-disk cache. Network failures, timeouts and malformed answers give an empty result, so that
 * callers fall back to the offline table; they never throw.
 *
 * <p>Build it with {@link #create()}: {@code WikidataClient.create().cache(dir).build()}.
 */
public final class WikidataClient {
    public static final String USER_AGENT = "Dragoman/0.1 (https://w3id.org/dragoman; diplomacy knowledge graph; GPL-3.0-or-later)";

    /** A search hit. */
    public record Hit(String qid, String label, String description) {
    }

    /** What wbgetentities says of an item: English label, aliases, instance-of classes, country. */
    public record ItemFacts(String qid, String label, List<String> aliases, List<String> instanceOf, String country,
                            String enwiki) {
        public ItemFacts {
            aliases = List.copyOf(aliases);
            instanceOf = List.copyOf(instanceOf);
        }
    }

    private final HttpClient http;
    private final String apiUrl;
    private final String sparqlUrl;
    private final Path cache;
    private final Duration timeout;
    private final long minIntervalMillis;
    private long lastRequest;
    private int consecutiveFailures;

    private WikidataClient(Builder b) {
        this.http = HttpClient.newBuilder().connectTimeout(b.timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.apiUrl = b.apiUrl;
        this.sparqlUrl = b.sparqlUrl;
        this.cache = b.cache;
        this.timeout = b.timeout;
        this.minIntervalMillis = b.minIntervalMillis;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Items whose English label or alias matches the name, best first. */
    public List<Hit> search(String name) {
        String url = apiUrl + "?action=wbsearchentities&format=json&language=en&uselang=en&type=item&limit=7&search="
                + URLEncoder.encode(name, StandardCharsets.UTF_8);
        List<Hit> out = new ArrayList<>();
        Optional<JsonObject> json = getJson(url);
        if (json.isEmpty() || !json.get().hasKey("search") || !json.get().get("search").isArray()) {
            return out;
        }
        for (JsonValue v : json.get().get("search").getAsArray()) {
            if (!v.isObject()) {
                continue;
            }
            JsonObject o = v.getAsObject();
            String id = str(o, "id");
            if (id != null && id.matches("Q[1-9]\\d*")) {
                out.add(new Hit(id, str(o, "label"), str(o, "description")));
            }
        }
        return out;
    }

    /** The facts of one item, if the API answers. */
    public Optional<ItemFacts> facts(String qid) {
        String url = apiUrl + "?action=wbgetentities&format=json&languages=en&props=labels%7Caliases%7Cclaims%7Csitelinks&sitefilter=enwiki&ids="
                + URLEncoder.encode(qid, StandardCharsets.UTF_8);
        Optional<JsonObject> json = getJson(url);
        try {
            if (json.isEmpty()) {
                return Optional.empty();
            }
            JsonObject entity = json.get().get("entities").getAsObject().get(qid).getAsObject();
            String label = entity.hasKey("labels") && entity.get("labels").getAsObject().hasKey("en")
                    ? str(entity.get("labels").getAsObject().get("en").getAsObject(), "value") : null;
            List<String> aliases = new ArrayList<>();
            if (entity.hasKey("aliases") && entity.get("aliases").getAsObject().hasKey("en")) {
                for (JsonValue a : entity.get("aliases").getAsObject().get("en").getAsArray()) {
                    aliases.add(str(a.getAsObject(), "value"));
                }
            }
            List<String> p31 = claimIds(entity, "P31");
            List<String> p17 = claimIds(entity, "P17");
            String enwiki = entity.hasKey("sitelinks") && entity.get("sitelinks").getAsObject().hasKey("enwiki")
                    ? str(entity.get("sitelinks").getAsObject().get("enwiki").getAsObject(), "title") : null;
            return Optional.of(new ItemFacts(qid, label, aliases, p31, p17.isEmpty() ? null : p17.get(0),
                    enwiki == null ? null : enwiki.replace(' ', '_')));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /** SPARQL SELECT results as JSON from the Query Service, if it answers. */
    public Optional<JsonObject> sparql(String query) {
        return getJson(sparqlUrl + "?format=json&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static List<String> claimIds(JsonObject entity, String property) {
        List<String> out = new ArrayList<>();
        if (!entity.hasKey("claims") || !entity.get("claims").getAsObject().hasKey(property)) {
            return out;
        }
        for (JsonValue c : entity.get("claims").getAsObject().get(property).getAsArray()) {
            try {
                JsonObject value = c.getAsObject().get("mainsnak").getAsObject().get("datavalue").getAsObject()
                        .get("value").getAsObject();
                out.add(str(value, "id"));
            } catch (RuntimeException noValue) {
                // "somevalue"/"novalue" snaks carry no item.
            }
        }
        return out;
    }

    private static String str(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isString() ? o.get(key).getAsString().value() : null;
    }

    /** Whether the last requests failed so often that the network is better left alone for this run. */
    public synchronized boolean unavailable() {
        return consecutiveFailures >= 3;
    }

    private Optional<JsonObject> getJson(String url) {
        Path cached = cache == null ? null : cache.resolve(Digests.sha256Hex(url).substring(0, 40) + ".json");
        if (cached != null && Files.isRegularFile(cached)) {
            try {
                return Optional.of(JSON.parse(Files.readString(cached, StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException corrupt) {
                // Fetch again below.
            }
        }
        if (unavailable()) {
            return Optional.empty();
        }
        String body;
        try {
            pace();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("User-Agent", USER_AGENT).header("Accept", "application/json, application/sparql-results+json")
                    .GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                failed();
                return Optional.empty();
            }
            body = response.body();
        } catch (IOException | IllegalArgumentException e) {
            failed();
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        JsonObject json;
        try {
            json = JSON.parse(body);
        } catch (RuntimeException malformed) {
            failed();
            return Optional.empty();
        }
        synchronized (this) {
            consecutiveFailures = 0;
        }
        if (cached != null) {
            try {
                Files.createDirectories(cache);
                Path tmp = Files.createTempFile(cache, "wd", ".tmp");
                Files.writeString(tmp, body, StandardCharsets.UTF_8);
                Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new DragomanException("Cannot write Wikidata cache " + cached + ": " + e.getMessage(), e);
            }
        }
        return Optional.of(json);
    }

    private synchronized void failed() {
        consecutiveFailures++;
    }

    private synchronized void pace() throws InterruptedException {
        long wait = lastRequest + minIntervalMillis - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        lastRequest = System.currentTimeMillis();
    }

    /** Configures a client; defaults are the public Wikidata endpoints, a 10 s timeout and 5 requests a second. */
    public static final class Builder {
        private String apiUrl = "https://www.wikidata.org/w/api.php";
        private String sparqlUrl = "https://query.wikidata.org/sparql";
        private Path cache;
        private Duration timeout = Duration.ofSeconds(10);
        private long minIntervalMillis = 200;

        private Builder() {
        }

        public Builder apiUrl(String value) {
            this.apiUrl = value;
            return this;
        }

        public Builder sparqlUrl(String value) {
            this.sparqlUrl = value;
            return this;
        }

        /** Directory of cached answers, kept across runs; null for none. */
        public Builder cache(Path value) {
            this.cache = value;
            return this;
        }

        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        /** Minimum time between two requests. */
        public Builder minInterval(Duration value) {
            this.minIntervalMillis = value.toMillis();
            return this;
        }

        public WikidataClient build() {
            return new WikidataClient(this);
        }
    }
}
