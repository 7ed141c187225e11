package org.dragoman.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.EventDate;
import org.dragoman.model.Meeting;
import org.dragoman.model.Status;
import org.dragoman.model.Visit;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto had spoken to Ivo Ruiz twice, in July and in September", "met him in Lima in March and June": a meeting or
 * trip that took place on two dates listed with "and" took place once on each. A range ("between March and June",
 * "from Monday to Friday") and two days in a row ("on Monday and Tuesday", one meeting over two days) stay one event.
 */
final class ListedDates {
    private static final java.util.Set<EntityType> PLACE_TYPES = java.util.Set.of(EntityType.CITY, EntityType.COUNTRY, EntityType.PLACE);

    private ListedDates() {
    }

    /** The events, with a copy of each listed-date event for every other date of its list, on that date. */
    static List<Event> apply(AnnotatedArticle doc, EntityIndex index, DateResolver dates, List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        java.util.Map<Integer, List<DateResolver.DateSpan>> bySentence = new java.util.HashMap<>();
        for (Event e : events) {
            if (e.date() == null || e.status() != Status.OCCURRED || !(e instanceof Meeting || e instanceof Visit)) {
                continue;
            }
            Sentence s = doc.sentences().get(doc.sentenceIndexAt(e.evidence().begin()));
            List<DateResolver.DateSpan> spans = bySentence.computeIfAbsent(s.index(), i -> dates.dates(s));
            // The event's date may be the span's read in another year ("met in March" told in February is last March).
            Optional<DateResolver.DateSpan> own = spans.stream().filter(d -> sameButYear(d.date(), e.date())).findFirst();
            if (own.isEmpty()) {
                continue;
            }
            int years = year(e.date()) - year(own.get().date());
            for (DateResolver.DateSpan other : spans) {
                // A bare month of a past event is the last one ("in October 2018 and again in May" told in December).
                EventDate shifted = dates.pastMonth(s, new EventDate((year(other.date()) + years) + other.date().iso().substring(4)));
                if (other.start() > own.get().start() && listedAfter(doc, s, own.get(), other) && apart(e.date(), shifted)) {
                    out.add(withDate(e, shifted, e.place()));
                } else if (other.start() > own.get().start() && apart(e.date(), shifted)) {
                    // "met him in Lima in May and again in Quito in June": a second place and date, one more meeting there.
                    placeListedBetween(doc, index, s, own.get(), other).ifPresent(place -> out.add(withDate(e, shifted, place)));
                }
            }
        }
        return out;
    }

    /** Whether {@code second} follows {@code first} after "and" alone (or ", and", "and in", "and on"), not in a range. */
    private static boolean listedAfter(AnnotatedArticle doc, Sentence s, DateResolver.DateSpan first, DateResolver.DateSpan second) {
        String between = doc.text().substring(s.token(first.end() - 1).end(), s.token(second.start()).begin()).toLowerCase(Locale.ROOT);
        String before = first.start() > 0 ? s.token(first.start() - 1).word().toLowerCase(Locale.ROOT) : "";
        boolean range = before.matches("between|from") || first.start() > 1 && s.token(first.start() - 2).word().toLowerCase(Locale.ROOT)
                .matches("between|from");
        return !range && between.matches("\\s*,?\\s*and\\s+((in|on)\\s+)?(the\\s+)?");
    }

    /**
     * The place named between two dates listed as "D1 and (again) in PLACE in D2", when the event's place is another
     * one; empty otherwise.
     */
    private static Optional<String> placeListedBetween(AnnotatedArticle doc, EntityIndex index, Sentence s, DateResolver.DateSpan first,
            DateResolver.DateSpan second) {
        String between = doc.text().substring(s.token(first.end() - 1).end(), s.token(second.start()).begin()).toLowerCase(Locale.ROOT);
        if (!between.matches("\\s*,?\\s*and\\s+(again\\s+)?in\\s+\\S.*\\s+(in|on)\\s+(the\\s+)?")) {
            return Optional.empty();
        }
        List<String> places = new ArrayList<>();
        for (int k = first.end(); k < second.start(); k++) {
            index.at(s.index(), k).filter(x -> PLACE_TYPES.contains(x.type())).map(Entity::id).filter(id -> !places.contains(id))
                    .ifPresent(places::add);
        }
        return places.size() == 1 ? Optional.of(places.get(0)) : Optional.empty();
    }

    private static boolean sameButYear(EventDate a, EventDate b) {
        return a.precision() == b.precision() && a.iso().substring(4).equals(b.iso().substring(4));
    }

    private static int year(EventDate d) {
        return Integer.parseInt(d.iso().substring(0, 4));
    }

    /** Whether two dates are of the same precision and not one day after the other. */
    private static boolean apart(EventDate a, EventDate b) {
        if (a.precision() != b.precision() || a.equals(b)) {
            return false;
        }
        return a.precision() != EventDate.Precision.DAY
                || Math.abs(LocalDate.parse(a.iso()).toEpochDay() - LocalDate.parse(b.iso()).toEpochDay()) > 1;
    }

    private static Event withDate(Event e, EventDate date, String place) {
        if (e instanceof Meeting m) {
            return new Meeting(m.participants(), m.mode(), m.status(), date, place, m.trigger(), m.evidence(), m.confidence());
        }
        Visit v = (Visit) e;
        return new Visit(v.visitors(), v.host(), v.status(), date, place, v.trigger(), v.evidence(), v.confidence());
    }
}
