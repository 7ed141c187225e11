package org.dragoman.extract;

import org.dragoman.nlp.Sentence;

/**
 * One way of finding attributed statements: it reads a place of the article and proposes what it finds to the
 * {@link StatementContext}, which remembers it at once (a later "he added" continues it).
 *
 * <p>{@link StatementExtractor} reads the article in order: each sentence token by token, running the
 * {@link Scope#TOKEN} rules at each token, then the {@link Scope#SENTENCE} rules; after the last sentence, the
 * {@link Scope#ARTICLE} rules. At one place, rules run by ascending {@link #priority()}, so an earlier rule's
 * statements come first and a {@link #fallback()} rule sees whether it found anything.
 */
interface StatementRule {
    /** The place a rule reads. */
    enum Scope { TOKEN, SENTENCE, ARTICLE }

    /** The rule's name, as candidates and the attribution model's features give it: "cue-verb", "headline". */
    String name();

    Scope scope();

    /** Lower runs first at a place; priorities are unique among the rules of one extractor. */
    int priority();

    /** Whether the rule runs at a place only when the rules before it there proposed nothing. */
    default boolean fallback() {
        return false;
    }

    /**
     * Proposes the statements found at a place: token {@code t} of sentence {@code s}; the sentence ({@code t} is
     * -1); or the whole article ({@code s} is null, {@code t} is -1).
     */
    void find(StatementContext ctx, Sentence s, int t);
}
