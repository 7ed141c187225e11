package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Quote;
import org.dragoman.nlp.Sentence;

/**
 * The sentences a pronoun or a "he added" looks back over: its own, then the ones before it that tell the story. A
 * sentence wholly inside a quotation is the speaker's words ('"We agree. Talks resume. It is time," he said.'), so it
 * is passed over and does not push the name told before the quotation out of reach; so is a line linking to another
 * story ("Related: ...").
 */
final class Narrative {
    private Narrative() {
    }

    /** Sentence {@code s} and up to {@code back} narrative sentences before it, nearest first. */
    static List<Sentence> lookBack(AnnotatedArticle doc, Sentence s, int back) {
        List<Sentence> out = new ArrayList<>();
        out.add(s);
        for (int si = s.index() - 1; si >= 0 && out.size() <= back; si--) {
            Sentence cur = doc.sentences().get(si);
            if (!passedOver(doc, cur)) {
                out.add(cur);
            }
        }
        return out;
    }

    /** Narrative sentences after sentence {@code from} up to and including {@code to}. */
    static int distance(AnnotatedArticle doc, int from, int to) {
        int n = 0;
        for (int si = from + 1; si <= to; si++) {
            if (si == to || !passedOver(doc, doc.sentences().get(si))) {
                n++;
            }
        }
        return n;
    }

    /** Whether the sentence tells no part of the story's narrative: wholly quoted, or a line linking to another story. */
    static boolean passedOver(AnnotatedArticle doc, Sentence s) {
        return whollyQuoted(doc, s) || Spans.linkLine(doc, s);
    }

    static boolean whollyQuoted(AnnotatedArticle doc, Sentence s) {
        if (s.tokens().isEmpty()) {
            return false;
        }
        int begin = s.token(0).begin();
        int end = s.token(s.tokens().size() - 1).end();
        for (Quote q : doc.quotes()) {
            if (q.begin() <= begin && end <= q.end()) {
                return true;
            }
        }
        return false;
    }
}
