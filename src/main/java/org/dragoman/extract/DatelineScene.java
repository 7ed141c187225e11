package org.dragoman.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.dragoman.model.Event;
import org.dragoman.model.EventDate;
import org.dragoman.model.Meeting;
import org.dragoman.model.Mode;
import org.dragoman.model.Status;
import org.dragoman.nlp.AnnotatedArticle;

/**
 * "LIMA — Ana Soto met Ivo Ruiz on the margins of the summit on Saturday. She also met Eva Lind briefly": a meeting in
 * person of two sides or more that took place on the story's day or the day before, told with no place after every other
 * clue was read ({@link MeetingPlace}, {@link SameDayPlaces}, {@link SummitScene}), is where the reporter is: the
 * dateline's place.
 *
 * <p>Edge cases: read after the tellings are merged, so a place the body gives one telling of the meeting wins; a
 * story with no dateline, a meeting further back or ahead, a call, a plan, a headline's summary and a meeting of which
 * the place is itself a side are left alone.
 */
final class DatelineScene {
    private DatelineScene() {
    }

    static List<Event> apply(AnnotatedArticle doc, EntityIndex index, List<Event> events) {
        LocalDate published = doc.article().date();
        Optional<String> dateline = published == null ? Optional.empty() : DatelinePlace.of(doc, index);
        if (dateline.isEmpty()) {
            return events;
        }
        int headlineEnd = Spans.headlineEnd(doc);
        return events.stream().map(e -> e instanceof Meeting m && placedByDateline(m, published, headlineEnd, dateline.get())
                ? (Event) m.withPlace(dateline.get()) : e).toList();
    }

    private static boolean placedByDateline(Meeting m, LocalDate published, int headlineEnd, String place) {
        if (m.place() != null || m.mode() != Mode.IN_PERSON || m.status() != Status.OCCURRED || m.participants().size() < 2
                || m.participants().contains(place) || m.evidence().end() <= headlineEnd) {
            return false;
        }
        if (m.date() == null) {
            return true;
        }
        if (m.date().precision() != EventDate.Precision.DAY) {
            return false;
        }
        long daysBefore = ChronoUnit.DAYS.between(LocalDate.parse(m.date().iso()), published);
        return daysBefore >= 0 && daysBefore <= 1;
    }
}
