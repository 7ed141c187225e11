package org.dragoman.model;

import java.util.Objects;

/**
 * A kind of event (meeting, visit, statement...) as plain data that every stage reads; the registry of kinds is
 * {@link EventKinds}.
 *
 * <p>Why plain data and no behaviour: the model must not know Jena or the scorer. A stage finds what it needs to
 * know about a kind here (its class name, how it is scored, how it is drawn), and what it needs to know about one
 * event in {@link Event#attributes()}; so no stage holds a branch per kind, and a new kind adds no code to them.
 *
 * @param name     lower-case word naming the kind in event IRIs ("meeting"); changing it changes every IRI
 * @param rdfClass local name of its class in the {@code dip:} vocabulary ("Meeting"), declared in the ontology
 *                 and given a shape in {@code ontology/shapes.ttl}
 * @param scoring  how eval compares events of this kind with gold
 * @param label    its heading in the report, plural ("Meetings")
 * @param colour   its CSS colour in the report ("#e63946")
 */
public record EventKind(String name, String rdfClass, Scoring scoring, String label, String colour) {
    /** How eval scores a kind; it reads the event's {@link Attribute}s named here. */
    public enum Scoring {
        /**
         * Paired with gold events whose type is the kind's {@code rdfClass}, by {@link Attribute#PARTICIPANT}
         * entities, place, date, {@link Attribute#MODE} and status.
         */
        EVENT,
        /** Paired with gold statements by {@link Attribute#SPEAKER}, {@link Attribute#CONTENT} and {@link Attribute#DIRECT}. */
        STATEMENT,
        /** Not scored: no gold annotates it yet. */
        NONE
    }

    public EventKind {
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(label, "label");
        if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
            throw new DragomanException("Event kind name must be a lower-case word: " + name);
        }
        if (rdfClass == null || !rdfClass.matches("[A-Z][A-Za-z0-9]*")) {
            throw new DragomanException("Event kind class must be a capitalised local name: " + rdfClass);
        }
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            throw new DragomanException("Event kind colour must be #rrggbb: " + colour);
        }
    }
}
