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
 * "Ana Soto welcomed her counterpart, Ivo Ruiz, to Oslo": whom a host welcomes to a place travelled there, a visit
 * with the host, told beside the meeting that {@link VerbalMeetingRule} reads from the same verb. Only people are
 * guests, and only a to-phrase that names a place makes the trip ("welcomed the decision" and "welcomed him to the
 * talks" tell none), or a city or country a guest is hosted in ("hosted Ivo Ruiz in Lima"), unless it is
 * the guest's home. The past passive reads the same way ("Ivo Ruiz was received in Lima by Ana Soto").
 */
final class WelcomeVisitRule implements SentenceRule {
    private static final Set<String> WELCOMING_VERBS = WordLists.MEETING.get("welcoming-verb");

    @Override
    public int priority() {
        return 20;
    }

    @Override
    public List<Event> read(MeetingContext c, Sentence s) {
        List<Event> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (t.isVerb() && (WELCOMING_VERBS.contains(lemma) || lemma.equals("host"))) {
                out.addAll(visitOfGuests(c, s, t.index()));
            }
        }
        return out;
    }

    private static List<Event> visitOfGuests(MeetingContext c, Sentence s, int v) {
        Arguments args = c.args();
        // "hosted Ivo Ruiz in Lima", "In Lima, Soto received Ivo Ruiz": a city or country the guest is hosted in was
        // travelled to as well; "was unable to receive her in Lima" keeps "receive" to its to-phrase, and so does any
        // "receive" but a plain past one.
        // "Ivo Ruiz was received in Lima", "was received at State House, Lima": a past passive of a guest who has
        // come, its by-phrase the host.
        boolean passive = s.token(v).pos().equals("VBN") && Arguments.dependents(s, v, "aux:pass").stream()
                .anyMatch(a -> s.token(a).word().matches("(?i)was|were")) && !Arguments.negated(s, v);
        boolean received = s.token(v).lemma().equalsIgnoreCase("receive") && (s.token(v).pos().equals("VBD") || passive)
                && !Arguments.negated(s, v);
        List<Integer> hostedIn = new ArrayList<>(s.token(v).lemma().equalsIgnoreCase("host") || received
                ? Arguments.dependents(s, v, "obl:in") : List.of());
        if (received && passive) {
            // "at State House, Lima": the city set beside the building; "at the Palacio de Acme" names none.
            Arguments.dependents(s, v, "obl:at").forEach(a -> hostedIn.addAll(Arguments.dependents(s, a, "appos")));
        }
        Optional<String> place = args.placeTo(s, v).or(() -> hostedIn.stream().map(d -> args.place(s, d))
                .flatMap(Optional::stream).filter(p -> args.index().byId(p).map(e -> e.type() == EntityType.CITY
                        || e.type() == EntityType.COUNTRY).orElse(false)).findFirst());
        if (place.isEmpty()) {
            return List.of();
        }
        List<String> guests = new ArrayList<>();
        for (int o : Arguments.dependents(s, v, passive ? "nsubj:pass" : "obj")) {
            args.actors(s, o).stream().filter(args::isPerson).forEach(guests::add);
        }
        String host = null;
        for (int t : Arguments.dependents(s, v, passive ? new String[] {"obl:agent", "obl:by"} : new String[] {"nsubj"})) {
            host = args.actors(s, t).stream().filter(args::isPerson).findFirst().orElse(host);
        }
        guests.remove(host);
        // A guest received at home made no trip.
        guests.removeIf(g -> VerbalVisitRule.home(args, g, place.get()));
        if (guests.isEmpty()) {
            return List.of();
        }
        return List.of(EventAssembly.visit(c, s, v, -1, guests, host, place.get()));
    }
}
