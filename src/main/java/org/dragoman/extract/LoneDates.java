package org.dragoman.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import org.dragoman.model.DragomanException;
import org.dragoman.model.EventDate;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * A weekday or month named alone ("on Sunday", "in May"), read from its own sentence the way SUTime reads it in a
 * fresh pipeline.
 *
 * <p>SUTime keeps one shared value per weekday and month and tags it with the tense read near a mention; the tag stays
 * for later mentions and later documents (CoreNLP issue 1061), so its date for "on Sunday" depends on what the
 * pipeline annotated before. The rules here are SUTime's own ({@code english.sutime.txt}): a past-tense verb or "have"
 * up to two words before or after the name reads it in the past; "will", "would", "could", "should", "going to" or
 * "'ll" there reads it in the future (that rule runs last, so it wins); otherwise the nearer of the two readings. A
 * weekday lies in the article's Monday-to-Sunday week before it is moved; a month in the article's year, measured from
 * its first day.
 */
final class LoneDates {
    private static final Set<String> WEEKDAYS = WordLists.DATES.get("weekday");
    private static final Set<String> MONTHS = WordLists.DATES.get("month-name");
    private static final Set<String> FUTURE_WORDS = Set.of("will", "would", "could", "should", "'ll", "’ll");
    /** How many words may stand between the name and the verb that sets its tense. */
    private static final int GAP = 2;

    private enum Reading { PAST, FUTURE, NEARER }

    private LoneDates() {
    }

    /**
     * The date of the weekday or month at {@code at}, or null when that token names neither or SUTime's value is not
     * that weekday's or month's (then it belongs to a longer expression, such as "Sunday, August 24").
     */
    static EventDate reading(Sentence s, int at, EventDate sutime, LocalDate article) {
        if (sutime == null || article == null) {
            return null;
        }
        String word = s.token(at).word().toLowerCase(Locale.ROOT);
        if (WEEKDAYS.contains(word) && sutime.precision() == EventDate.Precision.DAY) {
            DayOfWeek named = DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
            if (LocalDate.parse(sutime.iso()).getDayOfWeek() != named) {
                return null;
            }
            LocalDate inWeek = article.with(ChronoField.DAY_OF_WEEK, named.getValue());
            return new EventDate(move(inWeek, article, reading(s, at), 7, ChronoUnit.DAYS).toString());
        }
        if (MONTHS.contains(word) && sutime.precision() == EventDate.Precision.MONTH) {
            Month named = month(word);
            if (YearMonth.parse(sutime.iso()).getMonth() != named) {
                return null;
            }
            LocalDate inYear = LocalDate.of(article.getYear(), named, 1);
            return new EventDate(YearMonth.from(move(inYear, article, reading(s, at), 1, ChronoUnit.YEARS)).toString());
        }
        return null;
    }

    /** The month a full name or a dotted abbreviation of the table names: "december", "dec.", "sept.". */
    static Month month(String word) {
        String stem = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        for (Month m : Month.values()) {
            if (m.name().startsWith(stem.toUpperCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new DragomanException("date-words.tsv: not a month name: '" + word + "'");
    }

    /** The day moved by one step back or on as the reading asks; the nearer of the two when none is asked for. */
    private static LocalDate move(LocalDate day, LocalDate article, Reading reading, int step, ChronoUnit unit) {
        LocalDate other = day.isAfter(article) ? day.minus(step, unit) : day.isBefore(article) ? day.plus(step, unit) : day;
        return switch (reading) {
            case PAST -> day.isAfter(article) ? other : day;
            case FUTURE -> day.isBefore(article) ? other : day;
            // SUTime keeps its first reading on a tie.
            case NEARER -> Math.abs(ChronoUnit.DAYS.between(article, other)) < Math.abs(ChronoUnit.DAYS.between(article, day)) ? other : day;
        };
    }

    private static Reading reading(Sentence s, int at) {
        boolean future = false;
        boolean past = false;
        int last = s.tokens().size() - 1;
        // Words before the name: the name ends the match, so "going to" may begin one word further back.
        for (int k = Math.max(0, at - GAP - 2); k <= Math.min(last, at + GAP + 1); k++) {
            if (k == at) {
                continue;
            }
            Token t = s.token(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            boolean near = Math.abs(k - at) <= GAP + 1;
            past |= near && (t.pos().equals("VBD") || w.equals("have"));
            future |= near && FUTURE_WORDS.contains(w)
                    || w.equals("going") && k < last && s.token(k + 1).word().equalsIgnoreCase("to") && (k > at || k + 1 < at);
        }
        return future ? Reading.FUTURE : past ? Reading.PAST : Reading.NEARER;
    }
}
