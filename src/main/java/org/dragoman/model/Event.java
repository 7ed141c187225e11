package org.dragoman.model;

import java.util.List;

/**
 * Something that happened or was said, read from one place in an article.
 *
 * <p>Each event says what kind it is and gives the facts of its kind as {@link Attribute}s, so that the stages
 * after extraction (RDF, eval, report) treat every kind alike: see {@link EventKinds} for adding a kind.
 */
public interface Event {
    /** Its kind, registered in {@link EventKinds}. */
    EventKind kind();

    /** The facts of its kind (participants, speaker, mode...) beyond the ones every event has, below. */
    List<Attribute> attributes();

    Status status();

    /** The date of the event itself, or null when the text gives none. */
    EventDate date();

    /** Local id of the place, or null. */
    String place();

    Evidence evidence();

    /** In [0, 1]. */
    double confidence();

    /** Local ids of the entities given as {@code property}, in order. */
    default List<String> entityIds(String property) {
        return attributes().stream().filter(a -> a.type() == Attribute.Type.ENTITY && a.property().equals(property))
                .map(Attribute::value).toList();
    }

    /** The value of the first attribute {@code property}, or null. */
    default String value(String property) {
        return attributes().stream().filter(a -> a.property().equals(property)).map(Attribute::value).findFirst().orElse(null);
    }

    static double checkConfidence(double confidence) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new DragomanException("Confidence " + confidence + " is outside [0, 1]");
        }
        return confidence;
    }
}
