package org.dragoman.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.Event;
import org.dragoman.model.Meeting;
import org.dragoman.model.Mode;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Telephone calls told by what was said in them: "Ana Soto told Ivo Ruiz by phone that ...", "assured him over the
 * telephone". A verb whose object is the one spoken to ({@code addressing-verb}), with a by-, over- or on-phrase
 * whose noun is a telephone ({@code phone-word}), is a call between its subject and its object.
 *
 * <p>Edge cases: "told reporters by phone" is no call (an audience is no counterpart); without the telephone phrase
 * ("told Ivo Ruiz that ...") nothing is read. Runs after the rules that read some of these verbs as meetings or
 * visits ("briefed", "invited").
 */
final class PhonedMessageRule implements MeetingRule {
    private static final Set<String> ADDRESSING_VERBS = WordLists.MEETING.get("addressing-verb");
    private static final Set<String> PHONE_WORDS = WordLists.MEETING.get("phone-word");

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
        boolean byPhone = Arguments.dependents(s, v, "obl:by", "obl:over", "obl:on").stream()
                .anyMatch(t -> PHONE_WORDS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT)));
        if (!byPhone || Arguments.dependents(s, v, "obj", "iobj").isEmpty()) {
            return List.of();
        }
        Optional<Meeting> whole = VerbSides.read(c.args(), s, v).meeting(c, s, v, Mode.PHONE);
        return whole.map(m -> SideGroups.split(c, s, v, m)).orElse(List.of());
    }
}
