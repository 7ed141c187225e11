package org.dragoman.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.model.EventDate;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Picks the date of an event from SUTime's normalised DATE values, preferring a date attached to the trigger
 * in the dependency parse. Keeps precision: a month stays a month. Values SUTime could not anchor (no
 * article date) stay unresolved.
 */
public final class DateResolver {
    /** How many sentences open the story and may give the day it is about. */
    private static final int LEAD_SENTENCES = 2;
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Set<String> VAGUE = WordLists.DATES.get("vague-word");
    private static final Set<String> MEETING_NOUNS = WordLists.MEETING.get("meeting-noun");
    private static final Pattern DAY_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

    /** A date mention: its tokens and value. */
    record DateSpan(int sentence, int start, int end, EventDate date) {
    }

    private static final Set<String> PERIOD_WORDS = WordLists.DATES.get("period-word");
    private static final Set<String> RELATIVE_WORDS = WordLists.DATES.get("relative-word");

    private final AnnotatedArticle doc;

    public DateResolver(AnnotatedArticle doc) {
        this.doc = doc;
    }

    public LocalDate articleDate() {
        return doc.article().date();
    }

    List<DateSpan> dates(Sentence s) {
        List<DateSpan> out = new ArrayList<>();
        List<Token> toks = s.tokens();
        int i = 0;
        while (i < toks.size()) {
            Token t = toks.get(i);
            // "later that month", "the same month": the month of the date told just before, which SUTime leaves a duration.
            boolean sameMonth = t.word().equalsIgnoreCase("month") && i > 0 && toks.get(i - 1).word().matches("(?i)that|same");
            if (sameMonth) {
                int from = i - 1;
                monthBefore(s, out).ifPresent(m -> out.add(new DateSpan(s.index(), from, from + 2, m)));
                i++;
                continue;
            }
            // "held talks that day": NER may take "that day" for a duration; it is the day told just before.
            boolean sameDayDuration = t.word().equalsIgnoreCase("day") && !isDate(t) && i > 0
                    && toks.get(i - 1).word().matches("(?i)that|same");
            if (sameDayDuration) {
                int from = i - 1;
                dayBefore(s, out).ifPresent(d -> out.add(new DateSpan(s.index(), from, from + 2, d)));
                i++;
                continue;
            }
            // "in September of that year", "the following year": a year counted from the one told before, which SUTime
            // counts from the article's (or leaves a duration).
            int yearWords = yearPhraseLength(toks, i);
            if (yearWords > 0) {
                yearTold(s, out, i, i + yearWords, yearShift(toks.subList(i, i + yearWords))).ifPresent(out::add);
                i += yearWords;
                continue;
            }
            // "Mrs May", "Mr March": a surname that is also a month, which NER tags as a date.
            if (!isDate(t) || i > 0 && HONORIFICS.contains(toks.get(i - 1).word())) {
                i++;
                continue;
            }
            int j = i;
            boolean vague = false;
            while (j < toks.size() && toks.get(j).ner().equals(t.ner()) && t.normalized().equals(toks.get(j).normalized())
                    && (j == i || yearPhraseLength(toks, j) == 0)) {
                vague |= VAGUE.contains(toks.get(j).word().toLowerCase(java.util.Locale.ROOT));
                j++;
            }
            // "on Monday, the second stop of a tour": SUTime runs the weekday into the words after its comma, with that
            // weekday's date ("Monday, the same day" relates the weekday to another day and gets that day's).
            if (j > i + 2 && WEEKDAYS.contains(t.word().toLowerCase(java.util.Locale.ROOT)) && toks.get(i + 1).word().equals(",")
                    && toks.get(i + 2).word().equalsIgnoreCase("the") && namesWeekday(t)) {
                j = i + 1;
                vague = false;
            }
            // "the two leaders first sat down": SUTime reads a verb that spells a weekday's short name as that weekday.
            if (toks.subList(i, j).stream().anyMatch(k -> k.pos().matches("VB|VBD|VBP|VBZ|MD"))) {
                i = j;
                continue;
            }
            // "later the same month", tagged a date whole: as above.
            if (j - 2 >= i && toks.get(j - 1).word().equalsIgnoreCase("month") && toks.get(j - 2).word().matches("(?i)that|same")) {
                int from = i;
                int to = j;
                monthBefore(s, out).ifPresent(m -> out.add(new DateSpan(s.index(), from, to, m)));
                i = j;
                continue;
            }
            EventDate d = parse(t.normalized());
            EventDate lone = j == i + 1 ? LoneDates.reading(s, i, d, articleDate()) : null;
            if (lone != null) {
                d = lone;
            }
            DayRanges.Ranged ranged = DayRanges.firstDay(toks, i, j, d);
            if (ranged != null) {
                out.add(new DateSpan(s.index(), i, ranged.end(), ranged.date()));
                i = ranged.end();
                continue;
            }
            // "the same day", "that day", "a day earlier", "two days later", "the next day": counted from the day told
            // just before (or the lead's), which SUTime takes for the article's.
            // "later in the day" falls back to SUTime's day where no day was told before.
            boolean inTheDay = laterInTheDay(toks, i, j);
            Integer shift = sameDay(toks.subList(i, j)) || partOfToldDay(toks, i, j) || inTheDay ? Integer.valueOf(0)
                    : daysShifted(toks.subList(i, j));
            // "on Monday, the same day X ...": SUTime joins the weekday to the phrase that relates it to another day
            // and gives the article's day; the weekday named is the day (the last one; the tense may move it on).
            java.time.DayOfWeek named = shift == null || articleDate() == null ? null : weekdayIn(toks.subList(i, j));
            if (named != null) {
                LocalDate article = articleDate();
                int back = (article.getDayOfWeek().getValue() - named.getValue() + 7) % 7;
                out.add(new DateSpan(s.index(), i, j, new EventDate(article.minusDays(back).toString())));
                i = j;
                continue;
            }
            // "hosted X last Wednesday before flying on the following day": a day told earlier in the sentence first.
            EventDate toldHere = out.isEmpty() || out.get(out.size() - 1).date().precision() != EventDate.Precision.DAY ? null
                    : out.get(out.size() - 1).date();
            if (shift != null && (s.index() > 0 || toldHere != null)) {
                EventDate before = toldHere != null ? toldHere : recentDate(doc, s.index());
                if (before == null) {
                    // Only the lead sentences before this one: "The same day, ..." opening the story counts from none.
                    before = leadDate(doc, Math.min(LEAD_SENTENCES, s.index()), s.index(), true);
                }
                if (before != null && before.precision() == EventDate.Precision.DAY) {
                    out.add(new DateSpan(s.index(), i, j, new EventDate(LocalDate.parse(before.iso()).plusDays(shift).toString())));
                    i = j;
                    continue;
                }
                if (!inTheDay) {
                    i = j;
                    continue;
                }
            }
            // "two months ago", "three years ago": counted back from the article's day, to the precision the unit tells.
            EventDate ago = articleDate() == null ? null : countedBack(toks.subList(i, j), articleDate());
            if (ago != null) {
                out.add(new DateSpan(s.index(), i, j, ago));
                i = j;
                continue;
            }
            // "a few days later", "currently": SUTime anchors them to the article date, which is not the event's.
            // "later this month", "next year" name a whole calendar month or year, which SUTime gets right.
            if (d != null && (!vague || wholePeriod(toks.subList(i, j), d) || namedWeekday(toks.subList(i, j)) || monthOfNamedYear(toks.subList(i, j), d)
                    || partOfNamedDay(toks.subList(i, j)))) {
                out.add(new DateSpan(s.index(), i, j, d));
            }
            i = j;
        }
        return out;
    }

    /** Phrases of a year told relative to another, with how many years they count on from it. */
    private static final java.util.Map<String, Integer> YEAR_PHRASES = yearPhrases();

    private static java.util.Map<String, Integer> yearPhrases() {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        WordLists.DATES.get("year-same").forEach(p -> out.put(p, 0));
        WordLists.DATES.get("year-after").forEach(p -> out.put(p, 1));
        WordLists.DATES.get("year-before").forEach(p -> out.put(p, -1));
        return java.util.Map.copyOf(out);
    }

    /** How many tokens from {@code i} spell a year told relative to another ("that year", "a year later"); 0 if none. */
    private static int yearPhraseLength(List<Token> toks, int i) {
        for (int n = 3; n >= 2; n--) {
            if (i + n <= toks.size() && YEAR_PHRASES.containsKey(words(toks.subList(i, i + n)))) {
                return n;
            }
        }
        return 0;
    }

    private static int yearShift(List<Token> phrase) {
        return YEAR_PHRASES.get(words(phrase));
    }

    private static String words(List<Token> toks) {
        return String.join(" ", toks.stream().map(t -> t.word().toLowerCase(java.util.Locale.ROOT)).toList());
    }

    /**
     * The date a year phrase from token {@code at} to {@code end} tells, counted {@code shift} years from the year told before it: the
     * month just before it in that year ("May that year", "September of that year"), replacing that month's own
     * reading, or else the year alone ("later that year"). Empty when no year was told before in the sentence or,
     * within the paragraph, in the two before it.
     */
    private java.util.Optional<DateSpan> yearTold(Sentence s, List<DateSpan> out, int at, int end, int shift) {
        DateSpan month = null;
        if (!out.isEmpty()) {
            DateSpan last = out.get(out.size() - 1);
            int gap = at - last.end();
            boolean joined = gap == 0 || gap == 1 && s.token(last.end()).word().equalsIgnoreCase("of");
            boolean oneMonth = last.end() - last.start() == 1
                    && MONTHS.contains(s.token(last.start()).word().toLowerCase(java.util.Locale.ROOT));
            if (joined && oneMonth) {
                month = last;
            }
        }
        DateSpan base = null;
        for (int k = out.size() - 1; k >= 0 && base == null; k--) {
            if (out.get(k) != month) {
                base = out.get(k);
            }
        }
        if (base == null) {
            base = recentSpan(doc, s.index(), d -> true);
        }
        if (base == null) {
            return java.util.Optional.empty();
        }
        int year = Integer.parseInt(base.date().iso().substring(0, 4)) + shift;
        if (month != null) {
            out.remove(month);
            String mm = month.date().precision() == EventDate.Precision.YEAR ? null : month.date().iso().substring(4, 7);
            return mm == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new DateSpan(s.index(), month.start(), end, new EventDate(year + mm)));
        }
        return java.util.Optional.of(new DateSpan(s.index(), at, end, new EventDate(String.valueOf(year))));
    }

    /** The month of the date told just before in the sentence, else of the one told recently before it. */
    private java.util.Optional<EventDate> monthBefore(Sentence s, List<DateSpan> told) {
        EventDate before = !told.isEmpty() ? told.get(told.size() - 1).date() : recentMonth(doc, s.index());
        return before == null || before.precision() == EventDate.Precision.YEAR ? java.util.Optional.empty()
                : java.util.Optional.of(new EventDate(before.iso().substring(0, 7)));
    }

    /** The day told last in this sentence, else in the two before it; empty when that is no day. */
    private java.util.Optional<EventDate> dayBefore(Sentence s, List<DateSpan> told) {
        EventDate before = !told.isEmpty() ? told.get(told.size() - 1).date() : recentDate(doc, s.index());
        return before == null || before.precision() != EventDate.Precision.DAY ? java.util.Optional.empty() : java.util.Optional.of(before);
    }

    /** Whether the weekday token's normalized date falls on that weekday. */
    private static boolean namesWeekday(Token t) {
        EventDate d = parse(t.normalized());
        return d != null && d.precision() == EventDate.Precision.DAY
                && LocalDate.parse(d.iso()).getDayOfWeek().name().equalsIgnoreCase(t.word());
    }

    /** The weekday a span names ("Monday, the same day"), or null. */
    private static java.time.DayOfWeek weekdayIn(List<Token> span) {
        for (Token t : span) {
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (WEEKDAYS.contains(w)) {
                // The table holds the weekdays' full English names, which are the enum's.
                return java.time.DayOfWeek.valueOf(w.toUpperCase(java.util.Locale.ROOT));
            }
        }
        return null;
    }

    /** Counts in words ("two days later", "three years ago"); shifts in days read only the first three. */
    private static final java.util.Map<String, Integer> COUNT_WORDS = java.util.Map.ofEntries(java.util.Map.entry("a", 1),
            java.util.Map.entry("an", 1), java.util.Map.entry("one", 1), java.util.Map.entry("two", 2), java.util.Map.entry("three", 3),
            java.util.Map.entry("four", 4), java.util.Map.entry("five", 5), java.util.Map.entry("six", 6), java.util.Map.entry("seven", 7),
            java.util.Map.entry("eight", 8), java.util.Map.entry("nine", 9), java.util.Map.entry("ten", 10));
    private static final int MAX_DAYS_SHIFTED = 3;

    /** The count a word for one to three tells ("a", "one", "two", "three"), as days are shifted by; null otherwise. */
    private static Integer smallCount(String word) {
        Integer n = COUNT_WORDS.get(word);
        return n == null || n > MAX_DAYS_SHIFTED || word.equals("an") ? null : n;
    }

    /**
     * "a day earlier", "the day before", "the previous day" (-1), "two days later" (+2), "the next day", "the day after"
     * (+1): a shift in days from a
     * day told before; null for anything else ("two days after the vote" counts from something else).
     */
    private static Integer daysShifted(List<Token> span) {
        List<String> w = span.stream().map(t -> t.word().toLowerCase(java.util.Locale.ROOT)).toList();
        if (w.size() == 3 && w.get(0).equals("the") && w.get(2).equals("day") && w.get(1).matches("next|following")) {
            return 1;
        }
        if (w.size() == 3 && w.get(0).equals("the") && w.get(2).equals("day") && w.get(1).matches("previous|preceding")) {
            return -1;
        }
        if (w.size() == 3 && w.get(0).equals("the") && w.get(1).equals("day") && w.get(2).matches("before|after")) {
            return w.get(2).equals("before") ? -1 : 1;
        }
        if (w.size() != 3 || smallCount(w.get(0)) == null || !w.get(1).matches("days?")) {
            return null;
        }
        int n = smallCount(w.get(0));
        return w.get(2).equals("earlier") ? -n : w.get(2).equals("later") ? n : null;
    }

    /**
     * "two months ago" (a month), "three years ago" (a year), "four days ago" (a day), "two weeks ago" (the month that
     * day falls in): a counted span back from {@code article}; null for anything else ("a few weeks ago", "years ago").
     */
    static EventDate countedBack(List<Token> span, LocalDate article) {
        List<String> w = span.stream().map(t -> t.word().toLowerCase(java.util.Locale.ROOT)).toList();
        if (w.size() != 3 || !w.get(2).equals("ago")) {
            return null;
        }
        Integer n = COUNT_WORDS.get(w.get(0));
        if (n == null && w.get(0).matches("\\d{1,2}")) {
            n = Integer.valueOf(w.get(0));
        }
        if (n == null) {
            return null;
        }
        return switch (w.get(1).replaceFirst("s$", "")) {
            case "day" -> new EventDate(article.minusDays(n).toString());
            case "week" -> new EventDate(article.minusWeeks(n).toString().substring(0, 7));
            case "month" -> new EventDate(article.minusMonths(n).toString().substring(0, 7));
            case "year" -> new EventDate(String.valueOf(article.getYear() - n));
            default -> null;
        };
    }

    /** "the same day", "that same evening", "that day": a day named by the one before it. */
    private static boolean sameDay(List<Token> span) {
        List<String> words = span.stream().map(t -> t.word().toLowerCase(java.util.Locale.ROOT)).toList();
        return words.contains("same") || words.contains("that") && words.stream().anyMatch(w -> w.matches("day|morning|afternoon|evening|night"));
    }

    /**
     * "received them in the morning", "attended a dinner that evening": a part of a day after "the" or "that" (which
     * NER may leave out of the span), which tells the day the story is on, not the article's day that SUTime gives it.
     */
    private static boolean partOfToldDay(List<Token> toks, int i, int j) {
        // "the same evening": NER may leave "the same" out too.
        int before = i > 1 && toks.get(i - 1).word().equalsIgnoreCase("same") ? i - 2 : i - 1;
        return j == i + 1 && before >= 0 && toks.get(before).word().matches("(?i)the|that")
                && toks.get(i).word().toLowerCase(java.util.Locale.ROOT).matches("morning|afternoon|evening|night");
    }

    /** "later in the day", "earlier in the day": the day told before, which SUTime takes for the article's. */
    private static boolean laterInTheDay(List<Token> toks, int i, int j) {
        return j == i + 2 && i >= 2 && toks.get(i).word().equalsIgnoreCase("the") && toks.get(i + 1).word().equalsIgnoreCase("day")
                && toks.get(i - 1).word().equalsIgnoreCase("in") && toks.get(i - 2).word().matches("(?i)later|earlier");
    }

    /** A DATE, or a TIME on a named day ("on Monday evening" is 2026-03-09TEV): its day is the date. */
    private static boolean isDate(Token t) {
        return t.normalized() != null && (t.ner().equals("DATE") || t.ner().equals("TIME") && DAY_TIME.matcher(t.normalized()).matches());
    }

    /**
     * "this morning", "last night", "this evening", "later today", "earlier tonight": a part of the article's day or of
     * the day before, which SUTime resolves right.
     */
    static boolean partOfNamedDay(List<Token> span) {
        if (span.size() != 2) {
            return false;
        }
        String first = span.get(0).word().toLowerCase(java.util.Locale.ROOT);
        String second = span.get(1).word().toLowerCase(java.util.Locale.ROOT);
        return first.matches("this|last") && second.matches("morning|afternoon|evening|night")
                || first.matches("later|earlier") && second.matches("today|tonight");
    }

    /**
     * "next Tuesday", "last Friday", "last October", "later Saturday": one weekday or month named relative to the
     * article, which SUTime resolves to that day or month.
     */
    static boolean namedWeekday(List<Token> span) {
        // "hosted X last Wednesday before flying on": SUTime may take the conjunction into the span.
        if (span.size() == 3 && span.get(2).word().matches("(?i)before|after")) {
            span = span.subList(0, 2);
        }
        String first = span.size() == 2 ? span.get(0).word().toLowerCase(java.util.Locale.ROOT) : "";
        String second = span.size() == 2 ? span.get(1).word().toLowerCase(java.util.Locale.ROOT) : "";
        // "later Saturday", "earlier Monday": a time of that day, whose day SUTime gives.
        return span.size() == 2 && (Set.of("next", "last", "this", "coming").contains(first) && (WEEKDAYS.contains(second) || MONTHS.contains(second))
                || Set.of("later", "earlier").contains(first) && WEEKDAYS.contains(second));
    }

    private static final Set<String> MONTHS = WordLists.DATES.get("month-name");

    /** "August last year", "March next year", "May this year": a month of a year named relative to the article. */
    static boolean monthOfNamedYear(List<Token> span, EventDate d) {
        return d.precision() == EventDate.Precision.MONTH && span.size() == 3
                && MONTHS.contains(span.get(0).word().toLowerCase(java.util.Locale.ROOT))
                && span.get(1).word().toLowerCase(java.util.Locale.ROOT).matches("last|next|this")
                && span.get(2).word().equalsIgnoreCase("year");
    }
    private static final Set<String> HONORIFICS = WordLists.NAMES.get("honorific");

    /** "this month", "later this month", "next year": a calendar month or year named relative to the article. */
    static boolean wholePeriod(List<Token> span, EventDate d) {
        if (d.precision() == EventDate.Precision.DAY) {
            return false;
        }
        boolean unit = false;
        for (Token t : span) {
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            unit |= w.equals("month") || w.equals("year");
            if (!PERIOD_WORDS.contains(w)) {
                return false;
            }
        }
        return unit;
    }

    /**
     * Whether the sentence tells a time that has no single date or month ("this weekend", "next week", "a few
     * days later"): an event told with it must not take a date carried over from elsewhere in the article.
     */
    boolean hasUnresolvedTime(Sentence s) {
        List<DateSpan> resolved = dates(s);
        for (Token t : s.tokens()) {
            if (t.ner().equals("DATE") && resolved.stream().noneMatch(span -> t.index() >= span.start() && t.index() < span.end())
                    && RELATIVE_WORDS.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a SUTime week value ("2026-W12", "2026-W11-WE") lies after {@code article}: a later week, or the
     * weekend of the article's week told before that weekend.
     */
    static boolean isLaterWeek(String value, LocalDate article) {
        Matcher m = WEEK.matcher(value);
        if (!m.matches()) {
            return false;
        }
        LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                .with(java.time.DayOfWeek.MONDAY);
        LocalDate start = m.group(3) != null ? monday.plusDays(5) : monday;
        return start.isAfter(article);
    }

    /**
     * "this week", "next weekend" (SUTime's "2026-W12", "2026-W12-WE"): the month, when the whole week (or weekend)
     * lies in one; null when it straddles two or the value is no week.
     */
    static EventDate weekMonth(String value) {
        Matcher week = value == null ? null : WEEK.matcher(value);
        if (week == null || !week.matches()) {
            return null;
        }
        LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                .with(java.time.DayOfWeek.MONDAY);
        LocalDate first = week.group(3) != null ? monday.plusDays(5) : monday;
        LocalDate last = monday.plusDays(6);
        return first.getMonth() == last.getMonth() ? new EventDate(java.time.YearMonth.from(first).toString()) : null;
    }

    private static final Pattern WEEKDAY_SUFFIX = Pattern.compile("-WXX-([1-7])(?![0-9])");

    static EventDate parse(String value) {
        Matcher m = ISO_PREFIX.matcher(value);
        if (!m.find()) {
            return null;
        }
        String rest = value.substring(m.end());
        // "in the early hours of Monday": SUTime intersects the day with its weekday and a part of it
        // ("2026-03-09-WXX-1 INTERSECT PTXH"); the day stands when the weekday agrees with it.
        Matcher weekday = WEEKDAY_SUFFIX.matcher(rest);
        if (m.group(3) != null && weekday.lookingAt() && LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))).getDayOfWeek().getValue() == Integer.parseInt(weekday.group(1))) {
            rest = "";
        }
        // "met for more than an hour on Oct. 23": SUTime intersects the day with the length of what happened on it
        // ("2011-10-23 INTERSECT >PT1H"); the day stands.
        if (m.group(3) != null && rest.matches(" INTERSECT [<>~]?P[T0-9A-Z]+")) {
            rest = "";
        }
        if (!rest.isEmpty() && !rest.startsWith("T")) {
            // Weeks, seasons and ranges ("2021-W33", "2020-SU") have no single date.
            return null;
        }
        StringBuilder iso = new StringBuilder(m.group(1));
        if (m.group(2) != null) {
            iso.append('-').append(m.group(2));
            if (m.group(3) != null) {
                iso.append('-').append(m.group(3));
            }
        }
        try {
            return new EventDate(iso.toString());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static final Set<String> WEEKDAYS = WordLists.DATES.get("weekday");

    /**
     * A weekday resolved to the wrong week for the tense: "will meet on Friday" is the coming Friday, "met on
     * Friday" the last one. SUTime sometimes picks the other; only bare weekdays within a week are moved.
     */
    public EventDate forTense(Sentence s, EventDate date, boolean future) {
        LocalDate article = articleDate();
        if (date != null && article != null && future && date.precision() == EventDate.Precision.MONTH) {
            return comingMonth(s, date, article);
        }
        if (date == null || article == null || date.precision() != EventDate.Precision.DAY) {
            return date;
        }
        // Only a date most of a year back: "was to meet on August 5" told on August 11 is a plan of last week.
        if (future && LocalDate.parse(date.iso()).isBefore(article.minusDays(180)) && monthDayWithoutYear(s, date)) {
            return comingDay(LocalDate.parse(date.iso()), article);
        }
        // "first met on 10 December" told in June: SUTime gives the article's year, but what happened is behind us.
        if (!future && LocalDate.parse(date.iso()).isAfter(article.plusDays(30)) && monthDayWithoutYear(s, date)) {
            return new EventDate(LocalDate.parse(date.iso()).minusYears(1).toString());
        }
        boolean weekday = dates(s).stream().filter(span -> span.date().equals(date)).anyMatch(span -> {
            for (int i = span.start(); i < span.end(); i++) {
                if (WEEKDAYS.contains(s.token(i).word().toLowerCase(java.util.Locale.ROOT))) {
                    // "Friday", "Friday evening": the weekday alone, or with the part of the day.
                    // "on Wednesday before leaving": SUTime reads "Wednesday before" as the Wednesday of the week before.
                    boolean conjunction = span.end() < s.tokens().size() && s.token(span.end()).isVerb()
                            && s.token(i + 1).word().matches("(?i)before|after");
                    // "for nearly three hours on Sunday": SUTime joins a duration to the day it ends with.
                    boolean afterDuration = i == span.end() - 1 && i > span.start() && s.token(i - 1).word().equalsIgnoreCase("on");
                    return span.end() - span.start() == 1 || afterDuration
                            || span.end() - span.start() == 2 && i == span.start() && (s.token(i + 1).ner().equals("TIME") || conjunction);
                }
            }
            return false;
        });
        if (!weekday) {
            return date;
        }
        // The weekday's own date in the direction of the tense: the next one (or the article's day) for the future, the
        // last one (or the article's day) for the past.
        LocalDate d = LocalDate.parse(date.iso());
        int ahead = (d.getDayOfWeek().getValue() - article.getDayOfWeek().getValue() + 7) % 7;
        LocalDate target = future ? article.plusDays(ahead) : article.minusDays((7 - ahead) % 7);
        return target.equals(d) ? date : new EventDate(target.toString());
    }

    /**
     * Whether the date is told as a month and day with no year ("on August 15"), which SUTime resolves by the tense
     * of the sentence's first verb: "announced that she would meet on August 15" gets last year's.
     */
    private boolean monthDayWithoutYear(Sentence s, EventDate date) {
        return dates(s).stream().filter(span -> span.date().equals(date)).anyMatch(span -> {
            boolean month = false;
            for (int i = span.start(); i < span.end(); i++) {
                String w = s.token(i).word();
                month |= MONTHS.contains(w.toLowerCase(java.util.Locale.ROOT));
                if (w.matches("\\d{4}|'\\d{2}")) {
                    return false;
                }
            }
            return month;
        });
    }

    /** The first day on or after the article's with the month and day of {@code told}. */
    private static EventDate comingDay(LocalDate told, LocalDate article) {
        LocalDate d = told;
        while (d.isBefore(article)) {
            d = d.plusYears(1);
        }
        return new EventDate(d.toString());
    }

    /** Whether the first verb above the date is a relative clause's: "X, who met Y on Wednesday, ...". */
    private static boolean ofRelativeClause(Sentence s, DateSpan span) {
        int node = span.start();
        for (int hop = 0; hop < 3 && node >= 0 && !s.token(node).isVerb(); hop++) {
            List<Dependency> up = s.parents(node);
            node = up.isEmpty() ? -1 : up.get(0).governor();
        }
        final int verb = node;
        return verb >= 0 && s.token(verb).isVerb() && s.parents(verb).stream().anyMatch(p -> p.relation().equals("acl:relcl"));
    }

    /**
     * "arrived in Lima from Quito, where he held talks on Monday": a date told in a relative clause the trigger is not
     * in is that clause's.
     */
    private static boolean inOtherRelativeClause(Sentence s, DateSpan span, int trigger) {
        for (int i = span.start(); i < span.end(); i++) {
            for (Dependency d : s.parents(i)) {
                // "where he held talks Thursday": the date may hang on a word of the clause, not on its verb.
                Set<Integer> seen = new HashSet<>();
                for (int clause = d.governor(); clause >= 0 && clause != trigger && seen.add(clause) && seen.size() <= 3; ) {
                    // "the Acme Fund, a body set up in 1999": a participle describing a noun is such a clause too.
                    int describing = clause;
                    boolean relative = s.parents(clause).stream().anyMatch(p -> p.relation().equals("acl:relcl")
                            || p.relation().equals("acl") && s.token(describing).pos().equals("VBN") && p.governor() >= 0
                            && s.token(p.governor()).isNoun());
                    if (relative) {
                        if (!Arguments.subtree(s, clause, Set.of()).contains(trigger)) {
                            return true;
                        }
                        break;
                    }
                    List<Dependency> up = s.parents(clause);
                    clause = up.isEmpty() ? -1 : up.get(0).governor();
                }
            }
        }
        return false;
    }

    /**
     * Which quotation of the sentence holds token {@code i}: the index of its opening mark, -2 for one that opened
     * before the sentence and closes in it, -1 for none.
     */
    private static int quotationOf(Sentence s, int i) {
        int open = -1;
        for (int k = 0; k < s.tokens().size(); k++) {
            String tag = s.token(k).pos();
            boolean opening = tag.equals("``");
            boolean closing = tag.equals("''");
            if (closing && open == -1 && k >= i) {
                // The first mark closes: what stood before it was quoted.
                return -2;
            }
            if (k >= i) {
                return open;
            }
            open = opening ? k : closing ? -1 : open;
        }
        return open;
    }

    /**
     * "her first trip abroad since the election in June": a date in a since-phrase the trigger is not in dates the
     * start of a period, not the event.
     */
    private static boolean inSincePhrase(Sentence s, DateSpan span, int trigger) {
        // Enhanced dependencies may hold cycles: each head is visited once.
        Set<Integer> seen = new HashSet<>();
        for (int head = span.start(); head >= 0 && seen.add(head); ) {
            int at = head;
            if (Arguments.dependents(s, at, "case", "mark").stream().anyMatch(k -> s.token(k).word().equalsIgnoreCase("since"))) {
                return !Arguments.subtree(s, at, Set.of()).contains(trigger);
            }
            List<Dependency> up = s.parents(at);
            head = up.isEmpty() ? -1 : up.get(0).governor();
        }
        return false;
    }

    /**
     * "met again in June" told in the past of an article from March: a bare month after the article's is last
     * year's (SUTime gives this year's). Other dates are returned as they are.
     */
    public EventDate pastMonth(Sentence s, EventDate date) {
        LocalDate article = articleDate();
        if (date == null || article == null || date.precision() != EventDate.Precision.MONTH || !bareMonth(s, date)) {
            return date;
        }
        java.time.YearMonth month = java.time.YearMonth.parse(date.iso());
        return month.isAfter(java.time.YearMonth.from(article)) ? new EventDate(month.minusYears(1).toString()) : date;
    }

    /** Whether the month is told by its name alone, or with "early", "mid" or "late" before it ("since early May"). */
    private boolean bareMonth(Sentence s, EventDate date) {
        return dates(s).stream().filter(span -> span.date().equals(date)).anyMatch(span -> {
            int last = span.end() - 1;
            boolean named = MONTHS.contains(s.token(last).word().toLowerCase(java.util.Locale.ROOT));
            return named && (span.end() - span.start() == 1
                    || span.end() - span.start() == 2 && s.token(span.start()).word().matches("(?i)early|mid|mid-|late"));
        });
    }

    /**
     * "will meet in November" told in March: a bare month name before the article's month is next year's. SUTime
     * takes the nearest one, which for a plan may lie in the past.
     */
    private EventDate comingMonth(Sentence s, EventDate date, LocalDate article) {
        java.time.YearMonth month = java.time.YearMonth.parse(date.iso());
        return bareMonth(s, date) && month.isBefore(java.time.YearMonth.from(article)) ? new EventDate(month.plusYears(1).toString()) : date;
    }

    /**
     * The day the story is about: the first day-precise date in the article's first two sentences, if not
     * after the publication date nor inside a relative clause. Undated events told later in the article most often
     * happened then.
     */
    public EventDate leadDate(AnnotatedArticle article) {
        return leadDate(article, LEAD_SENTENCES, article.sentences().size(), false);
    }

    /**
     * As {@link #leadDate(AnnotatedArticle)}, from the first {@code sentences} sentences before sentence {@code before}
     * only: a sentence that asks for the lead's day is never part of it, however many datelines and captions come first.
     * With {@code toldDaysOnly} a line that is nothing but a date ("Friday, May 3, 2024") is skipped too: "later the
     * same day" counts from a day the story told, not from the day it was written.
     */
    private EventDate leadDate(AnnotatedArticle article, int sentences, int before, boolean toldDaysOnly) {
        int counted = 0;
        for (int i = 0; i < Math.min(before, article.sentences().size()) && counted < sentences; i++) {
            // "OSLO –" set apart by Datelines is a sentence of its own, but no sentence of the lead; nor is the caption
            // of an earlier picture, nor a byline.
            if (datelineOnly(article.sentences().get(i)) || filePhotoCaption(article, i) || Spans.byline(article, article.sentences().get(i))
                    || toldDaysOnly && dateOnly(article.sentences().get(i))) {
                continue;
            }
            counted++;
            Sentence lead = article.sentences().get(i);
            for (DateSpan span : dates(lead)) {
                // "X, who met Y on Wednesday, spoke with Z": a relative clause's day is another event's, not the story's.
                if (span.date().precision() == EventDate.Precision.DAY && !ofRelativeClause(lead, span) && (articleDate() == null
                        || !LocalDate.parse(span.date().iso()).isAfter(articleDate()))) {
                    return span.date();
                }
            }
        }
        return null;
    }

    /**
     * Whether the sentence is the headline or the lead's first sentence, which tell the news of the article's own day
     * (a dateline set apart is skipped).
     */
    boolean opensArticle(AnnotatedArticle article, int sentence) {
        int first = Spans.headline(article) ? 1 : 0;
        while (first < article.sentences().size() && (datelineOnly(article.sentences().get(first)) || filePhotoCaption(article, first)
                || Spans.byline(article, article.sentences().get(first)))) {
            first++;
        }
        return sentence <= first;
    }

    /**
     * "FILE - Ana Soto speaks in Lima, May 2, 2019.": the caption of a picture from the archive, which tells an earlier
     * day. The splitter may set "FILE -" apart as a sentence of its own, as it does a dateline.
     */
    static boolean filePhotoCaption(AnnotatedArticle article, int sentence) {
        Sentence s = article.sentences().get(sentence);
        boolean marked = s.tokens().size() > 2 && s.token(0).word().equals("FILE") && s.token(1).word().matches("-|--|–|—");
        return marked || filePhotoCaptionMark(s) || sentence > 0 && filePhotoCaptionMark(article.sentences().get(sentence - 1));
    }

    /**
     * Whether the sentence of this resolver's article is a picture's caption: of an archive picture ("FILE - ..."), or one
     * whose credit follows it ("Ana Soto receives Ivo Ruiz in Lima on Tuesday. (Acme)", "... Image Credit: Acme"). A
     * caption's present tells the past of its picture.
     */
    boolean caption(Sentence s) {
        return filePhotoCaption(doc, s.index()) || s.index() + 1 < doc.sentences().size() && credit(doc.sentences().get(s.index() + 1));
    }

    /**
     * Whether the sentence is a picture's credit alone: a few words in brackets ("(Acme)", "(Acme Photo)"), or after a
     * label and a colon ("Image Credit: Acme", "Photo: Acme").
     */
    private static boolean credit(Sentence s) {
        int n = s.tokens().size();
        boolean bracketed = n >= 3 && n <= 6 && s.token(0).word().matches("\\(|-LRB-") && s.token(n - 1).word().matches("\\)|-RRB-");
        boolean labelled = n >= 3 && n <= 7 && s.token(0).word().matches("(?i)image|photo|picture|credit")
                && s.tokens().subList(1, 3).stream().anyMatch(t -> t.word().equals(":"));
        return bracketed || labelled;
    }

    private static boolean filePhotoCaptionMark(Sentence s) {
        return !s.tokens().isEmpty() && s.token(0).word().equals("FILE")
                && s.tokens().stream().skip(1).allMatch(t -> !Character.isLetterOrDigit(t.word().charAt(0)));
    }

    /** Whether the sentence is a date alone: every word of it tagged a date. */
    private static boolean dateOnly(Sentence s) {
        return s.tokens().stream().anyMatch(t -> t.ner().equals("DATE"))
                && s.tokens().stream().allMatch(t -> t.ner().equals("DATE") || !Character.isLetterOrDigit(t.word().charAt(0)));
    }

    /**
     * Whether the sentence is a dateline alone: a place in capitals, then punctuation, an agency in brackets and, after a
     * comma, a state or country and a date ("LIMA/QUITO (Acme).", "LIMA, Peru, March 3 (Acme).").
     */
    private static boolean datelineOnly(Sentence s) {
        boolean placeFirst = !s.tokens().isEmpty() && DatelinePlace.capitals(s.token(0).word());
        return s.tokens().stream().allMatch(t -> DatelinePlace.capitals(t.word()) || !Character.isLetterOrDigit(t.word().charAt(0))
                || t.index() > 0 && s.token(t.index() - 1).word().matches("\\(|-LRB-")
                || placeFirst && t.pos().matches("NNP|CD") && s.tokens().subList(1, t.index()).stream().anyMatch(k -> k.word().equals(",")));
    }

    /** The date a since-phrase headed by token {@code since} tells: the date it is ("since May 4") or has ("since a summit in May"). */
    EventDate sinceDate(Sentence s, int since) {
        return dates(s).stream().filter(span -> since >= span.start() && since < span.end()).map(DateSpan::date).findFirst()
                .orElseGet(() -> attachedDate(s, since));
    }

    /** A date attached to {@code head} in the parse, or null: no guessing by distance. */
    public EventDate attachedDate(Sentence s, int head) {
        List<DateSpan> spans = dates(s);
        for (Dependency d : s.children(head)) {
            if (d.base().equals("obl") || d.base().equals("nmod") || d.relation().endsWith("tmod")) {
                for (DateSpan span : spans) {
                    if (d.dependent() >= span.start() && d.dependent() < span.end()) {
                        return span.date();
                    }
                }
            }
        }
        return null;
    }

    /**
     * "X warned Y on Tuesday that ..., as the two leaders held a call": an as- or while-clause with no date of its own
     * happens when the clause it hangs on does, also where the parser hung it inside that clause's reported clause.
     * Null when no such clause is dated.
     */
    private EventDate framingClauseDate(Sentence s, List<Integer> heads) {
        for (int head : heads) {
            List<Integer> marks = Arguments.dependents(s, head, "mark");
            if (!s.token(head).isVerb() || marks.isEmpty() || !marks.stream().allMatch(m -> s.token(m).word().matches("(?i)as|while"))) {
                continue;
            }
            int frame = Arguments.governor(s, head, "advcl");
            for (int hop = 0; hop < 2 && frame >= 0; hop++) {
                EventDate own = attachedDate(s, frame);
                if (own != null) {
                    return own;
                }
                frame = Arguments.governor(s, frame, "ccomp", "dep");
            }
        }
        return null;
    }

    /**
     * The last day-precise date stated in the two sentences before {@code sentence}, within its paragraph: news
     * gives the day once ("On Sunday, ...") and then tells what happened. Null when there is none.
     */
    public EventDate recentDate(AnnotatedArticle article, int sentence) {
        DateSpan day = recentSpan(article, sentence, d -> d.precision() == EventDate.Precision.DAY);
        // Carried to what took place: "flew to Lima on Thursday. There she met ..." is the Thursday past; "will fly to
        // Lima on Thursday. The same day she will meet ..." the Thursday to come.
        if (day == null) {
            return null;
        }
        Sentence told = article.sentences().get(day.sentence());
        return forTense(told, day.date(), toldAhead(told, day));
    }

    /**
     * Whether the verb a date phrase hangs on tells what is to come: "will fly on Thursday", "is expected to arrive on
     * Thursday". False where the phrase hangs on no verb.
     */
    private static boolean toldAhead(Sentence s, DateSpan span) {
        for (int i = span.start(); i < span.end(); i++) {
            for (Dependency d : s.parents(i)) {
                int verb = d.governor();
                if (verb < 0 || !d.base().equals("obl") || !s.token(verb).isVerb()) {
                    continue;
                }
                boolean will = Arguments.dependents(s, verb, "aux").stream().anyMatch(a -> s.token(a).word().matches("(?i)will|shall|'ll"));
                int expecting = Arguments.governor(s, verb, "xcomp");
                boolean expected = expecting >= 0 && s.token(expecting).lemma().toLowerCase(java.util.Locale.ROOT)
                        .matches("expect|due|schedule|set|plan");
                return will || expected;
            }
        }
        return false;
    }

    /** The last date of a day or a month told in the two sentences before {@code sentence}, within its paragraph; or null. */
    private EventDate recentMonth(AnnotatedArticle article, int sentence) {
        DateSpan month = recentSpan(article, sentence, d -> d.precision() != EventDate.Precision.YEAR);
        return month == null ? null : month.date();
    }

    /** The last date {@code fits} accepts in the two sentences before {@code sentence}, within its paragraph; or null. */
    private DateSpan recentSpan(AnnotatedArticle article, int sentence, java.util.function.Predicate<EventDate> fits) {
        for (int i = sentence - 1; i >= Math.max(0, sentence - 2); i--) {
            Sentence prev = article.sentences().get(i);
            Sentence next = article.sentences().get(i + 1);
            if (article.text().substring(prev.end(), next.begin()).contains("\n\n")) {
                return null;
            }
            List<DateSpan> spans = dates(prev);
            for (int j = spans.size() - 1; j >= 0; j--) {
                if (fits.test(spans.get(j).date())) {
                    return spans.get(j);
                }
            }
        }
        return null;
    }

    /**
     * "the 2011 water treaty", "last month's coup": a date that only modifies a noun names which thing, not when
     * anything happened; a date on the trigger itself or on a meeting noun ("a Thursday rally", "the May 3 meeting")
     * is its date.
     */
    private static boolean modifiesNoun(Sentence s, DateSpan span, int trigger) {
        for (int i = span.start(); i < span.end(); i++) {
            for (Dependency d : s.parents(i)) {
                boolean outside = d.governor() < span.start() || d.governor() >= span.end();
                boolean thing = d.governor() >= 0 && d.governor() != trigger && s.token(d.governor()).isNoun()
                        && !MEETING_NOUNS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT));
                if (outside && thing && !s.token(d.governor()).ner().matches("DATE|TIME")
                        && (d.base().matches("amod|compound|nummod") || d.relation().equals("nmod:poss"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "The ministry on Wednesday rejected reports that Ana Soto had cancelled a meeting with Ivo Ruiz": a date of the
     * denial the meeting is told inside dates the denial, not the meeting.
     */
    private static boolean datesADenial(Sentence s, DateSpan span, int trigger) {
        for (int i = span.start(); i < span.end(); i++) {
            for (Dependency d : s.parents(i)) {
                int verb = d.governor();
                // "The ministry on Wednesday rejected ...": the parser may hang the date on the denying subject.
                if (verb >= 0 && s.token(verb).isNoun() && d.base().equals("nmod")) {
                    verb = Arguments.governor(s, verb, "nsubj");
                } else if (!(d.base().equals("obl") || d.relation().endsWith("tmod"))) {
                    continue;
                }
                boolean denial = verb >= 0 && verb != trigger && s.token(verb).isVerb()
                        && DENY_VERBS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT));
                if (denial && Arguments.subtree(s, verb, Set.of()).contains(trigger)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> DENY_VERBS = WordLists.STATUS.get("deny-verb");
    private static final Set<String> CANCEL_VERBS = WordLists.STATUS.get("cancel-verb");

    /**
     * "Ana Soto spoke on Thursday, a day after the two men met": a clause of "a day after" or "two days before" (or
     * weeks) is that many days before (or after) the day of the clause it hangs on. "The call came a week after the
     * two men met", whose governing clause tells no day, counts from the day told last, else the lead's, else the
     * article's: the thing that "came" is the news told; only with {@code fromNews}. Null unless that day is told to the
     * day.
     */
    private EventDate shiftedFromGovernor(Sentence s, int trigger, List<DateSpan> spans, boolean fromNews) {
        List<Integer> marks = new ArrayList<>(Arguments.dependents(s, trigger, "mark"));
        Integer days = null;
        for (Dependency d : s.children(trigger)) {
            Token t = s.token(d.dependent());
            Integer count = d.dependent() > 0 ? smallCount(s.token(d.dependent() - 1).word().toLowerCase(Locale.ROOT)) : null;
            int unit = t.lemma().equalsIgnoreCase("day") ? 1 : t.lemma().equalsIgnoreCase("week") ? 7 : 0;
            if (d.dependent() < trigger && unit > 0 && count != null && d.base().matches("dep|obl|nmod|advmod")) {
                days = count * unit;
                // "two days after X made a visit": the parser may hang "after" on the days rather than on the verb.
                marks.addAll(Arguments.dependents(s, d.dependent(), "case"));
            }
        }
        boolean after = marks.stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("after"));
        boolean before = marks.stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("before"));
        int governor = s.parents(trigger).stream().map(Dependency::governor).filter(g -> g >= 0).findFirst().orElse(-1);
        if (days == null || after == before || governor < 0) {
            return null;
        }
        // The parser may hang the clause on a word of the governing clause's object: climb to the clause's day.
        EventDate anchor = null;
        for (int node = governor, hops = 0; node >= 0 && anchor == null && hops < 4; hops++) {
            int at = node;
            anchor = spans.stream().filter(span -> at >= span.start() && at < span.end()).map(DateSpan::date)
                    .findFirst().orElseGet(() -> attachedDate(s, at));
            node = s.parents(at).stream().map(Dependency::governor).filter(g -> g >= 0).findFirst().orElse(-1);
        }
        // "came a day after X postponed a summit": the day the summit was put off is not the summit's.
        boolean putOff = CANCEL_VERBS.contains(s.token(trigger).lemma().toLowerCase(Locale.ROOT));
        if (anchor == null && fromNews && !putOff && s.token(governor).lemma().toLowerCase(Locale.ROOT).matches("come|follow")) {
            EventDate recent = recentDate(doc, s.index());
            EventDate lead = recent != null ? recent : leadDate(doc);
            anchor = lead != null ? lead : articleDate() == null ? null : new EventDate(articleDate().toString());
        }
        if (anchor == null || anchor.precision() != EventDate.Precision.DAY) {
            return null;
        }
        return new EventDate(LocalDate.parse(anchor.iso()).plusDays(after ? -days : days).toString());
    }

    /**
     * "was due in Lima later on Sunday, where she is to hold talks with X": a relative clause the trigger is in, hung on a
     * day, is on that day; so is one hung on the place a dated journey goes to ("will travel to Lima on Sunday, where she
     * is to be received by X"), but not on the place it comes from. Null when the clause hangs on anything else.
     */
    private EventDate relativeClauseDay(Sentence s, int trigger, List<DateSpan> spans) {
        Set<Integer> seen = new HashSet<>();
        for (int node = trigger; node >= 0 && seen.add(node) && seen.size() < 5; ) {
            Dependency up = s.parents(node).stream().filter(d -> d.governor() >= 0).findFirst().orElse(null);
            if (up == null) {
                return null;
            }
            if (up.relation().equals("acl:relcl")) {
                int day = up.governor();
                EventDate hungOnDay = spans.stream().filter(span -> day >= span.start() && day < span.end()).map(DateSpan::date)
                        .findFirst().orElse(null);
                Dependency place = s.parents(day).stream().filter(d -> d.governor() >= 0 && d.relation().matches("obl:(to|in|at)")
                        && s.token(d.governor()).isVerb()).findFirst().orElse(null);
                return hungOnDay != null || place == null ? hungOnDay : attachedDate(s, place.governor());
            }
            // Within the clause only: a clause of its own ("before going to Quito on Monday") tells its own time.
            if (!up.base().matches("xcomp|obj|nmod|obl")) {
                return null;
            }
            node = up.governor();
        }
        return null;
    }

    /** The first date told in tokens {@code from} (inclusive) to {@code to} (exclusive) of the sentence, or null. */
    EventDate dateWithin(Sentence s, int from, int to) {
        return dates(s).stream().filter(span -> span.start() >= from && span.start() < to).map(DateSpan::date)
                .findFirst().orElse(null);
    }

    /**
     * The date of the event whose trigger is token {@code trigger} of sentence {@code s}: a date attached to the
     * trigger, to one of the {@code anchors} (light verb, governing verb) or to the verb a trigger noun is the subject
     * of, else the nearest one in the sentence.
     */
    public EventDate dateFor(Sentence s, int trigger, int... anchors) {
        // '"The time for a deal was yesterday," Ana Soto said after meeting Ivo Ruiz': a day inside a quotation is the
        // speaker's, not the narrator's date of an event outside it.
        int quoted = quotationOf(s, trigger);
        List<DateSpan> spans = dates(s).stream()
                .filter(span -> !inSincePhrase(s, span, trigger) && quotationOf(s, span.start()) == quoted).toList();
        EventDate shifted = shiftedFromGovernor(s, trigger, spans, true);
        // "two days after X made a visit": the light verb may carry the shift.
        for (int i = 0; shifted == null && i < anchors.length; i++) {
            shifted = anchors[i] >= 0 ? shiftedFromGovernor(s, anchors[i], spans, true) : null;
        }
        // "a day after X called off a meeting with Y": so may the verb whose object the trigger noun is.
        int holder = Arguments.governor(s, trigger, "obj");
        if (shifted == null && holder >= 0 && s.token(holder).isVerb()) {
            // "came a day after X postponed a summit": the summit's own day is another, so not counted from the news.
            shifted = shiftedFromGovernor(s, holder, spans, false);
        }
        if (shifted != null) {
            return shifted;
        }
        if (spans.isEmpty()) {
            return null;
        }
        // "two days after X made a visit to Lima where he held talks": a where-clause on a visit or meeting noun with no
        // date of its own is on that noun's day.
        for (int h : java.util.stream.IntStream.concat(java.util.stream.IntStream.of(trigger), java.util.Arrays.stream(anchors)).toArray()) {
            int noun = h >= 0 && Arguments.hasAdverb(s, h, "where")
                    ? Arguments.governor(s, h, "acl:relcl") : -1;
            // "from Quito, where he held talks on Monday": talks dated themselves keep their day.
            if (noun >= 0 && attachedDate(s, h) == null && attachedDate(s, trigger) == null) {
                int light = Arguments.governor(s, noun, "obj");
                EventDate own = light >= 0 ? dateFor(s, noun, light) : dateFor(s, noun);
                if (own != null) {
                    return own;
                }
            }
        }
        List<Integer> heads = new ArrayList<>();
        heads.add(trigger);
        for (int a : anchors) {
            if (a >= 0) {
                heads.add(a);
            }
        }
        // "talks between Ana Soto and Ivo Ruiz ended on Friday": the verb a meeting noun is the subject of dates it.
        for (Dependency d : s.parents(trigger)) {
            if (d.base().equals("nsubj") && d.governor() >= 0 && s.token(trigger).isNoun()) {
                heads.add(d.governor());
            }
        }
        // "arrived in Lima on Tuesday and was received by Ivo Ruiz": a later conjunct with no date of its own shares
        // the first's.
        int first = Arguments.governor(s, trigger, "conj");
        if (first >= 0 && first < trigger && s.token(trigger).isVerb() && s.token(first).isVerb()) {
            heads.add(first);
        }
        for (int head : heads) {
            for (Dependency d : s.children(head)) {
                if (d.base().equals("obl") || d.base().equals("nmod") || d.relation().endsWith("tmod")) {
                    for (DateSpan span : spans) {
                        if (d.dependent() >= span.start() && d.dependent() < span.end()) {
                            return span.date();
                        }
                    }
                }
            }
        }
        // "met on the sidelines of a summit in Lima on Thursday": a date hung deeper in the trigger's own phrases.
        List<Integer> phrases = new ArrayList<>(heads);
        for (int depth = 0; depth < 3; depth++) {
            List<Integer> next = new ArrayList<>();
            for (int head : phrases) {
                for (Dependency d : s.children(head)) {
                    if ((d.base().equals("obl") || d.base().equals("nmod")) && s.token(d.dependent()).isNoun()) {
                        next.add(d.dependent());
                    }
                }
            }
            for (int head : next) {
                for (Dependency d : s.children(head)) {
                    if (d.base().equals("nmod") || d.relation().endsWith("tmod")) {
                        for (DateSpan span : spans) {
                            if (d.dependent() >= span.start() && d.dependent() < span.end()) {
                                return span.date();
                            }
                        }
                    }
                }
            }
            phrases = next;
        }
        EventDate dayOfClause = relativeClauseDay(s, trigger, spans);
        if (dayOfClause != null) {
            return dayOfClause;
        }
        EventDate framing = framingClauseDate(s, heads);
        if (framing != null) {
            return framing;
        }
        DateSpan best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateSpan span : spans) {
            if (inOtherRelativeClause(s, span, trigger) || modifiesNoun(s, span, trigger) || datesADenial(s, span, trigger)) {
                continue;
            }
            int distance = Math.min(Math.abs(span.start() - trigger), Math.abs(span.end() - 1 - trigger));
            if (distance < bestDistance) {
                best = span;
                bestDistance = distance;
            }
        }
        return bestDistance <= 12 ? best.date() : null;
    }
}
