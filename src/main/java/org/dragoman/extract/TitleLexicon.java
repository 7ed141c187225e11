package org.dragoman.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Words that make up official titles, for reading roles when NER misses a TITLE tag: {@code title-words.tsv}. */
final class TitleLexicon {
    private static final WordLists WORDS = WordLists.load("title-words.tsv");
    private static final Set<String> TITLE_WORDS = WORDS.get("title-word");
    /** Title words of a head of state, not of government: "the head of state" is one of these. */
    private static final Set<String> STATE_HEAD_WORDS = WORDS.get("state-head-word");
    private static final Set<String> HEAD_WORDS = WORDS.get("head-word");
    /** Ranks that stand before a given name alone as a short form ("Sheikh Ivo", "Prince Ivo"), unlike "Mr". */
    private static final Set<String> RANKS = WORDS.get("rank");
    /** Words of rank or courtesy that stand right before a name, after any title of office: "Sheikh", "Prince", "Mr". */
    private static final Set<String> HONORIFICS = WORDS.union("rank", "courtesy");
    /** Monarchs' titles, which a description may use for a person the text calls a ruler: "the Ruritanian emir". */
    private static final List<String> MONARCH_WORDS = List.copyOf(WORDS.get("monarch-word"));
    private static final Set<String> TITLE_MODIFIERS = WORDS.get("title-modifier");
    /** Abbreviated title words and the words they stand for: "gov." is "governor". */
    private static final java.util.Map<String, String> ABBREVIATIONS = TsvResource.rows("title-abbreviations.tsv", 2, 1).stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(r -> r[0].strip(), r -> r[1].strip()));

    /** How a description's words stand for "top diplomat": the foreign minister, whatever the country calls the office. */
    static final String TOP_DIPLOMAT = "top-diplomat";

    private TitleLexicon() {
    }

    static boolean isTitleWord(String lowerWord) {
        return TITLE_WORDS.contains(lowerWord);
    }

    /** The title word a description's word stands for: "the pontiff" is the pope; any other word is itself. */
    static String descriptionWord(String lowerWord) {
        return lowerWord.equals("pontiff") ? "pope" : lowerWord;
    }

    static boolean isHonorific(String lowerWord) {
        return HONORIFICS.contains(lowerWord);
    }

    static boolean isRank(String lowerWord) {
        return RANKS.contains(lowerWord);
    }

    static boolean isTitleModifier(String lowerWord) {
        return TITLE_MODIFIERS.contains(lowerWord);
    }

    /** Whether a lower-case word makes a title a deputy's: "vice", "deputy" ("Deputy Prime Minister" is no prime minister). */
    static boolean isDeputyWord(String word) {
        return word.matches("vice|vice-president|deputy");
    }

    /** Whether a lower-case word makes a title not the office holder's own: a deputy's, a former or acting one's, a crown prince's. */
    static boolean isNotTheHolder(String word) {
        return isDeputyWord(word) || word.matches("former|crown|acting");
    }

    /** Whether a lower-case word is a head of state's title word ("president", "king"), not a premier's. */
    static boolean isStateHeadWord(String word) {
        return STATE_HEAD_WORDS.contains(word);
    }

    /**
     * Whether a title is of a head of state or government ("President", "Prime Minister", "Emir"), not of a deputy or
     * a former holder.
     */
    static boolean isHeadTitle(String title) {
        // "Secretary of the Cabinet" is a secretary's title: only the words before "of", "to" or "for" count.
        List<String> words = new ArrayList<>();
        for (String w : words(title)) {
            if (w.matches("of|to|for")) {
                break;
            }
            words.add(w);
        }
        return words.stream().anyMatch(HEAD_WORDS::contains) && words.stream().noneMatch(TitleLexicon::isNotTheHolder);
    }

    /**
     * Whether a description's title words (lower case, "minister" or "foreign minister") fit a role's title. A
     * minister is not the prime minister: "the minister" leaves out a "Prime Minister", "the premier" takes one in; "the
     * president" leaves out a "Vice President" (a deputy holds another office).
     */
    static boolean describes(String roleTitle, java.util.Collection<String> described) {
        List<String> role = words(roleTitle);
        boolean prime = role.contains("premier");
        // "the two presidents" are no vice-president: a deputy's title names another office.
        boolean deputy = role.stream().anyMatch(w -> w.equals("vice") || w.equals("deputy"))
                && described.stream().noneMatch(w -> w.equals("vice") || w.equals("deputy"));
        return role.containsAll(described) && !deputy && (!prime || described.contains("prime") || described.contains("premier"));
    }

    /**
     * The lower-case words of a title as a description may use them: "Prime Minister" gives [prime, minister,
     * premier], since "the Ruritanian premier" is its prime minister, and "Premier" gives [premier, prime, minister].
     * "Ruler" also gives the monarchs' titles ("the Ruritanian emir" is Ruritania's ruler), and a foreign minister or
     * secretary of state is the country's top diplomat.
     */
    static List<String> words(String title) {
        List<String> words = new ArrayList<>(List.of(title.toLowerCase(Locale.ROOT).split("\\s+")));
        // "Gov. Ana Soto" is "the governor".
        words.replaceAll(w -> ABBREVIATIONS.getOrDefault(w, w));
        if (words.contains("premier")) {
            words.addAll(List.of("prime", "minister"));
        } else if (Collections.indexOfSubList(words, List.of("prime", "minister")) >= 0) {
            words.add("premier");
        }
        if (words.contains("ruler")) {
            words.addAll(MONARCH_WORDS);
        }
        boolean foreignMinister = words.contains("foreign") && (words.contains("minister") || words.contains("secretary"))
                || Collections.indexOfSubList(words, List.of("secretary", "of", "state")) >= 0 && !words.contains("deputy");
        if (foreignMinister) {
            words.add(TOP_DIPLOMAT);
        }
        return List.copyOf(words);
    }
}
