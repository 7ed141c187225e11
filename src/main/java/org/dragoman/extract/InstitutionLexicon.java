package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The state bodies that speak in news: common-noun phrases that need their country beside them ("foreign
 * ministry", from {@code institutions.tsv}) and proper names that carry it ("Kremlin", from
 * {@code named-institutions.tsv}).
 */
final class InstitutionLexicon {
    /** A body phrase: its words, generic title and Wikidata-style name template ({@code {country}}), or null. */
    record Body(List<String> words, String title, String canonical) {
        String canonicalFor(String country) {
            return canonical == null ? null : canonical.replace("{country}", country);
        }
    }

    /** A body with a proper name of its own, and its country. */
    record NamedBody(List<String> words, String title, String country) {
    }

    private final List<Body> bodies;
    private final List<NamedBody> named;

    InstitutionLexicon(List<Body> bodies, List<NamedBody> named) {
        // Longest phrases first, so "federal government" wins over "government".
        List<Body> sorted = new ArrayList<>(bodies);
        sorted.sort((a, b) -> b.words().size() - a.words().size());
        this.bodies = List.copyOf(sorted);
        List<NamedBody> sortedNamed = new ArrayList<>(named);
        sortedNamed.sort((a, b) -> b.words().size() - a.words().size());
        this.named = List.copyOf(sortedNamed);
    }

    /** The lexicon bundled beside this class. */
    static InstitutionLexicon bundled() {
        List<Body> bodies = new ArrayList<>();
        for (String[] r : TsvRows.read("institutions.tsv", 3)) {
            bodies.add(new Body(List.of(r[0].strip().split(" ")), r[1].strip(), r[2].isBlank() ? null : r[2].strip()));
        }
        List<NamedBody> named = new ArrayList<>();
        for (String[] r : TsvRows.read("named-institutions.tsv", 3)) {
            named.add(new NamedBody(List.of(r[0].strip().split(" ")), r[1].strip(), r[2].strip()));
        }
        return new InstitutionLexicon(bodies, named);
    }

    /** The body phrase that starts at {@code words[from]} (compared in lower case), longest first. */
    Optional<Body> bodyAt(List<String> words, int from) {
        for (Body b : bodies) {
            if (matches(words, from, b.words(), true)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** The proper-named body that starts at {@code words[from]}, capitalised as listed. */
    Optional<NamedBody> namedAt(List<String> words, int from) {
        for (NamedBody b : named) {
            if (matches(words, from, b.words(), false)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** The proper-named body that this whole name is ("State Department"), if any. */
    Optional<NamedBody> named(String name) {
        List<String> words = List.of(name.strip().split("\\s+"));
        return namedAt(words, 0).filter(b -> b.words().size() == words.size());
    }

    private static boolean matches(List<String> words, int from, List<String> phrase, boolean ignoreCase) {
        if (from + phrase.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            String w = words.get(from + i);
            if (!(ignoreCase ? w.toLowerCase(Locale.ROOT) : w).equals(phrase.get(i))) {
                return false;
            }
        }
        return true;
    }
}
