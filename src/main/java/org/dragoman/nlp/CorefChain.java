package org.dragoman.nlp;

import java.util.List;

/** Mentions that refer to the same thing, with the one CoreNLP chose as representative. */
public record CorefChain(int id, List<Mention> mentions, Mention representative) implements java.io.Serializable {
    public CorefChain {
        mentions = List.copyOf(mentions);
    }
}
