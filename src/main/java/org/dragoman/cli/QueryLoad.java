package org.dragoman.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.dragoman.model.DragomanException;

/**
 * Loopback load for benchmarks: clients that each run the query library in turn against a SPARQL endpoint until
 * stopped, recording every latency and every failure. Queries that call remote services are left out: a benchmark
 * must not depend on the network.
 */
final class QueryLoad implements AutoCloseable {
    /** What the clients saw. */
    record Figures(int clients, double seconds, List<Double> latenciesMs, List<String> errors) {
        Figures {
            latenciesMs = List.copyOf(latenciesMs);
            errors = List.copyOf(errors);
        }

        double percentile(double p) {
            if (latenciesMs.isEmpty()) {
                return Double.NaN;
            }
            List<Double> sorted = new ArrayList<>(latenciesMs);
            Collections.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank)));
        }

        String summary() {
            return String.format(Locale.ROOT, "%d clients, %.1f s: %d queries (%.0f/s), p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors%s",
                    clients, seconds, latenciesMs.size(), latenciesMs.size() / seconds, percentile(50), percentile(99), percentile(100),
                    errors.size(), errors.isEmpty() ? "" : " (first: " + errors.get(0) + ")");
        }
    }

    private final String endpoint;
    private final List<String> queries;
    private final int clients;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService pool;
    private final List<Future<?>> loops = new ArrayList<>();
    private final long start = System.nanoTime();

    private QueryLoad(String endpoint, List<String> queries, int clients) {
        this.endpoint = endpoint;
        this.queries = List.copyOf(queries);
        this.clients = clients;
        this.pool = Executors.newFixedThreadPool(clients);
    }

    /** Starts {@code clients} loops over the library's local queries against {@code endpoint}. */
    static QueryLoad start(String endpoint, Path library, int clients) {
        QueryLoad load = new QueryLoad(endpoint, localQueries(library), clients);
        for (int c = 0; c < clients; c++) {
            int offset = c;
            load.loops.add(load.pool.submit(() -> load.loop(offset)));
        }
        return load;
    }

    static List<String> localQueries(Path library) {
        try (Stream<Path> files = Files.list(library)) {
            List<String> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String q = Files.readString(f);
                if (!q.toUpperCase(Locale.ROOT).contains("SERVICE")) {
                    out.add(q);
                }
            }
            if (out.isEmpty()) {
                throw new DragomanException(library + ": no local .rq queries to run");
            }
            return out;
        } catch (IOException e) {
            throw new DragomanException(library + ": cannot read the query library: " + e.getMessage(), e);
        }
    }

    private void loop(int offset) {
        for (int i = offset; running.get(); i++) {
            String query = queries.get(i % queries.size());
            long t = System.nanoTime();
            try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
                // Read every row: a query that fails while its results stream must count as an error.
                switch (qe.getQuery().queryType()) {
                    case SELECT -> ResultSetFormatter.consume(qe.execSelect());
                    case CONSTRUCT -> qe.execConstruct().size();
                    case ASK -> qe.execAsk();
                    case DESCRIBE -> qe.execDescribe().size();
                    default -> throw new DragomanException("query type " + qe.getQuery().queryType() + " not benchmarked");
                }
                latencies.add((System.nanoTime() - t) / 1e6);
            } catch (RuntimeException e) {
                errors.add(e.toString());
            }
        }
    }

    /** Stops the clients, waits for their last queries, and gives the figures. */
    Figures stop() {
        running.set(false);
        pool.shutdown();
        try {
            for (Future<?> loop : loops) {
                loop.get(2, TimeUnit.MINUTES);
            }
        } catch (Exception e) {
            errors.add("client did not stop: " + e);
        }
        return new Figures(clients, (System.nanoTime() - start) / 1e9, latencies, errors);
    }

    @Override
    public void close() {
        running.set(false);
        pool.shutdownNow();
    }
}
