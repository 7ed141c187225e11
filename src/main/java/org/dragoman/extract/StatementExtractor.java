package org.dragoman.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.EventDate;
import org.dragoman.model.Evidence;
import org.dragoman.model.Meeting;
import org.dragoman.model.SpeechAct;
import org.dragoman.model.Statement;
import org.dragoman.model.Status;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Quote;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Finds attributed statements: reporting verbs with a clause, infinitive or object ("X said that ...", "X urged
 * Y to ...", "X highlighted the need ...", "..., X said"), "according to X", attributions the layout makes (see
 * {@link LineAttributions}) and direct quotes attributed by CoreNLP. Where the parse fails, the surface is read
 * (a name, an appositive, a reporting verb, a clause). Speakers are always named actors, reached through the
 * previous subject, the previous speaker or coreference when the text uses a pronoun.
 *
 * <p>One instance reads one article: it remembers the statements found so far, in reading order.
 */
final class StatementExtractor {
    private static final Set<String> SOURCE_NOUNS = Set.of("post", "statement", "report", "letter", "tweet", "message",
            "communique", "communiqué", "release", "announcement", "note", "declaration", "spokesman", "spokesperson",
            "spokeswoman", "office", "interview", "remarks", "comment", "comments", "speech", "address", "readout",
            "account", "blog", "article", "op-ed", "editorial", "source", "sources", "aide", "adviser", "website");
    private static final Set<String> APPEAL_FOR = Set.of("call", "ask", "appeal", "press", "push", "plead");

    private final AnnotatedArticle doc;
    private final GenderLexicon genders;
    /** Statements found so far, in reading order: "he added" and "the statement said" continue them. */
    private final List<Statement> told = new ArrayList<>();

    StatementExtractor(AnnotatedArticle doc, GenderLexicon genders) {
        this.doc = doc;
        this.genders = genders;
    }

    /**
     * Every statement the rules propose, in reading order, with the features the attribution model decides by.
     * Candidates may overlap: {@link Draft#decide} keeps one statement per content span.
     */
    List<AttributionCandidate> extract(EntityIndex index, DateResolver dates, List<Event> meetings) {
        Arguments args = new Arguments(index);
        LineAttributions lines = new LineAttributions(doc);
        told.clear();
        List<AttributionCandidate> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                boolean lexicon = SpeechActs.CUE_VERBS.contains(lemma) || SpeechActs.QUOTE_ONLY.contains(lemma);
                // Verbs outside the lexicon that take a clause are candidates too: the model learned which report.
                boolean clause = !lexicon && (!Arguments.dependents(s, t.index(), "ccomp").isEmpty()
                        || Arguments.dependents(s, t.index(), "xcomp").stream().anyMatch(x -> isInfinitive(s, x)));
                // "called off the visit": the particle "off" makes the verb a cancellation, not speech.
                boolean cancellation = s.children(t.index()).stream().anyMatch(d -> d.relation().equals("compound:prt")
                        && s.token(d.dependent()).word().equalsIgnoreCase("off"));
                if (t.isVerb() && (lexicon || clause) && !cancellation && !insideQuote(s, t)) {
                    Optional<Statement> found = cueVerb(doc, s, t.index(), args, dates);
                    String rule = lexicon ? "cue-verb" : AttributionModel.MODEL_ONLY_RULE;
                    if (found.isEmpty() && lexicon) {
                        found = surfaceCue(s, t.index(), args, dates);
                        rule = "surface-cue";
                    }
                    propose(out, rule, s, t.index(), found, index);
                }
                for (Dependency d : s.children(t.index())) {
                    if (d.relation().equals("obl:according_to") || d.relation().equals("nmod:according_to")) {
                        propose(out, "according-to", s, t.index(), accordingTo(doc, s, t.index(), d.dependent(), args, dates), index);
                    }
                }
            }
            propose(out, "headline", s, -1, lines.headline(s, args).or(() -> lines.signedHeadline(s, args)), index);
            propose(out, "speaker-line", s, -1, lines.speakerLine(s, args), index);
            propose(out, "surface-according-to", s, -1, surfaceAccordingTo(s, args, dates), index);
        }
        for (Statement st : lines.signedQuotes(args)) {
            propose(out, "signed-quote", doc.sentenceAt(st.evidence().begin()), -1, Optional.of(st), index);
        }
        for (Statement st : quotes(doc, index, args, told, dates)) {
            propose(out, "corenlp-quote", doc.sentenceAt(st.evidence().begin()), -1, Optional.of(st), index);
        }
        List<AttributionCandidate> withContext = new ArrayList<>();
        for (AttributionCandidate c : out) {
            withContext.add(c.with(inheritMeeting(doc, c.statement(), meetings)));
        }
        return withContext;
    }

    private void propose(List<AttributionCandidate> out, String rule, Sentence s, int cue, Optional<Statement> found,
                         EntityIndex index) {
        if (found.isEmpty()) {
            return;
        }
        Statement st = found.get();
        told.add(st);
        out.add(new AttributionCandidate(st, rule, AttributionFeatures.of(doc, s, cue, rule, st, index)));
    }

    /**
     * "'... I announce the passing of ...'": reported speech inside a quotation is part of the quoted speaker's
     * own statement. Where quote marks inside the quotation make its pairing doubtful, only a first- or
     * second-person report counts as inside.
     */
    private boolean insideQuote(Sentence s, Token t) {
        boolean firstPerson = Arguments.dependents(s, t.index(), "nsubj").stream()
                .anyMatch(i -> s.token(i).word().matches("(?i)i|we|you"));
        // A quotation that opens with a mark and a space ('" Ana wrote, "...') was paired across a closing mark.
        return doc.quotes().stream().anyMatch(q -> q.begin() < t.begin() && t.end() < q.end()
                && !Character.isWhitespace(doc.text().charAt(q.begin() + 1))
                && (firstPerson || !doc.text().substring(q.begin() + 1, t.begin()).matches("(?s).*[\"“”].*")));
    }

    private Optional<Statement> cueVerb(AnnotatedArticle doc, Sentence s, int v, Arguments args, DateResolver dates) {
        String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
        List<String> speakers = speakers(s, v, args);
        if (speakers.isEmpty()) {
            return Optional.empty();
        }
        String speaker = speakers.get(0);
        String addressee = null;
        int[] span = null;
        if (SpeechActs.QUOTE_ONLY.contains(lemma)) {
            Optional<Quote> q = adjacentQuote(doc, s, v);
            if (q.isEmpty()) {
                return Optional.empty();
            }
            int[] quoted = joinInterruptedQuote(s, v, new int[] {q.get().begin(), q.get().end()});
            return statement(doc, s, speaker, null, s.token(v).word(), SpeechAct.STATEMENT, quoted, v, dates);
        }
        List<Integer> clauses = Arguments.dependents(s, v, "ccomp");
        if (clauses.isEmpty()) {
            // Parsers often hang the reported clause as parataxis or dep: "X said in a statement, Y would ...".
            boolean objectIsContent = SpeechActs.OBJECT_CONTENT.contains(lemma) && !Arguments.dependents(s, v, "obj").isEmpty();
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
            exclude.addAll(subtree(s, sp, Set.of(v)));
        }
        if (!clauses.isEmpty()) {
            span = range(s, clauses.get(0), exclude);
            boolean clauseHasSubject = !Arguments.dependents(s, clauses.get(0), "nsubj", "nsubj:pass", "expl").isEmpty();
            for (int o : Arguments.dependents(s, v, "obj", "iobj", "obl:to")) {
                boolean object = s.children(v).stream().anyMatch(d -> d.dependent() == o && d.base().equals("obj"));
                int[] objectSpan = object && span != null && o < clauses.get(0) ? range(s, o, exclude) : null;
                boolean adjacent = objectSpan != null && objectSpan[1] <= span[0]
                        && doc.text().substring(objectSpan[1], span[0]).isBlank();
                if (adjacent && (!clauseHasSubject || !SpeechActs.HEARER_OBJECT.contains(lemma))) {
                    // "indicated the Ruritanian side was unhappy": the parser took the clause's subject as object.
                    span = new int[] {Math.min(span[0], objectSpan[0]), span[1]};
                } else if (SpeechActs.HEARER_OBJECT.contains(lemma) || !object) {
                    addressee = firstActor(s, o, args, speaker);
                }
            }
        } else if (APPEAL_FOR.contains(lemma) && forComplement(s, v) >= 0) {
            // "called for joint action to stop ...", "asked for patience", "calling for the smugglers to be tried".
            int complement = forComplement(s, v);
            Set<Integer> tokens = new HashSet<>(subtree(s, complement, exclude));
            for (int x : infinitives) {
                if (x > complement) {
                    tokens.addAll(subtree(s, x, exclude));
                }
            }
            tokens.removeAll(exclude);
            if (!tokens.isEmpty() && s.token(Collections.min(tokens)).word().equalsIgnoreCase("for")) {
                tokens.remove(Collections.min(tokens));
            }
            span = span(s, complement, tokens, exclude);
        } else if (!infinitives.isEmpty() && isInfinitive(s, infinitives.get(0))) {
            span = range(s, infinitives.get(0), exclude);
            for (int o : objects) {
                addressee = firstActor(s, o, args, speaker);
                exclude.addAll(subtree(s, o, Set.of(v)));
            }
            span = range(s, infinitives.get(0), exclude);
        } else if (SpeechActs.OBJECT_CONTENT.contains(lemma) && !objects.isEmpty()) {
            // "called the drought the worst in a century", 'called the deal "void"': parsers hang the predicate on the
            // object, or take it for a modifier.
            int object = objects.get(0);
            boolean quotedAfter = object + 1 < s.tokens().size() && s.token(object + 1).word().matches("``|\"|“");
            boolean predicateOnObject = quotedAfter || !Arguments.dependents(s, object, "dep", "xcomp").isEmpty();
            if (SpeechActs.NEEDS_PREDICATE.contains(lemma) && !predicateOnObject && Arguments.dependents(s, v, "xcomp", "obl:as",
                    "obl:for", "obl:with", "obl:of", "advcl:with", "advcl:for", "advcl:as").isEmpty()) {
                return Optional.empty();
            }
            span = objectWithComplements(s, v, objects.get(0), exclude);
            // "described the statement", "named a successor": a bare noun phrase is not a reported content.
            if (span != null && words(doc.text().substring(span[0], span[1])) < 3) {
                return Optional.empty();
            }
        } else {
            Optional<Quote> q = adjacentQuote(doc, s, v);
            int reported = Arguments.governor(s, v, "parataxis");
            if (q.isEmpty() && reported >= 0 && reported < v) {
                // "Talks will resume soon, Ana Soto said, ...": the clause before the attribution is the content.
                int attribution = v;
                for (int sp : Arguments.dependents(s, v, "nsubj")) {
                    attribution = Math.min(attribution, Collections.min(subtree(s, sp, Set.of(v))));
                }
                int cut = attribution;
                Set<Integer> tokens = new HashSet<>(subtree(s, reported, Set.of(v)));
                tokens.removeIf(i -> i >= cut);
                span = span(s, reported, tokens, exclude);
            } else if (q.isEmpty()) {
                span = SpeechActs.CLAUSE_VERBS.contains(lemma) ? restOfSentence(s, v) : null;
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
        span = joinInterruptedQuote(s, v, span);
        span = cutAtOwnAttribution(s, v, span);
        span = cutAtNextReport(s, v, span);
        String cue = s.token(v).word();
        if (APPEAL_FOR.contains(lemma) && forComplement(s, v) >= 0 && clauses.isEmpty()) {
            cue = cue + " for";
        }
        return statement(doc, s, speaker, addressee, cue, SpeechActs.of(lemma), span, v, dates);
    }

    /**
     * "indicated the deal was off: 'We regret it,' he said": a quote inside the content that carries its own
     * attribution is a statement of its own, so the content stops before it.
     */
    private int[] cutAtOwnAttribution(Sentence s, int v, int[] span) {
        for (Token w : s.tokens()) {
            if (w.index() == v || w.begin() < span[0] || w.end() > span[1] || !w.isVerb()
                    || !SpeechActs.CUE_VERBS.contains(w.lemma().toLowerCase(Locale.ROOT))
                    || Arguments.dependents(s, w.index(), "nsubj").isEmpty()) {
                continue;
            }
            for (Quote q : doc.quotes()) {
                boolean attributes = q.begin() > span[0] && q.end() <= w.begin() && w.begin() - q.end() <= 40
                        && !doc.text().substring(q.end(), w.begin()).matches("(?s).*\\p{L}+\\s+\\p{L}+\\s+\\p{L}+.*");
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
     * "called for calm, warning that ..." and "noted ..., and mentioned ...": a second reporting verb starts a
     * statement of its own, so the content stops before it.
     */
    private static int[] cutAtNextReport(Sentence s, int v, int[] span) {
        for (Token w : s.tokens()) {
            if (w.index() <= v) {
                continue;
            }
            boolean participle = w.pos().equals("VBG") && s.token(w.index() - 1).word().equals(",");
            // "noted that the vote failed, and mentioned an appeal": a second reporting verb of the same speaker.
            boolean conjoined = w.pos().matches("VBD|VBZ") && s.token(w.index() - 1).word().matches("(?i)and|but");
            if (w.begin() > span[0] && w.end() <= span[1] && (participle || conjoined)
                    && SpeechActs.CUE_VERBS.contains(w.lemma().toLowerCase(Locale.ROOT))) {
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
     * "Ana Soto, an envoy who led the talks, cautioned peace would take time": read from the surface when the
     * parser gave the reporting verb no named subject. The speaker is the name right before the verb, or before an
     * appositive set off by commas; the content is the rest of the sentence and must hold a verb or a quote.
     */
    private Optional<Statement> surfaceCue(Sentence s, int v, Arguments args, DateResolver dates) {
        Token cue = s.token(v);
        if (!cue.pos().matches("VBD|VBZ|VBP|VBN") || !speakers(s, v, args).isEmpty()) {
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
        String speaker;
        if (s.token(left).word().equals(",")) {
            speaker = nameEndingAt(s, left - 1, args);
            int open = left - 1;
            while (speaker == null && open > 0 && left - open < 30 && !s.token(open).word().equals(",")
                    && !s.token(open).word().matches("[\"“”'`]+")) {
                open--;
            }
            if (speaker == null && open > 0 && s.token(open).word().equals(",")) {
                speaker = nameEndingAt(s, open - 1, args);
            }
        } else {
            speaker = nameEndingAt(s, left, args);
        }
        if (speaker == null) {
            return Optional.empty();
        }
        int[] rest = SpeechActs.CLAUSE_VERBS.contains(cue.lemma().toLowerCase(Locale.ROOT)) ? restOfSentence(s, v) : null;
        if (rest == null) {
            return Optional.empty();
        }
        int[] span = cutAtOwnAttribution(s, v, rest);
        return statement(doc, s, speaker, null, cue.word(), SpeechActs.of(cue.lemma().toLowerCase(Locale.ROOT)), span, v,
                dates);
    }

    /**
     * What follows the reporting verb to the end of the sentence, when the parser gave the verb no complement:
     * it must hold a verb or a quote and three words; null otherwise.
     */
    private static int[] restOfSentence(Sentence s, int v) {
        int from = v + 1;
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

    /**
     * The speaker whose name ends at token {@code i}, or null. A name that is the object of a preposition
     * ("advisers to Ana Soto say", "emails read by the Agency suggest") is not the subject.
     */
    private static String nameEndingAt(Sentence s, int i, Arguments args) {
        if (i < 0 || !s.token(i).isProperNoun()) {
            return null;
        }
        Optional<Entity> named = args.entity(s, i);
        int start = i;
        while (start > 0 && named.isPresent() && args.entity(s, start - 1).equals(named)) {
            start--;
        }
        // Titles and determiners belong to the name: "the Acme Party", "Mr. Soto", "Senator Ana Soto".
        while (start > 0 && (s.token(start - 1).ner().equals("TITLE")
                || s.token(start - 1).word().matches("(?i)the|mr\\.?|mrs\\.?|ms\\.?|dr\\.?"))) {
            start--;
        }
        if (start > 0 && s.token(start - 1).pos().matches("IN|TO")) {
            return null;
        }
        return args.entity(s, i).filter(e -> e.type().isActor()).map(Entity::id).orElse(null);
    }

    /**
     * "'Part one,' she said, 'part two.'": a quote that ends just before the attribution and one that starts
     * right after it are one statement.
     */
    private int[] joinInterruptedQuote(Sentence s, int v, int[] span) {
        Quote before = null;
        Quote after = null;
        int attributionStart = s.token(v).begin();
        int attributionEnd = s.token(v).end();
        for (Dependency d : s.children(v)) {
            boolean namedAfter = (d.base().equals("obj") || d.base().equals("nsubj")) && d.dependent() > v
                    && s.token(d.dependent()).isProperNoun();
            if (d.base().equals("nsubj") || namedAfter) {
                // The subject with its name: "tweeted Ana Soto" ends after the surname.
                for (int t : subtree(s, d.dependent(), Set.of(v))) {
                    attributionStart = Math.min(attributionStart, s.token(t).begin());
                    attributionEnd = Math.max(attributionEnd, s.token(t).end());
                }
            }
        }
        for (int i = v + 1; i < s.tokens().size() && s.token(i).isProperNoun(); i++) {
            attributionEnd = Math.max(attributionEnd, s.token(i).end());
        }
        for (int i = v - 1; i >= 0 && (s.token(i).isProperNoun() || s.token(i).ner().equals("TITLE")); i--) {
            attributionStart = Math.min(attributionStart, s.token(i).begin());
        }
        for (Quote q : doc.quotes()) {
            int gapBefore = attributionStart - q.end();
            int gapAfter = q.begin() - attributionEnd;
            if (gapBefore >= 0 && gapBefore <= 4 && q.begin() <= span[1]) {
                before = q;
            }
            if (gapAfter >= 0 && gapAfter <= 12 && !doc.text().substring(attributionEnd, q.begin()).matches(".*\\p{L}{3,}.*")) {
                after = q;
            }
            // '"...," said Ana Soto, speaking of the talks. "...."': a quote that stands alone right after goes on.
            if (after == null && gapAfter >= 0 && gapAfter <= 120 && standsAlone(q)
                    && doc.text().substring(attributionEnd, q.begin()).matches("(?s)[^\"“”\n]*\\.\\s+")) {
                after = q;
            }
        }
        if (before != null && after != null && span[0] >= before.begin() - 1 && span[1] <= before.end() + 1) {
            return new int[] {before.begin(), after.end()};
        }
        return span;
    }

    /** A quotation that is a sentence of its own: nothing but punctuation follows it before the line ends. */
    private boolean standsAlone(Quote q) {
        int end = Math.min(doc.text().length(), q.end() + 3);
        String after = doc.text().substring(q.end(), end);
        return after.isBlank() || after.matches("(?s)[\\s.,;)]*(\\n.*)?");
    }

    private Optional<Statement> accordingTo(AnnotatedArticle doc, Sentence s, int head, int source, Arguments args,
                                            DateResolver dates) {
        List<String> speakers = sourceActors(s, source, args);
        if (speakers.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> exclude = new HashSet<>(subtree(s, source, Set.of(head)));
        for (Dependency d : s.children(source)) {
            exclude.add(d.dependent());
        }
        int[] span = range(s, head, exclude);
        if (span == null) {
            return Optional.empty();
        }
        return statement(doc, s, speakers.get(0), null, "according to", SpeechAct.STATEMENT, span, head, dates);
    }

    /**
     * "CONTENT, according to X." and "According to X, CONTENT." read from the surface, since parsers often
     * mis-attach "according to".
     */
    private Optional<Statement> surfaceAccordingTo(Sentence s, Arguments args, DateResolver dates) {
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
                // "according to Syrian state media": the adjective names the media's country, not the source.
                if (s.token(j).ner().equals("NATIONALITY")) {
                    continue;
                }
                Optional<Entity> e = args.entity(s, j);
                if (e.isPresent() && e.get().type().isActor()) {
                    int r = e.get().type().ordinal();
                    if (r < rank) {
                        rank = r;
                        speaker = e.get().id();
                    }
                }
            }
            if (speaker == null) {
                return Optional.empty();
            }
            int[] span;
            int before = i - 1;
            while (before > 0 && toks.get(before).word().matches(",|''|\"|”|’|`+")) {
                before--;
            }
            if (before < i - 1 && before > 0) {
                span = new int[] {toks.get(0).begin(), toks.get(before).end()};
            } else if (i == 0 && end < toks.size() - 1) {
                span = new int[] {toks.get(end + 1).begin(), toks.get(toks.size() - 1).end()};
            } else {
                return Optional.empty();
            }
            return statement(doc, s, speaker, null, "according to", SpeechAct.STATEMENT, span, i, dates);
        }
        return Optional.empty();
    }

    private List<Statement> quotes(AnnotatedArticle doc, EntityIndex index, Arguments args, List<Statement> found,
                                   DateResolver dates) {
        List<Statement> out = new ArrayList<>();
        for (Quote q : doc.quotes()) {
            boolean covered = false;
            for (Statement st : found) {
                if (st.evidence().begin() <= q.begin() + 1 && st.evidence().end() >= q.end() - 1) {
                    covered = true;
                    break;
                }
            }
            if (covered || q.speakerMention() == null || words(q.text()) < 4) {
                continue;
            }
            Sentence s = doc.sentences().get(q.speakerMention().sentence());
            // CoreNLP reaches for speakers in other sentences; only a speaker beside the quote is trusted.
            if (q.end() < s.begin() - 3 || q.begin() > s.end() + 3) {
                continue;
            }
            Optional<Entity> speaker = index.at(s.index(), q.speakerMention().head());
            if (speaker.isEmpty() || !speaker.get().type().isActor()) {
                continue;
            }
            boolean sameSentenceSameSpeaker = found.stream().anyMatch(st -> st.speaker().equals(speaker.get().id())
                    && st.evidence().sentence().equals(s.text()) && q.begin() >= s.begin() && q.end() <= s.end() + 1);
            if (sameSentenceSameSpeaker) {
                continue;
            }
            // CoreNLP's attribution is only trusted next to a reporting verb of that speaker.
            boolean cueNearby = false;
            String cue = "said";
            for (Dependency d : s.parents(q.speakerMention().head())) {
                if (d.base().equals("nsubj") && d.governor() >= 0
                        && SpeechActs.CUE_VERBS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
                    cueNearby = true;
                    cue = s.token(d.governor()).word();
                }
            }
            if (!cueNearby) {
                continue;
            }
            int[] span = {q.begin(), q.end()};
            statement(doc, s, speaker.get().id(), null, cue, SpeechAct.STATEMENT, span, q.speakerMention().head(), dates)
                    .ifPresent(out::add);
        }
        return out;
    }

    private Optional<Statement> statement(AnnotatedArticle doc, Sentence s, String speaker, String addressee, String cue,
                                          SpeechAct act, int[] span, int anchor, DateResolver dates) {
        if (span[1] <= span[0]) {
            // The cuts at a later report can leave nothing of a clause the parser made too short.
            return Optional.empty();
        }
        int[] extended = extendToQuotes(doc, span);
        String raw = doc.text().substring(extended[0], extended[1]);
        String content = clean(raw);
        if (words(content) < 2) {
            return Optional.empty();
        }
        double share = quotedShare(doc, extended);
        List<Quote> inside = doc.quotes().stream().filter(q -> q.begin() >= extended[0] - 4 && q.end() <= extended[1] + 1).toList();
        boolean startsWithQuote = !inside.isEmpty()
                && doc.text().substring(extended[0], inside.get(0).begin()).strip().matches("(?i)(the|a|an)?");
        boolean direct = startsWithQuote && share >= 0.6 || share >= 0.8;
        if (startsWithQuote && share >= 0.6) {
            // 'the "reckless border policy ... has to stop" with a nod to X': the quote is the content.
            content = inside.size() >= 2 && share >= 0.8
                    ? String.join(" ", inside.stream().map(q -> clean(q.text())).toList())
                    : clean(inside.get(0).text());
        }
        EventDate date = dates.attachedDate(s, anchor);
        Status status = EventStatus.of(s, anchor, null, null);
        if (status != Status.PLANNED && status != Status.HYPOTHETICAL) {
            status = Status.OCCURRED;
        }
        if (addressee != null && addressee.equals(speaker)) {
            addressee = null;
        }
        Evidence evidence = new Evidence(s.text(), extended[0], extended[1]);
        return Optional.of(new Statement(speaker, addressee, content, cue, direct, act, status, date, null, evidence,
                direct ? 0.85 : 0.75));
    }

    private List<String> speakers(Sentence s, int v, Arguments args) {
        // ", calling for ...", ", saying ...": a participle after a comma speaks for the main clause's subject,
        // wherever the parser hung it.
        int modified = Arguments.governor(s, v, "acl");
        boolean onPrepositionObject = modified >= 0 && !Arguments.dependents(s, modified, "case").isEmpty()
                || Arguments.dependents(s, v, "mark").stream().anyMatch(m -> m < v - 1 && s.token(m).pos().equals("IN"));
        // "posted a message on the site blaming ...": a participle on a prepositional object speaks for the subject too.
        if (s.token(v).pos().equals("VBG") && v > 0 && (s.token(v - 1).word().equals(",") || onPrepositionObject)) {
            for (Dependency root : s.children(-1)) {
                if (root.dependent() != v && s.token(root.dependent()).isVerb()) {
                    List<String> main = new ArrayList<>();
                    for (int t : Arguments.dependents(s, root.dependent(), "nsubj")) {
                        main.addAll(sourceActors(s, t, args));
                    }
                    if (!main.isEmpty()) {
                        return main;
                    }
                }
            }
        }
        boolean afterQuote = v == 0 || v >= 1 && s.token(v - 1).word().matches("''|\"|”|’")
                || v >= 2 && s.token(v - 1).word().equals(",") && s.token(v - 2).word().matches("''|\"|”|’");
        if (afterQuote && Arguments.dependents(s, v, "nsubj").isEmpty()) {
            // '"...", wrote President Ana Soto.': the speaker follows the verb, whatever the parser made of it.
            for (int i = v + 1; i < s.tokens().size() && !s.token(i).word().matches("[.,;:]"); i++) {
                Optional<Entity> e = args.entity(s, i);
                if (s.token(i).isProperNoun() && e.isPresent() && e.get().type().isActor()) {
                    return List.of(e.get().id());
                }
            }
        }
        int conjoinedWith = Arguments.governor(s, v, "conj");
        int reporter = conjoinedWith >= 0 ? Arguments.governor(s, conjoinedWith, "ccomp") : -1;
        if (reporter >= 0 && reporter < v && SpeechActs.CUE_VERBS.contains(s.token(reporter).lemma().toLowerCase(Locale.ROOT))) {
            // "noted that the vote failed, and mentioned an appeal": the parser hung the second report on the
            // reported clause; it is the reporter's.
            return speakers(s, reporter, args);
        }
        if (!Arguments.dependents(s, v, "aux:pass").isEmpty()) {
            // "was called a threat": only an agent speaks; the passive subject was spoken about.
            List<String> agents = new ArrayList<>();
            for (int t : Arguments.dependents(s, v, "obl:agent")) {
                agents.addAll(sourceActors(s, t, args));
            }
            return agents;
        }
        int node = v;
        for (int hop = 0; hop < 3; hop++) {
            List<String> out = new ArrayList<>();
            for (int t : Arguments.dependents(s, node, "nsubj", "obl:agent")) {
                out.addAll(sourceActors(s, t, args));
            }
            if (!out.isEmpty()) {
                // "a State Department spokesperson, Ana Soto, indicated": the person speaks for the body.
                List<String> people = out.stream().filter(id -> args.index().byId(id)
                        .map(e -> e.type() == EntityType.PERSON).orElse(false)).toList();
                return people.isEmpty() ? out : people;
            }
            if (!Arguments.dependents(s, node, "nsubj").isEmpty() && hop == 0) {
                return List.of();
            }
            int gov = Arguments.governor(s, node, "advcl", "xcomp", "conj", "acl", "dep");
            if (gov < 0 || !s.token(gov).isVerb() && hop > 0) {
                return List.of();
            }
            node = gov;
        }
        return List.of();
    }

    /** Actors that a source phrase names: directly, or "a post by X", "X's statement". */
    private List<String> sourceActors(Sentence s, int t, Arguments args) {
        List<String> out = new ArrayList<>();
        String word = s.token(t).word().toLowerCase(Locale.ROOT);
        if (word.equals("he") || word.equals("she")) {
            // News writes "he added" of the last person named; coreference that reaches further back is less reliable.
            GenderLexicon.Gender not = word.equals("he") ? GenderLexicon.Gender.FEMALE : GenderLexicon.Gender.MALE;
            String continued = continuedSubject(s, t, args, not);
            if (continued == null) {
                continued = lastSpeaker(s, args, not);
            }
            if (continued != null) {
                return List.of(continued);
            }
            String recent = recentPerson(s, t, args, not);
            Optional<Entity> coref = args.entity(s, t);
            boolean corefWrongGender = coref.isPresent() && coref.get().type() == EntityType.PERSON && genders.of(coref.get().label()) == not;
            if (recent != null && (coref.isEmpty() || corefWrongGender
                    || !coref.get().id().equals(recent) && !namedNearby(s, t, args, coref.get().id()))) {
                return List.of(recent);
            }
            if (corefWrongGender) {
                return List.of();
            }
            // Coreference and recency name two different people, both recently named: too unsure to attribute.
            if (recent != null && coref.isPresent() && !coref.get().id().equals(recent)) {
                return List.of();
            }
        }
        out.addAll(args.speakers(s, t));
        out.removeIf(id -> args.entity(s, t).map(e -> !e.type().isActor()).orElse(false));
        if (!out.isEmpty()) {
            return out;
        }
        if (SOURCE_NOUNS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT))) {
            for (int d : Arguments.dependents(s, t, "nmod:by", "nmod:poss", "nmod:of", "nmod:from", "compound", "amod")) {
                for (String id : args.actors(s, d)) {
                    out.add(id);
                }
            }
            boolean definite = Arguments.dependents(s, t, "det").stream()
                    .anyMatch(d -> s.token(d).word().matches("(?i)the|this|that"))
                    && Arguments.dependents(s, t, "amod", "compound", "nmod:poss").isEmpty();
            if (out.isEmpty() && definite && !told.isEmpty()) {
                // "The statement also said ...": the statement last reported, if it was in the sentence or two before
                // and was itself told as a statement ("X, in a statement, announced ...").
                Statement last = told.get(told.size() - 1);
                boolean sameSource = last.evidence().sentence().toLowerCase(Locale.ROOT)
                        .contains(s.token(t).word().toLowerCase(Locale.ROOT));
                if (sameSource && s.begin() - last.evidence().end() < 400 && last.evidence().end() <= s.begin()) {
                    out.add(last.speaker());
                }
            }
        }
        return out;
    }

    /**
     * "Ana Soto met Ivo Ruiz on Monday. She said ...": a pronoun with no person before it in its sentence continues
     * the named subject of the sentence before; null when that subject is not a named person of a fitting gender.
     */
    private String continuedSubject(Sentence s, int t, Arguments args, GenderLexicon.Gender not) {
        for (int i = 0; i < t; i++) {
            if (args.namedPerson(s, i).isPresent()) {
                return null;
            }
        }
        if (s.index() == 0) {
            return null;
        }
        Sentence previous = doc.sentences().get(s.index() - 1);
        Optional<Entity> opening = args.namedPerson(previous, 0).filter(e -> genders.of(e.label()) != not);
        if (opening.isPresent()) {
            return opening.get().id();
        }
        for (Dependency root : previous.children(-1)) {
            for (int subject : Arguments.dependents(previous, root.dependent(), "nsubj")) {
                Optional<Entity> e = args.namedPerson(previous, subject).filter(p -> genders.of(p.label()) != not);
                if (e.isPresent()) {
                    return e.get().id();
                }
            }
        }
        return null;
    }

    /**
     * "'...,' Ana Soto said. ... 'Then ...,' she added.": with no person named since, a pronoun continues the
     * speaker of the statement just before (in this sentence or the two before); null otherwise.
     */
    private String lastSpeaker(Sentence s, Arguments args, GenderLexicon.Gender not) {
        // "The ministry said ... He added": only a person can be "he", so bodies in between are passed over.
        Statement last = null;
        for (int i = told.size() - 1; i >= 0 && last == null; i--) {
            Statement st = told.get(i);
            if (args.index().byId(st.speaker()).map(e -> e.type() == EntityType.PERSON).orElse(false)) {
                last = st;
            }
        }
        if (last == null) {
            return null;
        }
        int lastSentence = doc.sentenceIndexAt(last.evidence().begin());
        if (lastSentence < 0 || s.index() - lastSentence > 2) {
            return null;
        }
        for (int si = lastSentence + 1; si <= s.index(); si++) {
            Sentence cur = doc.sentences().get(si);
            for (Token tok : cur.tokens()) {
                if (args.namedPerson(cur, tok.index()).isPresent()) {
                    return null;
                }
            }
        }
        return args.index().byId(last.speaker())
                .filter(e -> genders.of(e.label()) != not)
                .map(Entity::id).orElse(null);
    }

    /** The last person named before token {@code t}, in its sentence or the two before. */
    private String recentPerson(Sentence s, int t, Arguments args, GenderLexicon.Gender not) {
        List<Sentence> all = doc.sentences();

        for (int si = s.index(); si >= Math.max(0, s.index() - 2); si--) {
            Sentence cur = all.get(si);
            int from = si == s.index() ? t - 1 : cur.tokens().size() - 1;
            for (int i = from; i >= 0; i--) {
                Token tok = cur.token(i);
                if (!tok.isProperNoun()) {
                    continue;
                }
                Optional<Entity> e = args.entity(cur, i);
                if (e.isPresent() && e.get().type() == EntityType.PERSON && genders.of(e.get().label()) != not) {
                    return e.get().id();
                }
            }
        }
        return null;
    }

    /** Whether the entity is named in this sentence or the two before. */
    private boolean namedNearby(Sentence s, int t, Arguments args, String id) {
        List<Sentence> all = doc.sentences();
        for (int si = s.index(); si >= Math.max(0, s.index() - 2); si--) {
            Sentence cur = all.get(si);
            for (Token tok : cur.tokens()) {
                if (tok.isProperNoun() && args.entity(cur, tok.index()).map(e -> e.id().equals(id)).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
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

    private static String firstActor(Sentence s, int t, Arguments args, String not) {
        for (String id : args.actors(s, t)) {
            if (!id.equals(not)) {
                return id;
            }
        }
        return null;
    }

    private static boolean isInfinitive(Sentence s, int x) {
        for (Dependency d : s.children(x)) {
            if (d.base().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quote right after "said:" or "said on Monday,", or one that ends just before ", X said" (however long
     * it runs).
     */
    private static Optional<Quote> adjacentQuote(AnnotatedArticle doc, Sentence s, int v) {
        Token t = s.token(v);
        // '"...," Ana Soto, an economist, told reporters': the attribution starts with the speaker's name.
        int attributionStart = t.begin();
        for (int subject : Arguments.dependents(s, v, "nsubj")) {
            if (subject < v) {
                for (int i : subtree(s, subject, Set.of(v))) {
                    attributionStart = Math.min(attributionStart, s.token(i).begin());
                }
            }
        }
        for (Quote q : doc.quotes()) {
            int gapAfter = q.begin() - t.end();
            int gapBefore = Math.min(t.begin() - q.end(), attributionStart - q.end() >= 0 ? attributionStart - q.end() : Integer.MAX_VALUE);
            if (gapAfter >= 0 && (gapAfter <= 3 || gapAfter <= 40 && onlyPhraseBetween(s, v, q.begin()))
                    || gapBefore >= 0 && gapBefore <= 30 && q.end() > s.begin() - 2) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** "said on Fox News, \"...": between the verb and the quote only a phrase without a verb, ending in , or :. */
    private static boolean onlyPhraseBetween(Sentence s, int v, int quoteBegin) {
        Token last = null;
        for (int i = v + 1; i < s.tokens().size() && s.token(i).end() <= quoteBegin; i++) {
            if (s.token(i).isVerb()) {
                return false;
            }
            last = s.token(i);
        }
        return last != null && last.word().matches("[,:]");
    }

    /** Token indices reachable from {@code head}, not through {@code stop}, ignoring control and reference edges. */
    private static Set<Integer> subtree(Sentence s, int head, Set<Integer> stop) {
        Set<Integer> seen = new LinkedHashSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(head);
        while (!todo.isEmpty()) {
            int n = todo.poll();
            if (!seen.add(n)) {
                continue;
            }
            for (Dependency d : s.children(n)) {
                if (stop.contains(d.dependent()) || d.relation().equals("nsubj:xsubj") || d.relation().equals("ref")
                        || d.relation().startsWith("nsubj:") && d.relation().endsWith("xsubj")) {
                    continue;
                }
                todo.add(d.dependent());
            }
        }
        return seen;
    }

    /**
     * Character span of {@code head}'s subtree, minus excluded tokens: from its first to its last token, cut
     * where an excluded token (the cue, the speaker) would fall inside.
     */
    private static int[] range(Sentence s, int head, Set<Integer> exclude) {
        Set<Integer> tokens = subtree(s, head, exclude);
        tokens.removeAll(exclude);
        return span(s, head, tokens, exclude);
    }

    private static int[] span(Sentence s, int head, Set<Integer> tokens, Set<Integer> exclude) {
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
        while (hi > lo && s.token(hi).word().matches("[.,;:]|--|-RRB-|-LRB-")) {
            hi--;
        }
        return new int[] {s.token(lo).begin(), s.token(hi).end()};
    }

    /** The object with what completes it: "called the deal 'null and void'", "blamed Iran for the attacks". */
    private static int[] objectWithComplements(Sentence s, int v, int object, Set<Integer> exclude) {
        Set<Integer> tokens = subtree(s, object, exclude);
        for (Dependency d : s.children(v)) {
            if (d.dependent() > object && (d.base().equals("xcomp") || d.relation().matches("advcl:(with|for|as)")
                    || d.base().equals("obl") && !d.relation().equals("obl:tmod")
                    && !d.relation().equals("obl:on") && !d.relation().equals("obl:in") && !d.relation().equals("obl:at")
                    || d.base().equals("ccomp"))) {
                tokens.addAll(subtree(s, d.dependent(), exclude));
            }
        }
        tokens.removeAll(exclude);
        return span(s, object, tokens, exclude);
    }

    private static int[] extendToQuotes(AnnotatedArticle doc, int[] span) {
        int begin = span[0];
        int end = span[1];
        for (Quote q : doc.quotes()) {
            if (q.begin() < end && q.end() > begin) {
                begin = Math.min(begin, q.begin());
                end = Math.max(end, q.end());
            }
        }
        return new int[] {begin, end};
    }

    private static double quotedShare(AnnotatedArticle doc, int[] span) {
        int quoted = 0;
        for (Quote q : doc.quotes()) {
            int b = Math.max(span[0], q.begin());
            int e = Math.min(span[1], q.end());
            if (e > b) {
                quoted += e - b;
            }
        }
        return (double) quoted / Math.max(1, span[1] - span[0]);
    }

    /** Strips outer quote marks, white space and a final full stop. */
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

    static int words(String s) {
        return s.isBlank() ? 0 : s.trim().split("\\s+").length;
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
            if (sameParagraph) {
                best = m;
            }
        }
        if (best == null) {
            return st;
        }
        return new Statement(st.speaker(), st.addressee(), st.content(), st.cue(), st.direct(), st.act(), st.status(),
                st.date() != null ? st.date() : best.date(), st.place() != null ? st.place() : best.place(),
                st.evidence(), st.confidence());
    }

    /** Keeps one statement per content span: the first found, which came from the strongest rule. */
    static List<Statement> dedupe(List<Statement> statements) {
        List<Statement> out = new ArrayList<>();
        for (Statement st : statements) {
            boolean dup = false;
            for (Statement o : out) {
                int b = Math.max(o.evidence().begin(), st.evidence().begin());
                int e = Math.min(o.evidence().end(), st.evidence().end());
                int shorter = Math.min(o.evidence().end() - o.evidence().begin(), st.evidence().end() - st.evidence().begin());
                if (e - b > 0.6 * shorter) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                out.add(st);
            }
        }
        return out;
    }
}
