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
        s = timedGerunds(s);
        Sentence appositive = appositiveParticiple(s);
        if (appositive != s) {
            return appositive;
        }
        Sentence trailing = trailingParticiple(s);
        if (trailing != s) {
            return trailing;
        }
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

    /**
     * "visited Peru three times, meeting with Ivo Ruiz in Lima": a noun "meeting" after a comma and before "with",
     * hung on the verb before it as its object, is a participle on that verb: its subject is the verb's, its phrases
     * become the participle's.
     */
    private static Sentence trailingParticiple(Sentence s) {
        for (int n = 1; n + 1 < s.tokens().size(); n++) {
            Token t = s.token(n);
            boolean shape = t.word().equalsIgnoreCase("meeting") && t.pos().equals("NN") && s.token(n - 1).word().equals(",")
                    && s.token(n + 1).word().equalsIgnoreCase("with");
            int verb = n;
            Dependency hung = shape ? s.parents(n).stream().filter(d -> d.governor() >= 0 && d.governor() < verb
                    && s.token(d.governor()).isVerb() && (d.base().equals("obj") || d.base().equals("dep")))
                    .findFirst().orElse(null) : null;
            if (hung != null) {
                return asParticiple(s, n, hung, new Dependency("advcl", hung.governor(), verb));
            }
        }
        return s;
    }

    /**
     * "The Acme Pact ministers, meeting in Lima on Friday, agreed ...": a noun "meeting" after a comma and before a
     * preposition, set beside a plural noun as its appositive, is a participle on that noun: its phrases become the
     * verb's.
     */
    private static Sentence appositiveParticiple(Sentence s) {
        for (int n = 1; n + 1 < s.tokens().size(); n++) {
            Token t = s.token(n);
            boolean shape = t.word().equalsIgnoreCase("meeting") && t.pos().equals("NN") && s.token(n - 1).word().equals(",")
                    && s.token(n + 1).pos().equals("IN");
            int head = shape ? Arguments.governor(s, n, "appos") : -1;
            // People who meet ("ministers, meeting in Lima"), not a body sitting ("the Assembly, meeting in session").
            if (head < 0 || head > n || !s.token(head).pos().equals("NNS")) {
                continue;
            }
            int verb = n;
            Dependency hung = s.parents(n).stream().filter(d -> d.governor() == head).findFirst().orElseThrow();
            return asParticiple(s, verb, hung, new Dependency("acl", head, verb));
        }
        return s;
    }

    /**
     * The sentence with noun "meeting" at {@code n} read as the participle of "meet": {@code hung}, the edge the parser
     * hung it by, becomes {@code participle}, and its noun phrases become the verb's obliques.
     */
    private static Sentence asParticiple(Sentence s, int n, Dependency hung, Dependency participle) {
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if (d.equals(hung)) {
                deps.add(participle);
            } else if (d.governor() == n && d.base().equals("nmod")) {
                deps.add(new Dependency("obl" + d.relation().substring("nmod".length()), n, d.dependent()));
            } else {
                deps.add(d);
            }
        }
        Token t = s.token(n);
        List<Token> tokens = new ArrayList<>(s.tokens());
        tokens.set(n, new Token(t.index(), t.word(), "meet", "VBG", t.ner(), t.normalized(), t.begin(), t.end()));
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens, deps);
    }

    /**
     * "met officials in Lima before leaving for Quito": the parser may read a gerund after "before", "after", "since" or
     * "upon" as a noun phrase of the verb, with its own phrases as a noun's. Such a gerund heads a clause ("advcl"), the
     * preposition is its marker and its phrases are the verb's.
     */
    private static Sentence timedGerunds(Sentence s) {
        java.util.Set<Integer> gerunds = new java.util.HashSet<>();
        for (Dependency d : s.dependencies()) {
            if (d.governor() >= 0 && d.relation().matches("obl:(before|after|since|upon)") && s.token(d.dependent()).pos().equals("VBG")) {
                gerunds.add(d.dependent());
            }
        }
        if (gerunds.isEmpty()) {
            return s;
        }
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if (gerunds.contains(d.dependent()) && d.relation().startsWith("obl:")) {
                deps.add(new Dependency("advcl" + d.relation().substring("obl".length()), d.governor(), d.dependent()));
            } else if (gerunds.contains(d.governor()) && d.relation().equals("case")) {
                deps.add(new Dependency("mark", d.governor(), d.dependent()));
            } else if (gerunds.contains(d.governor()) && d.base().equals("nmod")) {
                deps.add(new Dependency("obl" + d.relation().substring("nmod".length()), d.governor(), d.dependent()));
            } else {
                deps.add(d);
            }
        }
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
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
