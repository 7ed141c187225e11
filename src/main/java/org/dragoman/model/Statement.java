package org.dragoman.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    @Override
    public EventKind kind() {
        return EventKinds.STATEMENT;
    }

    @Override
    public List<Attribute> attributes() {
        List<Attribute> out = new ArrayList<>();
        out.add(Attribute.entity(Attribute.SPEAKER, speaker));
        if (addressee != null) {
            out.add(Attribute.entity("addressee", addressee));
        }
        out.add(Attribute.text(Attribute.CONTENT, content));
        out.add(Attribute.text("cue", cue));
        out.add(Attribute.flag(Attribute.DIRECT, direct));
        out.add(Attribute.text("speechAct", act.name().toLowerCase(Locale.ROOT)));
        out.add(Attribute.text("cameo", act.cameo()));
        return out;
    }

    /** The same statement told by another speaker ("Ana Soto and Ivo Ruiz said ..." is said by each). */
    public Statement withSpeaker(String other) {
        return new Statement(other, addressee, content, cue, direct, act, status, date, place, evidence, confidence);
    }
}
