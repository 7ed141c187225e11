package org.dragoman.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.model.Event;
import org.dragoman.model.EventDate;
import org.dragoman.model.Meeting;
import org.dragoman.model.Mode;
import org.dragoman.model.Status;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto was due to meet Foreign Minister Ivo Ruiz later in the day", "is due to hold talks with Ivo Ruiz": a
 * meeting announced with "due to", which the
 * parser often reads as one fixed phrase, leaving the verb without subject or object. Read from the words: the subject
 * {@link DueTripRule#subjectOfDue} finds, a meeting verb, and the people named right after it (past their titles,
 * joined by "and" or commas). Always planned; a meeting the parse did read is the same one, merged by
 * {@link EventMerger}.
 */
final class DueMeetingRule implements SentenceRule {
    private static final Set<String> MEET_VERBS = Set.of("meet", "host", "receive");
    /** Verbs that tell a meeting only with a meeting noun as their object: "is due to hold talks with". */
    private static final Set<String> LIGHT_VERBS = WordLists.MEETING.get("holding-verb");
    private static final Set<String> MEETING_NOUNS = WordLists.MEETING.get("meeting-noun");
    private static final Set<String> HONORIFICS = WordLists.NAMES.get("honorific");
    private static final Set<String> MEETING_OR_HOLDING_VERBS = java.util.stream.Stream.concat(MEET_VERBS.stream(),
            LIGHT_VERBS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    @Override
    public int priority() {
        return 40;
    }

    @Override
    public List<Event> read(MeetingContext c, Sentence s) {
        List<Event> out = new ArrayList<>();
        for (int due : DueTripRule.dueVerbs(s, MEETING_OR_HOLDING_VERBS)) {
            int subject = DueTripRule.subjectOfDue(s, due);
            if (subject >= 0) {
                meeting(c, s, subject, due + 2).ifPresent(out::add);
            }
        }
        return out;
    }

    private static java.util.Optional<Meeting> meeting(MeetingContext c, Sentence s, int subject, int verb) {
        Arguments args = c.args();
        Set<String> parts = new LinkedHashSet<>(args.actors(s, subject).stream().filter(args::isPerson).toList());
        // "A and B are due to meet": the subject's conjuncts, either way the parser joined them.
        List<Integer> joined = new ArrayList<>(Arguments.dependents(s, subject, "conj"));
        s.parents(subject).stream().filter(d -> d.base().equals("conj") && d.governor() >= 0).forEach(d -> joined.add(d.governor()));
        joined.forEach(t -> args.actors(s, t).stream().filter(args::isPerson).forEach(parts::add));
        if (parts.isEmpty()) {
            return java.util.Optional.empty();
        }

        int k = verb + 1;
        if (LIGHT_VERBS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
            // "hold bilateral talks with": past the adjectives, a meeting noun, then its with-phrase.
            while (k < s.tokens().size() && s.token(k).pos().startsWith("JJ")) {
                k++;
            }
            if (k + 1 >= s.tokens().size() || !MEETING_NOUNS.contains(s.token(k).lemma().toLowerCase(Locale.ROOT))
                    || !s.token(k + 1).word().equalsIgnoreCase("with")) {
                return java.util.Optional.empty();
            }
            k += 2;
        } else {
            // "due to meet her Ruritanian counterpart X": where the parse did find the one met, the object says who.
            for (int met : Arguments.dependents(s, verb, "obj", "obl:with")) {
                args.actors(s, met).stream().filter(args::isPerson).forEach(parts::add);
                Arguments.dependents(s, met, "conj").forEach(t -> args.actors(s, t).stream().filter(args::isPerson).forEach(parts::add));
            }
            if (k < s.tokens().size() && s.token(k).word().equalsIgnoreCase("with")) {
                k++;
            }
        }
        for (; k < s.tokens().size(); k++) {
            String ner = s.token(k).ner();
            String word = s.token(k).word();
            // "with Mrs Soto": past an honorific, a surname NER took for something else ("May") is still the person.
            List<String> people = args.actors(s, k).stream().filter(args::isPerson).toList();
            if (ner.equals("PERSON") || !people.isEmpty()) {
                parts.addAll(people);
            } else if (!(ner.matches("TITLE|NATIONALITY|COUNTRY|ORGANIZATION") || word.matches("and|,|the|of|'s")
                    || HONORIFICS.contains(word))) {
                break;
            }
        }
        // One subject needs someone met; two or more meet each other.
        if (parts.size() < 2) {
            return java.util.Optional.empty();
        }
        StatusAndDate when = StatusAndDate.ofDue(c.dates(), s, verb, dateAfter(c, s, verb));
        return java.util.Optional.of(new Meeting(List.copyOf(parts), Mode.IN_PERSON, when.status(), when.date(),
                MeetingPlace.of(args, s, verb, -1), s.token(verb).word(),
                MeetingContext.evidence(s), 0.6));
    }

    /**
     * "flies to Lima on Saturday and is due to hold talks with X on Sunday": the parse of "due to" is broken, so the
     * first date after the meeting verb is the meeting's; else the date the parse attaches.
     */
    private static EventDate dateAfter(MeetingContext c, Sentence s, int verb) {
        return c.dates().dates(s).stream().filter(d -> d.start() > verb).findFirst().map(DateResolver.DateSpan::date)
                .orElseGet(() -> c.dates().dateFor(s, verb));
    }
}
