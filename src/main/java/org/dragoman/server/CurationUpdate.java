package org.dragoman.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.dragoman.model.DragomanException;
import org.dragoman.rdf.GraphValidator;

/**
 * {@code POST /diplomacy/update}: SPARQL Update within the {@link UpdatePolicy}, in one write transaction, each written
 * graph checked against the SHACL shapes before commit, as ingest checks an article's graph.
 *
 * <p>Answers JSON: 200 with the graphs written; 400 for a request that does not parse; 403 with the policy's reasons;
 * 422 with the violations (nothing is changed).
 */
final class CurationUpdate extends PostOnlyAction {
    static final Operation OPERATION = Operation.alloc("https://w3id.org/dragoman/ontology#update", "curation-update",
            "Dragoman: SPARQL Update of curation graphs");

    private final UpdatePolicy policy;
    private final GraphValidator validator = GraphValidator.bundled();

    CurationUpdate(UpdatePolicy policy) {
        super("a SPARQL Update");
        this.policy = policy;
    }

    /** Thrown inside the transaction to abort it. */
    private static final class Invalid extends DragomanException {
        private static final long serialVersionUID = 1L;
        private final List<String> violations;

        Invalid(List<String> violations) {
            super(violations.size() + " SHACL violations");
            this.violations = List.copyOf(violations);
        }
    }

    @Override
    protected void doPost(HttpAction action) {
        HttpServletResponse response = action.getResponse();
        try {
            String text = updateText(action);
            if (text == null) {
                Json.error(response, HttpServletResponse.SC_BAD_REQUEST,
                        "send the update as application/sparql-update, or as the form field 'update'");
                return;
            }
            UpdateRequest request;
            try {
                request = UpdateFactory.create(text);
            } catch (QueryParseException e) {
                Json.error(response, HttpServletResponse.SC_BAD_REQUEST, "update does not parse: " + e.getMessage());
                return;
            }
            UpdatePolicy.Verdict verdict = policy.check(request);
            if (!verdict.allowed()) {
                JsonObject body = new JsonObject();
                body.put("error", "update refused: " + verdict.refusals().get(0));
                JsonArray reasons = new JsonArray();
                verdict.refusals().forEach(reasons::add);
                body.put("refusals", reasons);
                Json.send(response, HttpServletResponse.SC_FORBIDDEN, body);
                return;
            }
            DatasetGraph dsg = action.getDataset();
            try {
                Txn.executeWrite(dsg, () -> {
                    UpdateExec.dataset(dsg).update(request).execute();
                    List<String> violations = new ArrayList<>();
                    for (String g : verdict.writtenGraphs()) {
                        validator.violations(dsg.getGraph(NodeFactory.createURI(g))).forEach(v -> violations.add("<" + g + ">: " + v));
                    }
                    if (!violations.isEmpty()) {
                        throw new Invalid(violations);
                    }
                });
            } catch (Invalid e) {
                JsonObject body = new JsonObject();
                body.put("error", "update would break the SHACL shapes; nothing was changed");
                JsonArray list = new JsonArray();
                e.violations.forEach(list::add);
                body.put("violations", list);
                Json.send(response, 422, body);
                return;
            }
            JsonObject body = new JsonObject();
            JsonArray graphs = new JsonArray();
            verdict.writtenGraphs().forEach(graphs::add);
            body.put("graphs", graphs);
            Json.send(response, HttpServletResponse.SC_OK, body);
        } catch (IOException e) {
            action.log.warn("update: cannot answer the client: {}", e.getMessage());
        }
    }

    private static String updateText(HttpAction action) throws IOException {
        String type = action.getRequestContentType() == null ? "" : action.getRequestContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/sparql-update")) {
            try (InputStream in = action.getRequestInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return action.getRequestParameter("update");
    }
}
