package org.dragoman.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dragoman.model.Event;
import org.dragoman.model.Meeting;
import org.dragoman.model.Mode;
import org.dragoman.model.Status;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto was due to meet Foreign Minister Ivo Ruiz later in the day": a meeting announced with "due to", which the
 * parser often reads as one fixed phrase, leaving the verb without subject or object. Read from the words: the subject
 * {@link DueTripRule#subjectOfDue} finds, a meeting verb, and the people named right after it (past their titles,
 * joined by "and" or commas). Always planned; a meeting the parse did read is the same one, merged by
 * {@link EventMerger}.
 */
final class DueMeetingRule implements SentenceRule {
    private static final Set<String> MEET_VERBS = Set.of("meet", "host", "receive");

    @Override
    public int priority() {
        return 40;
    }

    @Override
    public List<Event> read(MeetingContext c, Sentence s) {
        List<Event> out = new ArrayList<>();
        for (int due : DueTripRule.dueVerbs(s, MEET_VERBS)) {
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

        for (int k = verb + 1; k < s.tokens().size(); k++) {
            String ner = s.token(k).ner();
            String word = s.token(k).word();
            if (ner.equals("PERSON")) {
                args.actors(s, k).stream().filter(args::isPerson).forEach(parts::add);
            } else if (!(ner.equals("TITLE") || ner.equals("NATIONALITY") || ner.equals("COUNTRY") || word.matches("and|,|the|of|'s"))) {
                break;
            }
        }
        // One subject needs someone met; two or more meet each other.
        if (parts.size() < 2) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Meeting(List.copyOf(parts), Mode.IN_PERSON, Status.PLANNED,
                c.dates().forTense(s, c.dates().dateFor(s, verb), true), MeetingPlace.of(args, s, verb, -1), s.token(verb).word(),
                MeetingContext.evidence(s), 0.6));
    }
}
