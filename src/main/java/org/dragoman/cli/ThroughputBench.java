package org.dragoman.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dragoman.ingest.Ingester;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleReader;
import org.dragoman.model.DragomanException;
import org.dragoman.nlp.RawCoreNlp;
import org.dragoman.store.DiplomacyStore;

/**
 * {@code bench --compare}: raw CoreNLP's pipeline against Dragoman's {@code ingest} on the same files, in one run, load
 * included in both, and the figures as a Markdown table.
 */
final class ThroughputBench {
    private ThroughputBench() {
    }

    static int compare(PrintWriter out, List<Path> inputs, int threads, AnnotatorOptions annotators, Path write) throws Exception {
        List<Path> files = Ingester.expand(inputs, new ArrayList<>());
        ArticleReader reader = new ArticleReader(null);
        List<String> bodies = new ArrayList<>();
        for (Path f : files) {
            Article a = reader.read(f);
            bodies.add(a.body());
        }
        out.printf(Locale.ROOT, "%d articles; raw CoreNLP first (%d threads), then Dragoman ingest (%s), same JVM%n",
                files.size(), threads, annotators.builder().describe());
        out.flush();
        long t0 = System.nanoTime();
        RawCoreNlp.Run raw = RawCoreNlp.run(bodies, threads);
        double rawWall = (System.nanoTime() - t0) / 1e9;
        long rawPeak = heapPeakAndReset();
        out.printf(Locale.ROOT, "raw CoreNLP: load %.1f s, annotate %.1f s, %d tokens, %.0f tokens/s (annotation), %.1f s wall%n",
                raw.loadSeconds(), raw.annotateSeconds(), raw.tokens(), raw.tokens() / raw.annotateSeconds(), rawWall);
        out.println(raw.timing().strip());
        out.flush();

        Path scratch = Files.createTempDirectory("dragoman-compare");
        long t1 = System.nanoTime();
        Ingester.Report report;
        try {
            report = Ingester.create().noAnnotations().annotators(annotators::apply)
                    .build(DiplomacyStore.open(scratch.resolve("tdb2"))).ingest(files, false, new PrintWriter(new StringWriter()));
        } finally {
            ServerBench.delete(scratch);
        }
        double dragomanWall = (System.nanoTime() - t1) / 1e9;
        long dragomanPeak = heapPeakAndReset();
        if (report.hasErrors()) {
            throw new DragomanException("bench --compare: " + report.count("failed") + " articles failed to ingest");
        }
        double ratio = rawWall / dragomanWall;
        out.printf(Locale.ROOT, "Dragoman ingest: %.1f s wall (load, annotate, extract, link, validate, store), %.0f tokens/s end to end%n",
                dragomanWall, raw.tokens() / dragomanWall);
        out.printf(Locale.ROOT, "ratio raw / Dragoman: %.2f× (target ≥ 3×); heap peaks (sum of pools): raw %.0f MB, Dragoman %.0f MB%n",
                ratio, rawPeak / 1e6, dragomanPeak / 1e6);
        out.flush();
        if (write != null) {
            String table = String.format(Locale.ROOT, """
                    | run | load + annotate (s) | tokens/s end to end | wall (s) | heap peak (MB) |
                    |---|---|---|---|---|
                    | raw CoreNLP (%d threads, statistical coref) | %.1f + %.1f | %.0f | %.1f | %.0f |
                    | Dragoman ingest (%s) | – | %.0f | %.1f | %.0f |
                    | ratio raw / Dragoman | | | **%.2f×** | |
                    """, threads, raw.loadSeconds(), raw.annotateSeconds(), raw.tokens() / rawWall, rawWall, rawPeak / 1e6, annotators.builder().describe(),
                    raw.tokens() / dragomanWall, dragomanWall, dragomanPeak / 1e6, ratio);
            write(write, files.size(), raw.tokens(), table, raw.timing());
            out.println("wrote " + write);
        }
        return 0;
    }

    static final String BEGIN = "<!-- bench --compare: begin -->";
    static final String END = "<!-- bench --compare: end -->";

    private static void write(Path file, int articles, long tokens, String table, String timing) throws IOException {
        String section = "Written by `./dragoman bench --compare`, " + articles + " articles, " + tokens
                + " tokens, both runs in one JVM on this machine; load included in both walls.\n\n" + table
                + "\nRaw CoreNLP's time per annotator:\n\n```\n" + timing.strip() + "\n```\n";
        String old = Files.exists(file) ? Files.readString(file) : null;
        Files.writeString(file, withSection(old, section));
    }

    /**
     * The document with {@code section} between the bench's markers: in place of the last one written, else appended
     * under a heading of its own; a new document when {@code document} is null. Nothing else of it changes.
     */
    static String withSection(String document, String section) {
        String marked = BEGIN + "\n" + section + END + "\n";
        if (document == null) {
            return "# Throughput\n\n" + marked;
        }
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin >= 0 && end > begin) {
            int after = end + END.length();
            if (after < document.length() && document.charAt(after) == '\n') {
                after++;
            }
            return document.substring(0, begin) + marked + document.substring(after);
        }
        return document + (document.endsWith("\n") ? "" : "\n") + "\n## Last `bench --compare`\n\n" + marked;
    }

    private static long heapPeakAndReset() {
        long peak = BenchCommand.heapPoolPeaks();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        return peak;
    }
}
