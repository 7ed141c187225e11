package org.dragoman.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.model.EntityType;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Whether a meeting has another side. A meeting needs two participants, or one and a counterpart: a place it was
 * held at, an unnamed other side ("met students"), a crowd ("addressed a rally") or the members of an organisation
 * meeting among themselves ("the Acme Pact's leaders met"). "Ana Soto held a meeting on Monday" tells none.
 */
final class Counterparts {
    private static final Set<String> PLURAL_PRONOUNS = WordLists.MEETING.get("plural-pronoun");
    private static final Set<String> AUDIENCE_NOUNS = WordLists.MEETING.get("audience-noun");

    private Counterparts() {
    }

    static boolean complete(List<String> participants, String place, boolean unnamedSide, EntityIndex index) {
        if (participants.size() >= 2 || place != null || unnamedSide) {
            return true;
        }
        return participants.size() == 1
                && index.byId(participants.get(0)).map(e -> e.type() == EntityType.ORGANIZATION).orElse(false);
    }

    /** Whether one of the side phrases is a noun or pronoun: named or not, someone is on the other side. */
    static boolean anySide(Sentence s, List<Integer> sidePhrases) {
        return sidePhrases.stream().map(s::token).anyMatch(t -> t.isNoun() || t.isPronoun());
    }

    /**
     * Whether the side phrases are all an audience ("met with reporters", "met supporters"): one named side with an
     * audience held a briefing or a rally, no talks. False when there are no side phrases.
     */
    static boolean onlyAudience(Sentence s, List<Integer> sidePhrases) {
        return !sidePhrases.isEmpty() && sidePhrases.stream()
                .allMatch(t -> AUDIENCE_NOUNS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT)));
    }

    /** "The two leaders met", "Ana Soto and her guest met": a subject of several people is both sides. */
    static boolean groupSubject(Sentence s, List<Integer> subjects) {
        for (int t : subjects) {
            Token tok = s.token(t);
            boolean plural = tok.isNoun() && (tok.pos().equals("NNS") || tok.pos().equals("NNPS"))
                    || tok.isPronoun() && PLURAL_PRONOUNS.contains(tok.word().toLowerCase(Locale.ROOT));
            if (plural || !Arguments.dependents(s, t, "conj").isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
