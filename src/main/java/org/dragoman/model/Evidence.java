package org.dragoman.model;

import java.util.Objects;

/**
 * Where a fact was read: the sentence text and the character span of the fact in the article text.
 *
 * @param begin inclusive offset into {@link Article#text()}
 * @param end   exclusive offset, not before {@code begin}
 */
public record Evidence(String sentence, int begin, int end) {
    public Evidence {
        Objects.requireNonNull(sentence, "sentence");
        if (begin < 0 || end < begin) {
            throw new DragomanException("Evidence span [" + begin + "," + end + ") is invalid for sentence: " + sentence);
        }
    }
}
