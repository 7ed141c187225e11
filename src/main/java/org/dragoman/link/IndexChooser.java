package org.dragoman.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Evidence;
import org.dragoman.model.Link;

/**
 * Chooses, among the offline index's items that bear an entity's name, the one the article means, or none. The
 * article's context decides: the countries its other linked entities belong to (a US article's "Georgia" is the
 * state), the admin level its words state ("Kabul province" is not the city), linked admin parents, and the
 * population prior. A candidate the context does not single out stays unlinked: a wrong QID is worse than none.
 */
final class IndexChooser {
    /** Population above which a city is known well enough to be linked without any context in the article. */
    static final long PROMINENT = 1_000_000;
    /** How many times more populous the best candidate must be than the next for the prior alone to decide. */
    static final double DOMINANCE = 20;
    /** Population below which a town is linked only when its admin parent is linked too. */
    static final long MIN_TOWN = 10_000;
    /** A level word just after a mention ("Kabul province", "Ohio State" is excluded by capitalisation rules below). */
    private static final Pattern LEVEL_AFTER = Pattern.compile("^\\s+(?:province|state|region|governorate|oblast|prefecture|"
            + "county|district|department|canton|voivodeship|territory|krai)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEVEL_BEFORE = Pattern.compile("\\b(?:province|state|region|governorate|oblast|prefecture|"
            + "county|district|department|canton|territory)\\s+of\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> REGION_KINDS = Set.of("province", "state", "region", "governorate", "oblast", "prefecture",
            "county", "district", "department", "canton", "voivodeship", "territory", "krai", "autonomous region");

    private final WikidataIndex index;

    IndexChooser(WikidataIndex index) {
        this.index = index;
    }

    /** What the rest of the article says: the countries of its linked entities and the items it links. */
    record Context(Set<String> countries, Set<String> linked) {
        Context {
            countries = Set.copyOf(countries);
            linked = Set.copyOf(linked);
        }

        boolean inCountry(String qid) {
            return qid != null && countries.contains(qid);
        }

        boolean isLinked(String qid) {
            return qid != null && linked.contains(qid);
        }
    }

    /** A link for an entity the table left unlinked, or empty. */
    Optional<Link> choose(Entity e, String text, Context ctx) {
        boolean wantRegion = statesLevel(e, text);
        List<WikidataIndex.Entry> fits = new ArrayList<>();
        String label = KnowledgeBase.key(e.label());
        for (WikidataIndex.Entry c : candidates(e)) {
            // "Tomsk" alone is the city: a region is meant by its full name or with its level stated.
            boolean regionNamed = c.type() != EntityType.PLACE || wantRegion || KnowledgeBase.key(c.label()).equals(label);
            // A village that shares a common word's name ("North") needs its admin parent in the article.
            boolean known = c.type() != EntityType.CITY || c.prior() >= MIN_TOWN || ctx.isLinked(c.parent());
            if (fits(e.type(), c, wantRegion, ctx) && regionNamed && known) {
                fits.add(c);
            }
        }
        if (fits.isEmpty()) {
            return Optional.empty();
        }
        fits = preferCities(fits, wantRegion);
        List<WikidataIndex.Entry> inContext = fits.stream()
                .filter(c -> ctx.inCountry(c.qid()) || ctx.inCountry(c.country()) || ctx.isLinked(c.parent()))
                .toList();
        if (!inContext.isEmpty()) {
            List<WikidataIndex.Entry> parented = inContext.stream().filter(c -> ctx.isLinked(c.parent())).toList();
            if (parented.size() == 1) {
                return link(parented.get(0), 0.9, "offline index: its admin parent is linked in the article");
            }
            if (inContext.size() == 1) {
                return link(inContext.get(0), 0.85, "offline index: the only " + kind(inContext.get(0)) + " of that name in the article's countries");
            }
            Optional<WikidataIndex.Entry> dominant = dominant(inContext);
            return dominant.flatMap(c -> link(c, 0.8, "offline index: the most populous of " + inContext.size()
                    + " places of that name in the article's countries"));
        }
        // Nothing in the article's countries: only a place known around the world stands on its prior alone.
        Optional<WikidataIndex.Entry> dominant = dominant(fits);
        if (dominant.isPresent() && dominant.get().prior() >= PROMINENT && dominant.get().type() != EntityType.PLACE) {
            return link(dominant.get(), 0.75, "offline index: population " + dominant.get().prior() + ", far above any namesake");
        }
        return Optional.empty();
    }

    /**
     * Whether a table link to a country should give way to a region of the same name: the rest of the article is in
     * the region's country and nothing else in it points at the country (a US article's "Georgia").
     */
    Optional<Link> regionOverCountry(Entity e, KnowledgeBase.Item country, Context ctx, Set<String> otherCountries) {
        if (otherCountries.contains(country.qid())) {
            return Optional.empty();
        }
        List<WikidataIndex.Entry> regions = index.candidates(e.label()).stream()
                .filter(c -> c.type() == EntityType.PLACE && c.country() != null && !c.country().equals(country.qid())
                        && otherCountries.contains(c.country()))
                .toList();
        return regions.size() == 1
                ? link(regions.get(0), 0.8, "offline index: the article is about " + regions.get(0).country() + ", where "
                + regions.get(0).label() + " is a " + kind(regions.get(0)) + "; nothing else in it points at " + country.label())
                : Optional.empty();
    }

    /** The region a table link to a city should give way to, when the text names the admin level ("Kabul province"). */
    Optional<Link> regionOverCity(Entity e, String text, KnowledgeBase.Item city) {
        if (!statesLevel(e, text)) {
            return Optional.empty();
        }
        List<WikidataIndex.Entry> regions = candidates(e).stream()
                .filter(c -> c.type() == EntityType.PLACE && REGION_KINDS.contains(c.kind())
                        && (city.country() == null || city.country().equals(c.country())))
                .toList();
        return regions.size() == 1
                ? link(regions.get(0), 0.85, "offline index: the text names the admin level (" + kind(regions.get(0)) + "), not the city")
                : Optional.empty();
    }

    private List<WikidataIndex.Entry> candidates(Entity e) {
        Map<String, WikidataIndex.Entry> out = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        names.add(e.label());
        names.addAll(e.aliases());
        for (String n : names) {
            for (WikidataIndex.Entry c : index.candidates(n)) {
                out.putIfAbsent(c.qid(), c);
            }
        }
        return new ArrayList<>(out.values());
    }

    private static boolean fits(EntityType ours, WikidataIndex.Entry c, boolean wantRegion, Context ctx) {
        if (wantRegion) {
            return c.type() == EntityType.PLACE && (ours == EntityType.PLACE || ours == EntityType.CITY || ours == EntityType.COUNTRY);
        }
        return switch (ours) {
            // NER's CITY comes from its list of cities: a region of the same name is not what it saw.
            case CITY -> c.type() == EntityType.CITY;
            case PLACE -> c.type().isPlace();
            // NER calls a state or province a country now and then; only the article's own country lets it through.
            case COUNTRY -> c.type() == EntityType.COUNTRY || c.type() == EntityType.PLACE && ctx.inCountry(c.country());
            case ORGANIZATION -> c.type() == EntityType.ORGANIZATION;
            case PERSON -> false;
        };
    }

    /** A region and a city of one name in one country: the city, unless the text names the level or the city is small. */
    private static List<WikidataIndex.Entry> preferCities(List<WikidataIndex.Entry> fits, boolean wantRegion) {
        if (wantRegion) {
            return fits;
        }
        List<WikidataIndex.Entry> out = new ArrayList<>();
        for (WikidataIndex.Entry c : fits) {
            boolean shadowed = c.type() == EntityType.PLACE && fits.stream().anyMatch(o -> o.type() == EntityType.CITY
                    && o.country() != null && o.country().equals(c.country()) && o.prior() >= 100_000);
            if (!shadowed) {
                out.add(c);
            }
        }
        return out;
    }

    /** The candidate far more populous than every other, or the only one. */
    private static Optional<WikidataIndex.Entry> dominant(List<WikidataIndex.Entry> cs) {
        if (cs.size() == 1) {
            return cs.get(0).prior() > 0 || cs.get(0).type() == EntityType.COUNTRY ? Optional.of(cs.get(0)) : Optional.empty();
        }
        List<WikidataIndex.Entry> sorted = cs.stream().sorted(Comparator.comparingLong(WikidataIndex.Entry::prior).reversed()).toList();
        long top = sorted.get(0).prior();
        long next = sorted.get(1).prior();
        return top > 0 && top >= DOMINANCE * Math.max(1, next) ? Optional.of(sorted.get(0)) : Optional.empty();
    }

    /** Whether a mention of the entity carries an admin-level word: "Kabul province", "the province of Kabul". */
    static boolean statesLevel(Entity e, String text) {
        for (String w : e.label().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (REGION_KINDS.contains(w)) {
                return true;
            }
        }
        for (Evidence m : e.mentions()) {
            if (m.end() > text.length() || m.begin() < 0) {
                continue;
            }
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20));
            String before = text.substring(Math.max(0, m.begin() - 20), m.begin());
            if (LEVEL_AFTER.matcher(after).find() && !after.stripLeading().startsWith("State ") || LEVEL_BEFORE.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    private static String kind(WikidataIndex.Entry c) {
        return c.kind().isEmpty() ? c.type().name().toLowerCase(Locale.ROOT) : c.kind();
    }

    private static Optional<Link> link(WikidataIndex.Entry c, double confidence, String reason) {
        return Optional.of(new Link(c.qid(), null, confidence, reason));
    }

    Optional<WikidataIndex.Entry> item(String qid) {
        return index.item(qid);
    }
}
