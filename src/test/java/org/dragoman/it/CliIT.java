package org.dragoman.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.dragoman.cli.Main;
import org.dragoman.store.DiplomacyStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line through picocli's execute: exit codes and output. */
class CliIT {
    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void ingestSeed() {
        db = dir.resolve("db");
        SharedPipeline.ingester(DiplomacyStore.open(db), null)
                .ingest(List.of(SharedPipeline.seed()), false, new PrintWriter(new StringWriter()));
    }

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void everySubcommandHasHelp() {
        for (String cmd : List.of("ingest", "serve", "up", "query", "export", "status", "train")) {
            Result r = run(cmd, "--help");
            assertEquals(0, r.exit(), cmd);
            assertTrue(r.out().contains("Usage: dragoman " + cmd), r.out());
        }
        assertEquals(0, run("--help").exit());
        assertEquals(2, run("no-such-command").exit());
    }

    @Test
    void ingestOfUnchangedArticleLoadsNoModelsAndSucceeds() {
        Result r = run("ingest", "--db", db.toString(), "--no-progress", SharedPipeline.seed().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("0 added, 0 replaced, 1 unchanged, 0 failed"), r.out());
    }

    @Test
    void ingestOfBadInputExitsNonZeroWithClearMessage() throws Exception {
        Path empty = Files.writeString(dir.resolve("blank.txt"), "");
        Result r = run("ingest", "--db", db.toString(), "--no-progress", empty.toString(), dir.resolve("nope.txt").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("blank.txt: file is empty"), r.err());
        assertTrue(r.err().contains("nope.txt: no such file or directory"), r.err());
        assertTrue(r.out().contains("2 failed"), r.out());
    }

    @Test
    void queryPrintsTableCsvAndJson() {
        String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX dip: <https://w3id.org/dragoman/ontology#> "
                + "SELECT ?name WHERE { ?p a dip:Person ; rdfs:label ?name } ORDER BY ?name";
        Result table = run("query", "--db", db.toString(), q);
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().contains("| \"Vladimir Putin\""), table.out());
        Result csv = run("query", "--db", db.toString(), "--format", "csv", q);
        assertTrue(csv.out().startsWith("name"), csv.out());
        assertTrue(csv.out().contains("Angela Merkel"), csv.out());
        Result json = run("query", "--db", db.toString(), "--format", "json", q);
        assertTrue(json.out().contains("\"bindings\""), json.out());
        Result bad = run("query", "--db", db.toString(), "SELECT WHERE {");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("SPARQL syntax error"), bad.err());
    }

    @Test
    void exportsRoundTripInEveryFormat() throws Exception {
        Dataset stored = DiplomacyStore.open(db).dataset();
        for (String format : List.of("trig", "nq", "jsonld", "ttl")) {
            Path file = dir.resolve("export." + format);
            Result r = run("export", "--db", db.toString(), "--format", format, "--output", file.toString());
            assertEquals(0, r.exit(), r.err());
            Lang lang = switch (format) {
                case "trig" -> Lang.TRIG;
                case "nq" -> Lang.NQUADS;
                case "jsonld" -> Lang.JSONLD;
                default -> Lang.TURTLE;
            };
            if (format.equals("ttl")) {
                Model back = ModelFactory.createDefaultModel();
                RDFDataMgr.read(back, file.toString(), lang);
                Txn.executeRead(stored, () -> {
                    Model union = ModelFactory.createDefaultModel().add(stored.getUnionModel());
                    assertTrue(back.isIsomorphicWith(union), () -> "ttl round trip: " + back.difference(union).listStatements().toList()
                            .subList(0, Math.min(3, (int) back.difference(union).size())) + " / "
                            + union.difference(back).listStatements().toList().subList(0, Math.min(3, (int) union.difference(back).size())));
                });
            } else {
                Dataset back = DatasetFactory.create();
                RDFDataMgr.read(back, file.toString(), lang);
                Txn.executeRead(stored, () -> assertTrue(IsoMatcher.isomorphic(back.asDatasetGraph(), stored.asDatasetGraph()),
                        format + " round trip"));
            }
        }
        Result stdout = run("export", "--db", db.toString(), "--format", "ttl", "--article", "000_cc92b69f11ad1a98");
        Model one = ModelFactory.createDefaultModel();
        RDFDataMgr.read(one, new ByteArrayInputStream(stdout.out().getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        assertTrue(one.size() > 100);
        assertEquals(1, run("export", "--db", db.toString(), "--format", "xml").exit());
    }

    @Test
    void statusCountsArticlesAndTheOnesAnotherBuildExtracted() {
        Result r = run("status", "--db", db.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1 articles, 0 stale"), r.out());
        assertTrue(r.out().contains("000_cc92b69f11ad1a98"), r.out());
    }
}
