package org.dragoman.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire datelines ("LIMA, March 3 (Reuters) - ", "KUALA LUMPUR, Oct. 27 Kyodo - ", "WASHINGTON — ") set apart from the
 * sentence they open: the dash after one becomes a full stop, so that the parser does not read the place as the
 * subject of the lede. The text keeps its length, so offsets still point into the original.
 *
 * <p>Only a paragraph's start is read, and only a place in capitals of two letters or more, with optional comma parts
 * (state, date, year) and an agency in brackets or as one capitalised word, before a dash between spaces.
 */
final class Datelines {
    private static final Pattern DATELINE = Pattern.compile("(?m)^[ \\t]*\\p{Lu}{2}[\\p{Lu} .'’]*(?:, \\p{Lu}[\\p{L}.]*(?: \\d{1,2})?)*"
            + "(?:, \\d{4})?(?: \\(\\p{Lu}[\\p{L}]+\\)| \\p{Lu}\\p{Ll}+)? *(—|–|--|-) +(?=[\\p{Lu}\"“‘])");

    private Datelines() {
    }

    /** The text with each wire dateline's dash turned into a full stop (padded with spaces); unchanged when none. */
    static String separated(String text) {
        Matcher m = DATELINE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        do {
            int dash = m.start(1);
            out.setCharAt(dash, '.');
            for (int i = dash + 1; i < m.end(1); i++) {
                out.setCharAt(i, ' ');
            }
        } while (m.find());
        return out.toString();
    }
}
