package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dragoman.store.DiplomacyStore;
import org.dragoman.store.ShardLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dragoman load DIR...}: N-Quads shards into TDB2 with Jena's bulk loader, replacing articles already there. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-loads N-Quads shards (the Spark job's quads/ folder, or files of 'export --format nq') into --db "
                + "with Jena's parallel TDB2 loader; an article already in the database is replaced, not duplicated.",
                "Stop the server first (TDB2 has one writer process). For a new database of billions of quads, "
                        + "tdb2.xloader is faster: see spark/README.md."})
final class LoadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Shard files, or directories walked for *.nq and *.nq.gz.")
    List<Path> paths;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Option(names = "--loader", description = "TDB2 loader: parallel, phased or sequential (default: ${DEFAULT-VALUE}).",
            defaultValue = "parallel", converter = KindConverter.class)
    ShardLoader.Kind kind;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Option(names = {"-v", "--verbose"}, description = "Print the loader's own log of its phases.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    /** Accepts the loader's name in lower case, as the help shows it. */
    static final class KindConverter implements picocli.CommandLine.ITypeConverter<ShardLoader.Kind> {
        @Override
        public ShardLoader.Kind convert(String value) {
            try {
                return ShardLoader.Kind.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "': use parallel, phased or sequential");
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = ShardLoader.shards(paths);
        long start = System.nanoTime();
        ShardLoader.Scan scan = ShardLoader.scan(files);
        boolean created = !Files.isDirectory(database.db);
        try (DiplomacyStore store = DiplomacyStore.open(database.db)) {
            ProgressBar bar = noProgress ? null : new ProgressBarBuilder().setTaskName("Loading").setInitialMax(scan.quads())
                    .setUnit(" quads", 1).showSpeed(new java.text.DecimalFormat("#,##0")).setStyle(ProgressBarStyle.ASCII)
                    .continuousUpdate().build();
            ShardLoader.Result r;
            try {
                r = ShardLoader.load(store, scan, kind, n -> {
                    if (bar != null) {
                        bar.stepTo(n);
                    }
                }, (fmt, args) -> {
                    if (verbose) {
                        err.println(String.format(Locale.ROOT, fmt, args));
                        err.flush();
                    }
                }, start);
            } finally {
                if (bar != null) {
                    bar.close();
                }
            }
            out.printf(Locale.ROOT, "%d quads in %d article graphs from %d files loaded into %s%s in %.1f s: %,.0f triples/s; "
                            + "%d articles replaced, %d added%n", r.quads(), r.graphs(), r.files(), database.db,
                    created ? " (new)" : "", r.elapsed().toNanos() / 1e9, r.quadsPerSecond(), r.replaced(),
                    r.graphs() - r.replaced());
        }
        out.flush();
        return 0;
    }
}
