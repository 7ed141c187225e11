package org.dragoman.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.nlp.Sentence;

/**
 * Who "the host" and "the guests" are: the person an earlier sentence tells hosting or chairing ("Ana Soto hosted
 * the summit", "Ana Soto, who chairs the bloc,", "Ana Soto, hosting the talks,") and the people hosted. A country
 * that hosts ("Ruritania hosted the talks") stands for the one person the article gives a role of it.
 */
final class Hosts {
    private static final Set<String> HOSTING_VERBS = WordLists.MEETING.get("chairing-verb");

    private Hosts() {
    }

    /** The last host told up to token {@code before} of sentence {@code s}; empty when none or not one person. */
    static List<String> host(Arguments args, IntFunction<Sentence> sentences, Sentence s, int before) {
        return lastTold(sentences, s, before, lemma -> HOSTING_VERBS.contains(lemma), (cur, v) -> hostOf(args, cur, v));
    }

    /** The people the last host told up to sentence {@code s} received ("hosted Ana Soto and Ivo Ruiz"). */
    static List<String> guests(Arguments args, IntFunction<Sentence> sentences, Sentence s, int before) {
        return lastTold(sentences, s, before, lemma -> lemma.equals("host"), (cur, v) -> {
            Set<String> people = new LinkedHashSet<>();
            for (int o : Arguments.dependents(cur, v, "obj")) {
                for (int n : Arguments.withConjuncts(cur, o)) {
                    // "hosted the visiting leaders": the guests being read are no earlier guests to read them by.
                    if (cur.index() == s.index() && n == before) {
                        continue;
                    }
                    args.actors(cur, n).stream().filter(args::isPerson).forEach(people::add);
                }
            }
            return people.size() >= 2 ? List.copyOf(people) : List.of();
        });
    }

    private static final Set<String> TRAVEL_VERBS = WordLists.MEETING.get("visit-verb");
    /** Verbs whose object is a guest: "hosted Ana Soto", "received Ana Soto". */
    private static final Set<String> GUEST_VERBS = Set.of("host", "receive", "welcome");

    /**
     * "the visiting minister": the one person last told hosted or received ("hosted Ana Soto", "Ana Soto was received
     * by ...") or travelling ("Ana Soto arrived in Lima"), whichever was told last; empty when that telling names
     * nobody or several.
     */
    static List<String> visitor(Arguments args, IntFunction<Sentence> sentences, Sentence s, int before) {
        return lastTold(sentences, s, before, lemma -> GUEST_VERBS.contains(lemma) || TRAVEL_VERBS.contains(lemma), (cur, v) -> {
            boolean hosted = GUEST_VERBS.contains(cur.token(v).lemma().toLowerCase(Locale.ROOT));
            Set<String> people = new LinkedHashSet<>();
            for (int o : Arguments.dependents(cur, v, hosted ? new String[] {"obj", "nsubj:pass"} : new String[] {"nsubj"})) {
                for (int n : Arguments.withConjuncts(cur, o)) {
                    args.actors(cur, n).stream().filter(args::isPerson).forEach(people::add);
                }
            }
            return people.size() == 1 ? List.copyOf(people) : List.of();
        });
    }

    /**
     * "will host a dinner for his guest": the one person the last travel verb told before has as its subject ("Ana
     * Soto arrived in Dakar"); empty when none or several.
     */
    static List<String> guest(Arguments args, IntFunction<Sentence> sentences, Sentence s, int before) {
        return lastTold(sentences, s, before, TRAVEL_VERBS::contains, (cur, v) -> {
            Set<String> people = new LinkedHashSet<>();
            for (int t : Arguments.dependents(cur, v, "nsubj")) {
                args.actors(cur, t).stream().filter(args::isPerson).forEach(people::add);
            }
            return people.size() == 1 ? List.copyOf(people) : List.of();
        });
    }

    /**
     * What {@code read} finds at the last verb told before token {@code before} of {@code s} whose lemma {@code verbs}
     * accepts and where it finds anything; empty when none.
     */
    private static List<String> lastTold(IntFunction<Sentence> sentences, Sentence s, int before, Predicate<String> verbs,
                                         BiFunction<Sentence, Integer, List<String>> read) {
        List<String> found = List.of();
        for (int i = 0; i <= s.index(); i++) {
            Sentence cur = i == s.index() ? s : sentences.apply(i);
            int end = i == s.index() ? before : cur.tokens().size();
            for (int v = 0; v < end; v++) {
                if (cur.token(v).isVerb() && verbs.test(cur.token(v).lemma().toLowerCase(Locale.ROOT))) {
                    List<String> who = read.apply(cur, v);
                    found = who.isEmpty() ? found : who;
                }
            }
        }
        return found;
    }

    private static List<String> hostOf(Arguments args, Sentence s, int v) {
        Set<String> out = new LinkedHashSet<>();
        List<Integer> subjects = Arguments.dependents(s, v, "nsubj");
        for (int t : subjects) {
            out.addAll(args.actors(s, t));
        }
        // "the summit, to be hosted by Ana Soto": a passive's agent hosts.
        if (subjects.isEmpty() && s.token(v).pos().equals("VBN")) {
            for (int t : Arguments.dependents(s, v, "obl:by", "obl:agent")) {
                out.addAll(args.actors(s, t));
            }
        }
        // "Ana Soto, hosting the summit, announced ...": a participle takes the clause's subject.
        if (subjects.isEmpty() && s.token(v).pos().equals("VBG")) {
            int described = Arguments.governor(s, v, "acl");
            out.addAll(described >= 0 && s.token(described).isNoun() ? args.actors(s, described) : InheritedSubjects.of(args, s, v));
        }
        List<String> people = new ArrayList<>();
        for (String id : out) {
            if (args.isPerson(id)) {
                people.add(id);
            } else {
                roleHolder(args, id).ifPresent(people::add);
            }
        }
        return people.size() == 1 ? people : List.of();
    }

    /** The one person the article gives a role of the country or body {@code body}, if exactly one. */
    private static java.util.Optional<String> roleHolder(Arguments args, String body) {
        List<String> holders = args.index().entities().stream().filter(e -> e.type() == EntityType.PERSON
                && e.roles().stream().anyMatch(r -> body.equals(r.ofEntity()))).map(Entity::id).toList();
        return holders.size() == 1 ? java.util.Optional.of(holders.get(0)) : java.util.Optional.empty();
    }
}
