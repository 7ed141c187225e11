package org.dragoman.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of event kinds: an immutable list, in the order the report shows them.
 *
 * <p>A new kind of event, say "signs an agreement", needs a record implementing {@link Event} whose
 * {@code kind()} returns its constant here, a rule that finds it, an entry in {@link #DEFAULT}, and its class and
 * shape in {@code ontology/diplomacy.ttl} and {@code ontology/shapes.ttl}. No stage needs a change, because each
 * reads plain data only:
 * <ul>
 *   <li>the RDF mapper types the event {@code dip:<rdfClass>} and writes each {@link Attribute} by its type;</li>
 *   <li>eval reduces the event by its kind's {@link EventKind.Scoring}, reading the attributes that names;</li>
 *   <li>the report counts, lists and colours every kind registered here.</li>
 * </ul>
 * The choice against a registry of handlers per stage: a kind would then need an entry in each stage, and the model
 * could not list them without depending on Jena.
 */
public final class EventKinds {
    public static final EventKind MEETING = new EventKind("meeting", "Meeting", EventKind.Scoring.EVENT, "Meetings", "#e63946");
    public static final EventKind VISIT = new EventKind("visit", "Visit", EventKind.Scoring.EVENT, "Visits", "#2a9d8f");
    public static final EventKind STATEMENT = new EventKind("statement", "Statement", EventKind.Scoring.STATEMENT, "Statements",
            "#457b9d");

    /** The kinds Dragoman extracts. */
    public static final EventKinds DEFAULT = of(MEETING, VISIT, STATEMENT);

    private final List<EventKind> kinds;

    private EventKinds(List<EventKind> kinds) {
        this.kinds = List.copyOf(kinds);
        Set<String> names = new HashSet<>();
        Set<String> classes = new HashSet<>();
        for (EventKind k : this.kinds) {
            // Two kinds with one name would mint one IRI for two events.
            if (!names.add(k.name()) || !classes.add(k.rdfClass())) {
                throw new DragomanException("Event kind registered twice: " + k);
            }
        }
    }

    public static EventKinds of(EventKind... kinds) {
        return new EventKinds(List.of(kinds));
    }

    /** A registry with one more kind, after these. */
    public EventKinds with(EventKind kind) {
        List<EventKind> more = new ArrayList<>(kinds);
        more.add(kind);
        return new EventKinds(more);
    }

    public List<EventKind> all() {
        return kinds;
    }

    public Optional<EventKind> byName(String name) {
        return kinds.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    public Optional<EventKind> byRdfClass(String rdfClass) {
        return kinds.stream().filter(k -> k.rdfClass().equals(rdfClass)).findFirst();
    }
}
