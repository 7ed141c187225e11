package org.dragoman.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dragoman.ingest.Ingester;
import org.dragoman.model.DragomanException;
import org.dragoman.store.DiplomacyStore;

/**
 * {@code bench --scaling}: how ingest scales from one annotation thread to several, cold and warm, in one JVM. The cold
 * pass loads the models and runs while the JIT compiler still competes for the cores; the warm passes then alternate
 * one thread and {@code threads} threads over the same files, as a long batch or a running server sees them.
 */
final class ScalingBench {
    private ScalingBench() {
    }

    static int run(PrintWriter out, List<Path> inputs, int threads, int rounds, AnnotatorOptions annotators) throws Exception {
        List<Path> files = Ingester.expand(inputs, new ArrayList<>());
        Path scratch = Files.createTempDirectory("dragoman-scaling");
        try {
            Ingester many = Ingester.create().noAnnotations().force(true).threads(threads).annotators(annotators::apply)
                    .build(DiplomacyStore.open(scratch.resolve("tdb2")));
            Ingester one = many.withThreads(1);
            out.printf(Locale.ROOT, "%d articles, %s; cold pass with %d threads (model load included), then %d warm rounds of "
                    + "1 thread and %d threads%n", files.size(), annotators.builder().describe(), threads, rounds, threads);
            out.flush();
            double cold = timed(many, files);
            out.printf(Locale.ROOT, "cold, %d threads: %.1f s (JIT compiler CPU so far %.1f s)%n", threads, cold, jitSeconds());
            out.flush();
            List<Double> ones = new ArrayList<>();
            List<Double> manys = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                ones.add(timed(one, files));
                manys.add(timed(many, files));
                out.printf(Locale.ROOT, "warm round %d: 1 thread %.1f s, %d threads %.1f s (%.2f×); JIT compiler CPU so far %.1f s%n",
                        r + 1, ones.get(r), threads, manys.get(r), ones.get(r) / manys.get(r), jitSeconds());
                out.flush();
            }
            double medianOne = median(ones);
            double medianMany = median(manys);
            out.printf(Locale.ROOT, "warm medians: 1 thread %.1f s, %d threads %.1f s: %.2f× (target 1.7×)%n",
                    medianOne, threads, medianMany, medianOne / medianMany);
            return 0;
        } finally {
            ServerBench.delete(scratch);
        }
    }

    private static double timed(Ingester ingester, List<Path> files) {
        long t0 = System.nanoTime();
        Ingester.Report report = ingester.ingest(files, false, new PrintWriter(new StringWriter()));
        if (report.hasErrors()) {
            throw new DragomanException("bench --scaling: " + report.count("failed") + " articles failed to ingest");
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double jitSeconds() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1000.0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
