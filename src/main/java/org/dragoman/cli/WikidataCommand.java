package org.dragoman.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dragoman.link.TableRefresher;
import org.dragoman.link.WikidataClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dragoman wikidata refresh}. */
@Command(name = "wikidata", mixinStandardHelpOptions = true, description = "Maintains the offline Wikidata table.",
        subcommands = {WikidataCommand.Build.class, WikidataCommand.Refresh.class})
final class WikidataCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Builds the offline Wikidata index from downloaded public data sets (see README, 'Wikidata links').")
    static final class Build implements Callable<Integer> {
        @Option(names = "--sources", description = "Folder holding the checked-out data sets: countries-states-cities-database/, "
                + "and any tables/*.tsv in the format of wikidata-entities.tsv (default: ${DEFAULT-VALUE}).",
                defaultValue = "data/wikidata-sources")
        Path sources;

        @Option(names = "--output", description = "Index file to write (default: ${DEFAULT-VALUE}).",
                defaultValue = WikidataIndexOption.DEFAULT)
        Path output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws java.io.IOException {
            var out = spec.commandLine().getOut();
            long t0 = System.nanoTime();
            org.dragoman.link.IndexWriter w = new org.dragoman.link.IndexWriter();
            java.util.List<org.dragoman.link.IndexSources.Count> counts = new java.util.ArrayList<>();
            Path tables = sources.resolve("tables");
            if (java.nio.file.Files.isDirectory(tables)) {
                // Curated tables first: an item they hold keeps their entry, the data sets only add names.
                try (var s = java.nio.file.Files.list(tables)) {
                    for (Path t : s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                        counts.add(org.dragoman.link.IndexSources.table(t, w));
                    }
                }
            }
            Path csc = sources.resolve("countries-states-cities-database");
            if (java.nio.file.Files.isDirectory(csc)) {
                counts.add(org.dragoman.link.IndexSources.countriesStatesCities(csc, w));
            }
            if (counts.isEmpty()) {
                throw new org.dragoman.model.DragomanException(sources + ": no data sets found (expected countries-states-cities-database/"
                        + " or tables/*.tsv; see README, 'Wikidata links')");
            }
            w.write(output);
            for (var c : counts) {
                out.printf("%s: %d countries, %d regions, %d cities, %d other%n", c.source(), c.countries(), c.regions(), c.cities(), c.other());
            }
            out.printf("Wrote %s: %d items, %.1f MB in %.1f s%n", output, w.size(), java.nio.file.Files.size(output) / 1e6,
                    (System.nanoTime() - t0) / 1e9);
            out.flush();
            return 0;
        }
    }

    @Command(name = "refresh", mixinStandardHelpOptions = true,
            description = "Rebuilds the table of countries, capitals and leaders from the Wikidata Query Service.")
    static final class Refresh implements Callable<Integer> {
        @Option(names = "--output", description = "Directory for the two TSV files (default: ${DEFAULT-VALUE}).",
                defaultValue = "data/wikidata-refresh")
        Path output;

        @Option(names = "--sparql", description = "Query Service URL (default: ${DEFAULT-VALUE}).",
                defaultValue = "https://query.wikidata.org/sparql")
        String sparql;

        @Option(names = "--timeout", description = "Seconds per request (default: ${DEFAULT-VALUE}).", defaultValue = "120")
        int timeout;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            WikidataClient client = WikidataClient.create().sparqlUrl(sparql).timeout(java.time.Duration.ofSeconds(timeout)).build();
            TableRefresher.Result r = new TableRefresher(client).refresh(output);
            spec.commandLine().getOut().printf("Wrote %s: %d countries, %d capitals, %d persons, %d positions held%n",
                    output, r.countries(), r.cities(), r.persons(), r.positions());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
