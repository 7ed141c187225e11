package org.dragoman.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dragoman.model.DragomanException;
import org.dragoman.rdf.Iris;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * The Dragoman extraction as a Spark job: article files or JSON Lines in; N-Quads shards (one named graph per article,
 * what {@code ingest} stores), a manifest of the articles and an error output out.
 *
 * <pre>
 *   OUTPUT/quads/part-NNNNN.nq.gz     the article graphs, for 'dragoman load', tdb2.xloader, QLever or Virtuoso
 *   OUTPUT/manifest/part-*.csv        id, graph, source, quads, events: one row per article written
 *   OUTPUT/errors/part-*.json         origin, id, source, error: one object per input without a graph
 * </pre>
 */
@Command(name = "dragoman-spark", mixinStandardHelpOptions = true,
        description = "Extracts meetings, visits and statements from articles on Spark; writes N-Quads shards, a manifest and errors.")
public final class ExtractJob implements Callable<Integer> {
    /** The job's settings, checked before any Spark work starts. */
    public record Options(String input, String output, String format, int partitions, String coref, boolean fineGrainedNer,
                          LocalDate fallbackDate, String wikidataIndex) implements Serializable {
        public Options {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(output, "output");
            if (!Set.of("auto", "txt", "jsonl").contains(format)) {
                throw new DragomanException("--format must be auto, txt or jsonl, not '" + format + "'");
            }
            if (partitions < 0) {
                throw new DragomanException("--partitions must be 0 (the cluster's parallelism × 4) or more, not " + partitions);
            }
            if (!Set.of("rules", "statistical", "fastneural", "neural", "none").contains(coref)) {
                throw new DragomanException("--coref must be rules, statistical, fastneural, neural or none, not '" + coref + "'");
            }
        }

        /** txt or jsonl: {@code auto} decides by the input's name ({@code .jsonl}, {@code .json}, {@code .ndjson}). */
        String resolvedFormat() {
            if (!format.equals("auto")) {
                return format;
            }
            String name = input.toLowerCase(Locale.ROOT);
            return name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson") ? "jsonl" : "txt";
        }
    }

    /** What a run wrote. */
    public record Summary(long articles, long failed, long quads, double seconds) implements Serializable {
        public String line() {
            return String.format(Locale.ROOT, "%d articles written (%d quads), %d inputs failed, in %.1f s: %.2f articles/s",
                    articles, quads, failed, seconds, seconds > 0 ? articles / seconds : 0);
        }
    }

    @Parameters(index = "0", paramLabel = "INPUT", description = "A directory (its *.txt, or *.jsonl with --format jsonl), "
            + "a file or a glob, on any Hadoop file system (file:, hdfs:, s3a:).")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "A new directory for quads/, manifest/ and errors/.")
    String output;

    @Option(names = "--format", description = "auto, txt or jsonl (default: ${DEFAULT-VALUE}: jsonl for *.jsonl inputs).",
            defaultValue = "auto")
    String format;

    @Option(names = "--partitions", description = "Partitions, hence output shards (default: 0, the parallelism × 4).",
            defaultValue = "0")
    int partitions;

    @Option(names = "--coref", description = "Coreference: rules (Dragoman's, as ingest's default), statistical, fastneural, "
            + "neural or none (default: ${DEFAULT-VALUE}).", defaultValue = "rules")
    String coref;

    @Option(names = "--fine-ner", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Fine-grained NER; default on.")
    boolean fineNer;

    @Option(names = "--wikidata-index", paramLabel = "FILE", description = "The offline Wikidata index ('dragoman wikidata "
            + "build'), as 'ingest --wikidata-index' uses it: a path every executor reads, or a file name given to "
            + "spark-submit --files. Default: the bundled table alone.")
    String wikidataIndex;

    @Option(names = "--date", description = "Publication date of articles that give none (YYYY-MM-DD).")
    LocalDate date;

    public static void main(String[] args) {
        int exit = new CommandLine(new ExtractJob()).setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return ex instanceof DragomanException ? 1 : 3;
        }).execute(args);
        System.exit(exit);
    }

    @Override
    public Integer call() {
        Options options = new Options(input, output, format, partitions, coref, fineNer, date, wikidataIndex);
        SparkSession spark = SparkSession.builder().appName("dragoman-extract").getOrCreate();
        try {
            Summary s = run(spark, options);
            PrintWriter out = new PrintWriter(System.out, true);
            out.println(s.line());
            if (s.failed() > 0) {
                out.println("the inputs without a graph and why: " + new Path(options.output(), "errors"));
            }
            // Exit 0 all the same: bad articles are expected in a news feed, and a cluster marks a non-zero exit failed.
            return 0;
        } finally {
            spark.stop();
        }
    }

    /** Runs the job on an existing session; the output directory must not exist yet. */
    public static Summary run(SparkSession spark, Options options) {
        long start = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int n = options.partitions() > 0 ? options.partitions() : jsc.defaultParallelism() * 4;
        Pipelines.Settings settings = new Pipelines.Settings(options.coref(), options.fineGrainedNer(),
                options.wikidataIndex());
        LocalDate fallback = options.fallbackDate();

        JavaRDD<ArticleResult> results = inputs(spark, jsc, options)
                // Small files arrive in few partitions; spreading them lets every executor core annotate.
                .repartition(n)
                .mapPartitions((Iterator<RawArticle> it) -> {
                    var ingester = Pipelines.get(settings);
                    return new Iterator<ArticleResult>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public ArticleResult next() {
                            return ArticleMapping.apply(it.next(), ingester, fallback);
                        }
                    };
                })
                // Written three times (quads, manifest, errors): annotate once. Serialised: results are mostly text.
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            // An id given by two inputs would make two graphs of one name: both become errors, neither is written.
            Map<String, Long> duplicates = results.filter(ArticleResult::ok)
                    .mapToPair(r -> new Tuple2<>(r.id(), 1L)).reduceByKey(Long::sum).filter(t -> t._2() > 1)
                    .collectAsMap();
            JavaRDD<ArticleResult> all = duplicates.isEmpty() ? results : results.map(r -> r.ok() && duplicates.containsKey(r.id())
                    ? ArticleResult.failure(r.origin(), r.id(), r.source(), r.origin() + ": article id '" + r.id()
                    + "' is given by " + duplicates.get(r.id()) + " inputs of this run; none of them is written")
                    : r);
            JavaRDD<ArticleResult> written = all.filter(ArticleResult::ok);

            Path quads = new Path(options.output(), "quads");
            written.map(ArticleResult::nquads).saveAsTextFile(quads.toString(), GzipCodec.class);
            nameShards(spark, quads);

            StructType manifestSchema = new StructType().add("id", DataTypes.StringType).add("graph", DataTypes.StringType)
                    .add("source", DataTypes.StringType).add("quads", DataTypes.LongType).add("events", DataTypes.IntegerType);
            spark.createDataFrame(written.map(r -> RowFactory.create(r.id(), Iris.graph(r.id()), r.source(), r.quads(), r.events())),
                            manifestSchema)
                    .write().option("header", "true").csv(new Path(options.output(), "manifest").toString());

            StructType errorSchema = new StructType().add("origin", DataTypes.StringType).add("id", DataTypes.StringType)
                    .add("source", DataTypes.StringType).add("error", DataTypes.StringType);
            JavaRDD<Row> errorRows = all.filter(r -> !r.ok()).map(r -> RowFactory.create(r.origin(), r.id(), r.source(), r.error()));
            spark.createDataFrame(errorRows, errorSchema).coalesce(1).write().json(new Path(options.output(), "errors").toString());

            long ok = written.count();
            long failed = all.filter(r -> !r.ok()).count();
            long quadCount = written.map(ArticleResult::quads).fold(0L, Long::sum);
            return new Summary(ok, failed, quadCount, (System.nanoTime() - start) / 1e9);
        } finally {
            results.unpersist(false);
        }
    }

    /** The inputs as raw articles: whole files for txt, one record per non-blank line for jsonl. */
    static JavaRDD<RawArticle> inputs(SparkSession spark, JavaSparkContext jsc, Options options) {
        String fmt = options.resolvedFormat();
        String pattern = options.input();
        try {
            Path p = new Path(pattern);
            FileSystem fs = p.getFileSystem(jsc.hadoopConfiguration());
            if (fs.exists(p) && fs.getFileStatus(p).isDirectory()) {
                pattern = new Path(p, fmt.equals("jsonl") ? "*.jsonl" : "*.txt").toString();
            }
            FileStatus[] matched = fs.globStatus(new Path(pattern));
            if (matched == null || matched.length == 0) {
                throw new DragomanException(options.input() + ": no input files (looked for " + pattern + ")");
            }
        } catch (IOException e) {
            throw new DragomanException(options.input() + ": cannot list the input (" + e.getMessage() + ")", e);
        }
        if (fmt.equals("txt")) {
            return jsc.binaryFiles(pattern).map(t -> new RawArticle(t._1(), t._2().toArray(), false));
        }
        // The line's file and byte offset name it in errors; blank lines (a trailing newline) are no input.
        JavaRDD<Row> lines = spark.read().text(pattern)
                .select(functions.col("value"), functions.input_file_name().as("file")).javaRDD();
        return lines.filter(r -> !r.getString(0).isBlank())
                .map(r -> new RawArticle(r.getString(1) + " (JSON line: " + abbreviate(r.getString(0)) + ")",
                        r.getString(0).getBytes(java.nio.charset.StandardCharsets.UTF_8), true));
    }

    private static String abbreviate(String line) {
        String s = line.strip();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** Spark names its text parts {@code part-NNNNN.gz}; the shards are N-Quads, and their names should say so. */
    private static void nameShards(SparkSession spark, Path dir) {
        try {
            FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            List<FileStatus> parts = new ArrayList<>(List.of(fs.listStatus(dir, f -> f.getName().startsWith("part-"))));
            for (FileStatus f : parts) {
                String name = f.getPath().getName();
                String renamed = name.endsWith(".gz") ? name.substring(0, name.length() - 3) + ".nq.gz" : name + ".nq";
                if (!fs.rename(f.getPath(), new Path(dir, renamed))) {
                    throw new DragomanException(f.getPath() + ": cannot rename to " + renamed);
                }
            }
        } catch (IOException e) {
            throw new DragomanException(dir + ": cannot name the shards (" + e.getMessage() + ")", e);
        }
    }
}
