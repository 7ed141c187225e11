package org.dragoman.extract;

import java.util.Set;

/** Words that make up official titles, for reading roles when NER misses a TITLE tag. */
final class TitleLexicon {
    private static final Set<String> TITLE_WORDS = Set.of(
            "president", "vice-president", "chancellor", "minister", "premier", "prime", "secretary",
            "secretary-general", "ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman", "king", "queen",
            "emir", "sultan", "prince", "leader", "chairman", "chairwoman", "chair", "governor", "mayor", "general",
            "commander", "chief", "director", "director-general", "commissioner", "senator", "representative",
            "speaker", "deputy", "adviser", "advisor", "counsellor", "counselor", "diplomat", "head", "monarch",
            "pope", "ayatollah", "sheikh", "crown");
    private static final Set<String> TITLE_MODIFIERS = Set.of(
            "foreign", "defence", "defense", "interior", "finance", "presidential", "national", "security",
            "former", "acting", "interim", "supreme", "special", "senior", "top", "deputy", "vice", "state", "trade",
            "economy", "energy", "justice", "health", "first", "assistant", "permanent", "executive", "external", "affairs",
            "home", "sports", "culture", "education", "agriculture", "environment", "labour", "labor", "transport", "industry",
            "commerce", "development", "information", "youth", "women", "tourism", "mining", "fisheries", "water", "planning",
            "opposition", "majority", "minority");

    private TitleLexicon() {
    }

    static boolean isTitleWord(String lowerWord) {
        return TITLE_WORDS.contains(lowerWord);
    }

    static boolean isTitleModifier(String lowerWord) {
        return TITLE_MODIFIERS.contains(lowerWord);
    }
}
