package org.dragoman.model;

import java.util.Objects;

/**
 * An attributed speech act: a direct quote or reported speech.
 *
 * @param speaker   local id of the named speaker
 * @param addressee local id of the addressee, or null
 * @param content   the reported span, as written, without outer quote marks
 * @param cue       the reporting verb or noun as written ("said", "according to", ":")
 * @param direct    true for a quotation in quote marks
 */
public record Statement(String speaker, String addressee, String content, String cue, boolean direct, SpeechAct act,
                        Status status, EventDate date, String place, Evidence evidence, double confidence)
        implements Event {
    public Statement {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        if (content.isBlank()) {
            throw new DragomanException("Statement content is blank at offset " + evidence.begin());
        }
        Event.checkConfidence(confidence);
    }
}
