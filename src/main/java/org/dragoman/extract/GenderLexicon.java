package org.dragoman.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dragoman.model.DragomanException;

/**
 * Likely gender of first names, so that "she said" is not given to a man: first the name counts that ship with
 * CoreNLP's quote attribution models, then, for names those counts do not know, the many-language list of
 * {@code first-name-genders.tsv}. A name the counts give to both sexes stays unknown; unknown names give
 * {@link Gender#UNKNOWN}. The counts take in common words too, so for names that are also words ("Penny", table
 * {@code word-given-name}) the list alone decides.
 */
public final class GenderLexicon {
    public enum Gender { MALE, FEMALE, UNKNOWN }

    private static final String RESOURCE = "edu/stanford/nlp/models/quoteattribution/gender_filtered.txt";
    private static final String FIRST_NAMES = "first-name-genders.tsv";
    private static final Set<String> MALE_TITLES = WordLists.NAMES.get("male-title");
    private static final Set<String> FEMALE_TITLES = WordLists.NAMES.get("female-title");
    private static final Set<String> CHINESE_FAMILY_NAMES = WordLists.NAMES.get("chinese-family-name");
    private static final Set<String> KOREAN_FAMILY_NAMES = WordLists.NAMES.get("korean-family-name");
    private static final Set<String> WORD_NAMES = WordLists.NAMES.get("word-given-name");
    private final Map<String, Gender> names;

    private GenderLexicon(Map<String, Gender> names) {
        this.names = Map.copyOf(names);
    }

    /** The lexicon from CoreNLP's models jar and the bundled list; only the list when the models are absent. */
    public static GenderLexicon load() {
        Map<String, Gender> names = new HashMap<>();
        Set<String> counted = new HashSet<>();
        readCounts(names, counted);
        // "Penny", "Rose": counts that take in the common word too say nothing of the name.
        names.keySet().removeAll(WORD_NAMES);
        counted.removeAll(WORD_NAMES);
        for (String[] row : TsvResource.rows(FIRST_NAMES, 2, 1)) {
            // The counts are of names written without accents; where they know the plain spelling, it decides the
            // accented one too (the list alone can call a common man's name a woman's through a rare bearer).
            String plain = withoutAccents(row[0]);
            if (!plain.equals(row[0]) && counted.contains(plain)) {
                if (names.containsKey(plain)) {
                    names.put(row[0], names.get(plain));
                }
            } else if (!counted.contains(row[0])) {
                names.put(row[0], switch (row[1]) {
                    case "M" -> Gender.MALE;
                    case "F" -> Gender.FEMALE;
                    default -> throw new DragomanException(FIRST_NAMES + ": gender of " + row[0] + " is not M or F: "
                            + row[1]);
                });
            }
        }
        return new GenderLexicon(names);
    }

    private static String withoutAccents(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static void readCounts(Map<String, Gender> names, Set<String> counted) {
        InputStream in = GenderLexicon.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] cells = line.split("\\s+");
                if (cells.length < 3) {
                    continue;
                }
                long male = Long.parseLong(cells[1]);
                long female = Long.parseLong(cells[2]);
                if (male + female >= 10) {
                    counted.add(cells[0]);
                }
                if (male > 3 * female && male >= 10) {
                    names.put(cells[0], Gender.MALE);
                } else if (female > 3 * male && female >= 10) {
                    names.put(cells[0], Gender.FEMALE);
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new DragomanException(RESOURCE + ": cannot read name genders: " + e.getMessage(), e);
        }
    }

    /**
     * The gender of a person: a gendered title the text gave them ("spokeswoman", "Queen", "Mr.") wins over the first
     * name, which a name list can only guess.
     */
    public Gender of(org.dragoman.model.Entity person) {
        Gender titled = titled(person);
        return titled != Gender.UNKNOWN ? titled : of(person.label());
    }

    /** The gender the titles the text gave a person tell ("spokeswoman", "Mr."); UNKNOWN when none does (no name guess). */
    public Gender titled(org.dragoman.model.Entity person) {
        for (org.dragoman.model.Role role : person.roles()) {
            for (String word : role.title().split("[^\\p{L}]+")) {
                Gender titled = ofTitleWord(word);
                if (titled != Gender.UNKNOWN) {
                    return titled;
                }
            }
        }
        return Gender.UNKNOWN;
    }

    /** The gender a title or honorific tells ("Mrs.", "king", "spokeswoman", table {@code name-words.tsv}); UNKNOWN for others. */
    static Gender ofTitleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        w = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return MALE_TITLES.contains(w) ? Gender.MALE : FEMALE_TITLES.contains(w) ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /**
     * The gender of a full name, by its first word. A name written family name first is unknown: its first word is no
     * first name, whether the given name is hyphenated ("Park Min-ho"), the family name a common Chinese one ("Wang
     * Jianguo") or a Korean one before two given syllables ("Pak Son Il"; lists in {@code name-words.tsv}). "Kim Soto"
     * keeps its first name.
     */
    public Gender of(String fullName) {
        String[] words = fullName.strip().split("\\s+");
        if (words.length == 2 && words[1].matches("\\p{Lu}\\p{Ll}+-\\p{Ll}+")
                || words.length >= 2 && CHINESE_FAMILY_NAMES.contains(words[0])
                || words.length == 3 && KOREAN_FAMILY_NAMES.contains(words[0])) {
            return Gender.UNKNOWN;
        }
        String first = fullName.strip().split("[\\s-]+")[0].toLowerCase(Locale.ROOT);
        return names.getOrDefault(first, Gender.UNKNOWN);
    }
}
