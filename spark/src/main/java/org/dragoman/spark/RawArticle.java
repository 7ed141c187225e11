package org.dragoman.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input as read, before it is parsed: an article file's bytes, or one line of a JSON Lines file.
 *
 * @param origin where it came from: the file's URI, with {@code @offset} for a JSON line
 * @param json   whether {@code bytes} is one JSON object {@code {text, date, title, source, id}}
 */
public record RawArticle(String origin, byte[] bytes, boolean json) implements Serializable {
    public RawArticle {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(bytes, "bytes");
    }
}
