package org.dragoman.nlp;

import java.util.Objects;
import java.util.Optional;

/**
 * The dateline opening a story ("LIMA, March 3 (Acme) -", "Lima, March 3, ACME."): where the reporter is, and the
 * agency that files the story, by their offsets in the article's text.
 *
 * @param place the place as written ("LIMA", "San Marcos")
 * @param placeBegin offset of the place's first character
 * @param agency the agency as written ("Acme"), or null when the dateline names none
 */
public record Dateline(String place, int placeBegin, String agency) {
    public Dateline {
        Objects.requireNonNull(place, "place");
        if (place.isBlank() || placeBegin < 0) {
            throw new IllegalArgumentException("dateline place '" + place + "' at offset " + placeBegin);
        }
    }

    /** The agency that files the story, if the dateline names one. */
    public Optional<String> filedBy() {
        return Optional.ofNullable(agency);
    }
}
