package org.dragoman.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.system.Txn;
import org.dragoman.ingest.Ingester;
import org.dragoman.rdf.GraphValidator;
import org.dragoman.store.DiplomacyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every article of ../shared/corpus ingests and validates clean against the SHACL shapes. */
class CorpusValidationIT {
    @TempDir
    Path dir;

    @Test
    void sharedCorpusIngestsAndValidatesClean() {
        Path corpus = Path.of(System.getProperty("dragoman.shared", "../shared"), "corpus");
        assumeTrue(Files.isDirectory(corpus), "SKIPPED: " + corpus.toAbsolutePath() + " is not here; the shared corpus is needed");
        DiplomacyStore store = DiplomacyStore.open(dir.resolve("db"));
        StringWriter err = new StringWriter();
        Ingester.Report report = SharedPipeline.ingester(store, null).ingest(List.of(corpus), false, new PrintWriter(err));
        assertEquals(0, report.count("failed"), err.toString());
        assertTrue(report.count("added") >= 13, report.toString());
        List<String> violations = Txn.calculateRead(store.dataset(),
                () -> GraphValidator.bundled().violations(store.dataset().getUnionModel().getGraph()));
        assertEquals(List.of(), violations);
    }
}
