package org.dragoman.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Evidence;
import org.dragoman.model.Extraction;
import org.dragoman.model.Link;
import org.dragoman.model.Role;

/**
 * Gives each actor and place a Wikidata link where one can be trusted, deciding per article with the
 * names of the whole entity, its type, its stated roles and country, and the article date. An entity with
 * no candidate that fits, or with several that fit equally, stays unlinked.
 */
public final class EntityLinker {
    private final KnowledgeBase kb;
    private final IndexChooser index;

    /** A linker with the bundled (or given) table alone. */
    public EntityLinker(KnowledgeBase kb) {
        this(kb, null);
    }

    /**
     * A linker with the curated table first and the offline index beneath it: the index answers only where the
     * table has nothing that fits, and may overrule the table only where the text names an admin level or the
     * article lies wholly in another country than the table's namesake.
     */
    public EntityLinker(KnowledgeBase kb, WikidataIndex index) {
        this.kb = kb;
        this.index = index == null ? null : new IndexChooser(index);
    }

    public Extraction link(Extraction x) {
        LocalDate date = x.article().date();
        String text = x.article().text();
        List<Entity> first = new ArrayList<>();
        // Places and organisations first: persons use them as context.
        for (Entity e : x.entities()) {
            first.add(e.type() == EntityType.PERSON ? e : linkNonPerson(e, text));
        }
        if (index != null) {
            first = linkFromIndex(first, text);
        }
        Map<String, String> countryQids = new HashMap<>();
        for (Entity linked : first) {
            if (linked.link() != null && linked.type() == EntityType.COUNTRY) {
                countryQids.put(linked.link().qid(), linked.id());
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : first) {
            out.add(withWikidataLabel(e.type() == EntityType.PERSON ? linkPerson(e, date, countryQids, first) : e));
        }
        return x.withEntities(out);
    }

    /** The second layer: the index links what the table left, and corrects the table where the text says so. */
    private List<Entity> linkFromIndex(List<Entity> entities, String text) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON) {
                out.add(e);
                continue;
            }
            IndexChooser.Context ctx = context(entities, e);
            if (e.link() == null) {
                // Where the table knows the name but left it unlinked, it saw namesakes it could not tell apart: so would the index.
                if (e.type().isPlace() && nameBorrowed(e, text) || e.type() == EntityType.ORGANIZATION
                        || kb.knows(e.label()) || e.aliases().stream().anyMatch(kb::knows)) {
                    out.add(e);
                    continue;
                }
                var link = index.choose(e, text, ctx);
                out.add(link.isPresent() ? e.withLink(link.get()) : e);
                continue;
            }
            KnowledgeBase.Item item = kb.item(e.link().qid()).orElse(null);
            java.util.Optional<Link> better = java.util.Optional.empty();
            if (item != null && item.type() == EntityType.COUNTRY) {
                better = index.regionOverCountry(e, item, ctx, ctx.countries());
            } else if (item != null && item.type() == EntityType.CITY) {
                better = index.regionOverCity(e, text, item);
            }
            out.add(better.isPresent() ? e.withType(EntityType.PLACE).withLink(better.get()) : e);
        }
        return out;
    }

    /** The countries and items the other entities of the article are linked to, for choosing among namesakes. */
    private IndexChooser.Context context(List<Entity> entities, Entity self) {
        Set<String> countries = new java.util.HashSet<>();
        Set<String> linked = new java.util.HashSet<>();
        for (Entity o : entities) {
            if (o == self || o.link() == null) {
                continue;
            }
            String q = o.link().qid();
            linked.add(q);
            var item = kb.item(q);
            if (item.isPresent()) {
                if (item.get().type() == EntityType.COUNTRY) {
                    countries.add(q);
                } else if (item.get().country() != null) {
                    countries.add(item.get().country());
                }
            } else {
                index.item(q).ifPresent(i -> {
                    if (i.type() == EntityType.COUNTRY) {
                        countries.add(i.qid());
                    } else if (i.country() != null) {
                        countries.add(i.country());
                    }
                });
            }
        }
        return new IndexChooser.Context(countries, linked);
    }

    private Entity linkNonPerson(Entity e, String text) {
        if (e.type().isPlace() && nameBorrowed(e, text)) {
            return e;
        }
        List<KnowledgeBase.Item> fits = new ArrayList<>();
        for (KnowledgeBase.Item item : candidates(e)) {
            if (compatible(e.type(), item.type()) && !contradictsCountry(e, item)) {
                fits.add(item);
            }
        }
        // NER often tags a country acting as a body ORGANIZATION ("the United States said"): its exact name decides.
        if (fits.isEmpty() && e.type() == EntityType.ORGANIZATION && !nameBorrowed(e, text)) {
            for (KnowledgeBase.Item item : kb.candidates(e.label())) {
                if (item.type() == EntityType.COUNTRY) {
                    fits.add(item);
                }
            }
            if (fits.size() == 1) {
                KnowledgeBase.Item item = fits.get(0);
                return e.withType(EntityType.COUNTRY).withLink(new Link(item.qid(), item.enwiki(), 0.85,
                        "table: the organisation's name is exactly a country's"));
            }
            return e;
        }
        if (fits.size() > 1) {
            // Several fit ("United Nations General Assembly" also called "UN"): the one the label names exactly wins.
            List<KnowledgeBase.Item> named = kb.candidates(e.label()).stream().filter(fits::contains).toList();
            fits = named.size() == 1 ? named : fits;
        }
        if (fits.size() != 1) {
            return e;
        }
        KnowledgeBase.Item item = fits.get(0);
        boolean byLabel = KnowledgeBase.key(item.label()).equals(KnowledgeBase.key(e.label()));
        return e.withLink(new Link(item.qid(), item.enwiki(), byLabel ? 0.95 : 0.85,
                byLabel ? "table: the only item of that type with this label" : "table: the only item of that type with this alias"));
    }

    /**
     * Whether a mention of a place name in the text lends the name to something else (a team, a longer name, a
     * namesake town): the entity may not be the place, and stays unlinked.
     */
    private static boolean nameBorrowed(Entity e, String text) {
        String label = KnowledgeBase.key(e.label());
        Set<String> names = new java.util.HashSet<>();
        names.add(label);
        e.aliases().forEach(a -> names.add(KnowledgeBase.key(a)));
        // Mentions of the name itself decide; adjectives and short forms only where the name never occurs.
        boolean labelSeen = e.mentions().stream().anyMatch(m -> label.equals(spanKey(text, m)));
        for (Evidence m : e.mentions()) {
            String key = spanKey(text, m);
            if (key == null || !names.contains(key) || labelSeen && !label.equals(key)) {
                continue;
            }
            // One cluster can hold the city and its team ("in Acme ... Acme's first win"): a wrong link is worse than none.
            if (PlaceNameUse.borrowed(text, m.sentence(), m.begin(), m.end(),
                    e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION)) {
                return true;
            }
        }
        return false;
    }

    private static String spanKey(String text, Evidence m) {
        return m.end() > text.length() ? null : KnowledgeBase.key(text.substring(m.begin(), m.end()));
    }

    /**
     * A linked entity keeps the name the article uses as its label, so the graph reads like its evidence;
     * Wikidata's English label joins the aliases. A person the article names only in part ("Soto", "Ana
     * Soto" for "Ana María Soto") takes the full name from Wikidata instead.
     */
    private Entity withWikidataLabel(Entity e) {
        if (e.link() == null) {
            return e;
        }
        String wikidataLabel = kb.item(e.link().qid()).map(KnowledgeBase.Item::label).orElse(e.label());
        if (wikidataLabel.equals(e.label())) {
            return e;
        }
        List<String> articleWords = List.of(KnowledgeBase.key(e.label()).split(" "));
        List<String> wikidataWords = List.of(KnowledgeBase.key(wikidataLabel).split(" "));
        // "Tomas Ruiz" for "Tomas Ruiz Mayor" is the name the person goes by, not a part of it: only a name that
        // ends as the full one does is partial.
        boolean partialName = e.type() == EntityType.PERSON && wikidataWords.size() > articleWords.size()
                && wikidataWords.containsAll(articleWords) && wikidataWords.get(wikidataWords.size() - 1).equals(articleWords.get(articleWords.size() - 1));
        // "Abdullah II" for "Abdullah II of Jordan": a monarch's name with the realm Wikidata adds is the same name.
        partialName |= e.type() == EntityType.PERSON && wikidataLabel.startsWith(e.label() + " of ");
        // "Ana bin Ivo bin Tomas" for "Ana bin Ivo Al Soto": two spellings of one chain of fathers' names.
        Optional<String> shortWikidata = KnowledgeBase.withoutFamily(wikidataLabel);
        partialName |= e.type() == EntityType.PERSON && shortWikidata.isPresent()
                && shorterPatronyms(e.label()).stream().anyMatch(n -> KnowledgeBase.key(n).equals(KnowledgeBase.key(shortWikidata.get())));
        String label = partialName ? wikidataLabel : e.label();
        List<String> aliases = new ArrayList<>();
        for (String a : e.aliases()) {
            if (!a.equals(label)) {
                aliases.add(a);
            }
        }
        String other = partialName ? e.label() : wikidataLabel;
        if (!aliases.contains(other)) {
            aliases.add(other);
        }
        return new Entity(e.id(), e.type(), label, aliases, e.mentions(), e.roles(), e.link());
    }

    /** An organisation named with a country adjective is that country's body, not an international one. */
    private boolean contradictsCountry(Entity e, KnowledgeBase.Item item) {
        if (item.type() != EntityType.ORGANIZATION) {
            return false;
        }
        for (String word : e.label().split("\\s+")) {
            var country = kb.countryOfDemonym(word);
            // "Front for the Liberation of Ruritania" is one of the item's own names: its place contradicts nothing.
            boolean itsOwnName = java.util.stream.Stream.concat(java.util.stream.Stream.of(item.label()), item.aliases().stream())
                    .anyMatch(n -> KnowledgeBase.key(n).contains(KnowledgeBase.key(word)));
            if (country.isPresent() && !itsOwnName) {
                String countryQid = kb.candidates(country.get()).stream()
                        .filter(i -> i.type() == EntityType.COUNTRY).map(KnowledgeBase.Item::qid).findFirst().orElse(null);
                if (countryQid == null || !countryQid.equals(item.country())) {
                    return true;
                }
            }
        }
        return false;
    }

    private Entity linkPerson(Entity e, LocalDate date, Map<String, String> countryQids, List<Entity> all) {
        boolean fullName = e.label().trim().split("\\s+").length >= 2;
        Map<String, Double> scores = new LinkedHashMap<>();
        for (KnowledgeBase.Item item : candidates(e)) {
            if (item.type() != EntityType.PERSON || fullName && otherGivenName(e, item)) {
                continue;
            }
            double score = fullName ? 0.8 : 0.5;
            List<KnowledgeBase.Position> positions = kb.positions(item.qid());
            boolean heldAtDate = positions.stream().anyMatch(p -> heldAt(p, date));
            if (heldAtDate) {
                score += 0.1;
            }
            if (item.country() != null && countryQids.containsKey(item.country())) {
                score += 0.05;
            }
            for (Role r : e.roles()) {
                if (positions.stream().anyMatch(p -> p.title() != null
                        && r.title().toLowerCase(Locale.ROOT).contains(p.title().toLowerCase(Locale.ROOT)))) {
                    score += 0.1;
                }
            }
            scores.put(item.qid(), Math.min(1.0, score));
        }
        if (scores.isEmpty()) {
            return e;
        }
        var best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        long ties = scores.values().stream().filter(v -> v.equals(best.getValue())).count();
        if (ties > 1 || best.getValue() < 0.6) {
            return e;
        }
        KnowledgeBase.Item item = kb.item(best.getKey()).orElseThrow();
        Entity linked = e.withLink(new Link(item.qid(), item.enwiki(), best.getValue(),
                "table: best-scored person (name, positions held at the article date, stated roles, country)"));
        return linked.withRoles(withKnownRoles(linked, item, date, countryQids, all));
    }

    /** Adds the table's positions held at the article date to the roles the text states. */
    private List<Role> withKnownRoles(Entity e, KnowledgeBase.Item item, LocalDate date, Map<String, String> countryQids,
                                      List<Entity> all) {
        List<Role> roles = new ArrayList<>();
        Set<String> known = new java.util.HashSet<>();
        for (KnowledgeBase.Position p : kb.positions(item.qid())) {
            if (date == null || !heldAt(p, date)) {
                continue;
            }
            String of = p.of() == null ? null : countryQids.get(p.of());
            if (of == null && p.of() != null) {
                of = all.stream().filter(x -> x.link() != null && x.link().qid().equals(p.of())).map(Entity::id).findFirst().orElse(null);
            }
            roles.add(new Role(p.title(), of, p.start(), p.end(), p.positionQid()));
            known.add(p.title().toLowerCase(Locale.ROOT));
        }
        for (Role r : e.roles()) {
            if (!known.contains(r.title().toLowerCase(Locale.ROOT))) {
                roles.add(r);
            }
        }
        return roles;
    }

    static boolean heldAt(KnowledgeBase.Position p, LocalDate date) {
        if (date == null) {
            return false;
        }
        String d = date.toString();
        boolean started = p.start() == null || p.start().compareTo(d.substring(0, Math.min(d.length(), p.start().length()))) <= 0;
        boolean notEnded = p.end() == null || p.end().compareTo(d.substring(0, Math.min(d.length(), p.end().length()))) >= 0;
        return started && notEnded;
    }

    /**
     * "Tomas Soto" is not the "Ana Soto" the table knows as "Soto": a full name reached only through a one-word name,
     * whose first word is in none of the item's names and shares no first three letters with the item's first word
     * ("Sergei" and "Sergey" do), names someone else.
     */
    private boolean otherGivenName(Entity e, KnowledgeBase.Item item) {
        List<String> itemNames = java.util.stream.Stream.concat(java.util.stream.Stream.of(item.label()), item.aliases().stream())
                .map(KnowledgeBase::key).toList();
        boolean byFullName = java.util.stream.Stream.concat(java.util.stream.Stream.of(e.label()), e.aliases().stream())
                .map(KnowledgeBase::key).filter(n -> n.contains(" ")).anyMatch(itemNames::contains);
        if (byFullName) {
            return false;
        }
        String first = KnowledgeBase.key(e.label()).split(" ")[0];
        boolean inItemNames = itemNames.stream().anyMatch(n -> List.of(n.split(" ")).contains(first));
        String itemFirst = KnowledgeBase.key(item.label()).split(" ")[0];
        boolean alike = first.length() >= 3 && itemFirst.length() >= 3 && first.substring(0, 3).equals(itemFirst.substring(0, 3));
        return !inItemNames && !alike;
    }

    private List<KnowledgeBase.Item> candidates(Entity e) {
        List<KnowledgeBase.Item> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        names.add(e.label());
        names.addAll(e.aliases());
        if (e.type() == EntityType.PERSON) {
            names.addAll(names.stream().flatMap(n -> shorterPatronyms(n).stream()).toList());
        }
        for (String n : names) {
            for (KnowledgeBase.Item item : kb.candidates(n)) {
                if (!out.contains(item)) {
                    out.add(item);
                }
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern PATRONYM = java.util.regex.Pattern.compile("\\s(?:bin|bint|ibn)\\s");
    private static final java.util.regex.Pattern FAMILY_NAME = java.util.regex.Pattern.compile("\\s(?:Al|Al-|El|Bin)\\s?\\S+$");

    /**
     * "Ana bin Ivo bin Marek Al Soto": the name cut before its second "bin" (or "bint", "ibn"), alone and with a closing
     * family name ("Ana bin Ivo", "Ana bin Ivo Al Soto"), the way news shortens a long chain of fathers' names. Empty
     * for a name with fewer than two such links.
     */
    static List<String> shorterPatronyms(String name) {
        java.util.regex.Matcher m = PATRONYM.matcher(name);
        if (!m.find() || !m.find()) {
            return List.of();
        }
        String first = name.substring(0, m.start());
        java.util.regex.Matcher family = FAMILY_NAME.matcher(name);
        return family.find() && family.start() >= m.start() ? List.of(first, first + name.substring(family.start())) : List.of(first);
    }

    private static boolean compatible(EntityType ours, EntityType theirs) {
        if (ours == theirs) {
            return true;
        }
        return ours.isPlace() && theirs.isPlace() && ours != EntityType.COUNTRY && theirs != EntityType.COUNTRY
                || ours == EntityType.PLACE && theirs == EntityType.COUNTRY;
    }
}
