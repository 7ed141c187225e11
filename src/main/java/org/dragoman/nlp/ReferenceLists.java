package org.dragoman.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Sources", "References", "== External links ==": the closing list of what an article cites (wiki pages end so) is no
 * part of the story, and the headlines it quotes would read as news of their own. Everything from such a heading, a
 * line of its own after the story's first line, is blanked before annotation; the text keeps its length and its line
 * breaks, so offsets still point into the original.
 */
final class ReferenceLists {
    private static final Pattern HEADING = Pattern.compile(
            "(?im)^[ \\t]*(?:=+[ \\t]*)?(?:sources|references|external links)(?:[ \\t]*=+)?[ \\t]*:?[ \\t]*$");

    private ReferenceLists() {
    }

    /** The body with its closing reference list blanked; unchanged when it has none. */
    static String blanked(String body) {
        Matcher m = HEADING.matcher(body);
        while (m.find()) {
            // A heading needs a story above it: a first line "Sources" is a headline.
            if (body.substring(0, m.start()).strip().contains("\n")) {
                StringBuilder out = new StringBuilder(body);
                for (int i = m.start(); i < out.length(); i++) {
                    if (out.charAt(i) != '\n' && out.charAt(i) != '\r') {
                        out.setCharAt(i, ' ');
                    }
                }
                return out.toString();
            }
        }
        return body;
    }
}
