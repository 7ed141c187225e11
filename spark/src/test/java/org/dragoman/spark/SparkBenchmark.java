package org.dragoman.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.io.IO;
import org.apache.spark.sql.SparkSession;
import org.dragoman.extract.Extractor;
import org.dragoman.ingest.Ingester;
import org.dragoman.link.EntityLinker;
import org.dragoman.link.KnowledgeBase;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleReader;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.NlpPipeline;
import org.dragoman.rdf.Iris;
import org.dragoman.store.DiplomacyStore;
import org.dragoman.store.ShardLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Single-process ingest against the Spark job in local[1] and local[2] on the same articles, in one run, then the load
 * throughput of the shards; prints articles/s, tokens/s, quads/s and bytes per article. Not part of the test run:
 *
 * <pre>mvn -B -f spark/pom.xml test -Dtest=SparkBenchmark -Ddragoman.bench.corpus=../shared/corpus</pre>
 *
 * <p>The models are loaded once before anything is timed, so every figure is steady-state throughput (the load time is
 * printed on its own): a cluster pays it once per executor, not per article.
 */
@EnabledIfSystemProperty(named = "dragoman.bench.corpus", matches = ".+")
class SparkBenchmark {
    @TempDir
    Path dir;

    @Test
    void throughput() throws IOException {
        Path corpus = Path.of(System.getProperty("dragoman.bench.corpus")).toAbsolutePath();
        int copies = Integer.getInteger("dragoman.bench.copies", 300);
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        PrintWriter out = new PrintWriter(System.out, true);
        out.printf(Locale.ROOT, "%d articles from %s; %d processors, load average %.1f at the start%n", files.size(), corpus,
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        // Warm-up: load the models once (CoreNLP shares its annotators between pipelines of the same settings).
        long t0 = System.nanoTime();
        Article warm = new ArticleReader(LocalDate.of(2024, 3, 11)).parse("warm-up", "warm-up",
                "The Ruritanian foreign minister met her Freedonian counterpart in Strelsau on Monday.");
        Pipelines.get(new Pipelines.Settings("rules", true, null)).map(warm);
        out.printf(Locale.ROOT, "model load (once per JVM, not in the figures below): %.1f s%n", (System.nanoTime() - t0) / 1e9);

        // 1. Single-process ingest into TDB2 on disk, as 'dragoman ingest' does (annotations not kept), counting tokens.
        var nlp = NlpPipeline.create().coref("rules").fineGrainedNer(true).lazy();
        AtomicLong tokens = new AtomicLong();
        KnowledgeBase kb = KnowledgeBase.bundled();
        Path db = dir.resolve("ingest-db");
        DiplomacyStore store = DiplomacyStore.open(db);
        Ingester ingester = new Ingester(a -> {
            AnnotatedArticle x = nlp.get().annotate(a);
            tokens.addAndGet(x.tokenCount());
            return x;
        }, new Extractor(kb), new EntityLinker(kb)::link, store, new ArticleReader(null), false);
        long t1 = System.nanoTime();
        Ingester.Report report = ingester.ingest(files, false, new PrintWriter(new StringWriter()));
        double ingestS = (System.nanoTime() - t1) / 1e9;
        long stored = report.count("added");
        line(out, "ingest (1 process)", stored, tokens.get(), ingestS);

        // 2. The Spark job, local[1] then local[2], on the same files.
        for (int threads : new int[] {1, 2}) {
            SparkSession spark = SparkSession.builder().master("local[" + threads + "]").appName("dragoman-bench")
                    .config("spark.ui.enabled", "false").getOrCreate();
            try {
                Path output = dir.resolve("out-" + threads);
                long t = System.nanoTime();
                ExtractJob.Summary s = ExtractJob.run(spark, new ExtractJob.Options(corpus.toString(), output.toString(),
                        "txt", 0, "rules", true, null, null));
                double secs = (System.nanoTime() - t) / 1e9;
                line(out, "spark local[" + threads + "]", s.articles(), tokens.get(), secs);
                if (s.articles() != stored) {
                    out.printf("  (the job wrote %d articles, ingest stored %d)%n", s.articles(), stored);
                }
            } finally {
                spark.stop();
            }
        }

        // 3. Storage per article: N-Quads (plain and gzip), TDB2 on disk after ingest.
        long quads = store.size();
        Path shardsDir = dir.resolve("out-2").resolve("quads");
        long gzBytes;
        List<Path> shards = ShardLoader.shards(List.of(shardsDir));
        gzBytes = 0;
        long plainBytes = 0;
        StringBuilder all = new StringBuilder();
        for (Path f : shards) {
            gzBytes += Files.size(f);
            String text = new String(IO.openFile(f.toString()).readAllBytes(), StandardCharsets.UTF_8);
            plainBytes += text.getBytes(StandardCharsets.UTF_8).length;
            all.append(text).append('\n');
        }
        out.printf(Locale.ROOT, "storage: %.0f quads/article; N-Quads %.1f KB/article (%.1f KB gzip); TDB2 after ingest %.1f MB "
                        + "for %d articles (pre-allocated files; see the load figure for a large database)%n",
                (double) quads / stored, plainBytes / 1e3 / stored, gzBytes / 1e3 / stored, store.bytesOnDisk() / 1e6, stored);

        // 4. Load throughput: the local[2] shards, copied under new article ids to a realistic size, into a new TDB2.
        Path big = dir.resolve("big");
        Files.createDirectories(big);
        String text = all.toString();
        int perShard = 25;
        for (int c = 0; c < copies; c += perShard) {
            try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(big.resolve(String.format("part-%05d.nq.gz", c / perShard))))) {
                for (int k = c; k < Math.min(copies, c + perShard); k++) {
                    // Each copy is other articles: their graphs, documents and events get new ids, actors stay shared.
                    o.write(text.replace(Iris.graph(""), Iris.graph("") + "c" + k + "-")
                            .replace(Iris.document(""), Iris.document("") + "c" + k + "-")
                            .replaceAll("_:(\\S+)", "_:c" + k + "x$1").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        DiplomacyStore fresh = DiplomacyStore.open(dir.resolve("load-db"));
        ShardLoader.Result r = ShardLoader.load(fresh, ShardLoader.shards(List.of(big)), ShardLoader.Kind.PARALLEL, n -> { },
                (f, a) -> { });
        out.printf(Locale.ROOT, "load, new database: %,d quads (%d articles) in %.1f s = %,.0f triples/s; TDB2 %.1f MB = %.1f KB/article%n",
                r.quads(), r.graphs(), r.elapsed().toNanos() / 1e9, r.quadsPerSecond(), fresh.bytesOnDisk() / 1e6,
                fresh.bytesOnDisk() / 1e3 / r.graphs());
        ShardLoader.Result again = ShardLoader.load(fresh, ShardLoader.shards(List.of(big)), ShardLoader.Kind.PARALLEL, n -> { },
                (f, a) -> { });
        out.printf(Locale.ROOT, "load again, every article replaced: %,d quads in %.1f s = %,.0f triples/s (delete included)%n",
                again.quads(), again.elapsed().toNanos() / 1e9, again.quadsPerSecond());
        out.printf(Locale.ROOT, "load average at the end %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void line(PrintWriter out, String mode, long articles, long tokens, double secs) {
        out.printf(Locale.ROOT, "%-20s %3d articles in %6.1f s: %.3f articles/s, %.0f tokens/s (%d tokens)%n", mode, articles,
                secs, articles / secs, tokens / secs, tokens);
    }

}
