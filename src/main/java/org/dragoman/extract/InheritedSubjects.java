package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * The subject of a participle or infinitive clause, which is the subject of the verb it hangs from: in "Ana Soto
 * flew to Oslo to meet Ivo Ruiz", Ana Soto meets.
 */
final class InheritedSubjects {
    private static final java.util.Set<String> TRAVEL_VERBS = WordLists.MEETING.get("visit-verb");
    private static final java.util.Set<String> MEET_VERBS = WordLists.MEETING.get("meet-verb");

    private InheritedSubjects() {
    }

    /**
     * The people who travel by the verb at {@code v}: its own subjects that {@code counted} accepts, or, where it has
     * no subject, those of its clause ({@link #of}). Organisations and countries are no travellers.
     */
    static List<String> people(Arguments args, Sentence s, int v, java.util.function.IntPredicate counted) {
        List<String> out = new java.util.ArrayList<>();
        for (int subject : Arguments.dependents(s, v, "nsubj")) {
            if (counted.test(subject)) {
                args.actors(s, subject).stream().filter(args::isPerson).forEach(out::add);
            }
        }
        if (out.isEmpty() && Arguments.dependents(s, v, "nsubj").isEmpty()) {
            of(args, s, v).stream().filter(args::isPerson).forEach(out::add);
        }
        return out;
    }

    /**
     * The actors of the nearest governing clause, at most two clauses up, that has a subject naming any; empty when
     * the verb has its own subject clause or none of the two names one.
     */
    static List<String> of(Arguments args, Sentence s, int v) {
        List<String> found = ofClause(args, s, v);
        return found.isEmpty() ? lastDoerBeforeThen(args, s, v) : found;
    }

    /**
     * "The decision came after Ana Soto flew to Lima, and then spoke to Ivo Ruiz": a verb after "then" that the parser
     * joined to a clause whose subject is no one goes on with the last person before it who did something; empty when
     * the verb has no "then" or no such person is named.
     */
    private static List<String> lastDoerBeforeThen(Arguments args, Sentence s, int v) {
        if (!Arguments.thenBefore(s, v)) {
            return List.of();
        }
        for (int k = v - 1; k >= 0; k--) {
            if (!s.token(k).isVerb()) {
                continue;
            }
            List<String> people = new ArrayList<>();
            Arguments.dependents(s, k, "nsubj").forEach(n -> args.actors(s, n).stream().filter(args::isPerson).forEach(people::add));
            if (!people.isEmpty()) {
                return people;
            }
        }
        return List.of();
    }

    private static List<String> ofClause(Arguments args, Sentence s, int v) {
        int node = v;
        for (int hop = 0; hop < 2; hop++) {
            // "Ana Soto, who was in Lima for talks with Ivo Ruiz": a relative clause whose subject the parser lost is
            // about the noun it describes.
            int described = Arguments.governor(s, node, "acl:relcl");
            if (described >= 0 && s.token(described).isNoun() && Arguments.dependents(s, node, "nsubj", "nsubj:pass").isEmpty()) {
                List<String> named = args.actors(s, described);
                if (!named.isEmpty()) {
                    return named;
                }
            }
            int modified = Arguments.governor(s, node, "acl");
            if (modified >= 0 && s.token(node).pos().equals("VBG") && s.token(modified).isNoun()) {
                // "Ana Soto, speaking after talks with Ivo Ruiz, said ...": the noun a present participle modifies
                // is its subject.
                List<String> named = args.actors(s, modified);
                if (!named.isEmpty()) {
                    return named;
                }
                // "has been leading mediation efforts, visiting Lima and Quito": after a comma, a participle the parser
                // hung on an object that names no one is the clause's.
                int clause = Arguments.governor(s, modified, "obj");
                // "who spent five weeks negotiating with Ivo Ruiz": the time spent doing it is the spender's.
                boolean spent = clause >= 0 && s.token(clause).lemma().equalsIgnoreCase("spend");
                // "left Lima a day after meeting Ivo Ruiz": a time before or after doing it is the clause's doer's.
                boolean timed = false;
                if (clause < 0 && s.parents(node).stream().anyMatch(d -> d.relation().matches("acl:(after|before)"))) {
                    clause = Arguments.governor(s, modified, "obl:tmod", "obl:npmod");
                    timed = clause >= 0;
                }
                if ((node > 0 && s.token(node - 1).word().equals(",") || spent || timed) && clause >= 0 && s.token(clause).isVerb()) {
                    List<String> doers = new java.util.ArrayList<>();
                    Arguments.dependents(s, clause, "nsubj").forEach(n -> doers.addAll(args.actors(s, n)));
                    if (!doers.isEmpty()) {
                        return doers;
                    }
                }
            }
            int gov = Arguments.governor(s, node, "advcl", "xcomp", "conj", "acl", "dep");
            if (gov < 0 && isInfinitive(s, node)) {
                // "X is due to hold talks": an infinitive complement parsed as ccomp still has X as its subject.
                gov = Arguments.governor(s, node, "ccomp");
            }
            if (gov < 0 && s.token(node).isVerb()) {
                // "visited Lima to sign a deal and held talks": a purpose infinitive the parser hung as "obl:to".
                gov = Arguments.governor(s, node, "obl:to");
            }
            if (gov < 0 && node != v && Arguments.governor(s, v, "conj") == node && s.token(v).isVerb() && s.token(node).isNoun()) {
                // "met A, then B, and later sat down with C": the parser may join the later verb to the last one met; the
                // verb that one was met by is the clause.
                int g = Arguments.governor(s, node, "obl:with", "obj");
                gov = g >= 0 && MEET_VERBS.contains(s.token(g).lemma().toLowerCase(java.util.Locale.ROOT)) ? g : -1;
            }
            boolean verbal = TRAVEL_VERBS.contains(s.token(node).lemma().toLowerCase(java.util.Locale.ROOT))
                    || !Arguments.dependents(s, node, "obj").isEmpty();
            if (gov < 0 && s.token(node).pos().equals("VBG") && verbal) {
                // "arrives in Lima before travelling to Quito", "spoke after meeting Ivo Ruiz": a gerund of travel, or
                // one with an object, the parser hung as an oblique.
                int g = s.parents(node).stream().filter(d -> d.base().equals("obl") && d.governor() >= 0)
                        .mapToInt(Dependency::governor).findFirst().orElse(-1);
                gov = g >= 0 && s.token(g).isVerb() ? g : -1;
            }
            if (gov < 0) {
                // "On Friday Ana Soto flew to Lima and met Ivo Ruiz" with the name hung on the date: the first
                // conjunct's lost subject is the second's too.
                List<String> main = joinedToMainClause(args, s, v);
                if (!main.isEmpty()) {
                    return main;
                }
                List<String> own = openingName(args, s, v);
                return !own.isEmpty() || node == v || Arguments.governor(s, v, "conj") != node ? own : openingName(args, s, node);
            }
            int above = Arguments.governor(s, gov, "advcl", "xcomp");
            boolean toClause = Arguments.dependents(s, gov, "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"));
            if (above >= 0 && above < gov && toClause && s.token(node).pos().equals("VBG") && node > 0
                    && s.token(node - 1).word().equals(",")) {
                // "A urged B to return to talks, speaking after meeting C": a participle set off after an infinitive
                // the parser hung it on tells what the one who urged did.
                gov = above;
            }
            List<String> out = new ArrayList<>();
            for (int t : Arguments.dependents(s, gov, "nsubj", "nsubj:pass")) {
                out.addAll(args.actors(s, t));
            }
            // "She is due to travel to Lima to pay a call on ...": the parser often breaks "is due to"; its subject is
            // read from the words.
            int dueSubject = out.isEmpty() && DueTripRule.isDue(s, gov) ? DueTripRule.subjectOfDue(s, gov) : -1;
            if (dueSubject >= 0) {
                out.addAll(args.actors(s, dueSubject));
            }
            if (!out.isEmpty()) {
                return out;
            }
            node = gov;
        }
        List<String> main = joinedToMainClause(args, s, v);
        return !main.isEmpty() ? main : openingName(args, s, v);
    }

    /**
     * "Ana Soto flew to Lima on Thursday, four days after being sworn in, and will meet Ivo Ruiz": a verb joined by
     * "and" with an auxiliary of its own and no subject, which the parser hung inside a phrase between, shares the
     * subject of the sentence's main verb before it; empty otherwise.
     */
    private static List<String> joinedToMainClause(Arguments args, Sentence s, int v) {
        boolean joined = Arguments.dependents(s, v, "cc").stream().anyMatch(c -> s.token(c).word().equalsIgnoreCase("and"))
                && !Arguments.dependents(s, v, "aux").isEmpty() && Arguments.dependents(s, v, "nsubj", "nsubj:pass").isEmpty();
        List<String> out = new ArrayList<>();
        for (Dependency root : joined ? s.children(-1) : List.<Dependency>of()) {
            if (root.dependent() < v && s.token(root.dependent()).isVerb()) {
                for (int t : Arguments.dependents(s, root.dependent(), "nsubj")) {
                    out.addAll(args.actors(s, t));
                }
            }
        }
        return out;
    }

    /**
     * "Ana Soto, who is on a tour of the region, also spoke by phone with Ivo Ruiz": a verb the parser left without a
     * subject, right after a relative clause on the person whose name opens the sentence, is that person's; empty
     * otherwise.
     */
    static List<String> openingName(Arguments args, Sentence s, int v) {
        if (!Arguments.dependents(s, v, "nsubj", "nsubj:pass").isEmpty()) {
            return List.of();
        }
        List<String> before = nameBefore(args, s, v);
        if (!before.isEmpty()) {
            return before;
        }
        int end = 0;
        while (end < v && args.namedPerson(s, end).isPresent()) {
            end++;
        }
        if (end == 0 || end + 2 >= v || !s.token(end).word().equals(",") || !s.token(end + 1).word().equalsIgnoreCase("who")) {
            return List.of();
        }
        int close = -1;
        for (int i = end + 2; i < v && close < 0; i++) {
            if (s.token(i).word().equals(",")) {
                close = i;
            }
        }
        for (int i = close + 1; close >= 0 && i < v; i++) {
            // Only adverbs and auxiliaries between the clause's closing comma and the verb: "..., also spoke".
            if (!s.token(i).pos().startsWith("RB") && !s.token(i).pos().equals("MD") && !s.token(i).pos().startsWith("VB")) {
                return List.of();
            }
        }
        return close < 0 ? List.of() : List.of(args.namedPerson(s, 0).orElseThrow().id());
    }

    /**
     * "To ease tensions with Borduria, Prime Minister Ana Soto held talks ...": a finite verb the parser left without a
     * subject (it hung the name on the phrase before) has the person named right before it, adverbs and auxiliaries
     * aside; empty otherwise.
     */
    private static List<String> nameBefore(Arguments args, Sentence s, int v) {
        if (!s.token(v).pos().matches("VBD|VBZ|VBP")) {
            return List.of();
        }
        int i = v - 1;
        while (i >= 0 && (s.token(i).pos().startsWith("RB") || s.token(i).pos().equals("MD"))) {
            i--;
        }
        return i >= 0 ? args.namedPerson(s, i).map(e -> List.of(e.id())).orElse(List.of()) : List.of();
    }

    /** A to-infinitive with no subject of its own. */
    private static boolean isInfinitive(Sentence s, int verb) {
        return Arguments.dependents(s, verb, "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"))
                && Arguments.dependents(s, verb, "nsubj", "nsubj:pass").isEmpty();
    }
}
