package org.dragoman.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dragoman.model.DragomanException;
import org.dragoman.model.EntityType;
import org.dragoman.model.Gazetteer;

/**
 * The bundled offline Wikidata table: countries, capitals, organisations, leaders and the positions they
 * held. Read from {@code wikidata-entities.tsv} and {@code wikidata-positions.tsv} beside this class.
 */
public final class KnowledgeBase implements Gazetteer {
    /** One Wikidata item of the table. */
    public record Item(String qid, EntityType type, String label, List<String> aliases, String country, String enwiki) {
        public Item {
            aliases = List.copyOf(aliases);
        }
    }

    /** One position held (P39) with its start (P580) and end (P582). */
    public record Position(String person, String positionQid, String positionLabel, String title, String of,
                           String start, String end) {
    }

    private final Map<String, Item> byQid = new LinkedHashMap<>();
    private final Map<String, List<Item>> byName = new HashMap<>();
    private final Map<String, List<Position>> positions = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    /** Names the table writes only with a qualifier ("New York (state)"): it knows them to be ambiguous. */
    private final java.util.Set<String> qualified = new java.util.HashSet<>();

    private KnowledgeBase() {
    }

    /** The table bundled with Dragoman. */
    public static KnowledgeBase bundled() {
        KnowledgeBase kb = new KnowledgeBase();
        try (InputStream entities = KnowledgeBase.class.getResourceAsStream("wikidata-entities.tsv");
             InputStream pos = KnowledgeBase.class.getResourceAsStream("wikidata-positions.tsv")) {
            if (entities != null) {
                kb.readEntities(entities, "wikidata-entities.tsv");
            }
            if (pos != null) {
                kb.readPositions(pos, "wikidata-positions.tsv");
            }
        } catch (IOException e) {
            throw new DragomanException("Cannot read the bundled Wikidata table: " + e.getMessage(), e);
        }
        return kb;
    }

    /** A table read from the given streams, for tests and refreshed tables. */
    public static KnowledgeBase of(InputStream entities, InputStream positionsTsv) {
        KnowledgeBase kb = new KnowledgeBase();
        try {
            kb.readEntities(entities, "entities");
            if (positionsTsv != null) {
                kb.readPositions(positionsTsv, "positions");
            }
        } catch (IOException e) {
            throw new DragomanException("Cannot read Wikidata table: " + e.getMessage(), e);
        }
        return kb;
    }

    private void readEntities(InputStream in, String source) throws IOException {
        List<String[]> rows = rows(in, source, 6);
        for (String[] r : rows) {
            EntityType type;
            try {
                type = EntityType.valueOf(r[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DragomanException(source + ": unknown type '" + r[1] + "' for " + r[0]);
            }
            List<String> aliases = new ArrayList<>();
            for (String a : r[3].split("\\|")) {
                if (!a.isBlank()) {
                    aliases.add(a.strip());
                }
            }
            Item item = new Item(r[0], type, r[2], aliases, r[4].isBlank() ? null : r[4], r[5].isBlank() ? null : r[5]);
            byQid.put(item.qid(), item);
            index(item.label(), item);
            if (item.label().endsWith(")") && item.label().contains(" (")) {
                qualified.add(key(item.label().substring(0, item.label().lastIndexOf(" ("))));
            }
            for (String a : aliases) {
                index(a, item);
            }
            // "Salman bin Abdulaziz" for "Salman bin Abdulaziz Al Saud": news drops the family name after the father's.
            if (type == EntityType.PERSON) {
                java.util.stream.Stream.concat(java.util.stream.Stream.of(item.label()), aliases.stream())
                        .map(KnowledgeBase::withoutFamily).flatMap(java.util.Optional::stream).forEach(n -> index(n, item));
            }
        }
        // Demonyms: the aliases of countries that are adjectives ("Chilean"), and the name itself.
        for (Item item : byQid.values()) {
            if (item.type() == EntityType.COUNTRY) {
                for (String a : item.aliases()) {
                    demonyms.putIfAbsent(key(a), item.label());
                }
                demonyms.putIfAbsent(key(item.label()), item.label());
            }
        }
    }

    private void readPositions(InputStream in, String source) throws IOException {
        for (String[] r : rows(in, source, 7)) {
            Position p = new Position(r[0], blank(r[1]), r[2], r[3], blank(r[4]), blank(r[5]), blank(r[6]));
            positions.computeIfAbsent(p.person(), k -> new ArrayList<>()).add(p);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String[]> rows(InputStream in, String source, int columns) throws IOException {
        List<String[]> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw new DragomanException(source + ": line " + n + ": expected " + columns + " tab-separated fields, found "
                        + cells.length + ": " + line);
            }
            out.add(cells);
        }
        return out;
    }

    private void index(String name, Item item) {
        List<Item> list = byName.computeIfAbsent(key(name), k -> new ArrayList<>());
        if (!list.contains(item)) {
            list.add(item);
        }
    }

    private static final java.util.regex.Pattern FATHERS_NAME_AND_FAMILY =
            java.util.regex.Pattern.compile("^(\\S+ (?:bin|bint|ibn) \\S+)(?: (?:bin|ibn) \\S+)* (?:Al|El)[ -]\\S+$");

    /** "Ana bin Ivo" for "Ana bin Ivo Al Soto" (or "Ana bin Ivo bin Tomas Al-Soto"); empty for other names. */
    public static java.util.Optional<String> withoutFamily(String name) {
        java.util.regex.Matcher m = FATHERS_NAME_AND_FAMILY.matcher(name);
        return m.matches() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /** Lower-cased, accent-folded, punctuation-free form of a name. */
    public static String key(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String words = String.join(" ", ascii.toLowerCase(Locale.ROOT).replaceAll("[’']s\\b", "").split("[^\\p{L}\\p{N}]+")).strip();
        // "U.N.", "UN" and "United Nations" name the same bodies ("the U.N. refugee agency", "the UN refugee agency"),
        // and British and American spellings the same names ("Organisation", "Co-operation", "Programme").
        // "Abdul Aziz" and "Abdulaziz" are one Arabic name written apart or together.
        return (" " + words + " ").replace(" united nations ", " un ").replace(" u n ", " un ")
                .replace(" organisation ", " organization ").replace(" co operation ", " cooperation ").replace(" programme ", " program ")
                .replaceAll(" abd(ul|el|al) (?=\\p{L})", " abd$1").strip();
    }

    public int size() {
        return byQid.size();
    }

    /** Every item of the table, in file order. */
    public java.util.Collection<Item> items() {
        return java.util.Collections.unmodifiableCollection(byQid.values());
    }

    public Optional<Item> item(String qid) {
        return Optional.ofNullable(byQid.get(qid));
    }

    /** Whether the table holds the name, as a label, an alias, or a label it qualifies in brackets ("New York (state)"). */
    public boolean knows(String name) {
        return byName.containsKey(key(name)) || qualified.contains(key(name));
    }

    /** Items whose label or alias equals the name, ignoring case and punctuation. */
    public List<Item> candidates(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    public List<Position> positions(String personQid) {
        return positions.getOrDefault(personQid, List.of());
    }

    @Override
    public boolean sameThing(String name, String other) {
        List<Item> those = candidates(other);
        return candidates(name).stream().anyMatch(those::contains);
    }

    @Override
    public Optional<String> countryOfDemonym(String adjective) {
        return Optional.ofNullable(demonyms.get(key(adjective)));
    }

    @Override
    public boolean isRegion(String name) {
        List<Item> items = candidates(name);
        return items.size() == 1 && items.get(0).type() == EntityType.PLACE && items.get(0).country() == null;
    }

    @Override
    public Optional<String> countryOfCity(String name) {
        List<Item> items = candidates(name);
        if (items.size() != 1 || items.get(0).type() != EntityType.CITY || items.get(0).country() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byQid.get(items.get(0).country())).map(Item::label);
    }

    @Override
    public List<Office> officesHeld(String fullName, LocalDate date) {
        List<Item> people = candidates(fullName).stream().filter(i -> i.type() == EntityType.PERSON).toList();
        if (date == null || fullName.strip().split("\\s+").length < 2 || people.size() != 1) {
            return List.of();
        }
        List<Office> out = new ArrayList<>();
        for (Position p : positions(people.get(0).qid())) {
            if (EntityLinker.heldAt(p, date) && p.title() != null && !p.title().isBlank()) {
                out.add(new Office(p.title(), p.of() == null ? null : item(p.of()).map(Item::label).orElse(null)));
            }
        }
        return out;
    }

    @Override
    public boolean isLabel(String name) {
        List<Item> items = candidates(name);
        return items.size() == 1 && items.get(0).label().equals(name);
    }

    @Override
    public Optional<EntityType> typeOf(String name) {
        List<Item> items = candidates(name);
        if (items.size() == 1) {
            return Optional.of(items.get(0).type());
        }
        return Optional.empty();
    }

    @Override
    public Optional<EntityType> placeTypeOf(String name) {
        List<Item> places = candidates(name).stream().filter(i -> i.type().isPlace()).toList();
        return places.size() == 1 ? Optional.of(places.get(0).type()) : Optional.empty();
    }
}
