package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.Event;
import org.dragoman.model.Mode;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Shuttle diplomacy: "Ana Soto shuttled between Lima and Quito" visits each place; "spent the day shuttling between
 * Ivo Ruiz and Eva Lind" meets each person. The traveller is the verb's subject, or its clause's; places at home are
 * no visits.
 */
final class ShuttleRule implements SentenceRule {
    private static final Set<String> SHUTTLE_VERBS = WordLists.MEETING.get("shuttle-verb");

    @Override
    public int priority() {
        return 60;
    }

    @Override
    public List<Event> read(MeetingContext c, Sentence s) {
        Arguments args = c.args();
        List<Event> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            List<Integer> between = t.isVerb() && SHUTTLE_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))
                    ? Arguments.dependents(s, t.index(), "obl:between") : List.of();
            if (between.isEmpty()) {
                continue;
            }
            // A named or pronoun subject only: "whose minister, Ivo Ruiz, has been shuttling" is not the owner's trip.
            List<String> travellers = InheritedSubjects.people(args, s, t.index(),
                    subject -> args.index().at(s.index(), subject).isPresent() || s.token(subject).isPronoun());
            if (travellers.isEmpty()) {
                continue;
            }
            List<Integer> ends = new ArrayList<>(between);
            between.forEach(b -> ends.addAll(Arguments.dependents(s, b, "conj")));
            for (int end : ends) {
                Optional<String> place = args.place(s, end);
                if (place.isPresent()) {
                    if (travellers.stream().noneMatch(id -> VerbalVisitRule.home(args, id, place.get()))) {
                        out.add(EventAssembly.visit(c, s, t.index(), -1, travellers, null, place.get()));
                    }
                    continue;
                }
                for (String other : args.actors(s, end)) {
                    if (!travellers.contains(other)) {
                        List<String> parts = new ArrayList<>(travellers);
                        parts.add(other);
                        EventAssembly.meeting(c, s, t.index(), -1, parts, Mode.IN_PERSON, 0.6, false).ifPresent(out::add);
                    }
                }
            }
        }
        return out;
    }
}
