package org.dragoman.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dragoman.model.Entity;
import org.dragoman.model.Role;

/**
 * The entities of one article and which tokens refer to them, pronouns included through coreference.
 */
public final class EntityIndex {
    private final List<Entity> entities;
    private final Map<Long, String> tokenToEntity;
    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<String, List<Role>> officeRoles;

    EntityIndex(List<Entity> entities, Map<Long, String> tokenToEntity) {
        this(entities, tokenToEntity, Map.of());
    }

    /**
     * @param officeRoles by entity id, the roles the text states together with the offices the knowledge table says
     *                    the person held on the article's date, where the table adds any
     */
    EntityIndex(List<Entity> entities, Map<Long, String> tokenToEntity, Map<String, List<Role>> officeRoles) {
        this.entities = List.copyOf(entities);
        this.tokenToEntity = Map.copyOf(tokenToEntity);
        this.officeRoles = Map.copyOf(officeRoles);
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

    /**
     * The roles by which a description with a country may name the entity ("the Ruritanian president"): those the
     * text states and the offices the table knows for the article's date. A bare title with no country reads the
     * text's roles first, since the table knows the offices of people the article never calls by them.
     */
    List<Role> officeRoles(Entity e) {
        return officeRoles.getOrDefault(e.id(), e.roles());
    }
}
