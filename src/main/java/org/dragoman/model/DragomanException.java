package org.dragoman.model;

/**
 * The one unchecked exception family of Dragoman. Messages name the file, line or offset and the bad
 * value, so that a user can act on them without a stack trace.
 */
public class DragomanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DragomanException(String message) {
        super(message);
    }

    public DragomanException(String message, Throwable cause) {
        super(message, cause);
    }
}
