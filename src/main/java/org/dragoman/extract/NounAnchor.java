package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * The verb a meeting noun hangs from, and the participants it adds: a light verb that has the noun as object ("Ana
 * Soto held talks with Ivo Ruiz") or a verb the noun frames ("Ana Soto spoke during a summit"). The verb's subjects
 * take part, and so do its with-phrases, which the parser often hangs on the verb instead of the noun.
 *
 * @param verb          the anchoring verb
 * @param light         whether it is a light verb ("held talks") rather than a frame ("during the talks")
 * @param groupSubject  whether its subject is a group ({@link Counterparts#groupSubject})
 * @param parts         actors it adds: its subjects, its with-phrases, and for verbs of addressing their objects
 * @param sides         its with- and between-phrase tokens, named or not
 * @param withPhrase    whether it has a with- or between-phrase
 * @param ownWithPhrase whether a light verb's with-phrase names an actor: "cancelled the summit with X"
 */
record NounAnchor(int verb, boolean light, boolean groupSubject, List<String> parts, List<Integer> sides,
                  boolean withPhrase, boolean ownWithPhrase) {
    private static final Set<String> LIGHT_VERBS = WordLists.MEETING.get("light-verb");
    /** Verbs whose object is the one spoken to: "X told Y in a phone call" is a call between X and Y. */
    private static final Set<String> ADDRESSING_VERBS = WordLists.MEETING.get("addressing-verb");
    /** Verbs of travel: "flew to Oslo for talks with X" frames the talks as the trip's purpose. */
    private static final Set<String> VISIT_VERBS = WordLists.MEETING.get("visit-verb");
    private static final Set<String> VISIT_NOUNS = WordLists.MEETING.get("visit-noun");
    private static final Set<String> MEASURE_NOUNS = WordLists.MEETING.get("measure-noun");
    /** Nouns for the opening or close of a meeting: "at the close of a summit". */
    private static final Set<String> EDGE_NOUNS = WordLists.MEETING.get("edge-noun");
    /** Verbs whose with-phrase opens or closes something: "began the day with a meeting". */
    private static final Set<String> BOUNDING_VERBS = WordLists.MEETING.get("bounding-verb");
    /** Verbs of coming out of something: "emerged from talks", "walked out of the meeting". */
    private static final Set<String> LEAVING_VERBS = WordLists.MEETING.get("leaving-verb");
    private static final Set<String> STAY_VERBS = WordLists.MEETING.get("stay-verb");
    private static final Set<String> STALLING_PHRASAL_VERBS = WordLists.MEETING.get("stalling-phrasal-verb");
    /** Nouns of a meeting proposed to someone: "accepted her offer of talks". */
    private static final Set<String> OFFER_NOUNS = WordLists.MEETING.get("offer-noun");

    /** Whether the verb with its particle holds a meeting back ("holds up talks") rather than telling it. */
    static boolean stalling(Sentence s, int verb) {
        String lemma = s.token(verb).lemma().toLowerCase(Locale.ROOT);
        return Arguments.dependents(s, verb, "compound:prt").stream()
                .anyMatch(p -> STALLING_PHRASAL_VERBS.contains(lemma + " " + s.token(p).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * The noun's edge {@code d} as the frame should have been parsed: a phrase the parser hung on a closing
     * attribution is the main verb's ("informed X in a call on Monday, his office said"), and a during-phrase it hung
     * on a verb's object frames the verb ("announced an agreement during a call with X"); else {@code d} itself.
     */
    private static Dependency rehung(Sentence s, int n, Dependency d) {
        int host = d.base().equals("obl") ? closingAttributionHost(s, n, d.governor()) : -1;
        if (host >= 0) {
            return new Dependency(d.relation(), host, n);
        }
        int objectOf = d.relation().equals("nmod:during") && s.token(d.governor()).isNoun() ? Arguments.governor(s, d.governor(), "obj") : -1;
        if (objectOf >= 0 && s.token(objectOf).isVerb()) {
            return new Dependency("obl:during", objectOf, n);
        }
        int trip = d.relation().equals("obl:for") ? tripBetween(s, d.governor(), n) : -1;
        return trip >= 0 ? new Dependency("obl:for", trip, n) : d;
    }

    /**
     * "will call on Ana Soto before flying to Lima for talks with Ivo Ruiz": a verb of travel hung on {@code verb}
     * and told between it and the noun, with no for-phrase of its own, whose purpose the parser hung on
     * {@code verb}; -1 when there is none.
     */
    private static int tripBetween(Sentence s, int verb, int n) {
        for (Dependency c : s.children(verb)) {
            int t = c.dependent();
            if (t > verb && t < n && s.token(t).isVerb() && c.relation().matches("(obl|advcl):(before|after)|advcl|conj.*")
                    && VISIT_VERBS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT))
                    && Arguments.dependents(s, t, "obl:for").isEmpty()) {
                return t;
            }
        }
        return -1;
    }

    /**
     * "informed X in a call on Monday, his office said": the verb of the main clause where the parser hung the noun's
     * phrase on a closing attribution ({@code verb}, in parataxis after the noun, its subject after a comma that follows
     * the noun); -1 otherwise.
     */
    private static int closingAttributionHost(Sentence s, int n, int verb) {
        int host = Arguments.governor(s, verb, "parataxis");
        boolean closing = verb > n && Arguments.dependents(s, verb, "nsubj").stream()
                .anyMatch(subject -> subject > n && java.util.stream.IntStream.range(n, subject).anyMatch(t -> s.token(t).word().equals(",")));
        return closing && host >= 0 && host < n && s.token(host).isVerb() ? host : -1;
    }

    /**
     * The first governor of the noun that is a light verb or a verb it frames, if any; through a noun that counts
     * the meetings ("held a second round of talks").
     */
    static Optional<NounAnchor> of(Arguments args, Sentence s, int n) {
        // "paid a visit to Lima, holding talks with X": the parser may make the participle an adjective of the noun
        // and the noun the object of the main verb, whose subject then holds the talks.
        boolean heldByParticiple = Arguments.dependents(s, n, "amod").stream().anyMatch(a -> a < n
                && s.token(a).pos().equals("VBG") && LIGHT_VERBS.contains(s.token(a).lemma().toLowerCase(Locale.ROOT)));
        List<Integer> ownClauses = Arguments.dependents(s, n, "acl:relcl");
        for (Dependency parent : s.parents(n)) {
            // "received a call, during which they discussed ...": the relative clause's edge back to the noun is
            // no governor.
            if (ownClauses.contains(parent.governor())) {
                continue;
            }
            // "held talks in Lima, a ministry statement said": the parser made the object the reporter's subject.
            int clause = parent.base().equals("nsubj") && parent.governor() >= 0
                    ? Arguments.governor(s, parent.governor(), "ccomp", "parataxis") : -1;
            if (clause >= 0 && LIGHT_VERBS.contains(s.token(clause).lemma().toLowerCase(Locale.ROOT))
                    && VerbSides.objectMisreadAsReporter(s, clause) == n) {
                return Optional.of(read(args, s, clause, true));
            }
            if (heldByParticiple && parent.governor() >= 0 && s.token(parent.governor()).isVerb()) {
                return Optional.of(read(args, s, parent.governor(), true));
            }
            if (parent.governor() < 0) {
                continue;
            }
            Dependency d = rehung(s, n, parent);
            int gov = d.governor();
            Token g = s.token(gov);
            if (d.base().equals("obj") && stalling(s, gov)) {
                return Optional.empty();
            }
            // "accepted Ana Soto's offer of a summit", "accepted an invitation from Ana Soto for talks": the one who
            // answers the offer and the one who made it.
            int answered = (d.relation().equals("nmod:of") || d.relation().equals("nmod:for")) && OFFER_NOUNS.contains(g.lemma().toLowerCase(Locale.ROOT))
                    ? Arguments.governor(s, gov, "obj") : -1;
            if (answered >= 0 && s.token(answered).isVerb()) {
                NounAnchor reply = read(args, s, answered, false);
                List<String> parts = new ArrayList<>(reply.parts());
                for (int t : Arguments.dependents(s, gov, "nmod:poss", "nmod:from")) {
                    args.actors(s, t).stream().filter(id -> !parts.contains(id)).forEach(parts::add);
                }
                return Optional.of(new NounAnchor(answered, false, reply.groupSubject(), List.copyOf(parts), reply.sides(),
                        reply.withPhrase(), reply.ownWithPhrase()));
            }
            // "Ana Soto's visit included a meeting with Ivo Ruiz", "her trip will include talks with X": the traveller's,
            // named as the trip's owner or else the one the story follows.
            int trip = d.base().equals("obj") && g.lemma().equalsIgnoreCase("include") ? Arguments.dependents(s, gov, "nsubj").stream()
                    .filter(t -> VISIT_NOUNS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT))).findFirst().orElse(-1) : -1;
            if (trip >= 0) {
                NounAnchor inclusion = read(args, s, gov, false);
                List<String> parts = new ArrayList<>(inclusion.parts());
                for (int t : Arguments.dependents(s, trip, "nmod:poss", "nmod:by")) {
                    args.actors(s, t).stream().filter(args::isPerson).filter(id -> !parts.contains(id)).forEach(parts::add);
                }
                if (parts.isEmpty()) {
                    parts.addAll(args.lastTraveller(s, trip));
                }
                return Optional.of(new NounAnchor(gov, false, false, List.copyOf(parts), inclusion.sides(), inclusion.withPhrase(),
                        inclusion.ownWithPhrase()));
            }
            // "is due to stop in Lima on her way home for talks with X": talks one is on one's way to are one's own.
            if (d.relation().equals("nmod:for") && g.lemma().equalsIgnoreCase("way")) {
                List<String> parts = new ArrayList<>();
                for (int t : Arguments.dependents(s, gov, "nmod:poss")) {
                    args.actors(s, t).stream().filter(args::isPerson).filter(id -> !parts.contains(id)).forEach(parts::add);
                }
                if (!parts.isEmpty()) {
                    return Optional.of(new NounAnchor(gov, false, false, List.copyOf(parts), List.of(), false, false));
                }
            }
            // "held a second round of talks", "spoke at the close of a summit": through the noun that counts or bounds it.
            if (d.relation().equals("nmod:of") && g.isNoun() && (MEASURE_NOUNS.contains(g.lemma().toLowerCase(Locale.ROOT))
                    || EDGE_NOUNS.contains(g.lemma().toLowerCase(Locale.ROOT)))) {
                return of(args, s, gov);
            }
            String rel = d.relation();
            // "told a joint news conference with X", "briefed the summit": whoever addresses a meeting is at it; "told a
            // news conference" alone adds no one-person meeting.
            // "called off a meeting with X": the phrasal verb cancels as "cancel" does.
            // One who calls off a meeting between others named is no side of it.
            boolean calledOff = g.lemma().equalsIgnoreCase("call") && Arguments.hasParticle(s, d.governor(), "off")
                    && Arguments.dependents(s, n, "nmod:between").isEmpty() && Arguments.dependents(s, d.governor(), "obl:between").isEmpty();
            // "asked for a meeting with X": one who asks for a meeting would be at it.
            boolean askedFor = rel.equals("obl:for") && g.lemma().equalsIgnoreCase("ask");
            boolean light = (d.base().equals("obj") || d.relation().startsWith("nsubj:pass"))
                    && (LIGHT_VERBS.contains(g.lemma().toLowerCase(Locale.ROOT)) || calledOff) || askedFor
                    || d.base().equals("obj") && g.isVerb() && ADDRESSING_VERBS.contains(g.lemma().toLowerCase(Locale.ROOT))
                    && (!Gatherings.pressConference(s, n, s.token(n).lemma().toLowerCase(Locale.ROOT))
                    || !Arguments.dependents(s, n, "nmod:with").isEmpty());
            // "made a surprise visit to Oslo for talks with X": a trip told by a light verb and a visit noun too.
            boolean tripNoun = g.isVerb() && Arguments.dependents(s, gov, "obj").stream()
                    .anyMatch(o -> VISIT_NOUNS.contains(s.token(o).lemma().toLowerCase(Locale.ROOT)));
            // "would remain in Lima for further talks with X": a stay for talks too.
            boolean stay = STAY_VERBS.contains(g.lemma().toLowerCase(Locale.ROOT));
            // "the two leaders sat down for a working breakfast": whoever sits down for a meeting holds it.
            boolean satDown = g.lemma().equalsIgnoreCase("sit") && Arguments.hasParticle(s, gov, "down");
            // "A and B are preparing for the next round of talks": whoever prepares for a meeting will be at it; one who
            // "prepares the ground for" a meeting may not be.
            boolean prepares = g.lemma().equalsIgnoreCase("prepare") && Arguments.dependents(s, gov, "obj").isEmpty();
            boolean purpose = rel.equals("obl:for")
                    && (VISIT_VERBS.contains(g.lemma().toLowerCase(Locale.ROOT)) || joins(g) || tripNoun || stay || satDown || prepares);
            // "began the day with a meeting with X", "ended the tour with talks": a meeting that opens or closes something.
            boolean bounds = rel.equals("obl:with") && BOUNDING_VERBS.contains(g.lemma().toLowerCase(Locale.ROOT));
            // "emerged from a private meeting", "returned from talks in Lima": whoever comes out of a meeting was at it.
            boolean left = (rel.equals("obl:from") || rel.equals("obl:out_of")) && LEAVING_VERBS.contains(g.lemma().toLowerCase(Locale.ROOT));
            // "will stay on for a visit, including talks with X": talks a trip or stay includes are the traveller's.
            boolean included = rel.equals("obl:including") && (VISIT_VERBS.contains(g.lemma().toLowerCase(Locale.ROOT)) || stay);
            // "looks forward to meeting with X": whoever looks forward to a meeting would be at it.
            boolean awaited = rel.equals("obl:to") && g.lemma().equalsIgnoreCase("look")
                    && Arguments.dependents(s, gov, "advmod", "compound:prt").stream().anyMatch(t -> s.token(t).word().equalsIgnoreCase("forward"));
            // "went straight from the airport to a meeting with X": whoever travels to a meeting is at it ("return to
            // negotiations" is to resume a process).
            boolean goneTo = rel.equals("obl:to") && VISIT_VERBS.contains(g.lemma().toLowerCase(Locale.ROOT))
                    && !g.lemma().equalsIgnoreCase("return");
            // "went straight into talks with X": whoever goes into a meeting is at it.
            // "said following talks with X": "following" frames a clause as "after" does.
            boolean frame = awaited || goneTo || rel.equals("obl:during") || rel.equals("obl:at") || rel.equals("obl:after")
                    || rel.equals("obl:following")
                    || rel.equals("obl:in")
                    || rel.equals("obl:before") || rel.equals("obl:on") || rel.equals("obl:ahead_of") || rel.equals("obl:into")
                    || purpose || bounds || left || included;
            // "Ana Soto is due in Lima for talks with Ivo Ruiz": whoever is due somewhere for talks holds them.
            boolean dueFor = rel.equals("obl:for") && DueTripRule.isDue(s, gov);
            // "Ana Soto, who was in Lima for talks with Ivo Ruiz": whoever is somewhere for talks holds them.
            boolean presentFor = rel.equals("obl:for") && !Arguments.dependents(s, gov, "cop").isEmpty() && args.place(s, gov).isPresent();
            // "had been due to travel to Lima for talks": the parser may read the verb after "due to" as a noun.
            boolean verbAfterDue = frame && !g.isVerb()
                    && Arguments.dependents(s, gov, "case").stream().anyMatch(t -> s.token(t).word().equalsIgnoreCase("due"));
            if (light || frame && (g.isVerb() || verbAfterDue) || dueFor || presentFor) {
                return Optional.of(read(args, s, gov, light));
            }
        }
        return Optional.empty();
    }

    private static boolean joins(Token verb) {
        return verb.isVerb() && verb.lemma().equalsIgnoreCase("join");
    }

    private static NounAnchor read(Arguments args, Sentence s, int gov, boolean light) {
        List<String> parts = new ArrayList<>();
        List<Integer> subjects = new ArrayList<>(Arguments.dependents(s, gov, "nsubj", "nsubj:xsubj"));
        // "was granted an audience with Ivo Ruiz": the one given the meeting of a passive light verb takes part.
        if (light && !Arguments.dependents(s, gov, "obj").isEmpty()) {
            subjects.addAll(Arguments.dependents(s, gov, "nsubj:pass"));
        }
        for (int t : subjects) {
            parts.addAll(args.actors(s, t));
        }
        // "To ease tensions, Ana Soto held talks with Ivo Ruiz": a light verb the parser left without its subject;
        // "was due to fly on to Lima for talks with Ivo Ruiz": a journey for the talks likewise.
        boolean copular = !Arguments.dependents(s, gov, "cop").isEmpty();
        if ((light || copular || VISIT_VERBS.contains(s.token(gov).lemma().toLowerCase(Locale.ROOT))) && subjects.isEmpty()) {
            parts.addAll(InheritedSubjects.of(args, s, gov));
        }
        List<Integer> sides = new ArrayList<>();
        boolean ownWithPhrase = false;
        for (int t : Arguments.dependents(s, gov, "obl:with", "obl:between")) {
            sides.add(t);
            List<String> a = args.actors(s, t);
            parts.addAll(a);
            // "cancelled the summit with X": the parser hangs the noun's with-phrase on the light verb.
            ownWithPhrase |= light && !a.isEmpty();
        }
        // "joined Ivo Ruiz for talks", "were joined by Ivo Ruiz for lunch": the one joined is at the table too.
        if (joins(s.token(gov))) {
            for (int t : Arguments.dependents(s, gov, "obj", "obl:agent")) {
                parts.addAll(args.actors(s, t));
            }
        }
        if (!light && ADDRESSING_VERBS.contains(s.token(gov).lemma().toLowerCase(Locale.ROOT))) {
            for (int t : Arguments.dependents(s, gov, "obj", "iobj")) {
                parts.addAll(args.actors(s, t));
            }
        }
        return new NounAnchor(gov, light, Counterparts.groupSubject(s, subjects), List.copyOf(parts), List.copyOf(sides),
                !sides.isEmpty(), ownWithPhrase);
    }
}
