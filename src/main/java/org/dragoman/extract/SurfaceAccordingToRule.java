package org.dragoman.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.dragoman.model.Entity;
import org.dragoman.model.SpeechAct;
import org.dragoman.model.Statement;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * "CONTENT, according to X." and "According to X, CONTENT." read from the surface, since parsers often
 * mis-attach "according to". The speaker is the most specific actor in the phrase: a person, else an
 * organisation, else a country; only the first "according to" of a sentence is read. Unnamed members of a body
 * ("according to two Acme diplomats") name no speaker.
 */
final class SurfaceAccordingToRule implements StatementRule {
    @Override
    public String name() {
        return "surface-according-to";
    }

    @Override
    public Scope scope() {
        return Scope.SENTENCE;
    }

    @Override
    public int priority() {
        return 60;
    }

    @Override
    public void find(StatementContext ctx, Sentence s, int t) {
        ctx.propose(name(), s, -1, statement(ctx, s));
    }

    private static Optional<Statement> statement(StatementContext ctx, Sentence s) {
        List<Token> toks = s.tokens();
        for (int i = 0; i + 1 < toks.size(); i++) {
            if (!toks.get(i).word().equalsIgnoreCase("according") || !toks.get(i + 1).word().equalsIgnoreCase("to")) {
                continue;
            }
            int end = i + 2;
            while (end < toks.size() && !toks.get(end).word().matches("[,.;:]")) {
                end++;
            }
            // The most specific source in the phrase: a person, else an organisation, else a country.
            String speaker = null;
            int rank = Integer.MAX_VALUE;
            for (int j = i + 2; j < end; j++) {
                // "according to Ruritanian state media": the adjective names the media's country, not the source.
                if (s.token(j).ner().equals("NATIONALITY")) {
                    continue;
                }
                Optional<Entity> e = ctx.args().entity(s, j);
                if (e.isPresent() && e.get().type().isActor()) {
                    int r = e.get().type().ordinal();
                    if (r < rank) {
                        rank = r;
                        speaker = e.get().id();
                    }
                }
            }
            // "according to two Acme diplomats": unnamed members of a body name no speaker.
            boolean unnamedMembers = IntStream.range(i + 2, end)
                    .anyMatch(j -> ctx.verbs().isUnnamedMemberNoun(toks.get(j).lemma().toLowerCase(Locale.ROOT)));
            if (speaker == null || unnamedMembers && !ctx.args().isPerson(speaker)) {
                return Optional.empty();
            }
            int[] span;
            int before = i - 1;
            while (before > 0 && toks.get(before).word().matches(",|''|\"|”|’|`+")) {
                before--;
            }
            // "Ana Soto, according to Ivo Ruiz, assured him that ...": a source set inside the clause, between its subject
            // and verb, closes no content.
            boolean inside = end + 1 < toks.size() && toks.get(end).word().equals(",") && toks.get(end + 1).isVerb();
            if (before < i - 1 && before > 0 && !inside) {
                span = new int[] {toks.get(0).begin(), toks.get(before).end()};
            } else if (i == 0 && end < toks.size() - 1) {
                span = new int[] {toks.get(end + 1).begin(), toks.get(toks.size() - 1).end()};
            } else {
                return Optional.empty();
            }
            return ctx.maker().make(s, speaker, null, "according to", SpeechAct.STATEMENT, span, i);
        }
        return Optional.empty();
    }
}
