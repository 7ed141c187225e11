package org.dragoman.nlp;

/**
 * One token of an annotated sentence.
 *
 * @param index      0-based position in its sentence
 * @param begin      character offset into the article text
 * @param ner        coarse or fine NER tag, "O" when none
 * @param normalized SUTime value for dates ("2021-08-20", "2020-06"), else null
 */
public record Token(int index, String word, String lemma, String pos, String ner, String normalized, int begin, int end) implements java.io.Serializable {
    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isPronoun() {
        return pos.equals("PRP") || pos.equals("PRP$") || pos.equals("WP");
    }
}
