package org.dragoman.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.model.Event;
import org.dragoman.model.EventDate;
import org.dragoman.model.Meeting;
import org.dragoman.model.Mode;
import org.dragoman.model.Status;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * The counterparts a meeting verb lists, grouped into meetings. Conjoined counterparts ("met X and Y") meet
 * together; separate phrases ("met with X, then with Y") and gapped ones ("met X on Monday and Y on Tuesday")
 * are meetings of their own.
 */
final class SideGroups {
    /** Adverbs that tell a counterpart met after the one before: "met X, then Y", "met X and later Y". */
    private static final String SEQUENCE_ADVERB = "(?i)then|later";
    private static final Set<String> MEETING_NOUNS = WordLists.MEETING.get("meeting-noun");
    private static final Set<String> TOPIC_ONLY_VERBS = WordLists.MEETING.get("topic-only-verb");

    private SideGroups() {
    }

    /**
     * One meeting per group of counterparts the verb lists, each with the subjects: "Ana Soto met Ivo Ruiz on Monday
     * and Eva Lind on Tuesday" is two meetings. A group takes the first date told after it and before the next group;
     * the first group falls back on the whole meeting's date, later ones have none. A meeting with fewer than two
     * groups, or whose participants are all counterparts, stays whole; but one of two or more with-phrases and no subject
     * ("the talks with X and with Y") is none, unless brought together.
     */
    static List<Event> split(MeetingContext c, Sentence s, int verb, Meeting whole) {
        Arguments args = c.args();
        List<Event> each = eachSubject(c, s, verb, whole);
        if (each != null) {
            return each;
        }
        List<Integer> sides = new ArrayList<>(Arguments.dependents(s, verb, "obl:with", "nmod:with", "obj", "iobj"));
        sides.addAll(VerbSides.withPhrasesOnAdverbs(s, verb));
        // "discussed Ruritania with Ana Soto": what is discussed is a topic, as VerbSides reads it.
        if (TOPIC_ONLY_VERBS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
            sides.removeAll(Arguments.dependents(s, verb, "obj"));
        }
        int misread = VerbSides.objectMisreadAsReporter(s, verb);
        if (sides.isEmpty() && misread >= 0) {
            sides.add(misread);
        }
        int described = VerbSides.participleObject(s, verb);
        if (sides.isEmpty() && described >= 0) {
            sides.add(described);
            sides.addAll(Arguments.dependents(s, described, "conj"));
        }
        // "met Ana Soto and, separately, Ivo Ruiz": the adverb may hang on the later counterpart, which the parser may
        // also hang on the verb as its conjunct.
        for (int t : Arguments.dependents(s, verb, "conj")) {
            if (t > verb && s.token(t).isNoun() && !args.actors(s, t).isEmpty() && !sides.isEmpty() && (isSeparately(s, t) || asWellAs(s, t))) {
                sides.add(t);
            }
        }
        // "met separately with A, a minister; B, an envoy; and C, an ambassador": the parser may hang the names after a
        // semicolon on the verb, the last one under "and".
        if (!sides.isEmpty() && separately(s, verb, -1)) {
            sides.addAll(semicolonListed(s, verb, args));
        }
        boolean separateConjunct = sides.stream().anyMatch(t -> isSeparately(s, t));
        // "spoke by telephone with Ana Soto and Ivo Ruiz": one calls one person at a time; "the four leaders spoke by
        // telephone" (all subjects) stays one call.
        // "had spoken to Ana Soto and to Ivo Ruiz": conversations, one at a time, as calls are.
        String lemma = s.token(verb).lemma().toLowerCase(Locale.ROOT);
        List<Integer> spokenTo = lemma.equals("speak") || lemma.equals("talk") ? Arguments.dependents(s, verb, "obl:to") : List.of();
        sides.addAll(spokenTo);
        boolean calls = whole.mode() == Mode.PHONE || !spokenTo.isEmpty();
        if (separately(s, verb, -1) || separateConjunct || calls || oneByOne(s, verb, sides, args)) {
            List<Integer> all = new ArrayList<>(sides);
            all.addAll(thenPhrases(s, verb, args));
            return meetingsOf(c, s, verb, whole, singly(s, all, args), true);
        }
        List<List<Integer>> groups = new ArrayList<>(of(s, verb, sides, args));
        List<Integer> later = new ArrayList<>(thenPhrases(s, verb, args));
        later.addAll(followedBy(s, verb, args));
        later.addAll(afterPlace(s, verb, args));
        for (int t : later) {
            if (groups.stream().noneMatch(g -> g.contains(t))) {
                groups.add(new ArrayList<>(List.of(t)));
            }
        }
        groups.sort(Comparator.comparing(g -> g.get(0)));
        return meetings(c, s, verb, whole, groups);
    }

    /**
     * "met with X, then with Y", "met X, then Y", "spoke with X on Monday and with Y on Tuesday": a named phrase after
     * the verb led by ", then" or by a repeated "and with", however the parser hung it. "met Ivo Ruiz, then president
     * of Chile" names a title, not a second counterpart, and is skipped.
     */
    static List<Integer> thenPhrases(Sentence s, int verb, Arguments args) {
        List<Integer> out = new ArrayList<>();
        int otherClause = otherClauseAfter(s, verb);
        for (int t = verb + 1; t < s.tokens().size(); t++) {
            String ner = s.token(t).ner();
            // A surname told before may go untagged: "and then with Vell". "and with Gulf ministers, including X": a
            // common noun may name its people, if only after a repeated "with".
            boolean common = ner.equals("O") && !s.token(t).isProperNoun();
            if (ner.equals("TITLE") || !s.token(t).isNoun() || args.actors(s, t).isEmpty()
                    || s.parents(t).stream().anyMatch(d -> d.base().equals("appos"))) {
                continue;
            }
            // "met X on Monday, the day Y held talks with Z and with W": past another verb with its own subject, a
            // phrase is that clause's.
            if (t > otherClause) {
                continue;
            }
            int first = Collections.min(Arguments.subtree(s, t, Set.of(verb)));
            // "with X on Wednesday and with Y on Tuesday", "with X and later with Y": a repeated "with" after "and"
            // (and an adverb of time) is a second telling.
            int with = Arguments.dependents(s, t, "case").stream().filter(c -> s.token(c).word().equalsIgnoreCase("with"))
                    .findFirst().orElse(s.token(first).word().equalsIgnoreCase("and") ? first + 1 : first);
            int before = with - 1;
            // "and later with Y", "and on Friday with Y": an adverb or a time phrase may stand between.
            while (before > verb && (s.token(before).pos().startsWith("RB") || s.token(before).ner().matches("DATE|TIME")
                    || s.token(before).word().matches("(?i)on|at") && s.token(before + 1).ner().matches("DATE|TIME"))) {
                before--;
            }
            int and = before;
            boolean repeatedWith = s.token(with).word().equalsIgnoreCase("with") && and > verb
                    && s.token(and).word().equalsIgnoreCase("and")
                    && java.util.stream.IntStream.range(verb + 1, and).anyMatch(i -> s.token(i).word().equalsIgnoreCase("with"));
            if (repeatedWith) {
                out.add(t);
                continue;
            }
            if (common) {
                continue;
            }
            // "met X, then Y and Z": the parser may hang the later ones on the adverb, itself the verb's.
            int adverb = Arguments.governor(s, t, "dep");
            if (adverb > verb && adverb < t && s.token(adverb).word().matches(SEQUENCE_ADVERB)
                    && Arguments.governor(s, adverb, "advmod") == verb && s.token(adverb - 1).word().matches(",|and")) {
                out.add(t);
                continue;
            }
            // The phrase ends at its first comma, whatever else the parser hung on it.
            int last = Collections.max(Arguments.subtree(s, t, Set.of(verb)));
            for (int k = t + 1; k < last; k++) {
                if (s.token(k).word().equals(",")) {
                    last = k - 1;
                }
            }
            // "met X on Monday, then, separately, Y and Z": only commas and adverbs between the verb's adverb of
            // sequence and the names, however the parser hung them; a name joined to one so led is led too.
            if (ledBySequenceAdverb(s, verb, first, last) || out.contains(Arguments.governor(s, t, "conj"))) {
                out.add(t);
                continue;
            }
            // "met X, then Y", "met X and later Y": an adverb of sequence after "and" or a comma.
            for (int a : Arguments.dependents(s, t, "advmod")) {
                boolean leads = a == first || a == first - 1 && s.token(first).word().equalsIgnoreCase("with")
                        || a == first + 1 && s.token(first).word().equalsIgnoreCase("and");
                if (s.token(a).word().matches(SEQUENCE_ADVERB) && leads && a >= 1 && s.token(a - 1).word().matches(",|and")) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * Where the first other clause after the verb has both its own verb and subject (the later of the two), so that a
     * phrase past it is that clause's; the sentence's length when there is none.
     */
    private static int otherClauseAfter(Sentence s, int verb) {
        int at = s.tokens().size();
        for (int i = verb + 1; i < s.tokens().size(); i++) {
            // "spoke with X on Wednesday to prepare the summit and then with Y": the parser may give an infinitive a
            // date for its subject; neither makes a clause of its own.
            if (s.token(i).isVerb() && !Arguments.hasInfinitiveMark(s, i)) {
                for (int n : Arguments.dependents(s, i, "nsubj", "nsubj:pass")) {
                    if (n > verb && !s.token(n).ner().matches("DATE|TIME|DURATION|SET")) {
                        at = Math.min(at, Math.max(i, n));
                    }
                }
            }
        }
        return at;
    }

    /**
     * Whether the phrase from {@code first} to {@code last} follows ", then" of the verb, past only commas and
     * adverbs. The parser may hang the adverb on a later clause; then no verb may follow the phrase, which would make
     * it that clause's subject ("met X, then Y told reporters").
     */
    private static boolean ledBySequenceAdverb(Sentence s, int verb, int first, int last) {
        int i = first - 1;
        while (i > verb + 1 && (s.token(i).word().equals(",") || s.token(i).pos().startsWith("RB"))
                && !s.token(i).word().matches(SEQUENCE_ADVERB)) {
            i--;
        }
        boolean verbAfter = last + 1 < s.tokens().size() && s.token(last + 1).pos().matches("VB.*|MD");
        int governor = Arguments.governor(s, i, "advmod");
        return i > verb + 1 && i < first - 1 && s.token(i).word().matches(SEQUENCE_ADVERB)
                && (governor == verb || governor > last && !verbAfter) && s.token(i - 1).word().matches(",|and");
    }

    /**
     * "met Ana Soto at the Blue Palace and Ivo Ruiz at the Green Palace": the parser joins the second counterpart to the
     * first one's place phrase; a person so joined to a place phrase of the verb, after its object, is met on their own.
     */
    static List<Integer> afterPlace(Sentence s, int verb, Arguments args) {
        List<Integer> out = new ArrayList<>();
        int object = Arguments.dependents(s, verb, "obj").stream().findFirst().orElse(-1);
        for (int place : Arguments.dependents(s, verb, "obl:at", "obl:in")) {
            if (object < 0 || place < object || !args.actors(s, place).stream().noneMatch(args::isPerson)) {
                continue;
            }
            for (int t : Arguments.dependents(s, place, "conj")) {
                if (t > place && args.actors(s, t).stream().anyMatch(args::isPerson) && !out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * "received Ivo Ruiz, followed by Ana Soto and Luis Mora": the people a "followed by" after the verb names, each a
     * meeting of their own.
     */
    static List<Integer> followedBy(Sentence s, int verb, Arguments args) {
        List<Integer> out = new ArrayList<>();
        List<Integer> clauses = new ArrayList<>(Arguments.dependents(s, verb, "dep", "advcl", "xcomp", "acl", "conj"));
        // The parser may hang the participle on the object instead: "received Ivo Ruiz, followed by ...".
        for (int o : Arguments.dependents(s, verb, "obj", "obl:with")) {
            clauses.addAll(Arguments.dependents(s, o, "acl"));
        }
        for (int c : clauses) {
            if (c > verb && s.token(c).lemma().equalsIgnoreCase("follow") && s.token(c).pos().equals("VBN")) {
                for (int t : Arguments.dependents(s, c, "obl:by", "obl:agent")) {
                    if (!args.actors(s, t).isEmpty() && !out.contains(t)) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    /**
     * "held separate talks with X, Y and Z", "met separately with X and Y": one meeting per named counterpart of the
     * meeting noun (or of the verb that holds it), each with the other participants; the whole meeting when the
     * telling has no such word or fewer than two counterparts. "held talks with X, then with Y" splits likewise.
     */
    static List<Event> splitSeparate(MeetingContext c, Sentence s, int noun, int anchor, Meeting whole) {
        List<Event> each = anchor >= 0 ? eachSubject(c, s, anchor, whole) : null;
        if (each != null) {
            return each;
        }
        List<Event> pairs = betweenPairs(c, s, noun, whole);
        if (pairs != null) {
            return pairs;
        }
        List<Integer> then = thenPhrases(s, noun, c.args());
        // "held telephone talks with X and Y": one calls one person at a time, as after a verb; a conference call or a
        // three-way one is one.
        boolean calls = whole.mode() == Mode.PHONE && !jointCall(s, noun);
        if (!separately(s, noun, anchor) && then.isEmpty() && !calls) {
            return List.of(whole);
        }
        List<Integer> sides = new ArrayList<>(Arguments.dependents(s, noun, "nmod:with"));
        if (s.token(noun).lemma().equalsIgnoreCase("call")) {
            sides.addAll(Arguments.dependents(s, noun, "nmod:from", "nmod:to"));
        }
        sides.addAll(NominalMeetingRule.listedAfterWith(c.args(), s, noun));
        if (anchor >= 0) {
            sides.addAll(Arguments.dependents(s, anchor, "obl:with"));
        }
        sides.addAll(then);
        return meetingsOf(c, s, noun, whole, singly(s, sides, c.args()), true);
    }

    /**
     * "conversations between A and B, and between C and D": two or more between-phrases after the meeting noun, each
     * naming two or more, are a meeting each, however the parser hung the later ones. Null when the noun is not so
     * followed or the phrases do not account for every participant.
     */
    private static List<Event> betweenPairs(MeetingContext c, Sentence s, int noun, Meeting whole) {
        List<Set<String>> groups = new ArrayList<>();
        for (int t = noun + 1; t < s.tokens().size(); t++) {
            int head = s.token(t).word().equalsIgnoreCase("between") ? Arguments.governor(s, t, "case") : -1;
            if (head < 0) {
                continue;
            }
            Set<String> group = new LinkedHashSet<>(c.args().actors(s, head));
            Arguments.dependents(s, head, "conj").forEach(k -> group.addAll(c.args().actors(s, k)));
            if (group.size() >= 2) {
                groups.add(group);
            }
        }
        Set<String> covered = new LinkedHashSet<>();
        groups.forEach(covered::addAll);
        if (groups.size() < 2 || !covered.equals(Set.copyOf(whole.participants()))) {
            return null;
        }
        List<Event> out = new ArrayList<>();
        for (Set<String> g : groups) {
            out.add(new Meeting(List.copyOf(g), whole.mode(), whole.status(), whole.date(), whole.place(), whole.trigger(),
                    whole.evidence(), whole.confidence()));
        }
        return out;
    }

    /** One meeting per subject ({@link #eachSubject}), or the whole meeting when the subjects met together. */
    static List<Event> bySubject(MeetingContext c, Sentence s, int verb, Meeting whole) {
        List<Event> each = eachSubject(c, s, verb, whole);
        return each != null ? each : List.of(whole);
    }

    /**
     * "Ana Soto and Ivo Ruiz each met Eva Lind", "A and B both spoke with C", "A and B separately called on C": one
     * meeting per subject, each with the counterparts. Null when the verb has no "each", "both" or "separately", or
     * fewer than two subjects that name actors, or the subjects are all the participants.
     */
    private static List<Event> eachSubject(MeetingContext c, Sentence s, int verb, Meeting whole) {
        // "A and B both spoke with C": "both" after the subjects counts them one by one too, as "separately" does; the
        // parser may hang it on the first subject.
        List<Integer> heads = new ArrayList<>(Arguments.dependents(s, verb, "nsubj"));
        heads.add(verb);
        boolean each = heads.stream().flatMap(h -> s.children(h).stream())
                .anyMatch(d -> s.token(d.dependent()).word().matches("(?i)each|both") && d.dependent() > 0 && d.dependent() < verb
                && (d.governor() == verb || d.dependent() > d.governor()) && !d.base().equals("det")
                && !d.relation().equals("cc:preconj"));
        // "A and B separately called on C": one call each.
        each |= Arguments.hasAdverb(s, verb, "separately");
        if (!each) {
            return null;
        }
        List<List<String>> subjects = new ArrayList<>();
        for (int t : Arguments.dependents(s, verb, "nsubj")) {
            List<String> actors = c.args().actors(s, t);
            if (!actors.isEmpty() && subjects.stream().noneMatch(g -> g.containsAll(actors))) {
                subjects.add(actors);
            }
        }
        Set<String> counterparts = new LinkedHashSet<>(whole.participants());
        subjects.forEach(counterparts::removeAll);
        if (subjects.size() < 2 || counterparts.isEmpty()) {
            return null;
        }
        List<Event> out = new ArrayList<>();
        for (List<String> subject : subjects) {
            Set<String> parts = new LinkedHashSet<>(subject);
            parts.addAll(counterparts);
            out.add(new Meeting(List.copyOf(parts), whole.mode(), whole.status(), whole.date(), whole.place(), whole.trigger(),
                    whole.evidence(), whole.confidence()));
        }
        return out;
    }

    /**
     * "also met X and Y", "met X as well as Y": one person going on to list whom else they saw lists meetings one at a
     * time; "met X and Y" alone stays one meeting.
     */
    private static boolean oneByOne(Sentence s, int verb, List<Integer> sides, Arguments args) {
        if (!s.token(verb).lemma().equalsIgnoreCase("meet") || sides.size() < 2
                || Arguments.dependents(s, verb, "nsubj").stream().mapToLong(n -> args.actors(s, n).size()).sum() > 1) {
            return false;
        }
        boolean also = Arguments.hasAdverb(s, verb, "also");
        return also || sides.stream().anyMatch(t -> asWellAs(s, t));
    }

    /** Whether the conjunct is joined by "as well as". */
    private static boolean asWellAs(Sentence s, int t) {
        return Arguments.dependents(s, t, "cc").stream().anyMatch(c -> s.token(c).word().equalsIgnoreCase("as") && c + 2 < s.tokens().size()
                && s.token(c + 1).word().equalsIgnoreCase("well") && s.token(c + 2).word().equalsIgnoreCase("as"));
    }

    /** Names the verb holds as conjuncts or loose dependents after a semicolon following it ({@link #split}). */
    private static List<Integer> semicolonListed(Sentence s, int verb, Arguments args) {
        List<Integer> out = new ArrayList<>();
        List<Integer> heads = new ArrayList<>(Arguments.dependents(s, verb, "conj", "dep"));
        Arguments.dependents(s, verb, "dep").stream().filter(d -> s.token(d).word().equalsIgnoreCase("and"))
                .forEach(and -> heads.addAll(Arguments.dependents(s, and, "dep")));
        for (int t : heads) {
            boolean afterSemicolon = java.util.stream.IntStream.range(verb + 1, t).anyMatch(i -> s.token(i).word().equals(";"));
            if (t > verb && afterSemicolon && s.token(t).isNoun() && !args.actors(s, t).isEmpty() && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isSeparately(Sentence s, int t) {
        return Arguments.hasAdverb(s, t, "separately");
    }

    /**
     * Whether "separate" modifies the meeting word or a phrase "in separate ..." of it, or "separately" its verb, or
     * the word is the plural "meetings".
     */
    private static boolean separately(Sentence s, int head, int anchor) {
        // "separate meetings with X and Y", "back-to-back meetings", "bilateral talks with X and Y": one each.
        boolean adjective = toldSeparate(s, head);
        boolean adverb = java.util.stream.IntStream.of(head, anchor).filter(h -> h >= 0)
                .anyMatch(h -> Arguments.hasAdverb(s, h, "separately"));
        // "spoke by phone with X, Y and Z in separate calls"
        boolean framed = java.util.stream.IntStream.of(head, anchor).filter(h -> h >= 0)
                .anyMatch(h -> Arguments.dependents(s, h, "obl:in").stream().anyMatch(n -> Arguments.dependents(s, n, "amod").stream()
                        .anyMatch(a -> s.token(a).word().equalsIgnoreCase("separate"))));
        // "flies to Lima for meetings with X and Y", "took calls from X and Y": a plural "meetings" or "calls" with several
        // counterparts is one with each.
        boolean plural = s.token(head).pos().equals("NNS") && s.token(head).lemma().toLowerCase(Locale.ROOT).matches("meeting|call");
        // "met X, Y and Z in quick succession": one after another.
        boolean inSuccession = java.util.stream.IntStream.of(head, anchor).filter(h -> h >= 0)
                .anyMatch(h -> Arguments.dependents(s, h, "obl:in").stream()
                        .anyMatch(n -> s.token(n).lemma().equalsIgnoreCase("succession")));
        return adjective || adverb || framed || plural || inSuccession || inSeparateMeetings(s);
    }

    /**
     * "met X, then Y and Z on Saturday, in back-to-back bilateral meetings": a plural meeting noun after "in", told
     * separate, makes every meeting of the sentence one with each counterpart, wherever the parser hung it.
     */
    private static boolean inSeparateMeetings(Sentence s) {
        for (Token t : s.tokens()) {
            int n = t.index();
            if (t.pos().equals("NNS") && MEETING_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
                    && Arguments.dependents(s, n, "case").stream().anyMatch(k -> s.token(k).word().equalsIgnoreCase("in"))
                    && toldSeparate(s, n)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a call noun is told joint: "a conference call", "a three-way call", "trilateral phone talks". */
    private static boolean jointCall(Sentence s, int noun) {
        return Arguments.dependents(s, noun, "amod", "compound").stream()
                .anyMatch(a -> s.token(a).word().matches("(?i)conference|joint|trilateral|multilateral|(three|four|five)-way|way"));
    }

    /** Whether the noun is modified by "separate", "bilateral" or "back-to-back". */
    private static boolean toldSeparate(Sentence s, int noun) {
        // "held a separate meeting with A and B": one meeting apart from another told before, with both.
        boolean oneApart = s.token(noun).pos().equals("NN")
                && Arguments.dependents(s, noun, "det").stream().anyMatch(d -> s.token(d).word().matches("(?i)an?"));
        boolean adjective = Arguments.dependents(s, noun, "amod").stream()
                .anyMatch(a -> s.token(a).word().matches("(?i)back-to-back|bilateral")
                        || s.token(a).word().equalsIgnoreCase("separate") && !oneApart);
        // The tokenizer may split "back-to-back" into five tokens, which the parser hangs on the noun as a compound.
        return adjective || noun >= 5 && java.util.stream.IntStream.range(noun - 5, noun).mapToObj(i -> s.token(i).word())
                .collect(java.util.stream.Collectors.joining()).equalsIgnoreCase("back-to-back");
    }

    /**
     * Each named side a group of its own, in sentence order; a side that names several actors in one phrase ("the
     * foreign ministers of Peru and Chile") gives one group for each of them.
     */
    private static List<Side> singly(Sentence s, List<Integer> sides, Arguments args) {
        List<Side> out = new ArrayList<>();
        sides.stream().distinct().sorted().forEach(t -> args.actors(s, t).stream()
                .filter(a -> out.stream().noneMatch(g -> g.actors().contains(a)))
                .forEach(a -> out.add(new Side(t, List.of(a)))));
        return out;
    }

    private static List<Event> meetings(MeetingContext c, Sentence s, int verb, Meeting whole, List<List<Integer>> groups) {
        return meetingsOf(c, s, verb, whole, groups.stream().map(g -> new Side(g.get(0), actorsOf(s, g, c.args()))).toList(), false);
    }

    /** A group of counterparts met together: the token that tells it first, and the actors it names. */
    private record Side(int first, List<String> actors) {
    }

    /** Whether token {@code t} heads a with-phrase: "with X", "and then with Y". */
    private static boolean withPhrase(Sentence s, int t) {
        return Arguments.dependents(s, t, "case").stream().anyMatch(c -> s.token(c).word().equalsIgnoreCase("with"));
    }

    private static List<String> actorsOf(Sentence s, List<Integer> group, Arguments args) {
        Set<String> out = new LinkedHashSet<>();
        group.forEach(t -> out.addAll(args.actors(s, t)));
        return List.copyOf(out);
    }

    /**
     * One meeting per group, each with the subjects. With {@code apart} the groups were told met one at a time
     * ("separate talks with X and Y"), so with no subject told they met nobody the sentence names, not one another.
     */
    private static List<Event> meetingsOf(MeetingContext c, Sentence s, int verb, Meeting whole, List<Side> groups, boolean apart) {
        Arguments args = c.args();
        Set<String> subjects = new LinkedHashSet<>(whole.participants());
        groups.forEach(g -> g.actors().forEach(subjects::remove));
        // "the talks with X and with Y", whose holder the sentence does not tell: X and Y were each met apart, not with
        // one another.
        boolean together = Arguments.dependents(s, verb, "advmod", "compound:prt").stream()
                .anyMatch(a -> s.token(a).word().equalsIgnoreCase("together"));
        if (groups.size() >= 2 && subjects.isEmpty() && !together
                && (apart || groups.stream().allMatch(g -> !g.actors().isEmpty() && withPhrase(s, g.first())))) {
            return List.of();
        }
        if (groups.size() < 2 || subjects.isEmpty()) {
            return List.of(whole);
        }
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Side g = groups.get(i);
            int next = i + 1 < groups.size() && groups.get(i + 1).first() > g.first() ? groups.get(i + 1).first() : clauseEnd(s, g.first());
            // "met Thursday with X and on Friday with Y": a time told right before a group's phrase is its own.
            int from = g.first() > verb ? Math.max(verb + 1, phraseStart(s, verb, g.first())) : g.first();
            boolean nextGroupAfter = i + 1 < groups.size() && groups.get(i + 1).first() > g.first() && next > verb;
            int until = nextGroupAfter ? Math.max(g.first() + 1, phraseStart(s, verb, next)) : next;
            EventDate own = c.dates().forTense(s, c.dates().dateWithin(s, from, until), whole.status() == Status.PLANNED);
            // "then Y and Z on Thursday": a group joined by "and" to the next shares its date.
            for (int j = i + 1; own == null && j < groups.size() && groups.get(j).first() > groups.get(j - 1).first()
                    && joinedByAnd(s, groups.get(j - 1).first(), groups.get(j).first()); j++) {
                int after = j + 1 < groups.size() && groups.get(j + 1).first() > groups.get(j).first() ? groups.get(j + 1).first()
                        : clauseEnd(s, groups.get(j).first());
                own = c.dates().forTense(s, c.dates().dateWithin(s, groups.get(j).first(), after), whole.status() == Status.PLANNED);
            }
            Set<String> parts = new LinkedHashSet<>(subjects);
            parts.addAll(g.actors());
            // "met X, then Y, on Monday": a date told only after the last group holds for all of them.
            if (own == null && i < groups.size() - 1 && onlyLastDated(c, s, groups)) {
                Side last = groups.get(groups.size() - 1);
                EventDate lastDate = c.dates().dateWithin(s, last.first(), clauseEnd(s, last.first()));
                own = c.dates().forTense(s, lastDate, whole.status() == Status.PLANNED);
            }
            EventDate date = own != null ? own : i == 0 || noneDated(c, s, groups) ? whole.date() : null;
            String place = args.placeOf(s, g.first()).orElse(placeWithin(s, args, g.first(), next).orElse(whole.place()));
            out.add(new Meeting(List.copyOf(parts), whole.mode(), whole.status(), date, place, whole.trigger(),
                    whole.evidence(), whole.confidence()));
        }
        return out;
    }

    /**
     * Where the phrase of the group at {@code t} starts, with the time phrase and the "and" told right before it: "and on
     * Friday with Y" starts at "and"; never before the verb's next word.
     */
    private static int phraseStart(Sentence s, int verb, int t) {
        int start = Collections.min(Arguments.subtree(s, t, Set.of(verb)));
        while (start - 1 > verb && !s.token(start).word().equalsIgnoreCase("and")) {
            Token before = s.token(start - 1);
            boolean time = before.ner().matches("DATE|TIME")
                    || before.word().matches("(?i)on|at") && s.token(start).ner().matches("DATE|TIME");
            if (before.word().equalsIgnoreCase("and")) {
                return start - 1;
            }
            if (!time) {
                break;
            }
            start--;
        }
        return start;
    }

    /**
     * Where the words a group's date or place may come from end: at the next verb ("with A and B, before flying to Lima
     * on Monday" tells Monday of the flight), else at the end of the sentence.
     */
    private static int clauseEnd(Sentence s, int from) {
        int verb = java.util.stream.IntStream.range(from + 1, s.tokens().size()).filter(k -> s.token(k).isVerb()).findFirst()
                .orElse(s.tokens().size());
        if (verb == s.tokens().size()) {
            return verb;
        }
        // "with Y, and on Friday Z sat down with W": the next verb's clause starts where its own words do; not where the
        // parser made the group itself part of that clause.
        Set<Integer> clause = Arguments.subtree(s, verb, Set.of());
        if (clause.contains(from)) {
            return verb;
        }
        return Math.min(verb, clause.stream().filter(k -> k > from).min(Integer::compare).orElse(verb));
    }

    /** Whether "and" stands between two groups' first tokens. */
    private static boolean joinedByAnd(Sentence s, int from, int to) {
        return java.util.stream.IntStream.range(from + 1, to).anyMatch(t -> s.token(t).word().equalsIgnoreCase("and"));
    }

    /** "met X in Lima and Y in Quito": the first place named after a group and before the next. */
    private static java.util.Optional<String> placeWithin(Sentence s, Arguments args, int from, int to) {
        for (int t = from + 1; t < to; t++) {
            boolean afterIn = t > 0 && s.token(t - 1).word().equalsIgnoreCase("in");
            if (afterIn && args.place(s, t).isPresent()) {
                return args.place(s, t);
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean noneDated(MeetingContext c, Sentence s, List<Side> groups) {
        return groups.stream().allMatch(g -> c.dates().dateWithin(s, g.first(), clauseEnd(s, g.first())) == null);
    }

    private static boolean onlyLastDated(MeetingContext c, Sentence s, List<Side> groups) {
        for (int i = 0; i < groups.size() - 1; i++) {
            if (groups.get(i + 1).first() > groups.get(i).first()
                    && c.dates().dateWithin(s, groups.get(i).first(), groups.get(i + 1).first()) != null) {
                return false;
            }
        }
        return c.dates().dateWithin(s, groups.get(groups.size() - 1).first(), clauseEnd(s, groups.get(groups.size() - 1).first())) != null;
    }

    /** Groups of side tokens that name actors, in sentence order; tokens joined by a conjunction share a group. */
    static List<List<Integer>> of(Sentence s, int verb, List<Integer> sides, Arguments args) {
        List<Integer> named = new ArrayList<>(sides.stream().filter(t -> !args.actors(s, t).isEmpty()).toList());
        named.addAll(gapped(s, verb, args));
        named.sort(Comparator.naturalOrder());
        List<List<Integer>> groups = new ArrayList<>();
        for (int t : named) {
            // "met X in Lima and Y in Quito": conjuncts each met in a place of their own meet apart.
            // "met X and later Y": a conjunct told in sequence meets apart.
            List<Integer> joined = sequenced(s, t) ? null : groups.stream().filter(g -> g.stream().anyMatch(o -> conjoined(s, o, t)
                    && !(args.placeOf(s, o).isPresent() && args.placeOf(s, t).isPresent()))).findFirst().orElse(null);
            if (joined != null) {
                joined.add(t);
            } else if (groups.stream().noneMatch(g -> g.contains(t))) {
                groups.add(new ArrayList<>(List.of(t)));
            }
        }
        return groups;
    }

    /** Whether conjunct {@code t} opens with "and then", "and later" or ", then". */
    private static boolean sequenced(Sentence s, int t) {
        return Arguments.dependents(s, t, "advmod").stream().anyMatch(a -> s.token(a).word().matches(SEQUENCE_ADVERB)
                && a >= 1 && a < t && s.token(a - 1).word().matches(",|and"));
    }

    /** "met X on Monday and Y on Tuesday": Y is parsed as a conjunct of the date (or place) attached to the verb. */
    static List<Integer> gapped(Sentence s, int verb, Arguments args) {
        List<Integer> out = new ArrayList<>();
        // "met X on Monday and Y on Tuesday" parsed with Y as a conjunct of the verb itself (the date its orphan).
        // The parser may instead hang the date on Y as a modifier of its own ("and Y in Quito on Tuesday, after ...").
        for (int t : Arguments.dependents(s, verb, "conj")) {
            boolean ownDate = Arguments.dependents(s, t, "nmod", "obl:tmod", "nmod:tmod").stream()
                    .anyMatch(d -> d > t && s.token(d).ner().equals("DATE"));
            boolean gappedConjunct = !Arguments.dependents(s, t, "orphan").isEmpty() || ownDate && s.token(t).isProperNoun();
            if (s.token(t).isNoun() && gappedConjunct && !args.actors(s, t).isEmpty()) {
                out.add(t);
            }
        }
        // ... or of the date or place attached to the verb: "met X in Lima and Y in Quito".
        for (Dependency d : s.children(verb)) {
            int date = d.dependent();
            boolean place = d.relation().equals("obl:in") && args.place(s, date).isPresent();
            if (!s.token(date).ner().equals("DATE") && !place) {
                continue;
            }
            for (int t : Arguments.dependents(s, date, "conj")) {
                boolean actor = !args.actors(s, t).isEmpty() && args.place(s, t).isEmpty();
                if (!s.token(t).ner().equals("DATE") && actor && !out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static boolean conjoined(Sentence s, int a, int b) {
        return Arguments.governor(s, b, "conj") == a || Arguments.governor(s, a, "conj") == b
                || s.parents(a).stream().anyMatch(d -> d.base().equals("conj") && Arguments.governor(s, b, "conj") == d.governor());
    }
}
