package org.dragoman.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.dragoman.rdf.Prefixes;
import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.InputStream;
import java.util.Map;
import org.dragoman.model.DragomanException;
import org.dragoman.rdf.Dip;
import org.dragoman.rdf.Iris;

/**
 * The TDB2 database: one named graph per article, replaced whole in one write transaction.
 *
 * <p>A failure while writing an article aborts its transaction, so no partial graph is ever left behind.
 */
public final class DiplomacyStore implements AutoCloseable {
    /** {@code ontology/context.jsonld}, which the build copies onto the class path. */
    private static final String CONTEXT = "/org/dragoman/ontology/context.jsonld";
    private final Dataset dataset;
    private final Path location;

    private DiplomacyStore(Path location, Dataset dataset) {
        this.location = location;
        this.dataset = dataset;
    }

    /** Opens or creates the database at {@code location}. */
    public static DiplomacyStore open(Path location) {
        try {
            return new DiplomacyStore(location, TDB2Factory.connectDataset(location.toString()));
        } catch (org.apache.jena.dboe.base.file.AlreadyLocked e) {
            throw inUse(location, e);
        } catch (RuntimeException e) {
            // TDB2 reports another process's lock as a DBOpEnvException with this message, not as AlreadyLocked.
            if (String.valueOf(e.getMessage()).startsWith("Failed to get a lock")) {
                throw inUse(location, e);
            }
            throw new DragomanException("Cannot open TDB2 database at " + location + ": " + e.getMessage(), e);
        }
    }

    /** TDB2 allows one process per database: usually the other one is the SPARQL server. */
    private static DragomanException inUse(Path location, RuntimeException e) {
        java.util.regex.Matcher pid = java.util.regex.Pattern.compile("process (\\d+)").matcher(String.valueOf(e.getMessage()));
        return new DragomanException(location + ": the database is in use by another process"
                + (pid.find() ? " (pid " + pid.group(1) + ")" : "") + ", most likely 'dragoman serve' or 'dragoman up'. "
                + "Stop it first, or send the query to its SPARQL endpoint instead, for example: curl "
                + "http://localhost:3030/diplomacy/sparql --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 10'", e);
    }

    /** An in-memory store, for tests. */
    public static DiplomacyStore inMemory() {
        return new DiplomacyStore(null, TDB2Factory.createDataset());
    }

    public Dataset dataset() {
        return dataset;
    }

    public Optional<Path> location() {
        return Optional.ofNullable(location);
    }

    /** The content hash recorded for the article's graph, if it is in the store. */
    public Optional<String> contentHash(String articleId) {
        Node graph = NodeFactory.createURI(Iris.graph(articleId));
        Node doc = NodeFactory.createURI(Iris.document(articleId));
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            var it = dsg.find(graph, doc, Dip.contentHash.asNode(), Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.<String>empty();
        });
    }

    /** Where a stored article came from and its text: what decides whether a new file with its id is the same article. */
    public record Origin(String source, String text) {
    }

    /** The source and text recorded in the article's graph, if it is in the store. */
    public Optional<Origin> origin(String articleId) {
        Node graph = NodeFactory.createURI(Iris.graph(articleId));
        Node doc = NodeFactory.createURI(Iris.document(articleId));
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            var source = dsg.find(graph, doc, org.apache.jena.vocabulary.DCTerms.source.asNode(), Node.ANY);
            var text = dsg.find(graph, doc, Dip.text.asNode(), Node.ANY);
            return source.hasNext() && text.hasNext()
                    ? Optional.of(new Origin(source.next().getObject().getLiteralLexicalForm(), text.next().getObject().getLiteralLexicalForm()))
                    : Optional.<Origin>empty();
        });
    }

    /** An article graph in the store and what produced it; fingerprint and version are null for graphs older than them. */
    public record StoredArticle(String graph, String source, String date, String fingerprint, String version) {
    }

    /** The article graphs in the store, in graph order. */
    public List<StoredArticle> articles() {
        String q = """
                PREFIX dip: <https://w3id.org/dragoman/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?g ?source ?date ?fingerprint ?version WHERE {
                  GRAPH ?g { ?d a dip:Document ; dcterms:source ?source .
                    OPTIONAL { ?d dcterms:date ?date } OPTIONAL { ?d dip:extractionFingerprint ?fingerprint }
                    OPTIONAL { ?d dip:dragomanVersion ?version } }
                } ORDER BY ?g""";
        return Txn.calculateRead(dataset, () -> {
            List<StoredArticle> out = new java.util.ArrayList<>();
            try (var qe = org.apache.jena.query.QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> out.add(new StoredArticle(r.getResource("g").getURI(),
                        r.getLiteral("source").getLexicalForm(), lexical(r, "date"), lexical(r, "fingerprint"), lexical(r, "version"))));
            }
            return out;
        });
    }

    /** The stored articles as they were read (id, source, text, date), from their document nodes. */
    public List<org.dragoman.model.Article> storedTexts() {
        String q = """
                PREFIX dip: <https://w3id.org/dragoman/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?g ?source ?text ?date WHERE {
                  GRAPH ?g { ?d a dip:Document ; dcterms:source ?source ; dip:text ?text . OPTIONAL { ?d dcterms:date ?date } }
                } ORDER BY ?g""";
        String prefix = Iris.graph("");
        return Txn.calculateRead(dataset, () -> {
            List<org.dragoman.model.Article> out = new java.util.ArrayList<>();
            try (var qe = org.apache.jena.query.QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> {
                    String graph = r.getResource("g").getURI();
                    String date = lexical(r, "date");
                    out.add(new org.dragoman.model.Article(graph.startsWith(prefix) ? graph.substring(prefix.length()) : graph,
                            r.getLiteral("source").getLexicalForm(), r.getLiteral("text").getLexicalForm(), 0,
                            date == null ? null : java.time.LocalDate.parse(date)));
                });
            }
            return out;
        });
    }

    private static String lexical(org.apache.jena.query.QuerySolution r, String var) {
        return r.contains(var) ? r.get(var).asLiteral().getLexicalForm() : null;
    }

    /** Bytes the database takes on disk; 0 for an in-memory store. */
    public long bytesOnDisk() {
        if (location == null) {
            return 0;
        }
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(location)) {
            return walk.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (java.io.IOException e) {
            throw new org.dragoman.model.DragomanException(location + ": cannot measure the database: " + e.getMessage(), e);
        }
    }

    /** Replaces the article's graph with {@code model}, atomically. */
    public void replaceGraph(String articleId, Model model) {
        replaceGraph(articleId, g -> model.getGraph().find().forEachRemaining(g::add));
    }

    /**
     * Replaces the article's graph with what {@code writer} adds to it, atomically: if the writer throws, the
     * previous graph stays as it was.
     */
    public void replaceGraph(String articleId, Consumer<Graph> writer) {
        Node graphName = NodeFactory.createURI(Iris.graph(articleId));
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
            writer.accept(dsg.getGraph(graphName));
        });
    }

    /** Replaces several article graphs in one transaction: all are written, or none. */
    public void replaceGraphs(java.util.Map<String, Model> graphs) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            graphs.forEach((articleId, model) -> {
                Node graphName = NodeFactory.createURI(Iris.graph(articleId));
                dsg.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
                Graph g = dsg.getGraph(graphName);
                model.getGraph().find().forEachRemaining(g::add);
            });
        });
    }

    public void deleteGraph(String articleId) {
        Node graphName = NodeFactory.createURI(Iris.graph(articleId));
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY));
    }

    /** Number of quads in all named graphs. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /** The article's graph as a model copy, empty when absent. */
    public Model graph(String articleId) {
        return Txn.calculateRead(dataset, () -> {
            Model copy = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            Graph g = dataset.asDatasetGraph().getGraph(NodeFactory.createURI(Iris.graph(articleId)));
            g.find().forEachRemaining((Triple t) -> copy.getGraph().add(t));
            return copy;
        });
    }

    /**
     * Writes the whole store as a dataset ({@code trig}, {@code nq}, {@code jsonld}) or the union as {@code ttl}; with
     * {@code onlyArticle}, that article's graph, named in the formats that name graphs. Turtle and TriG carry the
     * prefixes of {@link Prefixes}; JSON-LD is compacted with {@code ontology/context.jsonld}.
     */
    public void export(OutputStream out, String format, String onlyArticle) {
        if (!format.matches("ttl|trig|nq|jsonld")) {
            throw new DragomanException("Unknown export format '" + format + "': use ttl, trig, nq or jsonld");
        }
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Graph union = dataset.getUnionModel().getGraph();
            if (onlyArticle != null) {
                Node name = NodeFactory.createURI(Iris.graph(onlyArticle));
                Graph g = dsg.getGraph(name);
                if (g.isEmpty()) {
                    throw new DragomanException("No article '" + onlyArticle + "' in the database");
                }
                // One article is small: a copy in memory names its graph for TriG, N-Quads and JSON-LD.
                dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create();
                dsg.addGraph(name, g);
                union = g;
            }
            PrefixMap prefixes = PrefixMapFactory.create(Prefixes.standard());
            switch (format) {
                case "ttl" -> RDFWriterRegistry.getWriterGraphFactory(RDFFormat.TURTLE_PRETTY).create(RDFFormat.TURTLE_PRETTY)
                        .write(out, union, prefixes, null, RIOT.getContext());
                case "trig" -> RDFWriterRegistry.getWriterDatasetFactory(RDFFormat.TRIG_PRETTY).create(RDFFormat.TRIG_PRETTY)
                        .write(out, dsg, prefixes, null, RIOT.getContext());
                case "nq" -> RDFDataMgr.write(out, dsg, RDFFormat.NQUADS);
                default -> writeJsonLd(out, dsg);
            }
        });
    }

    /** JSON-LD compacted with the project's context, so that keys read {@code participant}, not full IRIs. */
    private static void writeJsonLd(OutputStream out, DatasetGraph dsg) {
        var nquads = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(nquads, dsg, RDFFormat.NQUADS);
        try (InputStream context = DiplomacyStore.class.getResourceAsStream(CONTEXT)) {
            if (context == null) {
                throw new DragomanException("The JSON-LD context " + CONTEXT + " is missing from the build");
            }
            Document rdf = RdfDocument.of(new java.io.ByteArrayInputStream(nquads.toByteArray()));
            JsonArray expanded = JsonLd.fromRdf(rdf).get();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context)).get();
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
                writer.writeObject(compacted);
            }
        } catch (JsonLdError e) {
            throw new DragomanException("JSON-LD export failed: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new DragomanException("JSON-LD export failed reading " + CONTEXT + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // TDB2 datasets are cached per location and released at JVM exit; nothing to do.
    }
}
