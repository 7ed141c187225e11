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
        subcommands = WikidataCommand.Refresh.class)
final class WikidataCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
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
