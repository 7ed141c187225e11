package org.dragoman.extract;

import java.util.Locale;
import java.util.Set;
import org.dragoman.nlp.Sentence;

/**
 * Gatherings of many (summits, forums, rallies, press conferences): whoever is named at one met the others there,
 * though the others go unnamed. A rally, forum or press conference is a crowd rather than talks between sides.
 */
final class Gatherings {
    private static final Set<String> GATHERING_NOUNS = WordLists.MEETING.get("gathering-noun");
    /** Verbs of taking part in a meeting someone else holds. */
    private static final Set<String> ATTENDING_VERBS = WordLists.MEETING.get("attending-verb");
    /** Modifiers that make a conference a press conference, a gathering in its own right. */
    private static final Set<String> PRESS_WORDS = WordLists.MEETING.get("press-word");

    private Gatherings() {
    }

    /** "a news conference", "the press conference": a conference noun modified by a press word. */
    static boolean pressConference(Sentence s, int n, String lemma) {
        return lemma.equals("conference") && Arguments.dependents(s, n, "compound", "amod").stream()
                .anyMatch(t -> PRESS_WORDS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT)));
    }

    /** A rally, a forum or a press conference: a crowd, kept as a meeting but with less confidence. */
    static boolean crowd(String lemma, boolean pressConference) {
        return pressConference || lemma.equals("rally") || lemma.equals("forum");
    }

    /**
     * Whether the meeting noun has participants beyond the named ones: a crowd or a gathering noun; a meeting
     * someone attends, joins or speaks at ({@code framed}: the noun frames the verb); or "their talks", "our talks",
     * which are among several.
     *
     * @param anchor the verb the noun hangs from, or -1
     */
    static boolean unnamedOthers(Sentence s, int n, String lemma, boolean pressConference, int anchor, boolean framed) {
        if (pressConference) {
            return false;
        }
        boolean attended = anchor >= 0 && (framed || ATTENDING_VERBS.contains(s.token(anchor).lemma().toLowerCase(Locale.ROOT)));
        boolean theirs = Arguments.dependents(s, n, "nmod:poss").stream()
                .anyMatch(t -> s.token(t).word().equalsIgnoreCase("their") || s.token(t).word().equalsIgnoreCase("our"));
        return crowd(lemma, pressConference) || GATHERING_NOUNS.contains(lemma) || attended || theirs;
    }
}
