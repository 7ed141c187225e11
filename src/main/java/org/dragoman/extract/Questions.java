package org.dragoman.extract;

import java.util.Locale;
import java.util.Set;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Questions put to someone, which report nothing of theirs. "Ana Soto, asked about the talks, said ...": a question
 * verb set off by commas right after a name, before a verb of speech that follows a comma, is a passive participle
 * (the tagger often calls it a past tense, and the parser then makes it the main verb); Soto was asked and answers.
 * "asked how Ruritania would respond": a verb of speech heading the question says nothing yet.
 */
final class Questions {
    private static final Set<String> QUESTION_VERBS = WordLists.STATUS.get("question-verb");

    private Questions() {
    }

    /** Whether token {@code q} is such a participle. */
    static boolean isAskedParticiple(VerbLexicon verbs, Sentence s, int q) {
        return answer(verbs, s, q) >= 0;
    }

    /**
     * Whether token {@code q} is a question verb's participle after "when", "after", "if" or "once" with no subject
     * of its own ("told reporters when asked whether she had raised the matter"): the one asked answers elsewhere.
     */
    static boolean askedWhen(VerbLexicon verbs, Sentence s, int q) {
        Token t = s.token(q);
        return q >= 1 && QUESTION_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT)) && t.pos().matches("VBD|VBN")
                && s.token(q - 1).word().toLowerCase(Locale.ROOT).matches("when|after|if|once")
                && Arguments.dependents(s, q, "nsubj", "nsubj:pass").isEmpty();
    }

    /** The name that answers with verb of speech {@code v} ("said" after "Ana Soto, asked ...,"): its last token, or -1. */
    static int answerer(VerbLexicon verbs, Sentence s, int v) {
        for (int q = 2; q < v; q++) {
            if (answer(verbs, s, q) == v) {
                return q - 2;
            }
        }
        return -1;
    }

    /** Whether verb {@code v} heads the question a question verb puts ("wondered whether she would comment"). */
    static boolean insideQuestion(Sentence s, int v) {
        boolean wh = s.children(v).stream().anyMatch(d -> (d.base().equals("advmod") || d.base().equals("mark"))
                && d.dependent() < v && s.token(d.dependent()).word().toLowerCase(Locale.ROOT).matches("how|whether|if|why|when"));
        int asker = Arguments.governor(s, v, "ccomp");
        return wh && asker >= 0 && QUESTION_VERBS.contains(s.token(asker).lemma().toLowerCase(Locale.ROOT));
    }

    /** The first verb of speech after a comma following participle {@code q}, or -1 when {@code q} is none. */
    private static int answer(VerbLexicon verbs, Sentence s, int q) {
        Token t = s.token(q);
        if (q < 2 || !QUESTION_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT)) || !t.pos().matches("VBD|VBN")
                || !s.token(q - 1).word().equals(",") || !s.token(q - 2).isNoun()) {
            return -1;
        }
        for (int w = q + 2; w < s.tokens().size(); w++) {
            Token later = s.token(w);
            if (s.token(w - 1).word().equals(",") && later.pos().matches("VBD|VBZ|VBP")
                    && verbs.reportsSpeech(later.lemma().toLowerCase(Locale.ROOT))) {
                return w;
            }
        }
        return -1;
    }
}
