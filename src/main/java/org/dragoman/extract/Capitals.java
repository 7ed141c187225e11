package org.dragoman.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The capital city of each country the bundled table knows, read from {@code capitals.tsv}. */
final class Capitals {
    private static final Map<String, String> CAPITAL_OF = load();
    private static final Map<String, String> COUNTRY_OF = reverse(CAPITAL_OF);

    private Capitals() {
    }

    /** The label of the capital of the country labelled {@code country}; empty when the table has none. */
    static Optional<String> of(String country) {
        return Optional.ofNullable(CAPITAL_OF.get(country));
    }

    /** The label of the country whose capital is labelled {@code capital}; empty when the table has none. */
    static Optional<String> countryOf(String capital) {
        return Optional.ofNullable(COUNTRY_OF.get(capital));
    }

    private static Map<String, String> reverse(Map<String, String> capitals) {
        Map<String, String> countries = new HashMap<>();
        capitals.forEach((country, capital) -> countries.putIfAbsent(capital, country));
        return Map.copyOf(countries);
    }

    private static Map<String, String> load() {
        Map<String, String> capitals = new HashMap<>();
        for (String[] row : TsvResource.rows("capitals.tsv", 2, 1)) {
            capitals.putIfAbsent(row[1], row[0]);
        }
        return Map.copyOf(capitals);
    }
}
