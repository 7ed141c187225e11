package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/** Applies a parse repair that reads one sentence at a time to a whole article. */
final class SentenceRepairs {
    private SentenceRepairs() {
    }

    /**
     * The article with {@code repair} applied to each sentence; the same article when the repair returned every
     * sentence unchanged (the same instance).
     */
    static AnnotatedArticle each(AnnotatedArticle doc, UnaryOperator<Sentence> repair) {
        List<Sentence> sentences = new ArrayList<>();
        boolean changed = false;
        for (Sentence s : doc.sentences()) {
            Sentence repaired = repair.apply(s);
            changed |= repaired != s;
            sentences.add(repaired);
        }
        return changed ? new AnnotatedArticle(doc.article(), sentences, doc.entityMentions(), doc.corefChains(), doc.quotes()) : doc;
    }

    /**
     * The sentence with its dependencies rewired: each mapped by {@code rewire} (null drops it), then {@code added}
     * appended. Tokens and offsets stay.
     */
    static Sentence rewired(Sentence s, UnaryOperator<Dependency> rewire, List<Dependency> added) {
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            Dependency kept = rewire.apply(d);
            if (kept != null) {
                deps.add(kept);
            }
        }
        deps.addAll(added);
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }

    /** Whether a comma stands between tokens {@code from} and {@code to} (both excluded). */
    static boolean commaBetween(Sentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (s.token(i).word().equals(",")) {
                return true;
            }
        }
        return false;
    }
}
