package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.Gazetteer;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * "The Ruritanian president attended the inauguration in Lima", "has accepted an invitation to attend the Games in
 * Lima": attending an event in another country is a trip there. Only people whose country the article tells, at a
 * place whose country is known and is not theirs; a gathering at home is no visit.
 */
final class AttendanceVisitRule implements SentenceRule {
    private final Gazetteer gazetteer;

    AttendanceVisitRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public int priority() {
        return 70;
    }

    @Override
    public List<Event> read(MeetingContext c, Sentence s) {
        Arguments args = c.args();
        List<Event> out = new ArrayList<>();
        for (Token v : s.tokens()) {
            if (!v.isVerb() || !v.lemma().toLowerCase(Locale.ROOT).equals("attend")) {
                continue;
            }
            Optional<String> place = placeAttended(args, s, v.index());
            if (place.isEmpty()) {
                continue;
            }
            Optional<String> country = countryOf(args, place.get());
            List<String> visitors = attendees(args, s, v.index()).stream().distinct()
                    .filter(id -> country.isPresent() && foreigner(args, id, country.get())).toList();
            if (!visitors.isEmpty()) {
                out.add(EventAssembly.visit(c, s, v.index(), -1, visitors, null, place.get()));
            }
        }
        return out;
    }

    /**
     * Who attends: the verb's subjects; for "accepted an invitation to attend", "was one of the few leaders to attend",
     * the subject of the clause whose noun the infinitive hangs on; else the clause's ({@link InheritedSubjects}).
     */
    private static List<String> attendees(Arguments args, Sentence s, int v) {
        List<String> out = new ArrayList<>();
        for (int subject : Arguments.dependents(s, v, "nsubj")) {
            List<String> named = args.actors(s, subject).stream().filter(args::isPerson).toList();
            out.addAll(named.isEmpty() && s.token(subject).isNoun() ? clauseSubjects(args, s, subject) : named);
        }
        if (out.isEmpty() && Arguments.dependents(s, v, "nsubj").isEmpty()) {
            int noun = Arguments.governor(s, v, "acl", "acl:to");
            out.addAll(noun >= 0 ? clauseSubjects(args, s, noun) : InheritedSubjects.of(args, s, v).stream().filter(args::isPerson).toList());
        }
        return out;
    }

    /** The people who are the subject of the clause noun {@code n} is the predicate or object of. */
    private static List<String> clauseSubjects(Arguments args, Sentence s, int n) {
        int clause = Arguments.dependents(s, n, "cop").isEmpty() ? Arguments.governor(s, n, "obj") : n;
        List<String> out = new ArrayList<>();
        for (int subject : clause < 0 ? List.<Integer>of() : Arguments.dependents(s, clause, "nsubj")) {
            args.actors(s, subject).stream().filter(args::isPerson).forEach(out::add);
        }
        return out;
    }

    /** The place of what is attended ("the opening of the Games in Lima"), or of the attending verb ("attended ... in Lima"). */
    private static Optional<String> placeAttended(Arguments args, Sentence s, int v) {
        List<Integer> phrases = new ArrayList<>();
        for (int o : Arguments.dependents(s, v, "obj")) {
            phrases.addAll(Arguments.dependents(s, o, "nmod:in", "nmod:at"));
            for (int of : Arguments.dependents(s, o, "nmod:of")) {
                phrases.addAll(Arguments.dependents(s, of, "nmod:in", "nmod:at"));
            }
        }
        phrases.addAll(Arguments.dependents(s, v, "obl:in", "obl:at"));
        for (int p : phrases) {
            // "in the resort of Zenda": the place may be the of-phrase of a common noun.
            Optional<String> place = args.place(s, p).or(() -> args.placeOfSite(s, p)).or(() -> s.token(p).isProperNoun()
                    ? Optional.empty() : Arguments.dependents(s, p, "nmod:of").stream().map(o -> args.place(s, o)).flatMap(Optional::stream).findFirst());
            if (place.isPresent()) {
                return place;
            }
        }
        return Optional.empty();
    }

    /** The country a place is or lies in, by the gazetteer or as a capital; empty when not known. */
    private Optional<String> countryOf(Arguments args, String place) {
        Optional<Entity> where = args.index().byId(place);
        if (where.isEmpty()) {
            return Optional.empty();
        }
        Entity p = where.get();
        if (p.type() == EntityType.COUNTRY) {
            return Optional.of(p.label());
        }
        return gazetteer.countryOfCity(p.label()).or(() -> Capitals.countryOf(p.label()));
    }

    /** Whether the person holds a role of some country and of none that is {@code country}. */
    private static boolean foreigner(Arguments args, String person, String country) {
        List<String> homes = args.isPerson(person) ? VerbalVisitRule.homeCountries(args, person) : List.of();
        return !homes.isEmpty() && !homes.contains(country);
    }
}
