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

/** "Ivo Marek, who hosted Tomas Ruiz, held talks" with the main verb parsed as the relative clause; made-up names. */
class RelativeClauseRootRepairTest {
    private static final String[] WORDS = {"Ivo", "Marek", ",", "who", "hosted", "Tomas", "Ruiz", ",", "held", "talks"};
    private static final String[] TAGS = {"NNP", "NNP", ",", "WP", "VBD", "NNP", "NNP", ",", "VBD", "NNS"};

    private static AnnotatedArticle article(List<Dependency> deps) {
        return TestArticles.article(WORDS, TAGS, Map.of(), deps, List.of(), List.of());
    }

    @Test
    void aMainVerbReadAsTheRelativeClauseIsSwappedBack() {
        List<Dependency> swapped = List.of(new Dependency("root", -1, 1), new Dependency("compound", 1, 0), new Dependency("punct", 1, 2),
                new Dependency("ref", 1, 3), new Dependency("acl:relcl", 1, 8), new Dependency("obj", 8, 1), new Dependency("nsubj", 8, 6),
                new Dependency("compound", 6, 5), new Dependency("amod", 6, 4), new Dependency("punct", 8, 7), new Dependency("obj", 8, 9));
        Sentence s = RelativeClauseRootRepair.repair(article(swapped)).sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency("root", -1, 8)), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency("nsubj", 8, 1)), "the noun holds the talks");
        assertTrue(s.dependencies().contains(new Dependency("obj", 4, 6)), "and hosted the other");
        assertFalse(s.dependencies().contains(new Dependency("nsubj", 8, 6)), s.dependencies().toString());
    }

    @Test
    void aMainVerbLostAsAnUnlabelledDependentBecomesTheRoot() {
        List<Dependency> stranded = List.of(new Dependency("root", -1, 1), new Dependency("compound", 1, 0), new Dependency("punct", 1, 2),
                new Dependency("dep", 1, 4), new Dependency("nsubj", 4, 3), new Dependency("obj", 4, 6), new Dependency("compound", 6, 5),
                new Dependency("punct", 4, 7), new Dependency("dep", 4, 8), new Dependency("obj", 8, 9));
        Sentence s = RelativeClauseRootRepair.repair(article(stranded)).sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency("root", -1, 8)), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency("nsubj", 8, 1)), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency("acl:relcl", 1, 4)), "who hosted is the noun's clause");
        assertTrue(s.dependencies().contains(new Dependency("nsubj", 4, 1)), "its who stands for the noun");
    }

    @Test
    void aWellParsedSentenceIsLeftAlone() {
        AnnotatedArticle parsed = article(List.of(new Dependency("root", -1, 8), new Dependency("nsubj", 8, 1), new Dependency("compound", 1, 0),
                new Dependency("acl:relcl", 1, 4), new Dependency("nsubj", 4, 1), new Dependency("ref", 1, 3), new Dependency("obj", 4, 6),
                new Dependency("compound", 6, 5), new Dependency("obj", 8, 9)));
        assertSame(parsed, RelativeClauseRootRepair.repair(parsed));
    }

    @Test
    void mainVerbsReadAsConjunctsOfTheRelativeClauseBecomeTheMainClause() {
        // "Ivo , whose country holds power , travelled to Lima and held talks"
        String[] words = {"Ivo", ",", "whose", "country", "holds", "power", ",", "travelled", "to", "Lima", "and", "held", "talks"};
        String[] tags = {"NNP", ",", "WP$", "NN", "VBZ", "NN", ",", "VBD", "IN", "NNP", "CC", "VBD", "NNS"};
        List<Dependency> conjoined = List.of(new Dependency("root", -1, 0), new Dependency("ref", 0, 2), new Dependency("acl:relcl", 0, 4),
                new Dependency("acl:relcl", 0, 7), new Dependency("acl:relcl", 0, 11), new Dependency("nmod:poss", 3, 0),
                new Dependency("nsubj", 4, 3), new Dependency("obj", 4, 5), new Dependency("conj:and", 4, 7), new Dependency("conj:and", 4, 11),
                new Dependency("nsubj", 7, 3), new Dependency("obl:to", 7, 9), new Dependency("case", 9, 8), new Dependency("nsubj", 11, 3),
                new Dependency("cc", 11, 10), new Dependency("obj", 11, 12));
        Sentence s = RelativeClauseRootRepair.repair(TestArticles.article(words, tags, Map.of(), conjoined, List.of(), List.of()))
                .sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency("root", -1, 7)), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency("nsubj", 7, 0)), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency("nsubj", 11, 0)), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency("conj:and", 7, 11)), s.dependencies().toString());
        assertFalse(s.dependencies().contains(new Dependency("nsubj", 7, 3)), "the country does not travel");
        assertTrue(s.dependencies().contains(new Dependency("nsubj", 4, 3)), "the country holds power");
    }
}
