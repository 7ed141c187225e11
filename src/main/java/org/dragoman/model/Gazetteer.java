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

    /**
     * The English short name of the country a known city lies in ("Bergen" gives "Norway"); empty for a country, an
     * unknown or ambiguous name, or a city whose country is not known.
     */
    default Optional<String> countryOfCity(String name) {
        return Optional.empty();
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
