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
 * Telephone calls told by a verb: "Ana Soto phoned Ivo Ruiz", "Ana Soto called Ivo Ruiz on Monday". Always by
 * telephone. "Call" has other senses, so it reads as a call only with a person as its object and no purpose or
 * topic: "called for talks", "called on Ivo Ruiz to resign" and "called the plan a mistake" are none.
 *
 * <p>Runs before {@link VerbalMeetingRule}, which would otherwise claim these verbs as meetings in person.
 */
final class CallRule implements MeetingRule {
    private static final Set<String> CALL_VERBS = WordLists.MEETING.get("call-verb");

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean triggers(Token t) {
        return t.isVerb() && CALL_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    @Override
    public List<Event> read(MeetingContext c, Sentence s, int v) {
        Arguments args = c.args();
        VerbSides sides = VerbSides.read(args, s, v);
        if (s.token(v).lemma().toLowerCase(Locale.ROOT).equals("call") && (sides.others().isEmpty()
                || !Arguments.dependents(s, v, "xcomp", "obl:for", "obl:on").isEmpty()
                || sides.objects().stream().anyMatch(o -> args.entity(s, o).map(e -> e.type() != EntityType.PERSON).orElse(true)))) {
            return List.of();
        }
        Optional<Meeting> whole = sides.meeting(c, s, v, Mode.PHONE);
        return whole.map(m -> SideGroups.split(c, s, v, m)).orElse(List.of());
    }
}
