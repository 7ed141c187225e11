package org.dragoman.server;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateCreate;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * What SPARQL Update may do on the server: write only named graphs under one prefix (analysts' curation graphs, never
 * an article's graph, which ingest owns), load nothing unless allowed (and never a {@code file:} IRI unless allowed
 * too), and call SERVICE only on the allowed hosts.
 *
 * <p>Checked on the parsed request before anything runs; templates that name their graph by a variable are refused,
 * since their target cannot be known in advance.
 */
public final class UpdatePolicy {
    private final String writablePrefix;
    private final boolean allowLoad;
    private final boolean allowFiles;
    private final ServiceHosts services;

    /**
     * @param writablePrefix IRIs of the graphs updates may write start with this
     * @param allowLoad      LOAD of http(s) documents
     * @param allowFiles     LOAD of {@code file:} IRIs, which reads the server's files
     */
    public UpdatePolicy(String writablePrefix, boolean allowLoad, boolean allowFiles, ServiceHosts services) {
        this.writablePrefix = writablePrefix;
        this.allowLoad = allowLoad;
        this.allowFiles = allowFiles;
        this.services = services;
    }

    /** The graphs the request writes, when all is allowed. */
    public record Verdict(List<String> refusals, Set<String> writtenGraphs) {
        public Verdict {
            refusals = List.copyOf(refusals);
            writtenGraphs = Set.copyOf(writtenGraphs);
        }

        public boolean allowed() {
            return refusals.isEmpty();
        }
    }

    public Verdict check(UpdateRequest request) {
        List<String> refusals = new ArrayList<>();
        Set<String> written = new LinkedHashSet<>();
        int n = 0;
        for (Update u : request.getOperations()) {
            n++;
            String where = "operation " + n + " (" + u.getClass().getSimpleName().replace("Update", "").toUpperCase(Locale.ROOT) + ")";
            if (u instanceof UpdateLoad load) {
                checkLoad(load, where, refusals);
                target(load.getDest(), where, refusals, written);
            } else if (u instanceof UpdateDropClear dc) {
                target(dc.getTarget(), where, refusals, written);
            } else if (u instanceof UpdateCreate create) {
                target(create.getGraph(), where, refusals, written);
            } else if (u instanceof UpdateBinaryOp op) {
                target(op.getDest(), where, refusals, written);
            } else if (u instanceof UpdateData data) {
                data.getQuads().forEach(q -> quad(q, null, where, refusals, written));
            } else if (u instanceof UpdateDeleteWhere dw) {
                dw.getQuads().forEach(q -> quad(q, null, where, refusals, written));
            } else if (u instanceof UpdateModify m) {
                Node with = m.getWithIRI();
                m.getDeleteQuads().forEach(q -> quad(q, with, where, refusals, written));
                m.getInsertQuads().forEach(q -> quad(q, with, where, refusals, written));
                services(m, where, refusals);
            } else {
                refusals.add(where + ": not an update this server knows");
            }
        }
        return new Verdict(refusals, written);
    }

    private void checkLoad(UpdateLoad load, String where, List<String> refusals) {
        String source = load.getSource();
        String scheme = URI.create(source.replace(" ", "%20")).getScheme();
        if (scheme != null && scheme.equalsIgnoreCase("file")) {
            if (!allowFiles) {
                refusals.add(where + ": LOAD <" + source + "> would read the server's files; refused");
            }
        } else if (!allowLoad) {
            refusals.add(where + ": LOAD <" + source + "> would make the server fetch a URL; refused (see serve --allow-load)");
        }
    }

    private void target(Target t, String where, List<String> refusals, Set<String> written) {
        if (t.isOneNamedGraph()) {
            target(t.getGraph(), where, refusals, written);
        } else {
            refusals.add(where + ": " + (t.isDefault() ? "the default graph" : t.isAll() ? "ALL graphs" : "all NAMED graphs")
                    + " may not be written; name a graph under <" + writablePrefix + ">");
        }
    }

    private void target(Node graph, String where, List<String> refusals, Set<String> written) {
        if (graph == null || Quad.isDefaultGraph(graph)) {
            refusals.add(where + ": the default graph may not be written; name a graph under <" + writablePrefix + ">");
        } else if (!graph.isURI() || !graph.getURI().startsWith(writablePrefix)) {
            refusals.add(where + ": graph " + graph + " is not under <" + writablePrefix + ">; article graphs change only by ingest");
        } else {
            written.add(graph.getURI());
        }
    }

    private void quad(Quad q, Node with, String where, List<String> refusals, Set<String> written) {
        Node g = q.getGraph();
        if (Quad.isDefaultGraph(g) && with != null) {
            g = with;
        }
        if (g.isVariable()) {
            refusals.add(where + ": GRAPH " + g + " names its graph by a variable; name a graph under <" + writablePrefix + ">");
            return;
        }
        target(g, where, refusals, written);
    }

    private void services(UpdateModify m, String where, List<String> refusals) {
        if (m.getWherePattern() == null) {
            return;
        }
        ElementWalker.walk(m.getWherePattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                String refusal = services.refusal(el.getServiceNode());
                if (refusal != null) {
                    refusals.add(where + ": " + refusal);
                }
            }
        });
    }
}
