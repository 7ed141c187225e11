package org.dragoman.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordsTest {
    @Test
    void eventDateKeepsPrecision() {
        assertEquals(EventDate.Precision.DAY, new EventDate("2021-08-20").precision());
        assertEquals(EventDate.Precision.MONTH, new EventDate("2020-06").precision());
        assertEquals(EventDate.Precision.YEAR, new EventDate("1989").precision());
        assertThrows(DragomanException.class, () -> new EventDate("2020-13"));
        assertThrows(DragomanException.class, () -> new EventDate("XXXX-08-23"));
    }

    @Test
    void recordsCopyTheirLists() {
        List<String> parts = new ArrayList<>(List.of("a", "b"));
        Meeting m = new Meeting(parts, Mode.IN_PERSON, Status.OCCURRED, null, null, "met", new Evidence("s", 0, 1), 0.5);
        parts.add("c");
        assertEquals(2, m.participants().size());
        assertThrows(UnsupportedOperationException.class, () -> m.participants().add("d"));
    }

    @Test
    void eachParticipantIsListedOnceInOrder() {
        Evidence evidence = new Evidence("s", 0, 1);
        Meeting m = new Meeting(List.of("ruiz", "holm", "ruiz"), Mode.IN_PERSON, Status.OCCURRED, null, null, "met", evidence, 0.5);
        Visit v = new Visit(List.of("soto", "soto"), null, Status.PLANNED, null, null, "travel", evidence, 0.5);
        assertEquals(List.of("ruiz", "holm"), m.participants());
        assertEquals(List.of("soto"), v.visitors());
    }

    @Test
    void invalidValuesAreRejected() {
        assertThrows(DragomanException.class, () -> new Evidence("s", 5, 2));
        assertThrows(DragomanException.class, () -> new Link("X12", null, 0.5));
        assertThrows(DragomanException.class, () -> new Link("Q12", null, 1.5));
        assertThrows(DragomanException.class, () -> new Visit(List.of(), null, Status.OCCURRED, null, null, "visited",
                new Evidence("s", 0, 1), 0.5));
    }

    @Test
    void speechActsMapToCameoRoots() {
        assertEquals("02", SpeechAct.APPEAL.cameo());
        assertEquals("11", SpeechAct.DISAPPROVE.cameo());
        assertEquals("13", SpeechAct.THREATEN.cameo());
    }
}
