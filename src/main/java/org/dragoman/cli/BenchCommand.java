package org.dragoman.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dragoman.extract.AttributionModel;
import org.dragoman.extract.Extractor;
import org.dragoman.link.EntityLinker;
import org.dragoman.link.KnowledgeBase;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleReader;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.NlpPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dragoman bench}: load time, annotate and extract times (medians) and peak heap, printed. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures pipeline load time, per-article annotate and extract times (median of runs) and peak heap.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Articles (default: the seed article).")
    List<Path> files;

    @Option(names = "--runs", description = "Runs per article (default: ${DEFAULT-VALUE}).", defaultValue = "5")
    int runs;

    @picocli.CommandLine.Mixin
    AnnotatorOptions annotators = new AnnotatorOptions();

    @Option(names = "--load", description = "Query load instead: --clients loops over the query library for --seconds against "
            + "--db (or, when it does not exist, a database of the seed), served on a free loopback port.")
    boolean load;

    @Option(names = "--live", description = "Live ingest instead: post the FILEs to a server on a fresh database while --clients "
            + "query loops run; latencies, errors, and whether each article is queryable after its 200.")
    boolean live;

    @Option(names = "--reextract", description = "Annotation store instead: ingest the FILEs (annotating them), then extract "
            + "them again from the stored annotations, loading no model; the two times and their ratio.")
    boolean reextract;

    @Option(names = "--compare", description = "Throughput instead: raw CoreNLP's pipeline (--threads) against Dragoman's ingest "
            + "of the FILEs, in one run, load included; --write a Markdown table.")
    boolean compare;

    @Option(names = "--scaling", description = "Thread scaling instead: ingest the FILEs once cold with --threads, then --rounds "
            + "warm rounds of one thread against --threads, in one JVM; the times and their ratio.")
    boolean scaling;

    @Option(names = "--rounds", description = "Warm rounds for --scaling (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    int rounds;

    @Option(names = "--threads", description = "Threads of raw CoreNLP for --compare, of ingest for --scaling (default: ${DEFAULT-VALUE}).",
            defaultValue = "2")
    int threads;

    @Option(names = "--write", description = "Markdown file for --compare's table (default: none).")
    Path write;

    @Option(names = "--clients", description = "Query clients for --load and --live (default: ${DEFAULT-VALUE}).", defaultValue = "8")
    int clients;

    @Option(names = "--seconds", description = "Duration of --load (default: ${DEFAULT-VALUE}).", defaultValue = "60")
    int seconds;

    @Option(names = "--db", description = "Database for --load (default: ${DEFAULT-VALUE}).", defaultValue = "data/tdb2")
    Path db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> inputs = files == null || files.isEmpty() ? List.of(Path.of("seeds", "000_cc92b69f11ad1a98.txt")) : files;
        if (load) {
            return ServerBench.load(out, db, inputs, clients, seconds);
        }
        if (live) {
            return ServerBench.live(out, inputs, clients, annotators);
        }
        if (compare) {
            return ThroughputBench.compare(out, inputs, threads, annotators, write);
        }
        if (scaling) {
            return ScalingBench.run(out, inputs, threads, rounds, annotators);
        }
        if (reextract) {
            return ServerBench.reextract(out, inputs, annotators);
        }
        long t0 = System.nanoTime();
        NlpPipeline.Builder nlp = annotators.builder();
        NlpPipeline pipeline = nlp.build();
        double load = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBase.bundled();
        Extractor extractor = new Extractor(kb);
        Extractor rulesAlone = new Extractor(kb, AttributionModel.rulesOnly());
        EntityLinker linker = new EntityLinker(kb);
        double linkerLoad = (System.nanoTime() - t1) / 1e9;
        out.printf(Locale.ROOT, "annotators: %s (%s)%n", pipeline.annotators(), nlp.describe());
        out.printf(Locale.ROOT, "pipeline load: %.1f s; knowledge table and extractors load: %.2f s (%d items)%n", load, linkerLoad, kb.size());
        long allTokens = 0;
        double allAnnotateMs = 0;
        for (Path f : inputs) {
            Article article = new ArticleReader(null).read(f);
            List<Double> annotate = new ArrayList<>();
            List<Double> extract = new ArrayList<>();
            List<Double> extractRules = new ArrayList<>();
            int tokens = 0;
            for (int i = 0; i < runs; i++) {
                long a = System.nanoTime();
                AnnotatedArticle annotated = pipeline.annotate(article);
                long b = System.nanoTime();
                linker.link(extractor.extract(annotated));
                long c = System.nanoTime();
                linker.link(rulesAlone.extract(annotated));
                long d = System.nanoTime();
                annotate.add((b - a) / 1e6);
                extract.add((c - b) / 1e6);
                extractRules.add((d - c) / 1e6);
                tokens = annotated.tokenCount();
            }
            double medA = median(annotate);
            double medX = median(extract);
            double medR = median(extractRules);
            allTokens += tokens;
            allAnnotateMs += medA;
            out.printf(Locale.ROOT, "%s: %d tokens; annotate median %.0f ms (first %.0f ms), %.0f tokens/s; extract+link median %.1f ms"
                            + " (rules alone, no attribution model: %.1f ms); per article with the model / without: %.3f%n",
                    f.getFileName(), tokens, medA, annotate.get(0), tokens / (medA / 1000), medX, medR, (medA + medX) / (medA + medR));
        }
        out.printf(Locale.ROOT, "all %d articles: %d tokens, annotate %.1f s (sum of medians), %.0f tokens/s%n", inputs.size(),
                allTokens, allAnnotateMs / 1000, allTokens / (allAnnotateMs / 1000));
        long poolPeaks = heapPoolPeaks();
        System.gc();
        long live = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        out.printf(Locale.ROOT, "heap: live after GC %.0f MB (models and tables); sum of pool peaks %.0f MB, an upper bound;"
                + " max heap %.0f MB%n", live / 1e6, poolPeaks / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        out.flush();
        return 0;
    }

    /** The sum of the heap pools' peaks: each pool peaks at its own moment, so the sum bounds the heap's peak from above. */
    static long heapPoolPeaks() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
