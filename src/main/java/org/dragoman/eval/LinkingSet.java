package org.dragoman.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.dragoman.model.Entity;
import org.dragoman.model.Evidence;
import org.dragoman.model.Extraction;

/**
 * A NIF entity-linking set such as RSS-500: sentences with marked mentions, each linked to a Wikidata item or
 * NIL. Scores the QIDs our linker gives the entities that overlap each mention.
 */
public final class LinkingSet {
    private static final Pattern QID = Pattern.compile("(Q\\d+)$");

    /** One gold mention: its span in the sentence and its QID, or null for NIL. */
    public record GoldMention(int begin, int end, String anchor, String qid) {
    }

    /** One sentence and its gold mentions. */
    public record Sentence(String id, String text, List<GoldMention> mentions) {
        public Sentence {
            mentions = List.copyOf(mentions);
        }
    }

    private LinkingSet() {
    }

    public static List<Sentence> read(Path nifTurtle) {
        Model m = RDFDataMgr.loadModel(nifTurtle.toString());
        String q = """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
                SELECT ?ctx ?text ?b ?e ?anchor ?ref WHERE {
                  ?p a nif:Phrase ; nif:referenceContext ?ctx ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ;
                     itsrdf:taIdentRef ?ref .
                  ?ctx nif:isString ?text .
                } ORDER BY ?ctx ?b""";
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<GoldMention>> mentions = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> {
                String ctx = s.getResource("ctx").getURI();
                texts.put(ctx, s.getLiteral("text").getString());
                String ref = s.getResource("ref").getURI();
                Matcher mm = QID.matcher(ref);
                String qid = ref.contains("wikidata.org") && mm.find() ? mm.group(1) : null;
                mentions.computeIfAbsent(ctx, k -> new ArrayList<>()).add(new GoldMention(s.getLiteral("b").getInt(),
                        s.getLiteral("e").getInt(), s.getLiteral("anchor").getString(), qid));
            });
        }
        List<Sentence> out = new ArrayList<>();
        for (var e : texts.entrySet()) {
            out.add(new Sentence(e.getKey(), e.getValue(), mentions.get(e.getKey())));
        }
        return out;
    }

    /** Adds one sentence's linking outcome to the scorer: linked_ok/linked_n, nil_ok/nil_n, our_links/our_wrong. */
    public static void score(Sentence sentence, Extraction x, Scorer t, List<String> log) {
        for (GoldMention g : sentence.mentions()) {
            // Our entity with the mention that overlaps the gold span most, covering at least half of it.
            Entity hit = null;
            int best = 0;
            for (Entity e : x.entities()) {
                for (Evidence ev : e.mentions()) {
                    int overlap = Math.min(ev.end(), g.end()) - Math.max(ev.begin(), g.begin());
                    if (x.article().text().substring(ev.begin(), ev.end()).equals(g.anchor())) {
                        overlap = g.end() - g.begin();
                    }
                    if (overlap > best && 2 * overlap >= g.end() - g.begin()) {
                        best = overlap;
                        hit = e;
                    }
                }
            }
            String ours = hit == null || hit.link() == null ? null : hit.link().qid();
            // RSS-500 gives no types: the type of the entity we extracted there stands in ("Unmatched" when none).
            String type = "|" + (hit == null ? "Unmatched" : typeName(hit.type()));
            if (g.qid() != null) {
                t.add("linked_n", 1);
                t.add("linked_n" + type, 1);
                if (g.qid().equals(ours)) {
                    t.add("linked_ok", 1);
                    t.add("linked_ok" + type, 1);
                } else {
                    log.add("  LINK " + g.anchor() + ": gold " + g.qid() + " got " + ours);
                }
            } else {
                t.add("nil_n", 1);
                t.add("nil_ok", ours == null ? 1 : 0);
                if (ours != null) {
                    log.add("  NIL " + g.anchor() + ": got " + ours);
                }
            }
            if (ours != null) {
                t.add("our_links", 1);
                t.add("our_wrong", ours.equals(g.qid()) ? 0 : 1);
                t.add("our_links" + type, 1);
                t.add("our_wrong" + type, ours.equals(g.qid()) ? 0 : 1);
            }
        }
    }

    /** The gold files' spelling of a type: Person, Organization, Country, City, Place. */
    static String typeName(org.dragoman.model.EntityType type) {
        String n = type.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
