package org.dragoman.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.spark.sql.SparkSession;
import org.dragoman.ingest.Ingester;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleReader;
import org.dragoman.model.DragomanException;
import org.dragoman.rdf.Iris;
import org.dragoman.store.DiplomacyStore;
import org.dragoman.store.ShardLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] on three made-up articles and two bad inputs: each graph it writes is the graph ingest stores
 * for the same file, the bad inputs go to the error output, and the shards load into TDB2.
 */
class ExtractJobTest {
    static final List<String> ARTICLES = List.of("""
            date 2024-03-11
            Ruritanian foreign minister meets Freedonian counterpart

            The Ruritanian foreign minister, Anna Varga, met her Freedonian counterpart Boris Lenz in Strelsau on Monday. \
            "We agreed to reopen the border crossings before the summer," Varga told reporters after the talks.
            """, """
            date 2024-03-14
            Syldavian president visits Ruritania

            Syldavian President Karl Ottokar arrived in Strelsau on Thursday for a two-day state visit. \
            He will meet Ruritanian Prime Minister Rudolf Elphberg on Friday, the Syldavian foreign ministry said.
            """, """
            date 2024-03-20
            Freedonia criticises Ruritanian tariffs

            Freedonia's trade minister Lena Holm criticised the new Ruritanian tariffs on Wednesday, saying they \
            "punish farmers on both sides of the river". Ruritania's ambassador was summoned to the ministry.
            """);

    @TempDir
    static Path dir;
    static SparkSession spark;
    static ExtractJob.Summary summary;
    static Path in;
    static Path out;

    @BeforeAll
    static void run() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < ARTICLES.size(); i++) {
            Files.writeString(in.resolve("ruritania-" + (i + 1) + ".txt"), ARTICLES.get(i));
        }
        Files.writeString(in.resolve("bad-date.txt"), "date 2024-13-45\nThe Ruritanian envoy left.\n");
        Files.write(in.resolve("binary.txt"), new byte[] {'R', 0, 1, 2});
        Files.writeString(in.resolve("notes.md"), "not an article: the input is DIR/*.txt\n");
        out = dir.resolve("out");
        spark = SparkSession.builder().master("local[2]").appName("dragoman-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
        summary = ExtractJob.run(spark, new ExtractJob.Options(in.toString(), out.toString(), "auto", 2, "rules", true, null, null));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static List<Path> files(String sub, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(out.resolve(sub))) {
            return s.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void eachGraphIsTheOneIngestStores() throws IOException {
        assertEquals(3, summary.articles(), summary.line());
        assertEquals(2, summary.failed(), summary.line());
        DatasetGraph written = DatasetGraphFactory.create();
        List<Path> shards = files("quads", ".nq.gz");
        assertFalse(shards.isEmpty(), "no shards in " + out.resolve("quads"));
        for (Path shard : shards) {
            RDFParser.source(IO.openFile(shard.toString())).lang(Lang.NQUADS).parse(written);
        }
        Set<String> graphs = new TreeSet<>();
        written.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        assertEquals(Set.of(Iris.graph("ruritania-1"), Iris.graph("ruritania-2"), Iris.graph("ruritania-3")), graphs);

        // What ingest stores: TDB2 keeps literals by value ("0.800"^^xsd:decimal comes back as "0.8"), so the job's
        // graphs are compared after 'load' has put them into TDB2 the same way, and before, with what ingest maps.
        DiplomacyStore store = DiplomacyStore.inMemory();
        List<Path> good = List.of(in.resolve("ruritania-1.txt"), in.resolve("ruritania-2.txt"), in.resolve("ruritania-3.txt"));
        Ingester ingester = Ingester.create().noAnnotations().build(store);
        Ingester.Report report = ingester.ingest(good, false, new PrintWriter(new StringWriter()));
        assertEquals(3, report.count("added"), report.toString());
        DiplomacyStore loaded = DiplomacyStore.inMemory();
        ShardLoader.Result first = ShardLoader.load(loaded, shards, ShardLoader.Kind.PARALLEL, n -> { }, (f, a) -> { });
        assertEquals(3, first.graphs());
        for (Path file : good) {
            String id = ArticleReader.idOf(file);
            Graph stored = store.graph(id).getGraph();
            assertTrue(stored.size() > 10, id + " has only " + stored.size() + " triples");
            Graph viaLoad = loaded.graph(id).getGraph();
            assertTrue(viaLoad.isIsomorphicWith(stored), () -> id + ": the job's graph, loaded (" + viaLoad.size()
                    + " triples), is not the one ingest stores (" + stored.size() + "); only in the job's: "
                    + difference(viaLoad, stored) + "; only in ingest's: " + difference(stored, viaLoad));
            Graph job = written.getGraph(NodeFactory.createURI(Iris.graph(id)));
            Graph mapped = ingester.map(new ArticleReader(null).read(file)).model().getGraph();
            assertTrue(job.isIsomorphicWith(mapped), () -> id + ": the job's N-Quads differ from what ingest maps; only in "
                    + "the job's: " + difference(job, mapped) + "; only in ingest's: " + difference(mapped, job));
        }

        // Loading the shards where ingest stored the same articles replaces them rather than adding to them.
        long before = store.size();
        ShardLoader.Result r = ShardLoader.load(store, shards, ShardLoader.Kind.PARALLEL, n -> { }, (f, a) -> { });
        assertEquals(3, r.replaced());
        assertEquals(before, store.size());
    }

    /** The triples of {@code a} without blank nodes that {@code b} lacks, to say why two graphs differ. */
    private static List<String> difference(Graph a, Graph b) {
        return a.find().filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank()).filterDrop(b::contains)
                .mapWith(Object::toString).toList();
    }

    @Test
    void manifestListsTheArticlesAndErrorsTheBadInputs() throws IOException {
        List<String> manifest = new ArrayList<>();
        for (Path f : files("manifest", ".csv")) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            assertEquals("id,graph,source,quads,events", lines.get(0));
            manifest.addAll(lines.subList(1, lines.size()));
        }
        assertEquals(List.of("ruritania-1", "ruritania-2", "ruritania-3"),
                manifest.stream().map(l -> l.substring(0, l.indexOf(','))).sorted().toList());

        String errors = files("errors", ".json").stream().map(f -> {
            try {
                return Files.readString(f);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).collect(Collectors.joining());
        assertEquals(2, errors.lines().count(), errors);
        assertTrue(errors.contains("bad-date.txt: line 1: malformed date '2024-13-45'")
                || errors.contains("bad-date.txt: line 1: invalid date '2024-13-45'"), errors);
        assertTrue(errors.contains("binary.txt: binary file (NUL byte at offset 1)"), errors);
    }

    @Test
    void jsonLinesAreReadAsTheServerReadsAPostedArticle() {
        RawArticle line = new RawArticle("file:/data/news.jsonl (JSON line: {...})", """
                {"text": "The Ruritanian envoy arrived in Marsovia.", "date": "2024-04-02", "title": "Envoy arrives", \
                "source": "https://news.example/ruritania/1"}""".getBytes(StandardCharsets.UTF_8), true);
        Article a = ArticleMapping.read(line, null);
        assertEquals("2024-04-02", a.date().toString());
        assertEquals("https://news.example/ruritania/1", a.source());
        assertTrue(a.id().startsWith("post-"), a.id());
        assertEquals("Envoy arrives", a.title());

        RawArticle bad = new RawArticle("file:/data/news.jsonl (JSON line: {\"text\": 3})",
                "{\"text\": 3}".getBytes(StandardCharsets.UTF_8), true);
        DragomanException e = assertThrows(DragomanException.class, () -> ArticleMapping.read(bad, null));
        assertTrue(e.getMessage().startsWith("file:/data/news.jsonl (JSON line: {\"text\": 3}): \"text\" must be a string"),
                e.getMessage());
    }

    @Test
    void optionsAreChecked() {
        DragomanException e = assertThrows(DragomanException.class,
                () -> new ExtractJob.Options("in", "out", "xml", 0, "statistical", true, null, null));
        assertTrue(e.getMessage().contains("'xml'"), e.getMessage());
        assertEquals("jsonl", new ExtractJob.Options("s3a://bucket/day/*.jsonl", "out", "auto", 0, "none", true, null, null)
                .resolvedFormat());
        assertEquals("/data/a b.txt", ArticleMapping.sourceOf("file:/data/a b.txt"));
        assertEquals("hdfs://nn/news/a.txt", ArticleMapping.sourceOf("hdfs://nn/news/a.txt"));
    }
}
