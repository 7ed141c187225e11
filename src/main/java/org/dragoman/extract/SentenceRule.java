package org.dragoman.extract;

import java.util.List;
import org.dragoman.model.Event;
import org.dragoman.nlp.Sentence;

/**
 * A way of reading an event that no single trigger word tells: "Ana Soto was in Oslo to discuss trade".
 * {@link MeetingExtractor} runs these on each sentence after all {@link MeetingRule}s, in ascending priority.
 */
interface SentenceRule {
    /** Lower runs first; no two rules of one extractor share a priority. */
    int priority();

    /** The events the sentence tells, in order; often none. */
    List<Event> read(MeetingContext c, Sentence s);
}
