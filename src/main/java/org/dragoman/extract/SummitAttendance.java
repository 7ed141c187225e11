package org.dragoman.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.Meeting;
import org.dragoman.model.Status;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * "Leaders of the Andean Pact held a summit on Monday. ... Ana Soto, who hosted the meeting, ... Ivo Ruiz told the
 * summit ...": a definite meeting noun that a person hosts, attends, joins, chairs, addresses or speaks at refers back
 * to the group meeting told before it, and that person took part in it.
 *
 * <p>A group meeting is one with an organisation among its participants that took place. Only the latest one told in the same sentence
 * or at most {@value #WINDOW} sentences before counts, and only people are added. Taking part must have happened
 * ("will host the summit" adds no one), and a light verb that plans or calls off a meeting is no taking part. A noun
 * that names its own sides ("the meeting with Ivo Ruiz") is a telling of its own and is left to the meeting rules.
 *
 * <p>"Ana Soto received Ivo Ruiz on Monday. The meeting was attended by Eva Lind": a definite meeting noun attended, in
 * the passive, by people joins them to the group meeting as above or, failing one, to any meeting that took place told
 * in the {@value #JUST_BEFORE} sentences before; the attendance is then no meeting of its own.
 */
final class SummitAttendance {
    private static final int WINDOW = 12;
    /** How many sentences before its attendance a meeting of any sides may be told. */
    private static final int JUST_BEFORE = 2;
    private static final Set<String> ATTENDING_VERBS = WordLists.MEETING.get("attending-verb");
    private static final Set<String> MEET_NOUNS = WordLists.MEETING.get("meeting-noun");
    /** Light verbs that plan or call off a meeting rather than take part in it. */
    private static final Set<String> NOT_ATTENDING = WordLists.MEETING.get("not-attending-verb");

    private SummitAttendance() {
    }

    static List<Event> apply(AnnotatedArticle doc, Arguments args, List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (Sentence s : doc.sentences()) {
            for (Token tok : s.tokens()) {
                List<String> attendees = attendeesOfReference(args, s, tok.index());
                if (attendees.isEmpty()) {
                    continue;
                }
                int target = latestGroupMeeting(doc, args, out, s);
                // "X received Y on Monday. The meeting was attended by Z": those attending the meeting just told.
                boolean attended = attendedBy(s, tok.index());
                if (target < 0 && attended) {
                    target = meetingJustBefore(doc, out, s);
                }
                if (target < 0) {
                    continue;
                }
                Meeting m = (Meeting) out.get(target);
                Set<String> parts = new LinkedHashSet<>(m.participants());
                parts.addAll(attendees);
                Meeting joined = new Meeting(List.copyOf(parts), m.mode(), m.status(), m.date(), m.place(), m.trigger(),
                        m.evidence(), m.confidence());
                out.set(target, joined);
                if (attended) {
                    // The attendance told alone is no meeting of its own.
                    out.removeIf(e -> e instanceof Meeting own && own != joined && doc.sentenceIndexAt(own.evidence().begin()) == s.index()
                            && tok.word().equalsIgnoreCase(own.trigger()) && attendees.containsAll(own.participants()));
                }
            }
        }
        return out;
    }

    /** The people who host, attend or address the definite meeting noun at {@code n}; empty for any other token. */
    private static List<String> attendeesOfReference(Arguments args, Sentence s, int n) {
        Token tok = s.token(n);
        if (!tok.isNoun() || tok.isProperNoun() || !MEET_NOUNS.contains(tok.lemma().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        boolean definite = Arguments.dependents(s, n, "det").stream()
                .anyMatch(d -> s.token(d).word().matches("(?i)the|this|that"));
        boolean ownSides = Arguments.dependents(s, n, "nmod:with", "nmod:between", "nmod:of", "nmod:poss", "compound").stream()
                .anyMatch(t -> !args.actors(s, t).isEmpty());
        if (!definite || ownSides) {
            return List.of();
        }
        if (attendedBy(s, n)) {
            List<String> people = new ArrayList<>();
            for (int t : Arguments.dependents(s, Arguments.governor(s, n, "nsubj:pass"), "obl:agent", "obl:by")) {
                args.actors(s, t).stream().filter(id -> args.index().byId(id).map(e -> e.type() == EntityType.PERSON).orElse(false))
                        .filter(id -> !people.contains(id)).forEach(people::add);
            }
            return people;
        }
        Optional<NounAnchor> anchor = NounAnchor.of(args, s, n);
        if (anchor.isEmpty() || NOT_ATTENDING.contains(s.token(anchor.get().verb()).lemma().toLowerCase(Locale.ROOT))
                || EventStatus.of(s, anchor.get().verb(), null, null) != Status.OCCURRED) {
            return List.of();
        }
        return anchor.get().parts().stream()
                .filter(id -> args.index().byId(id).map(e -> e.type() == EntityType.PERSON).orElse(false)).toList();
    }

    /** Whether the meeting noun at {@code n} is the subject of a passive attending verb ("the talks were attended by"). */
    private static boolean attendedBy(Sentence s, int n) {
        int verb = Arguments.governor(s, n, "nsubj:pass");
        return verb >= 0 && ATTENDING_VERBS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * The index in {@code events} of the last meeting that took place told in one of the {@value #JUST_BEFORE}
     * sentences before sentence {@code s}; -1 if none.
     */
    private static int meetingJustBefore(AnnotatedArticle doc, List<Event> events, Sentence s) {
        return latestMeeting(doc, events, s.index() - 1, JUST_BEFORE - 1, m -> true);
    }

    /**
     * The index in {@code events} of the latest group meeting that took place, told in or shortly before sentence
     * {@code s}; -1 if none.
     */
    private static int latestGroupMeeting(AnnotatedArticle doc, Arguments args, List<Event> events, Sentence s) {
        return latestMeeting(doc, events, s.index(), WINDOW, m -> m.participants().stream()
                .map(id -> args.index().byId(id).map(Entity::type).orElse(null)).anyMatch(t -> t == EntityType.ORGANIZATION));
    }

    /**
     * The index in {@code events} of the latest meeting of the kind that took place, told in sentence {@code last} or
     * at most {@code window} sentences before it; -1 if none.
     */
    private static int latestMeeting(AnnotatedArticle doc, List<Event> events, int last, int window,
                                     java.util.function.Predicate<Meeting> kind) {
        int best = -1;
        int bestSentence = -1;
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i) instanceof Meeting m) || m.status() != Status.OCCURRED || !kind.test(m)) {
                continue;
            }
            int at = doc.sentenceIndexAt(m.evidence().begin());
            if (at <= last && last - at <= window && at >= bestSentence) {
                best = i;
                bestSentence = at;
            }
        }
        return best;
    }
}
