package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Gerunds of meeting the tagger took for nouns: in "looked forward to meeting Ivo Ruiz" the parser makes "meeting" a
 * modifier of the name, or the to-phrase with the name hung elsewhere. A noun "meeting" right after a preposition and
 * right before a name is the verb of a clause with the name as its object. Only the first such noun of a sentence is
 * read so, which is all a sentence has been seen to hold.
 */
final class GerundRepair {
    private static final Set<String> PREPOSITIONS = Set.of("to", "after", "before", "for", "of", "since", "about", "without");

    private GerundRepair() {
    }

    /** The article with such gerunds read as verbs; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, GerundRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (int n = 1; n + 1 < s.tokens().size(); n++) {
            Token t = s.token(n);
            boolean misread = t.word().equalsIgnoreCase("meeting") && t.pos().equals("NN") && s.token(n + 1).isProperNoun()
                    && PREPOSITIONS.contains(s.token(n - 1).word().toLowerCase(java.util.Locale.ROOT));
            int name = misread ? nameHead(s, n + 1) : -1;
            if (name >= 0) {
                return asVerb(s, n, name);
            }
        }
        return s;
    }

    /** The head of the run of proper nouns starting at {@code first}: the one governed from outside it; -1 if none. */
    private static int nameHead(Sentence s, int first) {
        int last = first;
        while (last + 1 < s.tokens().size() && s.token(last + 1).isProperNoun()) {
            last++;
        }
        for (int i = first; i <= last; i++) {
            final int token = i;
            final int end = last;
            if (s.parents(i).stream().anyMatch(d -> d.governor() < first || d.governor() > end)) {
                return token;
            }
        }
        return -1;
    }

    /**
     * "to meeting Ruiz": "meeting" becomes a verb heading a clause ("advcl") where the parse had the name or the noun,
     * the preposition its marker, the name its object.
     */
    private static Sentence asVerb(Sentence s, int n, int name) {
        boolean nounHung = s.parents(n).stream().anyMatch(d -> d.governor() >= 0 && d.governor() != name);
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            boolean fromOutside = d.governor() < n || d.governor() > name;
            if (d.dependent() == n && d.governor() == name) {
                continue;
            }
            if (d.dependent() == name && fromOutside) {
                // The name's old place goes to the verb unless the noun had one of its own.
                if (!nounHung) {
                    deps.add(new Dependency(d.governor() < 0 ? d.relation() : "advcl", d.governor(), n));
                }
                continue;
            }
            if (d.dependent() == n && d.governor() >= 0) {
                deps.add(new Dependency(d.base().equals("obl") || d.base().equals("nmod") ? "advcl" : d.relation(), d.governor(), n));
                continue;
            }
            if (d.dependent() == n - 1 && (d.governor() == name || d.governor() == n)) {
                deps.add(new Dependency("mark", n, n - 1));
                continue;
            }
            deps.add(d);
        }
        deps.add(new Dependency("obj", n, name));
        List<Token> tokens = new ArrayList<>(s.tokens());
        Token t = s.token(n);
        tokens.set(n, new Token(t.index(), t.word(), "meet", "VBG", t.ner(), t.normalized(), t.begin(), t.end()));
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens, deps);
    }
}
