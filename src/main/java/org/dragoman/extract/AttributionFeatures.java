package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dragoman.model.Entity;
import org.dragoman.model.Statement;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * The features of an attribution candidate, as strings: the rule and lexicon entries that found it, the cue's lemma,
 * part of speech and dependents, the speaker's type and how the sentence names it, the content's length, position
 * and quote marks. Each string is one binary feature of the {@link AttributionModel}.
 *
 * <p>Layout rules have no cue token ({@code cue < 0}); their cue text stands in for the lemma.
 */
final class AttributionFeatures {
    private static final int[] LENGTH_BUCKETS = {3, 6, 12, 25, 50};
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(i|we|my|our|me|us)\\b");

    private AttributionFeatures() {
    }

    static List<String> of(AnnotatedArticle doc, Sentence s, int cue, String rule, Statement st, EntityIndex index,
                           VerbLexicon verbs) {
        List<String> f = new ArrayList<>();
        boolean direct = st.direct();
        String lemma = cue >= 0 ? s.token(cue).lemma().toLowerCase(Locale.ROOT) : st.cue().toLowerCase(Locale.ROOT);
        f.add("rule=" + rule);
        f.add("direct=" + direct);
        f.add("rule+direct=" + rule + "/" + direct);
        f.add("act=" + st.act());
        f.add("lemma=" + lemma);
        f.add("lemma+direct=" + lemma + "/" + direct);
        f.add("status=" + st.status());
        f.add("len=" + bucket(Spans.words(st.content())));
        if (st.addressee() != null) {
            f.add("addressee");
        }
        if (s.index() == 0) {
            f.add("first-sentence");
        }
        String first = st.content().split("\\s+")[0].toLowerCase(Locale.ROOT);
        f.add("first-word=" + (first.matches("[a-z']+") ? first : "#"));
        if (FIRST_PERSON.matcher(st.content()).find()) {
            f.add("first-person");
        }
        if (st.content().contains("?")) {
            f.add("question");
        }
        Entity speaker = index.byId(st.speaker()).orElse(null);
        f.add("speaker=" + (speaker == null ? "none" : speaker.type()));
        boolean named = false;
        for (Token t : s.tokens()) {
            named |= index.at(s.index(), t.index()).map(e -> e.id().equals(st.speaker())).orElse(false) && t.isProperNoun();
        }
        f.add("speaker-named-here=" + named);
        if (cue >= 0) {
            cueFeatures(doc, s, cue, st, verbs, f);
        }
        return f;
    }

    private static void cueFeatures(AnnotatedArticle doc, Sentence s, int cue, Statement st, VerbLexicon verbs, List<String> f) {
        Token t = s.token(cue);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        f.add("pos=" + t.pos());
        if (verbs.isCue(lemma)) {
            f.add("lexicon=cue");
        }
        if (verbs.isClauseVerb(lemma)) {
            f.add("lexicon=clause");
        }
        if (verbs.takesObjectContent(lemma)) {
            f.add("lexicon=object");
        }
        if (verbs.isQuoteOnly(lemma)) {
            f.add("lexicon=quote-only");
        }
        TreeSet<String> relations = new TreeSet<>();
        for (Dependency d : s.children(cue)) {
            relations.add(d.base());
            Token dep = s.token(d.dependent());
            String w = dep.word().toLowerCase(Locale.ROOT);
            if (d.base().equals("advmod") && w.matches("not|n't|never")) {
                f.add("negated");
            }
            if (d.base().equals("aux") && dep.pos().equals("MD")) {
                f.add("modal=" + dep.lemma().toLowerCase(Locale.ROOT));
            }
            if (d.base().startsWith("nsubj")) {
                f.add("subject=" + (dep.isPronoun() ? "pronoun" : dep.isProperNoun() ? "proper" : dep.isNoun() ? "noun" : "other"));
            }
        }
        relations.forEach(r -> f.add("dep=" + r));
        for (Dependency d : s.parents(cue)) {
            f.add("gov=" + d.base());
        }
        f.add("content=" + (st.evidence().begin() < t.begin() ? "before" : "after"));
        boolean inQuote = doc.quotes().stream().anyMatch(q -> q.begin() < t.begin() && t.end() < q.end());
        if (inQuote) {
            f.add("cue-in-quote");
        }
    }

    private static String bucket(int words) {
        for (int b : LENGTH_BUCKETS) {
            if (words <= b) {
                return "<=" + b;
            }
        }
        return ">" + LENGTH_BUCKETS[LENGTH_BUCKETS.length - 1];
    }
}
