package org.dragoman.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Resolves argument tokens of a dependency parse to the actors and places they name: directly, through
 * coreference, through an apposition or compound ("his Chilean counterpart Ana Soto") or through a
 * group noun ("the heads of the OAS").
 */
final class Arguments {
    /** Nouns of people who act for a body or country named beside them: "the heads of the OAS", "Chilean officials". */
    private static final Set<String> GROUP_NOUNS = WordLists.MEETING.get("group-noun");

    /** Nouns whose "the two ..." means the story's two sides: "the two leaders", "the two diplomats", "the pair". */
    private static final Set<String> PAIR_ROLES = Set.of("leader", "minister", "president", "envoy", "premier", "diplomat", "pair", "duo",
            "negotiator", "chancellor", "counterpart", "head", "man", "woman");
    private static final Set<String> MEET_VERBS = WordLists.MEETING.get("meet-verb");
    private static final Set<String> MEET_NOUNS = WordLists.MEETING.get("meeting-noun");
    private static final Set<String> LED_GROUP_NOUNS = WordLists.MEETING.get("led-group-noun");
    private static final Set<String> TRAVELLING_GROUP_NOUNS = WordLists.MEETING.get("travelling-group-noun");
    /** How many sentences back a group noun of travellers may name its members. */
    private static final int GROUP_SENTENCES_BACK = 6;
    /** How many group nouns told before ("The group ... The senators ...") may lead back to the names; bounds the search. */
    private static final int GROUP_CHAIN = 3;
    private static final Set<String> PLACE_KINDS = WordLists.MEETING.get("place-kind");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");
    private static final Set<String> OUTSIDE_OFFICE_WORDS = WordLists.BODIES.get("outside-office-word");
    private static final java.util.Map<String, Integer> COUNTS = java.util.Map.of("two", 2, "three", 3, "four", 4, "five", 5);
    private final EntityIndex index;
    private final ContinuedSubject continued;
    private final VerbLexicon verbs;
    /** The dateline's city where it is a capital: what "the capital" on its own names; null otherwise. */
    private final String capitalDateline;
    /** Where the headline ends ({@link Spans#headlineEnd}); -1 when there is none or the document is not at hand. */
    private final int headlineEnd;
    /** Where the article first names a person; {@link Integer#MAX_VALUE} when it names none. */
    private final int firstPersonAt;

    /** Arguments read through coreference alone. */
    Arguments(EntityIndex index) {
        this.index = index;
        this.continued = null;
        this.verbs = null;
        this.capitalDateline = null;
        this.headlineEnd = -1;
        this.firstPersonAt = firstPersonAt(index);
    }

    /** Arguments where "he" and "she" first continue the subject of the sentence before ({@link ContinuedSubject}). */
    Arguments(EntityIndex index, AnnotatedArticle doc, GenderLexicon genders, VerbLexicon verbs) {
        this.index = index;
        this.continued = new ContinuedSubject(doc, this, genders);
        this.verbs = verbs;
        this.capitalDateline = DatelinePlace.of(doc, index).filter(id -> index.byId(id)
                .filter(e -> e.type() == EntityType.CITY && Capitals.countryOf(e.label()).isPresent()).isPresent()).orElse(null);
        this.headlineEnd = Spans.headlineEnd(doc);
        this.firstPersonAt = firstPersonAt(index);
    }

    private static int firstPersonAt(EntityIndex index) {
        return index.entities().stream().filter(e -> e.type() == EntityType.PERSON).mapToInt(Arguments::firstMentionAt).min()
                .orElse(Integer.MAX_VALUE);
    }

    /** Where the entity is first named; {@link Integer#MAX_VALUE} when it has no mention. */
    private static int firstMentionAt(Entity e) {
        return e.mentions().stream().mapToInt(m -> m.begin()).min().orElse(Integer.MAX_VALUE);
    }

    /** The verb lexicon these arguments read reporting verbs with; null for the plain form. */
    VerbLexicon verbs() {
        return verbs;
    }

    /** The actors that token {@code t} stands for; empty when it names none. */
    List<String> actors(Sentence s, int t) {
        return actors(s, t, false);
    }

    /**
     * "The delegation was led by Ana Soto and included Ivo Ruiz. ... Eva Lind received the delegation": the people a
     * sentence before told leading or making up the group that a definite group noun ({@code led-group-noun})
     * names again, the nearest such sentence first. Empty for any other noun, or where no such sentence names people.
     */
    private List<String> membersToldBefore(Sentence s, int t) {
        String lemma = s.token(t).lemma().toLowerCase(Locale.ROOT);
        boolean definite = theBefore(s, t);
        if (!LED_GROUP_NOUNS.contains(lemma) || !s.token(t).pos().equals("NN") || !definite || continued == null) {
            return List.of();
        }
        for (int back = 1; s.index() - back >= 0; back++) {
            Sentence before = continued.sentence(s.index() - back);
            for (Token group : before.tokens()) {
                if (!group.lemma().equalsIgnoreCase(lemma)) {
                    continue;
                }
                Set<String> people = new LinkedHashSet<>();
                for (Dependency d : before.parents(group.index())) {
                    // "The delegation was led by A", "the delegation included B", "was led by A and included B".
                    if (!d.base().startsWith("nsubj") || d.governor() < 0
                            || !before.token(d.governor()).lemma().toLowerCase(Locale.ROOT).matches("lead|head|include")) {
                        continue;
                    }
                    List<Integer> verbs = new ArrayList<>(List.of(d.governor()));
                    verbs.addAll(dependents(before, d.governor(), "conj"));
                    for (int v : verbs) {
                        for (int side : dependents(before, v, "obl:agent", "obl:by", "obj")) {
                            List<Integer> named = new ArrayList<>(List.of(side));
                            named.addAll(dependents(before, side, "conj"));
                            // A name, or a title with its holder's name beside it ("the chair of the Acme Fund, Ana Soto").
                            named.forEach(k -> personUnderTitle(before, k).ifPresent(e -> people.add(e.id())));
                        }
                    }
                }
                // "Ana Soto, who led the delegation, said ...": its leader told by a relative clause.
                people.addAll(ledOrIncluded(before, group.index(), true));
                if (!people.isEmpty()) {
                    return new ArrayList<>(people);
                }
            }
        }
        return List.of();
    }

    /**
     * "Sens. Ana Soto and Ivo Ruiz met X in Lima. They were joined by Sen. Eva Lind. The senators then flew to Quito": the
     * people a definite group noun of travellers ({@code travelling-group-noun}: "the senators", "the group") names
     * again, that is the two or more people named as the subject of one verb in the six sentences before, the nearest
     * first, with those told joining them since. Where a sentence before tells the same noun ("an Acme delegation
     * headed by Ana Soto"), its leaders, if any, are the group. Empty for any other noun, for a group of a named body or
     * country ("the Ruritanian senators"), or where no such sentence names people.
     */
    private List<String> travellingGroup(Sentence s, int t) {
        return travellingGroup(s, t, GROUP_CHAIN);
    }

    /** As {@link #travellingGroup(Sentence, int)}, following at most {@code hops} group nouns back to the names. */
    private List<String> travellingGroup(Sentence s, int t, int hops) {
        String lemma = s.token(t).lemma().toLowerCase(Locale.ROOT);
        // Asked of every argument token: the table test comes first, before any walk of the parse.
        if (continued == null || !TRAVELLING_GROUP_NOUNS.contains(lemma) || index.at(s.index(), t).isPresent()) {
            return List.of();
        }
        boolean definite = theBefore(s, t);
        boolean ofNoOne = dependents(s, t, "compound", "amod", "nmod:of", "nmod:poss").stream()
                .allMatch(d -> index.at(s.index(), d).isEmpty() && s.token(d).ner().equals("O"));
        if (!definite || !ofNoOne) {
            return List.of();
        }
        for (int back = 1; back <= GROUP_SENTENCES_BACK && s.index() - back >= 0; back++) {
            Sentence before = continued.sentence(s.index() - back);
            // "an Acme delegation headed by Ana Soto ... The delegation will meet X": the group was told there, with its leader.
            // "The senators flew to Lima. The senators met X": the same group told again.
            Optional<Token> told = before.tokens().stream().filter(g -> g.lemma().equalsIgnoreCase(lemma) && g.isNoun()).findFirst();
            boolean toldAgain = told.isPresent() && dependents(before, told.get().index(), "det").stream()
                    .anyMatch(d -> before.token(d).word().equalsIgnoreCase("the"));
            if (told.isPresent() && !toldAgain) {
                return leadersOf(before, told.get().index());
            }
            List<String> group = toldAgain ? (hops > 0 ? travellingGroup(before, told.get().index(), hops - 1) : List.of())
                    : conjoinedSubjects(before);
            // "The group flew to Lima. ... The senators met X": a group noun told before names the same travellers.
            for (int i = 0; hops > 0 && group.size() < 2 && i < before.tokens().size(); i++) {
                int noun = i;
                if (before.parents(noun).stream().anyMatch(d -> d.base().equals("nsubj"))) {
                    group = travellingGroup(before, noun, hops - 1);
                }
            }
            if (group.size() >= 2) {
                Set<String> people = new LinkedHashSet<>(group);
                for (int since = s.index() - back; since < s.index(); since++) {
                    people.addAll(joiners(continued.sentence(since)));
                }
                return List.copyOf(people);
            }
        }
        return List.of();
    }

    /**
     * The two or more people named as the subject of a verb that the clause of {@code t} hangs from, before {@code t},
     * or the travellers a group noun there names ("The senators flew to Lima, where they met X"), the nearest verb
     * first; empty when no such subject names two or more.
     */
    private List<String> groupOfMainSubject(Sentence s, int t) {
        List<Integer> above = new ArrayList<>();
        int own = governor(s, t, "nsubj");
        for (int up = governorOf(s, own < 0 ? t : own), hops = 0; up >= 0 && hops < s.tokens().size(); up = governorOf(s, up), hops++) {
            above.add(up);
        }
        for (int verb : above) {
            for (int subject : s.token(verb).isVerb() ? dependents(s, verb, "nsubj", "nsubj:pass") : List.<Integer>of()) {
                if (subject >= t) {
                    continue;
                }
                List<String> travellers = travellingGroup(s, subject);
                if (!travellers.isEmpty()) {
                    return travellers;
                }
                Set<String> people = new LinkedHashSet<>();
                for (int h : withConjuncts(s, subject)) {
                    namedPerson(s, h).ifPresent(e -> people.add(e.id()));
                }
                if (people.size() >= 2) {
                    return List.copyOf(people);
                }
            }
        }
        return List.of();
    }

    /** The two or more people named as the subject of one verb of sentence {@code s}, the first such verb's; empty when none. */
    private List<String> conjoinedSubjects(Sentence s) {
        for (Token tok : s.tokens()) {
            for (int subject : tok.isVerb() ? dependents(s, tok.index(), "nsubj", "nsubj:pass") : List.<Integer>of()) {
                Set<String> people = new LinkedHashSet<>();
                namedPerson(s, subject).ifPresent(e -> people.add(e.id()));
                for (int other : dependents(s, subject, "conj")) {
                    personUnderTitle(s, other).ifPresent(e -> people.add(e.id()));
                }
                if (people.size() >= 2) {
                    return List.copyOf(people);
                }
            }
        }
        return List.of();
    }

    /** "They were joined by Sen. Eva Lind": the named people sentence {@code s} tells joining a group; empty when none. */
    private List<String> joiners(Sentence s) {
        List<String> out = new ArrayList<>();
        for (Token tok : s.tokens()) {
            if (tok.isVerb() && tok.lemma().equalsIgnoreCase("join") && !dependents(s, tok.index(), "aux:pass").isEmpty()) {
                for (int agent : dependents(s, tok.index(), "obl:agent")) {
                    personUnderTitle(s, agent).ifPresent(e -> out.add(e.id()));
                }
            }
        }
        return out;
    }

    /**
     * The named people the group at {@code t} ({@code led-group-noun}) is told to take in, in its own sentence: "a
     * delegation that included Ivo Ruiz and Eva Lind", "a delegation including Ivo Ruiz"; empty for any other noun.
     */
    List<String> membersOf(Sentence s, int t) {
        if (!LED_GROUP_NOUNS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        List<Integer> members = new ArrayList<>(dependents(s, t, "nmod:including"));
        for (int clause : dependents(s, t, "acl:relcl", "acl")) {
            if (s.token(clause).lemma().toLowerCase(Locale.ROOT).matches("include|comprise")) {
                members.addAll(dependents(s, clause, "obj"));
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (int m : members) {
            personUnderTitle(s, m).ifPresent(e -> out.add(e.id()));
            dependents(s, m, "conj").forEach(k -> personUnderTitle(s, k).ifPresent(e -> out.add(e.id())));
        }
        return List.copyOf(out);
    }

    /** The named people leading the delegation at {@code t} ("a delegation led by Ana Soto"); empty for any other noun. */
    private List<String> leadersOf(Sentence s, int t) {
        if (!LED_GROUP_NOUNS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int led : dependents(s, t, "acl")) {
            if (s.token(led).lemma().toLowerCase(Locale.ROOT).matches("lead|head")) {
                // "led by Minister A and the chair of the Acme Commission, B": a title with the name beside it leads too.
                List<Integer> agents = new ArrayList<>(dependents(s, led, "obl:agent", "obl:by"));
                List.copyOf(agents).forEach(a -> dependents(s, a, "conj").stream().filter(c -> !agents.contains(c)).forEach(agents::add));
                for (int agent : agents) {
                    List<String> named = index.at(s.index(), agent).filter(e -> e.type() == EntityType.PERSON).map(e -> List.of(e.id()))
                            .orElseGet(() -> appositionPeople(s, agent).map(Entity::id).toList());
                    named.stream().filter(id -> !out.contains(id)).forEach(out::add);
                }
            }
        }
        return out;
    }

    /**
     * "A delegation of Acme mayors toured the port. The group, led by Mayor Ana Soto and including Mayor Ivo Ruiz,
     * lunched with X", "..., said Ana Soto, who led the delegation": the people that the two sentences after an
     * indefinite group noun tell leading or making up a definite group ({@code led-group-noun}, {@code
     * travelling-group-noun}). Empty for a definite noun, one that names a body, or where those sentences name nobody so.
     */
    private List<String> membersToldAfter(Sentence s, int t) {
        String lemma = s.token(t).lemma().toLowerCase(Locale.ROOT);
        if (continued == null || !s.token(t).isNoun() || s.token(t).isProperNoun() || index.at(s.index(), t).isPresent()
                || !LED_GROUP_NOUNS.contains(lemma) && !TRAVELLING_GROUP_NOUNS.contains(lemma)
                || !indefinite(s, t)) {
            return List.of();
        }
        for (int ahead = 1; ahead <= 2 && s.index() + ahead < continued.sentenceCount(); ahead++) {
            Sentence after = continued.sentence(s.index() + ahead);
            Set<String> people = new LinkedHashSet<>();
            for (Token g : after.tokens()) {
                String word = g.lemma().toLowerCase(Locale.ROOT);
                boolean definite = theBefore(after, g.index());
                if (g.isNoun() && definite && (LED_GROUP_NOUNS.contains(word) || TRAVELLING_GROUP_NOUNS.contains(word))) {
                    people.addAll(ledOrIncluded(after, g.index(), true));
                }
            }
            if (!people.isEmpty()) {
                return List.copyOf(people);
            }
        }
        return List.of();
    }

    /**
     * The people told leading or making up the group at noun {@code g}: "the group, led by A and including B", and with
     * {@code leaderBefore} "A, who led the delegation".
     */
    private List<String> ledOrIncluded(Sentence s, int g, boolean leaderBefore) {
        List<Integer> named = new ArrayList<>(dependents(s, g, "nmod:including"));
        for (int verb : dependents(s, g, "acl")) {
            List<Integer> verbs = new ArrayList<>(List.of(verb));
            verbs.addAll(dependents(s, verb, "conj"));
            for (int v : verbs) {
                if (s.token(v).lemma().toLowerCase(Locale.ROOT).matches("lead|head|include")) {
                    named.addAll(dependents(s, v, "obl:agent", "obl:by", "obj"));
                }
            }
        }
        int leading = leaderBefore ? governor(s, g, "obj") : -1;
        if (leading >= 0 && s.token(leading).lemma().toLowerCase(Locale.ROOT).matches("lead|head")) {
            for (int subject : dependents(s, leading, "nsubj")) {
                int described = relativeHead(s, subject);
                named.add(described >= 0 ? described : subject);
            }
        }
        Set<String> people = new LinkedHashSet<>();
        for (int n : List.copyOf(named)) {
            for (int k : withConjuncts(s, n)) {
                personUnderTitle(s, k).ifPresent(e -> people.add(e.id()));
            }
        }
        return List.copyOf(people);
    }

    /** Whether noun {@code t} has "the" for its determiner ("the delegation"). */
    static boolean theBefore(Sentence s, int t) {
        return dependents(s, t, "det").stream().anyMatch(d -> s.token(d).word().equalsIgnoreCase("the"));
    }

    /** Whether "no" stands among the four words before noun {@code t} as its determiner. */
    private static boolean underNo(Sentence s, int t) {
        for (int k = t - 1; k >= Math.max(0, t - 4); k--) {
            if (s.token(k).word().equalsIgnoreCase("no")) {
                int det = k;
                return s.parents(det).stream().anyMatch(d -> d.governor() == t && d.relation().equals("det"));
            }
        }
        return false;
    }

    /**
     * The actors a met side names: as {@link #actors(Sentence, int)}, but in "phoned his counterpart, the ministry
     * said" the reporter the parser hung from the side as an apposition is not met.
     */
    List<String> metActors(Sentence s, int t) {
        return actors(s, t, true);
    }

    private List<String> actors(Sentence s, int t, boolean met) {
        // "No Ruritanian premier has visited Lima since 2000": a noun under "no" stands for nobody.
        if (t > 0 && s.token(t).isNoun() && !s.token(t).isProperNoun() && underNo(s, t)) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        String pronoun = s.token(t).word().toLowerCase(Locale.ROOT);
        int described = relativeHead(s, t);
        if (described >= 0) {
            return actors(s, described);
        }
        // "met with European Commissioner for Trade Policy Ana Soto": the parser cut the name off its long title.
        int holder = nameAfterTitle(s, t);
        if (holder >= 0) {
            return actors(s, holder);
        }
        // "the Acme Union Secretary-General Ana Soto": the parser made the person an of-phrase of the body's name.
        int bodyTitled = personTitledByBody(s, t);
        if (bodyTitled >= 0) {
            return actors(s, bodyTitled);
        }
        // "Ivo Ruiz, a veteran Ruritanian diplomat who toured Lima": a description set beside a named person is that
        // person, not the country it names.
        if (s.token(t).pos().equals("NN") && index.at(s.index(), t).isEmpty()) {
            int named = governor(s, t, "appos");
            if (named >= 0 && index.at(s.index(), named).map(e -> e.type() == EntityType.PERSON).orElse(false)) {
                return actors(s, named);
            }
            // "the envoy, Ana Soto, a veteran diplomat who ...": the parser may set both beside the title.
            for (int sibling : named >= 0 ? dependents(s, named, "appos") : List.<Integer>of()) {
                if (sibling != t && index.at(s.index(), sibling).map(e -> e.type() == EntityType.PERSON).orElse(false)) {
                    return actors(s, sibling);
                }
            }
        }
        // "would meet the country's military ruler, Gen. Ivo Ruiz, in the coming weeks": a name set off by commas right
        // after a role the parser hung elsewhere.
        if (s.token(t).pos().equals("NN") && index.at(s.index(), t).isEmpty() && dependents(s, t, "appos").isEmpty()) {
            Optional<Entity> apposed = commaApposedPerson(s, t);
            if (apposed.isPresent()) {
                return List.of(apposed.get().id());
            }
        }
        // "a delegation led by Ana Soto flew in", "the team, headed by Ivo Ruiz, arrived": the leader acts for it.
        List<String> leaders = leadersOf(s, t);
        // "The mayors, led by Ana Soto and including Ivo Ruiz, lunched with X": travellers told with their leader.
        if (leaders.isEmpty() && s.token(t).isNoun() && TRAVELLING_GROUP_NOUNS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT))) {
            leaders = ledOrIncluded(s, t, false);
        }
        if (!leaders.isEmpty()) {
            return leaders;
        }
        // "The delegation was led by A and included B. ... X received the delegation": its members told before.
        List<String> groupMembers = membersToldBefore(s, t);
        if (!groupMembers.isEmpty()) {
            return groupMembers;
        }
        // "Ana Soto and Ivo Ruiz flew to Lima. ... The senators met X": the travellers told together before.
        List<String> travellers = travellingGroup(s, t);
        if (!travellers.isEmpty()) {
            return travellers;
        }
        // "A delegation of Acme mayors toured the port. The group, led by Mayor Ana Soto, ...": its people told just after.
        List<String> toldAfter = membersToldAfter(s, t);
        if (!toldAfter.isEmpty()) {
            return toldAfter;
        }
        // "met the host", "both guests arrived", "the visiting leaders": whoever the article told hosting, and whom.
        String lemma = s.token(t).lemma().toLowerCase(Locale.ROOT);
        boolean determined = !dependents(s, t, "det").isEmpty() && dependents(s, t, "nmod:of", "nmod:poss", "compound").isEmpty();
        // "held talks with his host": a guest's host is the host told, as "the host" is.
        boolean guestsHost = dependents(s, t, "nmod:poss").stream().anyMatch(p -> s.token(p).word().matches("(?i)his|her|their"))
                && dependents(s, t, "nmod:of", "compound", "det").isEmpty();
        if (continued != null && (determined || guestsHost) && s.token(t).pos().equals("NN") && lemma.equals("host")) {
            List<String> host = Hosts.host(this, continued::sentence, s, t);
            if (!host.isEmpty()) {
                return host;
            }
        }
        // "his guest": the one traveller told last.
        if (continued != null && s.token(t).pos().equals("NN") && lemma.equals("guest") && !dependents(s, t, "nmod:poss").isEmpty()) {
            List<String> guest = Hosts.guest(this, continued::sentence, s, t);
            if (!guest.isEmpty()) {
                return guest;
            }
        }
        boolean visiting = dependents(s, t, "amod").stream().anyMatch(a -> s.token(a).word().equalsIgnoreCase("visiting"));
        if (continued != null && s.token(t).pos().equals("NNS") && (lemma.equals("guest") || visiting)
                && !dependents(s, t, "det", "nmod:poss").isEmpty()) {
            List<String> guests = Hosts.guests(this, continued::sentence, s, t);
            if (!guests.isEmpty()) {
                return guests;
            }
        }
        // "the visiting minister": the one guest or traveller told last.
        if (continued != null && visiting && s.token(t).pos().equals("NN") && theBefore(s, t)) {
            List<String> guest = Hosts.visitor(this, continued::sentence, s, t);
            if (!guest.isEmpty()) {
                return guest;
            }
        }
        if (continued != null && (pronoun.equals("he") || pronoun.equals("she"))) {
            String person = continuedPerson(s, t, pronoun.equals("he"));
            if (person == null) {
                person = sentenceSubject(s, t, pronoun.equals("he"));
            }
            if (person != null) {
                return List.of(person);
            }
        }
        // "Ana Soto, who ..., called off her planned trip": a possessive after a named subject of its own sentence is
        // hers when coreference found nobody, her, or someone this sentence does not name.
        boolean possessive = pronoun.equals("his") || pronoun.equals("her")
                && s.parents(t).stream().anyMatch(d -> d.relation().equals("nmod:poss"));
        if (continued != null && possessive) {
            String person = sentenceSubject(s, t, pronoun.equals("his"));
            if (person != null) {
                return List.of(person);
            }
        }
        // "X held talks with Y, the ministry said, their first meeting since 2011": the pair of the sentence's meeting.
        boolean ownersOfMeeting = pronoun.equals("their") && s.parents(t).stream().anyMatch(d -> d.relation().equals("nmod:poss")
                && d.governor() >= 0 && MEET_NOUNS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT)));
        if (continued != null && ownersOfMeeting) {
            List<String> pair = pairIn(s, true);
            if (pair.size() != 2) {
                pair = meetingNounPair(s, true);
            }
            if (pair.size() != 2) {
                pair = reporterAndSubject(s, t);
            }
            if (pair.size() != 2) {
                pair = groupSubjectOfOwnedMeeting(s, t);
            }
            if (pair.size() == 2) {
                return pair;
            }
        }
        // "The two leaders, A and B, agreed to resume contacts when they met in May": the named group the clause above is of.
        if (continued != null && pronoun.equals("they")) {
            List<String> group = groupOfClauseAbove(s, t);
            if (group.size() >= 2) {
                return group;
            }
        }
        // "A and B flew to Lima, where they met X": a later "they" of the sentence is the group its main clause begins with.
        if (continued != null && pronoun.equals("they")) {
            List<String> group = groupOfMainSubject(s, t);
            if (group.size() >= 2) {
                return group;
            }
        }
        // "held talks with them", "met both of them": the people the sentence before named, save this one's subject.
        List<String> them = continued == null ? List.of() : namedBefore(s, t, pronoun);
        if (!them.isEmpty()) {
            return them;
        }
        // "A received the leaders, and they later met B": "they" after one person's clause is the group it received.
        if (continued != null && pronoun.equals("they")) {
            List<String> group = groupObjectBefore(s, t);
            if (group.size() >= 2) {
                return group;
            }
        }
        // A plural pronoun that coreference gave one person is rather the pair before.
        if (continued != null && pronoun.equals("they")
                && index.at(s.index(), t).map(e -> e.type() == EntityType.PERSON).orElse(true)) {
            List<String> pair = continuedPair(s, t);
            if (!pair.isEmpty()) {
                return pair;
            }
        }
        // "The two ministers met", "Both leaders spoke": the pair the sentence before named.
        int counted = continued == null || index.at(s.index(), t).map(e -> e.type() != EntityType.PERSON).orElse(false) ? 0 : groupCount(s, t);
        // "a telephone call between the two ministers": the same pair, as the sides of a meeting noun.
        boolean betweenSides = s.index() > 0 && s.parents(t).stream().anyMatch(d -> d.relation().equals("nmod:between"));
        // "X met Y on Monday, and the two men spoke again that night": the pair the sentence's main clause told.
        if (counted > 0 && continued != null && subjectOfConjunct(s, t)) {
            List<String> pair = pairIn(s, true);
            if (pair.size() == counted && holdTitle(pair, s, t)) {
                return pair;
            }
        }
        // "A told B on Monday that the plan had failed, as the two met in Lima": the teller and the hearer of the words
        // the group word's time clause stands beside.
        if (counted == 2 && continued != null) {
            List<String> pair = tellerAndHearer(s, t);
            if (pair.size() == 2 && holdTitle(pair, s, t)) {
                return pair;
            }
        }
        // "The two men last met in Lima in May, when A warned B that ...": the two people the when-clause names.
        if (counted == 2 && continued != null) {
            List<String> pair = pairOfWhenClause(s, t);
            if (pair.size() == 2 && holdTitle(pair, s, t)) {
                return pair;
            }
        }
        // "X said A would visit Lima if B invited him, and that the pair could meet there": the two people the sentence
        // names before the group word, save whoever reports its clause.
        if (counted == 2 && continued != null) {
            List<String> named = namedBeforeIn(s, t);
            if (named.size() == 2 && holdTitle(named, s, t)) {
                return named;
            }
        }
        // "X called Y on Monday. The leaders agreed to meet soon": a definite plural of a role, alone as the subject of
        // a meeting verb, is the people the sentence before told meeting.
        if (counted == 0 && continued != null && definiteRolePlural(s, t) && meetingArgument(s, t, "nsubj") && groupSubjectAlone(s, t)) {
            List<String> pair = pairIn(continued.previous(s));
            if (pair.size() < 2) {
                pair = meetingNounPair(continued.previous(s), true);
            }
            if (pair.size() >= 2) {
                return pair;
            }
            // "A and B met in Oslo. The co-chairs said the ministers had agreed ... The ministers would meet again": else
            // the pair the sentence before that, or the lede, tells meeting, when they hold the role.
            // Only for a meeting still to come, held again or held last: a past "the ministers discussed" tells the meeting before.
            int verb = s.parents(t).stream().filter(d -> d.base().equals("nsubj")).mapToInt(Dependency::governor).findFirst().orElse(-1);
            // "The ministers last met in Vienna": the meeting before the story's, of the pair the story is about.
            boolean another = verb >= 0 && (hasAdverb(s, verb, "again") || hasAdverb(s, verb, "last")
                    || dependents(s, verb, "aux").stream().anyMatch(a -> s.token(a).word().matches("(?i)will|would|shall|'ll")));
            if (another && s.index() >= 2) {
                List<Integer> earlierSentences = new ArrayList<>(List.of(s.index() - 2));
                java.util.stream.IntStream.range(0, Math.min(3, s.index() - 2)).forEach(earlierSentences::add);
                for (int i : earlierSentences) {
                    List<String> earlier = pairIn(continued.sentence(i));
                    if (earlier.size() >= 2 && holdTitle(earlier, s, t)) {
                        return earlier;
                    }
                }
            }
        }
        // "A arrived in Lima with B and C. D received the leaders": a definite plural of a role, as the object of a
        // meeting verb whose subject is the only person named before it, is everyone the sentence before names, when
        // that is two or more people and not the host.
        if (counted == 0 && continued != null && s.index() > 0 && definiteRolePlural(s, t) && meetingArgument(s, t, "obj")) {
            Set<String> receiver = groupObjectHost(s, t);
            List<String> named = namedIn(continued.previous(s));
            if (!receiver.isEmpty() && named.size() >= 2 && named.stream().noneMatch(receiver::contains)) {
                return named;
            }
        }
        // "Ana Soto received the two leaders": the pair told before, which does not hold the one who receives them.
        Set<String> host = counted > 0 ? groupObjectHost(s, t) : Set.of();
        // "A and B will meet in Lima for a summit between the two countries": the pair of the sentence itself.
        if (counted > 0 && betweenSides && host.isEmpty()) {
            // Two people joined as a subject only: reading the sentence's meeting nouns would read this word again.
            List<String> own = conjoinedSubjectPair(s, true);
            if (own.size() == counted) {
                return own;
            }
        }
        // "X was to join the two presidents for talks": the pair X joins.
        boolean joined = s.parents(t).stream().anyMatch(d -> d.base().equals("obj") && d.governor() >= 0
                && s.token(d.governor()).lemma().equalsIgnoreCase("join"));
        if (counted > 0 && s.index() > 0 && (groupSubjectAlone(s, t) || betweenSides || !host.isEmpty() || joined)) {
            // "The two last met in May": a bare number stands for people as a role of a pair does.
            boolean pairWord = PAIR_ROLES.contains(lemma) || COUNTS.containsKey(lemma) && s.token(t).pos().equals("CD");
            List<String> pair = pairIn(continued.previous(s));
            // "A and B met on Monday. A said ... B said the two leaders had also discussed ...": the pair of the sentence
            // before that, when one of them reports the group word's clause.
            if ((pair.size() != counted || !holdTitle(pair, s, t)) && s.index() >= 2) {
                List<String> earlier = pairIn(continued.sentence(s.index() - 2));
                boolean reportedByOne = java.util.stream.IntStream.range(0, t).anyMatch(i -> reporterOf(s, i, t)
                        && namedPerson(s, i).map(e -> earlier.contains(e.id())).orElse(false));
                pair = reportedByOne ? earlier : pair;
            }
            // "A called off a visit after B insisted on ... The two leaders spoke the next day": else the only two (or as
            // many as counted) people the sentence before names, holding the title, before any pair the lede tells.
            // "Ruiz's spokesman Marek wrote ... Marek said the two leaders would meet": whoever reports the group word's
            // clause is not of the group.
            Set<String> reporters = new java.util.HashSet<>();
            for (int i = 0; i < t; i++) {
                if (reporterOf(s, i, t)) {
                    namedPerson(s, i).ifPresent(e -> reporters.add(e.id()));
                }
            }
            if ((pair.size() != counted || !holdTitle(pair, s, t)) && pairWord) {
                List<String> named = namedIn(continued.previous(s), counted);
                named = named.stream().anyMatch(reporters::contains) ? List.of() : named;
                // "the leaders" are heads of state or government here, not a chief of staff named beside one.
                boolean heads = !lemma.equals("leader") || named.stream().allMatch(id -> index.byId(id)
                        .map(e -> e.roles().stream().anyMatch(r -> TitleLexicon.isHeadTitle(r.title()))).orElse(false));
                if (!named.isEmpty() && heads && named.stream().noneMatch(host::contains) && holdTitle(named, s, t)) {
                    return named;
                }
            }
            // "wants to hold a summit between A and B. The two presidents last met in 2019": else the sides of a meeting
            // noun the sentence before names.
            if ((pair.size() != counted || !holdTitle(pair, s, t)) && pairWord) {
                List<String> between = meetingNounPair(continued.previous(s), false);
                if (between.size() == counted && holdTitle(between, s, t) && between.stream().noneMatch(host::contains)
                        && between.stream().noneMatch(reporters::contains)) {
                    return between;
                }
            }
            // "The two ministers last met in 2019": else the people the lede tells as meeting, as many as counted.
            for (int i = 0; (pair.size() != counted || pair.stream().anyMatch(host::contains) || !holdTitle(pair, s, t))
                    && i < Math.min(3, s.index()); i++) {
                pair = pairIn(continued.sentence(i));
            }
            if (pair.stream().anyMatch(host::contains)) {
                return List.of();
            }
            if (pair.size() == counted && holdTitle(pair, s, t)) {
                return pair;
            }
            // "The two presidents first met in 2015" after a paragraph on their ministers: the two given that title whom
            // the article names most before.
            if (counted == 2 && TitleLexicon.isTitleWord(lemma)) {
                List<String> holders = titleHoldersNamedMost(s, t);
                if (holders.size() == 2 && holders.stream().noneMatch(host::contains)) {
                    return holders;
                }
            }
            // "A will visit Lima at the invitation of B. ... a call between the two ministers", "A arrived with B, C and D.
            // The four ministers met E": the only two (or as many as counted) people the sentence before names.
            if (pairWord) {
                pair = namedIn(continued.previous(s), counted);
                if (!pair.isEmpty() && pair.stream().noneMatch(host::contains) && pair.stream().noneMatch(reporters::contains)) {
                    return pair;
                }
            }
            // "The two leaders held talks" with no pair told just before: the story's two protagonists.
            if (counted == 2 && pairWord) {
                pair = mostNamedPair(s);
                if (!pair.isEmpty()) {
                    return pair;
                }
            }
        }
        // "Ana Soto said Ivo Ruiz had invited her": an object pronoun of a reported clause with a subject of its own is
        // the reporter, since the clause's subject would be "herself".
        if (continued != null && (pronoun.equals("him") || pronoun.equals("her"))) {
            String reporter = reporterAboveObject(s, t, pronoun.equals("him") ? GenderLexicon.Gender.FEMALE : GenderLexicon.Gender.MALE);
            if (reporter != null) {
                return List.of(reporter);
            }
        }
        // "Ana Soto arrived in Lima, where Ivo Ruiz received her": the object of a where- or who-clause is the person
        // the main clause is about.
        if (continued != null && (pronoun.equals("him") || pronoun.equals("her") && s.parents(t).stream().anyMatch(d -> d.base().equals("obj")))) {
            String main = subjectAcrossRelative(s, t);
            if (main != null) {
                return List.of(main);
            }
        }
        if (continued != null && pronoun.equals("him") && (index.at(s.index(), t).isEmpty() || coSubject(s, t))) {
            String person = objectContinued(s, t);
            if (person != null) {
                return List.of(person);
            }
        }
        Optional<Entity> direct = index.at(s.index(), t);
        // "met the Speaker of Parliament, Ana Soto": NER may read a capitalised title and its of-phrase as a body's name,
        // and coreference may tie "The Head of State, Ana Soto," to another head of state named before; the person set
        // beside the title is the one meant.
        if (direct.isPresent() && TitleLexicon.isTitleWord(s.token(t).word().toLowerCase(Locale.ROOT))) {
            List<String> people = dependents(s, t, "appos").stream().map(a -> index.at(s.index(), a)).flatMap(Optional::stream)
                    .filter(e -> e.type() == EntityType.PERSON).map(Entity::id).toList();
            if (!people.isEmpty() && (direct.get().type() != EntityType.PERSON || !people.contains(direct.get().id()))) {
                return people;
            }
        }
        // A nationality adjective heading an argument ("the Syrian said") is a parse slip, not the country.
        if (direct.isPresent() && s.token(t).ner().equals("NATIONALITY")) {
            return List.of();
        }
        if (direct.isPresent() && direct.get().type().isActor()) {
            out.add(direct.get().id());
            // "King Ivo of Borduria and Queen Ana arrived": the parser joins the second person to the country.
            if (direct.get().type() == EntityType.PERSON) {
                for (int of : dependents(s, t, "nmod:of")) {
                    for (int other : dependents(s, of, "conj")) {
                        index.at(s.index(), other).filter(e -> e.type() == EntityType.PERSON).ifPresent(e -> out.add(e.id()));
                    }
                }
            }
            return new ArrayList<>(out);
        }
        Token tok = s.token(t);
        if (!tok.isNoun() && !tok.isPronoun()) {
            return List.of();
        }
        // A person named in apposition or compound to a title noun; any actor in apposition ("one of the groups,
        // the Acme Front,"). A name before another common noun modifies it: "Soto defenders", "the Soto years".
        boolean titled = tok.ner().equals("TITLE") || TitleLexicon.isTitleWord(tok.word().toLowerCase(Locale.ROOT))
                || GROUP_NOUNS.contains(tok.lemma().toLowerCase(Locale.ROOT));
        for (Dependency d : s.children(t)) {
            String rel = d.base();
            if (rel.equals("appos") && (met && runsIntoOwnVerb(s, t, d.dependent()) || closingReporter(s, d.dependent()))) {
                continue;
            }
            if (rel.equals("appos")) {
                Optional<Entity> named = index.at(s.index(), d.dependent()).filter(e -> e.type().isActor());
                named.ifPresent(e -> out.add(e.id()));
                // "his counterpart, Secretary of National Defense Ana Soto,": the appositive is a title naming her.
                boolean titleAppositive = s.token(d.dependent()).ner().equals("TITLE")
                        || TitleLexicon.isTitleWord(s.token(d.dependent()).word().toLowerCase(Locale.ROOT));
                if (named.isEmpty() && titleAppositive) {
                    actors(s, d.dependent()).stream().filter(id -> index.byId(id).map(e -> e.type() == EntityType.PERSON).orElse(false))
                            .forEach(out::add);
                }
            } else if ((rel.equals("compound") || rel.equals("flat") || rel.equals("dep")) && (titled || d.dependent() > t)) {
                index.at(s.index(), d.dependent()).filter(e -> e.type() == EntityType.PERSON).ifPresent(e -> out.add(e.id()));
            }
        }
        if (!out.isEmpty()) {
            return new ArrayList<>(out);
        }
        // "Former Ambassador to the United Nations Ana Soto" parsed with the name inside the title's phrase.
        if (tok.ner().equals("TITLE") || TitleLexicon.isTitleWord(tok.word().toLowerCase(Locale.ROOT))) {
            for (Dependency d : s.children(t)) {
                if (d.base().equals("nmod")) {
                    index.at(s.index(), d.dependent()).filter(e -> e.type() == EntityType.PERSON).ifPresent(e -> out.add(e.id()));
                    // "the commander of the Acme Fleet, Adm. Ivo Ruiz,": the parser hangs the name on the nearer noun.
                    for (int named : d.relation().equals("nmod:of") ? dependents(s, d.dependent(), "appos") : List.<Integer>of()) {
                        index.at(s.index(), named).filter(e -> e.type() == EntityType.PERSON).ifPresent(e -> out.add(e.id()));
                    }
                }
            }
            if (!out.isEmpty()) {
                return new ArrayList<>(out);
            }
            Optional<Entity> after = personAfterTitle(s, t);
            if (after.isPresent()) {
                return List.of(after.get().id());
            }
        }
        List<String> holders = titledPeople(s, t);
        if (!holders.isEmpty()) {
            return holders;
        }
        // "a delegation led by Ana Soto", "an observer mission headed by Ana Soto": the one leading stands for it.
        // "negotiators led by Ana Soto for Peru and Ivo Ruiz for Chile": each leader (the parser makes the second a
        // conjunct of the first for-phrase).
        if (tok.isNoun() && !tok.isProperNoun()) {
            out.addAll(ledBy(s, t));
        }
        if (!out.isEmpty()) {
            return new ArrayList<>(out);
        }
        // "... a delegation led by Ana Soto. Ivo Ruiz received the delegation": the leader of the one told just before.
        // "the government delegation" is the one told so before: its common-word modifiers must be the earlier one's.
        Set<String> kind = commonModifiers(s, t);
        boolean bareDefinite = theBefore(s, t)
                && dependents(s, t, "nmod:of", "nmod:from", "nmod:poss", "acl").isEmpty()
                && kind.size() == dependents(s, t, "compound", "amod").size();
        if (continued != null && bareDefinite && tok.lemma().equalsIgnoreCase("delegation")) {
            for (int back = 0; back <= 3 && s.index() - back >= 0 && out.isEmpty(); back++) {
                Sentence earlier = continued.sentence(s.index() - back);
                for (int i = 0; i < earlier.tokens().size() && (back > 0 || i < t); i++) {
                    boolean sameKind = commonModifiers(earlier, i).equals(kind);
                    if (earlier.token(i).lemma().equalsIgnoreCase("delegation") && i != t && sameKind) {
                        out.addAll(ledBy(earlier, i));
                    }
                }
            }
            if (!out.isEmpty()) {
                return new ArrayList<>(out);
            }
        }
        // "met with several lawmakers, including Ana Soto": the side met counts the people it names. "Officials,
        // including Ana Soto, said" is still the officials' word, not hers.
        // The subject of its own relative clause ("officers who seized power") is no subject of the telling.
        // A passive subject ("the group, which included Ana Soto, was met by ...") is what the telling is about.
        boolean subject = s.parents(t).stream().anyMatch(d -> d.relation().equals("nsubj") && governor(s, d.governor(), "acl:relcl") != t);
        List<Integer> members = new ArrayList<>(dependents(s, t, "nmod:including"));
        if (tok.pos().equals("NNS")) {
            // "the leaders of several countries, including A and B": the parser may hang the members on the of-phrase,
            for (int of : dependents(s, t, "nmod:of")) {
                members.addAll(s.token(of).pos().equals("NNS") ? dependents(s, of, "nmod:including") : List.of());
            }
            // or, "met several leaders on Monday, including A", on the verb the group is the object of.
            int verb = governor(s, t, "obj");
            if (verb >= 0 && s.token(verb).isVerb()) {
                members.addAll(dependents(s, verb, "obl:including"));
            }
        }
        // "The group, which included Ana Soto and Ivo Ruiz, ...": the members a relative clause lists.
        for (int clause : dependents(s, t, "acl:relcl")) {
            if (s.token(clause).lemma().toLowerCase(Locale.ROOT).matches("include|comprise")) {
                members.addAll(dependents(s, clause, "obj"));
            }
        }
        for (int member : tok.isNoun() && !tok.isProperNoun() && !subject ? members : List.<Integer>of()) {
            for (int n : withConjuncts(s, member)) {
                // "including the army chief, Gen. Ana Soto": a title with the name beside it.
                Optional<Entity> named = index.at(s.index(), n).filter(e -> e.type().isActor());
                named.ifPresent(e -> out.add(e.id()));
                if (named.isEmpty() && s.token(n).isNoun() && !s.token(n).isProperNoun()) {
                    for (int a : dependents(s, n, "appos")) {
                        index.at(s.index(), a).filter(e -> e.type() == EntityType.PERSON).ifPresent(e -> out.add(e.id()));
                    }
                }
            }
        }
        if (!out.isEmpty()) {
            return new ArrayList<>(out);
        }
        // "its allies, including Ruritania", "several states, including A and B": the named members stand for the group.
        if (tok.isNoun() && !tok.isProperNoun()) {
            for (int member : dependents(s, t, "nmod:including")) {
                index.at(s.index(), member).filter(e -> e.type().isActor()).ifPresent(e -> out.add(e.id()));
            }
            if (!out.isEmpty()) {
                return new ArrayList<>(out);
            }
        }
        // "the former Ruritanian president" no longer acts for Ruritania.
        boolean former = dependents(s, t, "amod").stream().anyMatch(a -> s.token(a).word().matches("(?i)former|ex-?|late|retired"));
        // "Ruritanian opposition leaders" do not act for Ruritania either; "business leaders from the Acme Federation"
        // still come from the federation.
        boolean outside = outsideOffice(s, t);
        // "military commanders from Ruritania": commanders act for their country as a group; "the Commander of the
        // Armed Forces" is one person's title.
        boolean commanders = tok.lemma().equalsIgnoreCase("commander") && tok.pos().equals("NNS");
        if ((GROUP_NOUNS.contains(tok.lemma().toLowerCase(Locale.ROOT)) || commanders) && !former) {
            for (Dependency d : s.children(t)) {
                // "a spokeswoman for the Ruritanian Commission": a spokesperson speaks for the body after "for".
                boolean speaksFor = d.relation().equals("nmod:for") && tok.lemma().toLowerCase(Locale.ROOT).startsWith("spokes");
                // "his counterparts from Peru, Ana Soto, and Chile, Ivo Ruiz": the people named beside their countries.
                List<String> named = d.relation().equals("nmod:from") ? peopleBesideCountries(s, d.dependent()) : List.of();
                if (!named.isEmpty()) {
                    out.addAll(named);
                    continue;
                }
                if (d.relation().equals("nmod:of") || d.relation().equals("nmod:from") || d.relation().equals("nmod:poss")
                        && !s.token(d.dependent()).isPronoun() || d.base().equals("compound") || d.base().equals("amod") || speaksFor) {
                    index.at(s.index(), d.dependent()).filter(e -> e.type().isActor() && !(outside && e.type() == EntityType.COUNTRY))
                            .ifPresent(e -> out.add(e.id()));
                }
                // "leaders of the member countries of the Acme Pact", "ministers from the Acme Group economies": the
                // body whose members the group comes from.
                boolean ofMembers = d.relation().equals("nmod:of") || d.relation().equals("nmod:from");
                int inner = d.dependent();
                if (ofMembers && index.at(s.index(), inner).isEmpty() && s.token(inner).isNoun() && !s.token(inner).isProperNoun()) {
                    for (int body : dependents(s, inner, "nmod:of", "compound")) {
                        index.at(s.index(), body).filter(e -> e.type() == EntityType.ORGANIZATION).ifPresent(e -> out.add(e.id()));
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The people set in apposition to a country and to the countries joined to it ("from Peru, Ana Soto, Chile, Ivo Ruiz,
     * and Bolivia, Eva Lind"); empty when the first is no country or none is so named.
     */
    private List<String> peopleBesideCountries(Sentence s, int first) {
        if (index.at(s.index(), first).map(e -> e.type() != EntityType.COUNTRY).orElse(true)) {
            return List.of();
        }
        List<Integer> countries = new ArrayList<>(List.of(first));
        dependents(s, first, "conj", "appos").stream()
                .filter(c -> index.at(s.index(), c).map(e -> e.type() == EntityType.COUNTRY).orElse(false)).forEach(countries::add);
        List<String> out = new ArrayList<>();
        for (int c : countries) {
            for (int a : dependents(s, c, "appos")) {
                namedPerson(s, a).map(Entity::id).filter(id -> !out.contains(id)).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * "phoned his counterpart, the ministry said": an apposition that runs with no closing comma into the verb its
     * noun is the subject of is the misparsed reporter of a closing attribution, not another name for the noun.
     */
    private static boolean runsIntoOwnVerb(Sentence s, int noun, int appos) {
        int verb = governor(s, noun, "nsubj");
        return verb > appos && Collections.max(subtree(s, appos, Set.of())) == verb - 1 && s.token(verb).isVerb();
    }

    /**
     * "spoke with the minister, the ministry said", wherever the parser hung "said": an apposition followed at once by
     * a verb of speech in the past or present that has no other subject is the closing attribution's reporter.
     */
    private boolean closingReporter(Sentence s, int appos) {
        int after = Collections.max(subtree(s, appos, Set.of())) + 1;
        return verbs != null && after < s.tokens().size() && s.token(after).pos().matches("VBD|VBZ|VBP")
                && verbs.isCue(s.token(after).lemma().toLowerCase(Locale.ROOT))
                && dependents(s, after, "nsubj").stream().allMatch(n -> n == appos);
    }

    /** Whether token {@code t} is the subject of a clause (active or passive). */
    static boolean isSubject(Sentence s, int t) {
        return s.parents(t).stream().anyMatch(d -> d.base().equals("nsubj"));
    }

    /** The lower-cased compound and adjective modifiers of noun {@code t} that are common words ("government"). */
    private static Set<String> commonModifiers(Sentence s, int t) {
        Set<String> out = new java.util.HashSet<>();
        for (int m : dependents(s, t, "compound", "amod")) {
            if (!s.token(m).isProperNoun() && s.token(m).ner().equals("O")) {
                out.add(s.token(m).lemma().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Whether a common-word modifier of noun {@code t} puts it outside a government ("opposition leaders"). */
    private static boolean outsideOffice(Sentence s, int t) {
        return dependents(s, t, "amod", "compound").stream().anyMatch(m -> !s.token(m).isProperNoun()
                && OUTSIDE_OFFICE_WORDS.contains(s.token(m).lemma().toLowerCase(Locale.ROOT)));
    }

    /** The people a "led by" or "headed by" clause on the noun at {@code t} names; empty if none. */
    private List<String> ledBy(Sentence s, int t) {
        Set<String> out = new LinkedHashSet<>();
        for (int clause : dependents(s, t, "acl")) {
            String verb = s.token(clause).lemma().toLowerCase(Locale.ROOT);
            if (verb.equals("lead") || verb.equals("head")) {
                for (int leader : dependents(s, clause, "obl:agent", "obl:by", "obl:for")) {
                    for (int n : withConjuncts(s, leader)) {
                        index.at(s.index(), n).filter(e -> e.type() == EntityType.PERSON).ifPresent(e -> out.add(e.id()));
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The noun a subject "who" stands for: "Ana Soto, who met Ivo Ruiz in May, ..." (the clause hangs from it as a
     * relative clause, or as the parser's dep or acl); -1 for any other token.
     */
    static int relativeHead(Sentence s, int t) {
        if (!s.token(t).word().equalsIgnoreCase("who") || !s.token(t).pos().equals("WP")) {
            return -1;
        }
        int clause = s.parents(t).stream().filter(d -> d.base().equals("nsubj") && d.governor() >= 0).mapToInt(d -> d.governor())
                .findFirst().orElse(-1);
        // "A, who is due in Lima for talks, welcomed ...": where the parser lost the clause, "who" still refers to A.
        int referred = governor(s, t, "ref");
        if (clause < 0 && referred >= 0 && referred < t && s.token(referred).isNoun()) {
            return referred;
        }
        int described = clause < 0 ? -1 : governor(s, clause, "acl:relcl", "dep", "acl");
        // "Soto met Ana Ruiz, who told reporters ...", "held talks with Ana Ruiz, who ...": the parser may hang the clause
        // on the verb or the noun before; a "who" set off after a person's name still stands for it.
        boolean afterName = described >= 0 && t >= 2 && s.token(t - 1).word().equals(",")
                && (s.token(t - 2).isProperNoun() || s.token(t - 2).ner().equals("PERSON"));
        boolean personBefore = afterName && s.token(t - 2).ner().equals("PERSON") && !s.token(described).ner().equals("PERSON");
        if (described >= 0 && described < t && s.token(described).isNoun() && !personBefore) {
            return described;
        }
        return afterName ? t - 2 : -1;
    }

    /**
     * "The Chilean president arrived ...", "the foreign ministers of Chile and Peru met", "his Chilean counterpart": a
     * title noun with countries (or bodies) beside it stands for the one person the article gives that title of each
     * country, wherever it names them (a headline names them later); a counterpart holds any title of its country.
     * Of several countries, one whose holder is not known stands in for that holder; empty when one country's is not
     * known, or none of several countries', and then the countries stand in.
     */
    private List<String> titledPeople(Sentence s, int t) {
        Token tok = s.token(t);
        String title = tok.lemma().toLowerCase(Locale.ROOT);
        // "his Chilean counterpart", "the Chilean leader": whatever the title, the person of that country.
        boolean counterpart = title.equals("counterpart") || title.equals("leader") || title.equals("ruler");
        // "the Acme Commission chief": the head of a body, whatever the body calls the post. Not of a country, where
        // an army chief is no head of state.
        boolean bodyHead = title.equals("chief") || title.equals("head");
        // "the Foreign Minister": a capitalised title the tagger made a proper noun is still a title.
        boolean singular = tok.pos().equals("NN") || tok.pos().equals("NNP") && tok.ner().equals("TITLE") && index.at(s.index(), t).isEmpty();
        if (!(singular || tok.pos().equals("NNS")) || !counterpart && !bodyHead && !TitleLexicon.isTitleWord(title)) {
            return List.of();
        }
        // "Ruritanian opposition leaders", "rebel commanders": holders outside the country's government hold none of its offices.
        if (outsideOffice(s, t)) {
            return List.of();
        }
        // "last saw a Peruvian president in 2019": an indefinite title names no one holder.
        if (singular && indefinite(s, t)) {
            return List.of();
        }
        Set<String> bodies = new LinkedHashSet<>();
        // "his counterparts from Chile and Peru": a from-phrase tells the country as an of-phrase does.
        for (int d : dependents(s, t, "amod", "nmod:poss", "compound", "nmod:of", "nmod:from")) {
            for (int n : withConjuncts(s, d)) {
                index.at(s.index(), n).filter(e -> e.type() == EntityType.ORGANIZATION || e.type() == EntityType.COUNTRY && !bodyHead)
                        .ifPresent(e -> bodies.add(e.id()));
            }
        }
        boolean anyTitle = counterpart || bodyHead && !bodies.isEmpty();
        // "the opposition leader", "the envoy": with no country beside it, the one person the article gives that title
        // (for meeting sides; a speaker so described keeps the description, which PolNeAR's sources show is safer).
        if (continued != null && bodies.isEmpty() && singular && !title.equals("counterpart")
                && theBefore(s, t)) {
            List<String> words = new ArrayList<>(List.of(title));
            words.addAll(officeModifiers(s, t));
            if (title.equals("diplomat") && words.contains("top")) {
                words.clear();
                words.add(TitleLexicon.TOP_DIPLOMAT);
            }
            // A definite title takes up someone named before it, not a holder the article introduces later.
            int at = s.token(t).begin();
            List<String> fits = index.entities().stream().filter(e -> e.type() == EntityType.PERSON && e.roles().stream()
                    .anyMatch(r -> TitleLexicon.describes(r.title(), words)) && mentionsBefore(e, at) > 0).map(Entity::id).toList();
            // Where the text calls nobody so, the person the table knows in that office on the article's date; of
            // several (the prime ministers of two countries), the one the article is about: named before the sentence
            // at least twice as often as any other.
            if (fits.isEmpty()) {
                List<Entity> holders = index.entities().stream().filter(e -> e.type() == EntityType.PERSON && index.officeRoles(e).stream()
                        .anyMatch(r -> TitleLexicon.describes(r.title(), words))).toList();
                return mostNamedBefore(holders, at);
            }
            return fits.size() == 1 ? fits : List.of();
        }
        // "spoke with both foreign ministers": the two people given that title whom the article names most before.
        // However the parser hangs it (det, cc:preconj, dep).
        boolean both = s.children(t).stream().anyMatch(d -> d.dependent() < t && s.token(d.dependent()).word().equalsIgnoreCase("both"));
        if (continued != null && bodies.isEmpty() && tok.pos().equals("NNS") && both) {
            return titleHoldersNamedMost(s, t);
        }
        // A singular title is of one country; a plural one of each ("the trade ministers of Chile and Peru").
        if (bodies.isEmpty() || singular && bodies.size() != 1) {
            return List.of();
        }
        // "the Acme Pact leaders said": the leaders of its members, not whoever holds an office of the pact itself.
        boolean membersLeaders = !singular && counterpart && bodies.stream().allMatch(b -> index.byId(b)
                .map(e -> e.type() == EntityType.ORGANIZATION).orElse(false));
        if (membersLeaders) {
            return List.of();
        }
        List<String> people = new ArrayList<>();
        for (String body : bodies) {
            Set<String> fits = new LinkedHashSet<>();
            for (Entity e : index.entities()) {
                boolean holds = e.type() == EntityType.PERSON && index.officeRoles(e).stream().anyMatch(r -> body.equals(r.ofEntity())
                        && (anyTitle || TitleLexicon.describes(r.title(), titleWords(s, t))));
                if (holds) {
                    fits.add(e.id());
                }
            }
            if (fits.size() > 1 && title.equals("counterpart")) {
                fits = counterpartsByTitle(s, t, fits);
            }
            // "Ruritania's leader" where the article names its president and its foreign minister: the head of state or
            // government.
            if (fits.size() > 1 && (title.equals("leader") || title.equals("ruler"))) {
                Set<String> heads = new LinkedHashSet<>();
                for (String id : fits) {
                    index.byId(id).filter(e -> index.officeRoles(e).stream().anyMatch(r -> body.equals(r.ofEntity()) && TitleLexicon.isHeadTitle(r.title())))
                            .ifPresent(e -> heads.add(id));
                }
                fits = heads.isEmpty() ? fits : heads;
                // "the leaders of A, B and C held a summit" where the article also names a former president of B: the
                // head it names most.
                if (fits.size() > 1 && !tok.pos().equals("NN")) {
                    fits = mostMentioned(fits);
                }
            }
            // "The Iraqi envoy, who arrived on Saturday, met X": with no holder of that country's office known, the one
            // person named before this sentence whom the article gives that title of no country. Not a head of state or
            // government: "President A met the Peruvian president" is not A again.
            if (fits.isEmpty() && singular && bodies.size() == 1 && continued != null && !TitleLexicon.isHeadTitle(title)) {
                int at = s.token(0).begin();
                List<String> untied = index.entities().stream().filter(e -> e.type() == EntityType.PERSON && mentionsBefore(e, at) > 0
                        && e.roles().stream().anyMatch(r -> r.ofEntity() == null && TitleLexicon.describes(r.title(), List.of(title))))
                        .map(Entity::id).toList();
                if (untied.size() == 1) {
                    fits.add(untied.get(0));
                }
            }
            // "Ruritania's top diplomat was in Oslo for talks. ... Foreign Minister Ana Soto told ...": a lede may describe its
            // figure before naming them. With nobody named before the description, the first person named after it
            // with that title of no country (or of this one) and of no other.
            if (fits.isEmpty() && singular && bodies.size() == 1 && continued != null) {
                ledeFigure(s, t, body).ifPresent(fits::add);
            }
            // "the foreign ministers of Chile, Peru and Bolivia": each country's one holder, else the country stands in.
            if (fits.size() != 1 && (bodies.size() == 1 || !tok.pos().equals("NNS"))) {
                return List.of();
            }
            people.add(fits.size() == 1 ? fits.iterator().next() : body);
        }
        // Where no country's holder is known, the countries stand in by themselves.
        return people.containsAll(bodies) ? List.of() : people;
    }

    /**
     * The people named as the subject of the clause that the time clause of subject {@code t} hangs on ("A and B
     * agreed ... when they met"; "A and B met, their first talks since they met in May"), or its apposition ("the two
     * leaders, A and B"); empty when fewer than two are named.
     */
    private List<String> groupOfClauseAbove(Sentence s, int t) {
        int verb = governor(s, t, "nsubj");
        boolean timeClause = verb >= 0 && dependents(s, verb, "advmod", "mark").stream()
                .anyMatch(m -> m < t && s.token(m).word().matches("(?i)when|as|after|before|while|since"));
        int above = timeClause ? governor(s, verb, "advcl") : -1;
        // "A and B met on Monday, their first talks since they met in May": a time clause on the meeting noun is of the
        // clause that noun is in.
        int noun = timeClause && above < 0 ? governor(s, verb, "acl") : -1;
        if (noun >= 0) {
            above = s.parents(noun).stream().map(Dependency::governor).filter(g -> g >= 0 && s.token(g).isVerb()).findFirst().orElse(-1);
        }
        Set<String> group = new LinkedHashSet<>();
        for (int n : above >= 0 ? dependents(s, above, "nsubj", "nsubj:xsubj") : List.<Integer>of()) {
            List<Integer> heads = new ArrayList<>(withConjuncts(s, n));
            dependents(s, n, "appos").forEach(a -> heads.addAll(withConjuncts(s, a)));
            for (int h : heads) {
                namedPerson(s, h).ifPresent(e -> group.add(e.id()));
            }
        }
        return group.size() >= 2 ? List.copyOf(group) : List.of();
    }

    /**
     * "A said that B had agreed during their talks": the one who reports the clause and its subject, each one named
     * person, as the owners of the meeting noun that possessive {@code t} is of; empty otherwise.
     */
    private List<String> reporterAndSubject(Sentence s, int t) {
        int noun = governor(s, t, "nmod:poss");
        int verb = noun < 0 ? -1 : s.parents(noun).stream().filter(d -> d.governor() >= 0 && d.base().matches("obl|obj|nsubj"))
                .mapToInt(Dependency::governor).findFirst().orElse(-1);
        int reporter = verb < 0 ? -1 : governor(s, verb, "ccomp");
        if (reporter < 0) {
            return List.of();
        }
        List<String> subject = dependents(s, verb, "nsubj").stream().flatMap(n -> namedPerson(s, n).stream()).map(Entity::id).toList();
        List<String> teller = dependents(s, reporter, "nsubj").stream().flatMap(n -> namedPerson(s, n).stream()).map(Entity::id).toList();
        return subject.size() == 1 && teller.size() == 1 && !subject.equals(teller) ? List.of(teller.get(0), subject.get(0)) : List.of();
    }

    /** Of several people, the one the article names more often than each other; all of them on a tie. */
    private Set<String> mostMentioned(Set<String> people) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        people.forEach(id -> counts.put(id, index.byId(id).map(e -> e.mentions().size()).orElse(0)));
        int most = Collections.max(counts.values());
        List<String> top = people.stream().filter(id -> counts.get(id) == most).toList();
        return top.size() == 1 ? Set.of(top.get(0)) : people;
    }

    /**
     * The modifiers of a title noun that narrow the office ("foreign", "prime"), lower case; "the 80-year-old emir" and
     * "the embattled minister" describe the holder, not the office, and give none.
     */
    private static List<String> officeModifiers(Sentence s, int t) {
        return dependents(s, t, "compound", "amod").stream().map(m -> s.token(m).word().toLowerCase(Locale.ROOT))
                .filter(w -> TitleLexicon.isTitleWord(w) || TitleLexicon.isTitleModifier(w)).toList();
    }

    /**
     * The title words of a description's head: the noun's lemma, with "prime", "deputy" or "vice" where it modifies it
     * ("Peru's prime minister" is no mere minister, and its deputy prime minister no prime minister).
     */
    static List<String> titleWords(Sentence s, int t) {
        List<String> words = new ArrayList<>(List.of(s.token(t).lemma().toLowerCase(Locale.ROOT)));
        for (int m : dependents(s, t, "amod", "compound")) {
            // "Ruritania's Deputy Prime Minister" is not its prime minister.
            String w = s.token(m).word().toLowerCase(Locale.ROOT);
            if (w.equals("prime") || TitleLexicon.isDeputyWord(w)) {
                words.add(w);
            }
            // "the top Ruritanian diplomat" is its foreign minister; a mere diplomat is no office's holder.
            if (w.equals("top") && words.get(0).equals("diplomat")) {
                words.set(0, TitleLexicon.TOP_DIPLOMAT);
            }
        }
        return words;
    }

    /**
     * The person the story is about before sentence {@code s}: named before it at least twice as often as anyone else;
     * empty when nobody is.
     */
    List<String> storyPerson(Sentence s) {
        return mostNamedBefore(index.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList(), s.begin());
    }

    /** Of several people, the one named before {@code offset} at least twice as often as each other; empty if none is. */
    private static List<String> mostNamedBefore(List<Entity> people, int offset) {
        List<Entity> named = people.stream()
                .sorted(java.util.Comparator.comparingLong((Entity e) -> mentionsBefore(e, offset)).reversed()).toList();
        if (named.isEmpty() || mentionsBefore(named.get(0), offset) == 0
                || named.size() > 1 && mentionsBefore(named.get(0), offset) < 2 * mentionsBefore(named.get(1), offset)) {
            return List.of();
        }
        return List.of(named.get(0).id());
    }

    /** The title words of plural title noun {@code t} with its office modifiers: "the two foreign ministers". */
    private static List<String> officeWords(Sentence s, int t) {
        List<String> words = new ArrayList<>(List.of(s.token(t).lemma().toLowerCase(Locale.ROOT)));
        words.addAll(officeModifiers(s, t));
        return words;
    }

    /**
     * The two people given the title of plural noun {@code t} whom the article names most before its sentence (of
     * more, the story's two sides); empty when fewer than two hold it.
     */
    private List<String> titleHoldersNamedMost(Sentence s, int t) {
        List<String> words = officeWords(s, t);
        List<String> fits = index.entities().stream().filter(e -> e.type() == EntityType.PERSON && e.roles().stream()
                .anyMatch(r -> TitleLexicon.describes(r.title(), words)))
                .filter(e -> mentionsBefore(e, s.begin()) > 0)
                .sorted(java.util.Comparator.comparingLong((Entity e) -> mentionsBefore(e, s.begin())).reversed())
                .map(Entity::id).toList();
        return fits.size() >= 2 ? fits.subList(0, 2) : List.of();
    }

    /**
     * Whether the people of a pair may be "the two presidents" of noun {@code t}: a noun that is no title ("the two
     * leaders") fits anyone, a title fits those whose known roles include it or who have none.
     */
    private boolean holdTitle(List<String> pair, Sentence s, int t) {
        String lemma = s.token(t).lemma().toLowerCase(Locale.ROOT);
        if (!TitleLexicon.isTitleWord(lemma) || lemma.equals("leader") || lemma.equals("head")) {
            return true;
        }
        List<String> words = officeWords(s, t);
        return pair.stream().map(index::byId).flatMap(Optional::stream).allMatch(e -> e.roles().isEmpty()
                || e.roles().stream().anyMatch(r -> TitleLexicon.describes(r.title(), words)));
    }

    /**
     * The person a description of the lede stands for (see {@link #titledPeople}): the first named after token
     * {@code t} whose stated title, of no country or of {@code country}, has the description's words ("top diplomat"
     * is a foreign minister's); empty in the headline, when anyone is named before the description, or when nobody
     * after fits.
     */
    private Optional<String> ledeFigure(Sentence s, int t, String country) {
        int at = s.token(t).begin();
        // A headline's description is left to the lede it sums up, which tells the event with its day and place.
        if (at < headlineEnd || firstPersonAt < at) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>(titleWords(s, t));
        // "Ruritania's foreign minister" is no mere minister; its top diplomat is already the foreign minister.
        if (!words.contains(TitleLexicon.TOP_DIPLOMAT)) {
            officeModifiers(s, t).stream().filter(w -> !words.contains(w)).forEach(words::add);
        }
        return index.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .filter(e -> e.roles().stream().anyMatch(r -> (r.ofEntity() == null || r.ofEntity().equals(country))
                        && TitleLexicon.describes(r.title(), words))
                        && e.roles().stream().allMatch(r -> r.ofEntity() == null || r.ofEntity().equals(country)))
                .min(java.util.Comparator.comparingInt(Arguments::firstMentionAt)).map(Entity::id);
    }

    private static long mentionsBefore(Entity e, int offset) {
        return e.mentions().stream().filter(m -> m.begin() < offset).count();
    }

    /**
     * "his Indian counterpart" where the article names several Indians: those whose title is the possessor's
     * ("foreign secretary" for a foreign secretary).
     */
    private Set<String> counterpartsByTitle(Sentence s, int t, Set<String> fits) {
        Set<String> ownTitles = new java.util.HashSet<>();
        for (int p : dependents(s, t, "nmod:poss")) {
            for (String id : actors(s, p)) {
                index.byId(id).ifPresent(e -> index.officeRoles(e).forEach(r -> ownTitles.add(r.title())));
            }
        }
        // "Acting Foreign Minister" is the counterpart of a "Foreign Minister", and the other way round.
        Set<String> same = new LinkedHashSet<>();
        for (String id : fits) {
            index.byId(id).filter(e -> index.officeRoles(e).stream().anyMatch(r -> ownTitles.stream()
                            .anyMatch(own -> TitleLexicon.describes(r.title(), TitleLexicon.words(own))
                                    || TitleLexicon.describes(own, TitleLexicon.words(r.title())))))
                    .ifPresent(e -> same.add(e.id()));
        }
        return same;
    }

    /**
     * The person "he" or "she" at token {@code t} continues ({@link ContinuedSubject}), where it overrules
     * coreference: no proper noun that might be a person comes before the pronoun in its sentence, and coreference
     * found a person not named in this sentence or the one before, or found nobody and the continued person's gender
     * is known. Null otherwise.
     */
    private String continuedPerson(Sentence s, int t, boolean male) {
        if (inFrontedClause(s, t)) {
            return null;
        }
        for (int i = 0; i < t; i++) {
            Token tok = s.token(i);
            Optional<EntityType> type = index.at(s.index(), i).map(Entity::type);
            // Taggers take some surnames for adjectives: the entity decides where there is one.
            // "On Thursday she ...": a date or time is no person, whatever its part of speech.
            // "Ana Soto's office": a person's name inside a body's still names a person before the pronoun.
            boolean maybePerson = type.map(ty -> ty == EntityType.PERSON)
                    .orElse(tok.isProperNoun() && !tok.ner().equals("DATE") && !tok.ner().equals("TIME")) || tok.ner().equals("PERSON");
            if (maybePerson && !tok.isPronoun() && !continued.quoted(tok)) {
                return null;
            }
        }
        GenderLexicon.Gender not = male ? GenderLexicon.Gender.FEMALE : GenderLexicon.Gender.MALE;
        String person = continued.of(s, t, not);
        if (person == null) {
            return null;
        }
        // "X told reporters that ... He said he would ...": a pronoun that reports, or the subject of what a pronoun
        // reports, goes on with the one who just reported; the report is no aside.
        String goesOn = reportingPronoun(s, t) ? null : pastAside(s, person, not);
        if (goesOn != null) {
            return goesOn;
        }
        Optional<Entity> coref = index.at(s.index(), t).filter(e -> e.type() == EntityType.PERSON);
        if (coref.isEmpty()) {
            // A name the gender lexicon does not know ("Haruto Kanzaki") still continues when it is the only person
            // the sentence before names.
            return continued.knownGender(person) || continued.onlyPerson(continued.previous(s), person) ? person : null;
        }
        if (coref.get().id().equals(person)) {
            return person;
        }
        // A name later in the pronoun's own sentence ("she toured the city alongside Ivo Ruiz") is no antecedent.
        boolean corefNearby = namedIn(s, coref.get().id(), t) || s.index() > 0 && namedIn(continued.previous(s), coref.get().id(), s.tokens().size());
        return corefNearby ? null : person;
    }

    /**
     * Whether token {@code t} lies in a participle clause opening the sentence whose main verb has a named person for
     * subject after it: "Asked whether he would meet X, Ivo Ruiz said ...", where he is Ivo Ruiz.
     */
    private boolean inFrontedClause(Sentence s, int t) {
        int root = s.children(-1).stream().map(Dependency::dependent).findFirst().orElse(-1);
        if (root <= t || !s.token(0).pos().matches("VBN|VBG")) {
            return false;
        }
        return dependents(s, root, "nsubj").stream().anyMatch(n -> n > t && namedPerson(s, n).isPresent());
    }

    /** Whether pronoun {@code t} is the subject of a reporting verb, or of a clause a pronoun subject reports. */
    private boolean reportingPronoun(Sentence s, int t) {
        int verb = governor(s, t, "nsubj");
        if (verb < 0) {
            return false;
        }
        if (verbs.isCue(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        int reporter = governor(s, verb, "ccomp");
        return reporter >= 0 && verbs.isCue(s.token(reporter).lemma().toLowerCase(Locale.ROOT))
                && dependents(s, reporter, "nsubj").stream().anyMatch(n -> s.token(n).isPronoun());
    }

    /**
     * "Soto travelled to Lima, where she met Ruiz. Ruiz said the visit was welcome. From Lima she flew on to Quito": a
     * sentence that only reports the words of someone named before it is an aside, and the subject of the sentence before
     * it goes on. Null when the sentence before is no such aside or nobody fitting comes before it.
     */
    private String pastAside(Sentence s, String person, GenderLexicon.Gender not) {
        if (s.index() < 2 || !reportsOnly(continued.previous(s), person)) {
            return null;
        }
        Sentence aside = continued.previous(s);
        // "Lind, who arrived in Oslo by train, said ... She also met ...": a reporter the sentence shows acting too is
        // the story's thread, not an aside.
        if (actsInRelativeClause(aside, person)) {
            return null;
        }
        // "A visited Lima. The Ruritanian president, B, welcomed the accord and said .... He is due in Klow": one the
        // story had not named before that sentence opens a new thread rather than an aside.
        boolean namedEarlier = index.byId(person).map(e -> e.mentions().stream().anyMatch(m -> m.begin() < aside.begin())).orElse(false);
        if (!namedEarlier) {
            return null;
        }
        String before = continued.previousSubject(aside, not);
        // "From Lima she flew on to Quito. Ruiz said .... She then ...": the sentence before the aside may say "she".
        Sentence told = continued.previous(aside);
        if (before == null) {
            for (Dependency root : told.children(-1)) {
                for (int subject : dependents(told, root.dependent(), "nsubj")) {
                    if (told.token(subject).isPronoun()) {
                        List<String> resolved = actors(told, subject);
                        boolean fits = resolved.size() == 1 && index.byId(resolved.get(0)).map(e -> continued.fits(e, not)).orElse(false);
                        before = fits ? resolved.get(0) : before;
                    }
                }
            }
        }
        return before != null && !before.equals(person) && !reportsOnly(continued.previous(aside), before) ? before : null;
    }

    /** Whether a relative clause on the person's name in the sentence tells an act of theirs that is no report. */
    private boolean actsInRelativeClause(Sentence s, String person) {
        for (int t = 0; t < s.tokens().size(); t++) {
            if (index.at(s.index(), t).map(e -> e.id().equals(person)).orElse(false)) {
                for (int clause : dependents(s, t, "acl:relcl")) {
                    if (s.token(clause).isVerb() && !verbs.isCue(s.token(clause).lemma().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the sentence's main verb is a reporting verb whose subject is {@code person}. */
    private boolean reportsOnly(Sentence s, String person) {
        for (Dependency root : s.children(-1)) {
            int v = root.dependent();
            if (s.token(v).isVerb() && verbs.isCue(s.token(v).lemma().toLowerCase(Locale.ROOT))
                    && dependents(s, v, "nsubj").stream().anyMatch(n -> index.at(s.index(), n).map(e -> e.id().equals(person)).orElse(false))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Ana Soto and Ivo Ruiz first met in 2019. They also talked by phone in May": a subject "they" that coreference left
     * alone or gave a single person, with no person named before it in its sentence, is the two or more people conjoined as the subject of
     * the sentence before; empty otherwise.
     */
    private List<String> continuedPair(Sentence s, int t) {
        return groupSubjectAlone(s, t) ? pairIn(continued.previous(s)) : List.of();
    }

    /**
     * The people a plural common-noun object of the first conjunct stands for, where subject {@code t} heads the second
     * and the first has a single-person subject; empty otherwise.
     */
    private List<String> groupObjectBefore(Sentence s, int t) {
        int verb = governor(s, t, "nsubj");
        int first = verb < 0 ? -1 : governor(s, verb, "conj");
        if (first < 0 || first > t || dependents(s, first, "nsubj").size() != 1
                || dependents(s, first, "nsubj").stream().anyMatch(n -> namedPerson(s, n).isEmpty())) {
            return List.of();
        }
        for (int o : dependents(s, first, "obj")) {
            if (s.token(o).pos().equals("NNS")) {
                List<String> people = actors(s, o).stream().filter(this::isPerson).toList();
                if (people.size() >= 2) {
                    return people;
                }
            }
        }
        return List.of();
    }

    /**
     * "The two leaders recalled their meeting in Lima": the people a group word names, as the subject of the verb whose
     * object is the meeting "their" owns; empty when the subject is no such group.
     */
    private List<String> groupSubjectOfOwnedMeeting(Sentence s, int their) {
        int meeting = governor(s, their, "nmod:poss");
        int verb = meeting < 0 ? -1 : governor(s, meeting, "obj");
        for (int subject : verb < 0 ? List.<Integer>of() : dependents(s, verb, "nsubj")) {
            if (!s.token(subject).isPronoun() && !s.token(subject).isProperNoun()) {
                List<String> group = actors(s, subject).stream().filter(this::isPerson).toList();
                if (group.size() == 2) {
                    return group;
                }
            }
        }
        return List.of();
    }

    /** Whether token {@code t} is only a subject, not in the article's first sentence, with no person named before it. */
    private boolean groupSubjectAlone(Sentence s, int t) {
        if (s.index() == 0 || !s.parents(t).stream().allMatch(d -> d.base().equals("nsubj"))) {
            return false;
        }
        for (int i = 0; i < t; i++) {
            if (namedPerson(s, i).isPresent() && !reporterOf(s, i, t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Ana Soto received the two leaders": the named person whose verb takes group {@code t} as its object, when no
     * other person is named before the group in the sentence; empty otherwise.
     */
    private Set<String> groupObjectHost(Sentence s, int t) {
        if (s.index() == 0 || s.parents(t).isEmpty() || !s.parents(t).stream().allMatch(d -> d.base().equals("obj") && d.governor() >= 0)) {
            return Set.of();
        }
        Set<String> hosts = new LinkedHashSet<>();
        for (int subject : dependents(s, s.parents(t).get(0).governor(), "nsubj")) {
            namedPerson(s, subject).ifPresent(e -> hosts.add(e.id()));
        }
        for (int i = 0; i < t; i++) {
            Optional<Entity> named = namedPerson(s, i);
            if (named.isPresent() && !hosts.contains(named.get().id())) {
                return Set.of();
            }
        }
        return hosts;
    }

    /**
     * The people named outside quotations before token {@code t} of its sentence (or told by a personal pronoun
     * coreference resolved), save the mentions that are subjects of the words above it: "X said the pair would meet"
     * leaves out the reporter (unless told again inside the clause), "X would join the two leaders" the one who joins.
     */
    private List<String> namedBeforeIn(Sentence s, int t) {
        // The subjects of the words above, as mentions: the same person told again inside the clause still counts.
        Set<Integer> above = new java.util.HashSet<>();
        Set<Integer> seen = new java.util.HashSet<>();
        for (int node = t; node >= 0 && seen.add(node); ) {
            Optional<Dependency> up = s.parents(node).stream().filter(d -> d.governor() >= 0).findFirst();
            // "A and B will hold talks on Monday, the ministry said, a day after the two men met": the words above a
            // reporting verb set aside ("..., X said") are the report's content, not above the group word.
            // "A will meet B on Thursday in Lima, where both will attend the summit": a relative clause tells of its
            // noun, and the subjects above it report nothing.
            if (up.isPresent() && (up.get().base().equals("parataxis") || up.get().relation().equals("acl:relcl"))) {
                break;
            }
            int head = up.map(Dependency::governor).orElse(-1);
            // "X rejected Y's plan after the two met": the subject of a clause the group word's clause only dates
            // may be one of the two; a reporter is above a clause of content.
            boolean dating = up.isPresent() && up.get().base().equals("advcl");
            if (head >= 0 && !dating) {
                for (int n : dependents(s, head, "nsubj", "nsubj:pass")) {
                    above.addAll(mentionAround(s, n));
                }
            }
            node = head;
        }
        Set<String> people = new LinkedHashSet<>();
        for (int i = 0; i < t; i++) {
            Optional<Entity> named = namedPerson(s, i);
            // "he had told Ivo Ruiz ... and that the two leaders would meet": a personal pronoun coreference resolved.
            if (named.isEmpty() && s.token(i).word().matches("(?i)he|she|him|her")) {
                named = index.at(s.index(), i).filter(e -> e.type() == EntityType.PERSON);
            }
            // "X rejected the envoy's plan after the two met": a title after "the" that coreference gave a named person.
            if (named.isEmpty() && i > 0 && s.token(i - 1).word().equalsIgnoreCase("the") && s.token(i).pos().equals("NN")
                    && TitleLexicon.isTitleWord(s.token(i).word().toLowerCase(Locale.ROOT))) {
                named = index.at(s.index(), i).filter(e -> e.type() == EntityType.PERSON);
            }
            if (named.isPresent() && !continued.quoted(s.token(i)) && !above.contains(i)) {
                people.add(named.get().id());
            }
        }
        return List.copyOf(people);
    }

    /** "Ana Soto said the two leaders would meet": whether {@code person} is the subject of a verb reporting {@code t}'s clause. */
    private static boolean reporterOf(Sentence s, int person, int t) {
        int head = person;
        for (int up = governor(s, head, "compound", "flat"); up >= 0; up = governor(s, head, "compound", "flat")) {
            head = up;
        }
        return s.parents(head).stream().filter(d -> d.base().equals("nsubj") && d.governor() >= 0)
                .anyMatch(d -> dependents(s, d.governor(), "ccomp").stream().anyMatch(c -> subtree(s, c, Set.of()).contains(t)));
    }

    /**
     * The two people a meeting noun of the sentence names: its between-phrase ("a meeting between Ana Soto and Ivo
     * Ruiz"), or with {@code held} also the subject of the verb that has it as object and its with-phrase ("Ana Soto
     * held talks with Ivo Ruiz"). Empty when no noun names exactly two.
     */
    private List<String> meetingNounPair(Sentence s, boolean held) {
        for (Token noun : s.tokens()) {
            if (!noun.isNoun() || !MEET_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Set<String> people = new LinkedHashSet<>();
            for (int side : dependents(s, noun.index(), "nmod:between")) {
                actors(s, side).stream().filter(this::isPerson).forEach(people::add);
            }
            int verb = held ? governor(s, noun.index(), "obj") : -1;
            if (verb >= 0) {
                // "during which he held talks with Ivo Ruiz": a singular pronoun holds them as coreference reads it.
                for (int t : dependents(s, verb, "nsubj")) {
                    namedPerson(s, t).or(() -> s.token(t).word().matches("(?i)he|she")
                            ? index.at(s.index(), t).filter(e -> e.type() == EntityType.PERSON) : Optional.empty())
                            .ifPresent(e -> people.add(e.id()));
                }
                for (int t : dependents(s, noun.index(), "nmod:with")) {
                    namedPerson(s, t).ifPresent(e -> people.add(e.id()));
                }
                NominalMeetingRule.withRightAfter(s, noun.index())
                        .ifPresent(t -> actors(s, t).stream().filter(this::isPerson).forEach(people::add));
            }
            if (people.size() == 2) {
                return List.copyOf(people);
            }
        }
        return List.of();
    }

    /** Whether token {@code t} is the subject of a clause conjoined to the sentence's main clause. */
    /**
     * The named subject and named object of the nearest verb above the time clause ("as", "when", "while") whose
     * subject group word {@code t} is: "A told B that ..., as the two met", "A would tell B, when the two meet, that ...".
     * Empty when the group word heads no such clause or that verb lacks either person.
     */
    private List<String> tellerAndHearer(Sentence s, int t) {
        int verb = s.parents(t).stream().filter(d -> d.base().equals("nsubj")).map(Dependency::governor).findFirst().orElse(-1);
        boolean timeClause = verb >= 0 && s.parents(verb).stream().anyMatch(d -> d.base().equals("advcl"))
                && dependents(s, verb, "mark").stream().anyMatch(m -> s.token(m).word().matches("(?i)as|when|while"));
        Set<Integer> seen = new java.util.HashSet<>();
        for (int node = timeClause ? governorOf(s, verb) : -1; node >= 0 && seen.add(node); node = governorOf(s, node)) {
            Optional<Entity> teller = dependents(s, node, "nsubj").stream().map(n -> namedPerson(s, n)).flatMap(Optional::stream).findFirst();
            Optional<Entity> hearer = dependents(s, node, "obj").stream().map(o -> namedPerson(s, o)).flatMap(Optional::stream).findFirst();
            if (teller.isPresent() && hearer.isPresent() && !teller.get().id().equals(hearer.get().id())) {
                return List.of(teller.get().id(), hearer.get().id());
            }
        }
        return List.of();
    }

    /**
     * The two people, and only two, named in a when-clause that follows the verb group word {@code t} is the subject of
     * ("The two men last met in May, when A warned B ..."); empty otherwise.
     */
    private List<String> pairOfWhenClause(Sentence s, int t) {
        int verb = s.parents(t).stream().filter(d -> d.base().equals("nsubj")).map(Dependency::governor).findFirst().orElse(-1);
        List<Integer> clauses = new ArrayList<>(verb < 0 ? List.<Integer>of() : dependents(s, verb, "advcl"));
        // "met on 9 September, when ...": the parser may hang the clause on the date.
        for (int phrase : verb < 0 ? List.<Integer>of() : dependents(s, verb, "obl")) {
            clauses.addAll(dependents(s, phrase, "acl:relcl"));
        }
        for (int clause : clauses) {
            boolean when = clause > verb && dependents(s, clause, "advmod", "mark").stream()
                    .anyMatch(m -> s.token(m).word().equalsIgnoreCase("when"));
            if (!when) {
                continue;
            }
            Set<String> people = new LinkedHashSet<>();
            for (int i : subtree(s, clause, Set.of())) {
                if (s.token(i).ner().equals("PERSON") && (i + 1 >= s.tokens().size() || !s.token(i + 1).ner().equals("PERSON"))) {
                    namedPerson(s, i).ifPresent(e -> people.add(e.id()));
                }
            }
            if (people.size() == 2) {
                return List.copyOf(people);
            }
        }
        return List.of();
    }

    /** The governor of {@code t} through its first dependency that has one; -1 at the root. */
    static int governorOf(Sentence s, int t) {
        return s.parents(t).stream().filter(d -> d.governor() >= 0).map(Dependency::governor).findFirst().orElse(-1);
    }

    private static boolean subjectOfConjunct(Sentence s, int t) {
        return s.parents(t).stream().filter(d -> d.base().equals("nsubj")).anyMatch(d -> s.parents(d.governor()).stream()
                .anyMatch(p -> p.base().equals("conj") && s.parents(p.governor()).stream().anyMatch(r -> r.governor() < 0)));
    }

    /**
     * "X met A and B on Monday. He held talks with them again": "them" (or "both", "all" or "each of them") as the object
     * or with-phrase of a verb, or the with-phrase of a noun that verb holds, is the two or three people the nearest of
     * the two sentences before that names anyone names, save the verb's own subjects; empty otherwise. "Both leaders"
     * (also after "spoke to") is so only where that sentence names exactly two.
     */
    private List<String> namedBefore(Sentence s, int t, String word) {
        // "spoke to both leaders": a plural noun that "both" determines counts as "both of them".
        boolean bothNoun = s.token(t).pos().equals("NNS") && s.children(t).stream().anyMatch(d -> d.dependent() < t
                && (d.base().equals("det") || d.relation().equals("cc:preconj")) && s.token(d.dependent()).word().equalsIgnoreCase("both"));
        int pronoun = word.equals("them") || bothNoun ? t : word.equals("both") || word.equals("all") || word.equals("each")
                ? dependents(s, t, "nmod:of").stream().filter(o -> s.token(o).word().equalsIgnoreCase("them")).findFirst().orElse(-1) : -1;
        if (pronoun < 0) {
            return List.of();
        }
        int verb = -1;
        for (Dependency d : s.parents(t)) {
            boolean spokenTo = d.relation().equals("obl:to") && d.governor() >= 0 && s.token(d.governor()).lemma().matches("(?i)speak|talk");
            boolean side = d.base().equals("obj") || d.relation().equals("obl:with") || d.relation().equals("nmod:with") || spokenTo;
            if (side && d.governor() >= 0) {
                verb = s.token(d.governor()).isVerb() ? d.governor() : governor(s, d.governor(), "obj");
            }
        }
        if (verb < 0 || !s.token(verb).isVerb()) {
            return List.of();
        }
        Set<String> own = new LinkedHashSet<>();
        for (int subject : dependents(s, verb, "nsubj", "nsubj:xsubj")) {
            own.addAll(actors(s, subject));
        }
        // "A and B shook hands when C brought them together": two or three people joined as the subject of another
        // clause of this sentence, before the pronoun.
        for (Dependency d : s.dependencies()) {
            if (d.base().equals("nsubj") && d.governor() != verb && d.dependent() < pronoun && !dependents(s, d.dependent(), "conj").isEmpty()) {
                List<Integer> heads = new ArrayList<>(List.of(d.dependent()));
                heads.addAll(dependents(s, d.dependent(), "conj"));
                List<String> joined = heads.stream().flatMap(h -> actors(s, h).stream()).distinct().filter(id -> !own.contains(id))
                        .filter(this::isPerson).toList();
                if (joined.size() >= 2 && joined.size() <= 3) {
                    return joined;
                }
            }
        }
        // The nearest of the two sentences before that names anyone: "He held talks with them" names no one itself.
        for (int back = 1; back <= 2 && back <= s.index(); back++) {
            Sentence before = continued.sentence(s.index() - back);
            Set<String> named = new LinkedHashSet<>();
            for (int i = 0; i < before.tokens().size(); i++) {
                namedPerson(before, i).map(Entity::id).filter(id -> !own.contains(id)).ifPresent(named::add);
            }
            if (!named.isEmpty()) {
                return named.size() >= 2 && named.size() <= (bothNoun ? 2 : 3) ? List.copyOf(named) : List.of();
            }
        }
        return List.of();
    }

    /**
     * The two or more people a sentence tells as meeting: conjoined as its main subject, or the subject and the
     * person met of its main meeting verb; empty when neither.
     */
    private List<String> pairIn(Sentence previous) {
        return pairIn(previous, false);
    }

    /**
     * As {@link #pairIn(Sentence)}; with {@code ownSentence}, the sentence is the one of the word being read, so its
     * group words and plural pronouns ("the two men", "their") are not read again: they may be that word, and reading
     * it again would not end.
     */
    private List<String> pairIn(Sentence previous, boolean ownSentence) {
        for (Dependency root : previous.children(-1)) {
            for (int subject : dependents(previous, root.dependent(), "nsubj")) {
                Set<String> people = new LinkedHashSet<>();
                namedPerson(previous, subject).ifPresent(e -> people.add(e.id()));
                // "King Ivo of Borduria and Queen Ana arrived": the second person the parser joined to the country.
                if (!people.isEmpty()) {
                    actors(previous, subject).stream().filter(id -> index.byId(id).map(e -> e.type() == EntityType.PERSON).orElse(false))
                            .forEach(people::add);
                }
                for (int other : dependents(previous, subject, "conj")) {
                    personUnderTitle(previous, other).ifPresent(e -> people.add(e.id()));
                }
                // "The foreign ministers of Ruritania and Borduria, A and B, concluded ...": the names a group subject gives.
                if (people.isEmpty() && previous.token(subject).pos().equals("NNS")
                        && TitleLexicon.isTitleWord(previous.token(subject).lemma().toLowerCase(Locale.ROOT))) {
                    for (int k : new java.util.TreeSet<>(subtree(previous, subject, Set.of()))) {
                        namedPerson(previous, k).ifPresent(e -> people.add(e.id()));
                    }
                }
                // "Ana Soto arrived together with Ivo Ruiz. The two ministers then met ...".
                List<Integer> fellows = new ArrayList<>(dependents(previous, root.dependent(), "obl:together_with", "obl:along_with"));
                if (dependents(previous, root.dependent(), "advmod").stream().anyMatch(a -> previous.token(a).word().equalsIgnoreCase("together"))) {
                    fellows.addAll(dependents(previous, root.dependent(), "obl:with"));
                }
                for (int other : fellows) {
                    personUnderTitle(previous, other).ifPresent(e -> people.add(e.id()));
                }
                if (people.size() >= 2) {
                    return List.copyOf(people);
                }
                // "Her meeting with Ivo Ruiz lasted two hours. The two then ...": the sides of a meeting noun.
                if (MEET_NOUNS.contains(previous.token(subject).lemma().toLowerCase(Locale.ROOT))) {
                    Set<String> sides = new LinkedHashSet<>();
                    for (int side : dependents(previous, subject, "nmod:poss", "nmod:with", "nmod:between")) {
                        for (int t : withConjuncts(previous, side)) {
                            people(previous, t, ownSentence).forEach(sides::add);
                        }
                    }
                    if (sides.size() == 2) {
                        return List.copyOf(sides);
                    }
                }
            }
        }
        // "She met Ivo Ruiz at the ministry. The two were later joined by ...": who met whom just before.
        // "She flew to Lima to see Ivo Ruiz. The pair ...": a meeting verb that is the purpose of the main one takes
        // its subject.
        for (Dependency root : previous.children(-1)) {
            List<int[]> verbs = new ArrayList<>();
            verbs.add(new int[] {root.dependent(), root.dependent()});
            for (int purpose : dependents(previous, root.dependent(), "xcomp", "advcl", "advcl:to")) {
                // The parser at times makes a date before "to" the infinitive's subject ("on Wednesday to see").
                if (dependents(previous, purpose, "nsubj").stream().allMatch(n -> previous.token(n).ner().matches("DATE|TIME"))) {
                    verbs.add(new int[] {purpose, root.dependent()});
                }
            }
            // Each verb with the verb whose subject it takes.
            for (int[] verb : verbs) {
                int v = verb[0];
                if (!MEET_VERBS.contains(previous.token(v).lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Set<String> people = new LinkedHashSet<>();
                for (int subject : dependents(previous, verb[1], "nsubj")) {
                    people(previous, subject, ownSentence).forEach(people::add);
                }
                for (int other : dependents(previous, v, "obj", "obl:with")) {
                    personUnderTitle(previous, other).ifPresent(e -> people.add(e.id()));
                }
                if (people.size() == 2) {
                    return List.copyOf(people);
                }
            }
        }
        // "... might set the stage for a meeting between Ana Soto and Ivo Ruiz. The two leaders last met in 2019": the
        // two sides of a meeting noun anywhere in the sentence; "Ana Soto held a meeting with Ivo Ruiz, and the two ...":
        // those of one held.
        // Else two people joined as the subject of any clause, else the sides of its one meeting verb wherever it stands.
        List<String> pair = meetingNounPair(previous, true);
        if (pair.size() != 2) {
            pair = conjoinedSubjectPair(previous, ownSentence);
        }
        return pair.size() == 2 ? pair : meetingVerbPairAnywhere(previous, ownSentence);
    }

    /**
     * "The meeting came a day after Ana Soto spoke with Ivo Ruiz by phone. The two ministers ...": the two people of
     * the one meeting verb anywhere in the sentence that names a person on each side, or two as its subject ("the pair
     * had spoken by phone"); empty when none or several do.
     */
    private List<String> meetingVerbPairAnywhere(Sentence previous, boolean ownSentence) {
        List<List<String>> pairs = new ArrayList<>();
        for (Token tok : previous.tokens()) {
            if (!tok.isVerb() || !MEET_VERBS.contains(tok.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Set<String> people = new LinkedHashSet<>();
            for (int subject : dependents(previous, tok.index(), "nsubj")) {
                people(previous, subject, ownSentence).forEach(people::add);
            }
            // "The pair had last spoken by phone": a group subject is both sides.
            if (people.size() == 2 && dependents(previous, tok.index(), "obj", "obl:with").isEmpty()) {
                pairs.add(List.copyOf(people));
                continue;
            }
            if (people.size() != 1) {
                continue;
            }
            for (int other : dependents(previous, tok.index(), "obj", "obl:with")) {
                personUnderTitle(previous, other).or(() -> personAfterTitle(previous, other)).ifPresent(e -> people.add(e.id()));
            }
            if (people.size() == 2) {
                pairs.add(List.copyOf(people));
            }
        }
        return pairs.size() == 1 ? pairs.get(0) : List.of();
    }

    /**
     * "She flew to Oslo, where she and Ivo Ruiz will attend a summit. The two ...": two people joined as the subject
     * of any clause of the sentence, when just one clause has such a pair; empty otherwise.
     */
    private List<String> conjoinedSubjectPair(Sentence previous, boolean ownSentence) {
        List<List<String>> pairs = new ArrayList<>();
        for (Token tok : previous.tokens()) {
            for (int subject : tok.isVerb() || tok.isNoun() || tok.pos().startsWith("JJ") ? dependents(previous, tok.index(), "nsubj") : List.<Integer>of()) {
                List<Integer> conjuncts = dependents(previous, subject, "conj");
                if (conjuncts.size() != 1) {
                    continue;
                }
                Set<String> people = new LinkedHashSet<>(people(previous, subject, ownSentence));
                // "he and U.S. Secretary of State Ana Soto": the parser may hang the name apart from its title.
                personUnderTitle(previous, conjuncts.get(0)).or(() -> personAfterTitle(previous, conjuncts.get(0)))
                        .ifPresent(e -> people.add(e.id()));
                // "A and B are expected to meet": the controlled verb repeats the pair, which is still one.
                if (people.size() == 2 && pairs.stream().noneMatch(p -> Set.copyOf(p).equals(people))) {
                    pairs.add(List.copyOf(people));
                }
            }
        }
        return pairs.size() == 1 ? pairs.get(0) : List.of();
    }

    /**
     * The people token {@code t} stands for; none, in the sentence being read (see pairIn), for a group word or a
     * plural pronoun, since their pair is what is being read.
     */
    private List<String> people(Sentence s, int t, boolean ownSentence) {
        if (ownSentence && (groupCount(s, t) > 0 || PLURAL_PRONOUNS.contains(s.token(t).word().toLowerCase(Locale.ROOT)))) {
            return List.of();
        }
        return actors(s, t).stream().filter(this::isPerson).toList();
    }

    /** The people {@code s} names outside quotations, when there are exactly {@code count}; else empty. */
    private List<String> namedIn(Sentence s, int count) {
        List<String> people = namedIn(s);
        return people.size() == count ? people : List.of();
    }

    /** The people {@code s} names outside quotations, in order; empty when {@code s} is null. */
    private List<String> namedIn(Sentence s) {
        if (s == null) {
            return List.of();
        }
        Set<String> people = new LinkedHashSet<>();
        for (Token tok : s.tokens()) {
            if (tok.isProperNoun() && !continued.quoted(tok)) {
                index.at(s.index(), tok.index()).filter(e -> e.type() == EntityType.PERSON).ifPresent(e -> people.add(e.id()));
            }
        }
        return List.copyOf(people);
    }

    /**
     * The two people the article names most often before sentence {@code s}, each at least twice; empty when a third
     * is named as often as the second, since then the pair is not plain.
     */
    private List<String> mostNamedPair(Sentence s) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        for (Entity e : index.entities()) {
            long before = e.mentions().stream().filter(m -> m.begin() < s.begin()).count();
            if (e.type() == EntityType.PERSON && before >= 2) {
                counts.put(e.id(), before);
            }
        }
        List<String> ranked = counts.keySet().stream()
                .sorted(java.util.Comparator.comparing((String id) -> counts.get(id)).reversed().thenComparing(id -> id)).toList();
        if (ranked.size() < 2 || ranked.size() > 2 && counts.get(ranked.get(2)).equals(counts.get(ranked.get(1)))) {
            return List.of();
        }
        return ranked.subList(0, 2);
    }

    /**
     * "Minister of State for Foreign Affairs Adel Harbi", "the state minister for foreign affairs, Ana Soto,": the
     * person named right after the words of title {@code t}, however the parser hung the name. Only title words,
     * names of places and bodies ("the Chinese ambassador in Lima, Ana Soto,"), "of", "for", "in", "to", "at", "the"
     * may come between, and a comma only right before a name that is no subject.
     */
    private Optional<Entity> personAfterTitle(Sentence s, int t) {
        for (int i = t + 1; i < s.tokens().size(); i++) {
            Optional<Entity> named = namedPerson(s, i);
            if (named.isPresent()) {
                return named;
            }
            Token tok = s.token(i);
            String w = tok.word().toLowerCase(Locale.ROOT);
            // "met the ambassador, Ana Soto said": a name right before its own verb is no appositive.
            boolean lastComma = false;
            if (w.equals(",") && i + 1 < s.tokens().size() && namedPerson(s, i + 1).isPresent()) {
                int afterName = Collections.max(nameRun(s, i + 1)) + 1;
                lastComma = !(afterName < s.tokens().size() && s.token(afterName).isVerb());
            }
            boolean titleWord = TitleLexicon.isTitleWord(w) || TitleLexicon.isTitleModifier(w) || w.matches("of|for|in|to|at|the")
                    || tok.isProperNoun() && index.at(s.index(), i).map(e -> e.type() != EntityType.PERSON).orElse(true);
            if (!titleWord && !lastComma) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The tokens around {@code t} that mention the same entity as it (the whole name), or {@code t} alone. */
    private List<Integer> mentionAround(Sentence s, int t) {
        Optional<Entity> at = index.at(s.index(), t);
        int first = t;
        while (at.isPresent() && first > 0 && index.at(s.index(), first - 1).equals(at)) {
            first--;
        }
        int last = t;
        while (at.isPresent() && last + 1 < s.tokens().size() && index.at(s.index(), last + 1).equals(at)) {
            last++;
        }
        return java.util.stream.IntStream.rangeClosed(first, last).boxed().toList();
    }

    /** The tokens of the name that starts at token {@code t} and runs on while the same entity does. */
    private List<Integer> nameRun(Sentence s, int t) {
        List<Integer> run = new ArrayList<>();
        Optional<Entity> first = index.at(s.index(), t);
        for (int k = t; k < s.tokens().size() && first.isPresent() && index.at(s.index(), k).equals(first); k++) {
            run.add(k);
        }
        return run;
    }

    /** The person named at token {@code t}, or, when {@code t} is a title ("her counterpart Ivo Ruiz"), hung from it. */
    private Optional<Entity> personUnderTitle(Sentence s, int t) {
        Optional<Entity> named = namedPerson(s, t);
        for (int inner : dependents(s, t, "appos", "dep", "flat")) {
            named = named.isPresent() ? named : namedPerson(s, inner);
        }
        return named;
    }

    /**
     * How many people a subject counts: "the two ministers", "both leaders", "the two" are 2, "the three presidents"
     * 3 (up to five); 0 for any other subject.
     */
    private static int groupCount(Sentence s, int t) {
        Token head = s.token(t);
        String word = head.word().toLowerCase(Locale.ROOT);
        if (word.equals("both")) {
            return 2;
        }
        // "the pair met": the two just told; "a pair of envoys" counts nothing here.
        boolean definite = theBefore(s, t);
        if ((word.equals("pair") || word.equals("duo")) && definite && dependents(s, t, "nmod:of").isEmpty()) {
            return 2;
        }
        if (COUNTS.containsKey(word) && !dependents(s, t, "det").isEmpty()) {
            return COUNTS.get(word);
        }
        if (!head.pos().equals("NNS")) {
            return 0;
        }
        for (Dependency d : s.children(t)) {
            String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (d.base().equals("nummod") && COUNTS.containsKey(w)) {
                return COUNTS.get(w);
            }
            // "will receive both leaders": the parser may take "both" for the first half of "both ... and".
            if ((d.base().equals("det") || d.relation().equals("cc:preconj")) && w.equals("both")) {
                return 2;
            }
        }
        return 0;
    }

    /**
     * "the Acme Union Secretary-General Ana Soto", parsed as "Union of Soto": the person after the body's name and a
     * title, when the token is the body's and the person hangs from it as an of-phrase; -1 otherwise.
     */
    private int personTitledByBody(Sentence s, int t) {
        Optional<Entity> body = index.at(s.index(), t).filter(e -> e.type() == EntityType.ORGANIZATION);
        if (body.isEmpty()) {
            return -1;
        }
        for (int k : dependents(s, t, "nmod:of")) {
            Optional<Entity> person = index.at(s.index(), k).filter(e -> e.type() == EntityType.PERSON);
            if (person.isEmpty() || k < t) {
                continue;
            }
            int first = k;
            while (first > 0 && index.at(s.index(), first - 1).equals(person)) {
                first--;
            }
            Token before = s.token(first - 1);
            boolean titled = before.ner().equals("TITLE") || TitleLexicon.isTitleWord(before.word().toLowerCase(Locale.ROOT))
                    || before.word().equalsIgnoreCase("general");
            if (titled && index.at(s.index(), first - 1).isEmpty()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The person named right after a capitalised title that names nobody itself, past the title's own "for" or "of"
     * phrase in capitals ("Commissioner for Trade Policy Ana Soto"); -1 when no such name follows within seven words.
     */
    private int nameAfterTitle(Sentence s, int t) {
        Token title = s.token(t);
        if (!title.pos().equals("NNP") || !TitleLexicon.isTitleWord(title.word().toLowerCase(Locale.ROOT)) || index.at(s.index(), t).isPresent()) {
            return -1;
        }
        for (int k = t + 1; k < s.tokens().size() && k <= t + 7; k++) {
            Token tok = s.token(k);
            if (index.at(s.index(), k).map(e -> e.type() == EntityType.PERSON).orElse(false)) {
                return k > t + 1 && s.token(t + 1).word().matches("for|of") ? k : -1;
            }
            boolean titleWords = tok.word().matches("for|of|and|the") || Character.isUpperCase(tok.word().charAt(0)) && tok.pos().startsWith("NN");
            if (!titleWords) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether token {@code t} is an argument of a meeting verb by relation {@code base} ("nsubj": its own subject or one
     * through a control verb, "agreed to meet"; "obj": "received the leaders").
     */
    private static boolean meetingArgument(Sentence s, int t, String base) {
        return s.parents(t).stream().anyMatch(d -> d.base().equals(base) && d.governor() >= 0
                && MEET_VERBS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * "the leaders", "the foreign ministers", "the heads of the delegations": a plural of {@link #PAIR_ROLES} after "the"
     * and nothing more of its own.
     */
    private static boolean definiteRolePlural(Sentence s, int t) {
        Token head = s.token(t);
        boolean the = theBefore(s, t);
        // "the heads of state", "the heads of the delegations": what they head is no one's name.
        boolean headsOf = dependents(s, t, "nmod:of").stream().allMatch(o -> s.token(o).lemma().toLowerCase(Locale.ROOT).matches("state|government|delegation"));
        return head.pos().equals("NNS") && PAIR_ROLES.contains(head.lemma().toLowerCase(Locale.ROOT)) && the && headsOf
                && dependents(s, t, "nummod", "nmod:from", "acl", "acl:relcl", "nmod:poss").isEmpty()
                && dependents(s, t, "amod", "compound").stream().allMatch(m -> s.token(m).word().equalsIgnoreCase("foreign"));
    }

    /** Whether coreference made an object pronoun the subject of its own verb, which English says with "himself". */
    private boolean coSubject(Sentence s, int t) {
        Optional<Entity> coref = index.at(s.index(), t);
        for (Dependency d : s.parents(t)) {
            for (int subject : d.governor() < 0 ? List.<Integer>of() : dependents(s, d.governor(), "nsubj")) {
                if (coref.isPresent() && index.at(s.index(), subject).map(e -> e.id().equals(coref.get().id())).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The one person subject of the clause a relative clause hangs from, when pronoun {@code t} is the object of that
     * relative clause and its own subject is someone else; null otherwise.
     */
    private String subjectAcrossRelative(Sentence s, int t) {
        int verb = governor(s, t, "obj");
        int head = verb < 0 ? -1 : governor(s, verb, "acl:relcl");
        if (head < 0) {
            return null;
        }
        int main = head;
        while (main >= 0 && !s.token(main).isVerb()) {
            main = s.parents(main).stream().filter(d -> d.governor() >= 0).map(Dependency::governor).findFirst().orElse(-1);
        }
        if (main < 0) {
            return null;
        }
        Set<String> own = new java.util.HashSet<>();
        dependents(s, verb, "nsubj").forEach(n -> own.addAll(actors(s, n)));
        List<String> people = new ArrayList<>();
        for (int n : dependents(s, main, "nsubj")) {
            actors(s, n).stream().filter(this::isPerson).filter(id -> !own.contains(id)).forEach(people::add);
        }
        return people.size() == 1 ? people.get(0) : null;
    }

    /**
     * "Ivo Ruiz arrived in Lima. Ana Soto welcomed him": an object "him" that coreference left alone, or made the
     * subject of its own verb, is the person the sentence before is about ({@link ContinuedSubject}), unless that
     * person is the subject of this sentence.
     */
    private String objectContinued(Sentence s, int t) {
        for (int i = 0; i < t; i++) {
            if (s.parents(i).stream().anyMatch(d -> d.base().equals("nsubj")) && namedPerson(s, i).isEmpty() && s.token(i).isProperNoun()) {
                return null;
            }
        }
        String person = continued.previousSubject(s, GenderLexicon.Gender.FEMALE);
        if (person == null || s.index() == 0 || !continued.onlyPerson(continued.previous(s), person) && !continued.knownGender(person)) {
            return null;
        }
        for (int i = 0; i < t; i++) {
            Optional<Entity> named = namedPerson(s, i);
            if (named.isPresent() && named.get().id().equals(person)) {
                return null;
            }
        }
        return person;
    }

    /**
     * "Ana Soto is to visit Lima, where she will meet Ivo Ruiz": "she" after a named subject of its own sentence is
     * that subject, when exactly one named subject before it fits the gender and coreference found nobody, the same
     * person, or someone not named in this sentence. Null otherwise.
     */
    private String sentenceSubject(Sentence s, int t, boolean male) {
        GenderLexicon.Gender not = male ? GenderLexicon.Gender.FEMALE : GenderLexicon.Gender.MALE;
        // "X told reporters that the minister would travel to Lima, where he is to meet Y": a pronoun in a where- or
        // when-clause goes on with the subject of the clause the place or time belongs to, not with the one who reports.
        String clauseSubject = subjectAboveWhereClause(s, t, not);
        if (clauseSubject != null) {
            return clauseSubject;
        }
        String reporter = reporterOfOwnClause(s, t, not);
        if (reporter != null) {
            return reporter;
        }
        Set<String> subjects = new LinkedHashSet<>();
        for (int i = 0; i < t; i++) {
            // "On Monday Ana Soto visited Lima, where she ...": the parser may hang the name on the date before it and
            // leave the verb right after it without a subject.
            boolean stranded = i + 1 < s.tokens().size() && s.token(i + 1).isVerb() && s.token(i).isProperNoun()
                    && dependents(s, i + 1, "nsubj", "nsubj:pass").isEmpty();
            boolean subject = stranded || s.parents(i).stream().anyMatch(d -> d.base().equals("nsubj"));
            if (subject && !continued.quoted(s.token(i))) {
                namedPerson(s, i).filter(e -> continued.fits(e, not)).ifPresent(e -> subjects.add(e.id()));
                // "Its secretary general, Ivo Ruiz, said he would ...": the name is the title's apposition.
                if (namedPerson(s, i).isEmpty()) {
                    appositionPeople(s, i).filter(e -> continued.fits(e, not)).forEach(e -> subjects.add(e.id()));
                }
                // "Ana Soto, who arrived on Monday, visited the port, where she met ...": the parser may leave the
                // main verb without a subject; the relative "who" still names her.
                int described = relativeHead(s, i);
                if (described >= 0) {
                    namedPerson(s, described).filter(e -> continued.fits(e, not)).ifPresent(e -> subjects.add(e.id()));
                }
                // "Ana Soto's office denied that she had met ...": the person whose office, spokesman or party speaks.
                for (int owner : dependents(s, i, "nmod:poss")) {
                    namedPerson(s, owner).filter(e -> continued.fits(e, not)).ifPresent(e -> subjects.add(e.id()));
                }
                // "The envoy began his tour in Lima, where he was received by ...": a title the article gives one person.
                if (namedPerson(s, i).isEmpty() && s.token(i).isNoun() && !s.token(i).isProperNoun()) {
                    List<String> titled = titledPeople(s, i);
                    if (titled.size() == 1 && index.byId(titled.get(0)).map(e -> continued.fits(e, not)).orElse(false)) {
                        subjects.add(titled.get(0));
                    }
                }
            }
        }
        if (subjects.size() != 1) {
            return null;
        }
        String person = subjects.iterator().next();
        Optional<Entity> coref = index.at(s.index(), t).filter(e -> e.type() == EntityType.PERSON);
        return coref.isEmpty() || coref.get().id().equals(person) || !namedIn(s, coref.get().id(), t) || holdsTheTalks(s, t, person)
                ? person : null;
    }

    /**
     * The person subject of the clause a where- or when-clause holding pronoun {@code t} hangs on, through the place or
     * time it qualifies ("would travel to Lima, where he ..."): named, or a title the article gives one person. Null when
     * the pronoun's clause is none of these or no such subject is found within three steps up.
     */
    private String subjectAboveWhereClause(Sentence s, int t, GenderLexicon.Gender not) {
        int verb = governor(s, t, "nsubj", "nsubj:pass");
        if (verb < 0 || dependents(s, verb, "advmod", "mark").stream().noneMatch(a -> s.token(a).word().matches("(?i)where|when"))) {
            return null;
        }
        int head = governor(s, verb, "acl", "advcl");
        for (int step = 0; head >= 0 && step < 3; step++) {
            for (int n : dependents(s, head, "nsubj", "nsubj:pass")) {
                Optional<Entity> named = namedPerson(s, n).filter(e -> continued.fits(e, not));
                if (named.isPresent()) {
                    return named.get().id();
                }
                List<String> titled = s.token(n).isNoun() && !s.token(n).isProperNoun() ? titledPeople(s, n) : List.of();
                if (titled.size() == 1) {
                    return titled.get(0);
                }
            }
            head = s.parents(head).stream().findFirst().map(Dependency::governor).orElse(-1);
        }
        return null;
    }

    /** Whether {@code person} is named as a subject of the verb whose talks hold pronoun {@code t} ({@link #talksHolders}). */
    private boolean holdsTheTalks(Sentence s, int t, String person) {
        return talksHolders(s, t).stream().anyMatch(n -> namedPerson(s, n).map(e -> e.id().equals(person)).orElse(false));
    }

    /**
     * "Ana Soto held talks with Ivo Ruiz, during which she said ...": when pronoun {@code t} is the subject of a relative
     * clause on a verb's object, or of a which-clause the parser hung on that verb ("in which", "during which"), the
     * subjects of that verb; the one who holds the talks goes on speaking in them, whoever else they are with. Empty
     * otherwise.
     */
    static List<Integer> talksHolders(Sentence s, int t) {
        for (Dependency clause : s.parents(t)) {
            int verb = clause.base().equals("nsubj") ? clause.governor() : -1;
            if (verb < 0) {
                continue;
            }
            // The parser hangs "during which he said" on the talks noun, or on the verb that holds them.
            int talks = governor(s, verb, "acl:relcl");
            boolean which = s.children(verb).stream()
                    .anyMatch(d -> d.base().equals("obl") && s.token(d.dependent()).word().equalsIgnoreCase("which"));
            int holder = talks >= 0 ? governor(s, talks, "obj") : which ? governor(s, verb, "ccomp", "parataxis", "advcl", "dep") : -1;
            if (holder >= 0) {
                return dependents(s, holder, "nsubj");
            }
        }
        return List.of();
    }

    /**
     * "Ana Soto, hosting Ivo Ruiz, said she was ready": the subject of a clause that a verb reports, with no hearer
     * beside it, is that verb's subject when it is one named person of the pronoun's gender, whomever else the
     * sentence names. Null otherwise.
     */
    private String reporterOfOwnClause(Sentence s, int t, GenderLexicon.Gender not) {
        for (Dependency own : s.parents(t)) {
            if (!(own.relation().equals("nsubj") || own.relation().equals("nsubj:pass")) || own.governor() < 0) {
                continue;
            }
            for (Dependency up : s.parents(own.governor())) {
                int verb = up.governor();
                if (!up.relation().equals("ccomp") || verb < 0 || !s.token(verb).isVerb() || verb > t
                        || !dependents(s, verb, "obj", "iobj").isEmpty()) {
                    continue;
                }
                Optional<Entity> person = soleNamedSubject(s, verb, not);
                if (person.isPresent()) {
                    return person.get().id();
                }
            }
        }
        return null;
    }

    /** The one named person, outside quotations and not of gender {@code not}, who is the subject of {@code verb}. */
    private Optional<Entity> soleNamedSubject(Sentence s, int verb, GenderLexicon.Gender not) {
        List<Integer> subjects = dependents(s, verb, "nsubj");
        if (subjects.size() != 1 || continued.quoted(s.token(subjects.get(0)))) {
            return Optional.empty();
        }
        return namedPerson(s, subjects.get(0)).filter(e -> continued.fits(e, not));
    }

    /**
     * "Ana Soto said Ivo Ruiz had invited her": the one named person, of the pronoun's gender, who is the subject of the
     * verb whose clause holds pronoun {@code t} as object, when that clause has a subject of its own, no pronoun and not
     * the reporter; null otherwise (a pronoun subject in the clause may be the reporter too).
     */
    private String reporterAboveObject(Sentence s, int t, GenderLexicon.Gender not) {
        for (Dependency own : s.parents(t)) {
            if (!(own.base().equals("obj") || own.base().equals("iobj")) || own.governor() < 0) {
                continue;
            }
            int verb = own.governor();
            List<Integer> clauseSubjects = dependents(s, verb, "nsubj");
            if (clauseSubjects.isEmpty() || clauseSubjects.stream().anyMatch(n -> s.token(n).isPronoun())) {
                continue;
            }
            Set<String> others = new java.util.HashSet<>();
            clauseSubjects.forEach(n -> others.addAll(actors(s, n)));
            for (Dependency up : s.parents(verb)) {
                if (!up.relation().equals("ccomp") || up.governor() < 0 || up.governor() > verb || !s.token(up.governor()).isVerb()) {
                    continue;
                }
                Optional<Entity> person = soleNamedSubject(s, up.governor(), not);
                if (person.isPresent() && !others.contains(person.get().id())) {
                    return person.get().id();
                }
            }
        }
        return null;
    }

    /** Whether the actor {@code id} is named, not by a pronoun, before token {@code before} of the sentence. */
    private boolean namedIn(Sentence s, String id, int before) {
        for (Token tok : s.tokens().subList(0, Math.min(before, s.tokens().size()))) {
            if (!tok.isPronoun() && index.at(s.index(), tok.index()).map(e -> e.id().equals(id)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actors a speaker phrase names: like {@link #actors}, but a country named only as a modifier ("Chilean
     * state media", "the Peruvian ambassador") is not taken for the speaker.
     */
    List<String> speakers(Sentence s, int t) {
        Optional<Entity> direct = index.at(s.index(), t);
        List<String> all = actors(s, t);
        if (direct.isPresent() && all.contains(direct.get().id())) {
            return all;
        }
        List<String> out = new ArrayList<>();
        for (String id : all) {
            if (index.byId(id).map(e -> e.type() != EntityType.COUNTRY).orElse(false)) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * The one person the last travel verb before token {@code before} of {@code s} has as its subject ("Ana Soto
     * arrived in Lima ... The tour ends in Quito"); empty when none, several, or without the article's sentences.
     */
    List<String> lastTraveller(Sentence s, int before) {
        return continued == null ? List.of() : Hosts.guest(this, continued::sentence, s, before);
    }

    /** Whether the token is a noun for the people of an actor: "leaders", "the delegation", "officials". */
    static boolean isGroupNoun(Token tok) {
        return tok.isNoun() && GROUP_NOUNS.contains(tok.lemma().toLowerCase(Locale.ROOT));
    }

    EntityIndex index() {
        return index;
    }

    /** Whether the actor {@code id} is a person. */
    boolean isPerson(String id) {
        return index.byId(id).map(e -> e.type() == EntityType.PERSON).orElse(false);
    }

    /** The people named as proper nouns in apposition to token {@code t} ("its envoy, Ana Soto,"), in order. */
    /**
     * The person named between commas right after the phrase of role noun {@code t}, past a title before the name
     * ("the ruler, Gen. Ivo Ruiz,"): read from the words where the parser lost the apposition; empty otherwise.
     */
    private Optional<Entity> commaApposedPerson(Sentence s, int t) {
        int end = java.util.Collections.max(subtree(s, t, Set.of()));
        if (end != t || end + 2 >= s.tokens().size() || !s.token(end + 1).word().equals(",")) {
            return Optional.empty();
        }
        for (int i = end + 2; i < s.tokens().size() && i <= end + 4; i++) {
            Optional<Entity> person = namedPerson(s, i);
            if (person.isPresent()) {
                int last = i;
                while (last + 1 < s.tokens().size() && namedPerson(s, last + 1).equals(person)) {
                    last++;
                }
                boolean closed = last + 1 >= s.tokens().size() || s.token(last + 1).word().matches("[,.;]");
                return closed ? person : Optional.empty();
            }
            if (!s.token(i).pos().startsWith("NNP")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    java.util.stream.Stream<Entity> appositionPeople(Sentence s, int t) {
        return dependents(s, t, "appos").stream().map(a -> namedPerson(s, a)).flatMap(Optional::stream);
    }

    /** The person token {@code t} names as a proper noun (not through a pronoun), if any. */
    Optional<Entity> namedPerson(Sentence s, int t) {
        return s.token(t).isProperNoun() ? entity(s, t).filter(e -> e.type() == EntityType.PERSON) : Optional.empty();
    }

    /** The entity token {@code t} refers to, if any. */
    Optional<Entity> entity(Sentence s, int t) {
        return index.at(s.index(), t);
    }

    /** The place the first to-phrase of {@code head} names ("flew to Oslo", "welcomed X to Oslo"), if any. */
    Optional<String> placeTo(Sentence s, int head) {
        for (int to : dependents(s, head, "obl:to")) {
            Optional<String> p = place(s, to);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** The place that token {@code t} names, if any. */
    Optional<String> place(Sentence s, int t) {
        Optional<String> named = index.at(s.index(), t).filter(e -> e.type().isPlace()).map(Entity::id);
        if (named.isPresent()) {
            return named;
        }
        // "the port city of Beira", "the town of Ruse", "Borduria's Acme province", "the capital, Lima": the place the
        // kind of place names.
        String kind = s.token(t).lemma().toLowerCase(Locale.ROOT);
        if (PLACE_KINDS.contains(kind) || kind.equals("capital") && s.token(t).isNoun()) {
            // "the Syldavian Sea resort of Klow": the of-phrase names the place, a compound only the region it lies in.
            List<Integer> naming = new ArrayList<>(dependents(s, t, "nmod:of", "appos"));
            naming.addAll(dependents(s, t, "compound"));
            for (int of : naming) {
                Optional<String> p = index.at(s.index(), of).filter(e -> e.type().isPlace()).map(Entity::id);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return capital(s, t);
    }

    /**
     * The named place a site lies in or near: "a refugee camp near Lima", "a hospital in Oslo", "the front line outside
     * Zenda", "the Zenda memorial". Empty for a proper noun, a named actor, or a site whose place is not named.
     */
    Optional<String> placeOfSite(Sentence s, int t) {
        if (!s.token(t).isNoun() || s.token(t).isProperNoun() || !actors(s, t).isEmpty()) {
            return Optional.empty();
        }
        List<Integer> phrases = new ArrayList<>(dependents(s, t, "nmod:in", "nmod:near", "nmod:outside", "nmod:at", "compound"));
        // "the Zenda concentration camp": the place may modify a modifier.
        for (int c : dependents(s, t, "compound")) {
            phrases.addAll(dependents(s, c, "compound"));
        }
        // "the headquarters of the agency in Vienna": the place may qualify the site's owner.
        for (int owner : dependents(s, t, "nmod:of")) {
            if (s.token(owner).isNoun() && !s.token(owner).isProperNoun()) {
                phrases.addAll(dependents(s, owner, "nmod:in", "nmod:at"));
            }
        }
        for (int d : phrases) {
            Optional<String> p = place(s, d);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /**
     * "the Uruguayan capital", "Peru's capital": the capital city of the country where the article names it, else the
     * country, the nearest place the article does name.
     */
    private Optional<String> capital(Sentence s, int t) {
        if (!s.token(t).lemma().equalsIgnoreCase("capital") || !s.token(t).isNoun()) {
            return Optional.empty();
        }
        for (int d : dependents(s, t, "amod", "nmod:poss", "compound", "nmod:of")) {
            Optional<Entity> country = index.at(s.index(), d).filter(e -> e.type() == EntityType.COUNTRY);
            Optional<String> city = country.flatMap(c -> Capitals.of(c.label()))
                    .flatMap(label -> index.entities().stream().filter(e -> e.type() == EntityType.CITY && e.label().equals(label))
                            .map(Entity::id).findFirst());
            if (city.isPresent() || country.isPresent()) {
                return city.or(() -> country.map(Entity::id));
            }
        }
        return capitalOfDateline(s, t).or(() -> capitalNamedNear(s, t));
    }

    /** Whether "capital" at {@code t} stands bare: "the capital" or "the national capital", of no country or owner. */
    private static boolean bareCapital(Sentence s, int t) {
        return dependents(s, t, "nmod:poss", "compound", "nmod:of").isEmpty()
                && dependents(s, t, "amod").stream().allMatch(a -> s.token(a).word().equalsIgnoreCase("national")) && theBefore(s, t);
    }

    /**
     * "talked with X in Oslo on Thursday. She had arrived in the capital by train": a bare "the capital" in a story with no
     * capital dateline is the one capital city its sentence names, else the one the sentence before names; empty when
     * there is none or there are several.
     */
    private Optional<String> capitalNamedNear(Sentence s, int t) {
        if (continued == null || !bareCapital(s, t)) {
            return Optional.empty();
        }
        for (Sentence near : s.index() > 0 ? List.of(s, continued.previous(s)) : List.of(s)) {
            Set<String> capitals = new LinkedHashSet<>();
            for (int i = 0; i < near.tokens().size(); i++) {
                index.at(near.index(), i).filter(e -> e.type() == EntityType.CITY && Capitals.countryOf(e.label()).isPresent())
                        .ifPresent(e -> capitals.add(e.id()));
            }
            if (!capitals.isEmpty()) {
                return capitals.size() == 1 ? Optional.of(capitals.iterator().next()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "arrived in the Capital on Monday", "talks in the national capital" in a story datelined from a capital: that
     * city. Empty when the phrase names whose capital it is, or the sentence names another place.
     */
    private Optional<String> capitalOfDateline(Sentence s, int t) {
        if (capitalDateline == null || !bareCapital(s, t)) {
            return Optional.empty();
        }
        String home = index.byId(capitalDateline).flatMap(e -> Capitals.countryOf(e.label())).orElse("");
        // "the first Maldivian leader": a demonym names a people, not a place the capital could be in.
        boolean otherPlace = java.util.stream.IntStream.range(0, s.tokens().size())
                .filter(i -> !s.token(i).ner().equals("NATIONALITY") && !s.token(i).pos().startsWith("JJ"))
                .mapToObj(i -> index.at(s.index(), i)).flatMap(Optional::stream)
                .anyMatch(e -> e.type().isPlace() && !e.id().equals(capitalDateline) && !e.label().equals(home));
        return otherPlace ? Optional.empty() : Optional.of(capitalDateline);
    }

    /**
     * Places attached to {@code head} by "in" or "at". A venue named together with its city ("held at Acme Lodge
     * in Oslo", "at Acme Lodge in Oslo") gives the city, the place the event is known by.
     */
    Optional<String> placeOf(Sentence s, int head) {
        String venue = null;
        List<Dependency> phrases = new ArrayList<>(s.children(head));
        // "will meet X on Thursday in Lima", "talked for an hour in Lima": the parser may hang the place on the day or
        // the span of time before it.
        for (Dependency d : s.children(head)) {
            if (d.base().equals("obl") && s.token(d.dependent()).ner().matches("DATE|TIME|DURATION")) {
                s.children(d.dependent()).stream().filter(c -> c.dependent() > d.dependent()).forEach(phrases::add);
            }
        }
        for (Dependency d : phrases) {
            String rel = d.relation();
            if (rel.equals("obl:in") || rel.equals("nmod:in") || rel.equals("obl:at") || rel.equals("nmod:at")) {
                Optional<String> p = place(s, d.dependent());
                if (p.isEmpty()) {
                    continue;
                }
                if (!isVenue(p.get())) {
                    return p;
                }
                if (venue == null) {
                    venue = p.get();
                    // "at the Great Hall of the Acme in Lima": the parser may hang the city on the venue's last noun.
                    List<Integer> within = new ArrayList<>(dependents(s, d.dependent(), "nmod:in"));
                    dependents(s, d.dependent(), "nmod:of").forEach(o -> within.addAll(dependents(s, o, "nmod:in")));
                    for (int c : within) {
                        Optional<String> city = place(s, c).filter(id -> !isVenue(id));
                        if (city.isPresent()) {
                            return city;
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(venue);
    }

    /** A named place that is neither a country nor a city: a building, an estate, a region. */
    private boolean isVenue(String id) {
        return index.byId(id).map(e -> e.type() == EntityType.PLACE).orElse(false);
    }

    /** Dependents of {@code head} whose relation is one of {@code relations} (exact, or base when no colon). */
    static List<Integer> dependents(Sentence s, int head, String... relations) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(head)) {
            for (String r : relations) {
                if (r.indexOf(':') < 0 ? d.base().equals(r) : d.relation().equals(r)) {
                    out.add(d.dependent());
                    break;
                }
            }
        }
        return out;
    }

    /** Token {@code t} and the tokens conjoined to it ("A, B and C"), in that order. */
    static List<Integer> withConjuncts(Sentence s, int t) {
        List<Integer> out = new ArrayList<>(List.of(t));
        out.addAll(dependents(s, t, "conj"));
        return out;
    }

    /**
     * Whether the event word {@code word} lies in an after-, following- or since-phrase of {@code verb}: "flew to Lima
     * after meeting Ivo Ruiz", "after talks with Ivo Ruiz, flew to Lima", also where the parser made "meeting" a
     * modifier of the name after it.
     */
    static boolean inAfterPhrase(Sentence s, int word, int verb) {
        int modified = governor(s, word, "amod");
        int node = modified >= 0 && s.token(word).pos().equals("VBG") ? modified : word;
        // "after meeting Prime Minister Ivo Ruiz": the title it modifies is a compound of the name.
        for (int hop = 0; hop < 3 && node != word && governor(s, node, "compound") >= 0; hop++) {
            node = governor(s, node, "compound");
        }
        return s.parents(node).stream().anyMatch(d -> d.governor() == verb && d.relation().matches("(obl|advcl):(after|following|since)"));
    }

    /** The governor of {@code t} through one of the relations, or -1. */
    static int governor(Sentence s, int t, String... relations) {
        for (Dependency d : s.parents(t)) {
            for (String r : relations) {
                if (r.indexOf(':') < 0 ? d.base().equals(r) : d.relation().equals(r)) {
                    return d.governor();
                }
            }
        }
        return -1;
    }

    /**
     * Token indices reachable from {@code head}, {@code head} first, not through {@code stop}. Control and reference
     * edges ({@code nsubj:xsubj}, {@code ref}) are not followed: they would pull in another clause's subject.
     */
    static Set<Integer> subtree(Sentence s, int head, Set<Integer> stop) {
        Set<Integer> seen = new LinkedHashSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(head);
        while (!todo.isEmpty()) {
            int n = todo.poll();
            if (!seen.add(n)) {
                continue;
            }
            for (Dependency d : s.children(n)) {
                if (stop.contains(d.dependent()) || d.relation().equals("nsubj:xsubj") || d.relation().equals("ref")
                        || d.relation().startsWith("nsubj:") && d.relation().endsWith("xsubj")) {
                    continue;
                }
                todo.add(d.dependent());
            }
        }
        return seen;
    }

    /** Whether "not", "n't" or "never" modifies the word: "did not say", "would not refuse", "never met". */
    static boolean negated(Sentence s, int word) {
        return dependents(s, word, "advmod").stream().anyMatch(a -> s.token(a).word().matches("(?i)not|n't|never"));
    }

    /** Whether the verb has a particle among {@code words} (a regular expression): "called off", "called out". */
    /** Whether {@code head} has the adverb {@code word} (any case) among its advmod dependents: "met again", "last spoke". */
    static boolean hasAdverb(Sentence s, int head, String word) {
        return dependents(s, head, "advmod").stream().anyMatch(a -> s.token(a).word().equalsIgnoreCase(word));
    }

    /** Whether "then" stands before verb {@code v} as its adverb: "and then met Ivo Ruiz", a step after the one before. */
    static boolean thenBefore(Sentence s, int v) {
        return dependents(s, v, "advmod").stream().anyMatch(a -> a < v && s.token(a).word().equalsIgnoreCase("then"));
    }

    static boolean hasParticle(Sentence s, int verb, String words) {
        return s.children(verb).stream().anyMatch(d -> d.relation().equals("compound:prt")
                && s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT).matches(words));
    }

    /** Whether the noun takes the indefinite article: "a traitor", "an ally". */
    static boolean indefinite(Sentence s, int noun) {
        return dependents(s, noun, "det").stream().anyMatch(d -> s.token(d).word().toLowerCase(java.util.Locale.ROOT).matches("a|an"));
    }

    /** Whether {@code x} has the infinitive marker "to": "urged them to leave". */
    /**
     * Whether verb {@code v} is tagged a past participle but has no auxiliary: after "and" or beside a past verb the
     * tagger often takes a past tense for one ("shook hands and held talks", "and called on").
     */
    static boolean bareParticiple(Sentence s, int v) {
        return s.token(v).pos().equals("VBN") && dependents(s, v, "aux", "aux:pass").isEmpty();
    }

    static boolean hasInfinitiveMark(Sentence s, int x) {
        for (Dependency d : s.children(x)) {
            if (d.base().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }
}
