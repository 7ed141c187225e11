package org.dragoman.extract;

import java.util.Locale;
import java.util.Set;
import org.dragoman.model.Mode;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/** Whether a meeting was in person, by telephone or by video, from the words around its trigger. */
final class MeetingMode {
    static final Set<String> PHONE_WORDS = WordLists.MEETING.get("phone-word");
    static final Set<String> VIDEO_WORDS = WordLists.MEETING.get("video-word");
    private static final Set<String> COURTESY = Set.of("courtesy");

    private MeetingMode() {
    }

    /**
     * Video when the trigger or the verb it hangs from mentions video ("met by video link"), else telephone when
     * either mentions a telephone, else in person. Video wins: "a video call" is a video meeting.
     *
     * @param anchor the light or governing verb, or -1
     */
    static Mode of(Sentence s, int trigger, int anchor) {
        if (mentions(s, trigger, VIDEO_WORDS) || anchor >= 0 && mentions(s, anchor, VIDEO_WORDS)) {
            return Mode.VIDEO;
        }
        if (mentions(s, trigger, PHONE_WORDS) || anchor >= 0 && mentions(s, anchor, PHONE_WORDS)) {
            return Mode.PHONE;
        }
        return Mode.IN_PERSON;
    }

    /** Whether the head mentions a telephone or a video link: "spoke by phone", "talked via video". */
    static boolean remote(Sentence s, int head) {
        return mentions(s, head, PHONE_WORDS) || mentions(s, head, VIDEO_WORDS);
    }

    /** "a phone call", "a telephone call": a telephone word modifies the call noun. */
    static boolean phoneModifier(Sentence s, int call) {
        return modifiedBy(s, call, PHONE_WORDS);
    }

    /** "a video call", "an online call": the call is by video. */
    static boolean videoModifier(Sentence s, int call) {
        return modifiedBy(s, call, VIDEO_WORDS);
    }

    private static boolean modifiedBy(Sentence s, int head, Set<String> words) {
        return Arguments.dependents(s, head, "compound", "amod").stream()
                .anyMatch(t -> words.contains(s.token(t).word().toLowerCase(Locale.ROOT)));
    }

    /** "a courtesy call": the word "courtesy" modifies the noun. */
    static boolean courtesyModifier(Sentence s, int call) {
        return modifiedBy(s, call, COURTESY);
    }

    /** "a courtesy call", "a call on Ana Soto": a visit in person, not a telephone call. */
    private static boolean callOnSomeone(Sentence s, int t) {
        return s.token(t).lemma().equalsIgnoreCase("call") && s.token(t).isNoun()
                && (!Arguments.dependents(s, t, "nmod:on").isEmpty() || courtesyModifier(s, t));
    }


    /**
     * Whether the head, its dependents, or the dependents of its prepositional and modifier phrases ("by telephone",
     * "over a video link") contain one of the words.
     */
    static boolean mentions(Sentence s, int head, Set<String> words) {
        if (words.contains(s.token(head).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (Dependency d : s.children(head)) {
            // "to hold talks with X and to call on Y": a coordinated clause or noun is an event of its own, and so is
            // the frame of time in "agree to meet after a phone call".
            if (d.base().equals("conj") || d.relation().matches("(obl|nmod|advcl):(after|before|following|since)")) {
                continue;
            }
            // "paid a courtesy call on X before holding talks with Y": a call paid on someone is a visit, no telephone.
            if (callOnSomeone(s, d.dependent())) {
                continue;
            }
            if (words.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (d.base().equals("obl") || d.base().equals("nmod") || d.base().equals("compound") || d.base().equals("amod")) {
                for (Dependency d2 : s.children(d.dependent())) {
                    if (words.contains(s.token(d2.dependent()).word().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
