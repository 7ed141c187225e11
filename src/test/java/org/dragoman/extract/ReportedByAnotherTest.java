package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Evidence;
import org.dragoman.model.Role;
import org.dragoman.model.SpeechAct;
import org.dragoman.model.Statement;
import org.dragoman.model.Status;
import org.junit.jupiter.api.Test;

/** A report inside another speaker's reported content: "The Herald reported that Ana Soto is weighing a run." */
class ReportedByAnotherTest {
    private static final String TEXT = "The Herald reported that Ana Soto is weighing a run for office.";

    private static AttributionCandidate candidate(String speaker, String rule, String content, int cueAt) {
        int begin = TEXT.indexOf(content);
        Statement st = new Statement(speaker, null, content, "cue", false, SpeechAct.STATEMENT, Status.OCCURRED, null, null,
                new Evidence(TEXT, begin, begin + content.length()), 0.75);
        return new AttributionCandidate(st, rule, List.of(), cueAt);
    }

    private final AttributionCandidate outer = candidate("herald", "cue-verb", "Ana Soto is weighing a run for office", TEXT.indexOf("reported"));
    private final AttributionCandidate inner = candidate("soto", AttributionModel.MODEL_ONLY_RULE, "a run for office", TEXT.indexOf("weighing"));

    @Test
    void verbOutsideTheLexiconInAnothersContentIsTheirs() {
        assertTrue(Draft.reportedByAnother(inner, List.of(outer, inner)));
        assertFalse(Draft.reportedByAnother(outer, List.of(outer, inner)));
    }

    @Test
    void sameSpeakerOrLexiconCueStands() {
        AttributionCandidate own = candidate("herald", AttributionModel.MODEL_ONLY_RULE, "a run for office", TEXT.indexOf("weighing"));
        assertFalse(Draft.reportedByAnother(own, List.of(outer, own)));
        AttributionCandidate lexicon = candidate("soto", "cue-verb", "a run for office", TEXT.indexOf("weighing"));
        assertFalse(Draft.reportedByAnother(lexicon, List.of(outer, lexicon)));
        assertFalse(Draft.reportedByAnother(inner, List.of(inner)));
    }

    private static final String OWN = "The Ruritanian president said Ruritania hoped to join the union by summer.";

    private static AttributionCandidate own(String speaker, String content, String cue) {
        return said(OWN, speaker, content, cue);
    }

    /** A cue-verb candidate of {@code speaker} in sentence {@code text}, with the content and cue found in it. */
    private static AttributionCandidate said(String text, String speaker, String content, String cue) {
        int begin = text.indexOf(content);
        Statement st = new Statement(speaker, null, content, cue, false, SpeechAct.STATEMENT, Status.OCCURRED, null, null,
                new Evidence(text, begin, begin + content.length()), 0.75);
        return new AttributionCandidate(st, "cue-verb", List.of(), text.indexOf(cue));
    }

    private static Entity entity(String id, EntityType type, Role... roles) {
        return new Entity(id, type, id, List.of(), List.of(), List.of(roles), null);
    }

    @Test
    void aCountryInsideTheWordsOfItsOwnOfficeHolderIsTheirView() {
        AttributionCandidate president = own("soto", "Ruritania hoped to join the union by summer", "said");
        AttributionCandidate country = own("ruritania", "to join the union by summer", "hoped");
        Entity soto = entity("soto", EntityType.PERSON, new Role("President", "ruritania", null, null, null));
        Entity ruritania = entity("ruritania", EntityType.COUNTRY);
        assertTrue(Draft.ownCountryInOwnWords(country, List.of(president, country), List.of(soto, ruritania), Map.of()));
        assertFalse(Draft.ownCountryInOwnWords(president, List.of(president, country), List.of(soto, ruritania), Map.of()));
        // A wish is the teller's account whoever tells it; another country's official telling what Ruritania said
        // leaves Ruritania's statement standing.
        Entity foreign = entity("soto", EntityType.PERSON, new Role("President", "borduria", null, null, null));
        assertTrue(Draft.ownCountryInOwnWords(country, List.of(president, country), List.of(foreign, ruritania), Map.of()));
        AttributionCandidate said = ownSaying("soto", "Ruritania warned of a long winter", "said");
        AttributionCandidate warned = ownSaying("ruritania", "of a long winter", "warned");
        assertFalse(Draft.ownCountryInOwnWords(warned, List.of(said, warned), List.of(foreign, ruritania), Map.of()));
        // The spokesman of a body whose name tells Ruritania speaks for it.
        Entity spokesman = entity("soto", EntityType.PERSON, new Role("Spokesman", "ministry", null, null, null));
        Entity ministry = entity("ministry", EntityType.ORGANIZATION);
        assertTrue(Draft.ownCountryInOwnWords(warned, List.of(said, warned), List.of(spokesman, ministry, ruritania),
                Map.of("ministry", "ruritania")));
        assertFalse(Draft.ownCountryInOwnWords(warned, List.of(said, warned), List.of(spokesman, ministry, ruritania),
                Map.of("ministry", "borduria")));
    }

    private static final String WARNED = "The spokesman said Ruritania warned of a long winter.";

    private static AttributionCandidate ownSaying(String speaker, String content, String cue) {
        return said(WARNED, speaker, content, cue);
    }

    @Test
    void cueOffsetIsValidated() {
        assertThrows(IllegalArgumentException.class, () -> candidate("soto", "cue-verb", "a run for office", -2));
    }
}
