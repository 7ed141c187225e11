package org.dragoman.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.dragoman.model.Statement;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Sentence;

/**
 * One article as the statement rules read it: its annotations, entities and dates, the helpers the rules share, and
 * the candidates proposed so far, in reading order. It is the only state of a statement extraction; one context
 * reads one article.
 */
final class StatementContext {
    private final AnnotatedArticle doc;
    private final EntityIndex index;
    private final Arguments args;
    private final VerbLexicon verbs;
    private final QuoteSpans quotes;
    private final ContentTrimmer trimmer;
    private final StatementMaker maker;
    private final SpeakerResolver speakers;
    private final LineAttributions lines;
    private final List<AttributionCandidate> candidates = new ArrayList<>();
    /** Statements found so far, in reading order: "he added" and "the statement said" continue them. */
    private final List<Statement> told = new ArrayList<>();

    StatementContext(AnnotatedArticle doc, EntityIndex index, DateResolver dates, VerbLexicon verbs, GenderLexicon genders) {
        this.doc = doc;
        this.index = index;
        this.args = new Arguments(index);
        this.verbs = verbs;
        this.quotes = new QuoteSpans(doc);
        this.trimmer = new ContentTrimmer(doc, verbs);
        this.maker = new StatementMaker(doc, dates, quotes);
        this.speakers = new SpeakerResolver(doc, args, genders, verbs, Collections.unmodifiableList(told));
        this.lines = new LineAttributions(doc, verbs);
    }

    /**
     * Records a statement that rule {@code rule} found, with the features the attribution model decides by.
     *
     * @param cue the reporting verb's token in {@code s}, or -1 for a rule without one (layout, quotes)
     */
    void propose(String rule, Sentence s, int cue, Statement st) {
        told.add(st);
        candidates.add(new AttributionCandidate(st, rule, AttributionFeatures.of(doc, s, cue, rule, st, index, verbs),
                cue >= 0 ? s.token(cue).begin() : -1));
    }

    /** As {@link #propose(String, Sentence, int, Statement)}, when the rule found something. */
    void propose(String rule, Sentence s, int cue, Optional<Statement> found) {
        found.ifPresent(st -> propose(rule, s, cue, st));
    }

    /**
     * Proposes {@code found} and, when it is a quotation that the speaker goes on with right after the attribution's
     * full stop ('"Part one," she said. "Part two."'), that quotation too, as the same speaker's next statement.
     */
    void proposeWithContinuation(String rule, Sentence s, int cue, Optional<Statement> found) {
        propose(rule, s, cue, found);
        found.flatMap(st -> quotes().continuation(s, cue, new int[] {st.evidence().begin(), st.evidence().end()})
                .flatMap(q -> maker().make(s, st.speaker(), null, st.cue(), st.act(), new int[] {q.begin(), q.end()}, cue)))
                .ifPresent(next -> propose(rule, s, cue, next));
    }

    /** The candidates proposed so far, in reading order. */
    List<AttributionCandidate> candidates() {
        return Collections.unmodifiableList(candidates);
    }

    /** The statements proposed so far, in reading order. */
    List<Statement> told() {
        return Collections.unmodifiableList(told);
    }

    /** The sentence that holds the start of the statement's evidence (the one before, for a quote between two). */
    Sentence sentenceOf(Statement st) {
        return doc.sentenceAt(st.evidence().begin());
    }

    AnnotatedArticle doc() {
        return doc;
    }

    EntityIndex index() {
        return index;
    }

    Arguments args() {
        return args;
    }

    VerbLexicon verbs() {
        return verbs;
    }

    QuoteSpans quotes() {
        return quotes;
    }

    ContentTrimmer trimmer() {
        return trimmer;
    }

    StatementMaker maker() {
        return maker;
    }

    SpeakerResolver speakers() {
        return speakers;
    }

    LineAttributions lines() {
        return lines;
    }
}
