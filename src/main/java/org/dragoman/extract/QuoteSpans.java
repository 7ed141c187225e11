package org.dragoman.extract;

import java.util.Optional;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Quote;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/** Where an article's quotations stand to a reporting verb and its content: beside it, around it, inside it. */
final class QuoteSpans {
    private final AnnotatedArticle doc;

    QuoteSpans(AnnotatedArticle doc) {
        this.doc = doc;
    }

    /**
     * "'... I announce the resignation of ...'": reported speech inside a quotation is part of the quoted speaker's
     * own statement. Where quote marks inside the quotation make its pairing doubtful, only a first- or
     * second-person report counts as inside.
     */
    boolean insideQuote(Sentence s, Token t) {
        boolean firstPerson = Arguments.dependents(s, t.index(), "nsubj").stream()
                .anyMatch(i -> s.token(i).word().matches("(?i)i|we|you"));
        // A quotation that opens with a mark and a space ('" Ana wrote, "...') was paired across a closing mark.
        return doc.quotes().stream().anyMatch(q -> q.begin() < t.begin() && t.end() < q.end()
                && !Character.isWhitespace(doc.text().charAt(q.begin() + 1))
                && (firstPerson || !doc.text().substring(q.begin() + 1, t.begin()).matches("(?s).*[\"“”].*")));
    }

    /**
     * A quote right after "said:" or "said on Monday,", or one that ends just before ", X said" (however long
     * it runs).
     */
    Optional<Quote> adjacentQuote(Sentence s, int v) {
        Token t = s.token(v);
        // '"...," Ana Soto, an economist, told reporters': the attribution starts with the speaker's name.
        int attributionStart = t.begin();
        for (int subject : Arguments.dependents(s, v, "nsubj")) {
            if (subject < v) {
                for (int i : Arguments.subtree(s, subject, Set.of(v))) {
                    attributionStart = Math.min(attributionStart, s.token(i).begin());
                }
            }
        }
        for (Quote q : doc.quotes()) {
            int gapAfter = q.begin() - t.end();
            int gapBefore = Math.min(t.begin() - q.end(), attributionStart - q.end() >= 0 ? attributionStart - q.end() : Integer.MAX_VALUE);
            // 'X said.\n\n"..."': a quotation after the sentence has ended is not the verb's.
            boolean sentenceEnded = gapAfter >= 0 && doc.text().substring(t.end(), q.begin()).matches("(?s).*[.!?\n].*");
            if (gapAfter >= 0 && !sentenceEnded && (gapAfter <= 3 || gapAfter <= 40 && onlyPhraseBetween(s, v, q.begin()))
                    || gapBefore >= 0 && gapBefore <= 30 && q.end() > s.begin() - 2
                    && !(q.begin() < s.begin() && verbBetween(s, q.end(), Math.min(attributionStart, t.begin())))
                    && !(q.begin() >= s.begin()
                    && verbBetween(s, q.end(), commaAfter(s, q.end(), Math.min(attributionStart, t.begin()))))) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a verb stands between a quotation's end and an attribution: '"..." He added that Ruritania would
     * respond' reports the quotation of the sentence before with "added", if at all, not with "respond". Checked only
     * for a quotation that began before the sentence: '"...," the statement quoted Soto as saying' is one sentence.
     */
    private static boolean verbBetween(Sentence s, int quoteEnd, int attributionStart) {
        return s.tokens().stream().anyMatch(x -> x.begin() >= quoteEnd && x.end() <= attributionStart && x.isVerb());
    }

    /**
     * Where the first comma after offset {@code from} begins, or {@code from} itself when none comes before {@code limit}:
     * 'gaps were "significant" but narrowing, X said' has a verb of the clause between the quotation and the comma, so
     * the quotation is a phrase of what was said, not all of it; '"...," the statement quoted X as saying' has none.
     */
    private static int commaAfter(Sentence s, int from, int limit) {
        return s.tokens().stream().filter(x -> x.begin() >= from && x.end() <= limit && x.word().equals(",")).mapToInt(Token::begin)
                .findFirst().orElse(from);
    }

    /** "said on Fox News, \"...": between the verb and the quote only a phrase without a verb, ending in , or :. */
    private static boolean onlyPhraseBetween(Sentence s, int v, int quoteBegin) {
        Token last = null;
        for (int i = v + 1; i < s.tokens().size() && s.token(i).end() <= quoteBegin; i++) {
            if (s.token(i).isVerb()) {
                return false;
            }
            last = s.token(i);
        }
        return last != null && last.word().matches("[,:]");
    }

    /**
     * "'Part one,' she said, 'part two.'": a quote that ends just before the attribution and one that starts
     * right after it are one statement.
     */
    int[] joinInterruptedQuote(Sentence s, int v, int[] span) {
        int[] attribution = attribution(s, v);
        Quote before = before(attribution, span);
        if (before == null) {
            return span;
        }
        Quote after = null;
        for (Quote q : doc.quotes()) {
            // '"...," she said. "...."': a quotation after the attribution's full stop is a statement of its own.
            int gapAfter = q.begin() - attribution[1];
            if (gapAfter < 0) {
                continue;
            }
            boolean bare = gapAfter <= 12 && bareBetween(doc.text().substring(attribution[1], q.begin()));
            if (bare || gapAfter > 12 && toldOfAttribution(s, v, attribution[1], q.begin())) {
                after = q;
            }
        }
        if (after != null) {
            return new int[] {before.begin(), after.end()};
        }
        return span;
    }

    /** Whether only punctuation and short words ("she said, 'and ...'") stand between an attribution and a quotation. */
    private static boolean bareBetween(String between) {
        return !between.matches(".*\\p{L}{3,}.*") && !between.contains(".");
    }

    /**
     * '"Part one," the Regent said in the palace garden, "part two."': whether the words between the attribution and
     * the next quotation, up to the comma before it, are the reporting verb's own phrases (where, when, to whom), with no
     * verb or full stop of their own.
     */
    private boolean toldOfAttribution(Sentence s, int v, int from, int to) {
        if (to - from > 120) {
            return false;
        }
        String between = doc.text().substring(from, to);
        if (between.contains(".") || !between.strip().endsWith(",")) {
            return false;
        }
        Set<Integer> own = Arguments.subtree(s, v, Set.of());
        for (Token t : s.tokens()) {
            if (t.begin() >= from && t.end() <= to && !t.word().equals(",")
                    && (!own.contains(t.index()) || t.isVerb())) {
                return false;
            }
        }
        return true;
    }

    /**
     * '"Part one," she said. "Part two."', '"...," said Ana Soto, speaking of the talks. "...."': a quotation that
     * stands alone right after the full stop of the attribution of a quote that is {@code span}, which the same
     * speaker goes on with; empty when there is none.
     */
    Optional<Quote> continuation(Sentence s, int v, int[] span) {
        int[] attribution = attribution(s, v);
        if (before(attribution, span) == null) {
            return Optional.empty();
        }
        for (Quote q : doc.quotes()) {
            int gapAfter = q.begin() - attribution[1];
            if (gapAfter >= 0 && gapAfter <= 120 && standsAlone(q)
                    && doc.text().substring(attribution[1], q.begin()).matches("(?s)[^\"“”\n]*\\.\\s+")) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** The quotation ending right before the attribution, when {@code span} lies within it; else null. */
    private Quote before(int[] attribution, int[] span) {
        Quote before = null;
        for (Quote q : doc.quotes()) {
            int gapBefore = attribution[0] - q.end();
            if (gapBefore >= 0 && gapBefore <= 4 && q.begin() <= span[1]) {
                before = q;
            }
        }
        return before != null && span[0] >= before.begin() - 1 && span[1] <= before.end() + 1 ? before : null;
    }

    /** The character bounds of the attribution around verb {@code v}: the verb, its subject and a name beside it. */
    private int[] attribution(Sentence s, int v) {
        int attributionStart = s.token(v).begin();
        int attributionEnd = s.token(v).end();
        for (Dependency d : s.children(v)) {
            boolean namedAfter = (d.base().equals("obj") || d.base().equals("nsubj")) && d.dependent() > v
                    && s.token(d.dependent()).isProperNoun();
            if (d.base().equals("nsubj") || namedAfter) {
                // The subject with its name: "tweeted Ana Soto" ends after the surname. A relative clause on it
                // ("said Ana Soto, who led the talks.") is narrative, and the quote after it is the next statement's.
                Set<Integer> stop = new java.util.HashSet<>(Set.of(v));
                stop.addAll(Arguments.dependents(s, d.dependent(), "acl:relcl", "acl"));
                for (int t : Arguments.subtree(s, d.dependent(), stop)) {
                    attributionStart = Math.min(attributionStart, s.token(t).begin());
                    attributionEnd = Math.max(attributionEnd, s.token(t).end());
                }
            }
        }
        for (int i = v + 1; i < s.tokens().size() && s.token(i).isProperNoun(); i++) {
            attributionEnd = Math.max(attributionEnd, s.token(i).end());
        }
        for (int i = v - 1; i >= 0 && (s.token(i).isProperNoun() || s.token(i).ner().equals("TITLE")); i--) {
            attributionStart = Math.min(attributionStart, s.token(i).begin());
        }
        return new int[] {attributionStart, attributionEnd};
    }

    /** A quotation that is a sentence of its own: nothing but punctuation follows it before the line ends. */
    boolean standsAlone(Quote q) {
        int end = Math.min(doc.text().length(), q.end() + 3);
        String after = doc.text().substring(q.end(), end);
        return after.isBlank() || after.matches("(?s)[\\s.,;)]*(\\n.*)?");
    }

    /** The span widened to take in every quotation it overlaps. */
    int[] extendToQuotes(int[] span) {
        int begin = span[0];
        int end = span[1];
        for (Quote q : doc.quotes()) {
            if (q.begin() < end && q.end() > begin) {
                begin = Math.min(begin, q.begin());
                end = Math.max(end, q.end());
            }
        }
        return new int[] {begin, end};
    }

    /** The share of the span's characters that lie inside quotations. */
    double quotedShare(int[] span) {
        int quoted = 0;
        for (Quote q : doc.quotes()) {
            int b = Math.max(span[0], q.begin());
            int e = Math.min(span[1], q.end());
            if (e > b) {
                quoted += e - b;
            }
        }
        return (double) quoted / Math.max(1, span[1] - span[0]);
    }
}
