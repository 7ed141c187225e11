package org.dragoman.extract;

import java.util.List;
import org.dragoman.model.Event;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * One way of reading meetings or visits from a trigger word: "met", "talks", "phoned", "visited".
 *
 * <p>{@link MeetingExtractor} offers each token of a sentence to its rules in ascending {@link #priority()}; the
 * first rule whose trigger the token is reads it, and no later rule sees it, even when that rule finds nothing. A
 * rule that only narrows another's triggers ({@link CallRule} takes the telephone verbs from the meeting verbs) must
 * therefore come first.
 */
interface MeetingRule {
    /** Lower runs first; no two rules of one extractor share a priority. */
    int priority();

    /** Whether token {@code t} is a trigger this rule reads. */
    boolean triggers(Token t);

    /** The events that trigger {@code trigger} of {@code s} tells, in the order they are told; often none. */
    List<Event> read(MeetingContext c, Sentence s, int trigger);
}
