package org.dragoman.model;

import java.util.regex.Pattern;

/**
 * A trusted link to Wikidata.
 *
 * @param qid           a Wikidata item id such as {@code Q42}
 * @param wikipediaTitle the English Wikipedia title with underscores, or null when unknown
 * @param confidence    in [0, 1]
 * @param reason         why the linker chose this item (which layer, which context decided), or null
 */
public record Link(String qid, String wikipediaTitle, double confidence, String reason) {
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    public Link {
        if (qid == null || !QID.matcher(qid).matches()) {
            throw new DragomanException("Not a Wikidata item id: " + qid);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new DragomanException("Link confidence " + confidence + " for " + qid + " is outside [0, 1]");
        }
        if (wikipediaTitle != null && wikipediaTitle.isBlank()) {
            wikipediaTitle = null;
        }
        if (reason != null && reason.isBlank()) {
            reason = null;
        }
    }

    /** A link with no stated reason. */
    public Link(String qid, String wikipediaTitle, double confidence) {
        this(qid, wikipediaTitle, confidence, null);
    }
}
