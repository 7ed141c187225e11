package org.dragoman.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dragoman.model.DragomanException;

/** One gold file in the format of {@code shared/eval/GOLD.md}. */
public record Gold(String doc, String date, Set<String> scope, List<GoldEvent> events, List<GoldStatement> statements,
                   List<GoldEntity> entities) {
    public Gold {
        scope = Set.copyOf(scope);
        events = List.copyOf(events);
        statements = List.copyOf(statements);
        entities = List.copyOf(entities);
    }

    public record GoldEvent(String type, String mode, String status, List<String> participants, String place, String date,
                            boolean optional, String triggerText, String triggerSentence, String evidence) {
        public GoldEvent {
            participants = List.copyOf(participants);
        }
    }

    /** The document ids of a folder of gold files, sorted. */
    public static List<String> ids(Path goldDir) {
        try (java.util.stream.Stream<Path> files = Files.list(goldDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            throw new DragomanException("Cannot list " + goldDir + ": " + e.getMessage(), e);
        }
    }

    public record GoldStatement(String speaker, String cue, String content, Boolean direct, boolean optional) {
    }

    public record GoldEntity(String name, String type, String wikidata, List<String> aliases) {
        public GoldEntity {
            aliases = List.copyOf(aliases);
        }
    }

    public static Gold read(Path file) {
        JsonObject o;
        try {
            o = JSON.parse(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            throw new DragomanException(file + ": cannot read gold JSON: " + e.getMessage(), e);
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonValue v : array(o, "events")) {
            JsonObject e = v.getAsObject();
            // An absent mode or status means the default; an explicit null means "not annotated".
            String mode = e.hasKey("mode") ? str(e, "mode") : "in-person";
            String status = e.hasKey("status") ? str(e, "status") : "occurred";
            JsonObject trig = e.hasKey("trigger") && e.get("trigger").isObject() ? e.get("trigger").getAsObject() : null;
            events.add(new GoldEvent(str(e, "type"), mode, status, strings(e, "participants"), str(e, "place"),
                    str(e, "date"), bool(e, "optional"), trig == null ? null : str(trig, "text"),
                    trig == null ? null : str(trig, "sentence"), str(e, "evidence")));
        }
        List<GoldStatement> statements = new ArrayList<>();
        for (JsonValue v : array(o, "statements")) {
            JsonObject s = v.getAsObject();
            Boolean direct = s.hasKey("direct") && s.get("direct").isBoolean() ? s.get("direct").getAsBoolean().value() : null;
            statements.add(new GoldStatement(str(s, "speaker"), str(s, "cue"), str(s, "content"), direct, bool(s, "optional")));
        }
        List<GoldEntity> entities = new ArrayList<>();
        for (JsonValue v : array(o, "entities")) {
            JsonObject e = v.getAsObject();
            entities.add(new GoldEntity(str(e, "name"), str(e, "type"), str(e, "wikidata"), strings(e, "aliases")));
        }
        Set<String> scope = o.hasKey("scope") && o.get("scope").isArray()
                ? Set.copyOf(strings(o, "scope")) : Set.of("events", "statements", "entities");
        return new Gold(str(o, "doc"), str(o, "date"), scope, events, statements, entities);
    }

    private static List<JsonValue> array(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isArray() ? o.get(key).getAsArray() : new JsonArray();
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        for (JsonValue v : array(o, key)) {
            if (v.isString()) {
                out.add(v.getAsString().value());
            }
        }
        return out;
    }

    private static String str(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isString() ? o.get(key).getAsString().value() : null;
    }

    private static boolean bool(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isBoolean() && o.get(key).getAsBoolean().value();
    }
}
