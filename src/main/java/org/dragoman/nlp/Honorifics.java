package org.dragoman.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "talks with H.E. Mr. Ivo Ruiz": CoreNLP ends a sentence after a dotted abbreviation it does not know when a
 * capitalised word follows, so a style of address in initials cuts the sentence in two and leaves its name without a
 * verb. Before annotation such an honorific ("H.E.", "H. E.", "H.H.", "H.M.", "H.R.H.") is blanked with spaces; it
 * says nothing about who is meant, and blanking keeps the text's length.
 */
final class Honorifics {
    /** The honorific in initials, then white space and a capitalised word, which it must address. */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}.])(H\\.\\s?(?:E|H|M|R\\.\\s?H)\\.)(?=[ \\t]+\\p{Lu})");

    private Honorifics() {
    }

    /** The text with each dotted honorific turned into spaces; the same length, and the same string when none occurs. */
    static String blanked(String text) {
        Matcher m = DOTTED.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            out = out == null ? new StringBuilder(text) : out;
            for (int i = m.start(1); i < m.end(1); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? text : out.toString();
    }
}
