package org.dragoman.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dragoman.eval.Gold;
import org.dragoman.eval.Predicted;
import org.dragoman.eval.Scorer;
import org.dragoman.eval.Splits;
import org.dragoman.extract.AttributionModel;
import org.dragoman.extract.Extractor;
import org.dragoman.link.EntityLinker;
import org.dragoman.link.KnowledgeBase;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleReader;
import org.dragoman.model.DragomanException;
import org.dragoman.model.Extraction;
import org.dragoman.nlp.AnnotationCache;
import org.dragoman.nlp.NlpPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dragoman eval}: extraction scored against the gold sets of {@code shared/eval}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores extraction against gold (shared/eval: gold, m2e2-dev, polnear-dev) with the GOLD.md rules.")
final class EvalCommand implements Callable<Integer> {
    private static final String WHOLE = "whole";

    @Mixin
    EvalDataOptions data;

    @Mixin
    WikidataIndexOption wikidataIndex;

    /** Suffix of the results of the table-only linker, scored beside the table with the index. */
    static final String TABLE_ONLY = " [table only]";

    @Option(names = "--sets", split = ",", description = "Sets to score (default: ${DEFAULT-VALUE}).",
            defaultValue = "gold,m2e2-dev,polnear-dev,rss500-dev")
    List<String> sets;

    @Option(names = "--limit", description = "At most this many articles per set (default: all).", defaultValue = "0")
    int limit;

    @Option(names = "--stride", description = "Every n-th article of each set, in sorted order (default: ${DEFAULT-VALUE}).",
            defaultValue = "1")
    int stride;

    @Mixin
    AnnotatorOptions annotators = new AnnotatorOptions();

    @Option(names = "--attribution", description = "model (the shipped attribution model, default) or rules (the rule "
            + "candidates alone, for comparison).", defaultValue = "model")
    String attribution;

    @Option(names = "--halves", split = ",", description = "Halves to score: tune, test, train (default: ${DEFAULT-VALUE}); "
            + "whole scores each set as one, as shared/tools/score.py does. Read errors (-v) only on tune and train.",
            defaultValue = "tune,test,train")
    List<String> halves;

    @Option(names = {"-v", "--verbose"}, description = "List every miss and false positive with its sentence.")
    boolean verbose;

    @Option(names = "--write", description = "Write the figures to this Markdown file (default: ${DEFAULT-VALUE}); 'none' to skip.",
            defaultValue = "docs/EVALUATION.md")
    String write;

    @Option(names = "--dump", description = "Print the entities and events extracted from the article with this id.")
    String dump;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        data.eval("");
        NlpPipeline.Builder builder = annotators.builder();
        AnnotationCache annotations = new AnnotationCache(data.cache, builder.lazy(), builder.settings());
        KnowledgeBase kb = KnowledgeBase.bundled();
        Extractor extractor = new Extractor(kb, switch (attribution) {
            case "model" -> AttributionModel.bundled();
            case "rules" -> AttributionModel.rulesOnly();
            default -> throw new DragomanException("--attribution must be model or rules, got '" + attribution + "'");
        }, !builder.withoutCoreference());
        var index = wikidataIndex.open();
        EntityLinker linker = new EntityLinker(kb, index.orElse(null));
        // With an index, the bundled table alone is scored beside it on the same extractions.
        EntityLinker tableOnly = index.isPresent() ? new EntityLinker(kb) : null;
        java.util.concurrent.atomic.AtomicLong linkNanos = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicInteger linked = new java.util.concurrent.atomic.AtomicInteger();
        index.ifPresent(i -> out.printf("Wikidata index %s: %d items, %d names; the table alone is scored beside it%n",
                wikidataIndex.path, i.size(), i.names()));
        Splits splits = Splits.bundled();
        Map<String, Scorer> results = new LinkedHashMap<>();
        Map<String, Integer> docs = new LinkedHashMap<>();
        for (String set : sets) {
            if (set.startsWith("rss500")) {
                Map<String, Scorer> byHalf = halves(set, results);
                Map<String, Scorer> byHalfTable = tableOnly == null ? null : halves(set + TABLE_ONLY, results);
                List<org.dragoman.eval.LinkingSet.Sentence> sentences =
                        org.dragoman.eval.LinkingSet.read(data.shared.resolve("eval").resolve(set).resolve("RSS-500_wd.train.ttl"));
                if (limit > 0 && sentences.size() > limit) {
                    sentences = sentences.subList(0, limit);
                }
                List<Callable<List<String>>> jobs = new ArrayList<>();
                int n = 0;
                for (var sentence : sentences) {
                    String id = set + "-" + (n++);
                    String half = half(splits, set, sentence.id());
                    if (!scored(half)) {
                        continue;
                    }
                    Scorer scorer = byHalf.get(half);
                    Scorer tableScorer = byHalfTable == null ? null : byHalfTable.get(half);
                    docs.merge(key(set, half), 1, Integer::sum);
                    docs.merge(key(set + TABLE_ONLY, half), 1, Integer::sum);
                    jobs.add(() -> {
                        Article article = new ArticleReader(null).parse(id, sentence.id(), sentence.text());
                        Extraction extracted = extractor.extract(annotations.annotate(article));
                        long t0 = System.nanoTime();
                        Extraction x = linker.link(extracted);
                        linkNanos.addAndGet(System.nanoTime() - t0);
                        linked.incrementAndGet();
                        List<String> log = new ArrayList<>();
                        synchronized (scorer) {
                            org.dragoman.eval.LinkingSet.score(sentence, x, scorer, log);
                        }
                        if (tableScorer != null) {
                            synchronized (tableScorer) {
                                org.dragoman.eval.LinkingSet.score(sentence, tableOnly.link(extracted), tableScorer, new ArrayList<>());
                            }
                        }
                        return log;
                    });
                }
                runAll(jobs, out);
                for (String variant : tableOnly == null ? List.of(set) : List.of(set + TABLE_ONLY, set)) {
                    for (String h : List.of(Splits.TUNE, Splits.TEST, Splits.TRAIN, WHOLE)) {
                        Scorer scorer = results.get(key(variant, h));
                        String k = key(variant, h);
                        if (!docs.containsKey(k)) {
                            continue;
                        }
                        out.println(String.format(Locale.ROOT,
                                "%s (%d sentences)%n  linked gold: accuracy %.2f (%.0f/%.0f) | NIL gold: accuracy %.2f | our links: %.0f, wrong share %.2f",
                                k, docs.getOrDefault(k, 0), scorer.ratio("linked_ok", "linked_n"), scorer.get("linked_ok"),
                                scorer.get("linked_n"), scorer.ratio("nil_ok", "nil_n"), scorer.get("our_links"),
                                scorer.ratio("our_wrong", "our_links")));
                        out.println(byType(scorer, "linked_ok", "linked_n", "our_wrong", "our_links"));
                    }
                }
                out.flush();
                continue;
            }
            Path goldDir = data.gold(set);
            Path corpus = data.corpus(set);
            List<String> golds = everyNth(Gold.ids(goldDir), stride);
            if (limit > 0 && golds.size() > limit) {
                golds = golds.subList(0, limit);
            }
            Map<String, Scorer> byHalf = halves(set, results);
            Map<String, Scorer> byHalfTable = tableOnly == null ? null : halves(set + TABLE_ONLY, results);
            List<Callable<List<String>>> jobs = new ArrayList<>();
            for (String doc : golds) {
                String half = half(splits, set, doc);
                if (!scored(half)) {
                    continue;
                }
                Scorer scorer = byHalf.get(half);
                Scorer tableScorer = byHalfTable == null ? null : byHalfTable.get(half);
                docs.merge(key(set, half), 1, Integer::sum);
                if (tableScorer != null) {
                    docs.merge(key(set + TABLE_ONLY, half), 1, Integer::sum);
                }
                jobs.add(() -> {
                    Gold gold = Gold.read(goldDir.resolve(doc + ".json"));
                    Path text = corpus.resolve(gold.doc() + ".txt");
                    Article article = new ArticleReader(gold.date() == null ? null : LocalDate.parse(gold.date())).read(text);
                    Extraction extracted;
                    String failure = null;
                    try {
                        extracted = extractor.extract(annotations.annotate(article));
                    } catch (RuntimeException | StackOverflowError e) {
                        // As ingest does: one article that trips a rule costs its own gold items (scored as missed), not the run.
                        extracted = new Extraction(article, List.of(), List.of());
                        failure = "  FAILED " + text + ": " + e + (verbose ? where(e) : "");
                    }
                    long t0 = System.nanoTime();
                    Extraction x = linker.link(extracted);
                    linkNanos.addAndGet(System.nanoTime() - t0);
                    linked.incrementAndGet();
                    List<String> changes = new ArrayList<>();
                    if (tableScorer != null) {
                        Extraction t = tableOnly.link(extracted);
                        synchronized (tableScorer) {
                            tableScorer.score(Gold.read(goldDir.resolve(doc + ".json")), Predicted.of(t), new ArrayList<>());
                        }
                        // What the index changed, listed for tune documents only: test errors are not for reading.
                        if (half.equals(Splits.TUNE)) {
                            for (int i = 0; i < x.entities().size(); i++) {
                                var a = t.entities().get(i).link();
                                var b = x.entities().get(i).link();
                                if (b != null && (a == null || !a.qid().equals(b.qid()))) {
                                    changes.add("  INDEX " + x.entities().get(i).label() + " " + x.entities().get(i).type() + ": "
                                            + (a == null ? "-" : a.qid()) + " -> " + b.qid() + " (" + b.reason() + ")");
                                }
                            }
                        }
                    }
                    if (gold.doc().equals(dump)) {
                        synchronized (out) {
                            x.entities().forEach(e -> out.println("ENTITY " + e.id() + " " + e.type() + " '" + e.label() + "' "
                                    + e.aliases() + " " + (e.link() == null ? "-" : e.link().qid()) + " roles=" + e.roles()));
                            x.events().forEach(e -> out.println("EVENT " + e));
                        }
                    }
                    List<String> log = new ArrayList<>(changes);
                    if (failure != null) {
                        synchronized (out) {
                            out.println(failure);
                        }
                    }
                    synchronized (scorer) {
                        scorer.score(gold, Predicted.of(x), log);
                    }
                    return log.isEmpty() ? log : prepend(gold.doc(), log);
                });
            }
            runAll(jobs, out);
            for (var half : byHalf.entrySet()) {
                String k = key(set, half.getKey());
                if (docs.containsKey(k)) {
                    out.println(summary(k, half.getValue(), docs.get(k)));
                    if (half.getValue().get("link_n") > 0) {
                        out.println(byType(half.getValue(), "link_ok", "link_n", "qid_wrong", "qid_emitted"));
                    }
                }
                String kt = key(set + TABLE_ONLY, half.getKey());
                if (byHalfTable != null && docs.containsKey(kt) && byHalfTable.get(half.getKey()).get("link_n") > 0) {
                    Scorer t = byHalfTable.get(half.getKey());
                    out.println(String.format(Locale.ROOT, "%s%n  linking recall %.2f wrong-QID share %.2f", kt,
                            t.ratio("link_ok", "link_n"), t.get("qid_emitted") == 0 ? Double.NaN : t.get("qid_wrong") / t.get("qid_emitted")));
                    out.println(byType(t, "link_ok", "link_n", "qid_wrong", "qid_emitted"));
                }
            }
            out.flush();
        }
        if (linked.get() > 0) {
            out.printf(Locale.ROOT, "Linking cost: %.2f ms per article or sentence (%d linked, %s)%n",
                    linkNanos.get() / 1e6 / linked.get(), linked.get(), index.isPresent() ? "table and index" : "table alone");
        }
        if (!write.equals("none")) {
            writeReport(Path.of(write), results, docs);
            out.println("Wrote " + write);
        }
        out.flush();
        return 0;
    }

    /** Link recall and wrong-QID share per entity type, one line. */
    static String byType(Scorer t, String ok, String n, String wrong, String emitted) {
        StringBuilder sb = new StringBuilder("  by type:");
        for (String type : t.types(n)) {
            double e = t.get(emitted + "|" + type);
            sb.append(String.format(Locale.ROOT, " %s %.2f (%.0f/%.0f) wrong %s;", type, t.ratio(ok + "|" + type, n + "|" + type),
                    t.get(ok + "|" + type), t.get(n + "|" + type), e == 0 ? "–" : String.format(Locale.ROOT, "%.2f", t.get(wrong + "|" + type) / e)));
        }
        return sb.toString();
    }

    /** One scorer per half of the set, registered in {@code results} under "set half", tune before test. */
    private static Map<String, Scorer> halves(String set, Map<String, Scorer> results) {
        Map<String, Scorer> byHalf = new LinkedHashMap<>();
        for (String half : List.of(Splits.TUNE, Splits.TEST, Splits.TRAIN, WHOLE)) {
            Scorer scorer = new Scorer();
            byHalf.put(half, scorer);
            results.put(key(set, half), scorer);
        }
        return byHalf;
    }

    private static String cell(double value, boolean scored) {
        return scored ? String.format(Locale.ROOT, "%.2f", value) : "–";
    }

    static <T> List<T> everyNth(List<T> items, int n) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += Math.max(1, n)) {
            out.add(items.get(i));
        }
        return out;
    }

    /** The document's half, or {@link #WHOLE} when {@code --halves whole} asks for each set scored as one. */
    private String half(Splits splits, String set, String doc) {
        return halves.contains(WHOLE) ? WHOLE : splits.half(set, doc);
    }

    /** Whether {@code --halves} asks for documents of this half. */
    private boolean scored(String half) {
        return half.equals(WHOLE) || halves.contains(half);
    }

    private static String key(String set, String half) {
        return set + " " + half;
    }

    /** The frames that locate a failure in Dragoman's code, for {@code --verbose}. */
    private static String where(Throwable e) {
        return java.util.Arrays.stream(e.getStackTrace()).filter(f -> f.getClassName().startsWith("org.dragoman.")).limit(6)
                .map(f -> "\n    at " + f).collect(java.util.stream.Collectors.joining());
    }

    /** Runs the jobs on {@code --threads} threads; prints their logs in job order with {@code --verbose}. */
    private void runAll(List<Callable<List<String>>> jobs, PrintWriter out) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, data.threads));
        try {
            for (Future<List<String>> job : pool.invokeAll(jobs)) {
                List<String> log = job.get();
                if (verbose) {
                    log.forEach(out::println);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> prepend(String doc, List<String> log) {
        List<String> out = new ArrayList<>();
        out.add(doc);
        out.addAll(log);
        return out;
    }

    /** The set's figures, one line per part it scores: a set that annotates only statements prints no event line. */
    static String summary(String set, Scorer t, int docs) {
        double[] ev = t.prf("ev_tp", "ev_fp", "ev_fn");
        double[] st = t.prf("st_tp", "st_fp", "st_fn");
        double[] pa = t.prf("part_tp", "part_fp", "part_fn");
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s (%d articles)", set, docs));
        if (t.get("ev_tp") + t.get("ev_fp") + t.get("ev_fn") > 0) {
            sb.append(String.format(Locale.ROOT, "%n  events P %.2f R %.2f F1 %.2f | participants F1 %.2f | place %.2f date %.2f mode %.2f "
                    + "status %.2f | false events %.0f (%.2f per article)", ev[0], ev[1], ev[2], pa[2], t.ratio("place_ok", "place_n"),
                    t.ratio("date_ok", "date_n"), t.ratio("mode_ok", "mode_n"), t.ratio("status_ok", "status_n"), t.get("ev_fp"),
                    t.get("ev_fp") / Math.max(1, docs)));
        }
        if (t.get("st_tp") + t.get("st_fp") + t.get("st_fn") > 0) {
            sb.append(String.format(Locale.ROOT, "%n  statements P %.2f R %.2f F1 %.2f | speaker precision %.2f direct %.2f",
                    st[0], st[1], st[2], t.ratio("spk_ok", "spk_n"), t.ratio("direct_ok", "direct_n")));
        }
        if (t.get("link_n") > 0) {
            sb.append(String.format(Locale.ROOT, "%n  linking recall %.2f wrong-QID share %.2f", t.ratio("link_ok", "link_n"),
                    t.get("qid_emitted") == 0 ? Double.NaN : t.get("qid_wrong") / t.get("qid_emitted")));
        }
        return sb.toString();
    }

    private static void writeReport(Path file, Map<String, Scorer> results, Map<String, Integer> docs) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# Evaluation\n\n");
        sb.append("Generated by `./dragoman eval` on ").append(LocalDate.now()).append(". Scoring follows `shared/eval/GOLD.md`; ")
                .append("`shared/tools/score.py` on an export gives a second opinion.\n\n");
        sb.append("Each set is scored in its fixed halves (`src/main/resources/org/dragoman/eval/splits.tsv`): rules and "
                + "thresholds are tuned on *tune*, figures are quoted on *test*; polnear-dev is wholly test, the test set of the "
                + "attribution model trained on polnear-train.\n\n");
        sb.append("| set | articles | event P | event R | event F1 | participant F1 | place acc | date acc | false events / article "
                + "| statement P | statement R | statement F1 | speaker precision | direct acc | link recall | wrong-QID share |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (var e : results.entrySet()) {
            if (e.getKey().startsWith("rss500") || !docs.containsKey(e.getKey())) {
                continue;
            }
            Scorer t = e.getValue();
            int n = docs.get(e.getKey());
            double[] ev = t.prf("ev_tp", "ev_fp", "ev_fn");
            double[] st = t.prf("st_tp", "st_fp", "st_fn");
            double[] pa = t.prf("part_tp", "part_fp", "part_fn");
            boolean events = t.get("ev_tp") + t.get("ev_fp") + t.get("ev_fn") > 0;
            boolean statements = t.get("st_tp") + t.get("st_fp") + t.get("st_fn") > 0;
            sb.append("| ").append(e.getKey()).append(" | ").append(n);
            for (double v : new double[] {ev[0], ev[1], ev[2], pa[2], t.ratio("place_ok", "place_n"), t.ratio("date_ok", "date_n"),
                    t.get("ev_fp") / Math.max(1, n)}) {
                sb.append(" | ").append(cell(v, events));
            }
            for (double v : new double[] {st[0], st[1], st[2], t.ratio("spk_ok", "spk_n"), t.ratio("direct_ok", "direct_n")}) {
                sb.append(" | ").append(cell(v, statements));
            }
            sb.append(" | ").append(cell(t.ratio("link_ok", "link_n"), t.get("link_n") > 0)).append(" | ")
                    .append(cell(t.get("qid_emitted") == 0 ? 0 : t.get("qid_wrong") / t.get("qid_emitted"), t.get("link_n") > 0))
                    .append(" |\n");
        }
        for (var e : results.entrySet()) {
            if (e.getKey().startsWith("rss500") && docs.containsKey(e.getKey())) {
                Scorer t = e.getValue();
                sb.append(String.format(Locale.ROOT, "%n**%s** (%d sentences, entity linking): accuracy over linked gold mentions %.2f "
                        + "(%.0f of %.0f), accuracy over NIL gold mentions %.2f, links we emit %.0f of which wrong %.2f.%n",
                        e.getKey(), docs.get(e.getKey()), t.ratio("linked_ok", "linked_n"), t.get("linked_ok"), t.get("linked_n"),
                        t.ratio("nil_ok", "nil_n"), t.get("our_links"), t.ratio("our_wrong", "our_links")));
            }
        }
        sb.append("\n– means the set does not score that part (m2e2 scores only events, polnear only statements); NaN means it "
                + "had nothing of that kind to score.\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }
}
