package org.dragoman.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.dragoman.model.DragomanException;
import org.dragoman.rdf.Iris;

/**
 * Bulk-loads N-Quads shards (what the Spark job writes, or {@code export --format nq}) into the TDB2 database with one of
 * Jena's TDB2 loaders, parallel by default.
 *
 * <p>Articles already in the database are replaced, not duplicated, as by {@code ingest}: a first pass reads the shards
 * for the graph names they hold (and checks that every quad is in an article graph and each graph comes from one file);
 * those graphs are deleted in one transaction, then the loader adds the shards. Jena's bulk loaders manage their own
 * transactions, so the two steps are not one atomic unit: a load that fails part way leaves the incoming articles
 * partly loaded, and running the same {@code load} again repairs them, because it deletes them first again.
 */
public final class ShardLoader {
    /** Which TDB2 loader: parallel uses the most threads (5 and more) and is fastest on an idle machine. */
    public enum Kind {
        PARALLEL, PHASED, SEQUENTIAL
    }

    /**
     * What a load did.
     *
     * @param replaced article graphs that were in the database before and were replaced
     */
    public record Result(int files, int graphs, int replaced, long quads, Duration elapsed) {
        public Result {
            if (files < 0 || graphs < 0 || replaced < 0 || quads < 0) {
                throw new DragomanException("Load result counts must not be negative: files " + files + ", graphs " + graphs
                        + ", replaced " + replaced + ", quads " + quads);
            }
        }

        /** Quads (triples in their named graphs) per second of the whole load, scan and delete included. */
        public double quadsPerSecond() {
            double s = elapsed.toNanos() / 1e9;
            return s <= 0 ? 0 : quads / s;
        }
    }

    /** What the first pass found in the shards. */
    public record Scan(List<Path> files, Set<Node> graphs, long quads) {
        public Scan {
            files = List.copyOf(files);
            graphs = Set.copyOf(graphs);
        }
    }

    private ShardLoader() {
    }

    /** The shard files under the given paths: files as given, directories walked for {@code *.nq} and {@code *.nq.gz}. */
    public static List<Path> shards(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ShardLoader::isShard).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new DragomanException(p + ": cannot list directory (" + e.getMessage() + ")", e);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new DragomanException(p + ": no such file or directory");
            }
        }
        if (out.isEmpty()) {
            throw new DragomanException(paths + ": no N-Quads shards (*.nq, *.nq.gz) found");
        }
        return out;
    }

    private static boolean isShard(Path f) {
        String name = f.getFileName().toString();
        return name.endsWith(".nq") || name.endsWith(".nq.gz");
    }

    /**
     * Reads the shards once for their graph names, without loading anything. Refuses a triple outside a named graph, a
     * graph that is not an article graph, and an article graph spread over two files (two runs: load them one after
     * the other, the newer last), naming the file.
     */
    public static Scan scan(List<Path> files) {
        Map<Node, Path> seen = new HashMap<>();
        long[] quads = {0};
        for (Path f : files) {
            Set<Node> inFile = new LinkedHashSet<>();
            parse(f, new StreamRDFBase() {
                @Override
                public void triple(Triple triple) {
                    throw new DragomanException(f + ": quad " + (quads[0] + 1) + ": a triple outside any named graph ("
                            + triple + "); shards hold article graphs only");
                }

                @Override
                public void quad(Quad quad) {
                    quads[0]++;
                    Node g = quad.getGraph();
                    if (g == null || Quad.isDefaultGraph(g)) {
                        triple(quad.asTriple());
                    }
                    if (inFile.add(g)) {
                        if (!g.isURI() || !g.getURI().startsWith(Iris.graph(""))) {
                            throw new DragomanException(f + ": graph " + g + " is not an article graph (" + Iris.graph("")
                                    + "ID)");
                        }
                        Path other = seen.putIfAbsent(g, f);
                        if (other != null && !other.equals(f)) {
                            throw new DragomanException(f + ": graph " + g.getURI() + " is also in " + other
                                    + "; load the shards of different runs one after the other, the newer last");
                        }
                    }
                }
            });
        }
        return new Scan(files, seen.keySet(), quads[0]);
    }

    /**
     * Loads the shards into the database, replacing the articles it already holds.
     *
     * @param progress told the number of quads loaded so far, every few thousand quads
     * @param monitor  the Jena loader's own log lines (phases, index building); may discard them
     */
    public static Result load(DiplomacyStore store, List<Path> files, Kind kind, LongConsumer progress, MonitorOutput monitor) {
        long start = System.nanoTime();
        Scan scan = scan(files);
        return load(store, scan, kind, progress, monitor, start);
    }

    /** Loads shards already scanned (to size a progress bar, say); {@code start} is {@link System#nanoTime()} at the scan. */
    public static Result load(DiplomacyStore store, Scan scan, Kind kind, LongConsumer progress, MonitorOutput monitor,
                              long start) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        int replaced = Txn.calculateWrite(dsg, () -> {
            int n = 0;
            for (Node g : scan.graphs()) {
                if (dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
                    n++;
                    dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                }
            }
            return n;
        });
        DataLoader loader = switch (kind) {
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, monitor);
            case PHASED -> LoaderFactory.phasedLoader(dsg, monitor);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, monitor);
        };
        long[] count = {0};
        loader.startBulk();
        try {
            StreamRDF counting = new StreamRDFWrapper(loader.stream()) {
                @Override
                public void quad(Quad quad) {
                    super.quad(quad);
                    if (++count[0] % 5000 == 0) {
                        progress.accept(count[0]);
                    }
                }
            };
            for (Path f : scan.files()) {
                parse(f, counting);
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        progress.accept(count[0]);
        return new Result(scan.files().size(), scan.graphs().size(), replaced, count[0],
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static void parse(Path f, StreamRDF sink) {
        // IO.openFile decompresses .gz by its extension; the syntax is N-Quads whatever the name says.
        try (InputStream in = IO.openFile(f.toString())) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(sink);
        } catch (RiotException e) {
            throw new DragomanException(f + ": not N-Quads: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DragomanException(f + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
