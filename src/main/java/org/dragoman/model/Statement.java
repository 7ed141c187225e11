package org.dragoman.model;

import java.util.ArrayList;
import java.util.HashSet;
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
 * @param coSpeakers local ids of those who said it together with {@code speaker} ("In a joint statement, the two
 *                   ministers said ..."), in the order the text names them; empty for a statement of one speaker
 */
public record Statement(String speaker, String addressee, String content, String cue, boolean direct, SpeechAct act,
                        Status status, EventDate date, String place, Evidence evidence, double confidence,
                        List<String> coSpeakers)
        implements Event {
    public Statement {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        coSpeakers = List.copyOf(Objects.requireNonNull(coSpeakers, "coSpeakers"));
        if (coSpeakers.contains(speaker) || new HashSet<>(coSpeakers).size() < coSpeakers.size()) {
            throw new DragomanException("Statement at offset " + evidence.begin() + " names a speaker twice: " + speaker + " " + coSpeakers);
        }
        if (content.isBlank()) {
            throw new DragomanException("Statement content is blank at offset " + evidence.begin());
        }
        Event.checkConfidence(confidence);
    }

    /** A statement of one speaker. */
    public Statement(String speaker, String addressee, String content, String cue, boolean direct, SpeechAct act,
                     Status status, EventDate date, String place, Evidence evidence, double confidence) {
        this(speaker, addressee, content, cue, direct, act, status, date, place, evidence, confidence, List.of());
    }

    @Override
    public EventKind kind() {
        return EventKinds.STATEMENT;
    }

    @Override
    public List<Attribute> attributes() {
        List<Attribute> out = new ArrayList<>();
        out.add(Attribute.entity(Attribute.SPEAKER, speaker));
        coSpeakers.forEach(id -> out.add(Attribute.entity(Attribute.SPEAKER, id)));
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

    /** The same statement told by another speaker alone ("Ana Soto and Ivo Ruiz said ..." is said by each). */
    public Statement withSpeaker(String other) {
        return new Statement(other, addressee, content, cue, direct, act, status, date, place, evidence, confidence);
    }

    /** The same statement said jointly by {@code speaker} and {@code others}; those equal to the speaker are left out. */
    public Statement withCoSpeakers(List<String> others) {
        List<String> co = others.stream().filter(id -> !id.equals(speaker)).distinct().toList();
        return new Statement(speaker, addressee, content, cue, direct, act, status, date, place, evidence, confidence, co);
    }

    /** The same statement with another confidence. */
    public Statement withConfidence(double p) {
        return new Statement(speaker, addressee, content, cue, direct, act, status, date, place, evidence, p, coSpeakers);
    }

    /** The same statement with another date and place (either may be null). */
    public Statement withDateAndPlace(EventDate when, String where) {
        return new Statement(speaker, addressee, content, cue, direct, act, status, when, where, evidence, confidence, coSpeakers);
    }
}
