package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** "Lenko said Ruritania opposes sanctions and supports Borduria", parsed with "supports" on "said"; made-up names. */
class TenseConjunctRepairTest {
    private static final String[] WORDS = {"Lenko", "said", "Ruritania", "opposes", "sanctions", "and", "supports", "Borduria"};
    private static final List<Dependency> DEPS = List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
            new Dependency("ccomp", 1, 3), new Dependency("nsubj", 3, 2), new Dependency("obj", 3, 4),
            new Dependency("conj:and", 1, 6), new Dependency("nsubj", 6, 0), new Dependency("cc", 6, 5), new Dependency("obj", 6, 7));

    private static AnnotatedArticle article(String joinedTag) {
        String[] tags = {"NNP", "VBD", "NNP", "VBZ", "NNS", "CC", joinedTag, "NNP"};
        return TestArticles.article(WORDS, tags, Map.of(), DEPS, List.of(), List.of());
    }

    @Test
    void aPresentVerbJoinedToAPastReportJoinsTheReportedClause() {
        Sentence s = TenseConjunctRepair.repair(article("VBZ")).sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency("conj:and", 3, 6)), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency("nsubj", 6, 2)), "the clause's subject supports");
        assertFalse(s.dependencies().contains(new Dependency("nsubj", 6, 0)), "the reporter does not");
        assertFalse(s.dependencies().contains(new Dependency("conj:and", 1, 6)));
    }

    @Test
    void verbsOfOneTenseAreLeftAsParsed() {
        AnnotatedArticle past = article("VBD");
        assertSame(past, TenseConjunctRepair.repair(past));
    }
}
