package org.dragoman.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Extraction;
import org.dragoman.model.Link;

/**
 * Links what the offline table could not, through the Wikidata API: a candidate is taken only when its English
 * label or alias is the entity's full name and its "instance of" (P31) fits the entity's type, and only when
 * exactly one such candidate is found. Without network it changes nothing.
 */
public final class OnlineLinker {
    private static final String HUMAN = "Q5";
    private static final Set<String> COUNTRY = Set.of("Q6256", "Q3624078", "Q7275", "Q1763527", "Q15634554");
    private static final Set<String> CITY = Set.of("Q515", "Q1549591", "Q5119", "Q1637706", "Q200250", "Q1093829",
            "Q15284", "Q3957", "Q532", "Q7930989", "Q702492", "Q1066984");

    private final EntityLinker offline;
    private final WikidataClient client;

    public OnlineLinker(EntityLinker offline, WikidataClient client) {
        this.offline = offline;
        this.client = client;
    }

    public Extraction link(Extraction x) {
        Extraction linked = offline.link(x);
        List<Entity> out = new ArrayList<>();
        for (Entity e : linked.entities()) {
            out.add(e.link() != null || client.unavailable() ? e : lookup(e));
        }
        return linked.withEntities(out);
    }

    private Entity lookup(Entity e) {
        // A bare surname is too ambiguous for a search engine: the offline table decides those.
        if (e.type() == EntityType.PERSON && e.label().trim().split("\\s+").length < 2) {
            return e;
        }
        String key = KnowledgeBase.key(e.label());
        Optional<WikidataClient.ItemFacts> chosen = Optional.empty();
        int fits = 0;
        for (WikidataClient.Hit hit : client.search(e.label())) {
            if (hit.label() == null || !KnowledgeBase.key(hit.label()).equals(key)) {
                continue;
            }
            Optional<WikidataClient.ItemFacts> facts = client.facts(hit.qid());
            if (facts.isPresent() && fitsType(e.type(), facts.get().instanceOf())) {
                fits++;
                if (chosen.isEmpty()) {
                    chosen = facts;
                }
            }
        }
        if (fits != 1) {
            return e;
        }
        return e.withLink(new Link(chosen.get().qid(), chosen.get().enwiki(), 0.7));
    }

    static boolean fitsType(EntityType type, List<String> instanceOf) {
        boolean human = instanceOf.contains(HUMAN);
        boolean country = instanceOf.stream().anyMatch(COUNTRY::contains);
        boolean city = instanceOf.stream().anyMatch(CITY::contains);
        return switch (type) {
            case PERSON -> human;
            case COUNTRY -> country;
            case CITY -> city;
            case ORGANIZATION -> !human && !country && !city && !instanceOf.isEmpty();
            case PLACE -> !human && !instanceOf.isEmpty();
        };
    }
}
