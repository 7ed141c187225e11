package org.dragoman.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
    /** The rule's name, which its candidates carry. */
    static final String NAME = "cue-verb";
    /** Meeting and travel verbs, which report nothing whatever clause hangs on them. */
    private static final Set<String> SILENT_VERBS = WordLists.MEETING.get("silent-verb");
    private static final Set<String> REFUSE_VERBS = WordLists.STATUS.get("refuse-verb");
    /** Verbs that also receive guests ("welcomed the delegation"): their object is what was said only if it is no one. */
    private static final Set<String> HOSTING_VERBS = WordLists.MEETING.get("hosting-verb");
    private static final Set<String> GROUP_NOUNS = WordLists.MEETING.union("group-noun", "guest-noun", "travelling-group-noun",
            "led-group-noun");

    @Override
    public String name() {
        return NAME;
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
        // A verb that tells a meeting or a trip ("met X on Friday, the first meeting since ...") reports nothing.
        // "signed a deal to build ...", "vetoed a push to impose ...", "had no plans to meet ...": an infinitive after an
        // object tells what the object is for, however the parser hung it.
        // "has yet to speak with X", "has to leave", "is to meet": an auxiliary verb with an infinitive tells what is due.
        boolean dueInfinitive = lemma.matches("have|be|do|get") && Arguments.dependents(s, v, "ccomp", "xcomp").stream()
                .anyMatch(x -> Arguments.hasInfinitiveMark(s, x));
        boolean clause = !lexicon && !SILENT_VERBS.contains(lemma) && !dueInfinitive
                && Arguments.dependents(s, v, "ccomp", "xcomp").stream().anyMatch(x -> !Arguments.hasInfinitiveMark(s, x)
                        ? Arguments.dependents(s, v, "ccomp").contains(x)
                        : Arguments.dependents(s, v, "obj").stream().noneMatch(o -> o < x));
        if (t.isVerb() && (lexicon || clause) && reportsHere(ctx, s, t) && !CallRule.courtesyCall(s, v) && !goesOnWithReport(ctx, s, v)) {
            String rule = lexicon ? name() : AttributionModel.MODEL_ONLY_RULE;
            Optional<Statement> found = statement(ctx, s, v).map(st -> jointly(ctx, s, v, st));
            ctx.proposeWithContinuation(rule, s, v, found);
            // "Ana Soto and Ivo Ruiz both said ...": each of the verb's own joined subjects said it. Joined states and
            // bodies ("A, B and C pledged ...") act as one, and stay one statement.
            if (found.isPresent() && found.get().coSpeakers().isEmpty()) {
                List<String> subjects = Arguments.dependents(s, v, "nsubj").stream()
                        .flatMap(n -> ctx.args().actors(s, n).stream()).distinct().toList();
                subjects = subjects.stream().allMatch(ctx.args()::isPerson) ? subjects : List.of();
                for (String other : subjects.contains(found.get().speaker()) ? ctx.speakers().speakers(s, v) : List.<String>of()) {
                    if (!other.equals(found.get().speaker()) && subjects.contains(other)) {
                        ctx.propose(rule, s, v, found.get().withSpeaker(other));
                    }
                }
            }
        }
    }

    /** A joint report is said by all its parties together: "In a joint statement, the two ministers said ...". */
    private static Statement jointly(StatementContext ctx, Sentence s, int v, Statement st) {
        for (int n : Arguments.dependents(s, v, "nsubj")) {
            List<String> parties = ctx.speakers().jointSpeakers(s, n);
            if (parties.size() >= 2 && parties.get(0).equals(st.speaker())) {
                return st.withCoSpeakers(parties);
            }
        }
        return st;
    }

    /**
     * Whether verb {@code t} can report speech where it stands: not inside a quotation (it is then part of the
     * quoted speech), not "called off" (a cancellation), not a telephone call with its purpose ("called Ana Soto to
     * thank her"), not negated ("did not say whether ..."), and not a participle
     * that only sets the scene for the main clause ("Writing on Facebook, Ana Soto accused ...": the report is the main
     * clause's).
     */
    static boolean reportsHere(StatementContext ctx, Sentence s, Token t) {
        // "called off the visit": the particle "off" makes the verb a cancellation, not speech.
        return !Arguments.hasParticle(s, t.index(), "off") && !CallRule.purposeOfCall(s, t.index()) && !sceneSetting(s, t) && !negated(s, t) && !refused(s, t)
                && !Questions.isAskedParticiple(ctx.verbs(), s, t.index()) && !Questions.insideQuestion(s, t.index())
                && !Questions.askedWhen(ctx.verbs(), s, t.index()) && !undecided(s, t) && !asked(ctx, s, t) && !passiveInfinitive(s, t)
                && !ctx.quotes().insideQuote(s, t);
    }

    /** "declined to say whether Ruritania had promised to help": a report that is only put in question is none. */
    private static boolean undecided(Sentence s, Token t) {
        return Arguments.dependents(s, t.index(), "mark").stream()
                .anyMatch(m -> m < t.index() && s.token(m).word().toLowerCase(Locale.ROOT).matches("whether|if"));
    }

    /**
     * "called on Ruritania to respond", "urged the envoy to explain": an infinitive asked of others by an appeal verb
     * has not been said (the appeal is the statement).
     */
    private static boolean asked(StatementContext ctx, Sentence s, Token t) {
        // "asked Ruritania to continue urging its firms to invest": also one verb further down the asked infinitive.
        int node = t.index();
        for (int hop = 0; hop < 2; hop++) {
            int up = Arguments.governor(s, node, "xcomp", "advcl");
            if (up < 0 || up > node) {
                return false;
            }
            if (Arguments.hasInfinitiveMark(s, node) && ctx.verbs().act(s.token(up).lemma().toLowerCase(Locale.ROOT)) == SpeechAct.APPEAL) {
                return true;
            }
            node = up;
        }
        return false;
    }

    /**
     * "Ana Soto is expected to attend", "the envoy was said to be furious": a passive verb with an infinitive and no
     * agent tells what others expect or say of its subject, who says nothing.
     */
    private static boolean passiveInfinitive(Sentence s, Token t) {
        int v = t.index();
        return (!Arguments.dependents(s, v, "nsubj:pass").isEmpty() || t.pos().equals("VBN") && afterBe(s, v))
                && Arguments.dependents(s, v, "obl:agent", "obl:by").isEmpty()
                && Arguments.dependents(s, v, "xcomp").stream().anyMatch(x -> x > v && Arguments.hasInfinitiveMark(s, x));
    }

    /** Whether a form of "be" stands before token {@code v}, past commas and adverbs ("is, however, expected"). */
    private static boolean afterBe(Sentence s, int v) {
        int k = v - 1;
        while (k >= 0 && (s.token(k).word().equals(",") || s.token(k).pos().startsWith("RB"))) {
            k--;
        }
        return k >= 0 && s.token(k).lemma().equalsIgnoreCase("be");
    }

    /**
     * "declined to comment on reports that ...", "refused to confirm that ...": a refusal with an infinitive, the
     * infinitive and a verb hung right from either say nothing.
     */
    private static boolean refused(Sentence s, Token t) {
        if (refusal(s, t.index())) {
            return true;
        }
        // "the agency declined to comment and aides said ...": a verb with a subject of its own is another clause.
        if (s.children(t.index()).stream().anyMatch(d -> d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"))) {
            return false;
        }
        int up = Arguments.governor(s, t.index(), "xcomp", "dep", "ccomp", "obl");
        if (up >= 0 && refusal(s, up)) {
            return true;
        }
        int top = up < 0 ? -1 : Arguments.governor(s, up, "xcomp");
        return top >= 0 && refusal(s, top);
    }

    /** Whether verb {@code v} is a refusal verb with an infinitive ("declined to ..."). */
    private static boolean refusal(Sentence s, int v) {
        return REFUSE_VERBS.contains(s.token(v).lemma().toLowerCase(Locale.ROOT)) && !Arguments.dependents(s, v, "xcomp").isEmpty();
    }

    /** "did not say whether the talks would resume", "never confirmed that ...": what was not said is no statement. */
    private static boolean negated(Sentence s, Token t) {
        return Arguments.negated(s, t.index());
    }

    private static boolean sceneSetting(Sentence s, Token t) {
        // "Asked why ..., Ana Soto said ...": a sentence-opening passive participle puts a question to the main
        // clause's subject, who answers; it reports nothing of theirs.
        boolean openingPassive = t.index() == 0 && t.pos().equals("VBN")
                && Arguments.dependents(s, t.index(), "nsubj", "nsubj:pass", "aux", "aux:pass").isEmpty();
        if (openingPassive && s.tokens().stream().anyMatch(w -> w.index() > t.index() && w.pos().matches("VBD|VBZ|VBP")
                && !Arguments.dependents(s, w.index(), "nsubj").isEmpty())) {
            return true;
        }
        if (!t.pos().equals("VBG") || !Arguments.dependents(s, t.index(), "ccomp", "obj", "xcomp", "parataxis").isEmpty()) {
            return false;
        }
        if (Arguments.governor(s, t.index(), "advcl") > t.index()) {
            return true;
        }
        // Parsers often make a sentence-opening participle the root and hang the main clause below it.
        return t.index() == 0 && s.tokens().stream().anyMatch(w -> w.index() > t.index() && w.pos().matches("VBD|VBZ|VBP")
                && !Arguments.dependents(s, w.index(), "nsubj").isEmpty());
    }

    /** What a reporting verb says, and to whom: a content span and an addressee (or null). */
    private record Content(int[] span, String addressee) {
        Content {
            Objects.requireNonNull(span, "span");
        }
    }

    private static Optional<Statement> statement(StatementContext ctx, Sentence s, int v) {
        String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
        List<String> speakers = ctx.speakers().speakers(s, v);
        if (speakers.isEmpty()) {
            return Optional.empty();
        }
        String speaker = speakers.get(0);
        if (ctx.verbs().isQuoteOnly(lemma)) {
            Optional<Quote> q = ctx.quotes().adjacentQuote(s, v);
            if (q.isEmpty()) {
                return Optional.empty();
            }
            int[] quoted = ctx.quotes().joinInterruptedQuote(s, v, new int[] {q.get().begin(), q.get().end()});
            return ctx.maker().make(s, speaker, null, s.token(v).word(), SpeechAct.STATEMENT, quoted, v);
        }
        int clause = reportedClause(ctx, s, v, lemma);
        // The speaker's phrase is never part of the content.
        Set<Integer> exclude = new HashSet<>();
        exclude.add(v);
        for (int sp : Arguments.dependents(s, v, "nsubj", "nsubj:pass")) {
            exclude.addAll(Arguments.subtree(s, sp, Set.of(v)));
        }
        // "the cleric, whom the government blames for the coup": the relative clause's object is its own antecedent,
        // which the clause describes; it is nothing the verb's subject said.
        List<Integer> objects = Arguments.dependents(s, v, "obj").stream()
                .filter(o -> Arguments.governor(s, v, "acl:relcl") != o).toList();
        // "support Ruritania's bid to join the pact": an infinitive whose subject is the object, a thing, tells what the
        // object is for, not what was said; "urged Ruritania to join" tells its hearer what to do.
        boolean asksHearer = ctx.verbs().takesHearerObject(lemma) || ctx.verbs().act(lemma) == SpeechAct.APPEAL;
        List<Integer> infinitives = new ArrayList<>(Arguments.dependents(s, v, "xcomp").stream()
                .filter(x -> asksHearer || Arguments.dependents(s, x, "nsubj:xsubj").stream().noneMatch(o -> objects.contains(o)
                        && s.token(o).isNoun() && !s.token(o).isProperNoun() && s.token(o).ner().equals("O")))
                .toList());
        // "warned Lima on Tuesday to refrain from ...": past a phrase of time the parser may hang the hearer's
        // infinitive as a clause of purpose.
        if (infinitives.isEmpty() && !objects.isEmpty() && ctx.verbs().takesHearerObject(lemma)) {
            Arguments.dependents(s, v, "advcl:to").stream().filter(x -> x > objects.get(0) && Arguments.hasInfinitiveMark(s, x))
                    .findFirst().ifPresent(infinitives::add);
        }
        boolean appeal = ctx.verbs().isAppealFor(lemma) && forComplement(s, v) >= 0;
        int appealedOn = appealedOn(ctx, s, v, lemma);
        int against = warnedAgainst(ctx, s, v, lemma, objects);
        int small = smallClause(ctx, s, v, lemma, objects);
        Content content;
        boolean naming = false;
        if (clause >= 0) {
            content = clauseContent(ctx, s, v, lemma, clause, exclude, speaker);
        } else if (appeal) {
            content = appealContent(s, v, forComplement(s, v), infinitives, exclude);
        } else if (!infinitives.isEmpty() && Arguments.hasInfinitiveMark(s, infinitives.get(0))) {
            content = infinitiveContent(ctx, s, v, infinitives.get(0), objects, exclude, speaker);
        } else if (appealedOn >= 0) {
            content = appealedOnContent(ctx, s, appealedOn, exclude, speaker);
        } else if (against >= 0) {
            // "warned Lima against any attempt to ...": what the hearer is warned against is what was said. "against
            // repeating the strike" may come with the gerund's object hung on the verb.
            Set<Integer> tokens = new HashSet<>(Arguments.subtree(s, against, exclude));
            objects.stream().filter(o -> o > against && Arguments.dependents(s, against, "obj").isEmpty())
                    .forEach(o -> tokens.addAll(Arguments.subtree(s, o, exclude)));
            tokens.removeAll(exclude);
            int[] span = Spans.span(s, against, tokens, exclude);
            content = span == null ? null : new Content(span, objects.isEmpty() ? null : firstActor(ctx, s, objects.get(0), speaker));
        } else if (ctx.verbs().takesObjectContent(lemma) && !objects.isEmpty()) {
            content = objectContent(ctx, s, v, lemma, objects.get(0), exclude);
            naming = true;
        } else if (small >= 0) {
            // 'called the envoy's remarks "provocative"': the parser may make the object the predicate's subject.
            int[] span = Spans.range(s, small, exclude);
            content = span == null ? null : new Content(span, null);
            naming = true;
        } else {
            content = contentBeside(ctx, s, v, lemma, exclude);
        }
        if (content == null || addresseeOnly(s, v, content.span())) {
            return Optional.empty();
        }
        int[] span = ctx.quotes().joinInterruptedQuote(s, v, ctx.trimmer().withContinuation(s, v, content.span()));
        span = ctx.trimmer().cutAtAddedReport(s, v, ctx.trimmer().cutAtOwnAttribution(s, v, span));
        span = ctx.trimmer().cutAtNextReport(s, v, span);
        span = ctx.trimmer().cutAtTrailingAttribution(s, v, span);
        span = ctx.trimmer().cutAtAccordingTo(s, span);
        int[] coordinated = Parentheticals.beforeCoordination(s, v);
        if (coordinated != null && clause < 0) {
            // "X received Y on Monday, the ministry said, and told him ...": the clause before the attribution.
            span = new int[] {s.token(0).begin(), s.token(coordinated[0] - 1).end()};
        }
        int[] hole = Parentheticals.aroundCue(s, v);
        if (hole != null && span[0] >= s.token(hole[1]).end()) {
            // "The talks, Ana Soto said, will resume": the subject before the attribution belongs to the content.
            span = new int[] {s.token(0).begin(), span[1]};
        }
        // "called on the allies to act": the particle belongs to the cue.
        String particle = Arguments.dependents(s, v, "compound:prt").stream().filter(p -> p == v + 1)
                .map(p -> " " + s.token(p).word()).findFirst().orElse("");
        String cue = s.token(v).word() + particle + (appeal && clause < 0 ? " for" : "");
        // "called the plan a disgrace" names, and asks nothing: only "called for" and "called on" appeal.
        SpeechAct act = naming && ctx.verbs().isAppealFor(lemma) ? SpeechAct.STATEMENT : ctx.verbs().act(lemma);
        return ctx.maker().make(s, speaker, content.addressee(), cue, act, span, v, hole);
    }

    /**
     * The predicate of a verb that names something as something ("called", "described"), with what it names as its
     * subject (or, as the parser may hang it, its dep) and no object of the verb: 'called the remarks "provocative"' read as
     * a small clause; -1 if none.
     */
    private static int smallClause(StatementContext ctx, Sentence s, int v, String lemma, List<Integer> objects) {
        if (!ctx.verbs().needsPredicate(lemma) || !objects.isEmpty()) {
            return -1;
        }
        return Arguments.dependents(s, v, "xcomp").stream().filter(x -> x > v && !Arguments.hasInfinitiveMark(s, x)
                && Arguments.dependents(s, x, "nsubj", "dep").stream().anyMatch(n -> n > v && n < x)).findFirst().orElse(-1);
    }

    /** Whether an apposition stands inside the phrase of object {@code o} of verb {@code v}. */
    private static boolean endsInApposition(Sentence s, int v, int o) {
        return Arguments.subtree(s, o, Set.of(v)).stream().anyMatch(i -> s.parents(i).stream().anyMatch(d -> d.base().equals("appos")));
    }

    /**
     * "said China was open to talks and hoped ...", "said the talks went well and hoped ...": a verb that goes on with
     * what another reporting verb reported.
     */
    private static boolean goesOnWithReport(StatementContext ctx, Sentence s, int v) {
        int first = Arguments.governor(s, v, "conj");
        int reporter = first < 0 ? -1 : Arguments.governor(s, first, "ccomp");
        // "said the talks had been useful and hoped they would resume": the wish joined to the reporting verb itself.
        boolean reporterWish = first >= 0 && ctx.verbs().isCue(s.token(first).lemma().toLowerCase(Locale.ROOT))
                && !Arguments.dependents(s, first, "ccomp").isEmpty() && ContentTrimmer.wishOfReporter(s, first, v);
        return reporterWish || reporter >= 0 && ctx.verbs().isCue(s.token(reporter).lemma().toLowerCase(Locale.ROOT))
                && ContentTrimmer.coordinatedInClause(s, reporter, v);
    }

    /**
     * "wrote to both ministers in August, urging them to ...": a content that is only the verb's to-phrase names
     * whom it was said to, not what.
     */
    private static boolean addresseeOnly(Sentence s, int v, int[] span) {
        for (int o : Arguments.dependents(s, v, "obl:to")) {
            Set<Integer> phrase = Arguments.subtree(s, o, Set.of(v));
            int first = Collections.min(phrase);
            if (s.token(first).begin() == span[0] && s.token(first).word().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The clause the verb reports: its clausal complement, else a clause the parser hung after it as parataxis or
     * dep ("X said in a statement, Y would ..."); -1 if none.
     */
    private static int reportedClause(StatementContext ctx, Sentence s, int v, String lemma) {
        // "promised every help, his office said": the parser may hang the closing attribution on the verb as its clause.
        // "..., Ana Soto said as she met Ivo Ruiz, the Acme agency has learned": nor the newsroom's own closing words.
        List<Integer> clauses = Arguments.dependents(s, v, "ccomp").stream().filter(c -> !(c > v
                && ctx.verbs().reportsSpeech(s.token(c).lemma().toLowerCase(Locale.ROOT)) && Spans.beforeClosingAttribution(s, c) != null))
                .filter(c -> !(c > v && s.token(c).lemma().equalsIgnoreCase("learn") && Spans.lastWord(s) == c))
                // '"...," he said, noting that ...': a participle after a comma is a report or a manner of its own,
                // also where the parser made the participle's clause the verb's and hung the participle inside it.
                .filter(c -> !(c > v && participleAfterComma(s, Collections.min(Arguments.subtree(s, c, Set.of(v))))))
                // "told reporters after a lunch that ran late": a that-clause whose "that" is its subject, right after a
                // noun, describes the noun.
                .filter(c -> !relativeThat(s, c))
                .toList();
        if (!clauses.isEmpty()) {
            // "Asked why X, Ana Soto said Y": of two clauses, the one after the verb is what it reports.
            return clauses.stream().filter(c -> c > v).findFirst().orElse(clauses.get(0));
        }
        // "warned the leaders in a letter that ...": the parser may hang the that-clause on the letter.
        for (int medium : Arguments.dependents(s, v, "obl:in")) {
            for (int c : Arguments.dependents(s, medium, "ccomp")) {
                boolean that = s.token(Collections.min(Arguments.subtree(s, c, Set.of(medium)))).word().equalsIgnoreCase("that");
                if (c > medium && medium > v && that) {
                    return c;
                }
            }
        }
        // "told visiting ... Ivo Ruiz that ...": the parser hung the clause on the guest's "visiting" (VisitingGuest).
        for (int x : Arguments.dependents(s, v, "xcomp", "dep", "advcl")) {
            if (VisitingGuest.of(s, x) >= 0 && !Arguments.dependents(s, x, "ccomp").isEmpty()) {
                return Arguments.dependents(s, x, "ccomp").get(0);
            }
        }
        // "said he's not happy": a small clause the parser made xcomp, with a subject of its own.
        for (int x : Arguments.dependents(s, v, "xcomp")) {
            if (x > v && ctx.verbs().isClauseVerb(lemma) && !Arguments.dependents(s, x, "nsubj", "nsubj:pass").isEmpty()) {
                return x;
            }
        }
        // A verb whose object is the content ("stressed the need for ..., adding ...") reports no second clause.
        boolean objectIsContent = ctx.verbs().takesObjectContent(lemma) && !Arguments.dependents(s, v, "obj").isEmpty();
        for (int c : Arguments.dependents(s, v, "parataxis", "dep")) {
            // '"...," Ana Soto said in a statement addressed to the press': a participle with neither subject nor
            // auxiliary modifies a noun (the parser left it as dep); a reported clause has its subject, or at least
            // its auxiliary where the parser took the subject for the verb's object ("said the side had left").
            boolean clause = !Arguments.dependents(s, c, "nsubj", "nsubj:pass", "expl", "csubj", "aux", "aux:pass", "cop").isEmpty();
            // '"...," Ana Soto said, adding that ...': the participle is a second report with its own content.
            Token head = s.token(c);
            boolean secondReport = head.pos().equals("VBG") && ctx.verbs().reportsSpeech(head.lemma().toLowerCase(Locale.ROOT));
            // '"...," Ana Soto said, invoking the last election': a participle after a comma tells how, not what.
            boolean manner = head.pos().equals("VBG") && c > 0 && s.token(c - 1).word().equals(",")
                    && Arguments.dependents(s, c, "nsubj").isEmpty();
            // "held a call to thank him for hosting the talks, his office said": the closing attribution is the
            // sentence's, not what the verb before it reports.
            boolean attribution = ctx.verbs().reportsSpeech(head.lemma().toLowerCase(Locale.ROOT))
                    && Spans.beforeClosingAttribution(s, c) != null;
            if (c > v && clause && !objectIsContent && !secondReport && !manner && !attribution) {
                return c;
            }
        }
        return -1;
    }

    /** "said talks would resume", "told reporters talks would resume": the clause, and the hearer as addressee. */
    private static Content clauseContent(StatementContext ctx, Sentence s, int v, String lemma, int clause,
                                         Set<Integer> exclude, String speaker) {
        boolean hearerObject = ctx.verbs().takesHearerObject(lemma);
        String addressee = null;
        if (hearerObject) {
            // "told reporters the alliance would hold": the parser hangs the hearer on the clause as dep.
            for (int d : Arguments.dependents(s, clause, "dep")) {
                Set<Integer> hearer = Arguments.subtree(s, d, Set.of(clause));
                boolean first = Collections.min(hearer) == v + 1 && s.token(d).isNoun();
                boolean beforeSubject = Arguments.dependents(s, clause, "nsubj", "nsubj:pass").stream().allMatch(n -> n > d);
                if (first && beforeSubject) {
                    exclude.addAll(hearer);
                    addressee = firstActor(ctx, s, d, speaker);
                }
            }
        }
        int[] span = ctx.trimmer().mendCutClause(s, Spans.range(s, clause, exclude));
        boolean clauseHasSubject = !Arguments.dependents(s, clause, "nsubj", "nsubj:pass", "expl").isEmpty();
        for (int o : Arguments.dependents(s, v, "obj", "iobj", "obl:to")) {
            boolean object = s.children(v).stream().anyMatch(d -> d.dependent() == o && d.base().equals("obj"));
            int[] objectSpan = object && span != null && o < clause ? Spans.range(s, o, exclude) : null;
            // 'said China "firmly opposes" ...': only space or a quotation mark between the two.
            // "said the envoy, Ana Soto, would visit": the object's apposition may end in a comma.
            boolean adjacent = objectSpan != null && objectSpan[1] <= span[0]
                    && ctx.doc().text().substring(objectSpan[1], span[0]).matches(endsInApposition(s, v, o) ? "[\\s\"“”,]*" : "[\\s\"“”]*");
            if (adjacent && (!clauseHasSubject || !hearerObject)) {
                // "indicated the Ruritanian side was unhappy": the parser took the clause's subject as object.
                span = new int[] {Math.min(span[0], objectSpan[0]), span[1]};
            } else if (hearerObject || !object) {
                addressee = firstActor(ctx, s, o, speaker);
            }
        }
        return span == null ? null : new Content(span, addressee);
    }

    /** "called for joint action to stop ...", "asked for patience", "calling for the smugglers to be tried". */
    private static Content appealContent(Sentence s, int v, int complement, List<Integer> infinitives, Set<Integer> exclude) {
        Set<Integer> tokens = new HashSet<>(Arguments.subtree(s, complement, exclude));
        for (int x : infinitives) {
            if (x > complement) {
                tokens.addAll(Arguments.subtree(s, x, exclude));
            }
        }
        // "calling for a ceasefire and for the armed groups to withdraw": a second for-phrase joined by "and" that the
        // parser hung on the verb asks for more.
        for (Dependency d : s.children(v)) {
            int x = d.dependent();
            Set<Integer> phrase = x > complement && (d.base().equals("obl") || d.base().equals("advcl"))
                    ? Arguments.subtree(s, x, exclude) : Set.of();
            int first = phrase.isEmpty() ? -1 : Collections.min(phrase);
            if (first > 1 && s.token(first).word().equalsIgnoreCase("for") && s.token(first - 1).word().matches("(?i)and|or")
                    && !tokens.isEmpty() && first - 1 == Collections.max(tokens) + 1) {
                tokens.addAll(phrase);
            }
        }
        tokens.removeAll(exclude);
        if (!tokens.isEmpty() && s.token(Collections.min(tokens)).word().equalsIgnoreCase("for")) {
            tokens.remove(Collections.min(tokens));
        }
        int[] span = Spans.span(s, complement, tokens, exclude);
        return span == null ? null : new Content(span, null);
    }

    /** "urged Ruritania to reopen the border": the infinitive, and its object's actor as addressee. */
    private static Content infinitiveContent(StatementContext ctx, Sentence s, int v, int infinitive, List<Integer> objects,
                                             Set<Integer> exclude, String speaker) {
        String addressee = null;
        Set<Integer> asked = new HashSet<>();
        boolean appeal = ctx.verbs().act(s.token(v).lemma().toLowerCase(Locale.ROOT)) == SpeechAct.APPEAL;
        for (int o : objects) {
            addressee = addressee != null ? addressee : firstActor(ctx, s, o, speaker);
            Set<Integer> phrase = Arguments.subtree(s, o, Set.of(v));
            // "urged the allies to act": an appeal's content names whom it asks, as readers quote it.
            if (appeal && o > v && o < infinitive) {
                asked.addAll(phrase);
            } else {
                exclude.addAll(phrase);
            }
        }
        Set<Integer> tokens = Arguments.subtree(s, infinitive, exclude);
        tokens.addAll(asked);
        // "urged them to remain calm and to avoid steps ...": the parser may join the second infinitive to the verb.
        for (int more : Arguments.dependents(s, v, "conj")) {
            if (more > infinitive && Arguments.hasInfinitiveMark(s, more) && s.token(more).pos().equals("VB")) {
                tokens.addAll(Arguments.subtree(s, more, exclude));
            }
        }
        tokens.removeAll(exclude);
        int[] span = Spans.span(s, infinitive, tokens, exclude);
        return span == null ? null : new Content(span, addressee);
    }

    /** The against-phrase after the hearer object of a verb such as "warn" ("warned Lima against ..."), or -1. */
    private static int warnedAgainst(StatementContext ctx, Sentence s, int v, String lemma, List<Integer> objects) {
        if (!ctx.verbs().takesHearerObject(lemma)) {
            return -1;
        }
        // "warned against any attempt to ...": with no hearer named, the phrase right after the verb.
        int after = objects.isEmpty() ? v : objects.get(0);
        return Arguments.dependents(s, v, "obl:against", "advcl:against").stream().filter(a -> a > after).findFirst().orElse(-1);
    }

    /**
     * "called on the allies to act": an appeal verb whose infinitive the parser hung as advcl:to, with "on" as its
     * mark and the ones appealed to as its subject; the infinitive's token, or -1.
     */
    private static int appealedOn(StatementContext ctx, Sentence s, int v, String lemma) {
        if (ctx.verbs().act(lemma) != SpeechAct.APPEAL) {
            return -1;
        }
        for (int x : Arguments.dependents(s, v, "advcl:to")) {
            boolean on = Arguments.dependents(s, x, "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("on") && m == v + 1);
            if (x > v && on && Arguments.hasInfinitiveMark(s, x)) {
                return x;
            }
        }
        return -1;
    }

    /** The content from the ones appealed to on ("the allies to act"), and their actor as addressee. */
    private static Content appealedOnContent(StatementContext ctx, Sentence s, int infinitive, Set<Integer> exclude, String speaker) {
        String addressee = null;
        for (int subject : Arguments.dependents(s, infinitive, "nsubj")) {
            addressee = addressee != null ? addressee : firstActor(ctx, s, subject, speaker);
        }
        exclude.addAll(Arguments.dependents(s, infinitive, "mark").stream().filter(m -> s.token(m).word().equalsIgnoreCase("on")).toList());
        int[] span = Spans.range(s, infinitive, exclude);
        return span == null ? null : new Content(span, addressee);
    }

    /**
     * "called the drought the worst in a century", 'called the deal "void"': the object with what completes it.
     * A verb that needs a predicate gives nothing without one, and a bare noun phrase ("described the statement",
     * "named a successor") is no reported content.
     */
    private static Content objectContent(StatementContext ctx, Sentence s, int v, String lemma, int object,
                                         Set<Integer> exclude) {
        // Parsers hang the predicate on the object, or take it for a modifier.
        boolean quotedAfter = object + 1 < s.tokens().size() && s.token(object + 1).word().matches("``|\"|“");
        // "accused the group of delaying": the parser hangs the predicate clause on the object (acl:of, or nmod:of
        // on the gerund).
        // "accused the rebels of representing terrorists": the gerund may be taken for an adjective of its object.
        boolean gerundOnObject = Arguments.dependents(s, object, "acl:of", "acl:for", "nmod:of", "nmod:for").stream()
                .anyMatch(g -> s.token(g).pos().equals("VBG") || Arguments.dependents(s, g, "case").stream()
                        .anyMatch(k -> k + 1 < g && s.token(k + 1).pos().equals("VBG")));
        boolean predicateOnObject = quotedAfter || gerundOnObject || !Arguments.dependents(s, object, "dep", "xcomp").isEmpty();
        if (ctx.verbs().needsPredicate(lemma) && !predicateOnObject && Arguments.dependents(s, v, "xcomp", "obl:as",
                "obl:for", "obl:with", "obl:of", "advcl:with", "advcl:for", "advcl:as", "advcl:of").isEmpty()) {
            return null;
        }
        // "welcomed the Ruritanian delegation to Lima" receives guests; "welcomed the agreement" says something of it.
        if (HOSTING_VERBS.contains(lemma) && guests(ctx, s, v, object)) {
            return null;
        }
        int[] span = Spans.objectWithComplements(s, v, object, exclude);
        // 'called the talks "a step forward"': the parser may make the quoted predicate a second object of the verb.
        for (int second : ctx.verbs().needsPredicate(lemma) && span != null ? Arguments.dependents(s, v, "obj") : List.<Integer>of()) {
            int[] more = second > object ? Spans.objectWithComplements(s, v, second, exclude) : null;
            if (more != null) {
                span = new int[] {Math.min(span[0], more[0]), Math.max(span[1], more[1])};
            }
        }
        if (span == null || Spans.words(ctx.doc().text().substring(span[0], span[1])) < 3) {
            return null;
        }
        return new Content(span, null);
    }

    /**
     * A verb with no complement reports what stands beside it: a quote right before or after it, the clause it
     * interrupts ("Talks will resume soon, Ana Soto said, ..."), or, for a verb with no other sense, the rest of the
     * sentence.
     */
    private static Content contentBeside(StatementContext ctx, Sentence s, int v, String lemma, Set<Integer> exclude) {
        Optional<Quote> q = ctx.quotes().adjacentQuote(s, v);
        // 'accused them of "meddling" and said Ruritania would not yield': a clause right after the verb is what it
        // says, whatever the parser made of it, not the quotation that ends before it.
        if (q.isPresent() && q.get().end() <= s.token(v).begin() && ctx.verbs().isClauseVerb(lemma) && clauseAfter(s, v)) {
            int[] rest = Spans.restOfSentence(s, v);
            if (rest != null) {
                return new Content(rest, null);
            }
        }
        if (q.isPresent()) {
            return new Content(new int[] {q.get().begin(), q.get().end()}, null);
        }
        int reported = Arguments.governor(s, v, "parataxis");
        if (reported < 0 || reported > v) {
            reported = frontedClause(s, v);
        }
        if (reported >= 0 && reported < v && labelBefore(s, v, reported)) {
            return null;
        }
        int[] span;
        int[] trailing = trailingAttribution(s, v);
        int apposed = VerbSides.apposedReporter(s, v);
        // ", deepening a row": a participle after the attribution leaves it closing the clause before it.
        int[] closing = trailing != null ? trailing : reported >= 0 && reported < v ? Spans.beforeClosingAttribution(s, v) : null;
        if (closing != null && reported >= 0 && !s.parents(reported).isEmpty() && s.parents(reported).get(0).governor() >= 0) {
            // "X met Y and agreed to Z, the ministry said": hung on a verb deep inside, the attribution still reports
            // the whole sentence before it.
            span = closing;
        } else if (reported >= 0 && reported < v) {
            // "A was to visit Lima, but the trip was called off, the ministry said": the parser may hang the attribution
            // on the last conjunct; it reports the clauses joined before it too.
            int first = Arguments.governor(s, reported, "conj");
            boolean clauseHead = first >= 0 && (s.token(first).isVerb() || s.parents(first).stream().anyMatch(d -> d.governor() < 0));
            if (clauseHead && first < reported) {
                reported = first;
            }
            // The clause before the attribution is the content, up to the speaker's name.
            int attribution = v;
            for (int sp : Arguments.dependents(s, v, "nsubj")) {
                attribution = Math.min(attribution, Collections.min(Arguments.subtree(s, sp, Set.of(v))));
            }
            int cut = attribution;
            Set<Integer> tokens = new HashSet<>(Arguments.subtree(s, reported, Set.of(v)));
            tokens.removeIf(i -> i >= cut);
            span = Spans.span(s, reported, tokens, exclude);
            // The parser may have hung part of the clause on the attribution ("met X, then Y, the ministry said").
            int[] surface = Spans.beforeClosingAttribution(s, v);
            if (span != null && surface != null && surface[0] <= span[0] && surface[1] > span[1]) {
                span = surface;
            }
        } else if (apposed >= 0) {
            // "X will visit Lima at the invitation of his counterpart, Y, the ministry said on Tuesday, a week after ...":
            // the reporter the parser made an apposition reports the clause before its comma.
            int comma = Collections.min(Arguments.subtree(s, apposed, Set.of())) - 1;
            int from = Spans.afterDateline(s, comma);
            span = comma - from < 3 ? null : new int[] {s.token(from).begin(), s.token(comma - 1).end()};
        } else {
            span = trailingAttribution(s, v);
            if (span == null && !Arguments.dependents(s, v, "nsubj").isEmpty()) {
                // "Talks were put off, the minister said on Monday, citing the weather": the parser may hang the
                // attribution on a word of the participle's phrase; the surface still shows what it reports.
                span = Spans.beforeClosingAttribution(s, v);
            }
            if (span == null && ctx.verbs().isClauseVerb(lemma)) {
                // "told reporters the talks would resume": the hearer right after the verb is not said.
                int from = v;
                if (ctx.verbs().takesHearerObject(lemma)) {
                    for (int h : Arguments.dependents(s, v, "iobj", "obj")) {
                        // "told TASS after the call that ...": an object that names someone is the hearer; "wrote an
                        // op-ed" is what was written.
                        boolean someone = s.token(h).isProperNoun() || s.token(h).isPronoun()
                                || s.token(h).lemma().toLowerCase(Locale.ROOT).matches("reporter|journalist|correspondent|lawmaker|audience|crowd");
                        if (!someone && !Arguments.dependents(s, v, "iobj").contains(h)) {
                            continue;
                        }
                        Set<Integer> hearer = Arguments.subtree(s, h, Set.of(v));
                        if (Collections.min(hearer) == v + 1) {
                            from = Collections.max(hearer);
                        }
                    }
                }
                span = Spans.restOfSentence(s, from);
            }
        }
        return span == null ? null : new Content(span, null);
    }

    /**
     * Whether the words before the speaker of {@code v} are a label ending in a colon ("Photo caption: Ana Soto
     * welcomes Ivo Ruiz"): a noun phrase, not a clause the speaker reports.
     */
    private static boolean labelBefore(Sentence s, int v, int reported) {
        int start = v;
        for (int sp : Arguments.dependents(s, v, "nsubj")) {
            start = Math.min(start, Collections.min(Arguments.subtree(s, sp, Set.of(v))));
        }
        return start > 0 && s.token(start - 1).word().equals(":") && s.token(reported).isNoun();
    }

    /** Whether clause {@code c} opens with a relative "that" or "which" as its subject, right after a noun. */
    private static boolean relativeThat(Sentence s, int c) {
        return Arguments.dependents(s, c, "nsubj", "nsubj:pass").stream().anyMatch(n -> s.token(n).pos().equals("WDT")
                && s.token(n).word().matches("(?i)that|which") && n > 0 && s.token(n - 1).isNoun());
    }

    /** Whether token {@code t} is a participle right after a comma ("..., noting"). */
    private static boolean participleAfterComma(Sentence s, int t) {
        return t > 0 && s.token(t).pos().equals("VBG") && s.token(t - 1).word().equals(",");
    }

    /** Whether a clause follows verb {@code v} at once: an optional "that", a short noun phrase, then a finite verb. */
    private static boolean clauseAfter(Sentence s, int v) {
        int k = v + 1;
        if (k < s.tokens().size() && s.token(k).word().equalsIgnoreCase("that")) {
            k++;
        }
        int subject = k;
        while (k < s.tokens().size() && k - subject < 5 && (s.token(k).isNoun() || s.token(k).pos().matches("DT|JJ|PRP\\$?|POS"))) {
            k++;
        }
        return k > subject && k < s.tokens().size() && s.token(k).pos().matches("MD|VBD|VBZ|VBP");
    }

    /**
     * "Oslo will host the talks next month, Foreign Minister Ana Soto announced on Wednesday.": an attribution that
     * ends the sentence after a comma, however the parser hung it, reports everything before that comma (after a
     * dateline such as "OSLO —"); null when the verb has no subject there or words follow it that are not its own.
     */
    private static int[] trailingAttribution(Sentence s, int v) {
        List<Integer> subjects = Arguments.dependents(s, v, "nsubj");
        if (subjects.isEmpty()) {
            return null;
        }
        Set<Integer> own = Arguments.subtree(s, v, Set.of());
        int first = Collections.min(Arguments.subtree(s, subjects.get(0), Set.of(v)));
        if (first < 3 || !s.token(first - 1).word().equals(",")) {
            return null;
        }
        for (int i = first; i < s.tokens().size(); i++) {
            if (!own.contains(i) && !s.token(i).word().matches("\\p{Punct}+")) {
                return null;
            }
        }
        // Only a short tail of its own may follow the verb ("on Wednesday", "in a statement"), never a clause.
        int tail = s.tokens().size() - 1 - v;
        for (int i = v + 1; i < s.tokens().size(); i++) {
            if (s.token(i).isVerb() || s.token(i).word().matches("[\"“”]|``|''")) {
                return null;
            }
        }
        if (tail > 8 || !Arguments.dependents(s, v, "obj", "xcomp", "ccomp").isEmpty()) {
            return null;
        }
        int from = Spans.afterDateline(s, first);
        int to = first - 2;
        boolean clause = false;
        for (int i = from; i <= to; i++) {
            clause |= s.token(i).pos().matches("VBD|VBZ|VBP|MD");
        }
        return to - from < 2 || !clause ? null : new int[] {s.token(from).begin(), s.token(to).end()};
    }

    /**
     * "The talks will resume, her office announced": a clause before the verb, ended by a comma, with a subject of
     * its own and no subordinator, which the parser hung below the verb as advcl or dep; -1 if none. "After the
     * talks ended, X announced ..." has a subordinator and is no content.
     */
    private static int frontedClause(Sentence s, int v) {
        for (int c : Arguments.dependents(s, v, "advcl", "dep", "parataxis")) {
            boolean ownSubject = !Arguments.dependents(s, c, "nsubj", "nsubj:pass").isEmpty();
            boolean subordinated = !Arguments.dependents(s, c, "mark").isEmpty()
                    || !Arguments.dependents(s, c, "advmod").stream().filter(a -> a < c)
                            .filter(a -> s.token(a).pos().startsWith("W")).toList().isEmpty();
            Set<Integer> clause = Arguments.subtree(s, c, Set.of(v));
            int last = Collections.max(clause);
            boolean comma = last + 1 < v && s.token(last + 1).word().equals(",");
            if (c < v && ownSubject && !subordinated && comma && s.token(c).isVerb()) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The complement introduced by "for" after an appeal verb: an oblique, or a "for X to Y" clause; -1 if none. A
     * for-phrase before the verb asks for nothing ("Ana Soto, for her part, called on ...").
     */
    private static int forComplement(Sentence s, int v) {
        List<Integer> obl = Arguments.dependents(s, v, "obl:for").stream().filter(o -> o > v).toList();
        if (!obl.isEmpty()) {
            return obl.get(0);
        }
        for (int c : Arguments.dependents(s, v, "advcl", "advcl:to", "advcl:for")) {
            for (Dependency d : s.children(c)) {
                // "called on Friday for Ruritania to halt ...": a phrase of time may stand between.
                boolean next = d.dependent() > v && java.util.stream.IntStream.range(v + 1, d.dependent())
                        .allMatch(i -> s.token(i).ner().matches("DATE|TIME") || s.token(i).pos().matches("IN|DT"));
                if (d.base().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase("for") && next) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** The first actor that token {@code t} names other than {@code not} (the speaker): the addressee; or null. */
    /**
     * Whether object {@code o} of verb {@code v} is someone: an actor, a pronoun, a title or a word for a group of
     * people, or anyone welcomed to somewhere ("welcomed the students to the city hall").
     */
    private static boolean guests(StatementContext ctx, Sentence s, int v, int o) {
        String lemma = s.token(o).lemma().toLowerCase(java.util.Locale.ROOT);
        return !ctx.args().actors(s, o).isEmpty() || s.token(o).isPronoun() || s.token(o).isProperNoun() || GROUP_NOUNS.contains(lemma)
                || TitleLexicon.isTitleWord(lemma) || !Arguments.dependents(s, v, "obl:to").isEmpty()
                || !Arguments.dependents(s, o, "nmod:to").isEmpty();
    }

    private static String firstActor(StatementContext ctx, Sentence s, int t, String not) {
        for (String id : ctx.args().actors(s, t)) {
            if (!id.equals(not)) {
                return id;
            }
        }
        return null;
    }
}
