package org.dragoman.nlp;

/**
 * A span of tokens in one sentence: a named-entity mention or a coreference mention.
 *
 * @param sentence 0-based sentence index
 * @param start    first token, 0-based
 * @param end      exclusive end token
 * @param head     head token index
 * @param kind     NER tag for entity mentions; PROPER, NOMINAL, PRONOMINAL or LIST for coreference mentions
 *                 (CoreNLP's), DESCRIPTION for a definite title ("the minister") of Dragoman's rule coreference
 */
public record Mention(int sentence, int start, int end, int head, String text, String kind, int begin, int endChar) implements java.io.Serializable {
    public boolean contains(int sentenceIndex, int token) {
        return sentence == sentenceIndex && token >= start && token < end;
    }

    public boolean overlaps(Mention other) {
        return sentence == other.sentence && start < other.end && other.start < end;
    }
}
