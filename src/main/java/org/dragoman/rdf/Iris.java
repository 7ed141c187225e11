package org.dragoman.rdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.dragoman.model.Article;
import org.dragoman.model.Attribute;
import org.dragoman.model.Digests;
import org.dragoman.model.Entity;
import org.dragoman.model.Event;
import org.dragoman.model.Role;

/**
 * Mints every IRI of the graph, deterministically, in one place.
 *
 * <p>Documents and their graphs are named after the article id. Actors and places are shared across
 * articles: a linked one is named after its Wikidata id, an unlinked one after its type and label. Events are
 * named after their document, kind and evidence span.
 */
public final class Iris {
    public static final String BASE = "https://w3id.org/dragoman/";
    /** Analysts' own named graphs, the only ones SPARQL Update may write: {@code <CURATION><name>}. */
    public static final String CURATION = BASE + "curation/";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    public static final String WIKIPEDIA = "https://en.wikipedia.org/wiki/";

    private Iris() {
    }

    public static String document(Article article) {
        return document(article.id());
    }

    public static String document(String articleId) {
        return BASE + "doc/" + encode(articleId);
    }

    public static String graph(String articleId) {
        return BASE + "graph/" + encode(articleId);
    }

    public static String entity(Entity e) {
        if (e.link() != null) {
            return BASE + "id/" + e.link().qid();
        }
        // The local id is "type/slug", unique within the article; the slug alone keeps IRIs shared across articles.
        String id = e.id().replaceAll("~\\d+$", "");
        return BASE + "id/" + id;
    }

    public static String role(String personIri, Role role, String ofIri) {
        String key = role.title().toLowerCase(Locale.ROOT) + "|" + (ofIri == null ? "" : ofIri) + "|"
                + (role.start() == null ? "" : role.start());
        return personIri + "/role/" + hash(key).substring(0, 12);
    }

    /**
     * An event's IRI, from what identifies it: its kind, article, evidence span, trigger or cue word, and the actors it
     * links (participants, host, speaker, addressee). Confidence, status, date and formatting do not enter it, so a
     * better extraction of the same event keeps its IRI. Two events alike in all of these share one; the mapper
     * numbers the second.
     */
    public static String event(Article article, Event event) {
        String kind = event.kind().name();
        List<String> identity = new ArrayList<>();
        for (Attribute a : event.attributes()) {
            if (a.type() == Attribute.Type.ENTITY || a.property().equals("trigger") || a.property().equals("cue")) {
                identity.add(a.property() + "=" + a.value());
            }
        }
        Collections.sort(identity);
        String key = kind + "|" + event.evidence().begin() + "|" + event.evidence().end() + "|" + String.join("|", identity);
        return document(article) + "/" + kind + "/" + event.evidence().begin() + "-" + hash(key).substring(0, 8);
    }

    /** Evidence is named after its span: the same span of the same document is the same evidence. */
    public static String evidence(String documentIri, int begin, int end) {
        return documentIri + "#" + begin + "-" + end;
    }

    public static String wikidata(String qid) {
        return WIKIDATA + qid;
    }

    public static String wikipedia(String title) {
        return WIKIPEDIA + encode(title.replace(' ', '_'));
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes. */
    public static String hash(String text) {
        return Digests.sha256Hex(text);
    }

    private static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~()',!*:@".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }
}
