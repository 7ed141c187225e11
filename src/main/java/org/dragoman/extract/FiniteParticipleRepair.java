package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * "The two last met in Lima": after a subject the tagger does not take for a noun ("the two"), it may tag the verb
 * a past participle, which then reads as a timetable or a passive. A participle that heads its sentence, has an
 * active subject and neither an auxiliary, a copula nor an agent ("welcomed by Ana Soto", a photo caption's passive)
 * is the simple past.
 */
final class FiniteParticipleRepair {
    private FiniteParticipleRepair() {
    }

    /** The article with such participles tagged as past verbs; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, FiniteParticipleRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        List<Token> tokens = null;
        for (Dependency root : s.dependencies()) {
            int v = root.dependent();
            if (!root.base().equals("root") || !s.token(v).pos().equals("VBN") || Arguments.dependents(s, v, "nsubj").isEmpty()
                    || !Arguments.dependents(s, v, "aux", "aux:pass", "cop", "nsubj:pass", "obl:agent", "obl:by").isEmpty()) {
                continue;
            }
            tokens = tokens == null ? new ArrayList<>(s.tokens()) : tokens;
            Token t = s.token(v);
            tokens.set(v, new Token(t.index(), t.word(), t.lemma(), "VBD", t.ner(), t.normalized(), t.begin(), t.end()));
        }
        return tokens == null ? s : new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens, s.dependencies());
    }
}
