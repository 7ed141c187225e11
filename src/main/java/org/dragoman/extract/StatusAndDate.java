package org.dragoman.extract;

import org.dragoman.model.EventDate;
import org.dragoman.model.Status;
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
    /** @param anchor the light or governing verb the trigger hangs from, or -1 */
    static StatusAndDate read(DateResolver dates, Sentence s, int trigger, int anchor) {
        EventDate date = dates.dateFor(s, trigger, anchor);
        Status status = EventStatus.of(s, trigger, date, dates.articleDate(), anchor);
        // "the envoys met again in June": a verb in the past puts a bare month in the past.
        boolean past = status == Status.OCCURRED && java.util.stream.IntStream.of(trigger, anchor)
                .anyMatch(t -> t >= 0 && s.token(t).pos().equals("VBD"));
        EventDate tensed = past ? dates.pastMonth(s, date) : date;
        return new StatusAndDate(status, dates.forTense(s, tensed, status == Status.PLANNED || status == Status.HYPOTHETICAL));
    }
}
