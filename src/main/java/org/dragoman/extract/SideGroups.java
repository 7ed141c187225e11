package org.dragoman.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * The counterparts a meeting verb lists, grouped into meetings. Conjoined counterparts ("met X and Y") meet
 * together; separate phrases ("met with X, then with Y") and gapped ones ("met X on Monday and Y on Tuesday")
 * are meetings of their own.
 */
final class SideGroups {
    private SideGroups() {
    }

    /** Groups of side tokens that name actors, in sentence order; tokens joined by a conjunction share a group. */
    static List<List<Integer>> of(Sentence s, int verb, List<Integer> sides, Arguments args) {
        List<Integer> named = new ArrayList<>(sides.stream().filter(t -> !args.actors(s, t).isEmpty()).toList());
        named.addAll(gapped(s, verb, args));
        named.sort(Comparator.naturalOrder());
        List<List<Integer>> groups = new ArrayList<>();
        for (int t : named) {
            List<Integer> joined = groups.stream().filter(g -> g.stream().anyMatch(o -> conjoined(s, o, t))).findFirst().orElse(null);
            if (joined != null) {
                joined.add(t);
            } else if (groups.stream().noneMatch(g -> g.contains(t))) {
                groups.add(new ArrayList<>(List.of(t)));
            }
        }
        return groups;
    }

    /** "met X on Monday and Y on Tuesday": Y is parsed as a conjunct of the date attached to the verb. */
    static List<Integer> gapped(Sentence s, int verb, Arguments args) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(verb)) {
            int date = d.dependent();
            if (!s.token(date).ner().equals("DATE")) {
                continue;
            }
            for (int t : Arguments.dependents(s, date, "conj")) {
                if (!s.token(t).ner().equals("DATE") && !args.actors(s, t).isEmpty() && !out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The first token after the group and before {@code next}: where the group's own date may be told. */
    static int end(List<Integer> group) {
        return group.stream().max(Comparator.naturalOrder()).orElseThrow() + 1;
    }

    private static boolean conjoined(Sentence s, int a, int b) {
        return Arguments.governor(s, b, "conj") == a || Arguments.governor(s, a, "conj") == b
                || s.parents(a).stream().anyMatch(d -> d.base().equals("conj") && Arguments.governor(s, b, "conj") == d.governor());
    }
}
