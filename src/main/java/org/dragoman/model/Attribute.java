package org.dragoman.model;

import java.util.Objects;

/**
 * One fact of an event that belongs to its kind, as plain data: a {@code dip:} property and its value. The RDF
 * mapper writes it as it is; eval reads the properties its {@link EventKind.Scoring} names.
 *
 * @param property local name of the {@code dip:} property ("participant")
 * @param type     what the value is, which decides how the mapper writes it
 * @param value    an entity's local id, a term's local name, a text, or "true"/"false"
 */
public record Attribute(String property, Type type, String value) {
    /** Properties that eval reads. */
    public static final String PARTICIPANT = "participant";
    public static final String MODE = "mode";
    public static final String SPEAKER = "speaker";
    public static final String CONTENT = "content";
    public static final String DIRECT = "direct";

    /** What an attribute's value is. */
    public enum Type {
        /** Local id of an entity of the extraction: the mapper writes the entity's IRI. */
        ENTITY,
        /** Local name of a {@code dip:} individual ("InPerson"). */
        TERM,
        /** A string literal. */
        TEXT,
        /** An {@code xsd:boolean} literal. */
        BOOLEAN
    }

    public Attribute {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value of " + property);
        if (property == null || !property.matches("[a-z][A-Za-z0-9]*")) {
            throw new DragomanException("Attribute property must be a dip: local name: " + property);
        }
    }

    public static Attribute entity(String property, String id) {
        return new Attribute(property, Type.ENTITY, id);
    }

    public static Attribute term(String property, String localName) {
        return new Attribute(property, Type.TERM, localName);
    }

    public static Attribute text(String property, String text) {
        return new Attribute(property, Type.TEXT, text);
    }

    public static Attribute flag(String property, boolean value) {
        return new Attribute(property, Type.BOOLEAN, Boolean.toString(value));
    }
}
