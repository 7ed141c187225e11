package org.dragoman.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.Event;
import org.dragoman.model.EventDate;
import org.dragoman.model.Gazetteer;
import org.dragoman.model.Meeting;
import org.dragoman.model.Mode;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto and Ivo Ruiz met on the sidelines of the Acme summit in Lima on Monday. ... Eva Lind is expected to meet
 * Soto on Wednesday": a story whose headline or lead places a summit, conference or forum in one town is told from that
 * gathering, so a meeting face to face with no place of its own, dated within {@link #WINDOW_DAYS} days of the story,
 * is held there too.
 *
 * <p>Edge cases: a lead with gatherings in two towns, or in a country only, sets no scene; a press conference is no
 * gathering; a meeting told with no date, or by telephone, or dated further away (a background meeting last year) is
 * left alone, and so is one with a place of its own.
 */
final class SummitScene {
    /** How many sentences, the headline first, make the lead that may set the scene. */
    private static final int LEAD_SENTENCES = 3;
    /** How many days before or after the story a meeting may be and still be taken for one at the gathering. */
    private static final int WINDOW_DAYS = 3;
    private static final Set<String> SCENE_NOUNS = Set.of("summit", "conference", "forum");
    private static final Set<String> PRESS_WORDS = WordLists.MEETING.get("press-word");
    private static final Set<String> PLACE_KINDS = WordLists.MEETING.get("place-kind");

    private SummitScene() {
    }

    static List<Event> apply(MeetingContext c, Gazetteer gazetteer, List<Event> events) {
        LocalDate published = c.doc().article().date();
        String town = published == null ? null : sceneTown(c, gazetteer);
        if (town == null) {
            return events;
        }
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Meeting m && m.place() == null && m.mode() == Mode.IN_PERSON && near(m.date(), published)) {
                out.set(i, m.withPlace(town));
            }
        }
        return out;
    }

    private static boolean near(EventDate date, LocalDate published) {
        return date != null && date.precision() == EventDate.Precision.DAY
                && Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(date.iso()), published)) <= WINDOW_DAYS;
    }

    /** The one town the lead places a gathering in; null when it places none, or gatherings in two. */
    private static String sceneTown(MeetingContext c, Gazetteer gazetteer) {
        Set<String> towns = new LinkedHashSet<>();
        List<Sentence> sentences = c.doc().sentences();
        for (Sentence s : sentences.subList(0, Math.min(LEAD_SENTENCES, sentences.size()))) {
            for (int g = 0; g < s.tokens().size(); g++) {
                if (!gathering(s, g)) {
                    continue;
                }
                placeOf(c, s, g).filter(p -> SameDayPlaces.isTown(c.index(), gazetteer, p)).ifPresent(towns::add);
            }
        }
        return towns.size() == 1 ? towns.iterator().next() : null;
    }

    private static boolean gathering(Sentence s, int g) {
        return SCENE_NOUNS.contains(s.token(g).lemma().toLowerCase(Locale.ROOT)) && Arguments.dependents(s, g, "compound", "amod")
                .stream().noneMatch(m -> PRESS_WORDS.contains(s.token(m).lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * Where gathering {@code g} is: its in- or at-phrase, or an on-phrase read through the kind of place ("on the island
     * of Bali"), which {@link Arguments#place} resolves.
     */
    private static Optional<String> placeOf(MeetingContext c, Sentence s, int g) {
        return c.args().placeOf(s, g).or(() -> Arguments.dependents(s, g, "nmod:on").stream()
                .filter(k -> PLACE_KINDS.contains(s.token(k).lemma().toLowerCase(Locale.ROOT)))
                .map(k -> c.args().place(s, k)).flatMap(Optional::stream).findFirst());
    }
}
