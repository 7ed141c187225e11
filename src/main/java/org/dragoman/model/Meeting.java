package org.dragoman.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Talks between actors: meetings, summits, negotiations, calls.
 *
 * @param participants local ids of the actors taking part; may hold one when the other side is unnamed;
 *                     a repeated id is kept once
 * @param trigger      the word that signals the meeting ("met", "talks")
 */
public record Meeting(List<String> participants, Mode mode, Status status, EventDate date, String place,
                      String trigger, Evidence evidence, double confidence) implements Event {
    public Meeting {
        participants = List.copyOf(new LinkedHashSet<>(participants));
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        Event.checkConfidence(confidence);
    }

    public Meeting withStatus(Status newStatus) {
        return new Meeting(participants, mode, newStatus, date, place, trigger, evidence, confidence);
    }

    public Meeting withPlace(String newPlace) {
        return new Meeting(participants, mode, status, date, newPlace, trigger, evidence, confidence);
    }

    @Override
    public EventKind kind() {
        return EventKinds.MEETING;
    }

    @Override
    public List<Attribute> attributes() {
        List<Attribute> out = new ArrayList<>();
        out.add(Attribute.term(Attribute.MODE, mode.term()));
        participants.forEach(p -> out.add(Attribute.entity(Attribute.PARTICIPANT, p)));
        if (trigger != null) {
            out.add(Attribute.text("trigger", trigger));
        }
        return out;
    }
}
