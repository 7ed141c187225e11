package org.dragoman.extract;

import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * An attribution set off by commas inside the clause it reports: "The talks, Ana Soto said, will resume" or
 * "Such a deal, according to the ministry, is months away". The words on both sides of it are what was said.
 */
final class Parentheticals {
    private static final int MAX_SOURCE = 8;
    private static final int MAX_TAIL = 6;

    private Parentheticals() {
    }

    /**
     * Token indexes {opening comma, closing comma} around the cue verb {@code v} and its speaker, or null. The
     * speaker's words hold a noun or pronoun and no verb; after the verb at most a short tail ("told reporters on
     * Monday"); the clause goes on after the closing comma with a verb of its own. Sentences with quotation marks
     * before the closing comma are left to the quotation rules; "Ana Soto, 54, said, ..." is no parenthetical.
     */
    static int[] aroundCue(Sentence s, int v) {
        int open = commaBefore(s, v);
        boolean noun = false;
        for (int i = open + 1; i < v; i++) {
            noun |= s.token(i).pos().startsWith("NN") || s.token(i).pos().startsWith("PRP");
        }
        if (open < 1 || open == v - 1 || !noun || s.token(open + 1).pos().equals("CD")) {
            return null;
        }
        for (int i = 0; i < open; i++) {
            if (isQuoteMark(s.token(i))) {
                return null;
            }
        }
        int close = commaAfter(s, v);
        return close >= 0 && goesOn(s, close) ? new int[] {open, close} : null;
    }

    /** As {@link #aroundCue}, for a source phrase from {@code first} to {@code last} ("according to the ministry"). */
    static int[] aroundPhrase(Sentence s, int first, int last) {
        int open = first - 1;
        if (open < 1 || !s.token(open).word().equals(",")) {
            return null;
        }
        for (int i = 0; i <= last; i++) {
            if (isQuoteMark(s.token(i))) {
                return null;
            }
        }
        int close = last + 1;
        return close < s.tokens().size() && s.token(close).word().equals(",") && goesOn(s, close)
                ? new int[] {open, close} : null;
    }

    /**
     * "X received Y on Monday, the ministry said, and told him ...": an attribution between commas followed by a
     * coordinated predicate reports the clause before it; token indexes {opening comma, closing comma}, or null.
     */
    static int[] beforeCoordination(Sentence s, int v) {
        int[] around = aroundCue(s, v);
        if (around != null || v + 2 >= s.tokens().size()) {
            return null;
        }
        int open = commaBefore(s, v);
        int close = commaAfter(s, v);
        if (open < 0 || close < 0) {
            return null;
        }
        // The speaker stands between the commas, before the verb or after it ("said Ana Soto").
        boolean named = false;
        for (int i = open + 1; i < v; i++) {
            named |= s.token(i).pos().startsWith("NN") || s.token(i).pos().startsWith("PRP");
        }
        named |= open == v - 1 && s.token(v + 1).pos().equals("NNP");
        boolean coordinated = named && close + 1 < s.tokens().size() && s.token(close + 1).word().matches("(?i)and|but");
        boolean clauseBefore = false;
        for (int i = 0; i < open; i++) {
            clauseBefore |= s.token(i).pos().matches("VBD|VBZ|VBP|MD") && !isQuoteMark(s.token(i));
        }
        return open >= 3 && coordinated && clauseBefore ? new int[] {open, close} : null;
    }

    /** The comma that opens the attribution of cue {@code v}: at most eight words before it; -1 if none. */
    private static int commaBefore(Sentence s, int v) {
        return nearestComma(s, v, -1, MAX_SOURCE + 1);
    }

    /** The comma that closes it: at most a short tail after the verb; -1 if none. */
    private static int commaAfter(Sentence s, int v) {
        return nearestComma(s, v, 1, MAX_TAIL + 1);
    }

    /** The first comma from {@code v} in direction {@code step} within {@code reach} tokens, with no verb or quote mark before it; -1 if none. */
    private static int nearestComma(Sentence s, int v, int step, int reach) {
        for (int i = v + step; i >= 0 && i < s.tokens().size() && Math.abs(i - v) <= reach; i += step) {
            Token t = s.token(i);
            if (t.word().equals(",")) {
                return i;
            }
            if (t.isVerb() || isQuoteMark(t)) {
                return -1;
            }
        }
        return -1;
    }

    /** The clause continues after the closing comma: two words or more, a verb among them, no quotation opening it. */
    private static boolean goesOn(Sentence s, int close) {
        if (close + 1 < s.tokens().size() && s.token(close + 1).word().matches("(?i)and|but")) {
            return false;
        }
        int words = 0;
        boolean verb = false;
        for (int i = close + 1; i < s.tokens().size(); i++) {
            Token t = s.token(i);
            if (i == close + 1 && isQuoteMark(t)) {
                return false;
            }
            if (!t.word().matches("\\p{Punct}+")) {
                words++;
            }
            verb |= t.isVerb();
        }
        return words >= 2 && verb;
    }

    private static boolean isQuoteMark(Token t) {
        return t.word().matches("[\"“”]|``|''");
    }
}
