package org.dragoman.extract;

import java.util.ArrayList;
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
 * Telephone calls told by a verb: "Ana Soto phoned Ivo Ruiz", "Ana Soto called Ivo Ruiz on Monday" or "... to
 * discuss the crisis". Always by telephone. "Call" has other senses, so it reads as a call only with a person as its
 * object and no topic or other infinitive: "called for talks", "called on Ivo Ruiz to resign", "called Ivo Ruiz to
 * testify", "called the plan a mistake" and "called Ivo Ruiz a friend" are none.
 *
 * <p>Runs before {@link VerbalMeetingRule}, which would otherwise claim these verbs as meetings in person.
 */
final class CallRule implements MeetingRule {
    private static final Set<String> CALL_VERBS = WordLists.MEETING.get("call-verb");
    /** Infinitives after "called X" that tell what the call was for ("to discuss the crisis"). */
    private static final Set<String> CALL_PURPOSES = WordLists.MEETING.get("call-purpose");

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
        if (courtesyCall(s, v)) {
            return courtesyMeeting(c, s, v);
        }
        VerbSides sides = VerbSides.read(args, s, v);
        // "called out Ivo Ruiz" criticises him, "called off the talks" cancels them.
        if (s.token(v).lemma().toLowerCase(Locale.ROOT).equals("call") && (Arguments.hasParticle(s, v, "out|off") || sides.others().isEmpty()
                || !Arguments.dependents(s, v, "obl:for").isEmpty()
                // "called on Ivo Ruiz to resign" appeals; "called Ivo Ruiz on May 8" is dated.
                || Arguments.dependents(s, v, "obl:on").stream().anyMatch(o -> !s.token(o).ner().matches("DATE|TIME"))
                || Arguments.dependents(s, v, "xcomp").stream().anyMatch(x -> !CALL_PURPOSES.contains(s.token(x).lemma().toLowerCase(Locale.ROOT)))
                || sides.objects().stream().anyMatch(o -> !calledPerson(args, s, o))
                || naming(s, v))) {
            return List.of();
        }
        Optional<Meeting> whole = sides.meeting(c, s, v, Mode.PHONE);
        return whole.map(m -> SideGroups.split(c, s, v, m)).orElse(List.of());
    }

    /** Whether the object token is a person, named or described ("called the Ruritanian emir"). */
    private static boolean calledPerson(Arguments args, Sentence s, int o) {
        Optional<Boolean> named = args.entity(s, o).map(e -> e.type() == EntityType.PERSON);
        if (named.isPresent()) {
            return named.get();
        }
        List<String> described = args.actors(s, o);
        return !described.isEmpty() && described.stream().allMatch(args::isPerson);
    }

    /**
     * "called Ana Soto to thank her": a call whose infinitive says what the call was for, so no appeal ("called on
     * Ana Soto to resign" and "called Ana Soto to testify" are not this).
     */
    static boolean purposeOfCall(Sentence s, int v) {
        // "called on members to talk": an "on" right after the verb appeals, whatever the parser made of it.
        boolean on = v + 1 < s.tokens().size() && s.token(v + 1).word().equalsIgnoreCase("on");
        return s.token(v).lemma().equalsIgnoreCase("call") && !on && !Arguments.dependents(s, v, "obj").isEmpty()
                && Arguments.dependents(s, v, "obl:on").stream().allMatch(o -> s.token(o).ner().matches("DATE|TIME"))
                && Arguments.dependents(s, v, "xcomp").stream()
                        .anyMatch(x -> CALL_PURPOSES.contains(s.token(x).lemma().toLowerCase(Locale.ROOT)));
    }

    /** The meeting of a courtesy call: the caller and the person called on, in person. */
    private static List<Event> courtesyMeeting(MeetingContext c, Sentence s, int v) {
        Arguments args = c.args();
        List<String> parts = new ArrayList<>();
        for (int t : Arguments.dependents(s, v, "nsubj")) {
            parts.addAll(args.actors(s, t));
        }
        if (Arguments.dependents(s, v, "nsubj").isEmpty()) {
            // "met Ivo Ruiz on Saturday, then called on Prime Minister Eva Lind": the clause's subject calls.
            parts.addAll(InheritedSubjects.of(args, s, v));
        }
        List<String> callers = List.copyOf(parts);
        List<List<String>> calledOn = new ArrayList<>();
        for (int t : Arguments.dependents(s, v, "obl:on")) {
            // "X called on her at her hotel": one called on by a pronoun is the visitor the story follows, whom
            // coreference may take for someone she called on herself.
            List<String> guest = s.token(t).word().matches("(?i)him|her") ? args.lastTraveller(s, t) : List.of();
            List<String> called = guest.size() == 1 && !parts.containsAll(guest) ? guest : args.actors(s, t);
            List<String> people = called.stream().filter(args::isPerson).filter(id -> !parts.contains(id)).toList();
            parts.addAll(people);
            if (!people.isEmpty()) {
                calledOn.add(people);
            }
        }
        // "called on President A and Foreign Minister B": a courtesy call pays respects to one dignitary at a time.
        if (calledOn.size() >= 2 && !callers.isEmpty()) {
            List<Event> each = new ArrayList<>();
            for (List<String> called : calledOn) {
                List<String> pair = new ArrayList<>(callers);
                pair.addAll(called);
                EventAssembly.meeting(c, s, v, -1, pair, Mode.IN_PERSON, 0.55, false).ifPresent(each::add);
            }
            return each;
        }
        // "A and B separately called on C": a call each.
        return EventAssembly.meeting(c, s, v, -1, parts, Mode.IN_PERSON, 0.55, false).map(m -> SideGroups.bySubject(c, s, v, m))
                .orElse(List.of());
    }

    /**
     * "called on President Ana Soto at the palace": "call on" with a person and no infinitive is a courtesy call in
     * person, not an appeal ("called on Ana Soto to resign") and no telephone call.
     */
    static boolean courtesyCall(Sentence s, int v) {
        if (!s.token(v).lemma().equalsIgnoreCase("call") || !Arguments.dependents(s, v, "obj", "xcomp", "ccomp", "advcl:to").isEmpty()) {
            return false;
        }
        for (int t : Arguments.dependents(s, v, "obl:on")) {
            boolean on = Arguments.dependents(s, t, "case").stream().anyMatch(k -> k == v + 1);
            // "called on Ana Soto to resign" may hang its infinitive on the name; "called on Ana Soto, who ..." is a visit.
            boolean appeal = s.children(t).stream().anyMatch(d -> d.relation().equals("acl") || d.relation().equals("acl:to"));
            // "called on her at her hotel": an object pronoun, which the tagger may take for a possessive.
            // "called on the visiting President": a title with "the" names a person too.
            boolean titled = s.token(t).isNoun() && TitleLexicon.isTitleWord(s.token(t).word().toLowerCase(Locale.ROOT))
                    && Arguments.theBefore(s, t);
            boolean person = s.token(t).ner().equals("PERSON") || s.token(t).word().matches("(?i)him|her|them") || titled;
            if (on && person && !appeal) {
                return true;
            }
        }
        return false;
    }

    /**
     * "called Ana Soto a traitor", 'called Ana Soto "a true friend"': a second noun phrase after the person names
     * them, whichever way the parser hangs it (a second object, a dependent of the object, an indefinite apposition,
     * a quotation right after the name).
     */
    static boolean naming(Sentence s, int v) {
        if (!Arguments.dependents(s, v, "iobj").isEmpty()) {
            return true;
        }
        for (int o : Arguments.dependents(s, v, "obj")) {
            // "calling Ana Soto a traitor" parsed with the predicate as a bare-noun modifier of the verb.
            boolean secondNoun = Arguments.dependents(s, v, "obl:npmod", "dep", "xcomp").stream()
                    .anyMatch(d -> d > o && s.token(d).isNoun() && Arguments.indefinite(s, d));
            boolean quoted = o + 1 < s.tokens().size() && s.token(o + 1).word().matches("``|\"|\u201c|\u2018|'");
            boolean predicate = !Arguments.dependents(s, o, "dep", "xcomp").isEmpty()
                    || Arguments.dependents(s, o, "appos").stream().anyMatch(ap -> Arguments.indefinite(s, ap));
            if (secondNoun || quoted || predicate) {
                return true;
            }
        }
        return false;
    }
}
