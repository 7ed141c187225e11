package org.dragoman.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything read from one article: its entities and events. Events refer to entities by local id.
 */
public record Extraction(Article article, List<Entity> entities, List<Event> events) {
    public Extraction {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : entities) {
            if (byId.put(e.id(), e) != null) {
                throw new DragomanException("Article " + article.id() + ": duplicate entity id " + e.id());
            }
        }
    }

    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Extraction withEntities(List<Entity> newEntities) {
        return new Extraction(article, newEntities, events);
    }

    public Extraction withEvents(List<Event> newEvents) {
        return new Extraction(article, entities, newEvents);
    }
}
