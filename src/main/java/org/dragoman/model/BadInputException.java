package org.dragoman.model;

/** An input article that cannot be read: missing, empty, binary, not UTF-8, or with a malformed date line. */
public class BadInputException extends DragomanException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
