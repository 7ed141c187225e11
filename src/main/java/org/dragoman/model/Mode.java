package org.dragoman.model;

/** How a meeting was held. */
public enum Mode {
    IN_PERSON("InPerson"), PHONE("Phone"), VIDEO("Video");

    private final String term;

    Mode(String term) {
        this.term = term;
    }

    /** Local name of its {@code dip:} individual, which eval also compares with gold. */
    public String term() {
        return term;
    }
}
