package org.dragoman.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dragoman.model.Extraction;
import org.dragoman.model.Signing;
import org.junit.jupiter.api.Test;

/** A test-only kind of event is reduced and scored by its kind's scoring type, with no code of its own here. */
class NewEventKindScoringTest {
    @Test
    void newKindIsScoredAsAnEventOfItsClass() {
        Extraction x = Signing.inArticle(List.of("person/ana-lima", "person/bo-park"));
        Predicted p = Predicted.of(x);
        assertEquals(1, p.events().size());
        assertEquals(List.of(), p.statements());
        Predicted.Event e = p.events().get(0);
        assertEquals("Signing", e.type());
        assertEquals(List.of(List.of("ana", "lima"), List.of("bo", "park")), e.participants().stream().map(n -> n.tokens().get(0)).toList());
        assertEquals("2020-03-01", e.date());
        assertEquals(null, e.mode());

        Gold gold = new Gold("s1", "2020-03-02", Set.of("events"), List.of(
                new Gold.GoldEvent("Signing", null, "occurred", List.of("Ana Lima", "Bo Park"), "Lisbon", "2020-03-01", false,
                        null, null, "e1"),
                new Gold.GoldEvent("Meeting", "in-person", "occurred", List.of("Ana Lima", "Bo Park"), null, null, false,
                        null, null, "e2")), List.of(), List.of());
        Scorer scorer = new Scorer();
        List<String> log = new ArrayList<>();
        scorer.score(gold, p, log);
        assertEquals(1.0, scorer.get("ev_tp"));
        assertEquals(1.0, scorer.get("ev_fn"), log::toString);
        assertEquals(0.0, scorer.get("ev_fp"));
        assertEquals(1.0, scorer.get("place_ok"));
    }
}
