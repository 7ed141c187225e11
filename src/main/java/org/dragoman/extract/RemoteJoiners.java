package org.dragoman.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dragoman.model.Event;
import org.dragoman.model.Meeting;
import org.dragoman.model.Mode;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto met Ivo Ruiz in Lima, with Eva Lind joining them by video link": one who joins a meeting from afar takes
 * no part in its sitting, but holds a second, remote meeting with its sides. The joining clause is a with-clause on
 * the meeting verb, or on the light verb of a meeting noun, whose verb tells a telephone or video link.
 */
final class RemoteJoiners {
    private RemoteJoiners() {
    }

    /** The with-clauses of {@code verb} whose subject joins by telephone or video ("with X joining by phone"). */
    static List<Integer> clauses(Sentence s, int verb) {
        List<Integer> out = new ArrayList<>();
        for (int c : Arguments.dependents(s, verb, "advcl")) {
            boolean withMarked = Arguments.dependents(s, c, "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("with"));
            if (withMarked && c > verb && MeetingMode.remote(s, c) && !Arguments.dependents(s, c, "nsubj").isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The meeting, and beside it a remote one of its sides with each who joins from afar at {@code verb}. The same
     * list when the verb has no such clause, or the one joining names no actor.
     */
    static List<Event> add(MeetingContext c, Sentence s, int verb, List<Event> meetings) {
        if (verb < 0 || meetings.isEmpty()) {
            return meetings;
        }
        List<Event> out = new ArrayList<>(meetings);
        for (int clause : clauses(s, verb)) {
            Set<String> joiners = new LinkedHashSet<>();
            Arguments.dependents(s, clause, "nsubj").forEach(n -> joiners.addAll(c.args().actors(s, n)));
            Mode mode = MeetingMode.of(s, clause, -1);
            for (Event e : meetings) {
                if (!(e instanceof Meeting m) || m.mode() != Mode.IN_PERSON || joiners.isEmpty()
                        || m.participants().stream().anyMatch(joiners::contains)) {
                    continue;
                }
                Set<String> parts = new LinkedHashSet<>(m.participants());
                parts.addAll(joiners);
                out.add(new Meeting(List.copyOf(parts), mode, m.status(), m.date(), null, s.token(clause).word(), m.evidence(),
                        m.confidence()));
            }
        }
        return out;
    }
}
