package org.dragoman.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dragoman.model.DragomanException;
import org.dragoman.model.SpeechAct;

/**
 * The reporting verbs, from {@code verbs.tsv}: the speech act each one signals and how it reports (with a clause,
 * through its object, only beside a quote, ...), and the nouns for a source of speech, from
 * {@code source-nouns.tsv}, with the nouns of {@code collective-nouns.tsv}, {@code proxy-nouns.tsv} and
 * {@code unnamed-member-nouns.tsv}. Lemmas are looked up in lower case.
 *
 * <p>A verb that is not listed reports nothing and signals a plain {@link SpeechAct#STATEMENT}.
 */
final class VerbLexicon {
    /** How one verb reports speech: one row of {@code verbs.tsv}. */
    record Verb(String lemma, SpeechAct act, boolean cue, boolean clause, boolean objectContent, boolean needsPredicate,
                boolean hearerObject, boolean quoteOnly, boolean appealFor) {
        Verb {
            Objects.requireNonNull(lemma, "lemma");
            Objects.requireNonNull(act, "act");
        }
    }

    private static final Verb NONE = new Verb("", SpeechAct.STATEMENT, false, false, false, false, false, false, false);

    private final Map<String, Verb> verbs;
    private final Set<String> sourceNouns;
    private final Set<String> collectiveNouns;
    private final Set<String> proxyNouns;
    private final Set<String> unnamedMemberNouns;

    VerbLexicon(List<Verb> verbs, Set<String> sourceNouns, Set<String> collectiveNouns, Set<String> proxyNouns,
                Set<String> unnamedMemberNouns) {
        Map<String, Verb> byLemma = new HashMap<>();
        for (Verb v : verbs) {
            if (byLemma.put(v.lemma(), v) != null) {
                throw new IllegalArgumentException("verb listed twice: " + v.lemma());
            }
        }
        this.verbs = Map.copyOf(byLemma);
        this.sourceNouns = Set.copyOf(sourceNouns);
        this.collectiveNouns = Set.copyOf(collectiveNouns);
        this.proxyNouns = Set.copyOf(proxyNouns);
        this.unnamedMemberNouns = Set.copyOf(unnamedMemberNouns);
    }

    /**
     * The lexicon bundled beside this class: read once, on first use, and shared, since it never changes (a dozen rules
     * and repairs ask for it).
     */
    static VerbLexicon bundled() {
        return Bundled.LEXICON;
    }

    /** Holds the bundled lexicon, loaded when {@link #bundled()} is first called. */
    private static final class Bundled {
        static final VerbLexicon LEXICON = new VerbLexicon(
                TsvResource.rows("verbs.tsv", 9, 1).stream().map(VerbLexicon::verb).toList(), nounColumn("source-nouns.tsv"),
                nounColumn("collective-nouns.tsv"), nounColumn("proxy-nouns.tsv"), nounColumn("unnamed-member-nouns.tsv"));
    }

    private static Set<String> nounColumn(String table) {
        Set<String> out = new HashSet<>();
        for (String[] r : TsvResource.rows(table, 1, 1)) {
            out.add(r[0].strip());
        }
        return out;
    }

    private static Verb verb(String[] r) {
        try {
            return new Verb(r[0].strip(), SpeechAct.valueOf(r[1].strip()), flag(r, 2), flag(r, 3), flag(r, 4), flag(r, 5),
                    flag(r, 6), flag(r, 7), flag(r, 8));
        } catch (IllegalArgumentException e) {
            throw new DragomanException("verbs.tsv: bad row " + String.join("\t", r) + ": " + e.getMessage(), e);
        }
    }

    private static boolean flag(String[] r, int column) {
        return switch (r[column].strip()) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("a flag is yes or no, got '" + r[column] + "'");
        };
    }

    private Verb verb(String lemma) {
        return verbs.getOrDefault(lemma, NONE);
    }

    /** Reports speech with a clause, an infinitive or a quote: "said", "urged", "warned". */
    boolean isCue(String lemma) {
        return verb(lemma).cue();
    }

    /** Reports with a clause and has no other common sense, so the rest of its sentence may be read as content. */
    boolean isClauseVerb(String lemma) {
        return verb(lemma).clause();
    }

    /** Its object alone can be the content: "stressed the need for talks". */
    boolean takesObjectContent(String lemma) {
        return verb(lemma).objectContent();
    }

    /** Its object is content only with a predicate after it: "called the deal 'void'", not "called him". */
    boolean needsPredicate(String lemma) {
        return verb(lemma).needsPredicate();
    }

    /** Its object is the hearer, not part of what was said: "told reporters ...". */
    boolean takesHearerObject(String lemma) {
        return verb(lemma).hearerObject();
    }

    /** Reports speech at all: a cue, or a verb that reports only beside a quote. */
    boolean reportsSpeech(String lemma) {
        return isCue(lemma) || isQuoteOnly(lemma);
    }

    /** Reports speech only beside a quote: '"...," she continued'. */
    boolean isQuoteOnly(String lemma) {
        return verb(lemma).quoteOnly();
    }

    /** Takes what is asked for after "for": "called for calm". */
    boolean isAppealFor(String lemma) {
        return verb(lemma).appealFor();
    }

    /** The speech act the verb signals; {@link SpeechAct#STATEMENT} for a verb not listed. */
    SpeechAct act(String lemma) {
        return verb(lemma).act();
    }

    /** A noun for a body of people that speaks through the organisation named beside it: "the Acme movement". */
    boolean isCollectiveNoun(String lemma) {
        return collectiveNouns.contains(lemma);
    }

    /** A noun for a person who speaks for or beside another person: "aide", "campaign", "wife". */
    boolean isProxyNoun(String lemma) {
        return proxyNouns.contains(lemma);
    }

    /** A noun for an unnamed member of a body, who is no named speaker: "official", "diplomat". */
    boolean isUnnamedMemberNoun(String lemma) {
        return unnamedMemberNouns.contains(lemma);
    }

    /** A noun for a source of speech, not a speaker: "post", "statement", "spokesperson". */
    boolean isSourceNoun(String lemma) {
        return sourceNouns.contains(lemma);
    }
}
