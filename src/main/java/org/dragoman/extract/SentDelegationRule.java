package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Visits made by sending someone: "Ruritania sent a delegation to Lima" is Ruritania's visit, "Ana Soto sent her
 * foreign minister, Ivo Ruiz, to Lima" is Ivo Ruiz's. A group sent ({@code led-group-noun}) travels for its sender; a
 * named person sent travels in person. The destination is the to-phrase, a place; each conjoined place is a visit of
 * its own.
 *
 * <p>Edge cases: "sent a letter to Lima", "sent troops to the border" tell no visit (neither a group of envoys nor a
 * named person); "will not send a delegation" takes its status as any other visit.
 */
final class SentDelegationRule implements MeetingRule {
    private static final Set<String> SENDING_VERBS = WordLists.MEETING.get("sending-verb");
    private static final Set<String> GROUP_NOUNS = WordLists.MEETING.get("led-group-noun");

    @Override
    public int priority() {
        return 45;
    }

    @Override
    public boolean triggers(Token t) {
        return t.isVerb() && SENDING_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    @Override
    public List<Event> read(MeetingContext c, Sentence s, int v) {
        Arguments args = c.args();
        List<String> visitors = new ArrayList<>();
        for (int sent : Arguments.dependents(s, v, "obj")) {
            if (GROUP_NOUNS.contains(s.token(sent).lemma().toLowerCase(Locale.ROOT))) {
                List<String> senders = new ArrayList<>();
                for (int sender : Arguments.dependents(s, v, "nsubj", "nsubj:xsubj")) {
                    senders.addAll(args.actors(s, sender));
                }
                if (senders.isEmpty() && Arguments.dependents(s, v, "nsubj").isEmpty()) {
                    senders.addAll(InheritedSubjects.of(args, s, v));
                }
                senders.stream().map(id -> countryServed(args, id)).filter(id -> !visitors.contains(id)).forEach(visitors::add);
            } else if (!s.token(sent).isPronoun()) {
                // "we are sending them to the camp": a pronoun sent is rarely an envoy.
                args.actors(s, sent).stream().filter(args::isPerson).forEach(visitors::add);
            }
        }
        List<String> places = new ArrayList<>();
        // "not to send a delegation back to Lima": the parser hangs the to-phrase on "back".
        List<Integer> destinations = new ArrayList<>(Arguments.dependents(s, v, "obl:to"));
        for (int back : Arguments.dependents(s, v, "advmod")) {
            destinations.addAll(Arguments.dependents(s, back, "obl:to"));
        }
        // "to Quito and La Paz": the parser gives each conjoined place the to-phrase too.
        // "sent Ivo Ruiz to the inauguration in Lima": an occasion's place is the destination.
        for (int t : destinations) {
            args.place(s, t).or(() -> s.token(t).isNoun() ? args.placeOf(s, t) : Optional.empty())
                    .filter(p -> !places.contains(p)).ifPresent(places::add);
        }
        visitors.removeAll(places);
        visitors.removeIf(id -> args.index().byId(id).map(e -> e.type() == EntityType.CITY || e.type() == EntityType.PLACE).orElse(true));
        List<Event> out = new ArrayList<>();
        if (!visitors.isEmpty()) {
            for (String place : places) {
                out.add(EventAssembly.visit(c, s, v, -1, visitors, null, place));
            }
        }
        return out;
    }

    /** A leader's delegation travels for the one country the leader holds office of; else for the sender itself. */
    private static String countryServed(Arguments args, String sender) {
        if (!args.isPerson(sender)) {
            return sender;
        }
        List<String> countries = args.index().byId(sender).map(e -> args.index().officeRoles(e).stream().map(r -> r.ofEntity())
                .filter(java.util.Objects::nonNull).filter(id -> args.index().byId(id).map(o -> o.type() == EntityType.COUNTRY).orElse(false))
                .distinct().toList()).orElse(List.of());
        return countries.size() == 1 ? countries.get(0) : sender;
    }
}
