package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dragoman.ingest.Ingester;
import org.dragoman.server.AccessToken;
import org.dragoman.server.DiplomacyServer;
import org.dragoman.store.DiplomacyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dragoman serve}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the database over SPARQL with Fuseki at /diplomacy, on 127.0.0.1 by default.",
                "POST /diplomacy/ingest adds or replaces one article (text/plain, or JSON {text, date, title, source, id}) "
                        + "with 'Authorization: Bearer <token>'; the token is made on first start and kept, owner-only, in "
                        + "--token-file. --read-only switches ingest off."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Mixin
    ServerOptions server = new ServerOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DiplomacyServer running = server.start(spec.commandLine().getOut(), spec.commandLine().getErr(), options);
        running.join();
        return 0;
    }

    /** Options of the commands that serve: {@code serve} and {@code up}. */
    static final class ServerOptions {
        @Option(names = "--port", description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).", defaultValue = "3030")
        int port;

        @Option(names = "--config", description = "Fuseki configuration (default: ${DEFAULT-VALUE}).", defaultValue = "fuseki-config.ttl")
        Path config;

        @Option(names = "--public", description = "Listen on all interfaces instead of 127.0.0.1 only.")
        boolean everywhere;

        @Option(names = "--read-only", description = "No ingest endpoint: the server only answers queries.")
        boolean readOnly;

        @Option(names = "--allow-update", description = "Also serve SPARQL Update at /diplomacy/update (bearer token required): it "
                + "writes curation graphs (<https://w3id.org/dragoman/curation/...>) only, each checked by the SHACL shapes.")
        boolean allowUpdate;

        @Option(names = "--allow-load", description = "Let SPARQL Update LOAD http(s) documents (off: the server fetches no URL).")
        boolean allowLoad;

        @Option(names = "--allow-file-load", description = "Let SPARQL Update LOAD file: IRIs, which reads the server's files (off).")
        boolean allowFileLoad;

        @Option(names = "--allow-service", paramLabel = "HOST", split = ",", description = "Hosts SERVICE may call in queries and "
                + "updates (default: ${DEFAULT-VALUE}).", defaultValue = "query.wikidata.org")
        java.util.Set<String> serviceHosts;

        @Option(names = "--token-file", description = "The access token for writes (default: 'server-token' beside the database).")
        Path tokenFile;

        @Option(names = "--max-article-bytes", description = "Largest article ingest accepts over HTTP (default: ${DEFAULT-VALUE}).",
                defaultValue = "1048576")
        long maxArticleBytes;

        /** Starts the server; {@code ingester} may be null, and is then built from {@code options} unless read-only. */
        DiplomacyServer start(PrintWriter out, PrintWriter err, PipelineOptions options, Ingester ingester) {
            Path db = options.database.db;
            boolean writes = allowUpdate || !readOnly;
            AccessToken token = writes ? AccessToken.loadOrCreate(tokenFile(db)) : null;
            Ingester live = readOnly ? null : ingester != null ? ingester : options.ingester(DiplomacyStore.open(db));
            DiplomacyServer running = DiplomacyServer.create().config(config).database(db).port(port).loopback(!everywhere)
                    .allowUpdate(allowUpdate).allowLoad(allowLoad, allowFileLoad).serviceHosts(serviceHosts).ingester(live).accessToken(token).maxArticleBytes(maxArticleBytes).build().start();
            if (everywhere) {
                err.println("warning: listening on all interfaces (" + running.bindAddress() + ":" + running.port() + "): anyone who can"
                        + " reach this machine can query it" + (writes ? ", and anyone holding the token in " + token.file()
                        + " can write to it over plain HTTP" : ""));
                err.flush();
            }
            printWelcome(out, running, token);
            return running;
        }

        DiplomacyServer start(PrintWriter out, PrintWriter err, PipelineOptions options) {
            return start(out, err, options, null);
        }

        Path tokenFile(Path db) {
            return tokenFile != null ? tokenFile : db.toAbsolutePath().resolveSibling("server-token");
        }
    }

    private static void printWelcome(PrintWriter out, DiplomacyServer server, AccessToken token) {
        out.println("SPARQL endpoint: " + server.sparqlUrl() + "   (listening on " + server.bindAddress() + ":" + server.port() + ")");
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
        server.ingestUrl().ifPresent(url -> {
            out.println("Ingest:          " + url + "   (the first article loads CoreNLP, ~20-40 s)");
            out.println("  curl -s " + url + " -H \"Authorization: Bearer $(cat " + token.file() + ")\" \\");
            out.println("    -H 'Content-Type: text/plain; charset=utf-8' --data-binary @article.txt");
            out.println("  or: dragoman ingest --server http://localhost:" + server.port() + " article.txt");
        });
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}
