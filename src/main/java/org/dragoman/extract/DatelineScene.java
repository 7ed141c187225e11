package org.dragoman.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.EventDate;
import org.dragoman.model.Gazetteer;
import org.dragoman.model.Meeting;
import org.dragoman.model.Mode;
import org.dragoman.model.Status;
import org.dragoman.model.Visit;
import org.dragoman.nlp.AnnotatedArticle;

/**
 * "LIMA — Ana Soto met Ivo Ruiz on the margins of the summit on Saturday. She also met Eva Lind briefly": a meeting in
 * person of two sides or more that took place on the story's day or the day before, told with no place after every other
 * clue was read ({@link MeetingPlace}, {@link SameDayPlaces}, {@link SummitScene}), is where the reporter is: the
 * dateline's place. So is one of those days placed only in the country of the dateline's city, or at a building the
 * table does not know ({@link #narrowedToDateline}).
 *
 * <p>Edge cases: read after the tellings are merged, so a place the body gives one telling of the meeting wins; a story
 * with no dateline, a meeting further back or ahead, a call, a plan, a headline's summary and a meeting of which the
 * place is itself a side are left alone; a plan for the story's own day ("will call on X later today") is placed too. A
 * story dated on a line of its own that tells its people in another country in those days ("Lima, Peru, May 3 / By Acme
 * / A, who is on a visit to Ruritania, met B in its capital") is dated from the agency's home: none of its meetings is
 * at the dateline's place unless its sentence names it (or says "here").
 */
final class DatelineScene {
    private static final java.util.Set<String> VENUE_WORDS = WordLists.MEETING.get("venue-word");

    private DatelineScene() {
    }

    static List<Event> apply(AnnotatedArticle doc, EntityIndex index, Gazetteer gazetteer, List<Event> events) {
        LocalDate published = doc.article().date();
        Optional<String> dateline = published == null ? Optional.empty() : DatelinePlace.of(doc, index);
        if (dateline.isEmpty() || abroad(doc, index, gazetteer, events, dateline.get())) {
            return events;
        }
        int headlineEnd = Spans.headlineEnd(doc);
        Optional<String> home = countryOf(index, gazetteer, dateline.get()).filter(c -> index.byId(dateline.get())
                .map(d -> d.type() == EntityType.CITY).orElse(false));
        return events.stream().map(e -> e instanceof Meeting m && (placedByDateline(m, published, headlineEnd, dateline.get())
                || narrowedToDateline(doc, index, m, published, headlineEnd, home))
                ? (Event) m.withPlace(dateline.get()) : e).toList();
    }

    /**
     * "COLOMBO — X, on a visit to Sri Lanka, called on President Y", "LIMA — X received Y at the Miraflores Hall": a meeting
     * of the story's days placed only in the country of the dateline's city, or at a building the table does not know
     * (by its word for one, or because the text only ever puts people "at" it),
     * is in that city, where the reporter is: the city is what the graph can join with Wikidata, and the sentence keeps
     * the venue. A country that is itself a side stays.
     */
    private static boolean narrowedToDateline(AnnotatedArticle doc, EntityIndex index, Meeting m, LocalDate published, int headlineEnd,
                                              Optional<String> home) {
        if (home.isEmpty() || m.place() == null || m.participants().contains(m.place()) || m.mode() != Mode.IN_PERSON
                || m.participants().size() < 2 || m.evidence().end() <= headlineEnd || m.status() != Status.OCCURRED
                || m.date() != null && !storyDays(m.date(), published)) {
            return false;
        }
        return index.byId(m.place()).filter(p -> p.type() == EntityType.COUNTRY && p.label().equals(home.get())
                || venue(p) || onlyAt(doc, p) && !hostFromAbroad(index, m, home.get())).isPresent();
    }

    /**
     * The tellings of a story that tells its people in another country in its days, with the dateline's place taken
     * from each meeting whose sentence does not name it: read before merging, so that tellings placed by the dateline
     * alone merge with the one that names the place.
     */
    static List<Event> awayFromDateline(AnnotatedArticle doc, EntityIndex index, Gazetteer gazetteer, List<Event> events) {
        LocalDate published = doc.article().date();
        Optional<String> dateline = published == null ? Optional.empty() : DatelinePlace.of(doc, index);
        if (dateline.isEmpty() || !abroad(doc, index, gazetteer, events, dateline.get())) {
            return events;
        }
        return events.stream().map(e -> e instanceof Meeting m && dateline.get().equals(m.place()) && !namedIn(index, m)
                ? (Event) m.withPlace(null) : e).toList();
    }

    private static boolean placedByDateline(Meeting m, LocalDate published, int headlineEnd, String place) {
        if (m.place() != null || m.mode() != Mode.IN_PERSON || m.participants().size() < 2
                || m.participants().contains(place) || m.evidence().end() <= headlineEnd) {
            return false;
        }
        if (m.status() == Status.PLANNED) {
            // "will call on X later today": a plan for the story's own day, where the reporter is.
            return m.date() != null && m.date().iso().equals(published.toString());
        }
        return m.status() == Status.OCCURRED && (m.date() == null || storyDays(m.date(), published));
    }

    /** "the Oval Office", "Rashtrapati Bhavan": a building the table does not know, named by a word for one. */
    private static boolean venue(org.dragoman.model.Entity place) {
        String label = place.label().toLowerCase(java.util.Locale.ROOT);
        return place.type() == EntityType.PLACE && place.link() == null && VENUE_WORDS.contains(label.substring(label.lastIndexOf(' ') + 1));
    }

    /**
     * "received him at Acme Hall", "talks at the Acme Residence": a place the text only ever puts people "at" is a
     * building or a compound, whatever its name, not a city or a region one is "in".
     */
    private static boolean onlyAt(AnnotatedArticle doc, org.dragoman.model.Entity place) {
        if (place.type() != EntityType.PLACE || place.mentions().isEmpty()) {
            return false;
        }
        String text = doc.text();
        return place.mentions().stream().allMatch(m -> {
            String before = text.substring(Math.max(0, m.begin() - 8), m.begin()).toLowerCase(java.util.Locale.ROOT);
            return before.endsWith(" at ") || before.endsWith(" at the ");
        });
    }

    /**
     * Whether the first side of {@code m}, who receives, holds an office of a country other than {@code home}: a
     * building put "at" only may then be abroad, not in the dateline's city.
     */
    private static boolean hostFromAbroad(EntityIndex index, Meeting m, String home) {
        return index.byId(m.participants().get(0)).map(e -> e.roles().stream().anyMatch(r -> r.ofEntity() != null
                && index.byId(r.ofEntity()).map(c -> c.type() == EntityType.COUNTRY && !c.label().equals(home)).orElse(false)))
                .orElse(false);
    }

    /** Whether the date is the story's day or the day before. */
    private static boolean storyDays(EventDate date, LocalDate published) {
        if (date.precision() != EventDate.Precision.DAY) {
            return false;
        }
        long daysBefore = ChronoUnit.DAYS.between(LocalDate.parse(date.iso()), published);
        return daysBefore >= 0 && daysBefore <= 1;
    }

    /** Whether the story is dated on a line of its own and tells its people in another country in its days. */
    private static boolean abroad(AnnotatedArticle doc, EntityIndex index, Gazetteer gazetteer, List<Event> events, String dateline) {
        LocalDate published = doc.article().date();
        return DatelinePlace.onALineOfItsOwn(doc, index)
                && events.stream().anyMatch(e -> elsewhere(index, gazetteer, e, published, dateline));
    }

    /**
     * Whether a meeting or visit that took place in the story's days was in another country than the dateline's city;
     * an undated one, or one at a place of unknown country, is not.
     */
    private static boolean elsewhere(EntityIndex index, Gazetteer gazetteer, Event e, LocalDate published, String dateline) {
        boolean told = (e instanceof Meeting m && m.mode() == Mode.IN_PERSON || e instanceof Visit) && e.status() == Status.OCCURRED;
        if (!told || e.place() == null || e.place().equals(dateline) || e.date() == null || !storyDays(e.date(), published)) {
            return false;
        }
        Optional<String> home = countryOf(index, gazetteer, dateline);
        Optional<String> there = countryOf(index, gazetteer, e.place());
        return home.isPresent() && there.isPresent() && !home.get().equals(there.get()) && !gazetteer.sameThing(home.get(), there.get());
    }

    /** Whether the meeting's sentence names its place, or says "here". */
    private static boolean namedIn(EntityIndex index, Meeting m) {
        String sentence = m.evidence().sentence().toLowerCase(java.util.Locale.ROOT);
        return sentence.matches(".*\\bhere\\b.*") || index.byId(m.place()).stream()
                .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p.label()), p.aliases().stream()))
                .anyMatch(name -> sentence.contains(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The country a city or country entity lies in, by the gazetteer's name. */
    private static Optional<String> countryOf(EntityIndex index, Gazetteer gazetteer, String id) {
        return index.byId(id).flatMap(p -> p.type() == EntityType.COUNTRY ? Optional.of(p.label())
                : p.type() == EntityType.CITY ? gazetteer.countryOfCity(p.label()) : Optional.empty());
    }
}
