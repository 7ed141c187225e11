package org.dragoman.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.Statement;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * "Ana Soto, an envoy who led the talks, cautioned peace would take time": a reporting verb read from the surface
 * when the parser gave it no named subject. The speaker is the name right before the verb, or before an
 * appositive set off by commas; the content is the rest of the sentence and must hold a verb or a quote.
 *
 * "Talks will resume, the Lithuanian presidency said": a closing attribution by a named institution reports the
 * clause before it, however the parser hung the two.
 *
 * <p>A fallback for {@link CueVerbRule}: it reads a verb of the lexicon only where that rule found nothing.
 */
final class SurfaceCueRule implements StatementRule {
    @Override
    public String name() {
        return "surface-cue";
    }

    @Override
    public Scope scope() {
        return Scope.TOKEN;
    }

    @Override
    public int priority() {
        return 20;
    }

    @Override
    public boolean fallback() {
        return true;
    }

    @Override
    public void find(StatementContext ctx, Sentence s, int v) {
        Token t = s.token(v);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        boolean lexicon = ctx.verbs().reportsSpeech(lemma);
        if (t.isVerb() && lexicon && CueVerbRule.reportsHere(ctx, s, t)) {
            ctx.proposeWithContinuation(name(), s, v, statement(ctx, s, v));
        }
    }

    private static Optional<Statement> statement(StatementContext ctx, Sentence s, int v) {
        Token cue = s.token(v);
        int[] trailing = Spans.beforeClosingAttribution(s, v);
        // A speaker the parse gave, with no content read off it, is left to the surface only for a closing attribution.
        if (!cue.pos().matches("VBD|VBZ|VBP|VBN") || !ctx.speakers().speakers(s, v).isEmpty() && trailing == null) {
            return Optional.empty();
        }
        int left = v - 1;
        while (left >= 0 && (s.token(left).pos().startsWith("RB") || s.token(left).pos().equals("MD")
                || s.token(left).word().matches("(?i)has|have|had|did|does|do"))) {
            left--;
        }
        if (left < 1) {
            return Optional.empty();
        }
        SpeakerResolver speakers = ctx.speakers();
        String speaker;
        // Where the speaker's name ends: before the comma, or before an appositive set off by commas.
        int nameEnd = left;
        if (s.token(left).word().equals(",")) {
            speaker = speakers.nameEndingAt(s, left - 1);
            nameEnd = left - 1;
            int open = left - 1;
            while (speaker == null && open > 0 && left - open < 30 && !s.token(open).word().equals(",")
                    && !s.token(open).word().matches("[\"“”'`]+")) {
                open--;
            }
            if (speaker == null && open > 0 && s.token(open).word().equals(",")) {
                speaker = speakers.nameEndingAt(s, open - 1);
                nameEnd = open - 1;
            }
        } else {
            speaker = speakers.nameEndingAt(s, left);
        }
        if (speaker == null && trailing != null && s.token(left).isNoun()) {
            // "..., the Lithuanian presidency said.": an institution closing the sentence, however the parser hung it.
            speaker = speakers.sourceActors(s, left).stream().findFirst().orElse(null);
        }
        if (speaker == null) {
            return Optional.empty();
        }
        String lemma = cue.lemma().toLowerCase(Locale.ROOT);
        if (trailing != null && ctx.verbs().isClauseVerb(lemma)) {
            return ctx.maker().make(s, speaker, null, cue.word(), ctx.verbs().act(lemma), trailing, v);
        }
        Optional<int[]> quoted = quoteBeforeName(ctx, s, nameEnd);
        if (quoted.isPresent()) {
            // '"...," Ana Soto said.' where the parser lost the quotation: it is the content.
            int[] span = ctx.quotes().joinInterruptedQuote(s, v, quoted.get());
            return ctx.maker().make(s, speaker, null, cue.word(), ctx.verbs().act(lemma), span, v);
        }
        // "admitted on Thursday that it had ...": the verb's own clause where the parser found one, else the rest.
        int clause = Arguments.dependents(s, v, "ccomp").stream().filter(c -> c > v).findFirst().orElse(-1);
        int[] rest = !ctx.verbs().isClauseVerb(lemma) ? null
                : clause >= 0 ? Spans.range(s, clause, Set.of(v)) : Spans.restOfSentence(s, v);
        if (rest == null) {
            return Optional.empty();
        }
        int[] span = ctx.trimmer().cutAtOwnAttribution(s, v, ctx.trimmer().withContinuation(s, v, rest));
        return ctx.maker().make(s, speaker, null, cue.word(), ctx.verbs().act(lemma), span, v);
    }

    /**
     * The quotation that ends right before the name ending at token {@code nameEnd}, with only a comma or space between;
     * one closed by a full stop ('... "never." Ana Soto, who ..., replied') ends its own sentence.
     */
    private static Optional<int[]> quoteBeforeName(StatementContext ctx, Sentence s, int nameEnd) {
        int start = nameEnd;
        while (start > 0 && (s.token(start - 1).isProperNoun() || s.token(start - 1).ner().equals("TITLE"))) {
            start--;
        }
        int nameBegin = s.token(start).begin();
        return ctx.doc().quotes().stream()
                .filter(q -> q.end() <= nameBegin && ctx.doc().text().substring(q.end(), nameBegin).matches("[\\s,]*")
                        && !ctx.doc().text().substring(q.begin(), q.end()).matches("(?s).*\\.[\"”’'\\s]*"))
                .map(q -> new int[] {q.begin(), q.end()}).findFirst();
    }
}
