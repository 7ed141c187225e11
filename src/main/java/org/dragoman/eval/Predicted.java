package org.dragoman.eval;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Attribute;
import org.dragoman.model.Entity;
import org.dragoman.model.EventKind;
import org.dragoman.model.Extraction;

/**
 * What the extractor produced for one article, reduced to what the scoring rules compare. Each event is read by
 * its kind's {@link EventKind.Scoring} from its attributes, whatever its kind.
 */
public record Predicted(List<Event> events, List<Stmt> statements, List<Ent> entities) {
    public Predicted {
        events = List.copyOf(events);
        statements = List.copyOf(statements);
        entities = List.copyOf(entities);
    }

    /** An event: type (its kind's class, "Meeting"), participant and place names, ISO date, mode and status words. */
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
            EventKind kind = e.kind();
            String sentence = e.evidence().sentence();
            switch (kind.scoring()) {
                case EVENT -> events.add(new Event(kind.rdfClass(), names(x, e.entityIds(Attribute.PARTICIPANT)),
                        name(x, e.place()), e.date() == null ? null : e.date().iso(), e.value(Attribute.MODE), status(e),
                        List.of(sentence)));
                case STATEMENT -> {
                    String direct = e.value(Attribute.DIRECT);
                    statements.add(new Stmt(names(x, e.entityIds(Attribute.SPEAKER)), e.value(Attribute.CONTENT),
                            direct == null ? null : Boolean.valueOf(direct), sentence));
                }
                case NONE -> {
                }
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
