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
import org.dragoman.nlp.Sentence;

/**
 * "Talks will resume, according to Ana Soto": a token with an "according to" dependent reports what its phrase
 * says, minus the source phrase; the source names the speaker. "In her words" and "in her view" before the clause name
 * theirs the same way.
 */
final class AccordingToRule implements StatementRule {
    /** Nouns of a view or of words after "in" and a possessor: "in her words", "in his view", "in Ana Soto's opinion". */
    private static final Set<String> OPINION_NOUNS = Set.of("word", "view", "opinion", "estimation", "assessment", "judgment", "judgement");

    @Override
    public String name() {
        return "according-to";
    }

    @Override
    public Scope scope() {
        return Scope.TOKEN;
    }

    @Override
    public int priority() {
        return 30;
    }

    @Override
    public void find(StatementContext ctx, Sentence s, int head) {
        for (Dependency d : s.children(head)) {
            if ((d.relation().equals("obl:according_to") || d.relation().equals("nmod:according_to")) && !reportsSaying(ctx, s, head, d)) {
                // Proposed one by one: a second source may be a pronoun that continues the first.
                int clause = closingSourceClause(s, head, d.dependent());
                ctx.propose(name(), s, clause, statement(ctx, s, clause, d.dependent(), d.dependent(), "according to"));
            }
            // "In her words, talks will resume", "In Ana Soto's view, ...": the owner of the words or view is the source.
            // Not in a relative clause ("a railway, which in his view would ..."), nor beside a clause that reports by
            // itself ("In his assessment, Ana Soto voiced doubt that ...").
            boolean inWords = d.relation().equals("obl:in") && d.dependent() < head
                    && s.parents(head).stream().noneMatch(p -> p.relation().startsWith("acl"))
                    && !ctx.verbs().isCue(s.token(head).lemma().toLowerCase(Locale.ROOT))
                    && OPINION_NOUNS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT));
            for (int owner : inWords ? Arguments.dependents(s, d.dependent(), "nmod:poss") : List.<Integer>of()) {
                proposeInWords(ctx, s, head, d.dependent(), owner);
            }
        }
    }

    /**
     * '"...," Ana Soto said, according to the news agency': a source after a saying with its own subject reports the
     * saying, and the words are hers. One before it ("According to the ministry, Ana Soto asked whether ...") tells the
     * whole clause.
     */
    private static boolean reportsSaying(StatementContext ctx, Sentence s, int head, Dependency source) {
        return source.dependent() > head && ctx.verbs().isCue(s.token(head).lemma().toLowerCase(Locale.ROOT))
                && !Arguments.dependents(s, head, "nsubj").isEmpty();
    }

    /**
     * "X invited Y to Lima when he spoke with Z on Tuesday, according to the ministry.": a source closing the sentence
     * after a comma tells the whole of it, though the parser hangs it on the last clause, conjunct or complement;
     * {@code head} otherwise.
     */
    private static int closingSourceClause(Sentence s, int head, int phrase) {
        Set<Integer> words = Arguments.subtree(s, phrase, Set.of(head));
        int first = Collections.min(words);
        int last = Collections.max(words);
        boolean closing = first > 0 && s.token(first - 1).word().equals(",")
                && (last + 1 == s.tokens().size() || last + 2 == s.tokens().size() && !Character.isLetterOrDigit(s.token(last + 1).word().charAt(0)));
        int clause = head;
        for (int hops = 0; closing && hops < 5; hops++) {
            int up = Arguments.governor(s, clause, "advcl", "conj", "xcomp", "ccomp");
            if (up < 0) {
                break;
            }
            clause = up;
        }
        return clause;
    }

    /**
     * "In his view" opening a sentence is the view of the one the sentence before was about; elsewhere ("the envoy
     * says: In his view, ...") "his" may be anyone's, and so it may where the clause names a subject of its own ("In
     * his assessment of Ivo Ruiz, Ana Soto ..."). A name as the owner ("In Ana Soto's view") is always hers.
     */
    private void proposeInWords(StatementContext ctx, Sentence s, int head, int words, int owner) {
        int from = Arguments.dependents(s, words, "case").stream().mapToInt(Integer::intValue).min().orElse(words);
        String cue = ctx.doc().text().substring(s.token(from).begin(), s.token(words).end());
        boolean pronoun = s.token(owner).isPronoun();
        String continuedOwner = pronoun ? ctx.speakers().continuedOwner(s, owner) : null;
        boolean namedSubject = Arguments.dependents(s, head, "nsubj").stream().anyMatch(n -> ctx.args().namedPerson(s, n).isPresent());
        if (pronoun && (from != 0 || namedSubject || continuedOwner == null)) {
            return;
        }
        Optional<Statement> st = statement(ctx, s, head, words, owner, cue);
        if (continuedOwner == null || st.filter(x -> x.speaker().equals(continuedOwner)).isPresent()) {
            ctx.propose(name(), s, head, st);
        }
    }

    /**
     * @param phrase the head of the phrase that names the source ("Soto" in "according to Soto", "words" in "in her
     *               words"), left out of what is said
     * @param source the token that names the speaker
     */
    private static Optional<Statement> statement(StatementContext ctx, Sentence s, int head, int phrase, int source, String cue) {
        List<String> speakers = ctx.speakers().sourceActors(s, source);
        // "in his view": a person's, whatever coreference made of "his".
        boolean personal = s.token(source).isPronoun() && !s.token(source).word().matches("(?i)its|their");
        if (speakers.isEmpty() || personal && !ctx.args().isPerson(speakers.get(0))) {
            return Optional.empty();
        }
        Set<Integer> exclude = new HashSet<>(Arguments.subtree(s, phrase, Set.of(head)));
        for (Dependency d : s.children(phrase)) {
            exclude.add(d.dependent());
        }
        int[] span = Spans.range(s, head, exclude);
        if (span == null) {
            return Optional.empty();
        }
        int[] hole = Parentheticals.aroundPhrase(s, Collections.min(exclude), Collections.max(exclude));
        if (hole != null && span[0] >= s.token(hole[1]).end()) {
            // "Such a deal, according to the ministry, is months away": the subject is part of what it says.
            span = new int[] {s.token(0).begin(), span[1]};
        }
        return ctx.maker().make(s, speakers.get(0), null, cue, SpeechAct.STATEMENT, span, head, hole);
    }
}
