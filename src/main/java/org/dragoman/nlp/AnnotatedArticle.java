package org.dragoman.nlp;

import java.util.List;
import org.dragoman.model.Article;

/**
 * An article with CoreNLP's annotations, copied into plain records so that no CoreNLP type leaves this package.
 *
 * @param entityMentions named-entity mentions in text order
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<Mention> entityMentions,
                               List<CorefChain> corefChains, List<Quote> quotes) implements java.io.Serializable {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        entityMentions = List.copyOf(entityMentions);
        corefChains = List.copyOf(corefChains);
        quotes = List.copyOf(quotes);
    }

    public String text() {
        return article.text();
    }

    /** The index of the sentence holding character offset {@code offset}; -1 when it falls between sentences. */
    public int sentenceIndexAt(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.begin() && offset <= s.end()) {
                return s.index();
            }
        }
        return -1;
    }

    /**
     * The sentence holding character offset {@code offset}, or, between sentences, the last one before it.
     *
     * @throws IndexOutOfBoundsException when the article has no sentence starting at or before the offset
     */
    public Sentence sentenceAt(int offset) {
        Sentence found = null;
        for (Sentence s : sentences) {
            if (s.begin() <= offset) {
                found = s;
            }
        }
        if (found == null) {
            throw new IndexOutOfBoundsException("No sentence at or before offset " + offset + " of " + article.source());
        }
        return found;
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
