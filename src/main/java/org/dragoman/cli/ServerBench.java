package org.dragoman.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.rdfconnection.RDFConnection;
import org.dragoman.extract.Extractor;
import org.dragoman.ingest.Ingester;
import org.dragoman.link.EntityLinker;
import org.dragoman.link.KnowledgeBase;
import org.dragoman.model.ArticleReader;
import org.dragoman.model.DragomanException;
import org.dragoman.nlp.AnnotationCache;
import org.dragoman.nlp.NlpPipeline;
import org.dragoman.server.AccessToken;
import org.dragoman.server.DiplomacyServer;
import org.dragoman.server.IngestClient;
import org.dragoman.store.DiplomacyStore;

/** The server and store benchmarks of {@code dragoman bench}: query load, live ingest, re-extraction. */
final class ServerBench {
    private static final Path CONFIG = Path.of("fuseki-config.ttl");
    private static final Path LIBRARY = Path.of("queries");

    private ServerBench() {
    }

    /** {@code bench --load}: clients × seconds of the query library against a read-only server. */
    static int load(PrintWriter out, Path db, List<Path> seedFiles, int clients, int seconds) throws Exception {
        Path scratch = null;
        Path served = db;
        if (!Files.isDirectory(db)) {
            scratch = Files.createTempDirectory("dragoman-load");
            served = scratch.resolve("tdb2");
            out.println("no database at " + db + ": ingesting " + seedFiles.size() + " file(s) into " + served);
            out.flush();
            Ingester.create().noAnnotations().build(DiplomacyStore.open(served)).ingest(seedFiles, false, new PrintWriter(new StringWriter()));
        }
        try (DiplomacyServer server = DiplomacyServer.create().config(CONFIG).database(served).port(0).ui(false).build().start()) {
            out.printf(Locale.ROOT, "query load: %d clients for %d s against %s (%d local queries of %s)%n", clients, seconds,
                    server.sparqlUrl(), QueryLoad.localQueries(LIBRARY).size(), LIBRARY);
            out.flush();
            QueryLoad load = QueryLoad.start(server.sparqlUrl(), LIBRARY, clients);
            Thread.sleep(seconds * 1000L);
            QueryLoad.Figures figures = load.stop();
            out.println(figures.summary());
            out.flush();
            return figures.errors().isEmpty() ? 0 : 1;
        } finally {
            delete(scratch);
        }
    }

    /** {@code bench --live}: the files posted one by one to a fresh server while query clients loop. */
    static int live(PrintWriter out, List<Path> inputs, int clients, AnnotatorOptions annotators) throws Exception {
        Path scratch = Files.createTempDirectory("dragoman-live");
        try {
            Path db = scratch.resolve("tdb2");
            AccessToken token = AccessToken.loadOrCreate(scratch.resolve("server-token"));
            List<Path> files = Ingester.expand(inputs, new ArrayList<>());
            long t0 = System.nanoTime();
            NlpPipeline pipeline = annotators.builder().build();
            out.printf(Locale.ROOT, "pipeline load (before serving, as a warm server has it): %.1f s%n", (System.nanoTime() - t0) / 1e9);
            KnowledgeBase kb = KnowledgeBase.bundled();
            Ingester ingester = new Ingester(() -> pipeline, new Extractor(kb), new EntityLinker(kb)::link, DiplomacyStore.open(db),
                    new ArticleReader(null));
            try (DiplomacyServer server = DiplomacyServer.create().config(CONFIG).database(db).port(0).ui(false)
                    .ingester(ingester).accessToken(token).build().start()) {
                IngestClient client = IngestClient.create("http://localhost:" + server.port()).token(token).build();
                QueryLoad load = QueryLoad.start(server.sparqlUrl(), LIBRARY, clients);
                List<Double> ingestMs = new ArrayList<>();
                int ok = 0;
                int queryable = 0;
                for (Path f : files) {
                    long t = System.nanoTime();
                    IngestClient.Answer answer = client.post(f);
                    ingestMs.add((System.nanoTime() - t) / 1e6);
                    if (answer.ok()) {
                        ok++;
                        String graph = answer.body().get("graph").getAsString().value();
                        try (RDFConnection conn = RDFConnection.connect(server.datasetUrl())) {
                            queryable += conn.queryAsk("ASK { GRAPH <" + graph + "> { ?s ?p ?o } }") ? 1 : 0;
                        }
                    } else {
                        out.println("  " + f + ": HTTP " + answer.status() + ": " + answer.message());
                    }
                }
                QueryLoad.Figures figures = load.stop();
                Collections.sort(ingestMs);
                out.printf(Locale.ROOT, "live ingest: %d/%d articles answered 200, %d/%d queryable right after their 200; "
                                + "post median %.0f ms, max %.0f ms%n", ok, files.size(), queryable, ok,
                        ingestMs.isEmpty() ? Double.NaN : ingestMs.get(ingestMs.size() / 2),
                        ingestMs.isEmpty() ? Double.NaN : ingestMs.get(ingestMs.size() - 1));
                out.println("queries meanwhile: " + figures.summary());
                out.flush();
                return ok == files.size() && queryable == ok && figures.errors().isEmpty() ? 0 : 1;
            }
        } finally {
            delete(scratch);
        }
    }

    /** {@code bench --reextract}: ingest (annotating) against re-extraction from the annotation store, same run. */
    static int reextract(PrintWriter out, List<Path> inputs, AnnotatorOptions annotators) throws Exception {
        Path scratch = Files.createTempDirectory("dragoman-reextract");
        try {
            Path annotations = scratch.resolve("annotations");
            DiplomacyStore store = DiplomacyStore.open(scratch.resolve("tdb2"));
            NlpPipeline.Builder nlp = annotators.builder();
            long t0 = System.nanoTime();
            NlpPipeline pipeline = nlp.build();
            double load = (System.nanoTime() - t0) / 1e9;
            KnowledgeBase kb = KnowledgeBase.bundled();
            Extractor extractor = new Extractor(kb);
            EntityLinker linker = new EntityLinker(kb);
            ArticleReader reader = new ArticleReader(null);
            Ingester annotating = new Ingester(new AnnotationCache(annotations, () -> pipeline, nlp.settings())::annotate, extractor,
                    linker::link, store, reader, true);
            StringWriter errors = new StringWriter();
            // Warm-up, so that both timed passes run in a JVM that has loaded the extraction classes.
            annotating.ingest(inputs.subList(0, 1), false, new PrintWriter(errors));
            long t1 = System.nanoTime();
            Ingester.Report first = annotating.ingest(inputs, false, new PrintWriter(errors));
            double annotate = (System.nanoTime() - t1) / 1e9;
            Ingester fromStore = new Ingester(new AnnotationCache(annotations, () -> {
                throw new DragomanException("re-extraction needed CoreNLP: an annotation was missing from the store");
            }, nlp.settings())::annotate, extractor, linker::link, store, reader, true);
            List<Double> passes = new ArrayList<>();
            Ingester.Report again = null;
            for (int i = 0; i < 3; i++) {
                long t2 = System.nanoTime();
                again = fromStore.ingest(inputs, false, new PrintWriter(errors));
                passes.add((System.nanoTime() - t2) / 1e9);
            }
            Collections.sort(passes);
            double reread = passes.get(1);
            long articles = first.outcomes().size();
            out.printf(Locale.ROOT, "%d articles; pipeline load %.1f s (not counted)%n", articles, load);
            out.printf(Locale.ROOT, "ingest, annotating:                 %.2f s (%.0f ms/article), %d failed%n", annotate,
                    annotate * 1000 / articles, first.count("failed"));
            out.printf(Locale.ROOT, "re-extract from stored annotations: %.2f s (%.0f ms/article; median of 3 passes), %d failed,"
                    + " no model loaded%n", reread, reread * 1000 / articles, again.count("failed"));
            out.printf(Locale.ROOT, "ratio: %.0f× (target ≥ 50×)%n", annotate / reread);
            if (!errors.toString().isBlank()) {
                out.print(errors);
            }
            out.flush();
            return first.hasErrors() || again.hasErrors() ? 1 : 0;
        } finally {
            delete(scratch);
        }
    }

    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
