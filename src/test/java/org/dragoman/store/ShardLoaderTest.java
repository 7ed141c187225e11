package org.dragoman.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dragoman.cli.Main;
import org.dragoman.model.DragomanException;
import org.dragoman.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code load}: hand-written N-Quads shards into TDB2, replacing articles already there; no CoreNLP involved. */
class ShardLoaderTest {
    private static final String DIP = "https://w3id.org/dragoman/ontology#";

    @TempDir
    Path dir;

    /** An article graph of {@code events} made-up meetings, as N-Quads lines. */
    private static String article(String id, int events, String title) {
        String g = "<" + Iris.graph(id) + ">";
        String doc = "<" + Iris.document(id) + ">";
        StringBuilder sb = new StringBuilder();
        sb.append(doc).append(" <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <").append(DIP).append("Document> ").append(g).append(" .\n");
        sb.append(doc).append(" <http://purl.org/dc/terms/title> \"").append(title).append("\" ").append(g).append(" .\n");
        for (int i = 0; i < events; i++) {
            String ev = "<" + Iris.document(id) + "/meeting/" + i + ">";
            sb.append(ev).append(" <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <").append(DIP).append("Meeting> ").append(g).append(" .\n");
            sb.append(ev).append(" <").append(DIP).append("participant> <https://w3id.org/dragoman/id/person/ruritanian-minister> ")
                    .append(g).append(" .\n");
            sb.append(ev).append(" <").append(DIP).append("evidence> _:e").append(i).append(' ').append(g).append(" .\n");
            sb.append("_:e").append(i).append(" <").append(DIP).append("begin> \"").append(i * 10)
                    .append("\"^^<http://www.w3.org/2001/XMLSchema#integer> ").append(g).append(" .\n");
        }
        return sb.toString();
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        if (name.endsWith(".gz")) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        } else {
            Files.writeString(f, text);
        }
        return f;
    }

    @Test
    void loadsShardsAndReplacesArticlesAlreadyThere() throws IOException {
        write("run1/quads/part-00000.nq", article("ruritania-1", 3, "Ruritanian minister meets Freedonian envoy"));
        write("run1/quads/part-00001.nq.gz", article("ruritania-2", 2, "Talks in Strelsau"));
        write("run1/manifest/part-00000.csv", "not a shard\n");
        DiplomacyStore store = DiplomacyStore.open(dir.resolve("db"));
        List<Path> shards = ShardLoader.shards(List.of(dir.resolve("run1")));
        assertEquals(2, shards.size(), shards.toString());
        long[] seen = {0};
        ShardLoader.Result first = ShardLoader.load(store, shards, ShardLoader.Kind.PARALLEL, n -> seen[0] = n, (f, a) -> { });
        assertEquals(2 + 3 * 4 + 2 + 2 * 4, first.quads());
        assertEquals(first.quads(), seen[0]);
        assertEquals(2, first.graphs());
        assertEquals(0, first.replaced());
        assertEquals(first.quads(), store.size());

        // A later run extracted ruritania-1 again, with one meeting fewer: its graph is replaced, the other kept.
        write("run2/quads/part-00000.nq", article("ruritania-1", 2, "Ruritanian minister meets Freedonian envoy"));
        ShardLoader.Result second = ShardLoader.load(store, ShardLoader.shards(List.of(dir.resolve("run2"))),
                ShardLoader.Kind.PARALLEL, n -> { }, (f, a) -> { });
        assertEquals(1, second.replaced());
        assertEquals(2 + 2 * 4, store.graph("ruritania-1").size());
        assertEquals(2 + 2 * 4, store.graph("ruritania-2").size());
        assertEquals(2 * (2 + 2 * 4), store.size());

        // Loading the same shards again changes nothing.
        ShardLoader.load(store, ShardLoader.shards(List.of(dir.resolve("run2"))), ShardLoader.Kind.PHASED, n -> { }, (f, a) -> { });
        assertEquals(2 * (2 + 2 * 4), store.size());
    }

    @Test
    void refusesWhatIsNotAnArticleGraph() throws IOException {
        Path triple = write("bad/triple.nq", "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n");
        DragomanException e = assertThrows(DragomanException.class, () -> ShardLoader.scan(List.of(triple)));
        assertTrue(e.getMessage().contains("triple.nq") && e.getMessage().contains("outside any named graph"), e.getMessage());

        Path curation = write("bad/curation.nq", "<http://example.org/a> <http://example.org/b> <http://example.org/c> <"
                + Iris.CURATION + "notes> .\n");
        e = assertThrows(DragomanException.class, () -> ShardLoader.scan(List.of(curation)));
        assertTrue(e.getMessage().contains("curation.nq") && e.getMessage().contains("not an article graph"), e.getMessage());

        Path broken = write("bad/broken.nq", "<http://example.org/a> <http://example.org/b> .\n");
        e = assertThrows(DragomanException.class, () -> ShardLoader.scan(List.of(broken)));
        assertTrue(e.getMessage().startsWith(broken + ": not N-Quads"), e.getMessage());

        Path a = write("two/a.nq", article("ruritania-1", 1, "One"));
        Path b = write("two/b.nq", article("ruritania-1", 2, "Two"));
        e = assertThrows(DragomanException.class, () -> ShardLoader.scan(List.of(a, b)));
        assertTrue(e.getMessage().contains("also in"), e.getMessage());

        e = assertThrows(DragomanException.class, () -> ShardLoader.shards(List.of(dir.resolve("nothing-here"))));
        assertTrue(e.getMessage().contains("nothing-here"), e.getMessage());
    }

    @Test
    void loadCommandPrintsThroughput() throws IOException {
        write("cli/part-00000.nq", article("ruritania-3", 4, "Envoys meet"));
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute("load", "--no-progress", "--db", dir.resolve("clidb").toString(), dir.resolve("cli").toString());
        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().contains("18 quads in 1 article graphs from 1 files"), out.toString());
        assertTrue(out.toString().contains("triples/s"), out.toString());
        assertEquals(18, DiplomacyStore.open(dir.resolve("clidb")).size());

        assertEquals(2, cl.execute("load", "--loader", "fast", dir.resolve("cli").toString()));
    }
}
