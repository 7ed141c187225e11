package org.dragoman.server;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.dragoman.ingest.Ingester;
import org.dragoman.model.DragomanException;

/**
 * Fuseki serving the TDB2 database as {@code /diplomacy}, configured by {@code fuseki-config.ttl}.
 *
 * <p>Build it like Fuseki itself: {@code DiplomacyServer.create().config(path).database(db).port(0).build()}.
 * The database location in the config file is replaced by the one given, so that the CLI's {@code --db} and
 * a standalone Fuseki read the same file.
 */
public final class DiplomacyServer implements AutoCloseable {
    public static final String DATASET = "diplomacy";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";

    /** The path of the ingest endpoint inside the server. */
    public static final String INGEST_PATH = "/" + DATASET + "/ingest";
    private static final String UPDATE_PATH = "/" + DATASET + "/update";

    private final FusekiServer server;
    private final boolean loopback;
    private final boolean ingest;

    private DiplomacyServer(FusekiServer server, boolean loopback, boolean ingest) {
        this.server = server;
        this.loopback = loopback;
        this.ingest = ingest;
    }

    public static Builder create() {
        return new Builder();
    }

    public DiplomacyServer start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The SPARQL query endpoint, e.g. {@code http://localhost:3030/diplomacy/sparql}. */
    public String sparqlUrl() {
        return "http://localhost:" + port() + "/" + DATASET + "/sparql";
    }

    public String datasetUrl() {
        return "http://localhost:" + port() + "/" + DATASET;
    }

    /** The ingest endpoint, or empty when the server is read-only. */
    public java.util.Optional<String> ingestUrl() {
        return ingest ? java.util.Optional.of("http://localhost:" + port() + INGEST_PATH) : java.util.Optional.empty();
    }

    /** The address the server listens on: {@code 127.0.0.1}, or {@code 0.0.0.0} for all interfaces. */
    public String bindAddress() {
        return loopback ? "127.0.0.1" : "0.0.0.0";
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }

    /**
     * Configures a server; defaults are port 3030, loopback only, no writes. Writes, ingest and SPARQL Update, are each
     * switched on separately and need an {@link AccessToken}.
     */
    public static final class Builder {
        private Path config = Path.of("fuseki-config.ttl");
        private Path database;
        private int port = 3030;
        private boolean loopback = true;
        private boolean allowUpdate = false;
        private boolean ui = true;
        private Ingester ingester;
        private AccessToken token;
        private long maxArticleBytes = 1 << 20;
        private int heldResultBytes = 32 << 20;
        private ServiceHosts serviceHosts = new ServiceHosts(ServiceHosts.DEFAULT);
        private boolean allowLoad;
        private boolean allowFileLoad;

        private Builder() {
        }

        /**
         * Serves {@code POST /diplomacy/ingest} with this ingester, whose store must be the served database. Null (the
         * default) leaves ingest off: the endpoint then answers 403.
         */
        public Builder ingester(Ingester value) {
            this.ingester = value;
            return this;
        }

        /** The token every write request must carry; required when ingest or update is on. */
        public Builder accessToken(AccessToken value) {
            this.token = value;
            return this;
        }

        /**
         * Query results up to this size (default 32 MiB) are held until complete, so a timeout while they are written
         * answers 503 instead of a truncated 200; larger ones stream.
         */
        public Builder heldResultBytes(int value) {
            this.heldResultBytes = value;
            return this;
        }

        /** The largest article body ingest accepts (default 1 MiB); larger ones get 413. */
        public Builder maxArticleBytes(long value) {
            this.maxArticleBytes = value;
            return this;
        }

        public Builder config(Path value) {
            this.config = value;
            return this;
        }

        public Builder database(Path value) {
            this.database = value;
            return this;
        }

        /** The HTTP port; 0 picks a free one. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** Bind to 127.0.0.1 only (the default), or to all interfaces. */
        public Builder loopback(boolean value) {
            this.loopback = value;
            return this;
        }

        /** The hosts SERVICE may call, in queries and updates (default: Wikidata's query service). */
        public Builder serviceHosts(java.util.Set<String> hosts) {
            this.serviceHosts = new ServiceHosts(hosts);
            return this;
        }

        /** Lets SPARQL Update LOAD http(s) documents, and with {@code files} also {@code file:} IRIs. */
        public Builder allowLoad(boolean http, boolean files) {
            this.allowLoad = http;
            this.allowFileLoad = files;
            return this;
        }

        /**
         * Adds a SPARQL Update endpoint {@code /diplomacy/update}, for holders of the access token only, that writes
         * curation graphs ({@link org.dragoman.rdf.Iris#CURATION}) alone, within an {@link UpdatePolicy}.
         */
        public Builder allowUpdate(boolean value) {
            this.allowUpdate = value;
            return this;
        }

        /** Serves Fuseki's web UI at {@code /} (the default); it stays read-only like the endpoints. */
        public Builder ui(boolean value) {
            this.ui = value;
            return this;
        }

        /**
         * Fuseki's own UI from the jena-fuseki-ui jar, with the read-only status and validation endpoints it
         * calls. The dataset admin endpoints (create, delete, upload) are left out on purpose.
         */
        private static void addUi(FusekiServer.Builder builder) {
            // The UI jar's own index page locates it, whatever else has a "webapp" folder on the class path.
            java.net.URL index = DiplomacyServer.class.getClassLoader().getResource("webapp/index.html");
            if (index == null) {
                throw new DragomanException("Fuseki UI files (jena-fuseki-ui) are not on the class path");
            }
            String base = index.toString().substring(0, index.toString().length() - "index.html".length());
            builder.staticFileBase(base)
                    .addFilter("/*", new ReadOnlyUi(index))
                    .addServlet("/$/server", new ActionServerStatus())
                    .addServlet("/$/validate/query", new QueryValidator())
                    .addServlet("/$/validate/update", new UpdateValidator())
                    .addServlet("/$/validate/iri", new IRIValidator())
                    .addServlet("/$/validate/langtag", new LangTagValidator())
                    .addServlet("/$/validate/data", new DataValidator());
        }

        public DiplomacyServer build() {
            if (!Files.isRegularFile(config)) {
                throw new DragomanException(config + ": Fuseki configuration file not found");
            }
            Model model;
            try {
                model = RDFDataMgr.loadModel(config.toString());
            } catch (RiotException e) {
                throw new DragomanException(config + ": not valid Turtle: " + e.getMessage(), e);
            }
            if (database != null) {
                Property location = model.createProperty(TDB2, "location");
                for (Statement s : model.listStatements(null, location, (RDFNode) null).toList()) {
                    s.changeObject(database.toAbsolutePath().toString());
                }
            }
            UpdatePolicy updatePolicy = new UpdatePolicy(org.dragoman.rdf.Iris.CURATION, allowLoad, allowFileLoad, serviceHosts);
            if ((allowUpdate || ingester != null) && token == null) {
                throw new DragomanException("A server that accepts writes (ingest or SPARQL Update) needs an access token");
            }
            FusekiServer.Builder builder = FusekiServer.create()
                    .parseConfig(model)
                    .port(port)
                    .loopback(loopback)
                    .enablePing(true)
                    .enableStats(true);
            java.util.Set<String> writePaths = new java.util.HashSet<>(java.util.Set.of(UPDATE_PATH, INGEST_PATH));
            java.util.Map<String, String> off = new java.util.HashMap<>();
            if (ingester != null) {
                builder.registerOperation(IngestService.OPERATION, new IngestService(ingester, maxArticleBytes))
                        .addEndpoint(DATASET, "ingest", IngestService.OPERATION);
            } else {
                off.put(INGEST_PATH, "ingest is off: this server was started read-only");
            }
            if (allowUpdate) {
                builder.registerOperation(CurationUpdate.OPERATION, new CurationUpdate(updatePolicy))
                        .addEndpoint(DATASET, "update", CurationUpdate.OPERATION);
            } else {
                off.put(UPDATE_PATH, "SPARQL Update is off: this server was started without --allow-update");
            }
            builder.addFilter("/*", new WriteGuard(token, writePaths, off));
            builder.addFilter("/*", new HonestTimeouts(DATASET, heldResultBytes));
            if (ui) {
                addUi(builder);
            }
            FusekiServer fuseki = builder.build();
            // Queries and updates of the dataset run with its context: the SERVICE check goes there.
            for (var dap : fuseki.getDataAccessPointRegistry().accessPoints()) {
                serviceHosts.install(dap.getDataService().getDataset().getContext());
            }
            return new DiplomacyServer(fuseki, loopback, ingester != null);
        }
    }
}
