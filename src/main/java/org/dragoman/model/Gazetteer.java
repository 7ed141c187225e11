package org.dragoman.model;

import java.util.Optional;

/** Names the extractors need to know without linking: demonyms and country names. */
public interface Gazetteer {
    /** The country's English short name for a demonym or adjective ("Norwegian" gives "Norway"). */
    Optional<String> countryOfDemonym(String adjective);

    /** The canonical type of a known place or organisation name, if known. */
    Optional<EntityType> typeOf(String name);

    /** Whether two names are known names of one place or organisation ("ISIS" and "Islamic State"). */
    default boolean sameThing(String name, String other) {
        return false;
    }

    /** A gazetteer that knows nothing. */
    static Gazetteer empty() {
        return new Gazetteer() {
            @Override
            public Optional<String> countryOfDemonym(String adjective) {
                return Optional.empty();
            }

            @Override
            public Optional<EntityType> typeOf(String name) {
                return Optional.empty();
            }
        };
    }
}
