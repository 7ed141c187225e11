package org.dragoman.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dragoman.model.DragomanException;
import picocli.CommandLine.Option;

/** The options shared by the commands that read the evaluation data: where it is, the annotation cache, threads. */
final class EvalDataOptions {
    @Option(names = "--shared", description = "The shared folder holding eval/ and corpus/ (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:eval.shared:-../shared}")
    Path shared;

    @Option(names = "--cache", description = "Annotation cache directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "target/annotation-cache")
    Path cache;

    @Option(names = "--threads", description = "Articles annotated in parallel (default: ${DEFAULT-VALUE}).", defaultValue = "2")
    int threads;

    /** The gold files of a set: {@code eval/gold} for "gold", else {@code eval/<set>/gold}. */
    Path gold(String set) {
        return set.equals("gold") ? shared.resolve("eval/gold") : shared.resolve("eval").resolve(set).resolve("gold");
    }

    /** The article texts of a set: {@code corpus} for "gold", else {@code eval/<set>/corpus}. */
    Path corpus(String set) {
        return set.equals("gold") ? shared.resolve("corpus") : shared.resolve("eval").resolve(set).resolve("corpus");
    }

    /** The folder {@code eval/} of the shared data, or a message naming {@code what} is missing there. */
    Path eval(String what) {
        Path eval = shared.resolve("eval");
        if (!Files.isDirectory(eval.resolve(what))) {
            throw new DragomanException(eval.resolve(what) + ": evaluation data not found (give --shared)");
        }
        return eval;
    }
}
