package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dragoman.server.DiplomacyServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dragoman serve}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the database over SPARQL with Fuseki at /diplomacy (read-only, 127.0.0.1, by default).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Option(names = "--port", description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).", defaultValue = "3030")
    int port;

    @Option(names = "--config", description = "Fuseki configuration (default: ${DEFAULT-VALUE}).", defaultValue = "fuseki-config.ttl")
    Path config;

    @Option(names = "--public", description = "Listen on all interfaces instead of 127.0.0.1 only.")
    boolean everywhere;

    @Option(names = "--allow-update", description = "Also serve SPARQL Update at /diplomacy/update.")
    boolean allowUpdate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DiplomacyServer server = start(spec.commandLine().getOut(), database.db, port, config, everywhere, allowUpdate);
        server.join();
        return 0;
    }

    static DiplomacyServer start(PrintWriter out, Path db, int port, Path config, boolean everywhere, boolean allowUpdate) {
        DiplomacyServer server = DiplomacyServer.create().config(config).database(db).port(port)
                .loopback(!everywhere).allowUpdate(allowUpdate).build().start();
        out.println("SPARQL endpoint: " + server.sparqlUrl());
        String starter = "PREFIX dip: <https://w3id.org/dragoman/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\nPREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
                + "PREFIX dcterms: <http://purl.org/dc/terms/>\n\nSELECT ?meeting ?who ?date WHERE {\n"
                + "  ?meeting a dip:Meeting ; dip:participant/rdfs:label ?who .\n  OPTIONAL { ?meeting dip:date ?date }\n} LIMIT 50\n";
        out.println("Query UI:        http://localhost:" + server.port() + "/#/dataset/" + DiplomacyServer.DATASET + "/query?query="
                + java.net.URLEncoder.encode(starter, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        out.println("Try:");
        out.println("  curl -s " + server.sparqlUrl() + " -H 'Accept: text/csv' --data-urlencode \\");
        out.println("    'query=PREFIX dip: <https://w3id.org/dragoman/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?meeting ?who ?date WHERE { ?meeting a dip:Meeting ; dip:participant/rdfs:label ?who . "
                + "OPTIONAL { ?meeting dip:date ?date } } ORDER BY ?meeting'");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        return server;
    }
}
