package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.EventDate;
import org.dragoman.model.Visit;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Visits told by a noun: "Ana Soto's trip to Oslo", "a visit by Ana Soto to Oslo", "Ana Soto began a tour of
 * Norway" (the subject of the verb the noun is object of travels), "Ana Soto is on a visit to Oslo" (the subject of
 * the copula), "Ana Soto led a delegation to Oslo" (the leader of a group sent there). A visit needs a visitor and a
 * place or host.
 */
final class NominalVisitRule implements MeetingRule {
    private static final Set<String> VISIT_NOUNS = WordLists.MEETING.get("visit-noun");
    /** Relative pronouns that stand for the noun a clause describes ("a tour that will include ..."). */
    private static final Set<String> RELATIVES = Set.of("that", "which");
    /** Groups sent somewhere, whose leader travels: "led a delegation to Oslo". */
    private static final Set<String> LED_GROUP_NOUNS = WordLists.MEETING.get("led-group-noun");
    private static final Set<String> JUDGING_VERBS = WordLists.MEETING.get("judging-verb");
    private static final Set<String> VISIT_VERBS = WordLists.MEETING.get("visit-verb");
    private static final Set<String> MEETING_NOUNS = WordLists.MEETING.get("meeting-noun");
    private static final Set<String> WELCOMING_VERBS = WordLists.MEETING.get("welcoming-verb");
    /** Days in a span that counts a trip back from a clause's day ("a week after his trip"), and small counts of them. */
    private static final java.util.Map<String, Integer> SPAN_DAYS = java.util.Map.of("day", 1, "week", 7, "month", 30);
    private static final java.util.Map<String, Integer> SMALL_NUMBERS = java.util.Map.of("one", 1, "two", 2, "three", 3, "four", 4);

    @Override
    public int priority() {
        return 50;
    }

    @Override
    public boolean triggers(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return t.isNoun() && (VISIT_NOUNS.contains(lemma) || LED_GROUP_NOUNS.contains(lemma));
    }

    /**
     * Whether the visit noun names no one with a name or pronoun of its own ("her trip", "Soto's visit"); a by-phrase
     * names its traveller even as a common noun ("a visit by a trade delegation").
     */
    private static boolean namesNobody(Sentence s, int n) {
        return Arguments.dependents(s, n, "nmod:by").isEmpty() && Arguments.dependents(s, n, "nmod:poss", "compound", "amod").stream()
                .noneMatch(t -> s.token(t).isProperNoun() || s.token(t).isPronoun());
    }

    /**
     * Whether trip noun {@code n} is what a trip includes: "the tour will include stops in A and B", "a tour that will
     * include stops ..." (the object of a verb whose subject is a trip noun or the relative standing for one).
     */
    private static boolean includedInTrip(Sentence s, int n) {
        for (Dependency d : s.parents(n)) {
            if (!d.base().equals("obj") || d.governor() < 0) {
                continue;
            }
            for (int subject : Arguments.dependents(s, d.governor(), "nsubj")) {
                if (VISIT_NOUNS.contains(lemma(s, subject)) || RELATIVES.contains(s.token(subject).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The verb before the noun whose object the noun is, when the parser made the noun the subject of a participle
     * after it instead ("called off a visit planned for May" as "called off [a visit planned ...]"): a verb without an
     * object of its own, and no verb of reporting, that has the participle's clause as complement; -1 when the parse is
     * not of that shape.
     */
    private static int objectMisreadAsSubject(VerbLexicon verbs, Sentence s, int n) {
        for (Dependency d : s.parents(n)) {
            int participle = d.governor();
            if (!d.relation().equals("nsubj") || participle <= n || !s.token(participle).pos().matches("VBN|VBD")) {
                continue;
            }
            int verb = Arguments.governor(s, participle, "ccomp", "xcomp", "dep");
            // "His office said a visit planned for May had been postponed": one who reports a trip need not make it
            // ("called off a visit" is no report: the particle makes another verb).
            boolean reporting = verb >= 0 && verbs.isCue(s.token(verb).lemma().toLowerCase(Locale.ROOT)) && !phrasal(s, verb);
            if (verb >= 0 && verb < n && s.token(verb).isVerb() && Arguments.dependents(s, verb, "obj").isEmpty() && !reporting) {
                return verb;
            }
        }
        return -1;
    }

    /**
     * The named person subject of the verb that trip noun {@code n} is an oblique of (or a description of, after a
     * comma; or counted from, by a span of time), when the trip's possessor is "his" or "her" and that subject fits the
     * pronoun's gender as far as the article tells; empty otherwise.
     */
    private static List<String> possessiveOfSubject(Arguments args, Sentence s, int n) {
        boolean pronoun = Arguments.dependents(s, n, "nmod:poss").stream().anyMatch(p -> s.token(p).word().matches("(?i)his|her"));
        int verb = s.parents(n).stream().filter(d -> d.relation().startsWith("obl:") && d.governor() >= 0 && s.token(d.governor()).isVerb())
                .mapToInt(Dependency::governor).findFirst().orElse(-1);
        // "held talks with X in Lima on Thursday, his first visit to Peru": a description of the clause after a comma,
        // which the parser may make a second object.
        int possessor = Arguments.dependents(s, n, "nmod:poss").stream().findFirst().orElse(-1);
        boolean described = possessor > 0 && s.token(possessor - 1).word().equals(",");
        if (verb < 0 && described) {
            verb = s.parents(n).stream().filter(d -> d.base().matches("obj|appos") && d.governor() >= 0 && d.governor() < n
                    && s.token(d.governor()).isVerb()).mapToInt(Dependency::governor).findFirst().orElse(-1);
            // Or set beside the clause's object ("held talks ..., his first visit").
            int beside = Arguments.governor(s, n, "appos");
            if (verb < 0 && beside >= 0 && beside < n) {
                verb = Arguments.governor(s, beside, "obj");
            }
        }
        // "met X on Thursday, barely a week after his trip to Lima": through the span of time the trip is counted from.
        int span = Arguments.governor(s, n, "nmod:after", "nmod:before");
        if (verb < 0 && span >= 0 && s.token(span).isNoun()) {
            verb = s.parents(span).stream().filter(d -> d.base().equals("obl") && d.governor() >= 0 && s.token(d.governor()).isVerb())
                    .mapToInt(Dependency::governor).findFirst().orElse(-1);
        }
        if (!pronoun || verb < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int t : Arguments.dependents(s, verb, "nsubj")) {
            args.namedPerson(s, t).ifPresent(e -> out.add(e.id()));
        }
        return out.size() == 1 ? out : List.of();
    }

    /**
     * The verbs of taking ("take", "bring") of a relative clause on trip noun {@code n}: "a tour that took her to Lima",
     * however the parser hung the clause (on the noun, or on the verb above with "that" as its subject a few words after
     * the noun: "an Asia trip next week that will take him to Quito").
     */
    private static List<Integer> takingClauses(Sentence s, int n) {
        List<Integer> out = new ArrayList<>();
        for (Token v : s.tokens()) {
            if (!v.isVerb() || !lemma(s, v.index()).matches("take|bring")) {
                continue;
            }
            boolean relative = Arguments.governor(s, v.index(), "acl:relcl") == n || Arguments.dependents(s, v.index(), "nsubj").stream()
                    .anyMatch(w -> w > n && w <= n + 3 && s.token(w).word().matches("(?i)that|which"));
            if (relative) {
                out.add(v.index());
            }
        }
        return out;
    }

    /** Whether verb {@code v} has a particle, which makes another verb of it ("call off" is neither "call" nor a report). */
    private static boolean phrasal(Sentence s, int v) {
        return !Arguments.dependents(s, v, "compound:prt").isEmpty();
    }

    /** Whether a span of time modifies noun {@code n}: "a four-day mission". */
    private static boolean sentForSpan(Sentence s, int n) {
        return Arguments.dependents(s, n, "compound", "amod").stream().anyMatch(k -> s.token(k).ner().equals("DURATION"));
    }

    private static String lemma(Sentence s, int t) {
        return s.token(t).lemma().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<Event> read(MeetingContext c, Sentence s, int n) {
        Arguments args = c.args();
        // "the Acme Support Mission in Zenda": a group noun that ends a body's name is the body, sent nowhere.
        if (Character.isUpperCase(s.token(n).word().charAt(0)) && LED_GROUP_NOUNS.contains(lemma(s, n))
                && args.entity(s, n).map(e -> e.type() == EntityType.ORGANIZATION).orElse(false)) {
            return List.of();
        }
        // "Western visits to Zenda change nothing", "such trips": a plural trip noun that names nobody tells no one trip.
        if (s.token(n).pos().equals("NNS") && namesNobody(s, n) && !includedInTrip(s, n)) {
            return List.of();
        }
        List<String> visitors = new ArrayList<>();
        // "his Quito visit": a city or country before the noun is where the trip goes, not who makes it.
        List<String> compoundPlaces = new ArrayList<>();
        for (int t : Arguments.dependents(s, n, "nmod:poss", "amod", "compound", "nmod:by")) {
            Optional<String> destination = s.parents(t).stream().anyMatch(d -> d.governor() == n && d.relation().equals("compound"))
                    ? args.place(s, t).filter(p -> args.index().byId(p).map(e -> e.type() == EntityType.CITY
                    || e.type() == EntityType.COUNTRY).orElse(false)) : Optional.empty();
            if (destination.isPresent()) {
                compoundPlaces.add(destination.get());
            } else {
                visitors.addAll(args.actors(s, t));
            }
        }
        // "referred to the visit of Ana Soto to Lima": the one the visit is of makes it, not whoever mentions it.
        for (int t : Arguments.dependents(s, n, "nmod:of")) {
            args.actors(s, t).stream().filter(id -> args.index().byId(id).map(e -> e.type() == EntityType.PERSON
                    || e.type() == EntityType.ORGANIZATION).orElse(false)).filter(id -> !visitors.contains(id)).forEach(visitors::add);
        }
        // "X met Y in Lima on his first trip to Ruritania": "his" trip, a phrase of the verb, is its subject's, whatever
        // coreference made of the pronoun.
        List<String> subjectsTrip = possessiveOfSubject(args, s, n);
        if (!subjectsTrip.isEmpty()) {
            visitors.clear();
            visitors.addAll(subjectsTrip);
        }
        // "discussed the Ruritanian PM's Lima visit": a trip owned by someone the words do not name is not the
        // clause subject's.
        boolean ownedByUnnamed = Arguments.dependents(s, n, "nmod:poss").stream()
                .anyMatch(p -> !s.token(p).isPronoun() && args.actors(s, p).isEmpty());
        int anchor = -1;
        for (Dependency d : s.parents(n)) {
            if (d.governor() >= 0 && s.token(d.governor()).isVerb()) {
                anchor = d.governor();
                // "Ivo Ruiz called the visit a provocation": one who judges a trip is no traveller ("called off the
                // visit" is no judgement).
                boolean judged = d.base().equals("obj") && JUDGING_VERBS.contains(lemma(s, anchor)) && !phrasal(s, anchor);
                // "X received Y in Lima, a visit that drew criticism": a trip that describes a reception is the guest's.
                boolean reception = d.relation().equals("obl:npmod") && WELCOMING_VERBS.contains(lemma(s, anchor));
                if (visitors.isEmpty() && reception) {
                    Arguments.dependents(s, anchor, "obj").forEach(t -> visitors.addAll(args.actors(s, t)));
                }
                if (visitors.isEmpty() && !judged && !ownedByUnnamed && (d.base().equals("obj") || d.relation().startsWith("obl:"))) {
                    for (int t : Arguments.dependents(s, anchor, "nsubj")) {
                        visitors.addAll(args.actors(s, t));
                        // "Ana Soto is on a tour that will include stops in Lima": the tour's traveller stops.
                        if (visitors.isEmpty() && VISIT_NOUNS.contains(lemma(s, t))) {
                            Arguments.dependents(s, t, "nsubj", "nmod:poss").forEach(x -> visitors.addAll(args.actors(s, x)));
                            if (visitors.isEmpty()) {
                                visitors.addAll(args.lastTraveller(s, t));
                            }
                        }
                    }
                    // "Ana Soto made a brief trip to Lima" with the verb left without its subject by the parser;
                    // "Ana Soto, speaking on arrival in Lima, said": a participle's subject is its clause's.
                    boolean arrivalPhrase = d.relation().equals("obl:on") && lemma(s, n).equals("arrival");
                    // "Speaking during a visit to Lima, Ana Soto said": so is a trip that frames the participle.
                    boolean participleTrip = d.relation().matches("obl:(during|on|in)") && s.token(anchor).pos().equals("VBG");
                    if (visitors.isEmpty() && (d.base().equals("obj") || arrivalPhrase || participleTrip)
                            && Arguments.dependents(s, anchor, "nsubj", "expl").isEmpty()) {
                        visitors.addAll(InheritedSubjects.of(args, s, anchor));
                    }
                }
                break;
            }
        }
        if (visitors.isEmpty() && !Arguments.dependents(s, n, "cop").isEmpty()) {
            // "Ana Soto is on a three-day visit to Oslo": the subject of the copula travels.
            for (int t : Arguments.dependents(s, n, "nsubj")) {
                visitors.addAll(args.actors(s, t));
            }
            // "Ana Soto, who is on a state visit to Oslo, met ...": the relative clause's subject is the noun it describes.
            int described = Arguments.governor(s, n, "acl:relcl");
            if (visitors.isEmpty() && described >= 0) {
                visitors.addAll(args.actors(s, described));
            }
        }
        // "Ana Soto called off a visit to Lima planned for May": the parser may make the noun the subject of the
        // participle after it, in a clause of the verb whose object it is; that verb's subject travels.
        // "follows a visit to Peru, where Ana Soto met Ivo Ruiz": who acts in the where-clause of the destination made
        // the trip, at the clause's time.
        // A country the clause above inherited is no traveller beside a person the where-clause names.
        boolean noPerson = visitors.stream().noneMatch(args::isPerson);
        for (int to : noPerson ? Arguments.dependents(s, n, "nmod:to") : List.<Integer>of()) {
            for (int clause : Arguments.dependents(s, to, "acl:relcl")) {
                boolean where = Arguments.dependents(s, clause, "advmod").stream()
                        .anyMatch(a -> s.token(a).word().equalsIgnoreCase("where"));
                List<String> actors = new ArrayList<>();
                Arguments.dependents(s, clause, "nsubj").forEach(t -> args.actors(s, t).stream().filter(args::isPerson).forEach(actors::add));
                if (where && !actors.isEmpty() && noPerson) {
                    visitors.clear();
                    visitors.addAll(actors);
                    anchor = clause;
                    noPerson = false;
                }
            }
        }
        int misread = visitors.isEmpty() ? objectMisreadAsSubject(args.verbs(), s, n) : -1;
        if (misread >= 0) {
            anchor = misread;
            for (int t : Arguments.dependents(s, misread, "nsubj")) {
                visitors.addAll(args.actors(s, t));
            }
            // "X, whose government ..., called off a visit": the parser may root the sentence at the name and leave the
            // verb without a subject; the named person it is rooted at acts.
            boolean subjectless = Arguments.dependents(s, misread, "nsubj").isEmpty();
            for (Dependency root : s.children(-1)) {
                int r = root.dependent();
                if (visitors.isEmpty() && r < misread && subjectless && s.token(r).isProperNoun()) {
                    args.namedPerson(s, r).ifPresent(e -> visitors.add(e.id()));
                }
            }
        }
        // "The tour ends in Quito", "A planned trip to Kherson was called off": a visit noun that names nobody, as
        // its clause's subject, is the trip of the one person last told travelling ("sponsored a congressional trip",
        // "the play will make stops in X" tell other travellers).
        if (visitors.isEmpty() && namesNobody(s, n) && s.parents(n).stream().anyMatch(d -> d.relation().matches("nsubj|nsubj:pass"))) {
            visitors.addAll(args.lastTraveller(s, n));
        }
        // "Ana Soto, in Lima on a two-day visit, met ...": the place the visit hangs on is where the clause's subject
        // stays.
        int stay = Arguments.governor(s, n, "nmod:on");
        Optional<String> stayPlace = stay >= 0 ? args.place(s, stay) : Optional.empty();
        int stayVerb = stayPlace.isPresent() ? Arguments.governor(s, stay, "obl") : -1;
        if (visitors.isEmpty() && stayVerb >= 0 && s.token(stayVerb).isVerb()) {
            anchor = stayVerb;
            for (int t : Arguments.dependents(s, stayVerb, "nsubj")) {
                visitors.addAll(args.actors(s, t));
            }
        }
        String place = visitors.isEmpty() || stayVerb < 0 ? null : stayPlace.orElse(null);
        String host = null;
        // "a visit to Egypt and Jordan": a visit to each place named, as with "travelled to Egypt and Jordan".
        List<String> places = new ArrayList<>();
        // "on arrival at Lima airport": where one arrives, or the place of the site one arrives at.
        String[] destinations = lemma(s, n).equals("arrival") ? new String[] {"nmod:to", "nmod:in", "nmod:at"} : new String[] {"nmod:to", "nmod:in"};
        for (int t : Arguments.dependents(s, n, destinations)) {
            Optional<String> p = args.place(s, t).or(() -> args.placeOfSite(s, t));
            if (p.isPresent()) {
                places.add(p.get());
            } else if (!args.actors(s, t).isEmpty()) {
                host = args.actors(s, t).get(0);
            }
        }
        // "her first trip as president to Quito": the parser hangs the destination on the role.
        for (int role : places.isEmpty() && host == null ? Arguments.dependents(s, n, "nmod:as") : List.<Integer>of()) {
            for (int t : Arguments.dependents(s, role, "nmod:to")) {
                args.place(s, t).filter(p -> !places.contains(p)).ifPresent(places::add);
            }
        }
        if (places.isEmpty() && place == null && host == null && anchor >= 0) {
            // "paid a state visit to Japan", "a tour that will take him to Quito and Lima": the parser hangs the
            // destinations on the verb.
            for (int to : Arguments.dependents(s, anchor, "obl:to")) {
                // "paid a visit to the agency's headquarters in Langley": the place of the site visited.
                args.place(s, to).or(() -> args.placeOfSite(s, to)).ifPresent(places::add);
            }
        }
        // "returned from a tour that took her to Quito and Lima": the relative clause's verb of taking names the places,
        // and whom it took travels if the noun names nobody else.
        for (int taking : place == null && host == null && places.isEmpty() ? takingClauses(s, n) : List.<Integer>of()) {
            if (places.isEmpty()) {
                for (int to : Arguments.dependents(s, taking, "obl:to")) {
                    args.place(s, to).ifPresent(places::add);
                }
                if (visitors.isEmpty() && !places.isEmpty()) {
                    Arguments.dependents(s, taking, "obj").forEach(o -> visitors.addAll(args.actors(s, o)));
                }
            }
        }
        if (places.isEmpty() && host == null) {
            places.addAll(compoundPlaces);
        }
        if (place == null && !places.isEmpty()) {
            place = places.get(0);
        }
        if (place == null && host == null && anchor >= 0 && !visitors.isEmpty()) {
            // "was welcomed in Rabat by Ivo Ruiz for a one-day visit": where the verb the visit hangs from happened.
            place = args.placeOf(s, anchor).orElse(null);
            // "held talks with X in Lima during a state visit": where the meeting the verb holds was.
            // Only a visit of no one named that frames the verb: "his trip" may be another's, by a misread pronoun.
            final int holder = anchor;
            boolean framing = Arguments.dependents(s, n, "nmod:poss").isEmpty()
                    && s.parents(n).stream().anyMatch(d -> d.governor() == holder && d.relation().equals("obl:during"));
            for (int held : place == null && framing ? Arguments.dependents(s, anchor, "obj") : List.<Integer>of()) {
                if (place == null && MEETING_NOUNS.contains(lemma(s, held))) {
                    place = args.placeOf(s, held).orElse(null);
                }
            }
        }
        // "made a stop in Lima", "a tour that will include stops in Lima", "added (or dropped) a stop in Lima" are
        // visits; "pointed to a stop in Lima" tells nobody's.
        // "arrived in Quito after a stop in Lima": a stop before or after the journey of a verb of travel is its traveller's.
        final int verb = anchor;
        boolean onTheWay = verb >= 0 && VISIT_VERBS.contains(lemma(s, verb))
                && s.parents(n).stream().anyMatch(d -> d.governor() == verb && d.relation().matches("obl:(after|before)"));
        if (lemma(s, n).matches("stop|stopover") && !onTheWay
                && (anchor < 0 || !lemma(s, anchor).matches("make|include|add|drop|cancel|scrap|postpone")
                || Arguments.dependents(s, anchor, "obj").stream().noneMatch(o -> o == n))) {
            return List.of();
        }
        // "led a delegation to Oslo": a group travels with its leader; "the delegation met" tells no trip. A group
        // sent for a span of time is its subject's trip: "ended a four-day mission to Lima".
        if (LED_GROUP_NOUNS.contains(lemma(s, n)) && !sentForSpan(s, n) && (anchor < 0 || !lemma(s, anchor).matches("lead|head")
                || Arguments.dependents(s, anchor, "obj").stream().noneMatch(o -> o == n))) {
            return List.of();
        }
        // "paid a visit to Lima, accompanied by Ivo Ruiz": fellow travellers of a traveller the visit names.
        if (!visitors.isEmpty() && anchor >= 0) {
            for (int t : VerbalVisitRule.accompanying(s, anchor)) {
                args.actors(s, t).stream().filter(id -> !visitors.contains(id)).forEach(visitors::add);
            }
        }
        visitors.remove(place);
        List<String> holders = officeHoldersForCountries(args.index(), s, visitors);
        visitors.clear();
        visitors.addAll(holders);
        // "Ana Soto and Peruvian President Ivo Ruiz met, during Soto's first visit to Lima": its host travels nowhere.
        String there = place;
        if (there != null && visitors.stream().anyMatch(v -> !VerbalVisitRule.home(args, v, there))) {
            visitors.removeIf(v -> VerbalVisitRule.home(args, v, there));
        } else if (there != null && !visitors.isEmpty()) {
            // "A met B in Lima, the first day of his visit to Peru", "his" read as the Peruvian B: nobody visits home, so
            // the visit is that of the one person the sentence names from abroad, or of nobody.
            List<String> abroad = guestsNamed(args, s, there);
            visitors.clear();
            if (abroad.size() == 1) {
                visitors.add(abroad.get(0));
            }
        }
        // "After Oslo Trip" in a headline: a name NER made of the noun itself travels nowhere.
        args.entity(s, n).ifPresent(e -> visitors.remove(e.id()));
        if (visitors.isEmpty() || place == null && host == null) {
            return List.of();
        }
        List<Event> out = new ArrayList<>();
        out.add(counted(s, n, EventAssembly.visit(c, s, n, anchor, visitors, host, place)));
        for (String more : places.stream().distinct().toList()) {
            if (!more.equals(place) && !visitors.contains(more)) {
                out.add(counted(s, n, EventAssembly.visit(c, s, n, anchor, visitors, host, more)));
            }
        }
        return out;
    }

    /**
     * "met X on Thursday, barely a week after his trip to Lima": a trip counted from the clause's day by a span of days,
     * weeks or months took place that span before (or after) it; it keeps the month of that day, the span being rough.
     */
    private static Visit counted(Sentence s, int n, Visit v) {
        int span = Arguments.governor(s, n, "nmod:after", "nmod:before");
        Integer days = span < 0 || v.date() == null || v.date().precision() != EventDate.Precision.DAY ? null
                : SPAN_DAYS.get(s.token(span).lemma().toLowerCase(Locale.ROOT));
        if (days == null) {
            return v;
        }
        int count = Arguments.dependents(s, span, "nummod").stream().map(m -> SMALL_NUMBERS.get(s.token(m).word().toLowerCase(Locale.ROOT)))
                .filter(java.util.Objects::nonNull).findFirst().orElse(1);
        boolean after = Arguments.dependents(s, n, "case").stream().anyMatch(k -> s.token(k).word().equalsIgnoreCase("after"));
        java.time.LocalDate day = java.time.LocalDate.parse(v.date().iso()).plusDays((long) (after ? -days : days) * count);
        return new Visit(v.visitors(), v.host(), v.status(), new EventDate(day.toString().substring(0, 7)), v.place(), v.trigger(),
                v.evidence(), v.confidence());
    }


    /** The people the sentence names who hold roles of a country other than the place's, in order. */
    private static List<String> guestsNamed(Arguments args, Sentence s, String place) {
        List<String> out = new ArrayList<>();
        for (int t = 0; t < s.tokens().size(); t++) {
            args.index().at(s.index(), t).filter(e -> e.type() == EntityType.PERSON && !out.contains(e.id())
                    && VerbalVisitRule.abroad(args, e.id(), place)).ifPresent(e -> out.add(e.id()));
        }
        return out;
    }

    /**
     * "the first visit to Cuba by a Ruritanian head of state": a country as visitor is the office-holder of it whom the
     * sentence names; a country with none travels nowhere.
     */
    private static List<String> officeHoldersForCountries(EntityIndex index, Sentence s, List<String> visitors) {
        List<String> out = new ArrayList<>();
        for (String v : visitors) {
            if (index.byId(v).map(e -> e.type() != EntityType.COUNTRY).orElse(true)) {
                out.add(v);
                continue;
            }
            for (int t = 0; t < s.tokens().size(); t++) {
                index.at(s.index(), t).filter(e -> e.type() == EntityType.PERSON
                                && index.officeRoles(e).stream().anyMatch(r -> v.equals(r.ofEntity())))
                        .filter(e -> !out.contains(e.id())).ifPresent(e -> out.add(e.id()));
            }
        }
        return out;
    }
}
