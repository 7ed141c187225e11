package org.dragoman.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * An actor travelling to a place or to a host.
 *
 * @param visitors local ids of the travellers; a repeated id is kept once
 * @param host     local id of the host, or null
 * @param place    local id of the destination, or null
 */
public record Visit(List<String> visitors, String host, Status status, EventDate date, String place,
                    String trigger, Evidence evidence, double confidence) implements Event {
    public Visit {
        visitors = List.copyOf(new LinkedHashSet<>(visitors));
        if (visitors.isEmpty()) {
            throw new DragomanException("A visit needs a visitor: " + evidence);
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        Event.checkConfidence(confidence);
    }

    public Visit withStatus(Status newStatus) {
        return new Visit(visitors, host, newStatus, date, place, trigger, evidence, confidence);
    }

    @Override
    public EventKind kind() {
        return EventKinds.VISIT;
    }

    /** Visitors are the visit's participants; the host is not one of them. */
    @Override
    public List<Attribute> attributes() {
        List<Attribute> out = new ArrayList<>();
        visitors.forEach(p -> out.add(Attribute.entity(Attribute.PARTICIPANT, p)));
        if (host != null) {
            out.add(Attribute.entity("host", host));
        }
        if (trigger != null) {
            out.add(Attribute.text("trigger", trigger));
        }
        return out;
    }
}
