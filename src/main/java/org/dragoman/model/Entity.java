package org.dragoman.model;

import java.util.List;
import java.util.Objects;

/**
 * A named actor or place of one article, with its coreference-merged mentions.
 *
 * @param id       local id, unique within the article's extraction
 * @param type     what kind of thing it is
 * @param label    the canonical (longest proper) name
 * @param aliases  other names used in the text, without the label
 * @param mentions where it is mentioned, in text order
 * @param roles    positions stated in the text or known at the article date
 * @param link     the Wikidata link, or null when none can be trusted
 */
public record Entity(String id, EntityType type, String label, List<String> aliases, List<Evidence> mentions,
                     List<Role> roles, Link link) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new DragomanException("Entity " + id + " has a blank label");
        }
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
    }

    public Entity withLink(Link newLink) {
        return new Entity(id, type, label, aliases, mentions, roles, newLink);
    }

    public Entity withType(EntityType newType) {
        return new Entity(id, newType, label, aliases, mentions, roles, link);
    }

    public Entity withRoles(List<Role> newRoles) {
        return new Entity(id, type, label, aliases, mentions, newRoles, link);
    }
}
