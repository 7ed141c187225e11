package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dragoman.model.Entity;
import org.dragoman.model.SpeechAct;
import org.dragoman.model.Statement;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Quote;
import org.dragoman.nlp.Sentence;

/**
 * Direct quotes that CoreNLP attributed and no other rule covered. CoreNLP's speaker is trusted only beside the
 * quote and as the subject of a reporting verb; a quote of fewer than four words, or one in a sentence where the
 * same speaker already has a statement, is passed over.
 *
 * <p>Runs after every other rule: it reads all the statements they found, and its own do not change which quotes
 * count as covered.
 */
final class CoreNlpQuoteRule implements StatementRule {
    @Override
    public String name() {
        return "corenlp-quote";
    }

    @Override
    public Scope scope() {
        return Scope.ARTICLE;
    }

    @Override
    public int priority() {
        return 80;
    }

    @Override
    public void find(StatementContext ctx, Sentence sentence, int token) {
        // All are found before any is proposed: a quote is covered by the other rules' statements only.
        List<Statement> found = new ArrayList<>();
        for (Quote q : ctx.doc().quotes()) {
            statement(ctx, q).ifPresent(found::add);
        }
        for (Statement st : found) {
            ctx.propose(name(), ctx.sentenceOf(st), -1, st);
        }
    }

    private static Optional<Statement> statement(StatementContext ctx, Quote q) {
        List<Statement> told = ctx.told();
        for (Statement st : told) {
            if (st.evidence().begin() <= q.begin() + 1 && st.evidence().end() >= q.end() - 1) {
                return Optional.empty();
            }
        }
        if (q.speakerMention() == null || Spans.words(q.text()) < 4) {
            return Optional.empty();
        }
        Sentence s = ctx.doc().sentences().get(q.speakerMention().sentence());
        // CoreNLP reaches for speakers in other sentences; only a speaker beside the quote is trusted.
        if (q.end() < s.begin() - 3 || q.begin() > s.end() + 3) {
            return Optional.empty();
        }
        Optional<Entity> speaker = ctx.index().at(s.index(), q.speakerMention().head());
        if (speaker.isEmpty() || !speaker.get().type().isActor()) {
            return Optional.empty();
        }
        boolean sameSentenceSameSpeaker = told.stream().anyMatch(st -> st.speaker().equals(speaker.get().id())
                && st.evidence().sentence().equals(s.text()) && q.begin() >= s.begin() && q.end() <= s.end() + 1);
        if (sameSentenceSameSpeaker) {
            return Optional.empty();
        }
        // CoreNLP's attribution is only trusted next to a reporting verb of that speaker.
        boolean cueNearby = false;
        String cue = "said";
        for (Dependency d : s.parents(q.speakerMention().head())) {
            if (d.base().equals("nsubj") && d.governor() >= 0
                    && ctx.verbs().isCue(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
                cueNearby = true;
                cue = s.token(d.governor()).word();
            }
        }
        if (!cueNearby) {
            return Optional.empty();
        }
        int[] span = {q.begin(), q.end()};
        return ctx.maker().make(s, speaker.get().id(), null, cue, SpeechAct.STATEMENT, span, q.speakerMention().head());
    }
}
