package org.dragoman.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.dragoman.model.DragomanException;
import org.dragoman.store.DiplomacyStore;

/**
 * Writes the article graphs of a batch in groups, one write transaction per group, because a TDB2 commit syncs to disk
 * and costs more than extracting an article from stored annotations.
 *
 * <p>An article that took long to extract (CoreNLP ran) is committed at once with the group before it, so a batch that
 * annotates keeps one commit per article; fast articles wait at most {@link #MAX_AGE_NANOS} or {@link #MAX_SIZE}
 * articles. Every article is still all in or all out: a crash loses at most the group not yet committed, which the next
 * run extracts again.
 */
final class GroupCommit {
    static final long SLOW_NANOS = 250_000_000L;
    static final long MAX_AGE_NANOS = 1_000_000_000L;
    static final int MAX_SIZE = 64;

    /** The group could not be written; none of its articles is stored. */
    static final class WriteFailed extends DragomanException {
        private static final long serialVersionUID = 1L;

        WriteFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final DiplomacyStore store;
    private final Map<String, Model> pending = new LinkedHashMap<>();
    private long firstPending;

    GroupCommit(DiplomacyStore store) {
        this.store = store;
    }

    /** Adds an article's graph; true when this wrote the group, the article included. */
    boolean add(String articleId, Model model, long extractionNanos) {
        if (pending.isEmpty()) {
            firstPending = System.nanoTime();
        }
        pending.put(articleId, model);
        if (extractionNanos >= SLOW_NANOS || pending.size() >= MAX_SIZE || System.nanoTime() - firstPending >= MAX_AGE_NANOS) {
            flush();
            return true;
        }
        return false;
    }

    /** Writes what is pending, in one transaction. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            store.replaceGraphs(pending);
        } catch (RuntimeException e) {
            throw new WriteFailed("writing " + pending.size() + " article graphs (" + String.join(", ", pending.keySet()) + ") failed: "
                    + e.getMessage(), e);
        } finally {
            pending.clear();
        }
    }
}
