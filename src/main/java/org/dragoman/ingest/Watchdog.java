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
 * between annotators and sentences, and in the dependency parser and statistical coreference, and then stops by
 * throwing. The watchdog keeps interrupting for a short grace period (NER swallows one interruption per sentence);
 * a thread still running after it is abandoned: a daemon thread, still interrupted every 50 ms, that ends at its
 * next check and never delays the JVM's exit. Its result is thrown away: the store is written only by the caller,
 * after {@link #call} returns. The next article gets a new thread and shares the (thread-safe) pipeline, so no
 * model loads again.
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
        try {
            interruptUntilDone(worker, GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String message = source + ": abandoned after the time limit of " + seconds(limit) + " per article";
        if (worker.isAlive()) {
            StringBuilder where = new StringBuilder();
            StackTraceElement[] stack = worker.getStackTrace();
            for (int i = 0; i < Math.min(6, stack.length); i++) {
                where.append("\n    at ").append(stack[i]);
            }
            LOG.warn("{}: thread {} still runs {} after the interruption; left to end on its own, in:{}", source,
                    worker.getName(), seconds(GRACE), where);
            message += " (its thread did not stop within " + seconds(GRACE) + " and is left to end on its own)";
            Thread reaper = new Thread(() -> {
                try {
                    interruptUntilDone(worker, Duration.ofDays(1));
                } catch (InterruptedException e) {
                    // The JVM is going down.
                }
            }, worker.getName() + "-reaper");
            reaper.setDaemon(true);
            reaper.start();
        }
        return new DragomanException(message);
    }

    /**
     * Interrupts again and again: CoreNLP's NER takes one interruption as a timeout of the sentence at hand, tags it
     * O and goes on, so a single interrupt can be used up; the next lands between sentences, where it stops the run.
     */
    private static void interruptUntilDone(Thread worker, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (worker.isAlive() && System.nanoTime() < deadline) {
            worker.interrupt();
            worker.join(50);
        }
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
