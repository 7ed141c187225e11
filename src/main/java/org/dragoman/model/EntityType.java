package org.dragoman.model;

/** The kinds of named things in the graph. Countries are both actors and places. */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, CITY, PLACE;

    public boolean isActor() {
        return this == PERSON || this == ORGANIZATION || this == COUNTRY;
    }

    public boolean isPlace() {
        return this == COUNTRY || this == CITY || this == PLACE;
    }
}
