package org.dragoman.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Surface names of one side of a comparison, with an optional QID, matched as GOLD.md says: equal after
 * lower-casing and dropping punctuation, an alias, or a single word equal to the other's last word. Where both
 * sides carry a QID, the QIDs decide.
 */
public record Names(List<List<String>> tokens, String qid) {
    public Names {
        tokens = List.copyOf(tokens);
    }

    public static Names of(List<String> names, String qid) {
        List<List<String>> toks = new ArrayList<>();
        for (String n : names) {
            List<String> t = norm(n);
            if (!t.isEmpty()) {
                toks.add(t);
            }
        }
        return new Names(toks, qid);
    }

    /** Word tokens: lower case, punctuation as spaces (Python's {@code [^\w\s]}). */
    public static List<String> norm(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (String w : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_\\s]", " ").split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Exact equality of a name or alias, for entity linking. */
    public boolean same(Names other) {
        for (List<String> a : tokens) {
            for (List<String> b : other.tokens) {
                if (a.equals(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean matches(Names other) {
        if (qid != null && other.qid != null) {
            return qid.equals(other.qid);
        }
        for (List<String> a : tokens) {
            for (List<String> b : other.tokens) {
                if (a.equals(b) || (a.size() == 1 || b.size() == 1) && a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
