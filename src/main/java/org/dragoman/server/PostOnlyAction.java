package org.dragoman.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.fuseki.servlets.ActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;

/** A Fuseki endpoint that takes POST only: other methods get 405 and a JSON reason. */
abstract class PostOnlyAction extends ActionREST {
    private final String what;

    /** @param what what to POST, for the 405 answer: "an article to ingest it" */
    PostOnlyAction(String what) {
        this.what = what;
    }

    @Override
    public void validate(HttpAction action) {
        // Subclasses check everything in doPost, where the answer can say what was wrong.
    }

    private void notAllowed(HttpAction action) {
        try {
            action.getResponse().setHeader("Allow", "POST, OPTIONS");
            Json.error(action.getResponse(), HttpServletResponse.SC_METHOD_NOT_ALLOWED, "POST " + what);
        } catch (IOException e) {
            action.log.warn("cannot answer the client: {}", e.getMessage());
        }
    }

    @Override
    protected void doGet(HttpAction action) {
        notAllowed(action);
    }

    @Override
    protected void doHead(HttpAction action) {
        notAllowed(action);
    }

    @Override
    protected void doPut(HttpAction action) {
        notAllowed(action);
    }

    @Override
    protected void doDelete(HttpAction action) {
        notAllowed(action);
    }

    @Override
    protected void doPatch(HttpAction action) {
        notAllowed(action);
    }

    @Override
    protected void doOptions(HttpAction action) {
        action.getResponse().setHeader("Allow", "POST, OPTIONS");
        action.getResponse().setStatus(HttpServletResponse.SC_OK);
    }
}
