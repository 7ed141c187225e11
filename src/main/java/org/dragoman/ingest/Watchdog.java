package org.dragoman.ingest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dragoman.model.DragomanException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each article on a thread of its own and gives up on it after the time limit, so that one article cannot hold
 * up the batch.
 *
 * <p>A Java thread cannot be killed safely, so an article out of time is interrupted: CoreNLP checks for that
 * between annotators and sentences, and in NER, the dependency parser and statistical coreference, and then stops
 * by throwing. The watchdog waits a short grace period for that; a thread still running after it is abandoned, a
 * daemon thread that ends at its next check and never delays the JVM's exit. Its result is thrown away: the store
 * is written only by the caller, after {@link #call} returns. The next article gets a new thread and shares the
 * (thread-safe) pipeline, so no model loads again.
 */
final class Watchdog {
    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final Duration limit;
    private final AtomicInteger threads = new AtomicInteger();
    /** Time spent in {@link #untimed}, which does not count against the limit; written by workers, read by the caller. */
    private final Object clock = new Object();
    private long untimedNanos;
    private long untimedSince;
    private int untimedDepth;

    Watchdog(Duration limit) {
        this.limit = limit;
    }

    /**
     * Runs {@code task} on a new thread and returns its result, or throws what it threw (errors too).
     *
     * @throws DragomanException naming {@code source} and the limit, when the task runs out of time
     */
    <T> T call(String source, Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable e) {
                // Errors too: an OutOfMemoryError or StackOverflowError is this article's failure, not the batch's.
                result.completeExceptionally(e);
            }
        }, "dragoman-article-" + threads.incrementAndGet());
        worker.setDaemon(true);
        long start = System.nanoTime();
        long untimedAtStart = untimed(start);
        worker.start();
        try {
            while (true) {
                long now = System.nanoTime();
                long left = limit.toNanos() - (now - start - (untimed(now) - untimedAtStart));
                if (left <= 0) {
                    throw abandon(source, worker);
                }
                try {
                    return result.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
                } catch (TimeoutException notYet) {
                    // Check the clock again: model loading may have paused it.
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new DragomanException(source + ": " + cause, cause);
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new DragomanException(source + ": ingest interrupted", e);
        }
    }

    private DragomanException abandon(String source, Thread worker) {
        worker.interrupt();
        try {
            worker.join(GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String message = source + ": abandoned after the time limit of " + seconds(limit) + " per article";
        if (worker.isAlive()) {
            LOG.warn("{}: thread {} still runs {} after the interruption; left to end on its own", source, worker.getName(),
                    seconds(GRACE));
            message += " (its thread did not stop within " + seconds(GRACE) + " and is left to end on its own)";
        }
        return new DragomanException(message);
    }

    /** Runs {@code work} off the clock: loading the models is no article's fault. */
    <T> T untimed(Supplier<T> work) {
        synchronized (clock) {
            if (untimedDepth++ == 0) {
                untimedSince = System.nanoTime();
            }
        }
        try {
            return work.get();
        } finally {
            synchronized (clock) {
                if (--untimedDepth == 0) {
                    untimedNanos += System.nanoTime() - untimedSince;
                }
            }
        }
    }

    private long untimed(long now) {
        synchronized (clock) {
            return untimedNanos + (untimedDepth > 0 ? now - untimedSince : 0);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
