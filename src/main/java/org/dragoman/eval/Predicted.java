package org.dragoman.eval;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Entity;
import org.dragoman.model.Event;
import org.dragoman.model.Extraction;
import org.dragoman.model.Meeting;
import org.dragoman.model.Statement;
import org.dragoman.model.Visit;

/** What the extractor produced for one article, reduced to what the scoring rules compare. */
public record Predicted(List<Event> events, List<Stmt> statements, List<Ent> entities) {
    public Predicted {
        events = List.copyOf(events);
        statements = List.copyOf(statements);
        entities = List.copyOf(entities);
    }

    /** An event: type "Meeting" or "Visit", participant and place names, ISO date, mode and status words. */
    public record Event(String type, List<Names> participants, Names place, String date, String mode, String status,
                        List<String> sentences) {
    }

    public record Stmt(List<Names> speakers, String content, Boolean direct, String sentence) {
    }

    public record Ent(List<String> labels, List<String> qids) {
    }

    public static Predicted of(Extraction x) {
        List<Event> events = new ArrayList<>();
        List<Stmt> statements = new ArrayList<>();
        for (org.dragoman.model.Event e : x.events()) {
            if (e instanceof Meeting m) {
                events.add(new Event("Meeting", names(x, m.participants()), name(x, m.place()),
                        m.date() == null ? null : m.date().iso(), switch (m.mode()) {
                            case IN_PERSON -> "InPerson";
                            case PHONE -> "Phone";
                            case VIDEO -> "Video";
                        }, status(e), List.of(m.evidence().sentence())));
            } else if (e instanceof Visit v) {
                events.add(new Event("Visit", names(x, v.visitors()), name(x, v.place()),
                        v.date() == null ? null : v.date().iso(), null, status(e), List.of(v.evidence().sentence())));
            } else if (e instanceof Statement s) {
                statements.add(new Stmt(names(x, List.of(s.speaker())), s.content(), s.direct(), s.evidence().sentence()));
            }
        }
        List<Ent> entities = new ArrayList<>();
        for (Entity e : x.entities()) {
            List<String> labels = List.of(e.label());
            entities.add(new Ent(labels, e.link() == null ? List.of() : List.of(e.link().qid())));
        }
        return new Predicted(events, statements, entities);
    }

    private static String status(org.dragoman.model.Event e) {
        String s = e.status().name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<Names> names(Extraction x, List<String> ids) {
        List<Names> out = new ArrayList<>();
        for (String id : ids) {
            Names n = name(x, id);
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    private static Names name(Extraction x, String id) {
        if (id == null) {
            return null;
        }
        return x.entity(id).map(e -> Names.of(List.of(e.label()), e.link() == null ? null : e.link().qid())).orElse(null);
    }
}
