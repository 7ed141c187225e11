package org.dragoman.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.EventDate;
import org.dragoman.model.Status;
import org.dragoman.nlp.Sentence;

/**
 * Where a meeting was held, from the phrases around its trigger: "met in Oslo", "talks at the Acme Lodge in Oslo",
 * "during a summit held in Oslo", "met Ivo Ruiz in Oslo".
 */
final class MeetingPlace {
    private MeetingPlace() {
    }

    /**
     * The first of: a place attached to the trigger, then to the anchor; the place of a venue or gathering at either;
     * a place attached to a participant's phrase. Null when none is.
     *
     * @param anchor the light or governing verb, or -1
     */
    private static final Set<String> MARGIN_NOUNS = WordLists.MEETING.get("margin-noun");
    private static final Set<String> VISIT_VERBS = WordLists.MEETING.get("visit-verb");
    private static final Set<String> ARRIVAL_VERBS = WordLists.MEETING.get("arrival-verb");
    /** Verbs of receiving a guest: "welcomed X to Oslo" is held in Oslo. */
    private static final Set<String> HOSTING_VERBS = WordLists.MEETING.get("hosting-verb");
    private static final Set<String> MEETING_NOUNS = WordLists.MEETING.get("meeting-noun");
    private static final Set<String> TOPIC_OBJECT_VERBS = WordLists.MEETING.get("topic-object-verb");
    private static final Set<String> OTHER_TIME_MARKS = WordLists.MEETING.get("other-time-mark");

    static String of(Arguments args, Sentence s, int trigger, int anchor) {
        return ownPlace(args, s, trigger).or(() -> anchor >= 0 ? args.placeOf(s, anchor) : Optional.empty())
                .or(() -> venuePlace(args, s, trigger)).or(() -> anchor >= 0 ? venuePlace(args, s, anchor) : Optional.empty())
                .or(() -> destination(args, s, trigger, anchor)).or(() -> welcomedTo(args, s, trigger))
                .or(() -> whereClause(args, s, trigger)).or(() -> anchor >= 0 ? whereClause(args, s, anchor) : Optional.empty())
                .or(() -> whenClause(args, s, trigger))
                .or(() -> placeNearParticipants(args, s, trigger))
                .or(() -> arrivalOfSubject(args, s, trigger)).or(() -> anchor >= 0 ? arrivalOfSubject(args, s, anchor) : Optional.empty())
                .orElse(null);
    }

    /**
     * "met on the sidelines", "the summit here", "at a hotel here" in a story datelined OSLO: the place the story is
     * told from. Only a bare margin ("on the sidelines", "on the sidelines of the summit"), not one of a gathering it
     * names ("of the Acme Forum"), which may be elsewhere. Null when neither is told or the story has no dateline.
     */
    static String scene(MeetingContext c, Sentence s, int trigger, int anchor) {
        boolean here = false;
        String gatheringToldBefore = null;
        for (int head : anchor >= 0 ? List.of(trigger, anchor) : List.of(trigger)) {
            here |= Arguments.dependents(s, head, "advmod", "obl", "nmod").stream().anyMatch(a -> s.token(a).word().equalsIgnoreCase("here"));
            List<Integer> edges = new ArrayList<>(Arguments.dependents(s, head, "obl:on", "nmod:on", "obl:at", "obl:in"));
            // "Elsewhere at the summit": the parser may hang the phrase on the adverb.
            Arguments.dependents(s, head, "advmod").forEach(a -> edges.addAll(Arguments.dependents(s, a, "obl:at", "obl:on")));
            for (int edge : edges) {
                boolean margin = MARGIN_NOUNS.contains(s.token(edge).lemma().toLowerCase(Locale.ROOT));
                // "Elsewhere at the summit, A met B": the summit the story placed before.
                List<Integer> gatherings = new ArrayList<>(margin ? Arguments.dependents(s, edge, "nmod:of") : List.of(edge));
                for (int g : gatherings) {
                    if (gatheringToldBefore == null && unnamedGathering(s, g) && Arguments.dependents(s, g, "det").stream()
                            .anyMatch(d -> s.token(d).word().equalsIgnoreCase("the"))) {
                        gatheringToldBefore = placeOfGatheringBefore(c, s, s.token(g).lemma().toLowerCase(Locale.ROOT));
                    }
                }
                // "met at a hotel here": the venue is in the place the story is told from.
                here |= Arguments.hasAdverb(s, edge, "here");
                here |= margin && Arguments.dependents(s, edge, "nmod:of").stream().allMatch(g -> unnamedGathering(s, g));
                // "on the sidelines of the Lima Dialogue forum": a gathering named after its city is held there.
                for (int g : margin ? Arguments.dependents(s, edge, "nmod:of") : List.<Integer>of()) {
                    // "the Oslo Security Conference": the city may modify a modifier.
                    List<Integer> words = new ArrayList<>(Arguments.dependents(s, g, "compound"));
                    List.copyOf(words).forEach(w -> words.addAll(Arguments.dependents(s, w, "compound")));
                    for (int w : words) {
                        Optional<String> city = c.args().place(s, w).filter(p -> p.startsWith("city/"))
                                .or(() -> cityNamed(c.index(), name -> name.equalsIgnoreCase(s.token(w).word())));
                        if (city.isPresent()) {
                            return city.get();
                        }
                    }
                    // "the Oslo Security Conference" tagged whole: a city the article names elsewhere opens its name.
                    Optional<String> opening = c.args().entity(s, g).filter(e -> e.type() == EntityType.ORGANIZATION)
                            .flatMap(e -> cityNamed(c.index(), name -> e.label().toLowerCase(Locale.ROOT)
                                    .startsWith(name.toLowerCase(Locale.ROOT) + " ")));
                    if (opening.isPresent()) {
                        return opening.get();
                    }
                }
            }
        }
        String dateline = here ? DatelinePlace.of(c.doc(), c.index()).orElse(null) : null;
        return dateline != null ? dateline : gatheringToldBefore;
    }

    /**
     * The city of the nearest gathering of the same noun told before sentence {@code s} with a place of its own ("the
     * Acme Summit in Lima", "the Lima summit"); null when the nearest has none, or none was told.
     */
    private static String placeOfGatheringBefore(MeetingContext c, Sentence s, String lemma) {
        for (int i = s.index() - 1; i >= 0; i--) {
            Sentence before = c.doc().sentences().get(i);
            for (int t = before.tokens().size() - 1; t >= 0; t--) {
                if (!before.token(t).lemma().equalsIgnoreCase(lemma)) {
                    continue;
                }
                final int g = t;
                Optional<String> place = c.args().placeOf(before, g);
                for (int w : Arguments.dependents(before, g, "compound")) {
                    place = place.or(() -> c.args().place(before, w));
                }
                return place.filter(p -> c.index().byId(p).map(e -> e.type() == EntityType.CITY).orElse(false)).orElse(null);
            }
        }
        return null;
    }

    /** The article's city one of whose names (label or alias) passes {@code test}, if any. */
    private static Optional<String> cityNamed(EntityIndex index, java.util.function.Predicate<String> test) {
        return index.entities().stream().filter(e -> e.type() == EntityType.CITY
                        && java.util.stream.Stream.concat(java.util.stream.Stream.of(e.label()), e.aliases().stream()).anyMatch(test))
                .map(Entity::id).findFirst();
    }

    /**
     * "Ana Soto received Ivo Ruiz today" in a story datelined from the capital of the country Ana Soto holds office of:
     * a meeting of two or more with no place told, held on the story's day or the day before, is where the reporter
     * is; so is one told with no date. Null when the meeting lies further back or ahead, no side is at home there, or
     * the story has no dateline.
     */
    static String hostAtHome(MeetingContext c, List<String> parts, StatusAndDate when) {
        LocalDate published = c.doc().article().date();
        // A host receives someone: one side alone is no reception, and a place would make it look complete.
        if (published == null || parts.size() < 2 || when.status() != Status.OCCURRED
                || when.date() != null && when.date().precision() != EventDate.Precision.DAY) {
            return null;
        }
        // "Ana Soto, who received the two envoys separately": told with no date at all, it is the story's own news.
        long daysBefore = when.date() == null ? 0 : ChronoUnit.DAYS.between(LocalDate.parse(when.date().iso()), published);
        if (daysBefore < 0 || daysBefore > 1) {
            return null;
        }
        return DatelinePlace.of(c.doc(), c.index())
                .filter(place -> parts.stream().anyMatch(p -> VerbalVisitRule.home(c.args(), p, place))).orElse(null);
    }

    /** "the summit", "the meeting": a gathering noun that names nothing, no proper noun beside it. */
    private static boolean unnamedGathering(Sentence s, int g) {
        return MEETING_NOUNS.contains(s.token(g).lemma().toLowerCase(Locale.ROOT)) && !s.token(g).isProperNoun()
                && Arguments.dependents(s, g, "compound", "amod", "nmod:poss").stream().noneMatch(m -> s.token(m).isProperNoun()
                || s.token(m).ner().matches("NATIONALITY|ORGANIZATION|COUNTRY"));
    }

    /** "travelled to Oslo, where she met Ivo Ruiz": the place a where-clause hangs on. */
    private static Optional<String> whereClause(Arguments args, Sentence s, int head) {
        int node = head;
        // "Quito, where he held talks with A and had tea with B": a verb joined to the clause's verb shares its where.
        int joinedTo = Arguments.governor(s, head, "conj");
        if (joinedTo >= 0 && Arguments.hasAdverb(s, joinedTo, "where")) {
            node = joinedTo;
        }
        boolean where = Arguments.hasAdverb(s, node, "where");
        // The clause may be the meeting verb's own or that of the verb governing it ("where she is expected to meet").
        for (int hop = 0; hop < 2 && !where; hop++) {
            int gov = Arguments.governor(s, node, "xcomp", "ccomp");
            if (gov < 0) {
                return Optional.empty();
            }
            node = gov;
            where = Arguments.hasAdverb(s, node, "where");
        }
        int placeToken = where ? Arguments.governor(s, node, "acl:relcl") : -1;
        // The clause hangs on the place itself, or on a gathering held there ("the summit in Geneva, where ...").
        return placeToken < 0 ? Optional.empty() : args.place(s, placeToken).or(() -> args.placeOf(s, placeToken));
    }

    /**
     * "The talks took place in Oslo in July, when Ana Soto received Ivo Ruiz": a when-clause happens where the event
     * whose time it tells did, also when the parser hangs it on that time.
     */
    private static Optional<String> whenClause(Arguments args, Sentence s, int trigger) {
        boolean when = Arguments.dependents(s, trigger, "advmod", "mark").stream().anyMatch(a -> s.token(a).word().equalsIgnoreCase("when"));
        int frame = when ? Arguments.governor(s, trigger, "acl:relcl", "advcl") : -1;
        if (frame >= 0 && s.token(frame).ner().equals("DATE")) {
            frame = s.parents(frame).stream().filter(d -> d.governor() >= 0 && (d.base().equals("obl") || d.base().equals("nmod")))
                    .mapToInt(org.dragoman.nlp.Dependency::governor).findFirst().orElse(-1);
        }
        return frame < 0 ? Optional.empty() : args.placeOf(s, frame);
    }

    /** "welcomed Ivo Ruiz to Oslo": a host receives a guest where the guest is brought. */
    private static Optional<String> welcomedTo(Arguments args, Sentence s, int trigger) {
        return HOSTING_VERBS.contains(s.token(trigger).lemma().toLowerCase(Locale.ROOT)) ? args.placeTo(s, trigger) : Optional.empty();
    }

    /**
     * "flew to Oslo for talks": a meeting that is a trip's purpose is held where the trip goes; "after talks with X,
     * flew to Oslo" left the meeting behind.
     */
    private static Optional<String> destination(Arguments args, Sentence s, int trigger, int anchor) {
        if (anchor < 0 || !VISIT_VERBS.contains(s.token(anchor).lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Arguments.inAfterPhrase(s, trigger, anchor) ? Optional.empty() : args.placeTo(s, anchor);
    }

    /**
     * The place of a venue or gathering the event is at, during or in, when that is no place itself: "at the
     * Acme Summit in Oslo", "at the Oslo summit", "during a summit held in Oslo", "at the palace in Oslo", "in a
     * session in Oslo".
     */
    private static Optional<String> venuePlace(Arguments args, Sentence s, int head) {
        // "a summit to be held in Oslo", "talks scheduled at the palace in Oslo", "the talks were held in Oslo"
        // A relative clause of travel tells another trip ("talks with Ivo Ruiz, who visited him in Lima in 2019").
        // A clause of another time tells another event ("their first meeting since Ivo Ruiz flew to Lima").
        List<Integer> clauses = new ArrayList<>(Arguments.dependents(s, head, "acl").stream().filter(c -> !(Arguments.governor(s, c, "acl:relcl") >= 0
                && VISIT_VERBS.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))) && !ofAnotherTime(s, c)).toList());
        // "the negotiations concluded in Lima", "talks began in Oslo": where the meeting did what its verb tells.
        s.parents(head).stream().filter(d -> d.relation().startsWith("nsubj") && d.governor() >= 0)
                .forEach(d -> clauses.add(d.governor()));
        for (int clause : clauses) {
            Optional<String> p = args.placeOf(s, clause);
            if (p.isPresent()) {
                return p;
            }
        }
        // "hosted Ivo Ruiz for talks in Oslo": the place of the talks that are the verb's purpose.
        for (int purpose : Arguments.dependents(s, head, "obl:for", "nmod:for")) {
            if (MEETING_NOUNS.contains(s.token(purpose).lemma().toLowerCase(Locale.ROOT))) {
                Optional<String> p = args.placeOf(s, purpose);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        // "on the sidelines of the Group of 20 summit in Rome": the place of the gathering at whose edge they met. The
        // parser may hang the edge on a duration ("met for an hour on the sidelines of") and the place on the edge
        // ("on the margins of the Acme Assembly in Oslo").
        List<Integer> edges = new ArrayList<>(Arguments.dependents(s, head, "obl:on", "nmod:on"));
        // "met X and then Y, on the sidelines of ...": the parser may hang the edge on the second one met.
        for (int other : Arguments.dependents(s, head, "conj")) {
            if (s.token(other).isNoun()) {
                edges.addAll(Arguments.dependents(s, other, "nmod:on"));
            }
        }
        for (int duration : Arguments.dependents(s, head, "obl:for", "nmod:for")) {
            edges.addAll(Arguments.dependents(s, duration, "nmod:on"));
        }
        for (int edge : edges) {
            if (MARGIN_NOUNS.contains(s.token(edge).lemma().toLowerCase(Locale.ROOT))) {
                Optional<String> own = args.placeOf(s, edge);
                if (own.isPresent()) {
                    return own;
                }
            }
            int node = edge;
            for (int hop = 0; hop < 2 && MARGIN_NOUNS.contains(s.token(edge).lemma().toLowerCase(Locale.ROOT)); hop++) {
                List<Integer> of = Arguments.dependents(s, node, "nmod:of");
                if (of.isEmpty()) {
                    break;
                }
                node = of.get(0);
                Optional<String> p = args.placeOf(s, node);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        List<Integer> venues = new ArrayList<>(Arguments.dependents(s, head, "obl:at", "nmod:at", "obl:during", "nmod:during"));
        // "met in an emergency session in Oslo": a meeting the verb is held in.
        Arguments.dependents(s, head, "obl:in", "nmod:in").stream()
                .filter(v -> MEETING_NOUNS.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))).forEach(venues::add);
        // "have not met since a summit in Lima": the last meeting, which LastMeeting dates, was held there.
        if (Arguments.negated(s, head)) {
            Arguments.dependents(s, head, "obl:since").stream()
                    .filter(v -> MEETING_NOUNS.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))).forEach(venues::add);
        }
        // "spoke in a corridor in Brussels", "met in a hotel in Lima": a room or building the verb is in, in a city.
        Arguments.dependents(s, head, "obl:in").stream()
                .filter(v -> !venues.contains(v) && s.token(v).isNoun() && !s.token(v).isProperNoun() && args.place(s, v).isEmpty()
                        && args.placeOf(s, v).map(p -> args.index().byId(p).map(e -> e.type() == EntityType.CITY).orElse(false))
                        .orElse(false))
                .forEach(venues::add);
        for (int venue : venues) {
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

    /**
     * The place attached to the trigger, unless the trigger is a verb of talking about something and the phrase
     * follows its object: "discussed trade and the situation in Zenda", where the parser may hang "in Zenda" on
     * the verb, tells the topic's place.
     */
    private static Optional<String> ownPlace(Arguments args, Sentence s, int trigger) {
        Optional<String> p = args.placeOf(s, trigger);
        if (p.isEmpty() || !TOPIC_OBJECT_VERBS.contains(s.token(trigger).lemma().toLowerCase(Locale.ROOT))) {
            return p;
        }
        Set<Integer> topic = new java.util.HashSet<>();
        Arguments.dependents(s, trigger, "obj").forEach(o -> topic.addAll(Arguments.subtree(s, o, Set.of())));
        for (int phrase : Arguments.dependents(s, trigger, "obl:in", "obl:at")) {
            int opening = Arguments.subtree(s, phrase, Set.of()).stream().mapToInt(Integer::intValue).min().orElse(phrase);
            if (topic.contains(opening - 1) && args.place(s, phrase).equals(p)) {
                return Optional.empty();
            }
        }
        return p;
    }

    /**
     * "Ana Soto, who arrived in Lima on Monday, held talks with Ivo Ruiz": a meeting whose subject had just come to a
     * place is held there. Only verbs of arrival: "who visited Lima in 2019" may tell an older trip.
     */
    private static Optional<String> arrivalOfSubject(Arguments args, Sentence s, int head) {
        for (int subject : Arguments.dependents(s, head, "nsubj")) {
            for (int clause : Arguments.dependents(s, subject, "acl:relcl")) {
                if (ARRIVAL_VERBS.contains(s.token(clause).lemma().toLowerCase(Locale.ROOT))) {
                    Optional<String> p = args.placeOf(s, clause);
                    if (p.isPresent()) {
                        return p;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A clause opened by "since", "before", "until" or the like, which sets another event beside this one. */
    private static boolean ofAnotherTime(Sentence s, int clause) {
        return Arguments.dependents(s, clause, "mark").stream()
                .anyMatch(m -> OTHER_TIME_MARKS.contains(s.token(m).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * "met Ivo Ruiz in Oslo" parsed with the place on the object: the place of a participant's phrase, or of the
     * members a gathering noun names.
     */
    private static Optional<String> placeNearParticipants(Arguments args, Sentence s, int trigger) {
        // "discussed the situation in Ruritania": the object of a verb of talking is its topic, and the topic's place no venue.
        boolean topicObject = TOPIC_OBJECT_VERBS.contains(s.token(trigger).lemma().toLowerCase(Locale.ROOT));
        List<Integer> near = new ArrayList<>(topicObject ? List.of() : Arguments.dependents(s, trigger, "obj", "iobj"));
        near.addAll(Arguments.dependents(s, trigger, "obl:with", "nmod:with", "nmod:between", "obl:between", "nsubj"));
        // "hosted a summit of Acme leaders in Lima": the parser may hang the place on the gathering's members.
        if (s.token(trigger).isNoun()) {
            near.addAll(Arguments.dependents(s, trigger, "nmod:of"));
        }
        int framed = BackgroundClauses.framedParticipleHead(s, trigger);
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
}
