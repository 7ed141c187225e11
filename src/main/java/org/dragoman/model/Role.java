package org.dragoman.model;

import java.util.Objects;

/**
 * A position a person holds, as the text states it ("Chilean President") or the knowledge table knows it.
 *
 * @param title    the generic title, e.g. "President", "Foreign Minister"
 * @param ofEntity the local id of the country or organisation the role is of, or null
 * @param start    ISO start date where known, else null
 * @param end      ISO end date where known, else null
 * @param positionQid the Wikidata position item (P39 value) where known, else null
 */
public record Role(String title, String ofEntity, String start, String end, String positionQid) {
    public Role {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new DragomanException("Role title is blank");
        }
    }

    public Role(String title, String ofEntity) {
        this(title, ofEntity, null, null, null);
    }
}
