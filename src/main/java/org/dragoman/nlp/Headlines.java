package org.dragoman.nlp;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a headline that CoreNLP would run into the lede ends: one set on a line of its own, when only one line break
 * follows it, or one joined to the lede on the first line by a hyphen. CoreNLP breaks sentences at blank lines, not at
 * single line breaks, so "Ruritania and Borduria hold talks\nThe Ruritanian foreign minister met ..." would be parsed
 * as one sentence, the headline as the subject of the lede; so would "Talks Open-STREL — -The Ruritanian ...".
 *
 * <p>The first line of the body is a headline when it has no closing stop, the next line opens with a capital, a digit
 * or a quotation mark, and the line is clearly shorter than the body's longest line. The last condition keeps
 * hard-wrapped text (lines of about the same width, sentences running over them) in one piece.
 */
final class Headlines {
    private static final double SHORTER_THAN_LONGEST = 0.8;
    /**
     * "Talks Open in Lima-LIMA — -Ana Soto met ...", "Talks Open in Lima - LIMA — Ana Soto met ...": a headline run
     * into a dateline in capitals and the lede on the first line, as Voice of America's web copy comes.
     */
    private static final Pattern JOINED_DATELINE = Pattern.compile("\\A\\s*[^\\n]*?[^\\s-](?<join>\\h?-)\\h?(?<place>\\p{Lu}{2}[\\p{Lu} .'’]*"
            + "(?:, \\p{Lu}{2}[\\p{Lu} .'’]*)*?)\\h*(?<dash>—|–|--)\\h*(?<lead>-)?(?=[\\p{Lu}\"“‘])");
    /** "Talks Open in Lima -Ana Soto met ...": a headline of three words or more run into its lede by a hyphen after a space. */
    private static final Pattern JOINED_LEDE = Pattern.compile("\\A\\s*(?:[^\\s.!?]+ +){2,}?[^\\s.!?-]+(?<join>\\h+-)(?=[\\p{Lu}\"“‘])");

    private Headlines() {
    }

    /**
     * The offset in {@code body} of the line break that ends a headline followed by one line break only, or of the
     * hyphen that joins a headline to its lede; empty when the body opens with no such headline.
     */
    static OptionalInt end(String body) {
        OptionalInt own = ownLine(body);
        if (own.isPresent()) {
            return own;
        }
        int join = joinAt(body);
        return join < 0 ? OptionalInt.empty() : OptionalInt.of(join);
    }

    /**
     * Where the headline ends in the body as CoreNLP reads it ({@code masked}, after {@link #separated}), found in the
     * original {@code body}: the two differ only where a joining hyphen was blanked.
     */
    static OptionalInt end(String body, String masked) {
        OptionalInt own = ownLine(masked);
        return own.isPresent() ? own : end(body);
    }

    /**
     * The offset of the hyphen that joins a headline to its lede on the first line: before a dateline
     * ({@link #JOINED_DATELINE}) or after a space ({@code JOINED_LEDE}); -1 when there is none or the first line is a
     * headline of its own. A hyphen between two words ("Talks Stall Over Border-The Ruritanian ...") is left alone:
     * little tells it from a hyphen inside a name, and reading it as a join after a title-case headline gained nothing
     * measured.
     */
    private static int joinAt(String body) {
        return joinedDateline(body).map(m -> m.end("join") - 1).orElseGet(() -> ledeJoin(body));
    }

    /** The hyphen after a space that joins a headline to its lede ({@code JOINED_LEDE}), or -1. */
    private static int ledeJoin(String body) {
        if (ownLine(body).isPresent()) {
            return -1;
        }
        Matcher lede = JOINED_LEDE.matcher(body);
        return lede.find() ? lede.end("join") - 1 : -1;
    }

    /** The dateline after a headline run into it ("Talks Open-STREL — -..."): its match, with the group "place". */
    static Optional<Matcher> joinedDateline(String body) {
        if (ownLine(body).isPresent()) {
            return Optional.empty();
        }
        Matcher m = JOINED_DATELINE.matcher(body);
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    /**
     * The body with a headline run into its lede set apart, keeping its length: the joining hyphen becomes a space
     * (the sentence is cut there, {@link #end}), a dateline's dash a full stop, and a hyphen opening the lede a space.
     * Unchanged when the body opens with no such headline.
     */
    static String separated(String body) {
        Optional<Matcher> dateline = joinedDateline(body);
        int join = dateline.map(m -> m.end("join") - 1).orElseGet(() -> ledeJoin(body));
        if (join < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body);
        out.setCharAt(join, ' ');
        if (dateline.isPresent()) {
            Matcher m = dateline.get();
            out.setCharAt(m.start("dash"), '.');
            for (int i = m.start("dash") + 1; i < m.end("dash"); i++) {
                out.setCharAt(i, ' ');
            }
            if (m.group("lead") != null) {
                out.setCharAt(m.start("lead"), ' ');
            }
        }
        return out.toString();
    }

    private static OptionalInt ownLine(String body) {
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
