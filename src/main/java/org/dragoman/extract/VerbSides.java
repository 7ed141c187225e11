package org.dragoman.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.EntityType;
import org.dragoman.model.Meeting;
import org.dragoman.model.Mode;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * The two sides of a meeting verb: who meets (its subjects, or the subject it inherits) and whom (its with-, by-,
 * between- and to-phrases and objects). Read once, then checked by the rule that owns the verb.
 *
 * @param subjectTokens the verb's own subject tokens
 * @param subjects      actors of the meeting side
 * @param others        actors of the met side
 * @param sides         tokens of the met side's phrases, named or not
 * @param objects       the verb's object tokens
 * @param withPhrase    whether a side phrase (not an object) names an actor
 */
record VerbSides(List<Integer> subjectTokens, Set<String> subjects, Set<String> others, List<Integer> sides,
                 List<Integer> objects, boolean withPhrase) {
    private static final Set<String> TOPIC_OBJECT_VERBS = WordLists.MEETING.get("topic-object-verb");
    private static final Set<String> TOPIC_ONLY_VERBS = WordLists.MEETING.get("topic-only-verb");

    /** Verbs whose to-phrase names the other side: "spoke to X", "telephoned to X"; "met to discuss" names a purpose. */
    private static final Set<String> TO_ADDRESSEE_VERBS = WordLists.MEETING.get("to-addressee-verb");
    private static final Set<String> ATTENDING_VERBS = WordLists.MEETING.get("attending-verb");
    private static final Set<String> VISIT_NOUNS = WordLists.MEETING.get("visit-noun");

    static VerbSides read(Arguments args, Sentence s, int v) {
        String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
        Set<String> subjects = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        List<Integer> subjectTokens = Arguments.dependents(s, v, "nsubj", "nsubj:xsubj", "nsubj:pass");
        for (int t : subjectTokens) {
            subjects.addAll(args.actors(s, t));
        }
        // "A and B, who took office last month, spoke by phone": past a relative clause the parser may hang only the first
        // conjunct on the verb.
        for (int t : Arguments.dependents(s, v, "nsubj")) {
            s.children(t).stream().filter(d -> d.relation().equals("conj:and")).forEach(d -> subjects.addAll(args.actors(s, d.dependent())));
        }
        // "A and B, who met in Lima on Tuesday, ...": the parser hangs the relative clause on the last conjunct alone.
        int antecedent = Arguments.governor(s, v, "acl:relcl");
        if (antecedent >= 0 && Arguments.dependents(s, v, "nsubj").contains(antecedent)) {
            for (Dependency d : s.parents(antecedent)) {
                if (d.relation().equals("conj:and") && d.governor() >= 0) {
                    subjects.addAll(args.actors(s, d.governor()));
                    Arguments.dependents(s, d.governor(), "conj:and").forEach(c -> subjects.addAll(args.actors(s, c)));
                }
            }
        }
        // "A and B spoke by phone and agreed to meet": the parser passes only the first conjunct down to "meet".
        for (int t : Arguments.dependents(s, v, "nsubj:xsubj")) {
            Arguments.dependents(s, t, "conj").forEach(c -> subjects.addAll(args.actors(s, c)));
        }
        // "A and B last met in May, and spoke by phone": a conjoined verb shares the first one's subjects, of which the
        // parser passes down only the first.
        int first = Arguments.governor(s, v, "conj");
        if (first >= 0 && !subjectTokens.isEmpty()) {
            List<Integer> firstSubjects = Arguments.dependents(s, first, "nsubj", "nsubj:pass");
            if (firstSubjects.containsAll(subjectTokens)) {
                firstSubjects.forEach(t -> subjects.addAll(args.actors(s, t)));
            }
        }
        List<Integer> sides = new ArrayList<>();
        int framedHead = BackgroundClauses.framedParticipleHead(s, v);
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
        // "gathered with banners welcoming Ana Soto": a verb whose own subject is a thing has no one to inherit.
        // "made a trip to Lima to meet Ivo Ruiz": the trip the parser passed down as the subject is the maker's object.
        // "The decision came after A flew to Lima, and then met B": a thing subject passed down from the clause "then" goes on
        // from is not this verb's own.
        int goesOnFrom = Arguments.thenBefore(s, v) ? Arguments.governor(s, v, "conj") : -1;
        boolean thingSubject = Arguments.dependents(s, v, "nsubj").stream().filter(t -> !controllingObject(s, v, t))
                .filter(t -> goesOnFrom < 0 || !Arguments.dependents(s, goesOnFrom, "nsubj").contains(t))
                .anyMatch(t -> s.token(t).isNoun() && !s.token(t).isProperNoun()
                && s.token(t).ner().equals("O") && !TitleLexicon.isTitleWord(s.token(t).word().toLowerCase(Locale.ROOT))
                && args.actors(s, t).isEmpty());
        if (subjects.isEmpty() && !thingSubject) {
            subjects.addAll(InheritedSubjects.of(args, s, v));
        }
        boolean withPhrase = false;
        boolean remote = MeetingMode.remote(s, v);
        boolean speech = lemma.equals("speak") || lemma.equals("talk");
        List<Integer> phrases = new ArrayList<>(Arguments.dependents(s, v, "obl:with", "nmod:with", "obl:between", "obl:to"));
        phrases.addAll(withPhrasesOnAdverbs(s, v));
        phrases.addAll(agents(s, v));
        // "discussed the plan with Ivo Ruiz": the parser may hang the other side on the topic discussed ("negotiate
        // a trade deal with Peru" is a deal's terms, not one sitting).
        if (lemma.equals("discuss")) {
            for (int o : Arguments.dependents(s, v, "obj")) {
                phrases.addAll(Arguments.dependents(s, o, "nmod:with"));
            }
        }
        // "discussed the crisis by phone with Ivo Ruiz": the parser may hang the other side on the telephone.
        for (int by : Arguments.dependents(s, v, "obl:by", "obl:over", "obl:via")) {
            if (MeetingMode.PHONE_WORDS.contains(s.token(by).word().toLowerCase(Locale.ROOT))
                    || MeetingMode.VIDEO_WORDS.contains(s.token(by).word().toLowerCase(Locale.ROOT))) {
                phrases.addAll(Arguments.dependents(s, by, "nmod:with"));
            }
        }
        // "the summit, hosted by X and attended by Y and Z": whoever a passive attending verb joined to the host's names.
        if (!Arguments.dependents(s, v, "nsubj:pass", "aux:pass").isEmpty()) {
            for (int c : Arguments.dependents(s, v, "conj")) {
                if (s.token(c).pos().equals("VBN") && ATTENDING_VERBS.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))) {
                    phrases.addAll(Arguments.dependents(s, c, "obl:agent", "obl:by"));
                }
            }
        }
        // "spoke with Ivo Ruiz, who ..., the ministry said": the parser may hang the with-phrase on the closing
        // attribution; one before the reporting verb is the meeting's.
        for (int c : Arguments.dependents(s, v, "parataxis", "ccomp")) {
            if (c > v && s.token(c).isVerb() && args.verbs() != null && args.verbs().isCue(s.token(c).lemma().toLowerCase(Locale.ROOT))) {
                Arguments.dependents(s, c, "obl:with").stream().filter(w -> w > v && w < c).forEach(phrases::add);
            }
        }
        // "spoke with Ivo Ruiz to brief him": the parser may make the name the subject of the purpose clause, with
        // "with" as its marker.
        // "with Eva Lind joining them by video link" joins from afar: a meeting of its own (RemoteJoiners).
        List<Integer> joinedFromAfar = RemoteJoiners.clauses(s, v);
        for (Dependency d : s.children(v)) {
            int c = d.dependent();
            boolean withMarked = d.base().equals("advcl") && Arguments.dependents(s, c, "mark").stream()
                    .anyMatch(m -> s.token(m).word().equalsIgnoreCase("with")) && !joinedFromAfar.contains(c);
            if (withMarked) {
                // A capitalised common word ("speaking with One Voice to ...") is no side: a person, or a body with a
                // name of several words or an acronym.
                Arguments.dependents(s, c, "nsubj").stream().filter(n -> n > v && args.entity(s, n).map(e -> e.type() == EntityType.PERSON
                        || e.label().contains(" ") || e.label().equals(e.label().toUpperCase(Locale.ROOT))).orElse(false))
                        .forEach(phrases::add);
            }
        }
        for (int t : phrases) {
            boolean toPhrase = s.parents(t).stream().anyMatch(d -> d.governor() == v && d.relation().equals("obl:to"));
            if (!TO_ADDRESSEE_VERBS.contains(lemma) && toPhrase) {
                continue;
            }
            // "spoke to reporters", "speaking to a broadcaster": an interview, unless by phone or video, or to a named
            // office-holder ("had spoken to Foreign Minister Ana Soto").
            if (speech && !remote && toPhrase && !officeHolder(args, s, t)) {
                continue;
            }
            sides.add(t);
            List<String> a = args.actors(s, t);
            withPhrase |= !a.isEmpty();
            others.addAll(a);
        }
        List<Integer> objects = new ArrayList<>(Arguments.dependents(s, v, "obj", "iobj"));
        int misread = objectMisreadAsReporter(s, v);
        if (objects.isEmpty() && misread >= 0) {
            objects.add(misread);
        }
        int guest = VisitingGuest.metBy(s, v);
        if (objects.isEmpty() && guest >= 0) {
            objects.add(guest);
        }
        int described = participleObject(s, v);
        if (objects.isEmpty() && described >= 0) {
            // "travelled to Lima, meeting Peruvian President Ana Soto": the parser made the participle an adjective
            // of the title; the name it describes is met, by the subject of the clause it hangs from.
            objects.add(described);
            objects.addAll(Arguments.dependents(s, described, "conj"));
            for (Dependency up : s.parents(described).stream().filter(d -> d.governor() >= 0).toList()) {
                int clause = up.governor();
                // Not where the parser made the name met that clause's own subject.
                if (subjects.isEmpty() && s.token(clause).isVerb() && !up.base().equals("nsubj")) {
                    for (int t : Arguments.dependents(s, clause, "nsubj")) {
                        subjects.addAll(args.actors(s, t));
                    }
                }
                // "Ana Soto, meeting Ivo Ruiz in Lima, said ...": the parser made the name met an apposition of hers.
                if (subjects.isEmpty() && up.base().equals("appos") && clause < v) {
                    subjects.addAll(args.actors(s, clause));
                }
            }
            // "Ana Soto complained, while hosting Ivo Ruiz, that ...": wherever the parser hung the name, the sentence's
            // main subject hosts.
            if (subjects.isEmpty() && v > 0 && s.token(v - 1).word().matches(SUBORDINATOR)) {
                List<String> met = args.actors(s, described);
                for (Dependency root : s.children(-1)) {
                    for (int t : s.token(root.dependent()).isVerb() ? Arguments.dependents(s, root.dependent(), "nsubj") : List.<Integer>of()) {
                        args.actors(s, t).stream().filter(id -> !met.contains(id)).forEach(subjects::add);
                    }
                }
            }
        }
        // "negotiate trade agreements": what is negotiated is no side; a named object still is ("negotiated Acme's exit").
        if (TOPIC_OBJECT_VERBS.contains(s.token(v).lemma().toLowerCase(java.util.Locale.ROOT))) {
            // "discussed Syria", "co-chaired the Acme commission": a topic even when it is a country or a body.
            boolean discussed = TOPIC_ONLY_VERBS.contains(s.token(v).lemma().toLowerCase(java.util.Locale.ROOT));
            objects.removeIf(o -> discussed || args.actors(s, o).isEmpty());
        }
        // "met Ana Soto at the Blue Palace and Ivo Ruiz at the Green Palace": the second joined to the place phrase.
        SideGroups.afterPlace(s, v, args).stream().filter(t -> !objects.contains(t)).forEach(objects::add);
        sides.addAll(objects);
        for (int t : objects) {
            // The reporter hung from a misread object speaks; it was not met.
            others.addAll(t == misread ? args.metActors(s, t) : args.actors(s, t));
        }
        return new VerbSides(subjectTokens, subjects, others, sides, objects, withPhrase);
    }

    /**
     * "sat down first with Ana Soto, then separately with Ivo Ruiz": the parser may hang a later with-phrase on the adverb
     * that orders it rather than on the verb; those phrases, as the verb's.
     */
    static List<Integer> withPhrasesOnAdverbs(Sentence s, int v) {
        List<Integer> out = new ArrayList<>();
        for (int a : Arguments.dependents(s, v, "advmod")) {
            if (a > v && s.token(a).pos().startsWith("RB")) {
                out.addAll(Arguments.dependents(s, a, "obl:with", "nmod:with"));
            }
        }
        return out;
    }

    /**
     * "met Ana Soto, the Peruvian ministry said.", "phoned his counterpart, the ministry said": the parser may make the
     * object the subject of the closing attribution it runs into; that name (or noun with the reporter hung from it),
     * right after the verb, is met. -1 if none.
     */
    static int objectMisreadAsReporter(Sentence s, int v) {
        for (int c : Arguments.dependents(s, v, "ccomp", "parataxis")) {
            if (c <= v) {
                continue;
            }
            boolean closing = Spans.beforeClosingAttribution(s, c) != null;
            for (int n : Arguments.dependents(s, c, "nsubj")) {
                int first = java.util.Collections.min(Arguments.subtree(s, n, Set.of(c)));
                // "phoned his counterpart, the ministry said, though ...": a common noun too, when the reporter hangs
                // from it as an apposition right before the reporting verb (the sentence may go on after it).
                // The reporter may hang from the object's own last name ("held a meeting with X, a spokesman said").
                boolean reporterHung = s.token(n).isNoun() && Arguments.subtree(s, n, Set.of(c)).stream()
                        .anyMatch(x -> Arguments.dependents(s, x, "appos").stream().anyMatch(a -> a > n && reporterBefore(s, a, c)));
                if (first == v + 1 && (closing && s.token(n).isProperNoun() || reporterHung)) {
                    return n;
                }
            }
        }
        return -1;
    }

    /**
     * "... at the invitation of his counterpart, Ana Soto, the ministry said on Tuesday": a reporting verb with no
     * subject, right after a phrase set off by a comma that the parser made an apposition of the clause's last noun;
     * that phrase is the reporter. -1 if none.
     */
    static int apposedReporter(Sentence s, int v) {
        if (v < 3 || !Arguments.dependents(s, v, "nsubj", "nsubj:pass").isEmpty() || !s.token(v).pos().matches("VBD|VBZ|VBP")) {
            return -1;
        }
        for (int a = v - 1; a >= 0 && a >= v - 8; a--) {
            int at = a;
            boolean apposed = s.parents(a).stream().anyMatch(d -> d.base().equals("appos") && d.governor() >= 0 && d.governor() < at);
            if (apposed && reporterBefore(s, a, v)) {
                return a;
            }
        }
        return -1;
    }

    /** Whether the phrase of {@code a} follows a comma and ends right before the reporting verb {@code verb}. */
    static boolean reporterBefore(Sentence s, int a, int verb) {
        Set<Integer> phrase = Arguments.subtree(s, a, Set.of());
        int from = java.util.Collections.min(phrase);
        return from > 0 && s.token(from - 1).word().equals(",") && java.util.Collections.max(phrase) == verb - 1;
    }

    /** The name a participle describes when the parser made it an adjective of a title ("meeting Peruvian President X"); -1 if none. */
    /** Words that open an adverbial clause of a participle: "while hosting ...". */
    private static final String SUBORDINATOR = "(?i)while|after|before|when";

    static int participleObject(Sentence s, int v) {
        int title = Arguments.governor(s, v, "amod");
        if (!s.token(v).pos().equals("VBG") || title <= v) {
            return -1;
        }
        int name = title;
        while (Arguments.governor(s, name, "compound") > name) {
            name = Arguments.governor(s, name, "compound");
        }
        // "Ana Soto, meeting Ivo Ruiz at ...": the participle hung on the name itself, right after it.
        // "while hosting Ivo Ruiz at ...": likewise after a subordinator, wherever the parser hung the name.
        int appos = Arguments.governor(s, title, "appos");
        boolean underWhile = v > 0 && s.token(v - 1).word().matches(SUBORDINATOR);
        boolean onName = name == title && s.token(title).ner().equals("PERSON")
                && (title == v + 1 || Arguments.dependents(s, title, "compound").contains(v + 1))
                && (appos >= 0 && appos < v || underWhile);
        return (name != title || onName) && s.token(name).isProperNoun() ? name : -1;
    }

    /**
     * The meeting of both sides, if a subject meets or a with-phrase names whom, and the meeting has a counterpart.
     * Two named actors make it surer (0.8) than one (0.55).
     */
    Optional<Meeting> meeting(MeetingContext c, Sentence s, int v, Mode mode) {
        Set<String> all = new LinkedHashSet<>(subjects);
        all.addAll(others);
        if (all.isEmpty() || subjects.isEmpty() && !withPhrase || all.size() < 2 && Counterparts.onlyAudience(s, sides)) {
            return Optional.empty();
        }
        // Someone unnamed is on the other side when a side phrase or the subject names nobody ("met students",
        // "a delegation met with Ivo Ruiz"); a participle with no subject of its own ("after consulting with Ivo
        // Ruiz") names no second side at all.
        boolean unnamedPhrase = sides.stream().anyMatch(t -> (s.token(t).isNoun() || s.token(t).isPronoun()) && c.args().actors(s, t).isEmpty());
        // A finite verb has a subject even where the parser lost it ("X, the former chairman, also met with Ivo Ruiz").
        boolean finite = s.token(v).pos().matches("VBD|VBZ|VBP") || !Arguments.dependents(s, v, "aux", "aux:pass").isEmpty();
        boolean unnamedSubject = (!subjectTokens.isEmpty() || finite) && subjects.isEmpty();
        boolean unnamedSide = unnamedPhrase || unnamedSubject || Counterparts.groupSubject(s, subjectTokens)
                || !subjects.isEmpty() && Counterparts.anySide(s, sides);
        return EventAssembly.meeting(c, s, v, -1, List.copyOf(all), mode, all.size() >= 2 ? 0.8 : 0.55, unnamedSide);
    }

    /**
     * The agent phrases of verb {@code v}: "received by Ivo Ruiz", and in the passive also a by-phrase the parser hung
     * on the manner phrase ("was welcomed with military honours by Ivo Ruiz").
     */
    static List<Integer> agents(Sentence s, int v) {
        List<Integer> agents = new ArrayList<>(Arguments.dependents(s, v, "obl:agent"));
        if (agents.isEmpty() && !Arguments.dependents(s, v, "nsubj:pass", "aux:pass").isEmpty()) {
            for (int manner : Arguments.dependents(s, v, "obl:with")) {
                agents.addAll(Arguments.dependents(s, manner, "nmod:by", "nmod:agent"));
            }
        }
        return agents;
    }

    /** Whether token {@code t} names people the article gives a role ("Foreign Minister Ana Soto", "the adviser, Ivo Ruiz"). */
    private static boolean officeHolder(Arguments args, Sentence s, int t) {
        List<String> actors = args.actors(s, t);
        return !actors.isEmpty() && actors.stream().allMatch(id -> args.index().byId(id)
                .filter(e -> e.type() == EntityType.PERSON && !e.roles().isEmpty()).isPresent());
    }

    /**
     * Whether token {@code t} is a trip the parser passed down to {@code v} as its subject from the object of the verb
     * above it ("made a trip to Lima to meet ..."); a person asked to meet ("asked both leaders to consult ...") is not.
     */
    private static boolean controllingObject(Sentence s, int v, int t) {
        int above = Arguments.governor(s, v, "xcomp");
        return above >= 0 && s.parents(t).stream().anyMatch(d -> d.governor() == v && d.relation().equals("nsubj:xsubj"))
                && Arguments.dependents(s, above, "obj").contains(t) && VISIT_NOUNS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT));
    }
}
