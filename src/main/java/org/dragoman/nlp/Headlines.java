package org.dragoman.nlp;

import java.util.OptionalInt;

/**
 * Where a headline set on a line of its own ends, when only one line break follows it. CoreNLP breaks sentences at
 * blank lines, not at single line breaks, so "Ruritania and Borduria hold talks\nThe Ruritanian foreign minister met
 * ..." would be parsed as one sentence, the headline as the subject of the lede.
 *
 * <p>The first line of the body is a headline when it has no closing stop, the next line opens with a capital, a digit
 * or a quotation mark, and the line is clearly shorter than the body's longest line. The last condition keeps
 * hard-wrapped text (lines of about the same width, sentences running over them) in one piece.
 */
final class Headlines {
    private static final double SHORTER_THAN_LONGEST = 0.8;

    private Headlines() {
    }

    /**
     * The offset in {@code body} of the line break that ends a headline followed by one line break only; empty when the
     * body opens with no such headline.
     */
    static OptionalInt end(String body) {
        int start = 0;
        while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        int lineEnd = body.indexOf('\n', start);
        if (lineEnd < 0) {
            return OptionalInt.empty();
        }
        String headline = body.substring(start, lineEnd).strip();
        int next = lineEnd + 1;
        while (next < body.length() && (body.charAt(next) == ' ' || body.charAt(next) == '\t' || body.charAt(next) == '\r')) {
            next++;
        }
        if (headline.isEmpty() || next >= body.length() || body.charAt(next) == '\n' || endsSentence(headline)
                || !opensSentence(body.charAt(next))) {
            return OptionalInt.empty();
        }
        int longest = 0;
        for (int from = next; from < body.length(); ) {
            int to = body.indexOf('\n', from);
            to = to < 0 ? body.length() : to;
            longest = Math.max(longest, body.substring(from, to).strip().length());
            from = to + 1;
        }
        return headline.length() < SHORTER_THAN_LONGEST * longest ? OptionalInt.of(lineEnd) : OptionalInt.empty();
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return ".!?:;,".indexOf(last) >= 0 || (("\"”’)".indexOf(last) >= 0) && line.length() > 1
                && ".!?".indexOf(line.charAt(line.length() - 2)) >= 0);
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'".indexOf(c) >= 0;
    }
}
