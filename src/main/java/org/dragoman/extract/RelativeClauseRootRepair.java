package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto, who met Ivo Ruiz on Monday, was due to fly to Lima": after a relative clause set off by commas the parser
 * at times loses the main verb, hangs it as an unlabelled dependent inside the clause and leaves the subject as the
 * sentence's root. A finite verb right after a comma, hung so, without a subject of its own and after a who-, which-
 * or where-word, then becomes the root with the root noun as its subject, and an infinitive the parser hung unlabelled
 * in that clause ("was due to fly") its complement. A root with a preposition of its own ("In Lima, Ana Soto, who ...,
 * said") is left alone: it is no subject. The main verb read as the relative clause, and the clause's verb as an
 * adjective, are swapped back ({@link #swappedRelative}). A predicate whose "was" follows the comma ("..., was in
 * Lima") is rehung the same way.
 */
final class RelativeClauseRootRepair {
    private RelativeClauseRootRepair() {
    }

    /** The article with such main verbs restored; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, RelativeClauseRootRepair::repair);
    }

    static Sentence repair(Sentence s) {
        int root = s.children(-1).stream().map(Dependency::dependent).findFirst().orElse(-1);
        if (root < 0 || !s.token(root).isNoun() || !Arguments.dependents(s, root, "case").isEmpty()) {
            return s;
        }
        for (Dependency d : s.dependencies()) {
            Sentence swapped = swappedRelative(s, root, d);
            if (swapped == null) {
                swapped = verbAsAdjective(s, root, d);
            }
            if (swapped != null) {
                return swapped;
            }
        }
        for (int relative : Arguments.dependents(s, root, "acl:relcl")) {
            Sentence main = conjoinedMain(s, root, relative);
            if (main != null) {
                return main;
            }
        }
        for (Dependency d : s.dependencies()) {
            int verb = d.dependent();
            // "..., later called on Ivo Ruiz": the tagger may take a past tense for a participle; one with no agent is the verb.
            boolean pastAsParticiple = s.token(verb).pos().equals("VBN")
                    && Arguments.dependents(s, verb, "obl:agent", "aux", "aux:pass").isEmpty();
            boolean stranded = d.relation().equals("dep") && verb > root + 2
                    && (s.token(verb).pos().matches("VBD|VBZ|VBP|MD") || pastAsParticiple)
                    && afterComma(s, verb) && Arguments.dependents(s, verb, "nsubj", "nsubj:pass").isEmpty();
            if (stranded && relativeWordBetween(s, root, verb)) {
                return rehung(s, root, d);
            }
            // "Ana Soto, who took office in May, was in Lima on Monday": a copular predicate hung inside the clause, its
            // "was" right after the comma.
            int copula = Arguments.dependents(s, verb, "cop").stream().findFirst().orElse(-1);
            boolean strandedPredicate = copula > root + 2 && copula < verb && d.governor() > root && d.governor() < copula
                    && s.token(copula - 1).word().equals(",") && s.token(copula).pos().matches("VBD|VBZ|VBP")
                    && Arguments.dependents(s, verb, "nsubj", "nsubj:pass").isEmpty();
            if (strandedPredicate && relativeWordBetween(s, root, copula)) {
                return rehung(s, root, d);
            }
        }
        return s;
    }

    /** Whether a comma stands right before token {@code t}, past up to two adverbs ("..., also met"). */
    private static boolean afterComma(Sentence s, int t) {
        int k = t - 1;
        while (k > t - 3 && k > 0 && s.token(k).pos().equals("RB")) {
            k--;
        }
        return k >= 0 && s.token(k).word().equals(",");
    }

    /**
     * "Ana Soto, who hosted Ivo Ruiz last week, held talks with Eva Lind": the parser may read "hosted" as an adjective
     * of the name after it and the main verb as the relative clause, with that name as its subject. Then the main verb
     * is the root with the noun as subject, and "who hosted Ivo Ruiz" the noun's relative clause again. Null when
     * {@code d} is no such relative clause.
     */
    private static Sentence swappedRelative(Sentence s, int root, Dependency d) {
        int verb = d.dependent();
        if (d.governor() != root || !d.relation().equals("acl:relcl") || !s.token(verb).pos().matches("VBD|VBZ|VBP")
                || verb < 2 || !s.token(verb - 1).word().equals(",")) {
            return null;
        }
        for (int named : Arguments.dependents(s, verb, "nsubj")) {
            int first = named;
            while (first > 0 && Arguments.dependents(s, named, "compound", "flat").contains(first - 1)) {
                first--;
            }
            int nameStart = first;
            int inner = Arguments.dependents(s, named, "amod").stream().filter(a -> a == nameStart - 1 && s.token(a).pos().matches("VBD|VBN"))
                    .findFirst().orElse(-1);
            boolean who = inner > root + 1 && s.token(inner - 1).word().matches("(?i)who|which");
            if (inner < 0 || !who || named > verb) {
                continue;
            }
            List<Dependency> deps = new ArrayList<>();
            for (Dependency e : s.dependencies()) {
                boolean dropped = e.governor() < 0 || e.equals(d) || e.governor() == verb && e.dependent() == named
                        || e.governor() == verb && e.dependent() == root || e.governor() == named && e.dependent() == inner;
                if (!dropped) {
                    deps.add(e);
                }
            }
            deps.add(new Dependency("root", -1, verb));
            deps.add(new Dependency("nsubj", verb, root));
            deps.add(new Dependency("acl:relcl", root, inner));
            deps.add(new Dependency("nsubj", inner, root));
            deps.add(new Dependency("obj", inner, named));
            return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
        }
        return null;
    }

    /**
     * "Ana Soto, who was visiting Lima as a guest of the ministry, held talks with Ivo Ruiz": the parser may read the
     * main verb as an adjective of its object ("held talks") and hang that object on the relative clause. A past-tense
     * verb right after a comma, hung so after a who-word, then becomes the root with the root noun as its subject and that
     * noun as its object. Null when {@code d} is no such adjective.
     */
    private static Sentence verbAsAdjective(Sentence s, int root, Dependency d) {
        int verb = d.dependent();
        int object = d.governor();
        if (!d.relation().equals("amod") || !s.token(verb).pos().equals("VBD")) {
            return null;
        }
        // "..., also held bilateral talks": an adverb may stand after the comma, adjectives before the object.
        int comma = verb - 1;
        while (comma > root && s.parents(comma).stream().anyMatch(p -> p.governor() == verb && p.base().equals("advmod"))) {
            comma--;
        }
        boolean adjectivesBetween = object > verb && java.util.stream.IntStream.range(verb + 1, object)
                .allMatch(i -> s.parents(i).stream().anyMatch(p -> p.governor() == object && p.base().equals("amod")));
        if (comma < root + 2 || !adjectivesBetween
                || !s.token(comma).word().equals(",") || !relativeWordBetween(s, root, verb)) {
            return null;
        }
        int clause = s.parents(object).stream().filter(p -> p.base().equals("obj") && p.governor() > root && p.governor() < verb)
                .mapToInt(Dependency::governor).findFirst().orElse(-1);
        // The parser may hang the relative clause on the noun unlabelled.
        if (clause < 0 || !Arguments.dependents(s, root, "acl:relcl", "dep").contains(clause)) {
            return null;
        }
        List<Dependency> deps = new ArrayList<>();
        for (Dependency e : s.dependencies()) {
            boolean dropped = e.governor() < 0 || e.equals(d) || e.governor() == clause && e.dependent() == object;
            if (!dropped) {
                deps.add(e);
            }
        }
        deps.add(new Dependency("root", -1, verb));
        deps.add(new Dependency("nsubj", verb, root));
        deps.add(new Dependency("obj", verb, object));
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }

    /**
     * "Ana Soto, whose country holds the presidency, travelled to Lima and held talks": the parser may take the main
     * verbs for conjuncts of the relative clause's verb. A conjunct right after a comma, with no "and" of its own, is
     * the main verb instead, with the noun as subject, and so are the conjuncts after it. Null when there is none.
     */
    private static Sentence conjoinedMain(Sentence s, int root, int relative) {
        if (!relativeWordBetween(s, root, relative) || relative < root) {
            return null;
        }
        List<Integer> conjuncts = Arguments.dependents(s, relative, "conj").stream().sorted().toList();
        int main = conjuncts.stream().filter(c -> c > relative + 1 && s.token(c - 1).word().equals(",")
                && s.token(c).pos().matches("VBD|VBZ|VBP") && Arguments.dependents(s, c, "cc").isEmpty()).findFirst().orElse(-1);
        if (main < 0) {
            return null;
        }
        List<Integer> mains = conjuncts.stream().filter(c -> c >= main).toList();
        List<Integer> relativeSubjects = Arguments.dependents(s, relative, "nsubj", "nsubj:pass");
        List<Dependency> deps = new ArrayList<>();
        for (Dependency e : s.dependencies()) {
            boolean moved = mains.contains(e.dependent()) && (e.governor() < 0 || e.governor() == root || e.governor() == relative)
                    || mains.contains(e.governor()) && e.base().startsWith("nsubj") && relativeSubjects.contains(e.dependent());
            if (!moved && e.governor() >= 0) {
                deps.add(e);
            }
        }
        deps.add(new Dependency("root", -1, main));
        for (int m : mains) {
            deps.add(new Dependency("nsubj", m, root));
            if (m != main) {
                deps.add(new Dependency("conj:and", main, m));
            }
        }
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }

    private static boolean relativeWordBetween(Sentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (s.token(i).word().matches("(?i)who|whose|which|where")) {
                return true;
            }
        }
        return false;
    }

    private static Sentence rehung(Sentence s, int root, Dependency stranded) {
        int verb = stranded.dependent();
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if (d.equals(stranded) || d.governor() < 0) {
                continue;
            }
            // "Ana Soto, who arrived": the clause the parser left unlabelled on the noun is its relative clause.
            boolean relative = d.governor() == root && d.relation().equals("dep") && Arguments.dependents(s, d.dependent(), "nsubj").stream()
                    .anyMatch(n -> s.token(n).word().matches("(?i)who|which"));
            // "was due to fly": in the lost clause an infinitive hung unlabelled is the complement it reads as.
            boolean infinitive = d.relation().equals("dep") && d.governor() >= verb && s.token(d.dependent()).pos().equals("VB")
                    && Arguments.dependents(s, d.dependent(), "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"));
            // Its "who" stands for the noun, as in the parser's own relative clauses.
            boolean relativeWord = d.base().equals("nsubj") && s.token(d.dependent()).word().matches("(?i)who|which")
                    && s.parents(d.governor()).stream().anyMatch(p -> p.governor() == root && p.relation().equals("dep"));
            if (relativeWord) {
                deps.add(new Dependency(d.relation(), d.governor(), root));
                deps.add(new Dependency("ref", root, d.dependent()));
                continue;
            }
            deps.add(relative ? new Dependency("acl:relcl", root, d.dependent()) : infinitive ? new Dependency("xcomp", d.governor(), d.dependent()) : d);
        }
        // "was due to fly": a form of "be" with a predicate is that predicate's copula, as the parser reads it elsewhere.
        int predicate = s.token(verb).lemma().equalsIgnoreCase("be") ? Arguments.dependents(s, verb, "xcomp").stream()
                .filter(p -> s.token(p).pos().matches("JJ|VBN|NN")).findFirst().orElse(-1) : -1;
        if (predicate >= 0) {
            deps.remove(new Dependency("xcomp", verb, predicate));
            deps.add(new Dependency("cop", predicate, verb));
            verb = predicate;
        }
        deps.add(new Dependency("root", -1, verb));
        deps.add(new Dependency("nsubj", verb, root));
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }
}
