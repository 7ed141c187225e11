package org.dragoman.nlp;

/**
 * One enhanced++ Universal Dependencies edge.
 *
 * @param relation  such as "nsubj", "obl:with", "conj:and"
 * @param governor  0-based token index, -1 for the root
 * @param dependent 0-based token index
 */
public record Dependency(String relation, int governor, int dependent) implements java.io.Serializable {
    /** The relation without its subtype: "obl:with" becomes "obl". */
    public String base() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The subtype, e.g. "with" for "obl:with", or "" when none. */
    public String subtype() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
