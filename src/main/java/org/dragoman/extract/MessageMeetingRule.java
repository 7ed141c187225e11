package org.dragoman.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.Meeting;
import org.dragoman.model.Mode;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Meetings and calls told by what was said in them. A verb whose object is the one spoken to
 * ({@code addressing-verb}) is a telephone call between its subject and its object when a by-, over- or on-phrase
 * names a telephone ({@code phone-word}): "Ana Soto told Ivo Ruiz by phone that ...", "assured him over the
 * telephone"; and an in-person meeting when an at- or in-phrase names a place, by its name or as a building
 * ({@code building-word}): "told Ivo Ruiz at the palace that ...", "assured him in Lima".
 *
 * <p>Edge cases: "told reporters by phone" or "in Lima" is none (an audience is no counterpart); without such a
 * phrase ("told Ivo Ruiz that ...", "told him in a letter", "in an interview") nothing is read; face to face, the
 * one told must be named people ("told parliament in Lima" is a speech). Runs after the rules
 * that read some of these verbs as meetings or visits ("briefed", "invited").
 */
final class MessageMeetingRule implements MeetingRule {
    private static final Set<String> ADDRESSING_VERBS = WordLists.MEETING.get("addressing-verb");
    private static final Set<String> PHONE_WORDS = WordLists.MEETING.get("phone-word");
    private static final Set<String> BUILDING_WORDS = WordLists.MEETING.get("building-word");
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

    @Override
    public int priority() {
        return 55;
    }

    @Override
    public boolean triggers(Token t) {
        return t.isVerb() && ADDRESSING_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    @Override
    public List<Event> read(MeetingContext c, Sentence s, int v) {
        if (Arguments.dependents(s, v, "obj", "iobj").isEmpty()) {
            return List.of();
        }
        Mode mode;
        if (Arguments.dependents(s, v, "obl:by", "obl:over", "obl:on").stream().anyMatch(t -> PHONE_WORDS.contains(lemma(s, t)))) {
            mode = Mode.PHONE;
        } else if (Arguments.dependents(s, v, "obl:at", "obl:in").stream().anyMatch(t -> namesPlace(s, t))
                && Arguments.dependents(s, v, "obj", "iobj").stream().allMatch(t -> namesPeople(c.args(), s, t))) {
            mode = Mode.IN_PERSON;
        } else {
            return List.of();
        }
        Optional<Meeting> whole = VerbSides.read(c.args(), s, v).meeting(c, s, v, mode);
        return whole.map(m -> SideGroups.split(c, s, v, m)).orElse(List.of());
    }

    private static boolean namesPlace(Sentence s, int t) {
        Token head = s.token(t);
        return PLACE_TAGS.contains(head.ner()) || head.isNoun() && BUILDING_WORDS.contains(lemma(s, t));
    }

    /** Whether {@code t} names only people: a body or a briefing told something in a city met no one. */
    private static boolean namesPeople(Arguments args, Sentence s, int t) {
        List<String> actors = args.actors(s, t);
        return !actors.isEmpty()
                && actors.stream().allMatch(id -> args.index().byId(id).filter(e -> e.type() == EntityType.PERSON).isPresent());
    }

    private static String lemma(Sentence s, int t) {
        return s.token(t).lemma().toLowerCase(Locale.ROOT);
    }
}
