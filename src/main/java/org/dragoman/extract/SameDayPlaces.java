package org.dragoman.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * "Ana Lenko met Ivo Marek in Velgrad on Monday. Earlier in the day, she met Tomas Ruiz": a meeting in person with no
 * place, on a day when one of its sides is in one city by the article's other events of that day, is held in that city.
 * A city told in the meeting's own sentence comes first ("met X in Oslo on Monday, then sat down with Y"). Only a day
 * counts, not a month; a day with two cities for that side, a call, or an event of another status gives none (save
 * what took place in a city on the story's day, for a meeting planned later that day). A
 * meeting a day or two after its side arrived in a city, with no other city between, is held there. A meeting at a
 * site the table does not know ("at the Acme Palace") is placed the same way, in a city only.
 */
final class SameDayPlaces {
    /** How many days after arriving a visitor is still taken to be where the visit reached. */
    private static final int STAY_DAYS = 2;

    private SameDayPlaces() {
    }

    static List<Event> apply(AnnotatedArticle doc, EntityIndex index, Gazetteer gazetteer, List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Meeting m) || m.place() != null && !isSite(doc, index, gazetteer, m.place())
                    || m.mode() != Mode.IN_PERSON || !day(m.date())) {
                continue;
            }
            boolean site = m.place() != null;
            Set<String> cities = new HashSet<>();
            Set<String> sameSentence = new HashSet<>();
            for (Event other : events) {
                if (other == m || !day(other.date()) || !other.date().equals(m.date()) || !statusLetsPlace(doc, m, other)
                        || other.place() == null || !isTown(index, gazetteer, other.place())
                        || (site || other.status() != m.status()) && !isCity(index, other.place())) {
                    continue;
                }
                // A trip told in the meeting's own sentence was read with it ("after talks with X, flew to Oslo"); one
                // told after it leads away ("She then travelled to Cusco").
                boolean shared = other instanceof Meeting o && o.mode() == Mode.IN_PERSON
                        && o.participants().stream().anyMatch(m.participants()::contains)
                        || other instanceof Visit v && v.visitors().stream().anyMatch(m.participants()::contains)
                        && (v.evidence().begin() < m.evidence().begin() || site && v.evidence().begin() == m.evidence().begin());
                if (shared) {
                    cities.add(other.place());
                    if (other.evidence().begin() == m.evidence().begin()) {
                        sameSentence.add(other.place());
                    }
                }
            }
            // "met X in Oslo on Monday, then sat down with Y": the sentence's own city first, whatever else that day.
            Set<String> chosen = sameSentence.size() == 1 ? sameSentence : cities;
            if (chosen.size() == 1) {
                out.set(i, m.withPlace(chosen.iterator().next()));
            } else if (cities.isEmpty()) {
                String stay = stay(index, gazetteer, events, m);
                if (site && stay != null && !isCity(index, stay)) {
                    stay = null;
                } else if (stay == null && !site) {
                    stay = countryStay(index, gazetteer, events, m);
                }
                if (stay != null) {
                    out.set(i, m.withPlace(stay));
                }
            }
        }
        return out;
    }

    /**
     * Whether the other event's status lets it place the meeting: the same, or one that took place on the story's day
     * for a meeting planned later that day ("arrived in Oslo on Thursday. She is expected to meet X later in the day").
     */
    private static boolean statusLetsPlace(AnnotatedArticle doc, Meeting m, Event other) {
        return other.status() == m.status() || m.status() == Status.PLANNED && other.status() == Status.OCCURRED
                && doc.article().date() != null && m.date().iso().equals(doc.article().date().toString());
    }

    /**
     * "X, who arrived in Oslo on Monday, met Y on Tuesday": the city a side's visit reached one to {@link #STAY_DAYS}
     * days before the meeting, when that side is in no other city from the visit's day to the meeting's; null
     * otherwise. A trip on the meeting's own day may come after it ("then travelled to Oslo").
     */
    private static String stay(EntityIndex index, Gazetteer gazetteer, List<Event> events, Meeting m) {
        LocalDate day = LocalDate.parse(m.date().iso());
        Set<String> reached = new HashSet<>();
        LocalDate since = null;
        for (Event other : events) {
            if (other instanceof Visit v && v.status() == m.status() && day(v.date()) && v.place() != null && isTown(index, gazetteer, v.place())
                    && v.visitors().stream().anyMatch(m.participants()::contains)) {
                LocalDate arrived = LocalDate.parse(v.date().iso());
                if (arrived.isBefore(day) && !arrived.plusDays(STAY_DAYS).isBefore(day)) {
                    reached.add(v.place());
                    since = since == null || arrived.isBefore(since) ? arrived : since;
                }
            }
        }
        if (reached.size() != 1) {
            return null;
        }
        String city = reached.iterator().next();
        for (Event other : events) {
            boolean sameSide = sharesSide(other, m);
            if (sameSide && day(other.date()) && other.place() != null && !other.place().equals(city) && isTown(index, gazetteer, other.place())) {
                LocalDate d = LocalDate.parse(other.date().iso());
                if (!d.isBefore(since) && !d.isAfter(day)) {
                    return null;
                }
            }
        }
        return city;
    }

    /**
     * "Ana Soto paid a visit to Ruritania from 6-8 May. She called on Ivo Ruiz on 8 May": the country a side's
     * visit reached on the meeting's day or up to {@link #STAY_DAYS} days before, when the article gives no town and that
     * side is in no place outside that country from the visit's day to the meeting's; null otherwise.
     */
    private static String countryStay(EntityIndex index, Gazetteer gazetteer, List<Event> events, Meeting m) {
        LocalDate day = LocalDate.parse(m.date().iso());
        Set<String> reached = new HashSet<>();
        LocalDate since = null;
        for (Event other : events) {
            if (other instanceof Visit v && v.status() == m.status() && day(v.date()) && v.place() != null && isCountry(index, v.place())
                    && v.visitors().stream().anyMatch(m.participants()::contains)) {
                LocalDate arrived = LocalDate.parse(v.date().iso());
                if (!arrived.isAfter(day) && !arrived.plusDays(STAY_DAYS).isBefore(day)) {
                    reached.add(v.place());
                    since = since == null || arrived.isBefore(since) ? arrived : since;
                }
            }
        }
        if (reached.size() != 1) {
            return null;
        }
        String country = reached.iterator().next();
        String countryName = index.byId(country).map(e -> e.label()).orElse("");
        for (Event other : events) {
            boolean sameSide = sharesSide(other, m);
            if (!sameSide || !day(other.date()) || other.place() == null || other.place().equals(country)) {
                continue;
            }
            LocalDate d = LocalDate.parse(other.date().iso());
            // A town of that country keeps the side there; any other place, or a town of no known country, does not.
            boolean inside = index.byId(other.place()).flatMap(e -> gazetteer.countryOfCity(e.label())).map(countryName::equals)
                    .orElse(false);
            if (!inside && !d.isBefore(since) && !d.isAfter(day)) {
                return null;
            }
        }
        return country;
    }

    /** Whether a participant of the meeting takes part in the other event, as a side or a visitor. */
    private static boolean sharesSide(Event other, Meeting m) {
        return other instanceof Meeting o && o.participants().stream().anyMatch(m.participants()::contains)
                || other instanceof Visit v && v.visitors().stream().anyMatch(m.participants()::contains);
    }

    /**
     * A site the table does not know, always written with an article ("talks at the Acme Palace"), which a city the side
     * is in that day names better: a meeting's place is a city or a country. "in Zenda", a town the table lacks, stays.
     */
    private static boolean isSite(AnnotatedArticle doc, EntityIndex index, Gazetteer gazetteer, String id) {
        String text = doc.article().text();
        return index.byId(id).map(e -> e.type() == EntityType.PLACE && gazetteer.typeOf(e.label()).isEmpty() && !e.mentions().isEmpty()
                && e.mentions().stream().allMatch(m -> text.substring(Math.max(0, m.begin() - 4), m.begin()).equalsIgnoreCase("the ")))
                .orElse(false);
    }

    private static boolean isCity(EntityIndex index, String id) {
        return index.byId(id).map(e -> e.type() == EntityType.CITY).orElse(false);
    }

    private static boolean isCountry(EntityIndex index, String id) {
        return index.byId(id).map(e -> e.type() == EntityType.COUNTRY).orElse(false);
    }

    private static boolean day(EventDate date) {
        return date != null && date.precision() == EventDate.Precision.DAY;
    }

    /**
     * A city, or a place NER could not type ("New York" read as a state); a country or a region the table knows ("a
     * first trip to Asia") is too wide to meet in.
     */
    static boolean isTown(EntityIndex index, Gazetteer gazetteer, String id) {
        return index.byId(id).map(e -> e.type() == EntityType.CITY || e.type() == EntityType.PLACE && !gazetteer.isRegion(e.label()))
                .orElse(false);
    }

}
