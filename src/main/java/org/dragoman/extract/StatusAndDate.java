package org.dragoman.extract;

import org.dragoman.model.EventDate;
import org.dragoman.model.Status;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * The status and date of an event told at a trigger: the step every meeting and visit rule ends with.
 *
 * <p>The date is read first, since a day after the article's makes an untensed event planned; then a weekday is
 * moved to the week the status implies ("will meet on Friday" is the coming Friday).
 *
 * @param date null when the sentence gives none
 */
record StatusAndDate(Status status, EventDate date) {
    private static final VerbLexicon VERBS = VerbLexicon.bundled();

    /** @param anchor the light or governing verb the trigger hangs from, or -1 */
    static StatusAndDate read(DateResolver dates, Sentence s, int trigger, int anchor) {
        EventDate date = dates.dateFor(s, trigger, anchor);
        // "had toured the region in November, visiting A and B": a participle of a clause in the past is past, and so
        // is its bare month, before the month can make it a plan.
        // "A and B last talked in May": so is the last time, however the tagger read the verb.
        boolean lastTime = java.util.stream.IntStream.of(trigger, anchor).anyMatch(t -> t >= 0 && Arguments.hasAdverb(s, t, "last"));
        if (participleOfPast(s, trigger) || lastTime) {
            date = dates.pastMonth(s, date);
        }
        Status status = EventStatus.of(s, trigger, date, dates.articleDate(), anchor);
        // "talks on Ana Soto's visit to Lima, scheduled for July 25": the plan set off after the noun is the visit's,
        // wherever the parser hung it, and so is its date.
        int aside = status == Status.OCCURRED && dates.articleDate() != null ? planAside(s, trigger) : -1;
        EventDate planned = aside < 0 ? null : dates.forTense(s, dates.attachedDate(s, aside), true);
        if (planned != null && EventStatus.after(planned, dates.articleDate())) {
            return new StatusAndDate(Status.PLANNED, planned);
        }
        if (status == Status.DENIED) {
            int since = LastMeeting.sincePoint(s, trigger, anchor);
            if (since >= 0 || LastMeeting.isSincePoint(s, trigger)) {
                EventDate last = since >= 0 ? dates.sinceDate(s, since) : date;
                return new StatusAndDate(Status.OCCURRED, dates.forTense(s, dates.pastMonth(s, last), false));
            }
        }
        // "the envoys met again in June": a verb in the past puts a bare month in the past.
        boolean past = status == Status.OCCURRED && java.util.stream.IntStream.of(trigger, anchor)
                .anyMatch(t -> t >= 0 && (s.token(t).pos().equals("VBD") || EventStatus.emphaticPast(s, t)));
        EventDate tensed = past ? dates.pastMonth(s, date) : date;
        // "will not attend Sunday's meeting", "did not meet him on Monday": a plan given up or denied may be on
        // either side of the article's day.
        if (status == Status.CANCELLED || status == Status.DENIED) {
            return new StatusAndDate(status, nearer(dates, s, tensed));
        }
        // "Ana Soto arrives in Lima on Saturday" told on a Tuesday: the plain present of a timetable is the coming Saturday
        // (a caption's present tells the past of its picture).
        if (status == Status.OCCURRED && tensed != null && dates.articleDate() != null && !dates.caption(s)
                && timetablePresent(s, trigger, anchor)) {
            EventDate coming = dates.forTense(s, tensed, true);
            if (coming != null && coming.precision() == EventDate.Precision.DAY
                    && java.time.LocalDate.parse(coming.iso()).isAfter(dates.articleDate())) {
                return new StatusAndDate(Status.PLANNED, coming);
            }
        }
        // "had been expected to meet Ivo Ruiz on Friday": a plan told in the past perfect was for a day gone by.
        boolean ahead = (status == Status.PLANNED || status == Status.HYPOTHETICAL) && !pastPerfectPlan(s, trigger);
        return new StatusAndDate(status, dates.forTense(s, tensed, ahead));
    }

    /**
     * Whether the trigger is the infinitive of an expectation in the past perfect: "had been due to meet", "had been
     * expected to visit". "had agreed to meet on Friday" may well be for the coming Friday.
     */
    private static boolean pastPerfectPlan(Sentence s, int trigger) {
        int plan = Arguments.governor(s, trigger, "xcomp");
        return plan >= 0 && Arguments.dependents(s, plan, "aux").stream().anyMatch(a -> s.token(a).word().equalsIgnoreCase("had"))
                && Arguments.dependents(s, plan, "aux:pass", "cop").stream().anyMatch(a -> s.token(a).word().equalsIgnoreCase("been"));
    }

    /**
     * Whether the trigger is a bare gerund set after a verb in the past tense or the perfect ("toured ..., visiting");
     * one after a preposition ("looked forward to welcoming", "before visiting") tells its own time.
     */
    private static boolean participleOfPast(Sentence s, int trigger) {
        boolean bare = s.token(trigger).pos().equals("VBG") && Arguments.dependents(s, trigger, "mark", "case").isEmpty();
        int verb = bare ? s.parents(trigger).stream().filter(d -> d.governor() >= 0 && d.governor() < trigger
                && d.relation().matches("advcl|dep")).mapToInt(Dependency::governor).findFirst().orElse(-1) : -1;
        return verb >= 0 && (s.token(verb).pos().equals("VBD") || s.token(verb).pos().equals("VBN")
                && Arguments.dependents(s, verb, "aux").stream().anyMatch(a -> s.token(a).lemma().equalsIgnoreCase("have")));
    }

    /** The participles of a plan that may follow a noun after a comma (status-words.tsv {@code plan-participle}). */
    private static final java.util.Set<String> PLAN_PARTICIPLES = WordLists.STATUS.get("plan-participle");

    /**
     * The plan participle set off by a comma right after the phrase of noun {@code trigger} ("a visit to Lima, scheduled
     * for May 3"), followed by "for"; -1 when there is none or the trigger is no noun.
     */
    private static int planAside(Sentence s, int trigger) {
        // The words are looked for first: the noun's phrase is read only where they stand.
        boolean told = java.util.stream.IntStream.range(trigger + 1, s.tokens().size() - 2).anyMatch(i -> s.token(i).word().equals(",")
                && PLAN_PARTICIPLES.contains(s.token(i + 1).word().toLowerCase(java.util.Locale.ROOT)));
        if (!told || !s.token(trigger).isNoun()) {
            return -1;
        }
        java.util.Set<Integer> phrase = Arguments.subtree(s, trigger, java.util.Set.of());
        int comma = trigger + 1;
        while (comma < s.tokens().size() && phrase.contains(comma) && !s.token(comma).word().equals(",")) {
            comma++;
        }
        boolean aside = comma + 2 < s.tokens().size() && s.token(comma).word().equals(",")
                && PLAN_PARTICIPLES.contains(s.token(comma + 1).word().toLowerCase(java.util.Locale.ROOT))
                && s.token(comma + 1).pos().equals("VBN") && s.token(comma + 2).word().equalsIgnoreCase("for");
        return aside ? comma + 1 : -1;
    }

    /**
     * Whether the clause of the trigger has a plain present verb of its own, with no auxiliary, that reports nothing, in
     * a sentence after the first (a headline's or lead's present tells the news of the day).
     */
    private static boolean timetablePresent(Sentence s, int trigger, int anchor) {
        if (s.index() == 0) {
            return false;
        }
        int verb = anchor >= 0 ? anchor : trigger;
        for (int hops = 0; verb >= 0 && hops < 3 && !s.token(verb).isVerb(); hops++) {
            verb = s.parents(verb).stream().map(Dependency::governor).filter(g -> g >= 0).findFirst().orElse(-1);
        }
        if (verb < 0 || !s.token(verb).pos().matches("VBZ|VBP") || !Arguments.dependents(s, verb, "aux", "aux:pass", "cop").isEmpty()) {
            return false;
        }
        String lemma = s.token(verb).lemma().toLowerCase(java.util.Locale.ROOT);
        return !lemma.equals("be") && !lemma.equals("have") && !VERBS.isCue(lemma);
    }

    /**
     * The status and date of a plan read off the words "due to" where the parse is broken: planned, with the date to
     * come, or cancelled when called off later in the sentence, with the nearer weekday.
     */
    static StatusAndDate ofDue(DateResolver dates, Sentence s, int verb, EventDate date) {
        Status status = EventStatus.ofDue(s, verb);
        return new StatusAndDate(status, status == Status.CANCELLED ? nearer(dates, s, date) : dates.forTense(s, date, true));
    }

    /**
     * "had been due to arrive on Wednesday but called off the trip": a plan given up may have been for either side of
     * the article's day; the weekday, or a bare month, is the nearer one.
     */
    private static EventDate nearer(DateResolver dates, Sentence s, EventDate date) {
        if (date != null && date.precision() == EventDate.Precision.MONTH && dates.articleDate() != null) {
            // "had hoped to host it in December, but postponed it": a bare month, this side of the article or that.
            java.time.YearMonth article = java.time.YearMonth.from(dates.articleDate());
            EventDate before = dates.pastMonth(s, date);
            EventDate after = dates.forTense(s, date, true);
            long back = Math.abs(java.time.temporal.ChronoUnit.MONTHS.between(java.time.YearMonth.parse(before.iso()), article));
            long ahead = Math.abs(java.time.temporal.ChronoUnit.MONTHS.between(article, java.time.YearMonth.parse(after.iso())));
            return ahead < back ? after : before;
        }
        EventDate past = dates.forTense(s, date, false);
        EventDate future = dates.forTense(s, date, true);
        if (past == null || future == null || past.precision() != EventDate.Precision.DAY
                || future.precision() != EventDate.Precision.DAY || dates.articleDate() == null) {
            return past;
        }
        long back = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(past.iso()), dates.articleDate());
        long ahead = java.time.temporal.ChronoUnit.DAYS.between(dates.articleDate(), java.time.LocalDate.parse(future.iso()));
        return ahead < back ? future : past;
    }
}
