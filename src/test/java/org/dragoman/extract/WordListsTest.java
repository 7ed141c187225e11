package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dragoman.model.DragomanException;
import org.junit.jupiter.api.Test;

/** The word tables load, a misspelt list name fails loudly, and rule order is declared without ties. */
class WordListsTest {
    @Test
    void tablesLoadAndAWordMayStandInSeveralLists() {
        assertTrue(WordLists.MEETING.get("meet-verb").contains("meet"));
        assertTrue(WordLists.MEETING.get("meeting-noun").contains("summit"));
        assertTrue(WordLists.MEETING.get("gathering-noun").contains("summit"));
        assertTrue(WordLists.MEETING.get("topic-verb").contains("discussed"));
        assertTrue(WordLists.STATUS.get("cancel-verb").contains("postpone"));
        assertTrue(WordLists.DATES.get("weekday").contains("friday"));
    }

    @Test
    void anUnknownListIsAnError() {
        assertThrows(DragomanException.class, () -> WordLists.MEETING.get("meet-verbs"));
        assertThrows(DragomanException.class, () -> WordLists.MEETING.union("meeting-noun", "visit-nouns"));
    }

    @Test
    void aUnionHoldsTheWordsOfEveryListNamed() {
        java.util.Set<String> both = WordLists.MEETING.union("meeting-noun", "visit-noun");
        assertTrue(both.containsAll(WordLists.MEETING.get("meeting-noun")) && both.containsAll(WordLists.MEETING.get("visit-noun")));
        assertThrows(UnsupportedOperationException.class, () -> both.add("parade"));
    }

    @Test
    void twoRulesOfOnePriorityAreRejected() {
        assertThrows(DragomanException.class,
                () -> new MeetingExtractor(List.of(new VerbalMeetingRule(), new VerbalMeetingRule()), List.of(), GenderLexicon.load(), VerbLexicon.bundled()));
    }
}
