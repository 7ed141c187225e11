package org.dragoman.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dragoman.model.Event;
import org.dragoman.model.EventDate;
import org.dragoman.model.Meeting;
import org.dragoman.model.Status;
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

    /**
     * One meeting per group of counterparts the verb lists, each with the subjects: "Ana Soto met Ivo Ruiz on Monday
     * and Eva Lind on Tuesday" is two meetings. A group takes the first date told after it and before the next group;
     * the first group falls back on the whole meeting's date, later ones have none. A meeting with fewer than two
     * groups, or whose participants are all counterparts, stays whole.
     */
    static List<Event> split(MeetingContext c, Sentence s, int verb, Meeting whole) {
        Arguments args = c.args();
        List<Integer> sides = Arguments.dependents(s, verb, "obl:with", "nmod:with", "obj", "iobj");
        List<List<Integer>> groups = separately(s, verb, -1) ? singly(s, sides, args) : of(s, verb, sides, args);
        return meetings(c, s, whole, groups);
    }

    /**
     * "held separate talks with X, Y and Z", "met separately with X and Y": one meeting per named counterpart of the
     * meeting noun (or of the verb that holds it), each with the other participants; the whole meeting when the
     * telling has no such word or fewer than two counterparts.
     */
    static List<Event> splitSeparate(MeetingContext c, Sentence s, int noun, int anchor, Meeting whole) {
        if (!separately(s, noun, anchor)) {
            return List.of(whole);
        }
        List<Integer> sides = new ArrayList<>(Arguments.dependents(s, noun, "nmod:with"));
        if (anchor >= 0) {
            sides.addAll(Arguments.dependents(s, anchor, "obl:with"));
        }
        return meetings(c, s, whole, singly(s, sides, c.args()));
    }

    /** Whether "separate" modifies the meeting word or "separately" its verb. */
    private static boolean separately(Sentence s, int head, int anchor) {
        boolean adjective = Arguments.dependents(s, head, "amod").stream().anyMatch(a -> s.token(a).word().equalsIgnoreCase("separate"));
        boolean adverb = java.util.stream.IntStream.of(head, anchor).filter(h -> h >= 0)
                .anyMatch(h -> Arguments.dependents(s, h, "advmod").stream().anyMatch(a -> s.token(a).word().equalsIgnoreCase("separately")));
        return adjective || adverb;
    }

    /** Each named side token a group of its own, in sentence order. */
    private static List<List<Integer>> singly(Sentence s, List<Integer> sides, Arguments args) {
        return sides.stream().distinct().filter(t -> !args.actors(s, t).isEmpty()).sorted()
                .map(t -> (List<Integer>) new ArrayList<>(List.of(t))).toList();
    }

    private static List<Event> meetings(MeetingContext c, Sentence s, Meeting whole, List<List<Integer>> groups) {
        Arguments args = c.args();
        Set<String> subjects = new LinkedHashSet<>(whole.participants());
        groups.forEach(g -> g.forEach(t -> args.actors(s, t).forEach(subjects::remove)));
        if (groups.size() < 2 || subjects.isEmpty()) {
            return List.of(whole);
        }
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Integer> g = groups.get(i);
            int next = i + 1 < groups.size() ? groups.get(i + 1).get(0) : s.tokens().size();
            EventDate own = c.dates().forTense(s, c.dates().dateWithin(s, g.get(0), next), whole.status() == Status.PLANNED);
            Set<String> parts = new LinkedHashSet<>(subjects);
            g.forEach(t -> parts.addAll(args.actors(s, t)));
            EventDate date = own != null ? own : i == 0 ? whole.date() : null;
            out.add(new Meeting(List.copyOf(parts), whole.mode(), whole.status(), date, whole.place(), whole.trigger(),
                    whole.evidence(), whole.confidence()));
        }
        return out;
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
        // "met X on Monday and Y on Tuesday" parsed with Y as a conjunct of the verb itself (the date its orphan).
        for (int t : Arguments.dependents(s, verb, "conj")) {
            if (s.token(t).isNoun() && !Arguments.dependents(s, t, "orphan").isEmpty() && !args.actors(s, t).isEmpty()) {
                out.add(t);
            }
        }
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

    private static boolean conjoined(Sentence s, int a, int b) {
        return Arguments.governor(s, b, "conj") == a || Arguments.governor(s, a, "conj") == b
                || s.parents(a).stream().anyMatch(d -> d.base().equals("conj") && Arguments.governor(s, b, "conj") == d.governor());
    }
}
