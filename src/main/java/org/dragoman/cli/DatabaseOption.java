package org.dragoman.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dragoman.model.DragomanException;
import org.dragoman.store.DiplomacyStore;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that reads or writes the database. */
final class DatabaseOption {
    @Option(names = "--db", description = "TDB2 database directory (default: ${DEFAULT-VALUE}).", defaultValue = "data/tdb2")
    Path db;

    /** The database, which must already exist: reading commands never create an empty one by mistake. */
    DiplomacyStore existing() {
        if (!Files.isDirectory(db)) {
            throw new DragomanException(db + ": no database here; run 'dragoman ingest' first");
        }
        return DiplomacyStore.open(db);
    }
}
