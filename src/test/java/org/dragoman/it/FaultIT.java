package org.dragoman.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.dragoman.cli.Main;
import org.dragoman.extract.Extractor;
import org.dragoman.ingest.Ingester;
import org.dragoman.ingest.Limits;
import org.dragoman.link.EntityLinker;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleReader;
import org.dragoman.model.Extraction;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.NlpPipeline;
import org.dragoman.nlp.Sentence;
import org.dragoman.store.DiplomacyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults from issue 11, each reproduced on a small made-up input: unbounded articles, silent loss, and the smaller
 * problems. Limits are set low so that every case runs in seconds once the models are loaded.
 */
class FaultIT {
    private static final String GOOD = "date 2021-03-04\nThe Ruritanian foreign minister met her Graustarkian counterpart in Strelsau on Monday.";

    @TempDir
    Path dir;

    private static Ingester ingester(DiplomacyStore store, Function<Article, AnnotatedArticle> annotator,
                                     UnaryOperator<Extraction> linker, Limits limits, boolean force) {
        return new Ingester(annotator, new Extractor(SharedPipeline.knowledgeBase()), linker, store,
                new ArticleReader(null, limits.maxArticleBytes()), force, limits);
    }

    private static Ingester ingester(DiplomacyStore store, Function<Article, AnnotatedArticle> annotator, Limits limits) {
        return ingester(store, annotator, new EntityLinker(SharedPipeline.knowledgeBase())::link, limits, false);
    }

    private static Ingester shared(DiplomacyStore store, boolean force) {
        return ingester(store, a -> SharedPipeline.pipeline().annotate(a), new EntityLinker(SharedPipeline.knowledgeBase())::link,
                Limits.DEFAULT, force);
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    private static Ingester.Report run(Ingester ingester, StringWriter err, Path... paths) {
        return ingester.ingest(List.of(paths), false, new PrintWriter(err, true));
    }

    // 1. Bounded ingest

    @Test
    void aRunOnSentenceIsCutAtTheLimitAndIngestedInSeconds() throws Exception {
        StringBuilder text = new StringBuilder("date 2021-03-04\n");
        String[] clauses = {"Ruritanian Foreign Minister Flavia Elphberg met Graustarkian Prime Minister Rudolf Sapt in Strelsau",
            "envoys from Ilyria arrived in the capital", "Sapt said the talks were useful",
            "officials from both sides discussed trade and the border"};
        for (int i = 0; i < 48; i++) {
            text.append(clauses[i % clauses.length]).append(i % 3 == 2 ? "; " : ", and ");
        }
        text.append("the summit ended.\n");
        Path f = write("run-on.txt", text.toString());
        SharedPipeline.pipeline();
        // A second pipeline with a low limit takes its models from CoreNLP's annotator pool: no second load.
        long built = System.nanoTime();
        NlpPipeline cutting = NlpPipeline.create().maxSentenceTokens(60).build();
        assertTrue(Duration.ofNanos(System.nanoTime() - built).toSeconds() < 20, "models came from the pool");

        Article article = new ArticleReader(null).read(f);
        AnnotatedArticle annotated = cutting.annotate(article);
        assertTrue(annotated.tokenCount() > 400, "the run-on sentence has " + annotated.tokenCount() + " tokens");
        assertTrue(annotated.sentences().size() >= 8, "cut into pieces: " + annotated.sentences().size());
        int end = 0;
        for (Sentence s : annotated.sentences()) {
            assertTrue(s.tokens().size() <= 60, "piece of " + s.tokens().size() + " tokens");
            assertTrue(s.begin() >= end, "pieces in order, not overlapping");
            assertEquals(s.text(), article.text().substring(s.begin(), s.end()));
            assertEquals(s.tokens().get(0).begin(), s.begin(), "a piece starts at its first token");
            end = s.end();
        }

        DiplomacyStore store = DiplomacyStore.open(dir.resolve("db"));
        long start = System.nanoTime();
        Ingester.Outcome o = ingester(store, cutting::annotate, Limits.DEFAULT.withMaxSentenceTokens(60)
                .withTimePerArticle(Duration.ofSeconds(90))).ingestOne(f);
        assertEquals("added", o.status(), o.message());
        assertTrue(o.counts().get("meeting") > 0 && o.counts().get("actors") >= 2, "meetings found in the pieces: " + o.counts());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 60, "seconds, not minutes");
    }

    @Test
    void anArticleOverTheTimeLimitIsAbandonedAndTheBatchGoesOn() throws Exception {
        // A long made-up article that CoreNLP cannot annotate in 2 s, then a short one.
        StringBuilder slow = new StringBuilder("date 2021-03-04\n");
        for (int i = 0; i < 120; i++) {
            slow.append("The Ruritanian foreign minister met her Graustarkian counterpart in Strelsau on day ").append(i)
                    .append(", and they said the talks on trade were useful.\n\n");
        }
        write("batch/a-slow.txt", slow.toString());
        write("batch/b-good.txt", GOOD);
        SharedPipeline.pipeline();
        DiplomacyStore store = DiplomacyStore.open(dir.resolve("db"));
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        Ingester.Report report = run(ingester(store, a -> SharedPipeline.pipeline().annotate(a),
                Limits.DEFAULT.withTimePerArticle(Duration.ofSeconds(2))), err, dir.resolve("batch"));
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertEquals(1, report.count("failed"), err.toString());
        assertEquals(1, report.count("added"), err.toString());
        String message = report.outcomes().stream().filter(Ingester.Outcome::failed).findFirst().orElseThrow().message();
        assertTrue(message.contains("a-slow.txt") && message.contains("abandoned after the time limit of 2 s per article"), message);
        // CoreNLP heeds the interruption: its thread stopped within the grace period, nothing was left running.
        assertFalse(message.contains("left to end on its own"), message);
        assertTrue(seconds < 30, "the slow article cost about its limit, not its full time: " + seconds + " s");
        assertTrue(store.contentHash("b-good").isPresent() && store.contentHash("a-slow").isEmpty());
    }

    @Test
    void aThreadThatIgnoresInterruptionIsLeftBehindAndTheBatchGoesOn() throws Exception {
        write("batch/a-stuck.txt", GOOD.replace("Monday", "Tuesday"));
        write("batch/b-good.txt", GOOD);
        SharedPipeline.pipeline();
        DiplomacyStore store = DiplomacyStore.open(dir.resolve("db"));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        Function<Article, AnnotatedArticle> annotator = a -> {
            if (a.id().equals("a-stuck")) {
                // A stand-in for code that never checks for interruption: it swallows it and carries on for 40 s.
                for (long left; (left = until - System.nanoTime()) > 0; ) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(left);
                    } catch (InterruptedException ignored) {
                        // Deliberately ignored.
                    }
                }
                throw new IllegalStateException("finished too late to matter");
            }
            return SharedPipeline.pipeline().annotate(a);
        };
        StringWriter err = new StringWriter();
        Ingester.Report report = run(ingester(store, annotator, Limits.DEFAULT.withTimePerArticle(Duration.ofSeconds(1))), err,
                dir.resolve("batch"));
        assertEquals(List.of("failed", "added"), report.outcomes().stream().map(Ingester.Outcome::status).toList(), err.toString());
        assertTrue(err.toString().contains("a-stuck.txt: abandoned after the time limit of 1 s per article (its thread did not "
                + "stop within 10 s and is left to end on its own)"), err.toString());
        assertTrue(System.nanoTime() < until, "the good article did not wait for the stuck one");
    }

    @Test
    void outOfMemoryAndStackOverflowFailOneArticleEach() throws Exception {
        write("batch/a-memory.txt", GOOD.replace("Strelsau", "Zenda"));
        write("batch/b-stack.txt", GOOD.replace("Strelsau", "Hentzau"));
        write("batch/c-good.txt", GOOD);
        SharedPipeline.pipeline();
        EntityLinker linker = new EntityLinker(SharedPipeline.knowledgeBase());
        UnaryOperator<Extraction> failing = x -> {
            if (x.article().id().equals("a-memory")) {
                long[] tooBig = new long[Integer.MAX_VALUE - 8];
                tooBig[0] = 1;
            } else if (x.article().id().equals("b-stack")) {
                recurse(0);
            }
            return linker.link(x);
        };
        DiplomacyStore store = DiplomacyStore.open(dir.resolve("db"));
        StringWriter err = new StringWriter();
        Ingester.Report report = run(ingester(store, a -> SharedPipeline.pipeline().annotate(a), failing, Limits.DEFAULT, false),
                err, dir.resolve("batch"));
        assertEquals(List.of("failed", "failed", "added"), report.outcomes().stream().map(Ingester.Outcome::status).toList(),
                err.toString());
        assertTrue(err.toString().contains("a-memory.txt: ran out of memory"), err.toString());
        assertTrue(err.toString().contains("b-stack.txt: stack overflow"), err.toString());
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @Test
    void emptyDateOnlyAndOversizedArticlesAreRefusedBeforeAnyModelLoads() throws Exception {
        write("bad/date-only.txt", "date 2021-03-04\n");
        write("bad/blank.txt", " \n\t\n");
        write("bad/no-break-spaces.txt", "date 2021-03-04 \u00a0\u200b\u00a0\n");
        write("bad/too-big.txt", "The Ruritanian envoy spoke at length. ".repeat(100));
        DiplomacyStore store = DiplomacyStore.open(dir.resolve("db"));
        Function<Article, AnnotatedArticle> noModel = a -> {
            throw new AssertionError("no model may load for " + a.source());
        };
        StringWriter err = new StringWriter();
        Ingester.Report report = run(ingester(store, noModel, Limits.DEFAULT.withMaxArticleBytes(2048)), err, dir.resolve("bad"));
        assertEquals(4, report.count("failed"), err.toString());
        String e = err.toString();
        assertTrue(e.contains("date-only.txt: holds only a date line, no article text after it"), e);
        assertTrue(e.contains("blank.txt: file holds only white space"), e);
        assertTrue(e.contains("no-break-spaces.txt: no word after the date line"), e);
        assertTrue(e.contains("too-big.txt: 4 KB, over the article size limit of 2 KB"), e);

        // An article given as text is held to the same size limit.
        Article big = new ArticleReader(null).parse("big", "posted text", "The Ruritanian envoy spoke. ".repeat(200));
        Ingester.Outcome o = ingester(store, noModel, Limits.DEFAULT.withMaxArticleBytes(2048)).ingest(big);
        assertTrue(o.failed() && o.message().contains("over the article size limit of 2 KB"), o.message());
    }

    // 2. No silent loss

    @Test
    void twoFilesWithOneNameInOneBatchAreBothRefusedUnlessTheyAreTheSame() throws Exception {
        Path a = write("east/report.txt", GOOD);
        Path b = write("west/report.txt", GOOD.replace("Strelsau", "Zenda"));
        write("east/copy/note.txt", GOOD);
        write("west/note.txt", GOOD);
        DiplomacyStore store = DiplomacyStore.open(dir.resolve("db"));
        StringWriter err = new StringWriter();
        Ingester.Report report = run(shared(store, false), err, dir.resolve("east"), dir.resolve("west"));
        assertEquals(2, report.count("failed"), err.toString());
        assertTrue(err.toString().contains(a + ": article id 'report' (the file name without .txt) is also that of " + b), err.toString());
        assertTrue(err.toString().contains(b + ": article id 'report' (the file name without .txt) is also that of " + a), err.toString());
        assertTrue(store.contentHash("report").isEmpty(), "neither silently won");
        // The same text under one name twice is one article.
        assertEquals(1, report.count("added"), err.toString());
        assertEquals(1, report.count("unchanged"), err.toString());
        assertTrue(err.toString().contains("warning: " + dir.resolve("west/note.txt") + ": same text as "), err.toString());
    }

    @Test
    void aStoredArticleFromAnotherFileWithOtherTextIsNotReplacedWithoutForce() throws Exception {
        Path first = write("east/summit.txt", GOOD);
        Path other = write("west/summit.txt", GOOD.replace("Strelsau", "Zenda"));
        Path moved = write("archive/summit.txt", GOOD);
        DiplomacyStore store = DiplomacyStore.open(dir.resolve("db"));
        assertEquals("added", shared(store, false).ingestOne(first).status());
        String hash = store.contentHash("summit").orElseThrow();

        Ingester.Outcome refused = shared(store, false).ingestOne(other);
        assertEquals("failed", refused.status());
        assertTrue(refused.message().startsWith(other + ": article id 'summit' is already in the database from " + first
                + ", with different text"), refused.message());
        assertEquals(hash, store.contentHash("summit").orElseThrow(), "the stored article is untouched");

        // The same file edited is replaced as before; the same text moved to another folder too.
        assertEquals("replaced", shared(store, false).ingestOne(moved).status());
        Files.writeString(moved, GOOD.replace("Monday", "Friday"));
        assertEquals("replaced", shared(store, false).ingestOne(moved).status());
        assertEquals("replaced", shared(store, true).ingestOne(other).status(), "--force replaces it");
    }

    @Test
    void aFolderWithNothingToIngestFailsTheRun() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("nothing-here"));
        write("nothing-here/notes.md", "not an article");
        CliIT.Result r = CliIT.run("ingest", "--db", dir.resolve("db").toString(), empty.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(empty + ": nothing to ingest, no *.txt file in this folder"), r.err());
        assertTrue(r.out().contains("0 added") && r.out().contains("1 failed"), r.out());
    }

    // 3. Smaller problems

    @Test
    void noProgressBarWhenOutputIsNotATerminal() throws Exception {
        assumeTrue(System.console() == null, "run from a terminal");
        write("two/a.txt", "date 2021-03-04\n");
        write("two/b.txt", "");
        CliIT.Result r = CliIT.run("ingest", "--db", dir.resolve("db").toString(), dir.resolve("two").toString());
        assertEquals(1, r.exit());
        assertFalse(r.err().contains("Ingesting") || r.err().contains("%"), "no progress bar in:\n" + r.err());
        assertEquals(2, r.err().lines().filter(l -> l.startsWith("error: ")).count(), r.err());
    }

    @Test
    void queryWhileAnotherProcessHoldsTheDatabaseSaysWhatToDo() throws Exception {
        Path db = dir.resolve("held");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("holding")) {
                // Logging before the database is open.
            }
            assertEquals("holding", line, "the other process opened the database");
            CliIT.Result r = CliIT.run("query", "--db", db.toString(), "ASK { ?s ?p ?o }");
            assertEquals(1, r.exit(), r.err());
            assertTrue(r.err().contains(db + ": the database is in use by another process (pid " + holder.pid() + ")"), r.err());
            assertTrue(r.err().contains("Stop it first, or send the query to its SPARQL endpoint"), r.err());
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Holds a TDB2 database open, as the server does, until its standard input closes or it is stopped. */
    public static final class HoldDatabase {
        public static void main(String[] args) throws Exception {
            DiplomacyStore.open(Path.of(args[0])).size();
            System.out.println("holding");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Wait.
            }
        }
    }

    @Test
    void theLauncherWorksFromAnyFolderAndResolvesTypedPathsThere() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        assumeTrue(Files.isRegularFile(project.resolve("target/dragoman.jar")), "the jar is built");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createDirectories(elsewhere.resolve("empty"));
        Process p = new ProcessBuilder("bash", project.resolve("dragoman").toString(), "ingest", "--db", "rel/tdb2", "empty")
                .directory(elsewhere.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("empty: nothing to ingest"), out);
        assertTrue(Files.isDirectory(elsewhere.resolve("rel/tdb2")), "a typed path resolves against the caller's folder");
        assertFalse(Files.exists(elsewhere.resolve("data")), "no stray data/ where the launcher was run");

        Process help = new ProcessBuilder("bash", project.resolve("dragoman").toString(), "query", "--help")
                .directory(elsewhere.toFile()).redirectErrorStream(true).start();
        String usage = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(help.waitFor(120, TimeUnit.SECONDS));
        assertTrue(usage.replaceAll("\\s+", " ").contains("(default: " + project.resolve("data/tdb2") + ")"), usage);
        assertTrue(usage.replaceAll("\\s+", " ").contains("(default: " + project.resolve("queries") + ")"), usage);
    }
}
