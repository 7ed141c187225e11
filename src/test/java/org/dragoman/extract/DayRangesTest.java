package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.EventDate;
import org.dragoman.nlp.Token;
import org.junit.jupiter.api.Test;

class DayRangesTest {
    /** Tokens of the words, numbers tagged CD. */
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        for (String word : text.split(" ")) {
            out.add(new Token(out.size(), word, word, word.matches("\\d+") ? "CD" : "NNP", "O", "", 0, 0));
        }
        return out;
    }

    private static String first(String text, int start, int end, String date) {
        return DayRanges.firstDay(tokens(text), start, end, new EventDate(date)).date().iso();
    }

    @Test
    void daysAfterTheMonthTakeTheFirstDayAndAYearAfterAComma() {
        List<Token> toks = tokens("Ruiz visits Lima on May 6 - 8 , 2019 .");
        DayRanges.Ranged r = DayRanges.firstDay(toks, 4, 5, new EventDate("2018-05"));
        assertEquals("2019-05-06", r.date().iso());
        assertEquals(10, r.end());
        DayRanges.Ranged noYear = DayRanges.firstDay(tokens("Ruiz visits Lima on May 6 - 8 ."), 4, 5, new EventDate("2018-05"));
        assertEquals("2018-05-06", noYear.date().iso());
    }

    @Test
    void daysBeforeTheMonthTakeTheFirstDay() {
        assertEquals("2019-05-06", first("Ruiz visited Lima from 6 - 8 May 2019 .", 7, 9, "2019-05"));
        assertEquals("2019-05-06", first("Ruiz visited Lima from 6 to 8 May 2019 .", 6, 9, "2019-05-08"));
        assertEquals("2019-05-06", first("Ruiz was in Lima between 6 and 8 May .", 7, 9, "2019-05-08"));
    }

    @Test
    void listedDaysAndNumbersThatAreNoRunStay() {
        assertNull(DayRanges.firstDay(tokens("Ruiz met Soto on 6 and 8 May ."), 6, 8, new EventDate("2019-05-08")));
        assertNull(DayRanges.firstDay(tokens("Ruiz met Soto on May 8 - 6 ."), 4, 5, new EventDate("2019-05")));
        assertNull(DayRanges.firstDay(tokens("Ruiz met Soto on Feb. 28 - 30 ."), 4, 5, new EventDate("2019-02")));
        assertNull(DayRanges.firstDay(tokens("Ruiz met Soto in May 2019 ."), 4, 6, new EventDate("2019-05")));
        assertNull(DayRanges.firstDay(tokens("Ruiz met Soto in 2019 ."), 4, 5, new EventDate("2019")));
    }
}
