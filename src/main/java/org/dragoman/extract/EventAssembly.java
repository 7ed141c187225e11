package org.dragoman.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.EntityType;
import org.dragoman.model.Meeting;
import org.dragoman.model.Mode;
import org.dragoman.model.Status;
import org.dragoman.model.Visit;
import org.dragoman.nlp.Sentence;

/**
 * Turns what a rule read at a trigger into a meeting or visit: adds its place, status and date, and drops a meeting
 * that has no other side.
 */
final class EventAssembly {
    private static final Set<String> NEGOTIATION_NOUNS = WordLists.MEETING.get("negotiation-noun");
    private static final Set<String> NEWS_OUTLETS = WordLists.BODIES.get("news-outlet");

    private EventAssembly() {
    }

    /**
     * A meeting of {@code parts} told by the trigger, if it has a counterpart ({@link Counterparts}). A place that
     * is also a participant (a country) is no place of the meeting.
     *
     * @param anchor      the light or governing verb, or -1
     * @param unnamedSide whether the rule saw an unnamed other side ("met students", "addressed a rally")
     */
    static Optional<Meeting> meeting(MeetingContext c, Sentence s, int trigger, int anchor, List<String> parts, Mode mode,
                                   double confidence, boolean unnamedSide) {
        String place = MeetingPlace.of(c.args(), s, trigger, anchor);
        StatusAndDate when = StatusAndDate.read(c.dates(), s, trigger, anchor);
        // "is expected to meet X on the sidelines" in a story from home: a plan's sidelines are where the trip goes,
        // not where the reporter is, unless the sentence says "here".
        boolean sceneHere = when.status() != Status.PLANNED || s.tokens().stream().anyMatch(t -> t.word().equalsIgnoreCase("here"));
        if (place == null && mode == Mode.IN_PERSON && sceneHere) {
            place = MeetingPlace.scene(c, s, trigger, anchor);
        }
        if (place != null && parts.contains(place)) {
            place = null;
        }
        // A headline sums up what the body places: a guess from the dateline would outrank the body's own place. So
        // does a venue the text names that is no known place ("hosted Ivo Ruiz at the Acme Palace").
        if (place == null && mode == Mode.IN_PERSON && !(s.index() == 0 && Spans.headline(c.doc())) && !atNamedVenue(s, trigger, anchor)) {
            place = MeetingPlace.hostAtHome(c, parts, when);
        }
        // "X told Acme News by phone", "spoke to Acme Radio": an interview, whose outlet is no side of a meeting.
        // Its one other side is then alone at an interview, not at a meeting with a place or an unnamed side.
        List<String> withoutOutlets = parts.stream().filter(id -> !newsOutlet(c.index(), id)).toList();
        boolean interview = withoutOutlets.size() == 1 && parts.size() > 1;
        parts = withoutOutlets;
        if (parts.isEmpty() || interview || !Counterparts.complete(parts, place, unnamedSide, c.index())) {
            return Optional.empty();
        }
        // "The Acme Fund's negotiations with Lima have dragged on": a body alone at negotiations told with neither a
        // place nor a date is a process, not a meeting.
        boolean bodyAlone = parts.size() == 1 && !c.args().isPerson(parts.get(0));
        if (bodyAlone && place == null && when.date() == null
                && NEGOTIATION_NOUNS.contains(s.token(trigger).lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(new Meeting(parts, mode, when.status(), when.date(), place, s.token(trigger).word(),
                MeetingContext.evidence(s), confidence));
    }

    /**
     * Whether the entity is a news agency or broadcaster, by its label or an alias. An organisation's alias counts; a
     * label counts whatever NER made of it ("public broadcaster Acme" may be tagged a person, the word before it a title).
     */
    private static boolean newsOutlet(EntityIndex index, String id) {
        return index.byId(id).map(e -> NEWS_OUTLETS.contains(e.label().toLowerCase(Locale.ROOT)) || e.type() == EntityType.ORGANIZATION
                && e.aliases().stream().anyMatch(a -> NEWS_OUTLETS.contains(a.toLowerCase(Locale.ROOT)))).orElse(false);
    }

    /** Whether the trigger or its anchor has an at- or in-phrase headed by a proper noun that is no date. */
    private static boolean atNamedVenue(Sentence s, int trigger, int anchor) {
        for (int h : anchor >= 0 ? List.of(trigger, anchor) : List.of(trigger)) {
            for (int t : Arguments.dependents(s, h, "obl:at", "obl:in", "nmod:at", "nmod:in")) {
                if (s.token(t).isProperNoun() && !s.token(t).ner().matches("DATE|TIME|DURATION")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A visit told by the trigger, with confidence 0.6: visits are read from fewer clues than meetings. */
    static Visit visit(MeetingContext c, Sentence s, int trigger, int anchor, List<String> visitors, String host, String place) {
        StatusAndDate when = StatusAndDate.read(c.dates(), s, trigger, anchor);
        return new Visit(visitors, host, when.status(), when.date(), place, s.token(trigger).word(),
                MeetingContext.evidence(s), 0.6);
    }
}
