package org.dragoman.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dragoman.model.DragomanException;
import org.dragoman.model.EntityType;

/**
 * Reads the downloaded public data sets that {@code dragoman wikidata build} turns into the index. Each reader takes
 * the checked-out folder of one repository and adds what it finds to an {@link IndexWriter}; a reader whose folder
 * is absent adds nothing, so the index can be built from whatever subset was fetched.
 */
public final class IndexSources {
    /** Words that name an admin level; "Kabul Province" and "Province of Kabul" are names of the province. */
    static final Set<String> LEVEL_WORDS = Set.of("province", "state", "region", "governorate", "oblast", "prefecture",
            "county", "district", "department", "canton", "voivodeship", "emirate", "territory", "krai", "republic",
            "municipality", "autonomous region", "division", "parish");

    /** What one source contributed. */
    public record Count(String source, int countries, int regions, int cities, int other) {
    }

    private IndexSources() {
    }

    /**
     * dr5hn/countries-states-cities-database: {@code csv/countries.csv}, {@code csv/states.csv} and
     * {@code contributions/cities/*.json} (ODbL). Rows without a {@code wikiDataId} are skipped.
     */
    public static Count countriesStatesCities(Path dir, IndexWriter w) {
        Path countries = dir.resolve("csv/countries.csv");
        Path states = dir.resolve("csv/states.csv");
        if (!Files.isRegularFile(countries)) {
            throw new DragomanException(dir + ": no csv/countries.csv; is this a checkout of dr5hn/countries-states-cities-database?");
        }
        Map<String, String> countryById = new HashMap<>();
        Map<String, String> countryByIso2 = new HashMap<>();
        int nc = 0;
        for (Map<String, String> r : csv(countries)) {
            String qid = qid(r.get("wikiDataId"));
            if (qid == null) {
                continue;
            }
            countryById.put(r.get("id"), qid);
            countryByIso2.put(r.get("iso2"), qid);
            List<String> names = new ArrayList<>();
            names.add(r.get("native"));
            w.add(new WikidataIndex.Entry(qid, EntityType.COUNTRY, r.get("name"), "country", null, null, number(r.get("population"))), names);
            nc++;
        }
        Map<String, String> stateById = new HashMap<>();
        List<Map<String, String>> stateRows = Files.isRegularFile(states) ? csv(states) : List.of();
        for (Map<String, String> r : stateRows) {
            String qid = qid(r.get("wikiDataId"));
            if (qid != null) {
                stateById.put(r.get("id"), qid);
            }
        }
        int ns = 0;
        for (Map<String, String> r : stateRows) {
            String qid = qid(r.get("wikiDataId"));
            if (qid == null) {
                continue;
            }
            String kind = r.getOrDefault("type", "").toLowerCase(Locale.ROOT).strip();
            String name = r.get("name");
            w.add(new WikidataIndex.Entry(qid, EntityType.PLACE, name, kind.isEmpty() ? "region" : kind,
                    countryById.get(r.get("country_id")), stateById.get(r.get("parent_id")), number(r.get("population"))),
                    regionNames(name, kind));
            ns++;
        }
        int ncity = 0;
        Path cities = dir.resolve("contributions/cities");
        if (Files.isDirectory(cities)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(cities)) {
                files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            } catch (IOException e) {
                throw new DragomanException("Cannot list " + cities + ": " + e.getMessage(), e);
            }
            for (Path f : files) {
                JsonValue v;
                try (InputStream in = Files.newInputStream(f)) {
                    v = JSON.parseAny(in);
                } catch (IOException | RuntimeException e) {
                    throw new DragomanException("Cannot read " + f + ": " + e.getMessage(), e);
                }
                if (!v.isArray()) {
                    throw new DragomanException(f + ": expected a JSON array of cities");
                }
                JsonArray arr = v.getAsArray();
                for (JsonValue c : arr) {
                    JsonObject o = c.getAsObject();
                    String qid = qid(str(o, "wikiDataId"));
                    String name = str(o, "name");
                    if (qid == null || name == null || name.isBlank()) {
                        continue;
                    }
                    List<String> names = new ArrayList<>();
                    names.add(str(o, "native"));
                    String stateId = o.hasKey("state_id") && o.get("state_id").isNumber()
                            ? o.get("state_id").getAsNumber().value().toString() : null;
                    long population = o.hasKey("population") && o.get("population").isNumber()
                            ? o.get("population").getAsNumber().value().longValue() : 0;
                    w.add(new WikidataIndex.Entry(qid, EntityType.CITY, name, "city", countryByIso2.get(str(o, "country_code")),
                            stateById.get(stateId), Math.max(0, population)), names);
                    ncity++;
                }
            }
        }
        return new Count("countries-states-cities-database", nc, ns, ncity, 0);
    }

    /**
     * A table in the format of the bundled {@code wikidata-entities.tsv} (as {@code wikidata refresh} writes it):
     * its items join the index with their aliases.
     */
    public static Count table(Path entitiesTsv, IndexWriter w) {
        KnowledgeBase kb;
        try (InputStream in = Files.newInputStream(entitiesTsv)) {
            kb = KnowledgeBase.of(in, null);
        } catch (IOException e) {
            throw new DragomanException("Cannot read " + entitiesTsv + ": " + e.getMessage(), e);
        }
        int[] n = new int[4];
        for (KnowledgeBase.Item item : kb.items()) {
            w.add(new WikidataIndex.Entry(item.qid(), item.type(), item.label(), item.type().name().toLowerCase(Locale.ROOT),
                    item.country(), null, 0), item.aliases());
            n[switch (item.type()) {
                case COUNTRY -> 0;
                case PLACE -> 1;
                case CITY -> 2;
                default -> 3;
            }]++;
        }
        return new Count(entitiesTsv.getFileName().toString(), n[0], n[1], n[2], n[3]);
    }

    /** A region's own name, without and with its level word: "Kabul Province" also as "Kabul" and "Province of Kabul". */
    static List<String> regionNames(String name, String kind) {
        List<String> out = new ArrayList<>();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String word : LEVEL_WORDS) {
            if (lower.endsWith(" " + word)) {
                out.add(name.substring(0, name.length() - word.length() - 1));
            }
        }
        String base = out.isEmpty() ? name : out.get(0);
        if (!kind.isEmpty() && LEVEL_WORDS.contains(kind)) {
            out.add(base + " " + kind);
            out.add(kind + " of " + base);
        }
        return out;
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? v.getAsString().value() : null;
    }

    private static String qid(String s) {
        return s != null && s.strip().matches("Q[1-9][0-9]{0,9}") && Long.parseLong(s.strip().substring(1)) <= Integer.MAX_VALUE
                ? s.strip() : null;
    }

    private static long number(String s) {
        if (s == null || s.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, (long) Double.parseDouble(s.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Rows of a CSV file with a header, as maps; fields may be quoted with doubled quotes inside. */
    static List<Map<String, String>> csv(Path file) {
        List<Map<String, String>> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = null;
            StringBuilder pending = new StringBuilder();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                pending.append(line);
                List<String> cells = split(pending.toString());
                if (cells == null) {
                    pending.append('\n'); // a quoted field goes on over the line break
                    continue;
                }
                pending.setLength(0);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.size() != header.size()) {
                    throw new DragomanException(file + ": line " + n + ": expected " + header.size() + " fields, found " + cells.size());
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                out.add(row);
            }
        } catch (IOException e) {
            throw new DragomanException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The fields of one CSV record, or null when a quoted field is still open. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        out.add(cur.toString());
        return out;
    }
}
