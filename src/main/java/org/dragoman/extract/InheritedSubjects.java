package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.nlp.Sentence;

/**
 * The subject of a participle or infinitive clause, which is the subject of the verb it hangs from: in "Ana Soto
 * flew to Oslo to meet Ivo Ruiz", Ana Soto meets.
 */
final class InheritedSubjects {
    private InheritedSubjects() {
    }

    /**
     * The actors of the nearest governing clause, at most two clauses up, that has a subject naming any; empty when
     * the verb has its own subject clause or none of the two names one.
     */
    static List<String> of(Arguments args, Sentence s, int v) {
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

    /** A to-infinitive with no subject of its own. */
    private static boolean isInfinitive(Sentence s, int verb) {
        return Arguments.dependents(s, verb, "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"))
                && Arguments.dependents(s, verb, "nsubj", "nsubj:pass").isEmpty();
    }
}
