package org.dragoman.model;

/** Something that happened or was said, read from one place in an article. */
public sealed interface Event permits Meeting, Visit, Statement {
    Status status();

    /** The date of the event itself, or null when the text gives none. */
    EventDate date();

    /** Local id of the place, or null. */
    String place();

    Evidence evidence();

    /** In [0, 1]. */
    double confidence();

    /** "meeting", "visit" or "statement". */
    default String kind() {
        if (this instanceof Meeting) {
            return "meeting";
        }
        return this instanceof Visit ? "visit" : "statement";
    }

    static double checkConfidence(double confidence) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new DragomanException("Confidence " + confidence + " is outside [0, 1]");
        }
        return confidence;
    }
}
