package org.dragoman.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from disk.
 *
 * @param id     stable identity, the file name without extension; names the article's graph
 * @param source the path or URL it was read from
 * @param text   the full text, including any leading {@code date YYYY-MM-DD}; all offsets point into it
 * @param bodyStart offset of the first character after the date line, 0 when there is none
 * @param date   the publication date, or null when neither the text nor the caller gives one
 */
public record Article(String id, String source, String text, int bodyStart, LocalDate date) implements java.io.Serializable {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new DragomanException("Article id is blank for source " + source);
        }
        if (bodyStart < 0 || bodyStart > text.length()) {
            throw new DragomanException("Article " + id + ": body start " + bodyStart + " outside text of length " + text.length());
        }
    }

    public Optional<LocalDate> publicationDate() {
        return Optional.ofNullable(date);
    }

    /** The text after the date line. */
    public String body() {
        return text.substring(bodyStart);
    }

    /** The first line of the body, used as the title. */
    public String title() {
        String body = body().strip();
        int newline = body.indexOf('\n');
        String first = newline < 0 ? body : body.substring(0, newline);
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }
}
