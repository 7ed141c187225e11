package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dragoman.ingest.Ingester;
import org.dragoman.server.AccessToken;
import org.dragoman.server.IngestClient;
import org.dragoman.store.DiplomacyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dragoman ingest PATH...}, into the database or, with {@code --server}, into a running server. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Reads article files or directories (*.txt) into the TDB2 database, one named graph per article; with "
                + "--server, posts them to a running server instead.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories.")
    List<Path> paths;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Option(names = "--server", paramLabel = "URL", description = "Post the articles to this running server (such as "
            + "http://localhost:3030) instead of opening the database.")
    String server;

    @Option(names = "--token-file", description = "The server's access token (default: 'server-token' beside --db).")
    Path tokenFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return server != null ? post() : run(spec, options, paths);
    }

    static int run(CommandSpec spec, PipelineOptions options, List<Path> paths) {
        return run(spec, options, paths, options.ingester(DiplomacyStore.open(options.database.db)));
    }

    static int run(CommandSpec spec, PipelineOptions options, List<Path> paths, Ingester ingester) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Ingester.Report report = ingester.ingest(paths, options.progress(), err);
        out.printf("Ingested into %s: %d added, %d replaced, %d unchanged, %d failed (%.1f s)%n", options.database.db,
                report.count("added"), report.count("replaced"), report.count("unchanged"), report.count("failed"),
                report.elapsed().toMillis() / 1000.0);
        out.flush();
        return report.hasErrors() ? 1 : 0;
    }

    private int post() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path token = tokenFile != null ? tokenFile : options.database.db.toAbsolutePath().resolveSibling("server-token");
        IngestClient client = IngestClient.create(server).token(AccessToken.load(token)).build();
        List<Ingester.Outcome> missing = new ArrayList<>();
        List<Path> files = Ingester.expand(paths, missing);
        missing.forEach(o -> err.println("error: " + o.message()));
        int ok = 0;
        int failed = missing.size();
        ProgressBar bar = options.progress() && files.size() > 1 ? new ProgressBarBuilder().setTaskName("Posting")
                .setInitialMax(files.size()).setUnit(" articles", 1).setStyle(ProgressBarStyle.ASCII).build() : null;
        try {
            for (Path f : files) {
                IngestClient.Answer answer = client.post(f);
                if (answer.ok()) {
                    ok++;
                } else {
                    failed++;
                    err.println("error: " + f + ": HTTP " + answer.status() + ": " + answer.message());
                }
                if (bar != null) {
                    bar.step();
                }
            }
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        out.printf("Posted to %s: %d ingested, %d failed%n", server, ok, failed);
        out.flush();
        return failed > 0 ? 1 : 0;
    }
}
