package org.dragoman.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.EventDate;
import org.dragoman.model.Evidence;
import org.dragoman.model.Meeting;
import org.dragoman.model.Mode;
import org.dragoman.model.Status;
import org.dragoman.model.Visit;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Finds meetings and visits through verbal triggers ("X met (with) Y", "X hosted Y", "X walks with Y"), nominal
 * ones ("held talks with Y", "during a meeting with Y", "a summit of X", "spoke at a news conference") and copular
 * ones ("X was in Oslo to discuss"), with participants from subjects, with-phrases, conjunctions, possessives and
 * coreference. Gatherings (rallies, forums, press conferences) count as meetings of the named people at them, with
 * a lower confidence; a meeting always has at least one named participant.
 */
final class MeetingExtractor {
    private static final Set<String> MEET_VERBS = Set.of("meet", "confer", "negotiate", "host", "receive", "talk",
            "speak", "phone", "telephone", "call", "welcome", "consult", "gather", "convene", "huddle", "walk");
    private static final Set<String> MEET_NOUNS = Set.of("meeting", "talk", "summit", "negotiation", "consultation",
            "conversation", "call", "conference", "videoconference", "teleconference", "reception", "encounter",
            "session", "dialogue", "phone-call", "tete-a-tete", "parley", "forum", "rally");
    /** Verbs whose to-phrase names the other side: "spoke to X", "telephoned to X"; "met to discuss" names a purpose. */
    private static final Set<String> TO_ADDRESSEE_VERBS = Set.of("speak", "talk", "phone", "telephone", "call");
    /** Modifiers that make a conference a press conference, a gathering in its own right. */
    private static final Set<String> HABITUAL_ADVERBS = Set.of("usually", "typically", "generally", "normally",
            "traditionally", "often", "regularly", "routinely", "rarely", "seldom", "customarily", "frequently");
    /** Last words of names of buildings that stand for the office housed in them. */
    private static final Set<String> BUILDING_WORDS = Set.of("house", "palace", "building", "hall", "castle",
            "residence", "mansion", "chancellery", "capitol");
    /** Prepositions that make a meeting phrase the time frame of a clause: "after a meeting with X, Y said". */
    private static final Set<String> STRANDED_FRAME_WORDS = Set.of("after", "during", "following", "before");
    /** Gatherings of many: whoever is named at one met the others there. */
    private static final Set<String> GATHERING_NOUNS = Set.of("summit", "conference", "videoconference",
            "teleconference", "forum", "rally", "reception", "session");
    /** Objects of "meet" that are standards or responses, not people: "met the deadline", "met with criticism". */
    private static final Set<String> NOT_MET_PEOPLE = Set.of("criterion", "criteria", "requirement", "standard",
            "demand", "goal", "target", "deadline", "expectation", "need", "obligation", "condition", "threshold",
            "challenge", "quota", "cost", "criticism", "resistance", "opposition", "skepticism", "scepticism",
            "approval", "applause", "silence", "success", "failure", "disapproval", "protest", "fate", "death", "end");
    /** Verbs of taking part in a meeting someone else holds. */
    private static final Set<String> ATTENDING_VERBS = Set.of("attend", "join", "address", "participate", "enter");
    private static final Set<String> PRESS_WORDS = Set.of("news", "press");
    private static final Set<String> LIGHT_VERBS = Set.of("have", "hold", "conduct", "attend", "host", "join", "chair",
            "convene", "organize", "organise", "arrange", "begin", "start", "open", "resume", "continue", "plan",
            "schedule", "cancel", "postpone", "seek", "propose", "make", "take", "address");
    /** Verbs whose object is the one spoken to: "X told Y in a phone call" is a call between X and Y. */
    private static final Set<String> ADDRESSING_VERBS = Set.of("tell", "inform", "assure", "warn", "urge", "ask", "brief",
            "reassure", "thank", "invite");
    private static final Set<String> VISIT_VERBS = Set.of("visit", "arrive", "travel", "fly", "tour", "head", "land", "come");
    private static final Set<String> VISIT_NOUNS = Set.of("visit", "trip", "tour", "arrival");
    private static final Set<String> PURPOSE_VERBS = Set.of("discuss", "meet", "talk", "attend", "sign", "hold",
            "negotiate", "visit", "participate", "take", "address", "open", "join", "mediate", "seek");
    private static final Set<String> PHONE_WORDS = Set.of("phone", "telephone", "call", "phone-call", "telephonic", "phoned",
            "telephoned", "calls");
    private static final Set<String> VIDEO_WORDS = Set.of("video", "videoconference", "video-conference", "virtual",
            "virtually", "online", "teleconference", "videolink", "video-link", "zoom");

    List<Event> extract(AnnotatedArticle doc, EntityIndex index, DateResolver dates) {
        Arguments args = new Arguments(index);
        List<Event> events = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Event> here = new ArrayList<>();
            for (Token t : s.tokens()) {
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                if (t.isVerb() && MEET_VERBS.contains(lemma)) {
                    here.addAll(verbalMeetings(s, t.index(), args, dates));
                } else if (t.isNoun() && MEET_NOUNS.contains(lemma)) {
                    nominalMeeting(s, t.index(), args, dates).ifPresent(here::add);
                } else if (t.isVerb() && VISIT_VERBS.contains(lemma)) {
                    verbalVisit(s, t.index(), args, dates).ifPresent(here::add);
                } else if (t.isNoun() && VISIT_NOUNS.contains(lemma)) {
                    nominalVisit(s, t.index(), args, dates).ifPresent(here::add);
                }
            }
            copularVisit(s, args, dates).ifPresent(here::add);
            if (!habitual(s)) {
                events.addAll(mergeWithinSentence(here));
            }
        }
        return mergeRepeatedMeetings(connect(doc, index, events, dates));
    }

    /** One meeting per group of counterparts the verb lists ({@link SideGroups}). */
    private List<Event> verbalMeetings(Sentence s, int v, Arguments args, DateResolver dates) {
        Optional<Event> whole = verbalMeeting(s, v, args, dates);
        if (whole.isEmpty() || !(whole.get() instanceof Meeting m)) {
            return whole.stream().toList();
        }
        List<Integer> sides = Arguments.dependents(s, v, "obl:with", "nmod:with", "obj", "iobj");
        List<List<Integer>> groups = SideGroups.of(s, v, sides, args);
        Set<String> subjects = new LinkedHashSet<>(m.participants());
        groups.forEach(g -> g.forEach(t -> args.actors(s, t).forEach(subjects::remove)));
        if (groups.size() < 2 || subjects.isEmpty()) {
            return List.of(m);
        }
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Integer> g = groups.get(i);
            int next = i + 1 < groups.size() ? groups.get(i + 1).get(0) : s.tokens().size();
            EventDate own = dates.dateWithin(s, g.get(0), next);
            Set<String> parts = new LinkedHashSet<>(subjects);
            g.forEach(t -> parts.addAll(args.actors(s, t)));
            EventDate date = own != null ? own : i == 0 ? m.date() : null;
            out.add(new Meeting(List.copyOf(parts), m.mode(), m.status(), date, m.place(), m.trigger(), m.evidence(),
                    m.confidence()));
        }
        return out;
    }

    private Optional<Event> verbalMeeting(Sentence s, int v, Arguments args, DateResolver dates) {
        String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
        Set<String> subjects = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        List<Integer> subjectTokens = Arguments.dependents(s, v, "nsubj", "nsubj:xsubj", "nsubj:pass");
        for (int t : subjectTokens) {
            subjects.addAll(args.actors(s, t));
        }
        List<Integer> sides = new ArrayList<>();
        int framedHead = framedParticipleHead(s, v);
        if (framedHead >= 0 && subjects.isEmpty()) {
            // "X said after meeting Y": the parser hangs the participle on Y; Y is met, the clause's subject meets.
            sides.add(framedHead);
            others.addAll(args.actors(s, framedHead));
            int clause = s.parents(framedHead).stream().filter(d -> d.base().equals("obl") && d.governor() >= 0)
                    .mapToInt(Dependency::governor).findFirst().orElse(-1);
            for (int t : clause < 0 ? List.<Integer>of() : Arguments.dependents(s, clause, "nsubj")) {
                subjects.addAll(args.actors(s, t));
            }
        }
        if (subjects.isEmpty()) {
            subjects.addAll(inheritedSubject(s, v, args));
        }
        boolean withPhrase = false;
        boolean remote = mentions(s, v, PHONE_WORDS) || mentions(s, v, VIDEO_WORDS);
        boolean speech = lemma.equals("speak") || lemma.equals("talk");
        for (int t : Arguments.dependents(s, v, "obl:with", "nmod:with", "obl:agent", "obl:between", "obl:to")) {
            if (!TO_ADDRESSEE_VERBS.contains(lemma) && s.parents(t).stream().anyMatch(d -> d.governor() == v && d.relation().equals("obl:to"))) {
                continue;
            }
            // "spoke to reporters", "speaking to a broadcaster": an interview, unless by phone or video.
            if (speech && !remote && s.parents(t).stream().anyMatch(d -> d.governor() == v && d.relation().equals("obl:to"))) {
                continue;
            }
            sides.add(t);
            List<String> a = args.actors(s, t);
            withPhrase |= !a.isEmpty();
            others.addAll(a);
        }
        List<Integer> objects = Arguments.dependents(s, v, "obj", "iobj");
        sides.addAll(objects);
        for (int t : objects) {
            others.addAll(args.actors(s, t));
        }
        switch (lemma) {
            case "speak", "talk" -> {
                // "spoke with Y" / "talked by phone": not "spoke to reporters" or "said".
                if (!withPhrase && !mentions(s, v, PHONE_WORDS) && !mentions(s, v, VIDEO_WORDS)) {
                    return Optional.empty();
                }
            }
            case "call", "phone", "telephone" -> {
                if (lemma.equals("call") && (others.isEmpty() || !Arguments.dependents(s, v, "xcomp", "obl:for", "obl:on").isEmpty()
                        || objects.stream().anyMatch(o -> args.entity(s, o).map(e -> e.type() != EntityType.PERSON).orElse(true)))) {
                    return Optional.empty();
                }
            }
            case "meet" -> {
                // "met the criteria", "met with criticism": meeting a standard or a response, not a person.
                if (Arguments.dependents(s, v, "obj", "obl:with").stream()
                        .anyMatch(t -> NOT_MET_PEOPLE.contains(s.token(t).lemma().toLowerCase(Locale.ROOT)))) {
                    return Optional.empty();
                }
            }
            case "walk" -> {
                // "X walks with Y" in a picture caption: two named people together, not a march or a stroll alone.
                if (!withPhrase || subjects.isEmpty() || !allPeople(others, args) || !allPeople(subjects, args)) {
                    return Optional.empty();
                }
            }
            case "gather", "convene", "huddle" -> {
                // "leaders gathered in Cairo": a meeting only among several named actors.
                Set<String> group = new LinkedHashSet<>(subjects);
                group.addAll(others);
                if (group.size() < 2) {
                    return Optional.empty();
                }
            }
            case "receive", "welcome", "host" -> {
                // "X received Y", or in the passive "Y was received by X": both sides must be named actors.
                boolean passive = !Arguments.dependents(s, v, "nsubj:pass").isEmpty()
                        && Arguments.dependents(s, v, "obl:agent").stream().anyMatch(a -> !args.actors(s, a).isEmpty());
                if (others.isEmpty() || !passive && objects.stream().noneMatch(o -> !args.actors(s, o).isEmpty())) {
                    return Optional.empty();
                }
            }
            default -> {
            }
        }
        Set<String> all = new LinkedHashSet<>(subjects);
        all.addAll(others);
        if (all.isEmpty() || subjects.isEmpty() && !withPhrase) {
            return Optional.empty();
        }
        Mode mode = lemma.equals("phone") || lemma.equals("telephone") || lemma.equals("call") ? Mode.PHONE : mode(s, v);
        boolean unnamedSide = Counterparts.anySide(s, sides) || Counterparts.groupSubject(s, subjectTokens);
        return meeting(s, v, -1, List.copyOf(all), mode, args, dates, all.size() >= 2 ? 0.8 : 0.55, unnamedSide);
    }

    private Optional<Event> nominalMeeting(Sentence s, int n, Arguments args, DateResolver dates) {
        String lemma = s.token(n).lemma().toLowerCase(Locale.ROOT);
        // "the Acme Policy Forum said", "the Conference of Ports": the noun is part of a name and tells no gathering.
        if (s.token(n).isProperNoun() && args.entity(s, n).isPresent()) {
            return Optional.empty();
        }
        Set<String> parts = new LinkedHashSet<>();
        boolean withPhrase = false;
        for (int t : Arguments.dependents(s, n, "nmod:with", "nmod:between", "nmod:of", "nmod:among")) {
            List<String> a = args.actors(s, t);
            withPhrase |= !a.isEmpty();
            parts.addAll(a);
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
        for (int t : Arguments.dependents(s, n, "nmod:poss", "compound", "amod")) {
            if (!isBuildingModifier(s, n, t, args)) {
                parts.addAll(args.actors(s, t));
            }
        }
        boolean ownParticipants = !parts.isEmpty();
        boolean definite = Arguments.dependents(s, n, "det").stream()
                .anyMatch(d -> s.token(d).word().equalsIgnoreCase("the") || s.token(d).word().equalsIgnoreCase("this"));
        boolean indefinite = Arguments.dependents(s, n, "det").stream()
                .anyMatch(d -> s.token(d).word().equalsIgnoreCase("a") || s.token(d).word().equalsIgnoreCase("an"));
        // "a meeting with community leaders": the other side is unnamed, yet the phrase tells a new meeting.
        boolean unnamedWithPhrase = Arguments.dependents(s, n, "nmod:with").stream().anyMatch(t -> s.token(t).isNoun());
        boolean pressConference = lemma.equals("conference") && Arguments.dependents(s, n, "compound", "amod").stream()
                .anyMatch(t -> PRESS_WORDS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT)));
        List<Integer> sides = new ArrayList<>(Arguments.dependents(s, n, "nmod:with", "nmod:between", "nmod:among"));
        boolean groupSubject = false;
        boolean ownWithPhrase = false;
        int anchor = -1;
        boolean lightVerb = false;
        boolean framed = false;
        for (Dependency d : s.parents(n)) {
            int gov = d.governor();
            if (gov < 0) {
                continue;
            }
            Token g = s.token(gov);
            String rel = d.relation();
            boolean light = (d.base().equals("obj") || d.relation().startsWith("nsubj:pass")) && LIGHT_VERBS.contains(g.lemma().toLowerCase(Locale.ROOT));
            boolean frame = rel.equals("obl:during") || rel.equals("obl:at") || rel.equals("obl:after") || rel.equals("obl:in")
                    || rel.equals("obl:before") || rel.equals("obl:on") || rel.equals("obl:ahead_of");
            if (light || frame && g.isVerb()) {
                anchor = gov;
                lightVerb = light;
                framed = !light;
                List<Integer> subjects = Arguments.dependents(s, gov, "nsubj", "nsubj:xsubj");
                groupSubject = Counterparts.groupSubject(s, subjects);
                for (int t : subjects) {
                    parts.addAll(args.actors(s, t));
                }
                for (int t : Arguments.dependents(s, gov, "obl:with", "obl:between")) {
                    sides.add(t);
                    List<String> a = args.actors(s, t);
                    parts.addAll(a);
                    withPhrase = true;
                    // "cancelled the summit with X": the parser hangs the noun's with-phrase on the light verb.
                    ownWithPhrase |= light && !a.isEmpty();
                }
                if (!light && ADDRESSING_VERBS.contains(g.lemma().toLowerCase(Locale.ROOT))) {
                    for (int t : Arguments.dependents(s, gov, "obj", "iobj")) {
                        parts.addAll(args.actors(s, t));
                    }
                }
                if (parts.isEmpty()) {
                    parts.addAll(inheritedSubject(s, gov, args));
                }
                break;
            }
        }
        int described = describedHead(s, n);
        if (anchor < 0 && described >= 0) {
            parts.addAll(args.actors(s, described));
        }
        if (anchor < 0) {
            int clause = strandedFrameClause(s, n);
            if (clause >= 0) {
                anchor = clause;
                framed = true;
                for (int t : Arguments.dependents(s, clause, "nsubj")) {
                    parts.addAll(args.actors(s, t));
                }
            }
        }
        // "call" and "conference" need a telephone or video reading, "session" a with-phrase. The word "call" is
        // no telephone reading by itself, and "a call for talks", "a call to act" are appeals.
        if ((lemma.equals("call") && (!phoneModifier(s, n) && !withPhrase || isAppeal(s, n)))
                || (lemma.equals("conference") || lemma.equals("session")) && !withPhrase && !pressConference
                && !mentions(s, n, VIDEO_WORDS)) {
            return Optional.empty();
        }
        if (lemma.equals("conference") && Arguments.governor(s, n, "obl:via", "obl:by", "obl:over", "nmod:via") >= 0 && parts.isEmpty()) {
            return Optional.empty();
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        // "said in the meeting", "joined the talks": a reference back to a meeting told elsewhere. An indefinite
        // frame ("spoke during a news conference", "took part in a forum") or an unnamed other side
        // ("after a meeting with community leaders") tells a meeting of its own, attended by the clause's subject.
        boolean newMeeting = !definite && (lightVerb || framed && indefinite || unnamedWithPhrase);
        if (!ownParticipants && !ownWithPhrase && !newMeeting) {
            return Optional.empty();
        }
        Mode mode = lemma.equals("call") ? Mode.PHONE : mode(s, n, anchor);
        if (lemma.equals("videoconference") || lemma.equals("teleconference")) {
            mode = Mode.VIDEO;
        }
        // A rally, forum or press conference is a gathering rather than talks between the sides: kept, but less sure.
        boolean gathering = pressConference || lemma.equals("rally") || lemma.equals("forum");
        double confidence = gathering ? 0.4 : parts.size() >= 2 ? 0.75 : 0.5;
        // Whoever attends, joins or speaks at a meeting meets the others there; "their talks" are among several.
        boolean attended = anchor >= 0 && (framed || ATTENDING_VERBS.contains(s.token(anchor).lemma().toLowerCase(Locale.ROOT)));
        boolean theirs = Arguments.dependents(s, n, "nmod:poss").stream()
                .anyMatch(t -> s.token(t).word().equalsIgnoreCase("their") || s.token(t).word().equalsIgnoreCase("our"));
        boolean unnamedSide = gathering || GATHERING_NOUNS.contains(lemma) || groupSubject || attended || theirs
                || Counterparts.anySide(s, sides);
        return meeting(s, n, anchor, List.copyOf(parts), mode, args, dates, confidence, unnamedSide);
    }

    /**
     * "After a meeting with X, Y said" when a headline run into the lead breaks the parse: the prepositional phrase
     * is left hanging as a loose dependent, and the clause it frames is its sibling further on. Returns that clause's
     * verb, or -1 when the phrase is attached properly or no later sibling clause has a subject.
     */
    static int strandedFrameClause(Sentence s, int noun) {
        boolean frame = Arguments.dependents(s, noun, "case").stream()
                .anyMatch(c -> STRANDED_FRAME_WORDS.contains(s.token(c).word().toLowerCase(Locale.ROOT)));
        if (!frame) {
            return -1;
        }
        for (Dependency d : s.parents(noun)) {
            if (d.governor() < 0 || !(d.base().equals("dep") || d.base().equals("parataxis"))) {
                continue;
            }
            for (Dependency sib : s.children(d.governor())) {
                int v = sib.dependent();
                if (v > noun && s.token(v).isVerb() && (sib.base().equals("parataxis") || sib.base().equals("dep"))
                        && !Arguments.dependents(s, v, "nsubj").isEmpty()) {
                    return v;
                }
            }
        }
        return -1;
    }

    /**
     * "the Acme Palace meeting": an organisation named after the building it sits in, used as a modifier of the
     * meeting noun, tells where the meeting was, not who took part. A possessive ("the Palace's talks") still names
     * a side.
     */
    static boolean isBuildingModifier(Sentence s, int noun, int modifier, Arguments args) {
        if (s.parents(modifier).stream().noneMatch(d -> d.governor() == noun && d.base().equals("compound"))) {
            return false;
        }
        return args.entity(s, modifier).filter(e -> e.type() == EntityType.ORGANIZATION).map(e -> {
            String[] words = e.label().toLowerCase(Locale.ROOT).split("\\s+");
            return words.length >= 2 && BUILDING_WORDS.contains(words[words.length - 1]);
        }).orElse(false);
    }

    /**
     * "Ivo Ruiz, fresh from talks with Ana Soto, said": the meeting noun hangs from an adjective or participle that
     * describes a noun; that noun is returned (or -1) and its actor took part.
     */
    static int describedHead(Sentence s, int noun) {
        for (Dependency d : s.parents(noun)) {
            int g = d.governor();
            if (g < 0 || !(d.base().equals("obl") || d.base().equals("nmod"))) {
                continue;
            }
            String pos = s.token(g).pos();
            if (pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("VBG")) {
                int head = Arguments.governor(s, g, "amod", "acl", "appos");
                if (head >= 0 && s.token(head).isNoun()) {
                    return head;
                }
            }
        }
        return -1;
    }

    /**
     * "after meeting Ivo Ruiz" parsed as an adjective: the -ing form modifies the noun it should take as object,
     * inside a time frame ("after", "before"). Returns that noun, or -1.
     */
    static int framedParticipleHead(Sentence s, int verb) {
        if (!s.token(verb).pos().equals("VBG")) {
            return -1;
        }
        int head = Arguments.governor(s, verb, "amod");
        if (head < 0 || head < verb) {
            return -1;
        }
        boolean frame = Arguments.dependents(s, head, "case").stream()
                .anyMatch(c -> STRANDED_FRAME_WORDS.contains(s.token(c).word().toLowerCase(Locale.ROOT)));
        return frame ? head : -1;
    }

    /** "a phone call", "a telephone call": a telephone word modifies the call noun. */
    private static boolean phoneModifier(Sentence s, int call) {
        return Arguments.dependents(s, call, "compound", "amod").stream()
                .anyMatch(t -> PHONE_WORDS.contains(s.token(t).word().toLowerCase(Locale.ROOT)));
    }

    /** "her call for a ceasefire", "the call to leave": a call for something is an appeal, not a conversation. */
    private static boolean isAppeal(Sentence s, int call) {
        return !Arguments.dependents(s, call, "nmod:for", "acl").isEmpty();
    }

    /** "Such summits usually focus on trade": a habit or a generality, not an event. */
    private static boolean habitual(Sentence s) {
        for (Dependency root : s.children(-1)) {
            for (int a : Arguments.dependents(s, root.dependent(), "advmod")) {
                if (HABITUAL_ADVERBS.contains(s.token(a).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A meeting of {@code parts} told by the trigger, if it has a counterpart ({@link Counterparts}). */
    private Optional<Event> meeting(Sentence s, int trigger, int anchor, List<String> parts, Mode mode, Arguments args,
                                    DateResolver dates, double confidence, boolean unnamedSide) {
        EventDate date = dates.dateFor(s, trigger, anchor);
        String place = args.placeOf(s, trigger).or(() -> anchor >= 0 ? args.placeOf(s, anchor) : Optional.empty())
                .or(() -> venuePlace(s, trigger, args)).or(() -> anchor >= 0 ? venuePlace(s, anchor, args) : Optional.empty())
                .or(() -> placeNearParticipants(s, trigger, args)).orElse(null);
        if (place != null && parts.contains(place)) {
            place = null;
        }
        // A call or video link always has another end.
        if (!Counterparts.complete(parts, place, unnamedSide || mode != Mode.IN_PERSON, args.index())) {
            return Optional.empty();
        }
        Status status = EventStatus.of(s, trigger, date, dates.articleDate(), anchor);
        date = dates.forTense(s, date, status == Status.PLANNED);
        return Optional.of(new Meeting(parts, mode, status, date, place, s.token(trigger).word(), evidence(s), confidence));
    }

    /**
     * The place of a venue or gathering the event is at or during, when that is no place itself: "at the
     * Acme Summit in Oslo", "at the Oslo summit", "during a summit held in Oslo", "at the palace in Oslo".
     */
    private Optional<String> venuePlace(Sentence s, int head, Arguments args) {
        // "a summit to be held in Oslo", "talks scheduled at the palace in Oslo", "the talks were held in Oslo"
        List<Integer> clauses = new ArrayList<>(Arguments.dependents(s, head, "acl"));
        s.parents(head).stream().filter(d -> d.relation().startsWith("nsubj:pass") && d.governor() >= 0)
                .forEach(d -> clauses.add(d.governor()));
        for (int clause : clauses) {
            Optional<String> p = args.placeOf(s, clause);
            if (p.isPresent()) {
                return p;
            }
        }
        for (int venue : Arguments.dependents(s, head, "obl:at", "nmod:at", "obl:during", "nmod:during")) {
            if (args.place(s, venue).isPresent()) {
                continue;
            }
            Optional<String> p = args.placeOf(s, venue);
            for (int c : Arguments.dependents(s, venue, "compound")) {
                p = p.or(() -> args.place(s, c).filter(id -> args.index().byId(id).map(e -> e.type() != EntityType.COUNTRY).orElse(false)));
            }
            for (int clause : Arguments.dependents(s, venue, "acl")) {
                p = p.or(() -> args.placeOf(s, clause));
            }
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private Optional<String> placeNearParticipants(Sentence s, int trigger, Arguments args) {
        List<Integer> near = new ArrayList<>(Arguments.dependents(s, trigger, "obj", "obl:with", "nmod:with", "nsubj"));
        int framed = framedParticipleHead(s, trigger);
        if (framed >= 0) {
            near.add(framed);
        }
        for (int t : near) {
            Optional<String> p = args.placeOf(s, t);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private Optional<Event> verbalVisit(Sentence s, int v, Arguments args, DateResolver dates) {
        String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
        List<String> visitors = new ArrayList<>();
        for (int t : Arguments.dependents(s, v, "nsubj", "nsubj:xsubj")) {
            visitors.addAll(args.actors(s, t));
        }
        if (visitors.isEmpty()) {
            visitors.addAll(inheritedSubject(s, v, args));
        }
        String place = null;
        String host = null;
        List<Integer> targets = lemma.equals("visit") || lemma.equals("tour")
                ? Arguments.dependents(s, v, "obj")
                : Arguments.dependents(s, v, "obl:to", "obl:in", "obl:at", "obl:for");
        if (lemma.equals("come") || lemma.equals("head")) {
            targets = Arguments.dependents(s, v, "obl:to");
        }
        for (int t : targets) {
            Optional<String> p = args.place(s, t);
            if (p.isPresent() && place == null) {
                place = p.get();
            } else if (lemma.equals("visit")) {
                List<String> a = args.actors(s, t);
                if (!a.isEmpty() && host == null) {
                    host = a.get(0);
                }
            }
        }
        visitors.remove(place);
        if (!lemma.equals("visit") && !lemma.equals("tour")) {
            // "the airline flies cargo to X" is transport, not a visit: travellers are people and carry no object.
            if (!Arguments.dependents(s, v, "obj").isEmpty()) {
                return Optional.empty();
            }
            visitors.removeIf(id -> args.index().byId(id).map(e -> e.type() != EntityType.PERSON).orElse(true));
        }
        if (visitors.isEmpty() || place == null && host == null) {
            return Optional.empty();
        }
        if (host == null) {
            host = hostOf(s, v, args);
        }
        return Optional.of(visit(s, v, -1, visitors, host, place, args, dates));
    }

    private Optional<Event> nominalVisit(Sentence s, int n, Arguments args, DateResolver dates) {
        List<String> visitors = new ArrayList<>();
        for (int t : Arguments.dependents(s, n, "nmod:poss", "amod", "compound", "nmod:by")) {
            visitors.addAll(args.actors(s, t));
        }
        int anchor = -1;
        for (Dependency d : s.parents(n)) {
            if (d.governor() >= 0 && s.token(d.governor()).isVerb()) {
                anchor = d.governor();
                if (visitors.isEmpty() && (d.base().equals("obj") || d.relation().startsWith("obl:"))) {
                    for (int t : Arguments.dependents(s, anchor, "nsubj")) {
                        visitors.addAll(args.actors(s, t));
                    }
                }
                break;
            }
        }
        String place = null;
        String host = null;
        for (int t : Arguments.dependents(s, n, "nmod:to", "nmod:in")) {
            Optional<String> p = args.place(s, t);
            if (p.isPresent()) {
                place = p.get();
            } else if (!args.actors(s, t).isEmpty()) {
                host = args.actors(s, t).get(0);
            }
        }
        visitors.remove(place);
        if (visitors.isEmpty() || place == null && host == null) {
            return Optional.empty();
        }
        return Optional.of(visit(s, n, anchor, visitors, host, place, args, dates));
    }

    /** "X was in Oslo to discuss ...": presence at a place with a diplomatic purpose. */
    private Optional<Event> copularVisit(Sentence s, Arguments args, DateResolver dates) {
        for (Token t : s.tokens()) {
            Optional<String> place = args.place(s, t.index());
            if (place.isEmpty() || Arguments.dependents(s, t.index(), "cop").isEmpty()) {
                continue;
            }
            boolean purpose = false;
            for (int c : Arguments.dependents(s, t.index(), "advcl", "xcomp", "acl", "obl:for")) {
                purpose |= PURPOSE_VERBS.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))
                        || MEET_NOUNS.contains(s.token(c).lemma().toLowerCase(Locale.ROOT));
            }
            if (!purpose) {
                continue;
            }
            List<String> visitors = new ArrayList<>();
            for (int subj : Arguments.dependents(s, t.index(), "nsubj")) {
                visitors.addAll(args.actors(s, subj));
            }
            visitors.remove(place.get());
            if (!visitors.isEmpty()) {
                return Optional.of(visit(s, t.index(), -1, visitors, null, place.get(), args, dates));
            }
        }
        return Optional.empty();
    }

    private Visit visit(Sentence s, int trigger, int anchor, List<String> visitors, String host, String place,
                        Arguments args, DateResolver dates) {
        EventDate date = dates.dateFor(s, trigger, anchor);
        Status status = EventStatus.of(s, trigger, date, dates.articleDate(), anchor);
        date = dates.forTense(s, date, status == Status.PLANNED);
        return new Visit(visitors, host, status, date, place, s.token(trigger).word(), evidence(s), 0.6);
    }

    private String hostOf(Sentence s, int v, Arguments args) {
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

    private static boolean allPeople(Set<String> ids, Arguments args) {
        return ids.stream().allMatch(id -> args.index().byId(id).map(e -> e.type() == EntityType.PERSON).orElse(false));
    }

    /** The subject of a participle or infinitive clause is the subject of the verb it hangs from. */
    private List<String> inheritedSubject(Sentence s, int v, Arguments args) {
        int node = v;
        for (int hop = 0; hop < 2; hop++) {
            int gov = Arguments.governor(s, node, "advcl", "xcomp", "conj", "acl", "dep");
            if (gov < 0 && isInfinitive(s, node)) {
                // "X is due to hold talks": an infinitive complement parsed as ccomp still has X as its subject.
                gov = Arguments.governor(s, node, "ccomp");
            }
            if (gov < 0) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int t : Arguments.dependents(s, gov, "nsubj", "nsubj:pass")) {
                out.addAll(args.actors(s, t));
            }
            if (!out.isEmpty()) {
                return out;
            }
            node = gov;
        }
        return List.of();
    }

    private static boolean isInfinitive(Sentence s, int verb) {
        return Arguments.dependents(s, verb, "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"))
                && Arguments.dependents(s, verb, "nsubj", "nsubj:pass").isEmpty();
    }

    private Mode mode(Sentence s, int trigger, int... anchors) {
        if (mentions(s, trigger, VIDEO_WORDS) || anchors.length > 0 && anchors[0] >= 0 && mentions(s, anchors[0], VIDEO_WORDS)) {
            return Mode.VIDEO;
        }
        if (mentions(s, trigger, PHONE_WORDS) || anchors.length > 0 && anchors[0] >= 0 && mentions(s, anchors[0], PHONE_WORDS)) {
            return Mode.PHONE;
        }
        return Mode.IN_PERSON;
    }

    /** Whether the head, its dependents or theirs contain one of the words. */
    private static boolean mentions(Sentence s, int head, Set<String> words) {
        if (words.contains(s.token(head).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (Dependency d : s.children(head)) {
            if (words.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (d.base().equals("obl") || d.base().equals("nmod") || d.base().equals("compound") || d.base().equals("amod")) {
                for (Dependency d2 : s.children(d.dependent())) {
                    if (words.contains(s.token(d2.dependent()).word().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * One meeting told twice in an article ("X spoke with Y" in the lead and again in a quote) is one
     * event: same participants, same mode, and no conflicting date. The first telling is kept and completed.
     */
    private static List<Event> mergeRepeatedMeetings(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            int same = -1;
            if (e instanceof Meeting b) {
                for (int i = 0; i < out.size() && same < 0; i++) {
                    if (out.get(i) instanceof Meeting a && Set.copyOf(a.participants()).equals(Set.copyOf(b.participants()))
                            && a.mode() == b.mode() && compatibleStatus(a, b)
                            && (a.date() == null || b.date() == null || a.date().equals(b.date()))) {
                        same = i;
                    }
                }
            }
            if (same < 0) {
                out.add(e);
            } else {
                Meeting a = (Meeting) out.get(same);
                Meeting b = (Meeting) e;
                out.set(same, new Meeting(a.participants(), a.mode(), a.status(), a.date() != null ? a.date() : b.date(),
                        a.place() != null ? a.place() : b.place(), a.trigger(), a.evidence(), Math.max(a.confidence(), b.confidence())));
            }
        }
        return out;
    }

    /**
     * Two tellings can be one meeting when their status agrees, or when a planned meeting is later named only in
     * passing ("the summit"), which says nothing about whether it took place.
     */
    private static boolean compatibleStatus(Meeting a, Meeting b) {
        if (a.status() == b.status()) {
            return true;
        }
        Meeting weaker = a.confidence() <= b.confidence() ? a : b;
        Meeting other = weaker == a ? b : a;
        return weaker.confidence() <= 0.5 && weaker.status() == Status.OCCURRED && other.status() == Status.PLANNED;
    }

    /**
     * One event per trigger cluster: "met ... for talks" is one meeting, not two. Two triggers whose
     * counterparts differ ("will meet X on Friday and later hold talks with Y") are two meetings.
     */
    private static List<Event> mergeWithinSentence(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            boolean merged = false;
            for (int i = 0; i < out.size(); i++) {
                Event o = out.get(i);
                if (o instanceof Meeting a && e instanceof Meeting b && sameSides(a.participants(), b.participants())) {
                    out.set(i, richer(a, b));
                    merged = true;
                    break;
                }
                if (o instanceof Visit a && e instanceof Visit b && overlap(a.visitors(), b.visitors())) {
                    merged = true;
                    break;
                }
            }
            if (!merged) {
                out.add(e);
            }
        }
        return out;
    }

    /** Whether one side list contains the other: the second telling adds no new counterpart. */
    static boolean sameSides(List<String> a, List<String> b) {
        return a.containsAll(b) || b.containsAll(a);
    }

    private static boolean overlap(List<String> a, List<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    private static Meeting richer(Meeting a, Meeting b) {
        Meeting base = b.participants().size() > a.participants().size() ? b : a;
        Meeting other = base == a ? b : a;
        Set<String> parts = new LinkedHashSet<>(base.participants());
        parts.addAll(other.participants());
        Mode mode = base.mode() != Mode.IN_PERSON ? base.mode() : other.mode();
        return new Meeting(List.copyOf(parts), mode, base.status() != Status.OCCURRED ? base.status() : other.status(),
                base.date() != null ? base.date() : other.date(), base.place() != null ? base.place() : other.place(),
                base.trigger(), base.evidence(), Math.max(a.confidence(), b.confidence()));
    }

    /**
     * Links meetings and visits of neighbouring sentences that share a participant: a meeting takes the
     * visit's place, a visit takes the meeting's date and its other participant as host.
     */
    private static List<Event> connect(AnnotatedArticle doc, EntityIndex index, List<Event> events, DateResolver dates) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            // "The leaders meet this weekend": a time told but not resolved is not the date of another sentence.
            boolean ownTime = dates.hasUnresolvedTime(doc.sentences().get(doc.sentenceIndexAt(e.evidence().begin())));
            if (e.date() == null && e.status() == Status.OCCURRED && !ownTime) {
                EventDate recent = dates.recentDate(doc, doc.sentenceIndexAt(e.evidence().begin()));
                out.add(withDate(e, recent != null ? recent : dates.leadDate(doc)));
            } else {
                out.add(e);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Visit v)) {
                continue;
            }
            for (int j = 0; j < out.size(); j++) {
                if (!(out.get(j) instanceof Meeting m) || !overlap(m.participants(), v.visitors())
                        || Math.abs(doc.sentenceIndexAt(m.evidence().begin()) - doc.sentenceIndexAt(v.evidence().begin())) > 1) {
                    continue;
                }
                if (m.place() == null && v.place() != null) {
                    m = new Meeting(m.participants(), m.mode(), m.status(), m.date(), v.place(), m.trigger(), m.evidence(), m.confidence());
                    out.set(j, m);
                }
                String host = v.host();
                if (host == null) {
                    host = m.participants().stream().filter(p -> !v.visitors().contains(p))
                            .filter(p -> index.byId(p).map(e -> e.type() == EntityType.PERSON).orElse(false)).findFirst().orElse(null);
                }
                Visit nv = new Visit(v.visitors(), host, v.status(), v.date() != null ? v.date() : m.date(), v.place(),
                        v.trigger(), v.evidence(), v.confidence());
                out.set(i, nv);
            }
        }
        return out;
    }

    private static Event withDate(Event e, EventDate date) {
        if (date == null) {
            return e;
        }
        // A date carried over from elsewhere in the article is less certain than one the sentence states.
        if (e instanceof Meeting m) {
            return new Meeting(m.participants(), m.mode(), m.status(), date, m.place(), m.trigger(), m.evidence(),
                    Math.max(0.1, m.confidence() - 0.1));
        }
        if (e instanceof Visit v) {
            return new Visit(v.visitors(), v.host(), v.status(), date, v.place(), v.trigger(), v.evidence(),
                    Math.max(0.1, v.confidence() - 0.1));
        }
        return e;
    }

    private static Evidence evidence(Sentence s) {
        return new Evidence(s.text(), s.begin(), s.end());
    }
}
