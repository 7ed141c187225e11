package org.dragoman.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores predictions against gold with the matching rules of {@code shared/eval/GOLD.md}, the same rules as
 * {@code shared/tools/score.py}: events pair best first by shared participants then agreeing attributes,
 * statements by speaker and at least half the gold content's tokens.
 */
public final class Scorer {
    private static final Map<String, String> GOLD_MODE = Map.of("in-person", "InPerson", "phone", "Phone", "video", "Video");
    private static final Map<String, String> GOLD_STATUS = Map.of("occurred", "Occurred", "planned", "Planned",
            "cancelled", "Cancelled", "denied", "Denied", "hypothetical", "Hypothetical");

    private final Map<String, Double> counts = new TreeMap<>();

    public void add(String key, double v) {
        counts.merge(key, v, Double::sum);
    }

    public double get(String key) {
        return counts.getOrDefault(key, 0.0);
    }

    /** The entity types that per-type counters ({@code key|Type}) were kept for, sorted. */
    public List<String> types(String key) {
        return counts.keySet().stream().filter(k -> k.startsWith(key + "|")).map(k -> k.substring(key.length() + 1)).sorted().toList();
    }

    public Map<String, Double> counts() {
        return Map.copyOf(counts);
    }

    /** Precision, recall and F1 from three counters. */
    public double[] prf(String tp, String fp, String fn) {
        double p = get(tp) / Math.max(1, get(tp) + get(fp));
        double r = get(tp) / Math.max(1, get(tp) + get(fn));
        double f = 2 * p * r / Math.max(1e-9, p + r);
        return new double[] {p, r, f};
    }

    public double ratio(String ok, String n) {
        return get(n) == 0 ? Double.NaN : get(ok) / get(n);
    }

    static Names goldNames(String name, List<Gold.GoldEntity> entities) {
        for (Gold.GoldEntity e : entities) {
            if (name.equals(e.name()) || e.aliases().contains(name)) {
                List<String> all = new ArrayList<>();
                all.add(e.name());
                all.addAll(e.aliases());
                return Names.of(all, e.wikidata());
            }
        }
        return Names.of(List.of(name), null);
    }

    static int overlap(List<Names> gold, List<Names> predicted) {
        Set<Integer> used = new HashSet<>();
        int n = 0;
        for (Names g : gold) {
            for (int i = 0; i < predicted.size(); i++) {
                if (!used.contains(i) && g.matches(predicted.get(i))) {
                    used.add(i);
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    static boolean triggerHit(String triggerText, String triggerSentence, List<String> sentences) {
        if (triggerText == null || triggerSentence == null) {
            return false;
        }
        Set<String> gs = new HashSet<>(Names.norm(triggerSentence));
        List<String> tw = Names.norm(triggerText);
        for (String s : sentences) {
            Set<String> ps = new HashSet<>(Names.norm(s));
            if (ps.isEmpty() || tw.isEmpty() || !ps.containsAll(tw)) {
                continue;
            }
            Set<String> inter = new HashSet<>(gs);
            inter.retainAll(ps);
            Set<String> union = new HashSet<>(gs);
            union.addAll(ps);
            if ((double) inter.size() / Math.max(1, union.size()) >= 0.6) {
                return true;
            }
        }
        return false;
    }

    /** Share of the gold content's tokens that occur in the predicted content. */
    static double coverage(String gold, String predicted) {
        List<String> gt = Names.norm(gold);
        Set<String> pt = new HashSet<>(Names.norm(predicted));
        long hit = gt.stream().filter(pt::contains).count();
        return (double) hit / Math.max(1, gt.size());
    }

    private record Pair(double key, double back, int gold, int predicted) {
    }

    /** Scores one document, appending misses and false positives to {@code log}. */
    public void score(Gold gold, Predicted predicted, List<String> log) {
        List<Predicted.Event> evs = gold.scope().contains("events") ? predicted.events() : List.of();
        List<Predicted.Stmt> sts = gold.scope().contains("statements") ? predicted.statements() : List.of();
        List<Gold.GoldEvent> gevs = gold.scope().contains("events") ? gold.events() : List.of();
        List<Gold.GoldStatement> gsts = gold.scope().contains("statements") ? gold.statements() : List.of();
        List<Gold.GoldEntity> entities = gold.entities();
        if (!gold.scope().contains("entities")) {
            List<Gold.GoldEntity> noQids = new ArrayList<>();
            for (Gold.GoldEntity e : entities) {
                noQids.add(new Gold.GoldEntity(e.name(), e.type(), null, e.aliases()));
            }
            entities = noQids;
        }
        scoreEvents(gevs, evs, entities, log);
        scoreStatements(gsts, sts, entities, log);
        scoreLinks(entities, predicted.entities(), log);
    }

    private void scoreEvents(List<Gold.GoldEvent> gevs, List<Predicted.Event> evs, List<Gold.GoldEntity> entities, List<String> log) {
        List<Pair> pairs = new ArrayList<>();
        for (int gi = 0; gi < gevs.size(); gi++) {
            Gold.GoldEvent ge = gevs.get(gi);
            List<Names> gparts = ge.participants().stream().map(p -> goldNames(p, entities)).toList();
            int need = gparts.size() >= 2 ? 2 : 1;
            for (int i = 0; i < evs.size(); i++) {
                Predicted.Event pe = evs.get(i);
                if (!pe.type().equals(ge.type())) {
                    continue;
                }
                int ov = gparts.isEmpty() ? 0 : overlap(gparts, pe.participants());
                if (ov < need && !triggerHit(ge.triggerText(), ge.triggerSentence(), pe.sentences())) {
                    continue;
                }
                int agree = (eq(pe.date(), ge.date()) ? 1 : 0)
                        + (orDefault(pe.mode(), "InPerson").equals(GOLD_MODE.getOrDefault(ge.mode() == null ? "" : ge.mode(), "?")) ? 1 : 0);
                if (ge.place() != null && pe.place() != null && goldNames(ge.place(), entities).matches(pe.place())) {
                    agree++;
                }
                pairs.add(new Pair(ov * 10 + agree, 0, gi, i));
            }
        }
        Map<Integer, Integer> match = greedy(pairs);
        Set<Integer> used = new HashSet<>(match.values());
        for (int gi = 0; gi < gevs.size(); gi++) {
            Gold.GoldEvent ge = gevs.get(gi);
            if (!match.containsKey(gi)) {
                if (!ge.optional()) {
                    add("ev_fn", 1);
                    log.add("  MISS event " + ge.type() + " " + ge.participants() + " " + ge.date() + " | "
                            + abbreviate(ge.evidence() != null ? ge.evidence() : ge.triggerSentence(), 110));
                }
                continue;
            }
            if (ge.optional()) {
                continue;
            }
            Predicted.Event pe = evs.get(match.get(gi));
            List<Names> gparts = ge.participants().stream().map(p -> goldNames(p, entities)).toList();
            int best = overlap(gparts, pe.participants());
            add("ev_tp", 1);
            add("part_tp", best);
            add("part_fp", pe.participants().size() - best);
            add("part_fn", gparts.size() - best);
            if (ge.place() != null) {
                add("place_n", 1);
                if (pe.place() != null && goldNames(ge.place(), entities).matches(pe.place())) {
                    add("place_ok", 1);
                } else {
                    log.add("  PLACE " + ge.participants() + ": gold " + ge.place() + " got "
                            + (pe.place() == null ? null : pe.place().tokens()) + where(pe));
                }
            }
            if (ge.date() != null) {
                add("date_n", 1);
                if (ge.date().equals(pe.date())) {
                    add("date_ok", 1);
                } else {
                    log.add("  DATE " + ge.participants() + ": gold " + ge.date() + " got " + pe.date() + where(pe));
                }
            }
            if (ge.type().equals("Meeting") && ge.mode() != null) {
                add("mode_n", 1);
                add("mode_ok", orDefault(pe.mode(), "InPerson").equals(GOLD_MODE.get(ge.mode())) ? 1 : 0);
            }
            if (ge.status() != null) {
                add("status_n", 1);
                boolean ok = orDefault(pe.status(), "Occurred").equals(GOLD_STATUS.get(ge.status()));
                add("status_ok", ok ? 1 : 0);
                if (!ok) {
                    log.add("  STATUS " + ge.participants() + ": gold " + ge.status() + " got " + pe.status() + where(pe));
                }
            }
        }
        for (int i = 0; i < evs.size(); i++) {
            if (!used.contains(i)) {
                Predicted.Event pe = evs.get(i);
                add("ev_fp", 1);
                log.add("  FALSE event " + pe.type() + " " + pe.participants().stream().map(Names::tokens).toList() + " "
                        + pe.date() + " | " + abbreviate(pe.sentences().isEmpty() ? "" : pe.sentences().get(0), 110));
            }
        }
    }

    private void scoreStatements(List<Gold.GoldStatement> gsts, List<Predicted.Stmt> sts, List<Gold.GoldEntity> entities,
                                 List<String> log) {
        List<Pair> pairs = new ArrayList<>();
        for (int gi = 0; gi < gsts.size(); gi++) {
            Gold.GoldStatement gs = gsts.get(gi);
            Names gsp = gs.speaker() == null ? null : goldNames(gs.speaker(), entities);
            for (int i = 0; i < sts.size(); i++) {
                Predicted.Stmt ps = sts.get(i);
                if (gsp == null || ps.speakers().stream().anyMatch(gsp::matches)) {
                    double cov = coverage(gs.content(), ps.content());
                    if (cov >= 0.5) {
                        pairs.add(new Pair(cov, coverage(ps.content(), gs.content()), gi, i));
                    }
                }
            }
        }
        Map<Integer, Integer> match = greedy(pairs);
        Set<Integer> used = new HashSet<>(match.values());
        for (int gi = 0; gi < gsts.size(); gi++) {
            Gold.GoldStatement gs = gsts.get(gi);
            if (!match.containsKey(gi)) {
                if (!gs.optional()) {
                    add("st_fn", 1);
                    log.add("  MISS statement " + gs.speaker() + " [" + gs.cue() + "]: " + abbreviate(gs.content(), 90));
                }
                continue;
            }
            if (gs.optional()) {
                continue;
            }
            add("st_tp", 1);
            Predicted.Stmt ps = sts.get(match.get(gi));
            if (gs.direct() != null && ps.direct() != null) {
                add("direct_n", 1);
                add("direct_ok", gs.direct().equals(ps.direct()) ? 1 : 0);
            }
        }
        for (int i = 0; i < sts.size(); i++) {
            if (!used.contains(i)) {
                Predicted.Stmt ps = sts.get(i);
                add("st_fp", 1);
                log.add("  FALSE statement " + ps.speakers().stream().map(Names::tokens).toList() + ": " + abbreviate(ps.content(), 90));
            }
        }
        for (Predicted.Stmt ps : sts) {
            List<Gold.GoldStatement> golds = gsts.stream()
                    .filter(gs -> gs.speaker() != null && coverage(gs.content(), ps.content()) >= 0.5).toList();
            if (!golds.isEmpty()) {
                add("spk_n", 1);
                boolean ok = golds.stream().anyMatch(gs -> ps.speakers().stream().anyMatch(x -> goldNames(gs.speaker(), entities).matches(x)));
                add("spk_ok", ok ? 1 : 0);
                if (!ok) {
                    log.add("  SPEAKER " + ps.speakers().stream().map(Names::tokens).toList() + " for gold "
                            + String.join(" | ", golds.stream().map(gs -> gs.speaker() + (gs.optional() ? " (optional)" : "") + " <" + Names.norm(gs.content()).size() + "w>").toList())
                            + ": " + abbreviate(ps.content(), 70) + " || " + abbreviate(ps.sentence(), 200));
                }
            }
        }
    }

    private void scoreLinks(List<Gold.GoldEntity> entities, List<Predicted.Ent> ents, List<String> log) {
        for (Gold.GoldEntity ge : entities) {
            if (ge.wikidata() == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(ge.name());
            names.addAll(ge.aliases());
            Names gn = Names.of(names, null);
            Set<String> qs = new HashSet<>();
            for (Predicted.Ent e : ents) {
                if (gn.same(Names.of(e.labels(), null))) {
                    qs.addAll(e.qids());
                }
            }
            String type = "|" + (ge.type() == null ? "Unknown" : ge.type());
            add("link_n", 1);
            add("link_n" + type, 1);
            if (qs.contains(ge.wikidata())) {
                add("link_ok", 1);
                add("link_ok" + type, 1);
            } else {
                log.add("  LINK " + ge.name() + ": gold " + ge.wikidata() + " got " + (qs.isEmpty() ? "none" : qs));
            }
            Set<String> wrong = new HashSet<>(qs);
            wrong.remove(ge.wikidata());
            add("qid_emitted", qs.size());
            add("qid_wrong", wrong.size());
            add("qid_emitted" + type, qs.size());
            add("qid_wrong" + type, wrong.size());
        }
    }

    private static Map<Integer, Integer> greedy(List<Pair> pairs) {
        List<Pair> sorted = new ArrayList<>(pairs);
        // Python sorts tuples in reverse: by key, then the tie-breakers, all descending.
        sorted.sort(Comparator.comparingDouble(Pair::key).thenComparingDouble(Pair::back)
                .thenComparingInt(Pair::gold).thenComparingInt(Pair::predicted).reversed());
        Map<Integer, Integer> match = new HashMap<>();
        Set<Integer> used = new HashSet<>();
        for (Pair p : sorted) {
            if (!match.containsKey(p.gold()) && !used.contains(p.predicted())) {
                match.put(p.gold(), p.predicted());
                used.add(p.predicted());
            }
        }
        return match;
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String orDefault(String v, String d) {
        return v == null ? d : v;
    }

    /** The sentence a matched event was told in, for the verbose error lines. */
    private static String where(Predicted.Event pe) {
        return " | " + abbreviate(pe.sentences().isEmpty() ? "" : pe.sentences().get(0), 110);
    }

    private static String abbreviate(String s, int n) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= n ? one : one.substring(0, n) + "…";
    }
}
