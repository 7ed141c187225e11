package org.dragoman.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "President Lee Tae-in met ...": CoreNLP splits a hyphenated given name, and a second part that is an English
 * function word ("in", "on", "do") is then tagged as one, which breaks the whole parse. Before annotation such a hyphen
 * is replaced by a letter no news text uses, so the name stays one word; the replacement keeps the text's length, and
 * {@link #restore} puts the hyphen back in every word and span read from CoreNLP.
 */
final class HyphenatedNames {
    /** A Latin letter (U+01C2) that the tokenizer keeps inside a word and that news text does not use. */
    static final char JOINER = '\u01C2';
    /**
     * A capitalised word that is no determiner ("The Walk-in clinic"), then a capitalised name part, a hyphen and a
     * function word that ends the name.
     */
    private static final Pattern NAME = Pattern.compile("\\b(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Your|My|Every|Each|No)\\b)\\p{Lu}\\p{L}+\\s+\\p{Lu}\\p{Ll}+(-)(?:in|on|an|a|at|as|do|no|so|to|up|se)\\b(?![-\\p{L}])");

    private HyphenatedNames() {
    }

    /** The text with the hyphen of each such name replaced by {@link #JOINER}; the same length. */
    static String joined(String text) {
        Matcher m = NAME.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            out = out == null ? new StringBuilder(text) : out;
            out.setCharAt(m.start(1), JOINER);
        }
        return out == null ? text : out.toString();
    }

    /** The string with every {@link #JOINER} turned back into a hyphen; null stays null. */
    static String restore(String s) {
        return s == null || s.indexOf(JOINER) < 0 ? s : s.replace(JOINER, '-');
    }
}
