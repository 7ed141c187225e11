package org.dragoman.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The GOLD.md matching rules on a hand-made case whose scores were computed by hand. */
class ScorerTest {
    private static Names names(String... n) {
        return Names.of(List.of(n), null);
    }

    @Test
    void nameMatchingFollowsGoldRules() {
        assertTrue(names("Putin").matches(names("Vladimir Putin")));
        assertFalse(names("Grace Mugabe").matches(names("Robert Mugabe")));
        assertTrue(names("U.S.").matches(names("u s")));
        assertTrue(Names.of(List.of("Russia"), "Q159").matches(Names.of(List.of("Russian Federation"), "Q159")));
        assertFalse(Names.of(List.of("Georgia"), "Q230").matches(Names.of(List.of("Georgia"), "Q1428")));
    }

    @Test
    void handMadeDocument() {
        List<Gold.GoldEntity> entities = List.of(
                new Gold.GoldEntity("Ana Lima", "Person", "Q1", List.of("Lima")),
                new Gold.GoldEntity("Bo Park", "Person", null, List.of()),
                new Gold.GoldEntity("Lisbon", "City", "Q597", List.of()));
        Gold gold = new Gold("d", "2020-03-02", Set.of("events", "statements", "entities"),
                List.of(
                        // matched: 2 shared participants, right place, wrong date
                        new Gold.GoldEvent("Meeting", "in-person", "occurred", List.of("Ana Lima", "Bo Park"), "Lisbon",
                                "2020-03-01", false, null, null, "e1"),
                        // missed
                        new Gold.GoldEvent("Visit", "in-person", "occurred", List.of("Bo Park"), "Lisbon", null, false, null, null, "e2"),
                        // optional, unmatched: neither miss nor hit
                        new Gold.GoldEvent("Meeting", "phone", "occurred", List.of("Ana Lima", "Cy Dee"), null, null, true, null, null, "e3")),
                List.of(
                        new Gold.GoldStatement("Ana Lima", "said", "the talks were very good for both sides", false, false),
                        new Gold.GoldStatement("Bo Park", "said", "we will meet again soon", true, false)),
                entities);
        Predicted predicted = new Predicted(
                List.of(
                        new Predicted.Event("Meeting", List.of(names("Lima"), names("Bo Park"), names("Eve")), names("Lisbon"),
                                "2020-03-02", "InPerson", "Occurred", List.of("s1")),
                        new Predicted.Event("Meeting", List.of(names("Zed")), null, null, "InPerson", "Occurred", List.of("s2"))),
                List.of(
                        // covers 4 of 8 gold tokens (the, talks, were, good): exactly half, a hit
                        new Predicted.Stmt(List.of(names("Ana Lima")), "the talks were good", false, "s3"),
                        // right content, wrong speaker: a false positive and a speaker error
                        new Predicted.Stmt(List.of(names("Ana Lima")), "we will meet again soon", true, "s4")),
                List.of(new Predicted.Ent(List.of("Ana Lima"), List.of("Q1")), new Predicted.Ent(List.of("Lisbon"), List.of("Q9"))));
        Scorer t = new Scorer();
        List<String> log = new ArrayList<>();
        t.score(gold, predicted, log);
        // events: tp 1, fp 1 (Zed), fn 1 (the visit); the optional one counts for nothing -> P 0.5 R 0.5 F1 0.5
        assertEquals(1, t.get("ev_tp"));
        assertEquals(1, t.get("ev_fp"));
        assertEquals(1, t.get("ev_fn"));
        assertEquals(0.5, t.prf("ev_tp", "ev_fp", "ev_fn")[2], 1e-9);
        // participants: 2 of 3 predicted right, both gold found -> P 2/3 R 1 F1 0.8
        assertEquals(0.8, t.prf("part_tp", "part_fp", "part_fn")[2], 1e-9);
        assertEquals(1.0, t.ratio("place_ok", "place_n"), 1e-9);
        assertEquals(0.0, t.ratio("date_ok", "date_n"), 1e-9);
        // statements: tp 1, fp 1, fn 1 -> F1 0.5; speaker precision 1 of 2
        assertEquals(0.5, t.prf("st_tp", "st_fp", "st_fn")[2], 1e-9);
        assertEquals(0.5, t.ratio("spk_ok", "spk_n"), 1e-9);
        assertEquals(1.0, t.ratio("direct_ok", "direct_n"), 1e-9);
        // linking: Ana Lima right, Lisbon wrong -> recall 1/2, one wrong QID of two emitted
        assertEquals(0.5, t.ratio("link_ok", "link_n"), 1e-9);
        assertEquals(1, t.get("qid_wrong"));
        assertEquals(2, t.get("qid_emitted"));
        assertTrue(log.stream().anyMatch(l -> l.contains("MISS event Visit")), log.toString());
    }

    @Test
    void coverageCountsGoldTokens() {
        assertEquals(4.0 / 8, Scorer.coverage("the talks were very good for both sides", "the talks were good"), 1e-9);
    }
}
