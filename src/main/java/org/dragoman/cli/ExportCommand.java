package org.dragoman.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dragoman.model.DragomanException;
import org.dragoman.store.DiplomacyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dragoman export}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the database (or one article's graph) as Turtle, TriG, N-Quads or JSON-LD.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Option(names = "--format", description = "ttl, trig, nq or jsonld (default: ${DEFAULT-VALUE}).", defaultValue = "trig")
    String format;

    @Option(names = {"-o", "--output"}, description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--article", description = "Export only this article's graph (its id, the file name without .txt).")
    String article;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!format.matches("ttl|trig|nq|jsonld")) {
            throw new DragomanException("Unknown export format '" + format + "': use ttl, trig, nq or jsonld");
        }
        DiplomacyStore store = database.existing();
        if (output == null) {
            // Through picocli's writer, so that callers and tests see the output; use --output for big stores.
            var bytes = new java.io.ByteArrayOutputStream();
            store.export(bytes, format, article);
            spec.commandLine().getOut().print(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                store.export(out, format, article);
            }
            spec.commandLine().getOut().println("Wrote " + output);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
