package org.dragoman.extract;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto met visiting Bordurian Foreign Minister Ivo Ruiz": "visiting" before a title or name is an adjective of the
 * guest, though the parser often makes it a participle with the guest as its object and hangs it on the verb before.
 * The guest visits; the verb's subject met, told or received the guest.
 */
final class VisitingGuest {
    private static final Set<String> MEET_VERBS = WordLists.MEETING.get("meet-verb");
    private static final Set<String> GUEST_VERBS = WordLists.MEETING.get("guest-verb");

    private VisitingGuest() {
    }

    /**
     * The guest's head token when the token at {@code v} is such a "visiting", hung from a verb before it or an adjective
     * of that verb's object ("told his visiting counterpart Ivo Ruiz"); -1 otherwise (a "visiting" with a determiner or
     * a place as object: "visiting the capital", "visiting Oslo").
     */
    static int of(Sentence s, int v) {
        if (!s.token(v).word().equalsIgnoreCase("visiting") || !s.token(v).pos().equals("VBG") || host(s, v) < 0) {
            return -1;
        }
        // "told his visiting counterpart Ivo Ruiz": an adjective of the object noun, which is the guest.
        int described = Arguments.governor(s, v, "amod");
        if (described >= 0) {
            return described;
        }
        for (int o : Arguments.dependents(s, v, "obj")) {
            boolean adjacent = Collections.min(Arguments.subtree(s, o, Set.of(v))) == v + 1;
            if (adjacent && s.token(o).ner().equals("PERSON")) {
                return o;
            }
        }
        return -1;
    }

    /**
     * The verb before the "visiting" that the parser hung it from, a verb of meeting or one that takes a hearer ("told")
     * and has no object of its own; -1 if none ("spent the week visiting X", "began visiting X": her own trips).
     */
    static int host(Sentence s, int v) {
        int described = Arguments.governor(s, v, "amod");
        if (described > v) {
            int g = Arguments.governor(s, described, "obj", "iobj");
            boolean hosting = g >= 0 && g < v && s.token(g).isVerb()
                    && (meetingVerb(s, g) || GUEST_VERBS.contains(s.token(g).lemma().toLowerCase(Locale.ROOT)));
            return hosting ? g : -1;
        }
        int g = Arguments.governor(s, v, "xcomp", "dep", "advcl");
        if (g < 0 || g > v || !s.token(g).isVerb() || !Arguments.dependents(s, g, "obj").isEmpty()) {
            return -1;
        }
        String lemma = s.token(g).lemma().toLowerCase(Locale.ROOT);
        return meetingVerb(s, g) || GUEST_VERBS.contains(lemma) ? g : -1;
    }

    /** Whether the verb the guest hangs from tells a meeting itself ("met"), rather than words to the guest ("told"). */
    static boolean meetingVerb(Sentence s, int verb) {
        return MEET_VERBS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT));
    }

    /** The guest met by the verb at {@code verb} through a "visiting" hung from it; -1 if none. */
    static int metBy(Sentence s, int verb) {
        for (int c : Arguments.dependents(s, verb, "xcomp", "dep", "advcl")) {
            int guest = of(s, c);
            if (guest >= 0 && host(s, c) == verb) {
                return guest;
            }
        }
        return -1;
    }
}
