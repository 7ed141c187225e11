package org.dragoman.extract;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.model.EventDate;
import org.dragoman.nlp.Token;

/**
 * A run of days dated by its first day, as a trip or summit that lasts them is dated: "6-8 May 2019", "May 6-8",
 * "May 6-8, 2019", "from 6 to 8 May". SUTime leaves the days of the first three out (the month alone) and dates the
 * last one by its last day.
 *
 * <p>The days are numbers of the month's length, the first below the second, joined by a dash, "to", "through" or
 * "until", or by "and" after "between" ("on 6 and 8 May" lists two days, which {@link ListedDates} reads).
 */
final class DayRanges {
    private static final Set<String> JOINERS = Set.of("-", "–", "to", "through", "until");

    /** The date of a run of days and the token after all of it (a year told after a comma included). */
    record Ranged(int end, EventDate date) {
    }

    private DayRanges() {
    }

    /**
     * The first day of the run that the date tokens {@code [start, end)} (read as {@code date}) belong to; null when they
     * belong to none.
     */
    static Ranged firstDay(List<Token> toks, int start, int end, EventDate date) {
        if (date == null || date.precision() == EventDate.Precision.YEAR) {
            return null;
        }
        YearMonth month = YearMonth.parse(date.iso().substring(0, 7));
        if (date.precision() == EventDate.Precision.MONTH) {
            // "May 6-8" and "May 6-8, 2019": the days after the month.
            int first = day(toks, end, month);
            if (first > 0 && joins(toks, end + 1, start - 1) && day(toks, end + 2, month) > first) {
                int after = end + 3;
                boolean yearAfter = after + 1 < toks.size() && toks.get(after).word().equals(",")
                        && toks.get(after + 1).word().matches("(1[89]|20)\\d\\d");
                if (yearAfter) {
                    month = YearMonth.of(Integer.parseInt(toks.get(after + 1).word()), month.getMonth());
                    after += 2;
                }
                return new Ranged(after, new EventDate(month.atDay(first).toString()));
            }
            // "6-8 May 2019": the days before it.
            first = day(toks, start - 3, month);
            if (first > 0 && joins(toks, start - 2, start - 4) && day(toks, start - 1, month) > first) {
                return new Ranged(end, new EventDate(month.atDay(first).toString()));
            }
        } else if (date.precision() == EventDate.Precision.DAY) {
            // "from 6 to 8 May": SUTime takes "8 May" and dates the last day.
            int last = Integer.parseInt(date.iso().substring(8));
            int first = day(toks, start - 2, month);
            if (first > 0 && first < last && toks.get(start).word().equals(String.valueOf(last)) && joins(toks, start - 1, start - 3)) {
                return new Ranged(end, new EventDate(month.atDay(first).toString()));
            }
        }
        return null;
    }

    /** The day of the month that token {@code i} is as a bare number; 0 when it is none (or out of the sentence). */
    private static int day(List<Token> toks, int i, YearMonth month) {
        if (i < 0 || i >= toks.size() || !toks.get(i).word().matches("\\d{1,2}")) {
            return 0;
        }
        int day = Integer.parseInt(toks.get(i).word());
        return day >= 1 && day <= month.lengthOfMonth() ? day : 0;
    }

    /** Whether token {@code i} joins two days of a run; "and" only after "between" at {@code opening}. */
    private static boolean joins(List<Token> toks, int i, int opening) {
        if (i < 0 || i >= toks.size()) {
            return false;
        }
        String word = toks.get(i).word().toLowerCase(Locale.ROOT);
        return JOINERS.contains(word)
                || word.equals("and") && opening >= 0 && opening < toks.size() && toks.get(opening).word().equalsIgnoreCase("between");
    }
}
