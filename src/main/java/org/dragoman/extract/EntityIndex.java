package org.dragoman.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dragoman.model.Entity;

/**
 * The entities of one article and which tokens refer to them, pronouns included through coreference.
 */
public final class EntityIndex {
    private final List<Entity> entities;
    private final Map<Long, String> tokenToEntity;
    private final Map<String, Entity> byId = new HashMap<>();

    EntityIndex(List<Entity> entities, Map<Long, String> tokenToEntity) {
        this.entities = List.copyOf(entities);
        this.tokenToEntity = Map.copyOf(tokenToEntity);
        for (Entity e : this.entities) {
            byId.put(e.id(), e);
        }
    }

    static long key(int sentence, int token) {
        return ((long) sentence << 32) | (token & 0xffffffffL);
    }

    public List<Entity> entities() {
        return entities;
    }

    /** The entity that the token at (sentence, token) refers to, if any. */
    public Optional<Entity> at(int sentence, int token) {
        String id = tokenToEntity.get(key(sentence, token));
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    public Optional<Entity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
