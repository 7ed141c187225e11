package org.dragoman.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dragoman.extract.Extractor;
import org.dragoman.link.EntityLinker;
import org.dragoman.model.ArticleReader;
import org.dragoman.model.Entity;
import org.dragoman.model.Extraction;
import org.dragoman.model.Statement;
import org.junit.jupiter.api.Test;

/** State bodies and countries as speakers, through the real models; made-up sentences. */
class InstitutionSpeakersIT {
    private static Extraction extract(String text) {
        var article = new ArticleReader(null).parse("t", "t.txt", text);
        var kb = SharedPipeline.knowledgeBase();
        return new EntityLinker(kb).link(new Extractor(kb).extract(SharedPipeline.pipeline().annotate(article)));
    }

    private static List<String> speakers(Extraction x) {
        return x.events().stream().filter(Statement.class::isInstance).map(Statement.class::cast)
                .map(s -> x.entity(s.speaker()).map(Entity::label).orElse("?")).toList();
    }

    @Test
    void governmentWithItsCountrySpeaks() {
        Extraction x = extract("date 2022-03-10 The Chilean government said on Monday that the new border rules would take effect in May.");
        assertEquals(List.of("Chilean government"), speakers(x));
    }

    @Test
    void foreignMinistryLinksWhereTheTableKnowsIt() {
        Extraction x = extract("date 2022-03-10 The Indian foreign ministry urged both sides to show restraint.");
        assertEquals(List.of("Indian foreign ministry"), speakers(x));
        Entity ministry = x.entities().stream().filter(e -> e.label().equals("Indian foreign ministry")).findFirst().orElseThrow();
        assertEquals("Q3524953", ministry.link().qid());
    }

    @Test
    void embassyAndKremlinSpeak() {
        assertEquals(List.of("Chilean embassy in Lima"),
                speakers(extract("date 2022-03-10 The Chilean embassy in Lima urged citizens to avoid the border area.")));
        assertEquals(List.of("Kremlin"),
                speakers(extract("date 2022-03-10 The Kremlin said on Friday that the proposal was unacceptable.")));
    }

    @Test
    void countrySpeaksAsABody() {
        assertEquals(List.of("Peru"), speakers(extract("date 2022-03-10 Peru admitted on Tuesday that its patrol had crossed the border.")));
    }

    @Test
    void bareOfficialsAndSourcesAreNoSpeakers() {
        assertTrue(speakers(extract("date 2022-03-10 Officials said on Monday that the talks would resume.")).isEmpty());
        assertTrue(speakers(extract("date 2022-03-10 A Chilean government source said the talks would resume.")).isEmpty());
        assertTrue(speakers(extract("date 2022-03-10 The government said on Monday that the talks would resume.")).isEmpty());
    }
}
