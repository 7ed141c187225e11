package org.dragoman.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.Event;
import org.dragoman.model.Meeting;
import org.dragoman.model.Statement;
import org.dragoman.model.Status;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dateline;
import org.dragoman.nlp.Datelines;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Finds attributed statements by running the {@link StatementRule}s over an article in reading order (see
 * {@link StatementRule} for the order): reporting verbs with a clause, infinitive or object, "according to X",
 * attributions the layout makes and direct quotes attributed by CoreNLP. Each statement a rule finds becomes an
 * {@link AttributionCandidate}; a statement made at a meeting then takes the meeting's date and place.
 *
 * <p>The extractor holds no state of its own: each article is read with a new {@link StatementContext}.
 */
final class StatementExtractor {
    private final VerbLexicon verbs;
    private final GenderLexicon genders;
    private final List<StatementRule> rules;

    /** An extractor with the standard rules. */
    StatementExtractor(VerbLexicon verbs, GenderLexicon genders) {
        this(verbs, genders, List.of(new CueVerbRule(), new SurfaceCueRule(), new AccordingToRule(), new HeadlineRule(),
                new SpeakerLineRule(), new SurfaceAccordingToRule(), new SignedQuoteRule(), new CoreNlpQuoteRule(),
                new ContinuedQuoteRule(), new NounClauseRule()));
    }

    /** @throws IllegalArgumentException when two rules share a priority, which would leave their order open */
    StatementExtractor(VerbLexicon verbs, GenderLexicon genders, List<StatementRule> rules) {
        this.verbs = Objects.requireNonNull(verbs, "verbs");
        this.genders = Objects.requireNonNull(genders, "genders");
        Set<Integer> priorities = new HashSet<>();
        for (StatementRule r : rules) {
            if (!priorities.add(r.priority())) {
                throw new IllegalArgumentException("two rules with priority " + r.priority() + ": " + r.name());
            }
        }
        this.rules = rules.stream().sorted(Comparator.comparingInt(StatementRule::priority)).toList();
    }

    /**
     * Every statement the rules propose, in reading order, with the features the attribution model decides by.
     * Candidates may overlap: {@link Draft#decide} keeps one statement per content span.
     */
    List<AttributionCandidate> extract(AnnotatedArticle doc, EntityIndex index, DateResolver dates, List<Event> meetings) {
        StatementContext ctx = new StatementContext(doc, index, dates, verbs, genders);
        for (Sentence s : doc.sentences()) {
            if (Spans.linkLine(doc, s)) {
                continue;
            }
            for (Token t : s.tokens()) {
                run(StatementRule.Scope.TOKEN, ctx, s, t.index());
            }
            run(StatementRule.Scope.SENTENCE, ctx, s, -1);
        }
        run(StatementRule.Scope.ARTICLE, ctx, null, -1);
        List<AttributionCandidate> withContext = new ArrayList<>();
        Optional<String> publisher = Datelines.lead(doc.article()).flatMap(Dateline::filedBy);
        for (AttributionCandidate c : ctx.candidates()) {
            if (!inHeadline(doc, c) && !publisher.filter(agency -> filedBy(index, c, agency)).isPresent()) {
                withContext.add(c.with(inheritMeeting(doc, c.statement(), meetings)));
            }
        }
        return withContext;
    }

    /**
     * "Ruritania vows to fight new duties": a headline (a first line with no full stop, above a body) sums up what
     * the body tells; its verbs of acting report nothing of their own. A headline signed by its speaker ({@link
     * HeadlineRule}), one that quotes, and one that says who said what ("Ana Soto Says ...") still report.
     */
    private static boolean inHeadline(AnnotatedArticle doc, AttributionCandidate c) {
        if (c.rule().equals("headline") || !Spans.headline(doc)) {
            return false;
        }
        Sentence first = doc.sentences().get(0);
        // What the headline quotes or says someone said ("X Says Y", "X: 'Y'") is still that person's word.
        String cue = c.statement().cue().toLowerCase(java.util.Locale.ROOT);
        String evidence = doc.text().substring(c.statement().evidence().begin(), Math.min(doc.text().length(), c.statement().evidence().end()));
        boolean quoted = evidence.matches("(?s).*[\"“”‘’].*");
        boolean says = cue.matches("says?|said|tells?|told|:|responds?|responded|writes?|wrote");
        return !quoted && !says && c.statement().evidence().begin() < first.end();
    }

    /**
     * "..., ACME reports." under the dateline "San Marcos, March 3, ACME.": the agency that files the story tells the
     * news, it says nothing of its own.
     */
    private static boolean filedBy(EntityIndex index, AttributionCandidate c, String agency) {
        return index.byId(c.statement().speaker()).filter(e -> e.label().equalsIgnoreCase(agency)
                || e.aliases().stream().anyMatch(agency::equalsIgnoreCase)).isPresent();
    }

    /** Runs the rules of one scope at one place, by priority. */
    private void run(StatementRule.Scope scope, StatementContext ctx, Sentence s, int t) {
        int before = ctx.candidates().size();
        for (StatementRule r : rules) {
            if (r.scope() == scope && !(r.fallback() && ctx.candidates().size() > before)) {
                r.find(ctx, s, t);
            }
        }
    }

    /**
     * "Ana Soto, who met Ivo Ruiz in Lima last month, said ...": a meeting told in a relative clause is background,
     * not the occasion of what is said after it.
     */
    private static boolean inRelativeClause(AnnotatedArticle doc, Meeting m) {
        Sentence s = doc.sentenceAt(m.evidence().begin());
        if (s == null) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (t.word().equals(m.trigger()) && t.begin() >= m.evidence().begin() && t.end() <= m.evidence().end()) {
                int node = t.index();
                for (int hop = 0; hop < 3 && node >= 0; hop++) {
                    int current = node;
                    if (s.parents(current).stream().anyMatch(d -> d.relation().equals("acl:relcl"))) {
                        return true;
                    }
                    node = s.parents(current).stream().filter(d -> d.governor() >= 0).mapToInt(d -> d.governor()).findFirst().orElse(-1);
                }
            }
        }
        return false;
    }

    /** A statement made at a meeting takes its date and place: "said in the meeting", or the paragraph's meeting. */
    private static Statement inheritMeeting(AnnotatedArticle doc, Statement st, List<Event> events) {
        if (st.date() != null && st.place() != null) {
            return st;
        }
        Meeting best = null;
        for (Event e : events) {
            if (!(e instanceof Meeting m) || !m.participants().contains(st.speaker()) || m.status() != Status.OCCURRED) {
                continue;
            }
            boolean before = m.evidence().begin() <= st.evidence().begin();
            String between = before ? doc.text().substring(m.evidence().begin(), Math.max(m.evidence().begin(), st.evidence().begin())) : "";
            boolean sameParagraph = before && !between.contains("\n\n") && !between.contains("\n \n");
            if (sameParagraph && !inRelativeClause(doc, m)) {
                best = m;
            }
        }
        if (best == null) {
            return st;
        }
        return st.withDateAndPlace(st.date() != null ? st.date() : best.date(), st.place() != null ? st.place() : best.place());
    }
}
