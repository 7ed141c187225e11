package org.dragoman.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.EventDate;
import org.dragoman.model.Meeting;
import org.dragoman.model.Mode;
import org.dragoman.model.Visit;

/**
 * "Ana Lenko met Ivo Marek in Velgrad on Monday. Earlier in the day, she met Tomas Ruiz": a meeting in person with no
 * place, on a day when one of its sides is in one city by the article's other events of that day, is held in that city.
 * A city told in the meeting's own sentence comes first ("met X in Oslo on Monday, then sat down with Y"). Only a day
 * counts, not a month; a day with two cities for that side, a call, or an event of another status gives none.
 */
final class SameDayPlaces {
    private SameDayPlaces() {
    }

    static List<Event> apply(EntityIndex index, List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Meeting m) || m.place() != null || m.mode() != Mode.IN_PERSON || !day(m.date())) {
                continue;
            }
            Set<String> cities = new HashSet<>();
            Set<String> sameSentence = new HashSet<>();
            for (Event other : events) {
                if (other == m || !day(other.date()) || !other.date().equals(m.date()) || other.status() != m.status()
                        || other.place() == null || !isCity(index, other.place())) {
                    continue;
                }
                // A trip told in the meeting's own sentence was read with it ("after talks with X, flew to Oslo").
                boolean shared = other instanceof Meeting o && o.mode() == Mode.IN_PERSON
                        && o.participants().stream().anyMatch(m.participants()::contains)
                        || other instanceof Visit v && v.visitors().stream().anyMatch(m.participants()::contains)
                        && v.evidence().begin() != m.evidence().begin();
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
            }
        }
        return out;
    }

    private static boolean day(EventDate date) {
        return date != null && date.precision() == EventDate.Precision.DAY;
    }

    private static boolean isCity(EntityIndex index, String id) {
        return index.byId(id).map(e -> e.type() == EntityType.CITY).orElse(false);
    }
}
