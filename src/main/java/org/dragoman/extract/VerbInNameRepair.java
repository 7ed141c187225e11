package org.dragoman.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Mention;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * "Soto Meets Ruiz in Lima" in a headline set in title case: NER may tag the three words as one name, though the
 * parser read "Meets" as a verb with the first name as its subject. A name mention holding a finite verb whose
 * subject lies in the mention before it is two names, split at the verb; the verb is no part of a name.
 *
 * <p>Edge cases: a verb that ends the mention ("Soto Heads to Lima") is cut off; one whose subject is outside the
 * mention leaves the mention whole.
 */
final class VerbInNameRepair {
    private VerbInNameRepair() {
    }

    /** The article with such mentions split; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        List<Mention> mentions = new ArrayList<>(doc.entityMentions());
        List<Sentence> sentences = new ArrayList<>(doc.sentences());
        boolean changed = false;
        for (Mention m : doc.entityMentions()) {
            Sentence s = sentences.get(m.sentence());
            for (int verb = m.start() + 1; verb < m.end(); verb++) {
                int v = verb;
                boolean finite = s.token(v).pos().matches("VBZ|VBD|VBP");
                boolean subjectBefore = Arguments.dependents(s, v, "nsubj").stream().anyMatch(t -> t >= m.start() && t < v);
                if (!finite || !subjectBefore) {
                    continue;
                }
                mentions.remove(m);
                mentions.add(part(s, m, m.start(), v));
                if (v + 1 < m.end()) {
                    mentions.add(part(s, m, v + 1, m.end()));
                }
                List<Token> tokens = new ArrayList<>(s.tokens());
                Token w = tokens.get(v);
                tokens.set(v, new Token(w.index(), w.word(), w.lemma(), w.pos(), "O", null, w.begin(), w.end()));
                sentences.set(s.index(), new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens, s.dependencies()));
                changed = true;
                break;
            }
        }
        if (!changed) {
            return doc;
        }
        mentions.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::start));
        return new AnnotatedArticle(doc.article(), sentences, mentions, doc.corefChains(), doc.quotes());
    }

    /** The mention of tokens {@code start} to {@code end} (exclusive), of the same kind, headed by its last token. */
    private static Mention part(Sentence s, Mention m, int start, int end) {
        StringBuilder text = new StringBuilder();
        for (int t = start; t < end; t++) {
            text.append(t > start ? " " : "").append(s.token(t).word());
        }
        return new Mention(m.sentence(), start, end, end - 1, text.toString(), m.kind(), s.token(start).begin(), s.token(end - 1).end());
    }
}
