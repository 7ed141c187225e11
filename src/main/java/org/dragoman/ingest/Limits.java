package org.dragoman.ingest;

import java.time.Duration;
import org.dragoman.model.DragomanException;
import org.dragoman.nlp.NlpPipeline;

/**
 * What one article may cost: its size, the length of its sentences, and the time it may take. Bigger articles are
 * refused before any model loads, longer sentences are cut into pieces with a warning, and an article that runs out
 * of time is abandoned and reported while the batch goes on.
 *
 * @param maxArticleBytes   the largest article accepted, in bytes of UTF-8
 * @param maxSentenceTokens the longest sentence annotated whole, in tokens
 * @param timePerArticle    how long one article may take to annotate, extract and validate; loading the models does
 *                          not count
 */
public record Limits(long maxArticleBytes, int maxSentenceTokens, Duration timePerArticle) {
    /** The documented defaults: 200 KB, 250 tokens, 10 minutes. */
    public static final Limits DEFAULT = new Limits(200 * 1024, NlpPipeline.DEFAULT_MAX_SENTENCE_TOKENS, Duration.ofMinutes(10));

    public Limits {
        if (maxArticleBytes <= 0) {
            throw new DragomanException("The article size limit must be positive, not " + maxArticleBytes + " bytes");
        }
        if (maxSentenceTokens < 2) {
            throw new DragomanException("The sentence length limit must be at least 2 tokens, not " + maxSentenceTokens);
        }
        if (timePerArticle == null || timePerArticle.isNegative() || timePerArticle.isZero()) {
            throw new DragomanException("The time limit per article must be positive, not " + timePerArticle);
        }
    }

    public Limits withMaxArticleBytes(long value) {
        return new Limits(value, maxSentenceTokens, timePerArticle);
    }

    public Limits withMaxSentenceTokens(int value) {
        return new Limits(maxArticleBytes, value, timePerArticle);
    }

    public Limits withTimePerArticle(Duration value) {
        return new Limits(maxArticleBytes, maxSentenceTokens, value);
    }
}
