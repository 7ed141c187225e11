package org.dragoman.extract;

import java.util.Collections;
import java.util.Set;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Sentence;

/**
 * Character spans of content read off a parse, as {@code {begin, end}} offsets into the article text, and the
 * cleaning of the text they cover.
 */
final class Spans {
    /** A byline is one of the story's first sentences, and short. */
    private static final int BYLINE_SENTENCES = 3;
    private static final int BYLINE_TOKENS = 14;
    private static final Set<String> LINK_LEADS = WordLists.LAYOUT.get("link-lead");
    private static final int LINK_LEAD_CHARS = LINK_LEADS.stream().mapToInt(String::length).max().orElse(0) + 2;

    private Spans() {
    }

    /** The end offset of the article's headline ({@link #headline}); -1 when it has none. */
    static int headlineEnd(AnnotatedArticle doc) {
        return headline(doc) ? doc.sentences().get(0).end() : -1;
    }

    /**
     * Whether the article's first sentence is a headline: a line of its own, above a body, that does not end as a
     * sentence does (with a full stop, a question or exclamation mark, or a closing quotation mark); or one run into
     * the body by a hyphen ("Talks Open in Lima-LIMA — -Ana Soto met ...").
     */
    static boolean headline(AnnotatedArticle doc) {
        if (doc.sentences().size() < 2) {
            return false;
        }
        Sentence first = doc.sentences().get(0);
        String text = first.text().strip();
        String gap = doc.text().substring(first.end(), doc.sentences().get(1).begin());
        return !text.isEmpty() && ".!?\"\u201d'".indexOf(text.charAt(text.length() - 1)) < 0
                && (gap.contains("\n") || gap.strip().equals("-"));
    }

    /**
     * Whether sentence {@code s} is a byline: a line of its own among the story's first lines that opens with "By"
     * ("By Ana Soto", "By Ana Soto in Lima (Acme)"). Its names are the writer's, not the story's actors; "By Monday,
     * the talks had ended." is a sentence, not a line.
     */
    static boolean byline(AnnotatedArticle doc, Sentence s) {
        if (s.index() > BYLINE_SENTENCES || s.tokens().size() > BYLINE_TOKENS || !s.token(0).word().equals("By")) {
            return false;
        }
        String text = doc.text();
        String before = text.substring(Math.max(0, text.lastIndexOf('\n', s.begin() - 1) + 1), s.begin());
        int lineEnd = text.indexOf('\n', s.end());
        String after = text.substring(s.end(), lineEnd < 0 ? text.length() : lineEnd);
        String line = s.text().strip();
        return before.isBlank() && after.isBlank() && ".!?\"\u201d".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    /**
     * Whether sentence {@code s} opens a line that links to another story: "Related: Ruritania hosts the Acme summit",
     * "Also Read: ...". That story's headline tells no news of this one. A sentence that only mentions related talks
     * ("Related talks open today.") is not one: the lead must stand before a colon at the start of a line.
     */
    static boolean linkLine(AnnotatedArticle doc, Sentence s) {
        String text = doc.text();
        if (!opensLine(text, s.begin())) {
            return false;
        }
        // Called for every sentence a pronoun looks back over: the colon is looked for only as far as a lead can run.
        int limit = Math.min(text.length(), s.begin() + LINK_LEAD_CHARS + 1);
        for (int i = s.begin(); i < limit && text.charAt(i) != '\n'; i++) {
            if (text.charAt(i) == ':') {
                return LINK_LEADS.contains(text.substring(s.begin(), i).strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return false;
    }

    /** Whether only spaces stand between the line's start and {@code offset}; looked at in place, nothing copied. */
    static boolean opensLine(String text, int offset) {
        for (int i = offset - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Character span of {@code head}'s subtree, minus excluded tokens: from its first to its last token, cut
     * where an excluded token (the cue, the speaker) would fall inside; null when nothing is left.
     */
    static int[] range(Sentence s, int head, Set<Integer> exclude) {
        Set<Integer> tokens = Arguments.subtree(s, head, exclude);
        tokens.removeAll(exclude);
        return span(s, head, tokens, exclude);
    }

    /**
     * Character span from the first to the last of {@code tokens}, cut at an excluded token inside it (on the side of
     * {@code head} that does not hold it), without a leading complementiser or punctuation at either end; null when
     * there are no tokens.
     */
    static int[] span(Sentence s, int head, Set<Integer> tokens, Set<Integer> exclude) {
        if (tokens.isEmpty()) {
            return null;
        }
        int lo = tokens.stream().min(Integer::compare).orElseThrow();
        int hi = tokens.stream().max(Integer::compare).orElseThrow();
        for (int x : exclude) {
            if (x > lo && x < hi) {
                if (x < head) {
                    lo = x + 1;
                } else if (x > head) {
                    hi = x - 1;
                }
            }
        }
        // Drop a leading complementiser and surrounding punctuation.
        while (lo < hi && s.token(lo).word().matches("(?i)that|whether|,|:|--|-|;")) {
            lo++;
        }
        // "..., according to a Ruritanian government statement": the first word of the cue is no part of the content,
        // whichever way the parser split the phrase.
        while (hi > lo && (s.token(hi).word().matches("[.,;:]|--|-RRB-|-LRB-")
                || s.token(hi).word().equalsIgnoreCase("according") && hi + 1 < s.tokens().size()
                && s.token(hi + 1).word().equalsIgnoreCase("to"))) {
            hi--;
        }
        return new int[] {s.token(lo).begin(), s.token(hi).end()};
    }

    /** The object with what completes it: "called the plan 'a broken promise'", "blamed Ruritania for the delay". */
    static int[] objectWithComplements(Sentence s, int v, int object, Set<Integer> exclude) {
        Set<Integer> tokens = Arguments.subtree(s, object, exclude);
        // "accused the rebels of interfering in the elections": a phrase right after a gerund on the object is the
        // gerund's, wherever the parser hung it.
        boolean gerundOnObject = tokens.stream().anyMatch(i -> i > object && s.token(i).pos().equals("VBG"));
        for (Dependency d : s.children(v)) {
            // "stressed the need to reach a deal": an infinitive right after the object is the object's, wherever the
            // parser hung it.
            boolean infinitive = d.relation().equals("advcl:to") && Arguments.hasInfinitiveMark(s, d.dependent());
            Set<Integer> phrase = gerundOnObject && d.base().equals("obl") || infinitive ? Arguments.subtree(s, d.dependent(), exclude) : Set.of();
            if (!phrase.isEmpty() && Collections.min(phrase) == Collections.max(tokens) + 1) {
                tokens.addAll(phrase);
            } else if (d.dependent() > object && (d.base().equals("xcomp") || d.relation().matches("advcl:(with|for|as|of)")
                    || d.base().equals("obl") && !d.relation().equals("obl:tmod")
                    && !d.relation().equals("obl:on") && !d.relation().equals("obl:in") && !d.relation().equals("obl:at")
                    || d.base().equals("ccomp"))) {
                tokens.addAll(Arguments.subtree(s, d.dependent(), exclude));
            }
        }
        tokens.removeAll(exclude);
        return span(s, object, tokens, exclude);
    }

    /**
     * What follows the reporting verb to the end of the sentence (after "that" where a short phrase of the verb's own
     * stands before it), when the parser gave the verb no complement:
     * it must hold a verb or a quote and three words; null otherwise.
     */
    static int[] restOfSentence(Sentence s, int v) {
        int from = v + 1;
        // "wrote on X that ...", "said on Thursday that ...": a short phrase of the verb's own before "that".
        for (int i = v + 1; i < Math.min(s.tokens().size(), v + 9); i++) {
            if (s.token(i).isVerb() || s.token(i).word().matches("[\"“”,;:]|``|''")) {
                break;
            }
            if (i > v + 1 && s.token(i).word().equalsIgnoreCase("that") && s.token(v + 1).pos().equals("IN")) {
                from = i + 1;
                break;
            }
        }
        while (from < s.tokens().size() && s.token(from).word().matches("(?i)that|,|:")) {
            from++;
        }
        int to = s.tokens().size() - 1;
        while (to > from && s.token(to).word().matches("[.,;:!?]")) {
            to--;
        }
        if (to - from < 2) {
            return null;
        }
        boolean clause = false;
        for (int i = from; i <= to; i++) {
            clause |= s.token(i).isVerb() || s.token(i).word().matches("[\"“]|``");
        }
        return clause ? new int[] {s.token(from).begin(), s.token(to).end()} : null;
    }

    /** The index of the sentence's last token that is not punctuation; -1 when it has none. */
    static int lastWord(Sentence s) {
        int end = s.tokens().size() - 1;
        while (end >= 0 && s.token(end).word().matches("\\p{Punct}+")) {
            end--;
        }
        return end;
    }

    /**
     * "Talks will resume, the ministry said on Monday.": the clause before the comma that opens a closing attribution
     * (a speaker phrase of at most eight words without a verb or quotation mark, the verb, a short tail), after a
     * dateline; null when the sentence goes on after the attribution (other than with a participle after a comma:
     * ", citing ...") or the clause has no finite verb.
     */
    static int[] beforeClosingAttribution(Sentence s, int v) {
        int comma = v - 1;
        while (comma > 0 && v - comma <= 9 && !s.token(comma).word().equals(",")) {
            if (s.token(comma).isVerb() || s.token(comma).word().matches("[\"“”]|``|''")) {
                return null;
            }
            comma--;
        }
        // ", and X responded:" coordinates a clause of its own, ", before Lima announced the curbs" subordinates one, and
        // a colon hands on to what follows.
        if (comma < 3 || comma == v - 1 || !s.token(comma).word().equals(",")
                || s.token(comma + 1).word().matches("(?i)and|but|or|while|as|before|after|when|since|until|because|although|though|once|whereas")
                || s.token(s.tokens().size() - 1).word().equals(":")) {
            return null;
        }
        int end = s.tokens().size() - 1;
        while (end > v && s.token(end).word().matches("\\p{Punct}+")) {
            end--;
        }
        // "..., the ministry said on Monday, citing security concerns": a participle after a comma says why or adds a
        // report of its own; the attribution ends before it.
        for (int i = v + 1; i < end; i++) {
            if (s.token(i).word().equals(",") && s.token(i + 1).pos().equals("VBG")) {
                end = i - 1;
                break;
            }
        }
        if (end - v > 6) {
            return null;
        }
        for (int i = v + 1; i <= end; i++) {
            // "said in a written statement": a participle that modifies a noun is no verb of a clause.
            int at = i;
            boolean adjective = s.parents(i).stream().anyMatch(d -> d.base().equals("amod") && d.governor() > at);
            if (s.token(i).isVerb() && !adjective || s.token(i).word().matches("[\"“”]|``|''|,")) {
                return null;
            }
        }
        int from = afterDateline(s, comma);
        boolean finite = false;
        for (int i = from; i < comma; i++) {
            finite |= s.token(i).pos().matches("VBD|VBZ|VBP|MD");
        }
        return finite && comma - from >= 3 ? new int[] {s.token(from).begin(), s.token(comma - 1).end()} : null;
    }

    /**
     * The first token after a dateline that opens the sentence ("LIMA —", "LIMA, March 12 (Reuters) -": a dash among
     * the first five tokens, or the first ten after a word in capitals), before token {@code limit}; 0 if none.
     */
    static int afterDateline(Sentence s, int limit) {
        boolean capitals = s.token(0).word().length() > 1 && s.token(0).word().equals(s.token(0).word().toUpperCase(java.util.Locale.ROOT));
        int from = 0;
        for (int i = 0; i < Math.min(capitals ? 10 : 5, limit); i++) {
            if (s.token(i).word().matches("—|--|-")) {
                from = i + 1;
            }
        }
        return from;
    }

    /** Strips outer quote marks (and an unpaired one at either end), folds white space, drops a final , ; or :. */
    static String clean(String raw) {
        String s = raw.strip().replaceAll("\\s+", " ");
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            if (s.matches("^[\"“”'‘’].*[\"“”'‘’]$") && s.length() > 1) {
                s = s.substring(1, s.length() - 1).strip();
                changed = true;
            }
            if (s.matches(".*[\"“”]$") && countQuotes(s) % 2 == 1) {
                s = s.substring(0, s.length() - 1).strip();
                changed = true;
            }
            if (s.matches("^[\"“”].*") && countQuotes(s) % 2 == 1) {
                s = s.substring(1).strip();
                changed = true;
            }
        }
        return s.replaceAll("[,;:]$", "").strip();
    }

    private static int countQuotes(String s) {
        int n = 0;
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '“' || c == '”') {
                n++;
            }
        }
        return n;
    }

    /** How many paragraph breaks (a blank line) the text holds. */
    static int paragraphBreaks(String s) {
        return s.split("\\n\\s*\\n", -1).length - 1;
    }

    /** The number of white-space separated words. */
    static int words(String s) {
        return s.isBlank() ? 0 : s.trim().split("\\s+").length;
    }
}
