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

/**
 * "Ministry say that Soto had resigned , but deny reports", parsed with "deny" on "resigned"; made-up names, and the
 * verbs written as their lemmas, which is what the repair reads.
 */
class ReportConjunctRepairTest {
    private static final String[] WORDS = {"Ministry", "say", "that", "Soto", "had", "resigned", ",", "but", "deny", "reports"};
    private static final String[] TAGS = {"NNP", "VBD", "IN", "NNP", "VBD", "VBN", ",", "CC", "VBD", "NNS"};
    private static final List<Dependency> DEPS = List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
            new Dependency("ccomp", 1, 5), new Dependency("mark", 5, 2), new Dependency("nsubj", 5, 3), new Dependency("aux", 5, 4),
            new Dependency("punct", 5, 6), new Dependency("conj:but", 5, 8), new Dependency("cc", 8, 7), new Dependency("nsubj", 8, 3),
            new Dependency("obj", 8, 9));

    @Test
    void aSecondReportJoinsTheReporter() {
        Sentence s = ReportConjunctRepair.repair(TestArticles.article(WORDS, TAGS, Map.of(), DEPS, List.of(), List.of())).sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency("conj:but", 1, 8)), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency("nsubj", 8, 0)), "the ministry denies");
        assertFalse(s.dependencies().contains(new Dependency("nsubj", 8, 3)), "the clause's subject does not");
        assertFalse(s.dependencies().contains(new Dependency("conj:but", 5, 8)));
    }

    @Test
    void aReportAtTheSentencesStartIsLeftAsParsed() {
        // A conjunct in second place has no comma two words before it to look at.
        AnnotatedArticle doc = TestArticles.article(new String[] {"resigned", "deny", "reports"}, new String[] {"VBN", "VBD", "NNS"},
                Map.of(), List.of(new Dependency("root", -1, 0), new Dependency("conj", 0, 1), new Dependency("obj", 1, 2)), List.of(), List.of());
        assertSame(doc, ReportConjunctRepair.repair(doc));
    }
}
