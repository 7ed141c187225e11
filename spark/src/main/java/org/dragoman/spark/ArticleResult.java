package org.dragoman.spark;

import java.io.Serializable;
import java.util.Objects;
import org.dragoman.model.DragomanException;

/**
 * What the job made of one input: an article graph as N-Quads, or the reason there is none.
 *
 * @param origin the file (and, for JSON Lines, the line's start) the input came from
 * @param id     the article id, or null when the input could not be read as an article
 * @param source the article's {@code dcterms:source}, or null as {@code id}
 * @param nquads the article's named graph as N-Quads lines, or null for a failure
 * @param quads  the number of quads in {@code nquads}
 * @param events the number of events extracted
 * @param error  why the input has no graph, or null
 */
public record ArticleResult(String origin, String id, String source, String nquads, long quads, int events, String error)
        implements Serializable {
    public ArticleResult {
        Objects.requireNonNull(origin, "origin");
        if ((nquads == null) == (error == null)) {
            throw new DragomanException(origin + ": a result holds either a graph or an error, not "
                    + (nquads == null ? "neither" : "both"));
        }
        if (nquads != null && id == null) {
            throw new DragomanException(origin + ": a graph without an article id");
        }
    }

    static ArticleResult graph(String origin, String id, String source, String nquads, long quads, int events) {
        return new ArticleResult(origin, id, source, nquads, quads, events, null);
    }

    static ArticleResult failure(String origin, String id, String source, String error) {
        return new ArticleResult(origin, id, source, null, 0, 0, error);
    }

    public boolean ok() {
        return error == null;
    }
}
