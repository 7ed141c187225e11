package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.Event;
import org.dragoman.model.Status;
import org.dragoman.model.Visit;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * "Ana Soto is due to travel to Lima and Quito next week": a trip announced with "due to", which the parser often
 * reads as one fixed phrase and leaves without its traveller or destination. Read from the words: the person right
 * before "is/was/are/were due to" ({@link #subjectOfDue}), a travel verb, and the places named right after it
 * (past "on" and one preposition); also "is due in Lima", "is expected in Lima" and "is due back in Lima" (not at home). Always planned; a
 * trip the parse did read is the same visit, merged by {@link EventMerger}.
 */
final class DueTripRule implements SentenceRule {
    private static final Set<String> VISIT_VERBS = WordLists.MEETING.get("visit-verb");

    @Override
    public int priority() {
        return 30;
    }

    @Override
    public List<Event> read(MeetingContext c, Sentence s) {
        List<Event> out = new ArrayList<>();
        for (int due : dueVerbs(s, VISIT_VERBS)) {
            // "is due to return to Lima" said of a Peruvian minister: going home is no visit.
            out.addAll(abroad(c, trips(c, s, subjectOfDue(s, due), due + 2)));
        }
        // "Ana Soto is due in Lima on Monday", "is due back in Lima": due at a place, with no verb of travel.
        for (int due = 2; due + 2 < s.tokens().size(); due++) {
            int at = s.token(due + 1).word().equalsIgnoreCase("back") ? due + 1 : due;
            // "is then expected in Lima", "is also expected": adverbs may stand before it, as before "due".
            boolean expected = s.token(due).word().equalsIgnoreCase("expected") && copulaStart(s, due) >= 0;
            if ((isDue(s, due) || expected) && at + 1 < s.tokens().size() && s.token(at + 1).word().equalsIgnoreCase("in")) {
                List<Event> trips = trips(c, s, subjectOfDue(s, due), at);
                out.addAll(at == due ? trips : abroad(c, trips));
            }
        }
        return out;
    }

    /** The trips whose travellers are not all at home there: "is due back in Lima" said of a Peruvian minister is none. */
    private static List<Event> abroad(MeetingContext c, List<Event> trips) {
        return trips.stream().filter(v -> !(v instanceof Visit visit) || visit.place() == null || !visit.visitors().stream()
                .allMatch(id -> VerbalVisitRule.home(c.args(), id, visit.place()))).toList();
    }

    /** The tokens "due" of "is/was/are/were due to VERB" where the verb's lemma is one of {@code verbs}. */
    static List<Integer> dueVerbs(Sentence s, Set<String> verbs) {
        List<Integer> out = new ArrayList<>();
        for (int i = 2; i + 2 < s.tokens().size(); i++) {
            if (isDue(s, i) && s.token(i + 1).word().equalsIgnoreCase("to") && verbs.contains(s.token(i + 2).lemma().toLowerCase(Locale.ROOT))) {
                out.add(i);
            }
        }
        return out;
    }

    /** Whether token {@code i} is "due" after "is", "was", "are", "were" or a perfect "has/have/had been". */
    static boolean isDue(Sentence s, int i) {
        return s.token(i).word().equalsIgnoreCase("due") && copulaStart(s, i) >= 0;
    }

    /**
     * The first token of the copula before token {@code i}: "was" of "was due" or "was originally due", "had" of "had
     * been due" (the parser often breaks the perfect's tree, so it is read from the words); -1 when there is none.
     */
    private static int copulaStart(Sentence s, int i) {
        // "is also due", "was originally due": adverbs between the copula and "due".
        while (i > 2 && s.token(i - 1).pos().equals("RB") && !s.token(i - 1).word().equalsIgnoreCase("not")) {
            i--;
        }
        String before = s.token(i - 1).word().toLowerCase(Locale.ROOT);
        if (before.matches("is|was|are|were")) {
            return i - 1;
        }
        return before.equals("been") && i >= 2 && s.token(i - 2).word().toLowerCase(Locale.ROOT).matches("has|have|had") ? i - 2 : -1;
    }

    /**
     * The subject of "is due to" at token {@code due}: the word before "is" (or "had been"); for "who is due to" the name before the
     * comma; after an apposition, the parsed subject of "due"; for "and was due to" the subject of the sentence's main
     * verb. -1 when none.
     */
    static int subjectOfDue(Sentence s, int due) {
        int subject = copulaStart(s, due) - 1;
        if (subject < 0) {
            return -1;
        }
        String word = s.token(subject).word().toLowerCase(Locale.ROOT);
        if (word.equals("who") && subject >= 2 && s.token(subject - 1).word().equals(",")) {
            return subject - 2;
        }
        // "Ana Soto, the Bordurian foreign minister, is due": the parsed subject past the apposition.
        if (word.equals(",")) {
            // With no parsed subject, the name that ends the apposition ("The ministers, A and B, are due to").
            return Arguments.dependents(s, due, "nsubj").stream().findFirst()
                    .orElse(subject > 0 && s.token(subject - 1).isProperNoun() && !datedWord(s.token(subject - 1)) ? subject - 1
                            : beforeClause(s, subject));
        }
        if (word.equals("and")) {
            return s.children(-1).stream().flatMap(root -> Arguments.dependents(s, root.dependent(), "nsubj", "nsubj:pass").stream())
                    .findFirst().orElse(-1);
        }
        return subject;
    }

    private static boolean datedWord(Token t) {
        return t.ner().matches("DATE|TIME|DURATION|SET");
    }

    /**
     * "Ana Soto, who arrived on Monday, is due to": the proper noun before the comma that opens the clause ending at
     * {@code comma}, or -1.
     */
    private static int beforeClause(Sentence s, int comma) {
        for (int i = comma - 1; i > 0; i--) {
            if (s.token(i).word().equals(",")) {
                return s.token(i - 1).isProperNoun() ? i - 1 : -1;
            }
        }
        return -1;
    }

    private static List<Event> trips(MeetingContext c, Sentence s, int subject, int verb) {
        Arguments args = c.args();
        if (subject < 0) {
            return List.of();
        }
        // "A and B are due in Lima": the word before "are" is the last of the conjoined travellers.
        int first = Arguments.governor(s, subject, "conj");
        List<String> travellers = (first >= 0 && first < subject ? Arguments.withConjuncts(s, first) : List.of(subject)).stream()
                .flatMap(t -> args.actors(s, t).stream()).filter(args::isPerson).distinct().toList();
        if (travellers.isEmpty()) {
            return List.of();
        }
        int k = verb + 1;
        if (k < s.tokens().size() && s.token(k).word().equalsIgnoreCase("on")) {
            k++;
        }
        if (k < s.tokens().size() && s.token(k).word().toLowerCase(Locale.ROOT).matches("to|in|into")) {
            k++;
        }
        // "is due in the Ruritanian capital": the place the phrase's head names, not its demonym.
        if (k < s.tokens().size() && s.token(k).pos().equals("DT")) {
            for (int j = Math.min(s.tokens().size() - 1, k + 2); j > k; j--) {
                if (args.place(s, j).isPresent()) {
                    k = j;
                    break;
                }
            }
        }
        List<String> places = new ArrayList<>();
        while (k < s.tokens().size()) {
            Optional<String> place = args.place(s, k);
            if (place.isPresent()) {
                if (!places.contains(place.get())) {
                    places.add(place.get());
                }
                k++;
            } else if (!places.isEmpty() && s.token(k).word().matches("and|,")) {
                k++;
            } else {
                break;
            }
        }
        StatusAndDate when = StatusAndDate.ofDue(c.dates(), s, verb, c.dates().dateFor(s, verb));
        List<Event> out = new ArrayList<>();
        for (String place : places) {
            out.add(new Visit(travellers, null, when.status(), when.date(), place, s.token(verb).word(), MeetingContext.evidence(s), 0.6));
        }
        return out;
    }
}
