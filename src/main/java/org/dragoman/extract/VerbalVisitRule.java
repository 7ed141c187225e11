package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.Visit;
import org.dragoman.model.Status;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Visits told by a verb: "Ana Soto visited Oslo", "Ana Soto visited Ivo Ruiz" (a host), "Ana Soto arrived in Oslo",
 * "flew to Oslo at the invitation of Ivo Ruiz", "left Oslo for Rome" (a departure's for-phrase), "flew in" and
 * "arrived on Monday" with no place (to the dateline's place). A visit needs a visitor and a place or host. Verbs of travel other
 * than "visit" and "tour" tell a visit only of people, and only when they carry no object: "the airline flies cargo
 * to Oslo" is transport.
 */
final class VerbalVisitRule implements MeetingRule {
    private static final Set<String> VISIT_VERBS = WordLists.MEETING.get("visit-verb");
    private static final Set<String> MEETING_NOUNS = WordLists.MEETING.get("meeting-noun");
    private static final Set<String> PURPOSE_WORDS = WordLists.MEETING.get("purpose-word");
    private static final Set<String> MEET_VERBS = WordLists.MEETING.get("meet-verb");
    private static final Set<String> DEPARTURE_VERBS = WordLists.MEETING.get("departure-verb");
    private static final Set<String> ESCORT_VERBS = WordLists.MEETING.get("escort-verb");
    private static final Set<String> LED_GROUP_NOUNS = WordLists.MEETING.get("led-group-noun");
    /** The one destination phrase of some verbs, by relation. */
    private static final java.util.Map<String, Set<String>> DESTINATION_VERBS = java.util.Map.of(
            "obl:to", WordLists.MEETING.get("to-destination-verb"), "obl:into", WordLists.MEETING.get("into-destination-verb"),
            "obl:from", WordLists.MEETING.get("from-destination-verb"));

    @Override
    public int priority() {
        return 40;
    }

    @Override
    public boolean triggers(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return t.isVerb() && (VISIT_VERBS.contains(lemma) || DEPARTURE_VERBS.contains(lemma) || ESCORT_VERBS.contains(lemma));
    }

    @Override
    public List<Event> read(MeetingContext c, Sentence s, int v) {
        Arguments args = c.args();
        String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
        // "moved on to Doha" goes on a tour; "moved to Doha" may be a new home, and "moved troops to" transport.
        if (lemma.equals("move") && !movedOn(s, v)) {
            return List.of();
        }
        // "was then flown to Lima", "was driven to the border": someone moved by others (a detainee, the wounded) makes
        // no visit, unless the trip has a purpose ("was flown to Lima for talks with X").
        boolean moved = (lemma.equals("fly") || lemma.equals("drive")) && !Arguments.dependents(s, v, "nsubj:pass").isEmpty();
        if (moved && !purposeful(s, v)) {
            return List.of();
        }
        int guest = VisitingGuest.of(s, v);
        if (guest >= 0) {
            return visitingGuest(c, s, v, guest);
        }
        List<String> visitors = new ArrayList<>();
        for (int t : Arguments.dependents(s, v, "nsubj", "nsubj:xsubj")) {
            visitors.addAll(args.actors(s, t));
        }
        // "X became the first Ruritanian leader to visit Lima": the person the ranked role describes.
        List<String> ranked = rankedRoleHolder(args, s, v);
        // Its time is the verb's that makes the holder so ("In May X became the first ...").
        int rankedFrame = -1;
        if (!ranked.isEmpty()) {
            visitors.clear();
            visitors.addAll(ranked);
            rankedFrame = Arguments.governor(s, v, "xcomp");
        }
        // Only a verb with no subject of its own takes its clause's ("flew to Oslo to visit ..."); "when it comes to
        // Oslo" has one, and it is nobody.
        // "stop smugglers from crossing into Ruritania": a crossing tells its own traveller.
        if (visitors.isEmpty() && Arguments.dependents(s, v, "nsubj", "expl").isEmpty() && !lemma.equals("cross")) {
            visitors.addAll(InheritedSubjects.of(args, s, v));
        }
        // "accepted an invitation to visit Oslo": the parser makes the invitation the one who visits; the one who
        // accepted it will.
        int accepted = Arguments.governor(s, v, "xcomp");
        boolean invited = Arguments.dependents(s, v, "nsubj:xsubj").stream().anyMatch(x -> s.token(x).lemma().equalsIgnoreCase("invitation"));
        if (visitors.isEmpty() && invited && accepted >= 0) {
            for (int t : Arguments.dependents(s, accepted, "nsubj")) {
                visitors.addAll(args.actors(s, t));
            }
        }
        // "extended an invitation to Ivo Ruiz to visit Oslo": the one invited will visit, not the one who invites.
        List<String> invitees = new ArrayList<>();
        for (int x : Arguments.dependents(s, v, "nsubj:xsubj")) {
            if (s.token(x).lemma().equalsIgnoreCase("invitation")) {
                Arguments.dependents(s, x, "nmod:to").forEach(t -> invitees.addAll(args.actors(s, t)));
            }
        }
        if (!invitees.isEmpty()) {
            visitors.clear();
            visitors.addAll(invitees);
        }
        // "arrived in Lima together with Ivo Ruiz", "was accompanied by Ivo Ruiz": fellow travellers.
        List<Integer> fellows = new ArrayList<>(Arguments.dependents(s, v, "obl:together_with", "obl:along_with", "obl:accompanied_by"));
        if (Arguments.hasAdverb(s, v, "together")) {
            fellows.addAll(Arguments.dependents(s, v, "obl:with"));
        } else {
            // "was to travel with Ivo Ruiz to Lima": a person with whom one goes, told before where to, goes too.
            int to = Arguments.dependents(s, v, "obl:to").stream().mapToInt(Integer::intValue).min().orElse(-1);
            List<Integer> withs = Arguments.dependents(s, v, "obl:with");
            withs.stream().filter(w -> w < to && args.namedPerson(s, w).isPresent()).forEach(fellows::add);
            // "visited Lima with Ivo Ruiz", "toured camps in Lima with Ivo Ruiz", "arrived in Lima with Ivo Ruiz": a
            // person with whom one goes to the place named as the object or the in-phrase goes too.
            boolean placeObject = Arguments.dependents(s, v, "obj").stream()
                    .anyMatch(o -> args.place(s, o).or(() -> args.placeOfSite(s, o)).isPresent())
                    || Arguments.dependents(s, v, "obl:in").stream().anyMatch(o -> args.place(s, o).isPresent());
            // "will travel to Lima next week with her special envoy Ivo Ruiz": so does one named after the destination,
            // where no meeting noun the with-phrase could be of stands before it.
            int lastWith = withs.stream().mapToInt(Integer::intValue).max().orElse(-1);
            boolean meetingBetween = java.util.stream.IntStream.range(Math.max(v, to) + 1, Math.max(lastWith, v + 1))
                    .anyMatch(i -> s.token(i).isNoun() && MEETING_NOUNS.contains(s.token(i).lemma().toLowerCase(Locale.ROOT)));
            withs.stream().filter(w -> (placeObject || !meetingBetween) && w > to && args.actors(s, w).stream().anyMatch(args::isPerson)
                    && !fellows.contains(w)).forEach(fellows::add);
        }
        fellows.addAll(accompanying(s, v));
        // "accompanied Ivo Ruiz to Lima", "was accompanied to Lima by Ivo Ruiz": both go.
        boolean escort = ESCORT_VERBS.contains(lemma);
        if (escort) {
            Arguments.dependents(s, v, "nsubj:pass").forEach(t -> args.actors(s, t).stream().filter(id -> !visitors.contains(id))
                    .forEach(visitors::add));
            fellows.addAll(Arguments.dependents(s, v, "obj", "obl:agent", "obl:by"));
        }
        for (int t : fellows) {
            args.actors(s, t).stream().filter(id -> !visitors.contains(id)).forEach(visitors::add);
        }
        // "arrived at the head of a delegation that included Ivo Ruiz", "flew in with a delegation including Ivo Ruiz":
        // the members named travel too.
        List<Integer> groups = new ArrayList<>(Arguments.dependents(s, v, "obl:with"));
        groups.addAll(fellows);
        Arguments.dependents(s, v, "obl:at").stream().filter(h -> s.token(h).lemma().equalsIgnoreCase("head"))
                .forEach(h -> groups.addAll(Arguments.dependents(s, h, "nmod:of")));
        for (int g : groups) {
            args.membersOf(s, g).stream().filter(id -> !visitors.contains(id)).forEach(visitors::add);
        }
        String place = null;
        String host = null;
        // "In Ruritania, Soto flew to Zenda": a to-phrase names the destination before an in-phrase that sets the scene.
        List<Integer> targets = new ArrayList<>();
        // "told reporters after arriving in Lima": a gerund the parser hung as a noun takes its phrases as nmod.
        boolean nounlike = s.token(v).pos().equals("VBG") && !Arguments.dependents(s, v, "case").isEmpty();
        // "flew back to Zenda", "flew on to Lima", "flew unannounced to Klow": the parser may hang the to-phrase on
        // the adverb or the adjective after the verb.
        List<Integer> adverbs = new ArrayList<>(Arguments.dependents(s, v, "advmod").stream()
                .filter(a -> s.token(a).word().matches("(?i)back|on|onward|onwards|straight|directly")).toList());
        Arguments.dependents(s, v, "xcomp").stream().filter(a -> a == v + 1 && s.token(a).pos().equals("JJ")).forEach(adverbs::add);
        for (String relation : destinationRelations(lemma)) {
            targets.addAll(Arguments.dependents(s, v, relation));
            if (nounlike && relation.startsWith("obl:")) {
                targets.addAll(Arguments.dependents(s, v, "nmod:" + relation.substring(4)));
            }
            // "flew back to Lima" is no visit for one who lives there.
            for (int a : relation.equals("obl:to") ? adverbs : List.<Integer>of()) {
                Arguments.dependents(s, a, "obl:to").stream().filter(t -> !s.token(a).word().equalsIgnoreCase("back")
                        || args.place(s, t).map(p -> !visitors.isEmpty() && visitors.stream().noneMatch(id -> home(args, id, p))).orElse(false))
                        .forEach(targets::add);
            }
        }
        // "left Hanoi for Ankara", "departs for Ankara on Monday": the for-phrase is the destination, the object the
        // place left behind.
        boolean leaving = DEPARTURE_VERBS.contains(lemma);
        // "travelled to Lima and Quito": each conjoined place is a visit of its own.
        List<String> morePlaces = new ArrayList<>();
        int first = -1;
        for (int t : targets) {
            Optional<String> p = args.place(s, t);
            if (p.isPresent() && place == null) {
                place = p.get();
                first = t;
            } else if (p.isPresent() && Arguments.governor(s, t, "conj") == first && !morePlaces.contains(p.get())
                    && !p.get().equals(place)) {
                morePlaces.add(p.get());
            } else if (lemma.equals("visit")) {
                List<String> a = args.actors(s, t);
                if (!a.isEmpty() && host == null) {
                    host = a.get(0);
                }
            }
        }
        // "will travel to Lima on Monday and to Quito on Tuesday": a gapped conjunct of the verb, led by the destination's
        // own preposition, is one more place.
        for (int gapped : Arguments.dependents(s, v, "conj")) {
            Optional<String> p = args.place(s, gapped);
            boolean led = Arguments.dependents(s, gapped, "case").stream().anyMatch(k -> s.token(k).word().equalsIgnoreCase("to"));
            // "would travel to Lima and Quito": the parser may join the second place to the verb.
            led |= first >= 0 && gapped > first && s.token(gapped).isProperNoun() && joinedRightAfter(s, first, gapped);
            if (place != null && led && p.isPresent() && !p.get().equals(place) && !morePlaces.contains(p.get())) {
                morePlaces.add(p.get());
            }
        }
        // "toured a refugee camp near Lima", "flew to a base outside Zenda": the site's place is the destination, also
        // where the parser hangs it on the verb ("toured camps | near Lima").
        for (int t : targets) {
            if (place == null && host == null && !leaving) {
                place = args.placeOfSite(s, t).orElse(null);
                if (place == null && (lemma.equals("visit") || lemma.equals("tour")) && s.token(t).isNoun()
                        && !s.token(t).isProperNoun() && args.actors(s, t).isEmpty()) {
                    place = Arguments.dependents(s, v, "obl:in", "obl:near", "obl:outside", "obl:at").stream()
                            .map(d -> args.place(s, d)).flatMap(Optional::stream).findFirst().orElse(null);
                }
            }
        }
        // "will travel there for the ceremony": the place told last before.
        if (place == null && host == null && !leaving && !lemma.equals("return")) {
            place = placeThere(c, s, v, p -> visitors.stream().noneMatch(id -> home(c.args(), id, p))).orElse(null);
        }
        // "returned to Lima" is most often home or back to one's post, so it is a visit only where every returner holds
        // a role of a country and Lima is another country or its capital: "the Ruritanian envoy returned to Lima".
        if (place == null && host == null && lemma.equals("return") && !visitors.isEmpty()) {
            for (int t : Arguments.dependents(s, v, "obl:to")) {
                Optional<String> p = args.place(s, t);
                if (p.isPresent() && place == null && visitors.stream().allMatch(id -> abroad(args, id, p.get()))) {
                    place = p.get();
                }
            }
        }
        // "Ana Soto flew in on Monday", "Ana Soto, who arrived on Thursday," in a story datelined LIMA: she arrived
        // where the story is told from, unless that is her home.
        if (place == null && host == null && (flewIn(s, v) || arrivedUnplaced(s, v, lemma))) {
            String dateline = DatelinePlace.of(c.doc(), args.index()).orElse(null);
            if (dateline != null && !visitors.isEmpty() && !visitors.stream().allMatch(id -> home(args, id, dateline))) {
                place = dateline;
            }
            // "X has met Y in Lima. X, who arrived on Tuesday, ...": with no dateline, where the sentence before set the
            // same traveller, a person.
            Sentence before = dateline == null && s.index() > 0 ? c.doc().sentences().get(s.index() - 1) : null;
            boolean toldBefore = before != null && !visitors.isEmpty() && visitors.stream().allMatch(args::isPerson) && before.tokens()
                    .stream().anyMatch(t -> args.entity(before, t.index()).filter(e -> visitors.contains(e.id())).isPresent());
            if (toldBefore) {
                place = lastPlaceBefore(args, before, before.tokens().size(), p -> visitors.stream().noneMatch(id -> home(args, id, p)))
                        .orElse(null);
            }
        }
        visitors.remove(place);
        if (!lemma.equals("visit") && !lemma.equals("tour")) {
            // "the airline flies cargo to X" is transport, not a visit: travellers are people and carry no object
            // (a noun; parsers also hang appositions such as "her first since taking office" as objects).
            // "Arrive" takes no object at all: "arrived in Oslo, the third stop on her tour" is an apposition.
            // "travelled to Lima on Sunday, the last stop of her tour": an object set off by a comma is an apposition.
            if (!lemma.equals("arrive") && !escort && Arguments.dependents(s, v, "obj").stream().anyMatch(o -> s.token(o).isNoun()
                    && !(leaving && args.place(s, o).isPresent()) && !setOffByComma(s, v, o))) {
                return List.of();
            }
            visitors.removeIf(id -> args.index().byId(id).map(e -> e.type() != EntityType.PERSON).orElse(true));
            if (visitors.isEmpty()) {
                visitors.addAll(sendersOfDelegation(args, s, v));
            }
        }
        // "is expected to leave for Tokyo" said of a Japanese minister: going home is no visit.
        String destination = place;
        if (leaving && destination != null && visitors.stream().allMatch(id -> home(args, id, destination))) {
            return List.of();
        }
        if (visitors.isEmpty() || place == null && host == null) {
            return List.of();
        }
        if (host == null) {
            host = invitingHost(args, s, v);
        }
        // "visited Ivo Ruiz in Lima": a visit to a person named as the object is to where the in-phrase says.
        if (lemma.equals("visit") && place == null && host != null && args.isPerson(host)) {
            place = Arguments.dependents(s, v, "obl:in").stream().map(t -> args.place(s, t)).flatMap(Optional::stream)
                    .findFirst().orElse(null);
        }
        List<Event> out = new ArrayList<>();
        out.add(invitedOnly(EventAssembly.visit(c, s, v, rankedFrame, visitors, host, place), !invitees.isEmpty()));
        for (String more : morePlaces) {
            out.add(invitedOnly(EventAssembly.visit(c, s, v, rankedFrame, visitors, host, more), !invitees.isEmpty()));
        }
        return out;
    }

    /**
     * "A Ruritanian delegation flew to Lima", "Peru's delegation arrived": a group of envoys travels for the country or
     * body that its modifier names; empty for any other subject.
     */
    private static List<String> sendersOfDelegation(Arguments args, Sentence s, int v) {
        List<String> out = new ArrayList<>();
        for (int t : Arguments.dependents(s, v, "nsubj")) {
            if (!LED_GROUP_NOUNS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int m : Arguments.dependents(s, t, "amod", "nmod:poss", "compound")) {
                // A nationality adjective is no argument of its own, but names the country here.
                args.index().at(s.index(), m).filter(e -> e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION)
                        .map(e -> e.id()).filter(id -> !out.contains(id)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** A visit someone was invited to make is planned, whatever the tense of the invitation. */
    private static Visit invitedOnly(Visit visit, boolean invited) {
        return invited && visit.status() == Status.OCCURRED ? new Visit(visit.visitors(), visit.host(), Status.PLANNED, visit.date(),
                visit.place(), visit.trigger(), visit.evidence(), visit.confidence()) : visit;
    }

    /**
     * The relations of a travel verb's destination: the object of "visit" and "tour", the to-phrase of "come", "go",
     * "head", the into-phrase of "cross", the from-phrase of "return" ("returned from Lima after a visit": where one
     * returns from was visited), the for-phrase of a departure; else a to-, in-, at-, for- or into-phrase ("jetted into
     * Oslo"; meeting-words.tsv).
     */
    private static String[] destinationRelations(String lemma) {
        if (DEPARTURE_VERBS.contains(lemma)) {
            return new String[] {"obl:for"};
        }
        for (java.util.Map.Entry<String, Set<String>> e : DESTINATION_VERBS.entrySet()) {
            if (e.getValue().contains(lemma)) {
                return new String[] {e.getKey()};
            }
        }
        return lemma.equals("visit") || lemma.equals("tour") ? new String[] {"obj"} : new String[] {"obl:to", "obl:in", "obl:at", "obl:for", "obl:into"};
    }

    /** Whether a for-phrase or a to-infinitive of the verb tells a purpose of talks ("for talks", "to meet X"). */
    private static boolean purposeful(Sentence s, int v) {
        for (int t : Arguments.dependents(s, v, "obl:for", "advcl", "xcomp")) {
            String l = s.token(t).lemma().toLowerCase(Locale.ROOT);
            if (PURPOSE_WORDS.contains(l) || MEETING_NOUNS.contains(l) || MEET_VERBS.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** "moved on to Doha": "on" before the destination's "to", as a particle or a second case marker. */
    private static boolean movedOn(Sentence s, int v) {
        return Arguments.hasParticle(s, v, "on") || Arguments.dependents(s, v, "obl:to").stream()
                .anyMatch(t -> Arguments.dependents(s, t, "case").stream().anyMatch(k -> s.token(k).word().equalsIgnoreCase("on")));
    }

    /**
     * Whether the verb is followed by the particle "in" ("flew in on Monday"), which the parser may also take for the
     * preposition of a date after it ("flew in early Monday").
     */
    private static boolean flewIn(Sentence s, int v) {
        if (v + 1 >= s.tokens().size() || !s.token(v + 1).word().equalsIgnoreCase("in")) {
            return false;
        }
        // "flew in from Lima": the parser makes "in" a second preposition of the origin.
        if (v + 2 < s.tokens().size() && s.token(v + 2).word().equalsIgnoreCase("from")) {
            return true;
        }
        return Arguments.dependents(s, v, "advmod", "compound:prt").contains(v + 1) || s.parents(v + 1).stream()
                .anyMatch(d -> d.base().equals("case") && d.governor() >= 0 && s.token(d.governor()).ner().matches("DATE|TIME"));
    }

    /**
     * "Lima holds the inauguration on Sunday; Ana Soto will travel there": the place a "there" on the verb stands for,
     * the last one named before it in its sentence or the sentence before in the same paragraph, that {@code away}
     * accepts (not the travellers' home). A nationality adjective names no place. Empty with no "there".
     */
    private static Optional<String> placeThere(MeetingContext c, Sentence s, int v, java.util.function.Predicate<String> away) {
        boolean there = Arguments.dependents(s, v, "advmod").stream().anyMatch(t -> s.token(t).word().equalsIgnoreCase("there"));
        if (!there) {
            return Optional.empty();
        }
        Optional<String> here = lastPlaceBefore(c.args(), s, v, away);
        if (here.isPresent() || s.index() == 0) {
            return here;
        }
        Sentence before = c.doc().sentences().get(s.index() - 1);
        if (c.doc().text().substring(before.end(), s.begin()).contains("\n\n")) {
            return Optional.empty();
        }
        return lastPlaceBefore(c.args(), before, before.tokens().size(), away);
    }

    /** The last place {@code away} accepts named before token {@code end}; a nationality adjective names none. */
    private static Optional<String> lastPlaceBefore(Arguments args, Sentence s, int end, java.util.function.Predicate<String> away) {
        for (int i = end - 1; i >= 0; i--) {
            Optional<String> p = s.token(i).ner().equals("NATIONALITY") ? Optional.empty() : args.place(s, i).filter(away);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /**
     * "arrived on Monday", "landed late at night": an arrival verb with no phrase of where ("arrived at a decision",
     * "landed in trouble" have one, place or not). Time phrases do not count.
     */
    private static boolean arrivedUnplaced(Sentence s, int v, String lemma) {
        if (!lemma.equals("arrive") && !lemma.equals("land")) {
            return false;
        }
        boolean placed = Arguments.dependents(s, v, "obl:in", "obl:at", "obl:to", "obl:into").stream()
                .anyMatch(t -> !s.token(t).ner().matches("DATE|TIME|DURATION"));
        // "arrived there", "landed back home": somewhere told before, or home.
        boolean elsewhere = Arguments.dependents(s, v, "advmod", "obl", "obj").stream()
                .anyMatch(t -> s.token(t).word().matches("(?i)there|back|home"));
        // "arrived to inspect a drill at an undisclosed site": the purpose tells where, named or not.
        boolean placedByPurpose = Arguments.dependents(s, v, "xcomp", "advcl").stream()
                .flatMap(c -> Arguments.subtree(s, c, java.util.Set.of(v)).stream())
                .anyMatch(t -> s.token(t).isNoun() && !s.token(t).ner().matches("DATE|TIME|DURATION")
                        && Arguments.dependents(s, t, "case").stream().anyMatch(k -> s.token(k).word().matches("(?i)at|in")));
        return !placed && !elsewhere && !placedByPurpose;
    }

    /**
     * "X became the first Ruritanian leader to visit Lima", "X, the first minister to visit Lima", "the last minister to
     * visit Lima was X": the named person whom a ranked role noun ("first", "last", "only") with this infinitive
     * describes; empty when there is none.
     */
    private static List<String> rankedRoleHolder(Arguments args, Sentence s, int v) {
        List<Integer> roles = new ArrayList<>(Arguments.dependents(s, v, "nsubj:xsubj"));
        int described = Arguments.governor(s, v, "acl:to", "acl");
        if (described >= 0) {
            roles.add(described);
        }
        for (int role : roles) {
            boolean ranked = s.token(role).isNoun() && !s.token(role).isProperNoun() && Arguments.dependents(s, role, "amod").stream()
                    .anyMatch(a -> s.token(a).word().matches("(?i)first|last|only|second|third|latest") || s.token(a).pos().equals("JJS"));
            if (!ranked) {
                continue;
            }
            List<Integer> holders = new ArrayList<>();
            int become = Arguments.governor(s, role, "obj", "xcomp");
            if (become >= 0 && s.token(become).lemma().equalsIgnoreCase("become")) {
                holders.addAll(Arguments.dependents(s, become, "nsubj"));
            }
            int apposed = Arguments.governor(s, role, "appos");
            if (apposed >= 0) {
                holders.add(apposed);
            }
            if (!Arguments.dependents(s, role, "cop").isEmpty()) {
                holders.addAll(Arguments.dependents(s, role, "nsubj"));
            }
            int predicate = Arguments.governor(s, role, "nsubj");
            if (predicate >= 0 && !Arguments.dependents(s, predicate, "cop").isEmpty()) {
                holders.add(predicate);
            }
            List<String> out = new ArrayList<>();
            holders.forEach(h -> args.namedPerson(s, h).ifPresent(e -> out.add(e.id())));
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /** Whether only "and", a comma and the later name's own words stand between the two names' heads. */
    private static boolean joinedRightAfter(Sentence s, int first, int later) {
        for (int t = first + 1; t < later; t++) {
            boolean ownWord = Arguments.governor(s, t, "compound", "flat") == later;
            if (!ownWord && !s.token(t).word().matches("and|,")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the place is the country the person holds a role of, or that country's capital. */
    static boolean home(Arguments args, String person, String place) {
        return args.index().byId(person).map(e -> args.index().officeRoles(e).stream().anyMatch(r -> r.ofEntity() != null && (r.ofEntity().equals(place)
                || args.index().byId(r.ofEntity()).flatMap(c -> Capitals.of(c.label()))
                .flatMap(capital -> args.index().byId(place).filter(p -> p.label().equals(capital))).isPresent()))).orElse(false);
    }

    /**
     * Whether the place lies in a country other than every country the person holds a role of: the place is such a
     * country or its capital. False when the person holds no role of a country or the place's country is unknown.
     */
    static boolean abroad(Arguments args, String person, String place) {
        Optional<Entity> where = args.index().byId(place);
        Optional<String> country = where.flatMap(p -> p.type() == EntityType.COUNTRY ? Optional.of(p.label()) : Capitals.countryOf(p.label()));
        List<String> homes = homeCountries(args, person);
        return country.isPresent() && !homes.isEmpty() && !homes.contains(country.get());
    }

    /** The names of the countries the actor holds a role of; empty for anyone who holds none. */
    static List<String> homeCountries(Arguments args, String person) {
        return args.index().byId(person).map(e -> args.index().officeRoles(e).stream().map(r -> r.ofEntity()).filter(java.util.Objects::nonNull)
                .map(args.index()::byId).flatMap(Optional::stream).filter(o -> o.type() == EntityType.COUNTRY)
                .map(Entity::label).toList()).orElse(List.of());
    }

    /**
     * "Ana Soto met visiting Bordurian Foreign Minister Ivo Ruiz": the guest visits the verb's subject, there or at the
     * dateline's place unless that is the guest's home; status and date are the verb's.
     */
    private static List<Event> visitingGuest(MeetingContext c, Sentence s, int v, int guest) {
        Arguments args = c.args();
        int verb = VisitingGuest.host(s, v);
        List<String> visitors = args.actors(s, guest).stream().filter(args::isPerson).toList();
        String host = Arguments.dependents(s, verb, "nsubj").stream().flatMap(t -> args.actors(s, t).stream())
                .filter(id -> !visitors.contains(id)).findFirst().orElse(null);
        String dateline = DatelinePlace.of(c.doc(), args.index()).orElse(null);
        String place = dateline != null && visitors.stream().noneMatch(id -> home(args, id, dateline)) ? dateline : null;
        if (visitors.isEmpty() || host == null && place == null) {
            return List.of();
        }
        List<Event> out = new ArrayList<>();
        out.add(EventAssembly.visit(c, s, v, verb, visitors, host, place));
        // "Ana Soto told visiting ... Ivo Ruiz that ...": she spoke with her guest, so they met; a verb of meeting tells
        // that meeting itself.
        if (host != null && !VisitingGuest.meetingVerb(s, verb)) {
            List<String> parts = new ArrayList<>(List.of(host));
            parts.addAll(visitors);
            EventAssembly.meeting(c, s, verb, -1, parts, org.dragoman.model.Mode.IN_PERSON, 0.55, false).ifPresent(out::add);
        }
        return out;
    }

    /** "at the invitation of Ivo Ruiz": the one who invited is the host. Null when none is named. */
    private static String invitingHost(Arguments args, Sentence s, int v) {
        for (int t : Arguments.dependents(s, v, "obl:at", "nmod:of")) {
            if (s.token(t).lemma().equals("invitation")) {
                for (int h : Arguments.dependents(s, t, "nmod:of")) {
                    List<String> a = args.actors(s, h);
                    if (!a.isEmpty()) {
                        return a.get(0);
                    }
                }
            }
        }
        return null;
    }

    /**
     * "Ana Soto, accompanied by Ivo Ruiz, visited Lima", "arrived in Lima, accompanied by Ivo Ruiz": the tokens naming
     * those who travel along, from the participle on the traveller or on the verb; none when there is no such participle.
     */
    static List<Integer> accompanying(Sentence s, int v) {
        // "arrived in Lima on Monday, accompanied by X, and ...": the parser may join the participle as a conjunct.
        List<Integer> participles = new ArrayList<>(Arguments.dependents(s, v, "advcl", "acl", "dep", "conj"));
        Arguments.dependents(s, v, "nsubj").forEach(t -> participles.addAll(Arguments.dependents(s, t, "acl")));
        List<Integer> fellows = new ArrayList<>();
        // "Ana Soto, who arrived in Lima on Monday, was accompanied by Ivo Ruiz": the traveller of a relative clause is
        // the one the main clause has accompanied.
        if (Arguments.governor(s, v, "acl:relcl") >= 0) {
            for (int traveller : Arguments.dependents(s, v, "nsubj")) {
                for (org.dragoman.nlp.Dependency d : s.parents(traveller)) {
                    if (d.relation().equals("nsubj:pass") && d.governor() >= 0 && d.governor() != v
                            && s.token(d.governor()).lemma().equalsIgnoreCase("accompany")) {
                        fellows.addAll(Arguments.dependents(s, d.governor(), "obl:by", "obl:agent"));
                    }
                }
            }
        }
        for (int p : participles) {
            if (s.token(p).lemma().equalsIgnoreCase("accompany") && s.token(p).pos().equals("VBN")) {
                fellows.addAll(Arguments.dependents(s, p, "obl:by", "nmod:by", "obl:agent"));
            }
        }
        return fellows;
    }

    /** Whether object {@code o} comes after its verb and right after a comma, as an apposition the parser hung there. */
    private static boolean setOffByComma(Sentence s, int v, int o) {
        int first = java.util.Collections.min(Arguments.subtree(s, o, Set.of(v)));
        return first > v + 1 && s.token(first - 1).word().equals(",");
    }
}
