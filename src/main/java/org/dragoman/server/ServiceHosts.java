package org.dragoman.server;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * The hosts that SPARQL {@code SERVICE} may call from this server (by default Wikidata's query service, for the
 * federated queries of the library); any other, and any non-http IRI, is refused, so that a query cannot make the
 * server fetch arbitrary URLs or read local files.
 */
public final class ServiceHosts {
    /** Wikidata's endpoint, which the query library joins with. */
    public static final Set<String> DEFAULT = Set.of("query.wikidata.org");

    private final Set<String> hosts;

    public ServiceHosts(Set<String> hosts) {
        this.hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Why a SERVICE to {@code endpoint} is refused, or null when it is allowed. */
    public String refusal(Node endpoint) {
        if (endpoint == null || !endpoint.isURI()) {
            return "SERVICE " + endpoint + ": only a fixed http(s) endpoint may be called";
        }
        URI uri;
        try {
            uri = URI.create(endpoint.getURI());
        } catch (IllegalArgumentException e) {
            return "SERVICE <" + endpoint.getURI() + ">: not a URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || !hosts.contains(host)) {
            return "SERVICE <" + endpoint.getURI() + ">: host not allowed (allowed: " + String.join(", ", hosts.stream().sorted().toList())
                    + "; see serve --allow-service)";
        }
        return null;
    }

    /** Puts a check in front of SERVICE execution for queries and updates run with {@code context}. */
    public void install(Context context) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.chooseRegistry(context).copy();
        registry.addSingleLink((ChainingServiceExecutor) (opExecute, opOriginal, binding, execCxt, chain) -> {
            String refusal = refusal(opExecute.getService());
            if (refusal != null) {
                throw new QueryExecException(refusal);
            }
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        });
        ServiceExecutorRegistry.set(context, registry);
    }
}
