package org.dragoman.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.dragoman.model.DragomanException;
import org.dragoman.store.DiplomacyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dragoman query}: SPARQL against the database, over the union of all article graphs. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query (a string, a .rq file, or --name from queries/) against the database.")
final class QueryCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "SPARQL text or a path to a .rq file.")
    String query;

    @Option(names = "--name", description = "Run queries/NAME.rq from the query library.")
    String name;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Option(names = "--format", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).", defaultValue = "table")
    String format;

    @Option(names = "--queries", description = "Query library directory (default: ${DEFAULT-VALUE}).", defaultValue = "queries")
    Path library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String text = queryText();
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new DragomanException("SPARQL syntax error at line " + e.getLine() + ", column " + e.getColumn() + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        DiplomacyStore store = database.existing();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                if (q.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    var bytes = new java.io.ByteArrayOutputStream();
                    switch (format) {
                        case "csv" -> ResultSetFormatter.outputAsCSV(bytes, rs);
                        case "tsv" -> ResultSetFormatter.outputAsTSV(bytes, rs);
                        case "json" -> ResultSetFormatter.outputAsJSON(bytes, rs);
                        case "table" -> ResultSetFormatter.out(bytes, rs, q.getPrologue());
                        default -> throw new DragomanException("Unknown format '" + format + "': use table, csv, tsv or json");
                    }
                    out.print(bytes.toString(StandardCharsets.UTF_8));
                } else if (q.isAskType()) {
                    out.println(qe.execAsk());
                } else {
                    var bytes = new java.io.ByteArrayOutputStream();
                    RDFDataMgr.write(bytes, q.isConstructType() ? qe.execConstruct() : qe.execDescribe(),
                            format.equals("json") ? Lang.JSONLD : Lang.TURTLE);
                    out.print(bytes.toString(StandardCharsets.UTF_8));
                }
            }
        });
        out.flush();
        return 0;
    }

    private String queryText() {
        try {
            if (name != null) {
                Path file = library.resolve(name.endsWith(".rq") ? name : name + ".rq");
                if (!Files.isRegularFile(file)) {
                    throw new DragomanException(file + ": no such query in the library");
                }
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            if (query == null) {
                throw new DragomanException("Give a SPARQL query, a .rq file, or --name");
            }
            if (query.endsWith(".rq") || Files.isRegularFile(Path.of(query))) {
                return Files.readString(Path.of(query), StandardCharsets.UTF_8);
            }
            return query;
        } catch (IOException e) {
            throw new DragomanException("Cannot read query: " + e.getMessage(), e);
        }
    }
}
