package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.Event;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * "Ana Soto was in Oslo to discuss trade", "is in Oslo on an official visit": presence at a place with a diplomatic
 * purpose or on a trip is a visit, and so is a person's presence away from home on a day ("was in Oslo on Monday and
 * in Bergen on Tuesday", a visit per place). Being in a place without either ("Ana Soto was in Oslo") is not. Only the
 * first such place of a sentence and its conjuncts count.
 */
final class CopularVisitRule implements SentenceRule {
    /** Purposes that make presence a visit; the meeting nouns count too ("was in Oslo for talks"). */
    private static final Set<String> PURPOSE_VERBS = WordLists.MEETING.get("purpose-word");
    private static final Set<String> MEET_NOUNS = WordLists.MEETING.get("meeting-noun");
    private static final Set<String> VISIT_NOUNS = WordLists.MEETING.get("visit-noun");

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public List<Event> read(MeetingContext c, Sentence s) {
        Arguments args = c.args();
        for (Token t : s.tokens()) {
            Optional<String> place = args.place(s, t.index());
            if (place.isEmpty() || Arguments.dependents(s, t.index(), "cop").isEmpty()) {
                continue;
            }
            boolean purpose = false;
            for (int p : Arguments.dependents(s, t.index(), "advcl", "xcomp", "acl", "obl:for", "nmod:for")) {
                String lemma = s.token(p).lemma().toLowerCase(Locale.ROOT);
                purpose |= PURPOSE_VERBS.contains(lemma) || MEET_NOUNS.contains(lemma);
            }
            // "was in Lima on an official visit", "is in Quito on a three-day trip".
            for (int p : Arguments.dependents(s, t.index(), "obl:on", "nmod:on")) {
                purpose |= VISIT_NOUNS.contains(s.token(p).lemma().toLowerCase(Locale.ROOT));
            }
            List<String> visitors = new ArrayList<>();
            for (int subj : Arguments.dependents(s, t.index(), "nsubj")) {
                visitors.addAll(args.actors(s, subj));
            }
            // "Ana Soto, who was in Lima for talks, said ...": the relative clause's subject is the noun it describes.
            int described = Arguments.governor(s, t.index(), "acl:relcl");
            if (visitors.isEmpty() && described >= 0) {
                visitors.addAll(args.actors(s, described));
            }
            visitors.remove(place.get());
            // "Ana Soto was in Lima on Monday and in Quito on Tuesday": a person's presence on a day away from home.
            boolean datedStay = dated(s, t.index()) && !visitors.isEmpty() && visitors.stream().allMatch(args::isPerson)
                    && visitors.stream().noneMatch(id -> VerbalVisitRule.home(args, id, place.get()));
            if (!purpose && !datedStay) {
                continue;
            }
            if (!visitors.isEmpty()) {
                List<Event> out = new ArrayList<>(List.of(EventAssembly.visit(c, s, t.index(), -1, visitors, null, place.get())));
                for (int more : datedStay ? Arguments.dependents(s, t.index(), "conj") : List.<Integer>of()) {
                    Optional<String> next = args.place(s, more);
                    if (next.isPresent() && dated(s, more) && visitors.stream().noneMatch(id -> VerbalVisitRule.home(args, id, next.get()))) {
                        out.add(EventAssembly.visit(c, s, more, -1, visitors, null, next.get()));
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    /**
     * Whether the place phrase at {@code t} carries a named day: "in Lima on Monday", "on March 3"; not "the day
     * before the vote", which names no day.
     */
    private static boolean dated(Sentence s, int t) {
        return Arguments.dependents(s, t, "obl:on", "nmod:on", "obl:tmod", "nmod:tmod").stream()
                .anyMatch(d -> s.token(d).ner().matches("DATE|TIME") && (WEEKDAYS.contains(s.token(d).word().toLowerCase(Locale.ROOT))
                        || MONTHS.contains(s.token(d).word().toLowerCase(Locale.ROOT)) || s.token(d).word().matches("\\d{1,2}")));
    }

    private static final Set<String> WEEKDAYS = WordLists.DATES.get("weekday");
    private static final Set<String> MONTHS = WordLists.DATES.get("month-name");
}
