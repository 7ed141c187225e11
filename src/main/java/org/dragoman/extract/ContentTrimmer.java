package org.dragoman.extract;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import org.dragoman.model.SpeechAct;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Quote;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/** Ends a reported content where another statement starts inside it. */
final class ContentTrimmer {
    private static final Set<String> WISH_VERBS = WordLists.STATUS.get("wish-verb");

    private final AnnotatedArticle doc;
    private final VerbLexicon verbs;

    ContentTrimmer(AnnotatedArticle doc, VerbLexicon verbs) {
        this.doc = doc;
        this.verbs = verbs;
    }

    /**
     * "indicated the deal was off: 'We regret it,' he said": a quote inside the content that carries its own
     * attribution is a statement of its own, so the content stops before it. One that goes on with the content's words
     * ('hopes all sides will "show restraint," the ministry said') stays, and the content stops after it.
     */
    int[] cutAtOwnAttribution(Sentence s, int v, int[] span) {
        for (Token w : s.tokens()) {
            if (w.index() == v || w.begin() < span[0] || w.end() > span[1] || !w.isVerb()
                    || !verbs.isCue(w.lemma().toLowerCase(Locale.ROOT))
                    || Arguments.dependents(s, w.index(), "nsubj").isEmpty()) {
                continue;
            }
            for (Quote q : doc.quotes()) {
                // '"...," Ana Soto said': the speaker is named after the quotation; in 'the deal was "a gesture" and
                // insisted ...' the verb shares the clause's subject before it, and attributes nothing.
                boolean subjectAfter = Arguments.dependents(s, w.index(), "nsubj").stream().anyMatch(n -> s.token(n).begin() >= q.end());
                boolean attributes = subjectAfter && q.begin() > span[0] && q.end() <= w.begin() && w.begin() - q.end() <= 40
                        && !doc.text().substring(q.end(), w.begin()).matches("(?s).*\\p{L}+\\s+\\p{L}+\\s+\\p{L}+.*")
                        && endsClause(q, w.begin());
                if (attributes && !opensClause(q)) {
                    // The quotation goes on with the content; the attribution after it reports the whole sentence.
                    return new int[] {span[0], Math.min(span[1], q.end())};
                }
                if (attributes) {
                    int end = q.begin();
                    while (end > span[0] && doc.text().substring(end - 1, end).matches("[\\s:,;\"“”'‘’]")) {
                        end--;
                    }
                    return end > span[0] ? new int[] {span[0], end} : span;
                }
            }
        }
        return span;
    }

    /**
     * ': "We regret it," he said': a quotation that is a speech of its own follows clause punctuation; 'hopes all sides
     * will "show restraint," the ministry said' goes on with the words before it, and the attribution after it is of the
     * whole sentence.
     */
    private boolean opensClause(Quote q) {
        int before = q.begin() - 1;
        while (before >= 0 && Character.isWhitespace(doc.text().charAt(before))) {
            before--;
        }
        return before < 0 || ",.?!:;—–-".indexOf(doc.text().charAt(before)) >= 0;
    }

    /**
     * '"We regret it," he said', '"Why now?" she asked': a quotation that is a speech of its own ends in clause
     * punctuation inside or just after its closing mark; 'would "never accept" what he called meddling' quotes a phrase of
     * the content, and the verb after it reports nothing of the quotation.
     */
    private boolean endsClause(Quote q, int verbBegin) {
        String inside = q.text().replaceAll("[\\s\"“”'‘’`]+$", "");
        String after = doc.text().substring(q.end(), verbBegin).strip();
        return inside.matches("(?s).*[,.?!:;—–-]") || after.matches("[,—–-].*");
    }

    /**
     * 'said a date would be set "through the usual channels," adding that ...': a reporting participle after a comma that
     * the parser hung inside the reported clause starts a report of its own, so the content stops before the comma.
     */
    int[] cutAtAddedReport(Sentence s, int v, int[] span) {
        if (span == null) {
            return null;
        }
        for (Token w : s.tokens()) {
            boolean added = w.index() != v && w.index() >= 2 && w.pos().equals("VBG") && w.begin() > span[0] && w.end() <= span[1]
                    && verbs.isCue(w.lemma().toLowerCase(Locale.ROOT)) && !Arguments.dependents(s, w.index(), "ccomp").isEmpty();
            int comma = w.index() - 1;
            while (added && comma > 0 && s.token(comma).word().matches("[\"”'’]|''")) {
                comma--;
            }
            if (added && s.token(comma).word().equals(",")) {
                int end = s.token(comma).begin();
                while (end > span[0] && doc.text().substring(end - 1, end).matches("[\\s,]")) {
                    end--;
                }
                return end > span[0] ? new int[] {span[0], end} : span;
            }
        }
        return span;
    }

    /**
     * "said it regretted the incident and that police were investigating", "said the talks went well but would take
     * time": a second that-clause, or a conjunct opening with a modal or an auxiliary, that the parser hung on the
     * reporting verb is reported too; the span grows to its end. Any other span is returned as it is.
     */
    int[] withContinuation(Sentence s, int v, int[] span) {
        if (span == null) {
            return null;
        }
        for (int c : Arguments.dependents(s, v, "conj")) {
            // The enhanced parse gives the conjunct the speaker as subject too: only what follows the verb counts.
            java.util.Set<Integer> clause = new java.util.TreeSet<>(Arguments.subtree(s, c, java.util.Set.of(v)));
            clause.removeIf(i -> i < v);
            if (clause.isEmpty()) {
                continue;
            }
            int first = Collections.min(clause);
            // "said the leader was ready to talk but would not accept ...": a conjunct that opens with a modal or an
            // auxiliary goes on with the reported clause's subject, not the speaker's ("but acknowledged" would).
            boolean continues = first + 1 < s.tokens().size() && (s.token(first + 1).word().equalsIgnoreCase("that")
                    || s.token(first + 1).pos().equals("MD")
                    || s.token(first + 1).word().matches("(?i)was|were|is|are|had|has|have") && Arguments.dependents(s, c, "nsubj").stream()
                    .allMatch(n -> n < v));
            // "said the talks had been useful and hoped they would resume": a wish joined to the reporting verb goes on
            // with what was said.
            continues |= wishOfReporter(s, v, c);
            boolean andThat = first >= 1 && s.token(first).word().matches("(?i)and|but") && continues && s.token(first).begin() >= span[1]
                    && s.text().substring(span[1] - s.begin(), s.token(first).begin() - s.begin()).matches("[\\s,\"“”']*");
            if (andThat) {
                int last = Collections.max(clause);
                while (last > first && s.token(last).word().matches("\\p{Punct}+")) {
                    last--;
                }
                return new int[] {span[0], s.token(last).end()};
            }
        }
        return span;
    }

    /**
     * "added that he hoped the talks could resume soon", "told them that the truce agreed in May was fragile": the
     * parser may end the reported clause at a noun and hang the verb chain after it ("could resume soon", "was
     * fragile") elsewhere, even above the reporting verb. A span that stops at a noun right before a modal or a finite
     * form of "be" or "have" goes on to the end of the sentence, short of a closing attribution (", the mission
     * said"); any other span is returned as it is.
     */
    int[] mendCutClause(Sentence s, int[] span) {
        if (span == null) {
            return null;
        }
        int last = -1;
        for (Token w : s.tokens()) {
            if (w.end() <= span[1]) {
                last = w.index();
            }
        }
        if (last < 0 || last + 1 >= s.tokens().size() || !s.token(last).isNoun()
                || !(s.token(last + 1).pos().equals("MD") || s.token(last + 1).pos().matches("VBD|VBZ|VBP")
                && s.token(last + 1).lemma().matches("(?i)be|have"))) {
            return span;
        }
        int end = s.tokens().size() - 1;
        for (int comma = last + 2; comma < end; comma++) {
            if (s.token(comma).word().equals(",") && closingAttribution(s, comma)) {
                end = comma;
                break;
            }
        }
        while (end > last && s.token(end).word().matches("\\p{Punct}+")) {
            end--;
        }
        return new int[] {span[0], s.token(end).end()};
    }

    /** Whether the comma opens a closing attribution ({@link Spans#beforeClosingAttribution}): the first verb after it reports. */
    private boolean closingAttribution(Sentence s, int comma) {
        for (int i = comma + 1; i < s.tokens().size() && i <= comma + 9; i++) {
            if (s.token(i).isVerb()) {
                return verbs.isCue(s.token(i).lemma().toLowerCase(Locale.ROOT)) && Spans.beforeClosingAttribution(s, i) != null;
            }
        }
        return false;
    }

    /**
     * "assured her that the visit would go ahead, a palace spokesman said": an attribution hung at the end of the
     * content reports the whole sentence, not the content, so the content stops before it.
     */
    int[] cutAtTrailingAttribution(Sentence s, int v, int[] span) {
        for (Token w : s.tokens()) {
            if (w.index() == v || w.begin() < span[0] || w.end() > span[1] || !w.isVerb()
                    || !verbs.isCue(w.lemma().toLowerCase(Locale.ROOT))
                    || Arguments.governor(s, w.index(), "parataxis") < 0
                    || Arguments.dependents(s, w.index(), "nsubj").isEmpty()) {
                continue;
            }
            int first = Collections.min(Arguments.subtree(s, w.index(), java.util.Set.of()));
            boolean reachesEnd = true;
            for (Token after : s.tokens()) {
                if (after.index() > first && after.end() <= span[1] && !after.word().matches("\\p{Punct}+")
                        && !Arguments.subtree(s, w.index(), java.util.Set.of()).contains(after.index())) {
                    reachesEnd = false;
                }
            }
            if (first > 0 && s.token(first - 1).word().equals(",") && reachesEnd) {
                int end = s.token(first - 1).begin();
                return end > span[0] ? new int[] {span[0], end} : span;
            }
        }
        return span;
    }

    /**
     * "said the vote could come next week, but rivals warned they would block it": where reporting verb {@code w}
     * has a noun subject of its own ("I think" is the same speaker) that opens a clause coordinated by "but", "and" or a semicolon, the index of that
     * subject's first token; -1 otherwise.
     */
    private static int otherSpeakersClause(Sentence s, int w) {
        for (int subject : Arguments.dependents(s, w, "nsubj")) {
            int first = Collections.min(Arguments.subtree(s, subject, java.util.Set.of(w)));
            if (first >= 2 && first < w && s.token(subject).isNoun() && s.token(first - 1).word().matches("(?i)but|and|;")
                    && s.token(first - 2).word().matches(",|;")) {
                return first;
            }
        }
        return -1;
    }

    /**
     * "called for calm, warning that ..." and "noted ..., and mentioned ...": a second reporting verb starts a
     * statement of its own, so the content stops before it.
     */
    int[] cutAtNextReport(Sentence s, int v, int[] span) {
        for (Token w : s.tokens()) {
            if (w.index() <= v) {
                continue;
            }
            boolean participle = w.pos().equals("VBG") && s.token(w.index() - 1).word().equals(",");
            // "noted that the vote failed, and mentioned an appeal": a second reporting verb of the same speaker.
            // The tagger may take such a past verb for a participle ("and called on"); one without an auxiliary is none.
            boolean finite = w.pos().matches("VBD|VBZ|VBG") || Arguments.bareParticiple(s, w.index());
            boolean conjoined = finite && s.token(w.index() - 1).word().matches("(?i)and|but");
            if (w.begin() > span[0] && w.end() <= span[1] && w.isVerb() && verbs.isCue(w.lemma().toLowerCase(Locale.ROOT))) {
                int first = otherSpeakersClause(s, w.index());
                if (first > 0 && s.token(first).begin() > span[0]) {
                    int cut = first;
                    while (cut > 0 && s.token(cut - 1).word().matches(",|;|(?i)and|but")) {
                        cut--;
                    }
                    if (cut > 0 && s.token(cut - 1).end() > span[0]) {
                        return new int[] {span[0], s.token(cut - 1).end()};
                    }
                }
            }
            // "said she had noted the plan and urged ...": a second verb the parser joined inside the content stays in it.
            // A gerund ("promising ... and saying ...") is a second participle of the main subject, not kept.
            boolean kept = conjoined && !w.pos().equals("VBG") && w.index() >= 2 && !s.token(w.index() - 2).word().equals(",")
                    && (joinedInClause(s, v, w.index()) || joinedInSpan(s, v, w.index(), span) || wishOfReporter(s, v, w.index()));
            if (w.begin() > span[0] && w.end() <= span[1] && (participle || conjoined)
                    && verbs.isCue(w.lemma().toLowerCase(Locale.ROOT)) && !kept && !stanceInClause(s, v, w.index())) {
                int cut = w.index() - 1;
                while (cut > 0 && s.token(cut - 1).word().matches(",|(?i)and|but")) {
                    cut--;
                }
                return new int[] {span[0], s.token(cut - 1).end()};
            }
        }
        return span;
    }

    /**
     * "said Zenda opposed interference and supported dialogue": a verb of stance (a plain statement that reports
     * neither a clause, an object nor a hearer of its own; not an appeal such as "urged") coordinated with the reported
     * clause's verb is the clause's subject's, and part of what was said.
     */
    private boolean stanceInClause(Sentence s, int v, int w) {
        int first = Arguments.governor(s, w, "conj");
        String lemma = s.token(w).lemma().toLowerCase(Locale.ROOT);
        return first >= 0 && first != v && Arguments.governor(s, first, "ccomp") == v
                && !verbs.isClauseVerb(lemma) && !verbs.takesObjectContent(lemma) && !verbs.takesHearerObject(lemma)
                && verbs.act(lemma) == SpeechAct.STATEMENT;
    }

    /**
     * "said China was open to talks and hoped Ruritania would respond": a verb of wish (status-words.tsv,
     * {@code wish-verb}) coordinated with a verb of the reported clause, not with the reporting verb {@code v}, goes
     * on with the clause's subject and is part of what was said.
     */
    static boolean coordinatedInClause(Sentence s, int v, int w) {
        return joinedInClause(s, v, w) && WISH_VERBS.contains(s.token(w).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code c}, a conjunct of reporting verb {@code v} with no subject of its own before it, is a verb of wish
     * (status-words.tsv {@code wish-verb}): "said the talks had been useful and hoped they would resume".
     */
    static boolean wishOfReporter(Sentence s, int v, int c) {
        return WISH_VERBS.contains(s.token(c).lemma().toLowerCase(Locale.ROOT)) && Arguments.governor(s, c, "conj") == v
                && Arguments.dependents(s, c, "nsubj").stream().allMatch(n -> n < v);
    }

    /**
     * Whether verb {@code w} is a conjunct of a verb inside the content {@code span}, other than {@code v}: "said in a
     * statement after the call that he was encouraged by it and hoped ...", where the parser hung the reported clause on
     * the noun before "that".
     */
    private static boolean joinedInSpan(Sentence s, int v, int w, int[] span) {
        int first = Arguments.governor(s, w, "conj");
        return first >= 0 && first != v && s.token(first).begin() >= span[0] && s.token(first).end() <= span[1];
    }

    /**
     * Whether verb {@code w} is a conjunct of a verb inside the clause that {@code v} reports. "said she had noted the
     * plan and urged Zenda to withdraw": the parser read the appeal as part of what was said, so the content keeps it;
     * the appeal is still a statement of its own, and a key that splits the two finds both. A comma before the "and"
     * ("said there was no deal, and denied ...") sets the second verb apart, and the content stops there.
     */
    private static boolean joinedInClause(Sentence s, int v, int w) {
        int first = Arguments.governor(s, w, "conj");
        // "said Peru remained ready to host it and hoped ...": the parser may join the verb to one deeper in the clause.
        return first >= 0 && first != v && Arguments.dependents(s, v, "ccomp").stream()
                .anyMatch(c -> Arguments.subtree(s, c, java.util.Set.of(v)).contains(first));
    }

    /** "she will not delay it again, according to an aide": a source named after the content is no part of it. */
    int[] cutAtAccordingTo(Sentence s, int[] span) {
        for (Token w : s.tokens()) {
            boolean source = w.word().equalsIgnoreCase("according") && w.index() + 1 < s.tokens().size()
                    && s.token(w.index() + 1).word().equalsIgnoreCase("to") && w.index() > 0 && s.token(w.index() - 1).word().equals(",");
            if (source && w.begin() > span[0] && w.end() <= span[1] && s.token(w.index() - 2).end() > span[0]) {
                return new int[] {span[0], s.token(w.index() - 2).end()};
            }
        }
        return span;
    }
}
