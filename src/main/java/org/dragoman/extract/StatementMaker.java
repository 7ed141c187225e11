package org.dragoman.extract;

import java.util.List;
import java.util.Optional;
import org.dragoman.model.EventDate;
import org.dragoman.model.Evidence;
import org.dragoman.model.SpeechAct;
import org.dragoman.model.Statement;
import org.dragoman.model.Status;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Quote;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Makes a statement from what a rule found: a speaker, a cue and a content span. The span takes in the quotations
 * it overlaps; the statement is direct when quoted text makes up most of it, and takes its date and status from
 * the anchor token (the cue, or the token a layout rule stands on).
 *
 * <p>Nothing is made from an empty span or a content of fewer than two words.
 */
final class StatementMaker {
    private final AnnotatedArticle doc;
    private final DateResolver dates;
    private final QuoteSpans quotes;

    /** "LIMA —", "LIMA, Peru (AP) —", "LIMA, March 12 (Reuters) -": a wire dateline opening a paragraph. */
    private static final String DATELINE = "^\\p{Lu}[\\p{Lu}\\s.'’]*(, \\p{Lu}[\\p{L}.]+( \\d{1,2})?)*( \\(\\p{Lu}[\\p{L}]+\\))?\\s*(—|–|--|-)\\s+";

    StatementMaker(AnnotatedArticle doc, DateResolver dates, QuoteSpans quotes) {
        this.doc = doc;
        this.dates = dates;
        this.quotes = quotes;
    }

    Optional<Statement> make(Sentence s, String speaker, String addressee, String cue, SpeechAct act, int[] span, int anchor) {
        return make(s, speaker, addressee, cue, act, span, anchor, null);
    }

    /**
     * The span cut to the line holding the cue at offset {@code at} (-1: the span's first line): a headline that the
     * sentence splitter ran into the dateline below it says nothing past its own line.
     */
    private int[] onCueLine(int[] span, int at) {
        int cue = at >= 0 ? at : span[0];
        int lineEnd = doc.text().indexOf('\n', Math.max(cue, span[0]));
        int end = lineEnd >= 0 && lineEnd < span[1] ? lineEnd : span[1];
        int lineStart = doc.text().lastIndexOf('\n', Math.min(cue, end) - 1);
        int begin = lineStart >= span[0] ? lineStart + 1 : span[0];
        return begin < end ? new int[] {begin, end} : span;
    }

    /**
     * Whether the content starting at offset {@code begin} is a relative clause set off by a comma ("gave a speech,
     * in which he did not mention X", "met the envoy, who spent the week in Lima"): it tells of the noun before, it
     * reports nothing. A wh-word without the comma opens an indirect question ("asked the envoy who fired him"), which
     * is kept.
     */
    private static boolean relativeClause(Sentence s, int begin) {
        int first = 0;
        while (first < s.tokens().size() && s.token(first).begin() < begin) {
            first++;
        }
        if (first == 0 || first >= s.tokens().size()) {
            return false;
        }
        int pronoun = s.token(first).pos().equals("IN") && first + 1 < s.tokens().size() ? first + 1 : first;
        Token before = s.token(first - 1);
        return s.token(pronoun).word().toLowerCase(java.util.Locale.ROOT).matches(RELATIVE_PRONOUN)
                && s.token(pronoun).pos().startsWith("W") && before.word().equals(",");
    }

    private static final String RELATIVE_PRONOUN = "who|whom|whose|which";

    /**
     * Whether the content is a by-phrase with no verb ("a report by a Ruritanian daily that X had proposed ...", where the
     * parser made the report's noun the object of the verb inside it): it names who wrote, it reports nothing.
     */
    private static boolean agentPhrase(Sentence s, int[] span) {
        List<Token> inside = s.tokens().stream().filter(t -> t.begin() >= span[0] && t.end() <= span[1]).toList();
        return !inside.isEmpty() && inside.get(0).word().equalsIgnoreCase("by") && inside.stream().noneMatch(Token::isVerb);
    }

    /**
     * As above, for content that a parenthetical attribution interrupts: {@code hole}, token indexes of the commas
     * around it, is left out of the content text (null for none).
     */
    Optional<Statement> make(Sentence s, String speaker, String addressee, String cue, SpeechAct act, int[] span, int anchor,
                             int[] hole) {
        if (span[1] <= span[0]) {
            // The cuts at a later report can leave nothing of a clause the parser made too short.
            return Optional.empty();
        }
        int[] extended = onCueLine(quotes.extendToQuotes(span), anchor >= 0 ? s.token(anchor).begin() : -1);
        if (relativeClause(s, extended[0]) || agentPhrase(s, extended)) {
            return Optional.empty();
        }
        String raw = doc.text().substring(extended[0], extended[1]);
        if (hole != null && s.token(hole[0]).begin() > extended[0] && s.token(hole[1]).end() < extended[1]) {
            raw = doc.text().substring(extended[0], s.token(hole[0]).begin()) + " "
                    + doc.text().substring(s.token(hole[1]).end(), extended[1]);
        }
        // "LIMA — Peru will ...": a dateline opening a paragraph is no part of what was said.
        int before = extended[0] - 1;
        while (before >= 0 && doc.text().charAt(before) == ' ') {
            before--;
        }
        boolean paragraphStart = before < 0 || doc.text().charAt(before) == '\n';
        String content = !paragraphStart ? Spans.clean(raw) : Spans.clean(raw).replaceFirst(DATELINE, "");
        // "called for restraint", "urged calm": what an appeal asks for may be one word; other one-word contents are
        // mostly a pronoun or a scrap of a misparse.
        boolean askedFor = act == SpeechAct.APPEAL && !content.isEmpty() && Character.isLowerCase(content.charAt(0));
        if (Spans.words(content) < (askedFor ? 1 : 2)) {
            return Optional.empty();
        }
        double share = quotes.quotedShare(extended);
        List<Quote> inside = doc.quotes().stream().filter(q -> q.begin() >= extended[0] - 4 && q.end() <= extended[1] + 1).toList();
        boolean startsWithQuote = !inside.isEmpty()
                && doc.text().substring(extended[0], inside.get(0).begin()).strip().matches("(?i)(the|a|an)?");
        boolean direct = startsWithQuote && share >= 0.6 || share >= 0.8;
        if (startsWithQuote && share >= 0.6) {
            // 'the "reckless border policy ... has to stop" with a nod to X': the quote is the content.
            // '"...," said Ana Soto. "...."': the attribution between two quotations leaves both the speaker's.
            boolean interrupted = inside.size() >= 2 && anchor >= 0 && s.token(anchor).begin() >= inside.get(0).end()
                    && s.token(anchor).end() <= inside.get(1).begin();
            content = inside.size() >= 2 && (share >= 0.8 || interrupted)
                    ? String.join(" ", inside.stream().map(q -> Spans.clean(q.text())).toList())
                    : Spans.clean(inside.get(0).text());
        }
        Status status = EventStatus.of(s, anchor, null, null);
        if (status != Status.PLANNED && status != Status.HYPOTHETICAL) {
            status = Status.OCCURRED;
        }
        // "warned Monday": SUTime may take a bare weekday for the coming one; a report made is the last one.
        EventDate date = dates.forTense(s, dates.attachedDate(s, anchor), status == Status.PLANNED);
        if (addressee != null && addressee.equals(speaker)) {
            addressee = null;
        }
        Evidence evidence = new Evidence(s.text(), extended[0], extended[1]);
        return Optional.of(new Statement(speaker, addressee, content, cue, direct, act, status, date, null, evidence,
                direct ? 0.85 : 0.75));
    }
}
