package org.dragoman.extract;

import java.util.Locale;
import java.util.Set;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * Meetings told in passing, in a phrase that sets the scene for the main clause ("after meeting Ivo Ruiz, Ana Soto
 * said", "Ana Soto, fresh from talks with Ivo Ruiz, said"). The parser often attaches such phrases oddly; each
 * method finds, for one misattachment, the token whose actor took part. All return -1 when the phrase is attached
 * properly, so the ordinary reading applies.
 */
final class BackgroundClauses {
    /** Prepositions that make a meeting phrase the time frame of a clause: "after a meeting with X, Y said". */
    private static final Set<String> FRAME_WORDS = WordLists.MEETING.get("frame-preposition");

    private BackgroundClauses() {
    }

    /**
     * "After a meeting with X, Y said" when a headline run into the lead breaks the parse: the prepositional phrase
     * is left hanging as a loose dependent, and the clause it frames is its sibling further on. Returns that clause's
     * verb, or -1 when the phrase is attached properly or no later sibling clause has a subject.
     */
    static int strandedFrameClause(Sentence s, int noun) {
        if (!framed(s, noun)) {
            return -1;
        }
        for (Dependency d : s.parents(noun)) {
            if (d.governor() < 0 || !(d.base().equals("dep") || d.base().equals("parataxis"))) {
                continue;
            }
            for (Dependency sib : s.children(d.governor())) {
                int v = sib.dependent();
                if (v > noun && s.token(v).isVerb() && (sib.base().equals("parataxis") || sib.base().equals("dep"))
                        && !Arguments.dependents(s, v, "nsubj").isEmpty()) {
                    return v;
                }
            }
        }
        return -1;
    }

    /**
     * "Ivo Ruiz, fresh from talks with Ana Soto, said": the meeting noun hangs from an adjective or participle that
     * describes a noun; that noun is returned (or -1) and its actor took part.
     */
    static int describedHead(Sentence s, int noun) {
        for (Dependency d : s.parents(noun)) {
            int g = d.governor();
            if (g < 0 || !(d.base().equals("obl") || d.base().equals("nmod"))) {
                continue;
            }
            String pos = s.token(g).pos();
            if (pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("VBG")) {
                int head = Arguments.governor(s, g, "amod", "acl", "appos");
                if (head >= 0 && s.token(head).isNoun()) {
                    return head;
                }
            }
        }
        return -1;
    }

    /**
     * "after meeting Ivo Ruiz" parsed as an adjective: the -ing form modifies the noun it should take as object,
     * inside a time frame ("after", "before"). Returns that noun, or -1.
     */
    static int framedParticipleHead(Sentence s, int verb) {
        if (!s.token(verb).pos().equals("VBG")) {
            return -1;
        }
        int head = Arguments.governor(s, verb, "amod");
        if (head < 0 || head < verb) {
            return -1;
        }
        return framed(s, head) ? head : -1;
    }

    /** Whether the phrase headed by {@code head} opens with a time-frame preposition. */
    private static boolean framed(Sentence s, int head) {
        return Arguments.dependents(s, head, "case").stream()
                .anyMatch(c -> FRAME_WORDS.contains(s.token(c).word().toLowerCase(Locale.ROOT)));
    }
}
