package org.dragoman.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dragoman.model.DragomanException;

/**
 * Rebuilds the offline table from the Wikidata Query Service: UN member states with their demonyms and
 * capitals, and the people who held their head-of-state and head-of-government offices (P1906, P1313) since
 * 2000, with start (P580) and end (P582) of each term. Writes the two TSV files in the bundled format.
 */
public final class TableRefresher {
    static final String COUNTRIES = """
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            PREFIX wikibase: <http://wikiba.se/ontology#>
            PREFIX bd: <http://www.bigdata.com/rdf#>
            PREFIX schema: <http://schema.org/>
            SELECT ?c ?cLabel ?capital ?capitalLabel ?demonym ?article WHERE {
              ?c wdt:P463 wd:Q1065 .
              OPTIONAL { ?c wdt:P36 ?capital }
              OPTIONAL { ?c wdt:P1549 ?demonym FILTER(LANG(?demonym) = "en") }
              OPTIONAL { ?article schema:about ?c ; schema:isPartOf <https://en.wikipedia.org/> }
              SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
            }""";
    static final String LEADERS = """
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            PREFIX p: <http://www.wikidata.org/prop/>
            PREFIX ps: <http://www.wikidata.org/prop/statement/>
            PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
            PREFIX wikibase: <http://wikiba.se/ontology#>
            PREFIX bd: <http://www.bigdata.com/rdf#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            SELECT ?person ?personLabel ?position ?positionLabel ?country ?start ?end WHERE {
              ?country wdt:P463 wd:Q1065 .
              { ?country wdt:P1906 ?position } UNION { ?country wdt:P1313 ?position }
              ?person p:P39 ?st . ?st ps:P39 ?position .
              OPTIONAL { ?st pq:P580 ?start } OPTIONAL { ?st pq:P582 ?end }
              FILTER(!BOUND(?end) || ?end >= "2000-01-01T00:00:00Z"^^xsd:dateTime)
              SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
            }""";

    private final WikidataClient client;

    public TableRefresher(WikidataClient client) {
        this.client = client;
    }

    /** Counts of what was written. */
    public record Result(int countries, int cities, int persons, int positions) {
    }

    public Result refresh(Path dir) {
        List<Map<String, String>> countries = rows(client.sparql(COUNTRIES), "countries");
        List<Map<String, String>> leaders = rows(client.sparql(LEADERS), "leaders");
        Map<String, String[]> entities = new LinkedHashMap<>();
        Map<String, Set<String>> demonyms = new LinkedHashMap<>();
        int cities = 0;
        for (Map<String, String> r : countries) {
            String c = qid(r.get("c"));
            if (c == null) {
                continue;
            }
            String article = r.get("article");
            String enwiki = article == null ? "" : article.substring(article.lastIndexOf('/') + 1);
            entities.putIfAbsent(c, new String[] {c, "Country", r.getOrDefault("cLabel", c), "", "", enwiki});
            if (r.get("demonym") != null) {
                demonyms.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(r.get("demonym"));
            }
            String capital = qid(r.get("capital"));
            if (capital != null && !entities.containsKey(capital)) {
                entities.put(capital, new String[] {capital, "City", r.getOrDefault("capitalLabel", capital), "", c, ""});
                cities++;
            }
        }
        demonyms.forEach((c, d) -> entities.get(c)[3] = String.join("|", d));
        List<String> positions = new ArrayList<>();
        Set<String> persons = new LinkedHashSet<>();
        for (Map<String, String> r : leaders) {
            String person = qid(r.get("person"));
            String position = qid(r.get("position"));
            String country = qid(r.get("country"));
            if (person == null || position == null) {
                continue;
            }
            if (persons.add(person) && !entities.containsKey(person)) {
                entities.put(person, new String[] {person, "Person", r.getOrDefault("personLabel", person), "", country == null ? "" : country, ""});
            }
            String label = r.getOrDefault("positionLabel", "");
            positions.add(String.join("\t", person, position, label, title(label), country == null ? "" : country,
                    day(r.get("start")), day(r.get("end"))));
        }
        try {
            Files.createDirectories(dir);
            List<String> e = new ArrayList<>();
            e.add("# Refreshed from the Wikidata Query Service by 'dragoman wikidata refresh'. Columns: see the bundled table.");
            e.add("qid\ttype\tlabel\taliases\tcountry\tenwiki");
            for (String[] row : entities.values()) {
                e.add(String.join("\t", clean(row)));
            }
            Files.write(dir.resolve("wikidata-entities.tsv"), e, StandardCharsets.UTF_8);
            List<String> p = new ArrayList<>();
            p.add("# Positions held (P39) with start (P580) and end (P582), refreshed from the Wikidata Query Service.");
            p.add("person\tposition\tposition_label\ttitle\tof\tstart\tend");
            p.addAll(positions);
            Files.write(dir.resolve("wikidata-positions.tsv"), p, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new DragomanException("Cannot write refreshed table to " + dir + ": " + ex.getMessage(), ex);
        }
        return new Result(countries.isEmpty() ? 0 : (int) entities.values().stream().filter(r -> r[1].equals("Country")).count(),
                cities, persons.size(), positions.size());
    }

    private static String[] clean(String[] row) {
        String[] out = new String[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = row[i] == null ? "" : row[i].replace('\t', ' ').replace('\n', ' ');
        }
        return out;
    }

    /** "President of Chile" gives "President"; "Prime Minister of India" gives "Prime Minister". */
    static String title(String positionLabel) {
        int of = positionLabel.indexOf(" of ");
        String t = of > 0 ? positionLabel.substring(0, of) : positionLabel;
        return t.isBlank() ? "Leader" : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static String day(String dateTime) {
        return dateTime == null || dateTime.length() < 10 ? "" : dateTime.substring(0, 10);
    }

    private static String qid(String iri) {
        if (iri == null) {
            return null;
        }
        String id = iri.substring(iri.lastIndexOf('/') + 1);
        return id.matches("Q[1-9]\\d*") ? id : null;
    }

    private static List<Map<String, String>> rows(Optional<JsonObject> json, String what) {
        if (json.isEmpty()) {
            throw new DragomanException("Wikidata Query Service did not answer the " + what + " query (offline, timed out or malformed)");
        }
        List<Map<String, String>> out = new ArrayList<>();
        try {
            for (JsonValue b : json.get().get("results").getAsObject().get("bindings").getAsArray()) {
                Map<String, String> row = new LinkedHashMap<>();
                JsonObject o = b.getAsObject();
                for (String var : o.keys()) {
                    row.put(var, o.get(var).getAsObject().get("value").getAsString().value());
                }
                out.add(row);
            }
        } catch (RuntimeException e) {
            throw new DragomanException("Malformed SPARQL JSON for the " + what + " query: " + e.getMessage(), e);
        }
        return out;
    }
}
