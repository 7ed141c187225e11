package org.dragoman.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.dragoman.ingest.Ingester;
import org.dragoman.model.Article;
import org.dragoman.model.BadInputException;
import org.dragoman.rdf.Iris;

/**
 * {@code POST /diplomacy/ingest}: ingests one article, or re-ingests it, in the serving process, with the pipeline
 * kept warm between requests.
 *
 * <p>Answers JSON: 200 with the graph IRI, the outcome and counts; 422 with messages for input that is not an article
 * or a graph that violates the shapes; 413 for a body over the size limit; 415 for another content type. Articles are
 * ingested one at a time, each in its own write transaction, so queries go on being answered meanwhile.
 */
final class IngestService extends PostOnlyAction {
    /** The Fuseki operation, registered with the server builder. */
    static final Operation OPERATION = Operation.alloc("https://w3id.org/dragoman/ontology#ingest", "ingest",
            "Dragoman: ingest one article");

    private final Ingester ingester;
    private final long maxBytes;
    private final Object oneAtATime = new Object();

    IngestService(Ingester ingester, long maxBytes) {
        super("an article to ingest it");
        this.ingester = ingester;
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doPost(HttpAction action) {
        HttpServletResponse response = action.getResponse();
        try {
            Article article;
            try {
                article = read(action);
            } catch (BadInputException e) {
                if (e instanceof Refused) {
                    // A body over the limit or of another type may be partly unread: the connection cannot be reused.
                    response.setHeader("Connection", "close");
                }
                Json.error(response, e instanceof Refused r ? r.status : 422, e.getMessage());
                return;
            }
            long start = System.nanoTime();
            Ingester.Outcome outcome;
            synchronized (oneAtATime) {
                outcome = ingester.ingest(article);
            }
            JsonObject body = new JsonObject();
            body.put("article", article.id());
            body.put("graph", Iris.graph(article.id()));
            body.put("status", outcome.status());
            body.put("message", outcome.message());
            JsonObject counts = new JsonObject();
            for (Map.Entry<String, Integer> e : outcome.counts().entrySet()) {
                counts.put(e.getKey(), e.getValue());
            }
            body.put("counts", counts);
            body.put("milliseconds", (System.nanoTime() - start) / 1_000_000);
            if (!outcome.violations().isEmpty()) {
                JsonArray violations = new JsonArray();
                outcome.violations().forEach(violations::add);
                body.put("violations", violations);
                body.put("error", outcome.message());
                Json.send(response, 422, body);
            } else if (outcome.failed()) {
                body.put("error", outcome.message());
                Json.send(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, body);
            } else {
                Json.send(response, HttpServletResponse.SC_OK, body);
            }
        } catch (IOException e) {
            // The client went away: there is nobody left to answer.
            action.log.warn("ingest: cannot answer the client: {}", e.getMessage());
        }
    }

    private Article read(HttpAction action) throws IOException {
        String type = action.getRequestContentType() == null ? "" : action.getRequestContentType().toLowerCase(Locale.ROOT);
        if (action.getRequestContentLengthLong() > maxBytes) {
            throw new Refused(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "article of " + action.getRequestContentLengthLong() + " bytes; the limit is " + maxBytes);
        }
        byte[] body;
        try (InputStream in = action.getRequestInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            throw new Refused(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "article over " + maxBytes + " bytes, the limit");
        }
        if (type.startsWith("application/json")) {
            return PostedArticle.fromJson(body);
        }
        if (type.startsWith("text/plain")) {
            String charset = action.getRequestCharacterEncoding();
            if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
                throw new BadInputException("text/plain; charset=" + charset + ": articles are UTF-8");
            }
            return PostedArticle.fromText(body, action.getRequestParameter("id"), action.getRequestParameter("source"));
        }
        throw new Refused(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Content-Type '" + type + "': send text/plain (UTF-8) or application/json");
    }

    /** Input refused with another status than 422. */
    private static final class Refused extends BadInputException {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
