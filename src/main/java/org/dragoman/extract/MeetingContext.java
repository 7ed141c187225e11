package org.dragoman.extract;

import org.dragoman.model.Evidence;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Sentence;

/**
 * What the meeting and visit rules read besides the sentence itself: the article, the actors and places its tokens
 * name, and its dates.
 */
record MeetingContext(AnnotatedArticle doc, Arguments args, DateResolver dates) {
    EntityIndex index() {
        return args.index();
    }

    /** The whole sentence as the evidence of an event it tells. */
    static Evidence evidence(Sentence s) {
        return new Evidence(s.text(), s.begin(), s.end());
    }
}
