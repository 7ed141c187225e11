package org.dragoman.extract;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.SpeechAct;
import org.dragoman.model.Statement;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Quote;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * A reporting verb with its speaker and what it reports: a clause ("Ana Soto said talks would resume"), an
 * infinitive ("urged Ruritania to ..."), an appeal ("called for calm"), an object ("stressed the need for ..."),
 * a quote beside it, or the clause it interrupts ("Talks will resume, Ana Soto said").
 *
 * <p>Verbs outside the {@link VerbLexicon} that take a clause or an infinitive are proposed too, under
 * {@link AttributionModel#MODEL_ONLY_RULE}: the model learned which of them report. A verb inside a quotation is
 * part of the quoted speech, not a report of its own; "called off" is a cancellation.
 */
final class CueVerbRule implements StatementRule {
    @Override
    public String name() {
        return "cue-verb";
    }

    @Override
    public Scope scope() {
        return Scope.TOKEN;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public void find(StatementContext ctx, Sentence s, int v) {
        Token t = s.token(v);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        boolean lexicon = ctx.verbs().reportsSpeech(lemma);
        // Verbs outside the lexicon that take a clause are candidates too: the model learned which report.
        boolean clause = !lexicon && (!Arguments.dependents(s, v, "ccomp").isEmpty()
                || Arguments.dependents(s, v, "xcomp").stream().anyMatch(x -> Arguments.hasInfinitiveMark(s, x)));
        if (t.isVerb() && (lexicon || clause) && reportsHere(ctx, s, t)) {
            ctx.propose(lexicon ? name() : AttributionModel.MODEL_ONLY_RULE, s, v, statement(ctx, s, v));
        }
    }

    /**
     * Whether verb {@code t} can report speech where it stands: not inside a quotation (it is then part of the
     * quoted speech) and not "called off" (a cancellation).
     */
    static boolean reportsHere(StatementContext ctx, Sentence s, Token t) {
        // "called off the visit": the particle "off" makes the verb a cancellation, not speech.
        boolean cancellation = s.children(t.index()).stream().anyMatch(d -> d.relation().equals("compound:prt")
                && s.token(d.dependent()).word().equalsIgnoreCase("off"));
        return !cancellation && !ctx.quotes().insideQuote(s, t);
    }

    private static Optional<Statement> statement(StatementContext ctx, Sentence s, int v) {
        VerbLexicon verbs = ctx.verbs();
        QuoteSpans quotes = ctx.quotes();
        String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
        List<String> speakers = ctx.speakers().speakers(s, v);
        if (speakers.isEmpty()) {
            return Optional.empty();
        }
        String speaker = speakers.get(0);
        String addressee = null;
        int[] span = null;
        if (verbs.isQuoteOnly(lemma)) {
            Optional<Quote> q = quotes.adjacentQuote(s, v);
            if (q.isEmpty()) {
                return Optional.empty();
            }
            int[] quoted = quotes.joinInterruptedQuote(s, v, new int[] {q.get().begin(), q.get().end()});
            return ctx.maker().make(s, speaker, null, s.token(v).word(), SpeechAct.STATEMENT, quoted, v);
        }
        List<Integer> clauses = Arguments.dependents(s, v, "ccomp");
        if (clauses.isEmpty()) {
            // Parsers often hang the reported clause as parataxis or dep: "X said in a statement, Y would ...".
            boolean objectIsContent = verbs.takesObjectContent(lemma) && !Arguments.dependents(s, v, "obj").isEmpty();
            for (int c : Arguments.dependents(s, v, "parataxis", "dep")) {
                boolean clause = s.token(c).isVerb() || !Arguments.dependents(s, c, "cop", "nsubj", "nsubj:pass").isEmpty();
                if (c > v && clause && !objectIsContent) {
                    clauses = List.of(c);
                    break;
                }
            }
        }
        List<Integer> objects = Arguments.dependents(s, v, "obj");
        List<Integer> infinitives = Arguments.dependents(s, v, "xcomp");
        Set<Integer> exclude = new HashSet<>();
        exclude.add(v);
        for (int sp : Arguments.dependents(s, v, "nsubj", "nsubj:pass")) {
            exclude.addAll(Arguments.subtree(s, sp, Set.of(v)));
        }
        if (!clauses.isEmpty()) {
            span = Spans.range(s, clauses.get(0), exclude);
            boolean clauseHasSubject = !Arguments.dependents(s, clauses.get(0), "nsubj", "nsubj:pass", "expl").isEmpty();
            for (int o : Arguments.dependents(s, v, "obj", "iobj", "obl:to")) {
                boolean object = s.children(v).stream().anyMatch(d -> d.dependent() == o && d.base().equals("obj"));
                int[] objectSpan = object && span != null && o < clauses.get(0) ? Spans.range(s, o, exclude) : null;
                boolean adjacent = objectSpan != null && objectSpan[1] <= span[0]
                        && ctx.doc().text().substring(objectSpan[1], span[0]).isBlank();
                if (adjacent && (!clauseHasSubject || !verbs.takesHearerObject(lemma))) {
                    // "indicated the Ruritanian side was unhappy": the parser took the clause's subject as object.
                    span = new int[] {Math.min(span[0], objectSpan[0]), span[1]};
                } else if (verbs.takesHearerObject(lemma) || !object) {
                    addressee = firstActor(ctx, s, o, speaker);
                }
            }
        } else if (verbs.isAppealFor(lemma) && forComplement(s, v) >= 0) {
            // "called for joint action to stop ...", "asked for patience", "calling for the smugglers to be tried".
            int complement = forComplement(s, v);
            Set<Integer> tokens = new HashSet<>(Arguments.subtree(s, complement, exclude));
            for (int x : infinitives) {
                if (x > complement) {
                    tokens.addAll(Arguments.subtree(s, x, exclude));
                }
            }
            tokens.removeAll(exclude);
            if (!tokens.isEmpty() && s.token(Collections.min(tokens)).word().equalsIgnoreCase("for")) {
                tokens.remove(Collections.min(tokens));
            }
            span = Spans.span(s, complement, tokens, exclude);
        } else if (!infinitives.isEmpty() && Arguments.hasInfinitiveMark(s, infinitives.get(0))) {
            span = Spans.range(s, infinitives.get(0), exclude);
            for (int o : objects) {
                addressee = firstActor(ctx, s, o, speaker);
                exclude.addAll(Arguments.subtree(s, o, Set.of(v)));
            }
            span = Spans.range(s, infinitives.get(0), exclude);
        } else if (verbs.takesObjectContent(lemma) && !objects.isEmpty()) {
            // "called the drought the worst in a century", 'called the deal "void"': parsers hang the predicate on the
            // object, or take it for a modifier.
            int object = objects.get(0);
            boolean quotedAfter = object + 1 < s.tokens().size() && s.token(object + 1).word().matches("``|\"|“");
            boolean predicateOnObject = quotedAfter || !Arguments.dependents(s, object, "dep", "xcomp").isEmpty();
            if (verbs.needsPredicate(lemma) && !predicateOnObject && Arguments.dependents(s, v, "xcomp", "obl:as",
                    "obl:for", "obl:with", "obl:of", "advcl:with", "advcl:for", "advcl:as").isEmpty()) {
                return Optional.empty();
            }
            span = Spans.objectWithComplements(s, v, objects.get(0), exclude);
            // "described the statement", "named a successor": a bare noun phrase is not a reported content.
            if (span != null && Spans.words(ctx.doc().text().substring(span[0], span[1])) < 3) {
                return Optional.empty();
            }
        } else {
            Optional<Quote> q = quotes.adjacentQuote(s, v);
            int reported = Arguments.governor(s, v, "parataxis");
            if (q.isEmpty() && reported >= 0 && reported < v) {
                // "Talks will resume soon, Ana Soto said, ...": the clause before the attribution is the content.
                int attribution = v;
                for (int sp : Arguments.dependents(s, v, "nsubj")) {
                    attribution = Math.min(attribution, Collections.min(Arguments.subtree(s, sp, Set.of(v))));
                }
                int cut = attribution;
                Set<Integer> tokens = new HashSet<>(Arguments.subtree(s, reported, Set.of(v)));
                tokens.removeIf(i -> i >= cut);
                span = Spans.span(s, reported, tokens, exclude);
            } else if (q.isEmpty()) {
                span = verbs.isClauseVerb(lemma) ? Spans.restOfSentence(s, v) : null;
                if (span == null) {
                    return Optional.empty();
                }
            } else {
                span = new int[] {q.get().begin(), q.get().end()};
            }
        }
        if (span == null) {
            return Optional.empty();
        }
        span = quotes.joinInterruptedQuote(s, v, span);
        span = ctx.trimmer().cutAtOwnAttribution(s, v, span);
        span = ctx.trimmer().cutAtNextReport(s, v, span);
        String cue = s.token(v).word();
        if (verbs.isAppealFor(lemma) && forComplement(s, v) >= 0 && clauses.isEmpty()) {
            cue = cue + " for";
        }
        return ctx.maker().make(s, speaker, addressee, cue, verbs.act(lemma), span, v);
    }

    /** The complement introduced by "for" after an appeal verb: an oblique, or a "for X to Y" clause; -1 if none. */
    private static int forComplement(Sentence s, int v) {
        List<Integer> obl = Arguments.dependents(s, v, "obl:for");
        if (!obl.isEmpty()) {
            return obl.get(0);
        }
        for (int c : Arguments.dependents(s, v, "advcl", "advcl:to", "advcl:for")) {
            for (Dependency d : s.children(c)) {
                if (d.base().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase("for") && d.dependent() == v + 1) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** The first actor that token {@code t} names other than {@code not} (the speaker): the addressee; or null. */
    private static String firstActor(StatementContext ctx, Sentence s, int t, String not) {
        for (String id : ctx.args().actors(s, t)) {
            if (!id.equals(not)) {
                return id;
            }
        }
        return null;
    }
}
