package org.dragoman.extract;

import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "denied that A would hold talks with B, with spokeswoman C saying no such meeting was requested": the parser hangs
 * an absolute with-phrase on the verb or noun before it, as if C were a side of the talks. A with-phrase set off by a
 * comma whose person goes on to report a clause ("saying that ...") tells who spoke, not who met: its edge becomes
 * {@code dep:with}. "talks with C, with D attending" keeps D, who reports nothing; "spoke with C, telling him ..." keeps
 * C, whom the speaker tells.
 */
final class AbsoluteWithRepair {
    private AbsoluteWithRepair() {
    }

    /** The article with such with-phrases set apart; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, AbsoluteWithRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        java.util.Set<Dependency> apart = s.dependencies().stream().filter(d -> absolute(s, d))
                .collect(java.util.stream.Collectors.toSet());
        return apart.isEmpty() ? s : SentenceRepairs.rewired(s,
                d -> apart.contains(d) ? new Dependency("dep:with", d.governor(), d.dependent()) : d, java.util.List.of());
    }

    private static boolean absolute(Sentence s, Dependency d) {
        if (d.governor() < 0 || !d.relation().matches("(obl|nmod):with")) {
            return false;
        }
        int phrase = d.dependent();
        // The absolute phrase is set off by a comma: "spoke with X, telling him ..." is the speaker's telling.
        int with = Arguments.dependents(s, phrase, "case").stream().filter(c -> s.token(c).word().equalsIgnoreCase("with"))
                .findFirst().orElse(-1);
        if (with < 1 || !s.token(with - 1).word().equals(",")) {
            return false;
        }
        // A participle hung on the name itself; "who has been mediating, the ministry said" is a relative clause.
        return s.children(phrase).stream().filter(c -> c.relation().equals("acl")).map(Dependency::dependent)
                .anyMatch(v -> v > phrase && s.token(v).pos().equals("VBG") && !Arguments.dependents(s, v, "ccomp", "parataxis").isEmpty());
    }
}
