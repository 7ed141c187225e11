package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Month;
import org.dragoman.model.DragomanException;
import org.junit.jupiter.api.Test;

class LoneDatesTest {
    @Test
    void fullNamesAndDottedAbbreviationsNameTheirMonth() {
        assertEquals(Month.MAY, LoneDates.month("may"));
        assertEquals(Month.DECEMBER, LoneDates.month("dec."));
        assertEquals(Month.SEPTEMBER, LoneDates.month("sept."));
        assertEquals(Month.SEPTEMBER, LoneDates.month("sep."));
    }

    @Test
    void everyMonthNameOfTheTableIsAMonth() {
        for (String word : WordLists.DATES.get("month-name")) {
            assertEquals(word.substring(0, 3), LoneDates.month(word).name().substring(0, 3).toLowerCase(java.util.Locale.ROOT), word);
        }
    }

    @Test
    void aWordThatIsNoMonthIsRefused() {
        assertThrows(DragomanException.class, () -> LoneDates.month("monday"));
    }
}
