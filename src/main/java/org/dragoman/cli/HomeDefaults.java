package org.dragoman.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * Default paths (the database, queries, seeds, the Fuseki configuration, caches) resolve against the project folder,
 * so that the launcher works from any folder and leaves no stray {@code data/tdb2} behind; a path the user types
 * resolves against the folder they are in, as usual. Without a project folder (tests, {@code java -jar} by hand),
 * defaults stay relative to the working directory.
 */
final class HomeDefaults implements CommandLine.IDefaultValueProvider {
    /** The system property the launcher sets to the folder that holds it. */
    static final String PROPERTY = "dragoman.home";

    private final Path home;

    HomeDefaults(Path home) {
        this.home = home;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        String declared = arg.defaultValue();
        // A default with a ${variable} in it is left to picocli: it may name an absolute path.
        if (declared == null || arg.type() != Path.class || declared.isEmpty() || declared.contains("${")) {
            return null;
        }
        try {
            return Path.of(declared).isAbsolute() ? null : home.resolve(declared).normalize().toString();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
