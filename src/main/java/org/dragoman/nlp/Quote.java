package org.dragoman.nlp;

/**
 * A quotation found by CoreNLP's quote annotator.
 *
 * @param begin   offset of the opening quote mark in the article text
 * @param end     offset after the closing quote mark
 * @param speaker CoreNLP's speaker mention, or null
 * @param speakerMention the attributed mention span, or null
 * @param canonicalSpeaker CoreNLP's canonical speaker name, or null
 */
public record Quote(int begin, int end, String text, String speaker, Mention speakerMention, String canonicalSpeaker) implements java.io.Serializable {
}
