package org.dragoman.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventKindsTest {
    private static final Evidence EVIDENCE = new Evidence("Ana Lima met Bo Park.", 0, 21);

    @Test
    void defaultRegistryKeepsTheNamesThatIrisUse() {
        assertEquals(List.of("meeting", "visit", "statement"), EventKinds.DEFAULT.all().stream().map(EventKind::name).toList());
        assertEquals(EventKinds.VISIT, EventKinds.DEFAULT.byRdfClass("Visit").orElseThrow());
        assertEquals(EventKinds.MEETING, new Meeting(List.of("a", "b"), Mode.PHONE, Status.OCCURRED, null, null, "called",
                EVIDENCE, 0.5).kind());
    }

    @Test
    void aKindIsRegisteredOnce() {
        assertEquals(4, Signing.KINDS.all().size());
        assertThrows(DragomanException.class, () -> Signing.KINDS.with(Signing.KIND));
        assertThrows(DragomanException.class, () -> EventKinds.DEFAULT.with(
                new EventKind("meeting", "Summit", EventKind.Scoring.NONE, "Summits", "#000000")));
        assertThrows(DragomanException.class, () -> new EventKind("Meeting", "Meeting", EventKind.Scoring.NONE, "M", "#000000"));
    }

    @Test
    void eventsGiveTheirFactsAsAttributes() {
        Meeting m = new Meeting(List.of("person/ana-lima", "person/bo-park"), Mode.VIDEO, Status.PLANNED, null, null, null,
                EVIDENCE, 0.5);
        assertEquals(List.of("person/ana-lima", "person/bo-park"), m.entityIds(Attribute.PARTICIPANT));
        assertEquals("Video", m.value(Attribute.MODE));
        assertNull(m.value("trigger"));
        Visit v = new Visit(List.of("person/ana-lima"), "person/bo-park", Status.OCCURRED, null, null, "visited", EVIDENCE, 0.5);
        assertEquals(List.of("person/ana-lima"), v.entityIds(Attribute.PARTICIPANT));
        assertEquals(List.of("person/bo-park"), v.entityIds("host"));
        Statement s = new Statement("person/ana-lima", null, "talks went well", "said", false, SpeechAct.APPEAL,
                Status.OCCURRED, null, null, EVIDENCE, 0.5);
        assertEquals("false", s.value(Attribute.DIRECT));
        assertEquals("02", s.value("cameo"));
        assertThrows(DragomanException.class, () -> Attribute.text("has space", "x"));
    }

    @Test
    void aJointStatementGivesEachOfItsSpeakersAndNamesNoneTwice() {
        Statement one = new Statement("person/ana-lima", null, "talks went well", "said", false, SpeechAct.STATEMENT,
                Status.OCCURRED, null, null, EVIDENCE, 0.5);
        Statement joint = one.withCoSpeakers(List.of("person/ana-lima", "person/bo-park", "person/bo-park"));
        assertEquals(List.of("person/bo-park"), joint.coSpeakers());
        assertEquals(List.of("person/ana-lima", "person/bo-park"), joint.entityIds(Attribute.SPEAKER));
        assertEquals(List.of("person/bo-park"), joint.withConfidence(0.9).coSpeakers());
        assertEquals(List.of(), joint.withSpeaker("person/cy-dorn").coSpeakers());
        assertThrows(DragomanException.class, () -> new Statement("person/ana-lima", null, "talks went well", "said", false,
                SpeechAct.STATEMENT, Status.OCCURRED, null, null, EVIDENCE, 0.5, List.of("person/ana-lima")));
    }
}
