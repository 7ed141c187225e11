package org.dragoman.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Names the extractors need to know without linking: demonyms and country names. */
public interface Gazetteer {
    /** The country's English short name for a demonym or adjective ("Norwegian" gives "Norway"). */
    Optional<String> countryOfDemonym(String adjective);

    /** The canonical type of a known place or organisation name, if known. */
    Optional<EntityType> typeOf(String name);

    /**
     * The type of the one known place of this name ("Marsala" is a city, though a league of that name exists too);
     * empty when no place or several places have the name.
     */
    default Optional<EntityType> placeTypeOf(String name) {
        return typeOf(name).filter(EntityType::isPlace);
    }

    /** Whether two names are known names of one place or organisation ("ISIS" and "Islamic State"). */
    default boolean sameThing(String name, String other) {
        return false;
    }

    /**
     * Whether the name is, letter for letter, the label of the one known item of that name ("Mercosur"), not only an
     * alias of it; false for an unknown or ambiguous name.
     */
    default boolean isLabel(String name) {
        return false;
    }

    /**
     * Whether the one known place of this name lies in no single country: a continent, a region or a sea ("Asia",
     * "the Gulf"); false for a country, a city, an unknown or ambiguous name.
     */
    default boolean isRegion(String name) {
        return false;
    }

    /**
     * The English short name of the country a known city lies in ("Bergen" gives "Norway"); empty for a country, an
     * unknown or ambiguous name, or a city whose country is not known.
     */
    default Optional<String> countryOfCity(String name) {
        return Optional.empty();
    }

    /**
     * The offices the one known person of this full name held on a date ("Ana Soto" on 2021-03-10 may give President
     * of Ruritania); empty for a single word, an unknown name, a name the table gives several people, or no date.
     */
    default List<Office> officesHeld(String fullName, LocalDate date) {
        return List.of();
    }

    /**
     * An office as news writes it.
     *
     * @param title the generic title, e.g. "President"
     * @param of    the English name of the country or body the office is of, or null
     */
    record Office(String title, String of) {
        public Office {
            if (title == null || title.isBlank()) {
                throw new DragomanException("Office title is blank (of " + of + ")");
            }
        }
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
