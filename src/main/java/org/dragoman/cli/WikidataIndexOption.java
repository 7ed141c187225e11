package org.dragoman.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.dragoman.link.WikidataIndex;
import picocli.CommandLine.Option;

/** {@code --wikidata-index}: the offline index built by {@code wikidata build}, used when the file exists. */
final class WikidataIndexOption {
    static final String DEFAULT = "data/wikidata/index.dwi";

    @Option(names = "--wikidata-index", description = "Offline Wikidata index; linking uses the bundled table alone when the "
            + "file is absent, or with 'none' (default: ${DEFAULT-VALUE}).", defaultValue = DEFAULT)
    String path;

    Optional<WikidataIndex> open() {
        return path.equals("none") ? Optional.empty() : WikidataIndex.openIfPresent(Path.of(path));
    }
}
