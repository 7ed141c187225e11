package org.dragoman.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.dragoman.rdf.ExtractionFingerprint;
import org.dragoman.store.DiplomacyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dragoman status}: the stored articles, which of them an older build extracted, and the database size. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Lists the stored articles, how many an older build extracted (stale: 'ingest' extracts them again), "
                + "and the database size.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String current = ExtractionFingerprint.current();
        try (DiplomacyStore store = database.existing()) {
            List<DiplomacyStore.StoredArticle> articles = store.articles();
            long stale = 0;
            for (DiplomacyStore.StoredArticle a : articles) {
                boolean isStale = !Objects.equals(a.fingerprint(), current);
                stale += isStale ? 1 : 0;
                out.printf(Locale.ROOT, "%s  %-10s  %s  %s%n", isStale ? "stale" : "  ok ", a.date() == null ? "-" : a.date(),
                        a.fingerprint() == null ? "(no fingerprint)" : a.fingerprint(), a.source());
            }
            out.printf(Locale.ROOT, "%d articles, %d stale (extracted by another build; this is %s, fingerprint %s); database %.1f MB at %s (TDB2 pre-allocates its files)%n",
                    articles.size(), stale, ExtractionFingerprint.dragomanVersion(), current, store.bytesOnDisk() / 1e6, database.db);
        }
        out.flush();
        return 0;
    }
}
