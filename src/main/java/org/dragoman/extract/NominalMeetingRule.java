package org.dragoman.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.Mode;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Meetings told by a noun: "held talks with Ivo Ruiz", "during a meeting with Ivo Ruiz", "a summit of the Acme
 * Pact", "Ana Soto spoke at a news conference", "a working lunch with Ivo Ruiz" (a meal, of two named sides only). Participants come from the noun's own phrases ("with", "between",
 * "of", possessives), from the verb it hangs from ({@link NounAnchor}) or from a clause it sets the scene for
 * ({@link BackgroundClauses}).
 *
 * <p>A noun with no participants of its own is a new meeting only when a light verb holds it, when an indefinite
 * frame introduces it ("spoke during a news conference") or when it names an unnamed other side ("a meeting with
 * community leaders"); "said in the meeting", "joined the talks" refer back to a meeting told elsewhere.
 */
final class NominalMeetingRule implements MeetingRule {
    private static final Set<String> MEET_VERBS = WordLists.MEETING.get("meet-verb");
    /** Phrases of those beside the subject: on the meeting noun, and on the verb that attends it. */
    private static final String[] ALONGSIDE = {"nmod:alongside", "nmod:along_with", "nmod:together_with"};
    private static final String[] ATTENDING_ALONGSIDE = {"obl:alongside", "obl:along_with", "obl:together_with"};
    private static final Set<String> MARGIN_NOUNS = WordLists.MEETING.get("margin-noun");
    private static final Set<String> ATTENDING_VERBS = WordLists.MEETING.get("attending-verb");
    private static final Set<String> CO_CHAIRING_VERBS = WordLists.MEETING.get("co-chairing-verb");
    private static final Set<String> FIGURATIVE_OF = WordLists.MEETING.get("figurative-of");
    private static final Set<String> MEDIATING_VERBS = WordLists.MEETING.get("mediating-verb");
    private static final Set<String> HOSTING_VERBS = WordLists.MEETING.get("hosting-verb");
    private static final Set<String> MEET_NOUNS = WordLists.MEETING.get("meeting-noun");
    private static final Set<String> PLAN_MODIFIERS = WordLists.STATUS.get("plan-modifier");
    private static final Set<String> SCHEDULE_NOUNS = WordLists.STATUS.get("schedule-noun");
    private static final Set<String> MEAL_NOUNS = WordLists.MEETING.get("meal-noun");
    /** Words that count meetings in bulk: "hundreds of meetings", "most of its meetings". */
    private static final Set<String> BULK_WORDS = WordLists.MEETING.get("bulk-word");
    /** Nouns that tell a meeting only when held with someone named: "held discussions with Ivo Ruiz". */
    private static final Set<String> HELD_ONLY_NOUNS = WordLists.MEETING.get("held-only-noun");
    /** Verbs of remarking on a topic, whose on-phrase names what is remarked on: "commented on the talks". */
    private static final Set<String> REMARK_VERBS = WordLists.MEETING.get("remark-verb");
    private static final Set<String> PROCESS_MODIFIERS = WordLists.MEETING.get("process-modifier");
    /** Verbs of giving a meal for guests: "hosted a dinner", "a lunch held by Ana Soto". */
    private static final Set<String> MEAL_HOSTING_VERBS = WordLists.MEETING.get("meal-hosting-verb");
    private static final Set<String> CALL_TAKING_VERBS = WordLists.MEETING.get("call-taking-verb");
    /** Last words of names of buildings that stand for the office housed in them. */
    private static final Set<String> BUILDING_WORDS = WordLists.MEETING.get("building-word");

    /** Whether the verb {@code v} brings together two or more named actors, with the meeting noun {@code n} as its subject. */
    private static boolean gathersNamed(Arguments args, Sentence s, int v, int n) {
        return VerbalMeetingRule.gatheringSubjects(s, v).contains(n)
                && Arguments.dependents(s, v, "obj").stream().mapToInt(o -> args.actors(s, o).size()).sum() >= 2;
    }

    @Override
    public int priority() {
        return 30;
    }

    @Override
    public boolean triggers(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return t.isNoun() && (MEET_NOUNS.contains(lemma) || MEAL_NOUNS.contains(lemma) || HELD_ONLY_NOUNS.contains(lemma));
    }

    @Override
    public List<Event> read(MeetingContext c, Sentence s, int n) {
        Arguments args = c.args();
        String lemma = s.token(n).lemma().toLowerCase(Locale.ROOT);
        // "the Acme Policy Forum said", "the Conference of Ports": the noun is part of a name and tells no gathering.
        // "The 50th Acme Islands Forum ended in Funafuti": one counted is a gathering of the body the name is.
        Optional<String> countedBody = args.entity(s, n).filter(e -> e.type() == EntityType.ORGANIZATION && counted(args, s, n, e.id()))
                .map(org.dragoman.model.Entity::id);
        if (s.token(n).isProperNoun() && args.entity(s, n).isPresent() && countedBody.isEmpty()) {
            return List.of();
        }
        // "a meeting of minds between the two neighbours": agreement, not a gathering.
        if (Arguments.dependents(s, n, "nmod:of").stream()
                .anyMatch(o -> FIGURATIVE_OF.contains(s.token(o).lemma().toLowerCase(Locale.ROOT)))) {
            return List.of();
        }
        // "declined to comment on trade talks with Peru": talks one remarks on are a topic; the remarker holds none.
        if (s.parents(n).stream().anyMatch(d -> d.governor() >= 0 && d.relation().matches("obl:(on|about)")
                && REMARK_VERBS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT)))) {
            return List.of();
        }
        // "the summit brought together A and B": the verb tells this meeting with all who came.
        boolean gatheredByVerb = s.children(n).stream().map(d -> d.dependent()).anyMatch(v -> gathersNamed(args, s, v, n))
                || s.parents(n).stream().anyMatch(d -> d.governor() >= 0 && gathersNamed(args, s, d.governor(), n));
        if (gatheredByVerb) {
            return List.of();
        }
        // "accession talks with Ruritania": a process of years, no meeting.
        if (Arguments.dependents(s, n, "compound", "amod").stream().anyMatch(m -> PROCESS_MODIFIERS.contains(s.token(m).word().toLowerCase(Locale.ROOT)))) {
            return List.of();
        }
        // "agreed to hold annual summits", "will hold the talks regularly", "hold talks every two years": a series
        // agreed on, no one meeting.
        if (recurring(s, n)) {
            return List.of();
        }
        // "the Negotiations Committee", "the summit venue": a noun modifying another noun names no gathering of its own.
        // A date is no such noun ("the summit Saturday", parsed as a compound too).
        if (s.parents(n).stream().anyMatch(d -> d.relation().equals("compound") && d.governor() > n && s.token(d.governor()).isNoun()
                && !s.token(d.governor()).ner().matches("DATE|TIME|DURATION|NUMBER|SET"))) {
            return List.of();
        }
        // "The two met in Lima, their third encounter in a week": an aside after a comma counts the meeting just told.
        boolean aside = Arguments.dependents(s, n, "nmod:poss").stream().anyMatch(p -> p > 0 && s.token(p).word().equalsIgnoreCase("their")
                && s.token(p - 1).word().equals(",")) && Arguments.dependents(s, n, "amod").stream().anyMatch(a -> s.token(a).ner().equals("ORDINAL"));
        if (aside) {
            return List.of();
        }
        // "hosted A and B in Lima for a meeting of the Acme group": the meeting a meeting verb with its own counterparts is
        // for is the verb's own ("sat down for a breakfast hosted by X" tells the breakfast's host only with the noun).
        int purposeOf = Arguments.governor(s, n, "obl:for");
        if (purposeOf >= 0 && s.token(purposeOf).isVerb() && MEET_VERBS.contains(s.token(purposeOf).lemma().toLowerCase(Locale.ROOT))
                && !Arguments.dependents(s, purposeOf, "obj", "obl:with").isEmpty() && Arguments.dependents(s, n, "acl").isEmpty()) {
            return List.of();
        }
        // "have held a dozen phone calls", "several meetings": a count of many meetings is no one event; so are meetings in
        // bulk, "logged hundreds of meetings with envoys", "most of its meetings" (bulk-word).
        int counter = Arguments.governor(s, n, "nmod:of");
        boolean counted = Arguments.dependents(s, n, "nummod").stream().anyMatch(m -> !s.token(m).word().matches("(?i)one|1"))
                || Arguments.dependents(s, n, "amod").stream()
                        .anyMatch(m -> s.token(m).word().matches("(?i)several|many|numerous|countless|multiple"))
                || Arguments.dependents(s, n, "amod", "det").stream()
                        .anyMatch(m -> BULK_WORDS.contains(s.token(m).word().toLowerCase(Locale.ROOT)))
                || counter >= 0 && BULK_WORDS.contains(s.token(counter).word().toLowerCase(Locale.ROOT));
        if (counted && s.token(n).pos().equals("NNS")) {
            return List.of();
        }
        Set<String> parts = new LinkedHashSet<>();
        countedBody.ifPresent(parts::add);
        boolean withPhrase = false;
        List<Integer> sidePhrases = new ArrayList<>(Arguments.dependents(s, n, "nmod:with", "nmod:between", "nmod:of", "nmod:among"));
        sidePhrases.addAll(listedAfterWith(args, s, n));
        withRightAfter(s, n).ifPresent(sidePhrases::add);
        // "called off a summit in Lima last month between A and B": the parser hung the between-phrase on the verb.
        int verb = Arguments.governor(s, n, "obj", "nsubj:pass");
        for (int b : verb < 0 ? List.<Integer>of() : Arguments.dependents(s, verb, "obl:between")) {
            if (b > n && !sidePhrases.contains(b)) {
                sidePhrases.add(b);
            }
        }
        // "discussed the trip with Ana Soto in a phone call": the with-phrase of the verb the call frames, however the
        // parser hangs it (on the verb or on its object).
        int framing = Arguments.governor(s, n, "obl:in", "obl:during");
        if (framing >= 0 && s.token(framing).isVerb()) {
            List<Integer> withs = new ArrayList<>(Arguments.dependents(s, framing, "obl:with"));
            // "conceded to Ivo Ruiz in a phone call": a person the verb's to-phrase names is on the call's other end.
            if (MeetingMode.phoneModifier(s, n) || MeetingMode.videoModifier(s, n)) {
                Arguments.dependents(s, framing, "obl:to").stream().filter(o -> args.namedPerson(s, o).isPresent()).forEach(withs::add);
            }
            for (int o : Arguments.dependents(s, framing, "obj")) {
                withs.addAll(Arguments.dependents(s, o, "nmod:with"));
            }
            withs.stream().filter(w -> !sidePhrases.contains(w)).forEach(sidePhrases::add);
        }
        for (int t : sidePhrases) {
            List<String> a = args.actors(s, t);
            withPhrase |= !a.isEmpty();
            parts.addAll(a);
        }
        // "will attend the summit alongside Ivo Ruiz": whoever attends beside the subject is at the meeting too.
        int attending = Arguments.governor(s, n, "obj");
        List<Integer> beside = new ArrayList<>(Arguments.dependents(s, n, ALONGSIDE));
        beside.addAll(attending < 0 ? List.of() : Arguments.dependents(s, attending, ATTENDING_ALONGSIDE));
        for (int t : beside) {
            parts.addAll(args.actors(s, t));
        }
        // "a dinner for his guest", "a reception for Ana Soto", "a banquet in honour of Ana Soto": whom a meal or a
        // reception honours sits at it, however the parser hung the honour.
        if (MEAL_NOUNS.contains(lemma) || lemma.equals("reception")) {
            List<Integer> honoured = new ArrayList<>(Arguments.dependents(s, n, "nmod:for"));
            int giver = Arguments.governor(s, n, "obj");
            List<Integer> honours = new ArrayList<>(Arguments.dependents(s, n, "nmod:in"));
            if (giver >= 0) {
                honours.addAll(Arguments.dependents(s, giver, "obl:in"));
            }
            honours.stream().filter(h -> s.token(h).lemma().toLowerCase(Locale.ROOT).matches("honou?r"))
                    .forEach(h -> honoured.addAll(Arguments.dependents(s, h, "nmod:of")));
            for (int t : honoured) {
                List<String> a = args.actors(s, t).stream()
                        .filter(id -> args.index().byId(id).map(e -> e.type() == EntityType.PERSON).orElse(false)).toList();
                withPhrase |= !a.isEmpty();
                parts.addAll(a);
            }
        }
        // "Her first meeting was with Ivo Ruiz": the with-phrase is the predicate of the noun. "A meeting with Ivo Ruiz was
        // not on the minister's programme": whose programme it is, is the other side.
        for (Dependency d : s.parents(n)) {
            int predicate = d.governor();
            if (!d.base().equals("nsubj") || predicate < 0 || Arguments.dependents(s, predicate, "cop").isEmpty()) {
                continue;
            }
            if (Arguments.dependents(s, predicate, "case").stream().anyMatch(k -> s.token(k).word().equalsIgnoreCase("with"))) {
                List<String> a = args.actors(s, predicate);
                withPhrase |= !a.isEmpty();
                parts.addAll(a);
            }
            if (SCHEDULE_NOUNS.contains(s.token(predicate).lemma().toLowerCase(Locale.ROOT))) {
                Arguments.dependents(s, predicate, "nmod:poss").forEach(owner -> parts.addAll(args.actors(s, owner)));
            }
        }
        // "Ana Soto's programme includes a meeting with Ivo Ruiz": whose programme holds the meeting is a side.
        int holding = Arguments.governor(s, n, "obj");
        if (holding >= 0 && s.token(holding).isVerb()) {
            for (int list : Arguments.dependents(s, holding, "nsubj")) {
                if (SCHEDULE_NOUNS.contains(s.token(list).lemma().toLowerCase(Locale.ROOT))) {
                    Arguments.dependents(s, list, "nmod:poss", "nmod:of").forEach(owner -> parts.addAll(args.actors(s, owner)));
                }
            }
        }
        // "Ruritania was in talks with Borduria": the meeting noun is the predicate and its subject one side.
        if (!Arguments.dependents(s, n, "cop").isEmpty()) {
            for (int t : Arguments.dependents(s, n, "nsubj")) {
                parts.addAll(args.actors(s, t));
            }
        }
        // "Ana Soto is in Lima for talks with Ivo Ruiz": talks that are the purpose of a stay include who stays.
        int stay = Arguments.governor(s, n, "nmod:for", "obl:for");
        if (stay >= 0 && args.place(s, stay).isPresent() && !Arguments.dependents(s, stay, "cop").isEmpty()) {
            for (int t : Arguments.dependents(s, stay, "nsubj")) {
                parts.addAll(args.actors(s, t));
            }
        }
        // "Ana Soto is expected in Lima for talks with Ivo Ruiz": who is expected somewhere for talks takes part in them.
        String stayLemma = stay < 0 ? "" : s.token(stay).lemma().toLowerCase(Locale.ROOT);
        boolean expected = stayLemma.matches("expect|due");
        if (stay >= 0 && expected && (s.token(stay).isVerb() || s.token(stay).pos().startsWith("JJ"))
                && s.children(stay).stream().anyMatch(d -> d.base().equals("obl") && args.place(s, d.dependent()).isPresent())) {
            List<Integer> staying = new ArrayList<>(Arguments.dependents(s, stay, "nsubj", "nsubj:pass"));
            // "A, who is due in Lima for talks with B": a who-clause the parser left without its subject.
            if (staying.isEmpty() && stay >= 2 && s.token(stay - 1).lemma().equals("be")
                    && s.token(stay - 2).word().equalsIgnoreCase("who")) {
                staying.add(stay - 2);
            }
            for (int t : staying) {
                args.actors(s, t).stream().filter(args::isPerson).forEach(parts::add);
            }
        }
        // "talks with envoys from the Northern Ports League", the from-phrase hung on the talks noun by the parser:
        // the group noun's actor.
        boolean bareGroup = Arguments.dependents(s, n, "nmod:with").stream()
                .anyMatch(t -> Arguments.isGroupNoun(s.token(t)) && args.actors(s, t).isEmpty());
        if (bareGroup) {
            for (int t : Arguments.dependents(s, n, "nmod:from")) {
                List<String> a = args.actors(s, t);
                withPhrase |= !a.isEmpty();
                parts.addAll(a);
            }
        }
        // "a summit attended by Ivo Ruiz and Karl Berg", "talks mediated by Eva Lind": those who attended or mediated took
        // part. A mediator alone tells no sides ("after hours of negotiations mediated by X"): added once others are.
        List<String> mediators = new ArrayList<>();
        for (int clause : takingPartClauses(s, n)) {
            String taking = s.token(clause).lemma().toLowerCase(Locale.ROOT);
            boolean attended = ATTENDING_VERBS.contains(taking) || CO_CHAIRING_VERBS.contains(taking);
            if (attended || MEDIATING_VERBS.contains(taking) || HOSTING_VERBS.contains(taking) && s.token(clause).pos().equals("VBN")) {
                for (int t : Arguments.dependents(s, clause, "obl:agent", "obl:by")) {
                    List<String> a = args.actors(s, t);
                    withPhrase |= attended && !a.isEmpty();
                    (attended ? parts : mediators).addAll(a);
                }
            }
        }
        // "a banquet hosted by Ana Soto": the one who gives a meal sits at it.
        boolean hostedBy = false;
        for (int clause : MEAL_NOUNS.contains(lemma) ? Arguments.dependents(s, n, "acl") : List.<Integer>of()) {
            if (MEAL_HOSTING_VERBS.contains(s.token(clause).lemma().toLowerCase(Locale.ROOT))) {
                for (int t : Arguments.dependents(s, clause, "obl:agent", "obl:by")) {
                    List<String> a = args.actors(s, t);
                    hostedBy |= !a.isEmpty();
                    parts.addAll(a);
                }
            }
        }
        // "received a phone call from Ivo Ruiz", "a video call to Ivo Ruiz", "took a call from Ivo Ruiz": the caller
        // or the one called.
        Optional<NounAnchor> held = NounAnchor.of(args, s, n);
        Optional<NounAnchor> callTaking = held.filter(a -> a.light() && lemma.equals("call") && s.token(n).pos().matches("NNS?")
                && CALL_TAKING_VERBS.contains(s.token(a.verb()).lemma().toLowerCase(Locale.ROOT)));
        // "received a telephone call on Sunday from Ivo Ruiz": the parser may hang the caller on the verb.
        List<Integer> callerOnVerb = callTaking.map(a -> Arguments.dependents(s, a.verb(), "obl:from")).orElse(List.of());
        boolean takenCall = callTaking.isPresent() && (!Arguments.dependents(s, n, "nmod:from", "nmod:to").isEmpty() || !callerOnVerb.isEmpty());
        if (MeetingMode.phoneModifier(s, n) || MeetingMode.videoModifier(s, n) || takenCall) {
            List<Integer> ends = new ArrayList<>(Arguments.dependents(s, n, "nmod:from", "nmod:to"));
            ends.addAll(callerOnVerb);
            for (int t : ends) {
                List<String> a = args.actors(s, t);
                withPhrase |= !a.isEmpty();
                parts.addAll(a);
            }
        }
        for (int t : Arguments.dependents(s, n, "nmod:poss", "compound", "amod")) {
            if (!isBuildingModifier(s, n, t, args)) {
                parts.addAll(args.actors(s, t));
                // "Ruritania-Borduria talks": the hyphen joins the two sides, and the parser hangs the first on the second.
                for (int first : Arguments.dependents(s, t, "compound")) {
                    if (first + 2 == t && s.token(first + 1).pos().equals("HYPH")) {
                        parts.addAll(args.actors(s, first));
                    }
                }
            }
        }
        // "a discussion of the budget", "her discussion with reporters": only "held discussions with Ivo Ruiz" meets.
        boolean heldWithNamed = withPhrase || held.map(a -> a.ownWithPhrase()).orElse(false);
        if (HELD_ONLY_NOUNS.contains(lemma) && !(held.map(NounAnchor::light).orElse(false) && heldWithNamed)) {
            return List.of();
        }
        boolean ownParticipants = !parts.isEmpty();
        // "will host the next summit": a meeting still to come is new, however definite.
        boolean next = Arguments.dependents(s, n, "amod").stream().anyMatch(m -> s.token(m).word().matches("(?i)next|upcoming"));
        boolean definite = !next && Arguments.dependents(s, n, "det").stream()
                .anyMatch(d -> s.token(d).word().equalsIgnoreCase("the") || s.token(d).word().equalsIgnoreCase("this"));
        boolean indefinite = Arguments.dependents(s, n, "det").stream()
                .anyMatch(d -> s.token(d).word().equalsIgnoreCase("a") || s.token(d).word().equalsIgnoreCase("an"));
        boolean barePlural = s.token(n).pos().equals("NNS") && Arguments.dependents(s, n, "det", "nmod:poss").isEmpty();
        // "a meeting with community leaders": the other side is unnamed, yet the phrase tells a new meeting.
        boolean unnamedWithPhrase = Arguments.dependents(s, n, "nmod:with").stream().anyMatch(t -> s.token(t).isNoun());
        boolean pressConference = Gatherings.pressConference(s, n, lemma);
        List<Integer> sides = new ArrayList<>(Arguments.dependents(s, n, "nmod:with", "nmod:between", "nmod:among"));
        boolean groupSubject = false;
        boolean ownWithPhrase = false;
        int anchor = -1;
        boolean lightVerb = false;
        boolean framed = false;
        if (held.isPresent()) {
            NounAnchor a = held.get();
            anchor = a.verb();
            lightVerb = a.light();
            framed = !a.light();
            groupSubject = a.groupSubject();
            // "offered to host the signing after a call between Ana Soto and Ivo Ruiz": a frame whose noun names
            // both sides itself does not add the clause's subject.
            boolean bothSidesNamed = Arguments.dependents(s, n, "nmod:between").stream()
                    .mapToLong(t -> args.actors(s, t).size()).sum() >= 2;
            // "met Ana Soto in Lima, after talks in Quito with Ivo Ruiz": a frame that names its own counterpart is a
            // meeting of the clause's subject with that one; the clause's with-phrase is its own meeting's.
            boolean ownCounterpart = framed && Arguments.dependents(s, n, "nmod:with").stream().anyMatch(t -> !args.actors(s, t).isEmpty());
            Set<String> clauseSides = ownCounterpart
                    ? a.sides().stream().flatMap(t -> args.actors(s, t).stream()).collect(java.util.stream.Collectors.toSet()) : Set.of();
            if (lightVerb || !bothSidesNamed) {
                a.parts().stream().filter(id -> !clauseSides.contains(id)).forEach(parts::add);
            }
            if (!ownCounterpart) {
                sides.addAll(a.sides());
            }
            withPhrase |= a.withPhrase();
            ownWithPhrase = a.ownWithPhrase();
            // "Speaking after talks with Ivo Ruiz, Ana Soto said ...": a participle's subject is its clause's, even
            // where the noun names the other side; not where it names both ("focusing on the talks between A and B").
            boolean ownSubjectless = a.parts().isEmpty() && Arguments.dependents(s, anchor, "nsubj", "nsubj:pass", "expl").isEmpty();
            if ((parts.isEmpty() || ownSubjectless) && (lightVerb || !bothSidesNamed)) {
                InheritedSubjects.of(args, s, anchor).stream().filter(id -> !parts.contains(id)).forEach(parts::add);
            }
        }
        int described = BackgroundClauses.describedHead(s, n);
        if (anchor < 0 && described >= 0) {
            parts.addAll(args.actors(s, described));
        }
        if (!parts.isEmpty()) {
            parts.addAll(mediators);
        }
        // "arrived in Lima on Friday, a day after holding talks with Ivo Ruiz": a participle the parser took for an
        // adjective; the main clause's subject held them.
        if (anchor < 0 && Arguments.dependents(s, n, "amod").stream().anyMatch(a -> s.token(a).word().equalsIgnoreCase("holding"))) {
            for (Dependency root : s.children(-1)) {
                for (int subject : Arguments.dependents(s, root.dependent(), "nsubj")) {
                    args.actors(s, subject).stream().filter(id -> !parts.contains(id)).forEach(parts::add);
                }
            }
        }
        // "Ana Soto met Ivo Ruiz, but a planned meeting with Eva Lind did not take place": a meeting noun that names only
        // its other side, as the subject of a clause joined to one with a named subject, is that subject's meeting.
        if (parts.size() == 1 && withPhrase && Arguments.dependents(s, n, "nmod:poss").isEmpty()) {
            for (Dependency d : s.parents(n)) {
                // The parser may join the noun itself to the first clause's verb ("hold talks with B, and a meeting with C").
                int clause = d.base().equals("nsubj") ? Arguments.governor(s, d.governor(), "conj")
                        : d.base().equals("conj") && d.governor() >= 0 && s.token(d.governor()).isVerb() ? d.governor() : -1;
                // "A is scheduled to hold talks with B, and a meeting with C could take place": a passive subject too.
                for (int t : clause >= 0 ? Arguments.dependents(s, clause, "nsubj", "nsubj:pass", "nsubj:xsubj") : List.<Integer>of()) {
                    args.actors(s, t).stream().filter(args::isPerson).filter(id -> !parts.contains(id)).forEach(parts::add);
                }
            }
        }
        // "Soto flew to Lima on Sunday. A planned meeting with Ivo Ruiz did not take place": a plan that names only its
        // other side, opening a sentence, is the traveller's of the sentence before.
        // "A meeting with Ivo Ruiz, scheduled for Thursday, was called off": so is one a participle marks as planned, and
        // where the sentence before has no person as its subject, the one the story last told travelling, else the one it
        // is about.
        if (parts.size() == 1 && withPhrase && s.index() > 0 && Arguments.dependents(s, n, "nmod:poss").isEmpty()
                && s.parents(n).stream().anyMatch(d -> d.base().equals("nsubj") || d.base().equals("nsubj:pass"))
                && Arguments.dependents(s, n, "amod", "acl").stream()
                        .anyMatch(a -> PLAN_MODIFIERS.contains(s.token(a).word().toLowerCase(Locale.ROOT)))) {
            Sentence before = c.doc().sentences().get(s.index() - 1);
            for (Dependency root : before.children(-1)) {
                for (int t : Arguments.dependents(before, root.dependent(), "nsubj", "nsubj:pass")) {
                    args.actors(before, t).stream().filter(args::isPerson).filter(id -> !parts.contains(id)).forEach(parts::add);
                }
            }
            if (parts.size() == 1) {
                List<String> traveller = args.lastTraveller(s, n);
                (traveller.isEmpty() ? args.storyPerson(s) : traveller).stream().filter(id -> !parts.contains(id)).forEach(parts::add);
            }
        }
        if (anchor < 0) {
            int clause = BackgroundClauses.strandedFrameClause(s, n);
            if (clause >= 0) {
                anchor = clause;
                framed = true;
                for (int t : Arguments.dependents(s, clause, "nsubj")) {
                    parts.addAll(args.actors(s, t));
                }
            }
        }
        // "paid a courtesy call on President Ana Soto", "paid a call on her": a visit in person to the one called on.
        boolean paidOn = s.parents(n).stream().anyMatch(d -> d.base().equals("obj") && d.governor() >= 0
                && s.token(d.governor()).lemma().equalsIgnoreCase("pay")) && !Arguments.dependents(s, n, "nmod:on").isEmpty();
        boolean courtesyCall = lemma.equals("call") && (paidOn || MeetingMode.courtesyModifier(s, n));
        if (courtesyCall) {
            List<Integer> called = new ArrayList<>(Arguments.dependents(s, n, "nmod:on"));
            // "a courtesy call on the king, Ivo Ruiz": the parser may hang the name in apposition on the call itself.
            int on = called.isEmpty() ? -1 : called.get(0);
            Arguments.dependents(s, n, "appos").stream().filter(t -> on >= 0 && t > on).forEach(called::add);
            for (int t : called) {
                List<String> a = args.actors(s, t);
                withPhrase |= !a.isEmpty();
                parts.addAll(a);
            }
            // "X arrived in Lima. A planned courtesy call on President Y was cancelled": a call with no caller of its
            // own is the visitor's the story follows.
            if (parts.size() == 1 && s.parents(n).stream().anyMatch(d -> d.relation().startsWith("nsubj"))) {
                args.lastTraveller(s, n).stream().filter(id -> !parts.contains(id)).forEach(parts::add);
            }
        }
        // "call" and "conference" need a telephone or video reading ("a telephone conference"), "session" and "audience"
        // a with-phrase. The word "call" is
        // no telephone reading by itself, and "a call for talks", "a call to act" are appeals.
        // "held a conference call": a call among several by telephone.
        boolean conferenceCall = lemma.equals("call") && Arguments.dependents(s, n, "compound").stream()
                .anyMatch(m -> s.token(m).lemma().equalsIgnoreCase("conference"));
        // "During a short call, Ana Soto and Ivo Ruiz agreed ...": a call that frames what two named sides did is by telephone.
        boolean framingCall = lemma.equals("call") && framed && s.token(n).pos().equals("NN") && parts.size() >= 2 && !isAppeal(s, n)
                && Arguments.governor(s, n, "obl:during", "obl:in") >= 0;
        boolean remote = MeetingMode.phoneModifier(s, n) || MeetingMode.videoModifier(s, n) || takenCall || conferenceCall || framingCall;
        if ((lemma.equals("call") && (!remote && !withPhrase || isAppeal(s, n)))
                || (lemma.equals("conference") || lemma.equals("session") || lemma.equals("audience")) && !withPhrase && !pressConference
                && !MeetingMode.mentions(s, n, MeetingMode.VIDEO_WORDS) && !remote) {
            return List.of();
        }
        // "Ana Soto held a press conference in Lima": one side that holds a briefing talks with no other side.
        // Speaking at one ("spoke during a news conference") stays a crowd gathering, as M2E2's contact events count it.
        if (pressConference && lightVerb && parts.size() < 2 && !withPhrase) {
            return List.of();
        }
        // "a meeting with reporters": an audience is no other side.
        if (parts.size() < 2 && Counterparts.onlyAudience(s, sides)) {
            return List.of();
        }
        if (lemma.equals("conference") && Arguments.governor(s, n, "obl:via", "obl:by", "obl:over", "nmod:via") >= 0 && parts.isEmpty()) {
            return List.of();
        }
        // "spoke at a dinner on Friday" tells no meeting; "had breakfast with Ivo Ruiz" does: a meal is a meeting
        // only of two named sides, or one that someone named gives for guests ("hosted a dinner for the leaders").
        // "has not held fundraising dinners": meals in number are a habit, not a gathering.
        boolean hostedMeal = MEAL_NOUNS.contains(lemma) && s.token(n).pos().equals("NN") && (hostedBy || held.filter(a -> a.light()
                && MEAL_HOSTING_VERBS.contains(s.token(a.verb()).lemma().toLowerCase(Locale.ROOT)) && !a.parts().isEmpty()).isPresent());
        if (parts.isEmpty() || MEAL_NOUNS.contains(lemma) && parts.size() < 2 && !hostedMeal) {
            return List.of();
        }
        // "said in the meeting", "joined the talks": a reference back to a meeting told elsewhere. An indefinite
        // frame ("spoke during a news conference", "took part in a forum") or an unnamed other side
        // ("after a meeting with community leaders") tells a meeting of its own, attended by the clause's subject.
        // "Ana Soto and Ivo Ruiz agreed on a truce after talks in Oslo": a bare plural framing the clause of two
        // named subjects tells their meeting.
        boolean pairAfterTalks = framed && barePlural && parts.size() >= 2;
        // "The Acme Pact's leaders endorsed a plan at their annual summit": the meeting of those the clause names.
        // A purpose ("arrived for their meeting") is told again where the meeting itself is.
        boolean theirOwn = framed && Arguments.governor(s, n, "obl:at", "obl:during", "obl:in") >= 0
                && Arguments.dependents(s, n, "nmod:poss").stream().anyMatch(p -> s.token(p).word().equalsIgnoreCase("their"));
        boolean newMeeting = !definite && (lightVerb || framed && indefinite || unnamedWithPhrase || pairAfterTalks || theirOwn);
        if (!ownParticipants && !ownWithPhrase && !newMeeting) {
            return List.of();
        }
        Mode mode = !lemma.equals("call") ? MeetingMode.of(s, n, anchor)
                : courtesyCall ? Mode.IN_PERSON : MeetingMode.videoModifier(s, n) ? Mode.VIDEO : Mode.PHONE;
        if (lemma.equals("videoconference") || lemma.equals("teleconference")) {
            mode = Mode.VIDEO;
        }
        double confidence = Gatherings.crowd(lemma, pressConference) ? 0.4 : parts.size() >= 2 ? 0.75 : 0.5;
        // "Ruritania will host the next meeting": a host has guests.
        boolean hosting = lightVerb && s.token(anchor).lemma().equalsIgnoreCase("host");
        // "talks between Ruritania and the rebels": a country stands for its envoys, so an unnamed other side named by a
        // phrase leaves no one who met unless a place is told; a host country still receives its guests.
        boolean loneCountry = parts.size() == 1 && args.index().byId(parts.iterator().next())
                .map(e -> e.type() == EntityType.COUNTRY).orElse(false);
        boolean unnamedSide = Gatherings.unnamedOthers(s, n, lemma, pressConference, anchor, framed) || groupSubject || hostedMeal || hosting
                || Counterparts.anySide(s, sides) && !loneCountry;
        // "met Ivo Ruiz on the sidelines of the Acme Forum summit": a gathering told only as the edge of another meeting
        // frames that meeting, and the body it is named after is no one who met.
        int edge = Arguments.governor(s, n, "nmod:of");
        if (parts.size() == 1 && edge >= 0 && MARGIN_NOUNS.contains(s.token(edge).lemma().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        // "will not hold a formal meeting at the Acme Forum summit": so does a gathering that is only where another
        // meeting noun is held.
        int setting = Arguments.governor(s, n, "nmod:at");
        if (parts.size() == 1 && setting >= 0 && s.token(setting).isNoun() && MEET_NOUNS.contains(s.token(setting).lemma().toLowerCase(Locale.ROOT))
                && args.index().byId(parts.iterator().next()).map(e -> e.type() == EntityType.ORGANIZATION).orElse(false)) {
            return List.of();
        }
        // "A meeting with Ivo Ruiz that had been pencilled in for Wednesday was called off": in a meeting the clause is
        // about, with one person named, the story's traveller takes part too. Not in a call, which needs no trip, nor in
        // one told before ("the call with X").
        boolean aboutTheMeeting = s.parents(n).stream().anyMatch(d -> d.base().equals("nsubj") && d.governor() >= 0)
                && !lemma.equals("call") && Arguments.dependents(s, n, "det").stream().anyMatch(d -> s.token(d).word().matches("(?i)an?"));
        String named = parts.size() == 1 ? parts.iterator().next() : null;
        if (named != null && aboutTheMeeting && args.isPerson(named)
                && Arguments.dependents(s, n, "nmod:with").stream().anyMatch(w -> args.actors(s, w).contains(named))) {
            List<String> traveller = args.lastTraveller(s, n);
            if (traveller.size() == 1 && !parts.contains(traveller.get(0))) {
                parts.add(traveller.get(0));
            }
        }
        int holder = anchor;
        // "agreed to hold talks in Lima in May, after a day of negotiations between A and B": a meeting the clause is told
        // after (or before), which names both its sides, has its own time and place, not the clause's.
        int timedBy = framed ? ownTimeClause(args, s, n, anchor) : -1;
        if (timedBy < 0) {
            timedBy = anchor;
        }
        return RemoteJoiners.add(c, s, anchor, EventAssembly.meeting(c, s, n, timedBy, List.copyOf(parts), mode, confidence, unnamedSide)
                .map(m -> SideGroups.splitSeparate(c, s, n, holder, m)).orElse(List.of()));
    }

    /**
     * "held a phone call on Monday with Ivo Ruiz, the ministry said", the with-phrase hung by the parser on a later verb:
     * a with-phrase right after the noun, past its date and place, is the noun's. Empty when the noun has its own
     * with-phrase or none follows it so.
     */
    static Optional<Integer> withRightAfter(Sentence s, int n) {
        for (int t = n + 1; t < s.tokens().size() && t <= n + 5; t++) {
            Token tok = s.token(t);
            if (tok.word().equalsIgnoreCase("with")) {
                int head = Arguments.governor(s, t, "case");
                int governor = head < 0 ? -1 : s.parents(head).stream().mapToInt(Dependency::governor).findFirst().orElse(-1);
                return head > t && governor != n && governor > head ? Optional.of(head) : Optional.empty();
            }
            boolean dateOrPlace = tok.ner().matches("DATE|TIME|CITY|COUNTRY|LOCATION|STATE_OR_PROVINCE")
                    || tok.pos().matches("IN|DT") && !tok.word().equalsIgnoreCase("with");
            if (!dateOrPlace) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The names listed after a with-phrase that the parser joined to the meeting noun itself ("meetings with the Acme
     * envoy, Ivo Ruiz, and Eva Lind"): conjuncts of the noun that name a person and are no meeting nouns.
     */
    static List<Integer> listedAfterWith(Arguments args, Sentence s, int n) {
        List<Integer> out = new ArrayList<>();
        int with = Arguments.dependents(s, n, "nmod:with").stream().findFirst().orElse(-1);
        for (int c : with < 0 ? List.<Integer>of() : Arguments.dependents(s, n, "conj")) {
            boolean person = c > with && args.actors(s, c).stream().anyMatch(args::isPerson);
            if (person && !MEET_NOUNS.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * "the Acme Palace meeting": an organisation named after the building it sits in, used as a modifier of the
     * meeting noun, tells where the meeting was, not who took part. A possessive ("the Palace's talks") still names
     * a side.
     */
    private static boolean isBuildingModifier(Sentence s, int noun, int modifier, Arguments args) {
        if (s.parents(modifier).stream().noneMatch(d -> d.governor() == noun && d.base().equals("compound"))) {
            return false;
        }
        return args.entity(s, modifier).filter(e -> e.type() == EntityType.ORGANIZATION).map(e -> {
            String[] words = e.label().toLowerCase(Locale.ROOT).split("\\s+");
            return words.length >= 2 && BUILDING_WORDS.contains(words[words.length - 1]);
        }).orElse(false);
    }

    /**
     * Whether the meeting noun tells a series: a plural with "annual", "regular" or the like ("annual summits"), or a
     * noun held "regularly" or "every" so often by the verb whose object it is.
     */
    private static boolean recurring(Sentence s, int n) {
        boolean series = s.token(n).pos().equals("NNS") && Arguments.dependents(s, n, "amod").stream()
                .anyMatch(m -> s.token(m).word().toLowerCase(Locale.ROOT).matches("annual|regular|periodic|yearly|biannual"));
        int verb = Arguments.governor(s, n, "obj");
        boolean often = verb >= 0 && s.children(verb).stream().anyMatch(d -> d.dependent() > n
                && (d.base().equals("advmod") && s.token(d.dependent()).word().equalsIgnoreCase("regularly")
                || d.base().equals("obl") && Arguments.dependents(s, d.dependent(), "det").stream()
                .anyMatch(k -> s.token(k).word().equalsIgnoreCase("every"))));
        return series || often;
    }

    /** "her call for a ceasefire", "the call to leave": a call for something is an appeal, not a conversation. */
    private static boolean isAppeal(Sentence s, int call) {
        // "a call, during which they discussed ...": a relative clause tells of the call itself.
        return !Arguments.dependents(s, call, "nmod:for").isEmpty()
                || Arguments.dependents(s, call, "acl").stream().anyMatch(a -> Arguments.hasInfinitiveMark(s, a));
    }

    /**
     * The sentence's main verb, when the noun is told after or before (or "a day of ... after") a clause of another verb
     * and names both its sides; -1 otherwise.
     */
    private static int ownTimeClause(Arguments args, Sentence s, int n, int anchor) {
        int measure = Arguments.governor(s, n, "nmod:of");
        boolean sequence = java.util.stream.IntStream.of(n, measure).filter(h -> h >= 0)
                .anyMatch(h -> Arguments.dependents(s, h, "case").stream().anyMatch(k -> s.token(k).word().matches("(?i)after|before|following")));
        int root = s.children(-1).stream().mapToInt(Dependency::dependent).findFirst().orElse(-1);
        if (!sequence || root < 0 || root == anchor || !s.token(root).isVerb()) {
            return -1;
        }
        long ownSides = Arguments.dependents(s, n, "nmod:between").stream().mapToLong(t -> args.actors(s, t).size()).sum();
        return ownSides >= 2 ? root : -1;
    }

    /**
     * The clauses that may tell who took part in the meeting noun beside its sides: its own participles ("a summit
     * attended by X"), and a participle of mediating or hosting the parser hung elsewhere: as the verb the noun is the
     * subject of ("Talks between A and B mediated by X ended", "the talks were hosted by X"), or beside the verb that
     * holds the noun ("held talks in Lima, mediated by X").
     */
    private static List<Integer> takingPartClauses(Sentence s, int n) {
        List<Integer> out = new ArrayList<>(Arguments.dependents(s, n, "acl"));
        List<Integer> around = new ArrayList<>();
        // "Talks between A and B mediated by X ended", "The talks between A and B were hosted by X".
        s.parents(n).stream().filter(d -> d.governor() >= 0 && (d.base().equals("nsubj") || d.relation().equals("nsubj:pass")))
                .forEach(d -> around.add(d.governor()));
        int holder = Arguments.governor(s, n, "obj");
        if (holder >= 0) {
            around.addAll(Arguments.dependents(s, holder, "dep", "advcl"));
        }
        for (int c : around) {
            String lemma = s.token(c).lemma().toLowerCase(Locale.ROOT);
            // "hosted a meeting in Lima, attended by Ivo Ruiz": the parser may hang the participle on the holding verb.
            boolean taking = MEDIATING_VERBS.contains(lemma) || HOSTING_VERBS.contains(lemma) || ATTENDING_VERBS.contains(lemma)
                    || CO_CHAIRING_VERBS.contains(lemma);
            if (!out.contains(c) && s.token(c).pos().equals("VBN") && taking) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether an ordinal stands right before the name that token {@code n} ends ("the 50th Acme Islands Forum"). */
    private static boolean counted(Arguments args, Sentence s, int n, String id) {
        int k = n;
        while (k > 0 && args.entity(s, k - 1).map(e -> e.id().equals(id)).orElse(false)) {
            k--;
        }
        return k > 0 && s.token(k - 1).ner().equals("ORDINAL");
    }
}
