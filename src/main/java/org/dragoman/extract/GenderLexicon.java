package org.dragoman.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dragoman.model.DragomanException;

/**
 * Likely gender of first names, from the name counts that ship with CoreNLP's quote attribution models, so
 * that "she said" is not given to a man. Unknown names give {@link Gender#UNKNOWN}.
 */
public final class GenderLexicon {
    public enum Gender { MALE, FEMALE, UNKNOWN }

    private static final String RESOURCE = "edu/stanford/nlp/models/quoteattribution/gender_filtered.txt";
    private final Map<String, Gender> names;

    private GenderLexicon(Map<String, Gender> names) {
        this.names = Map.copyOf(names);
    }

    /** The lexicon from CoreNLP's models jar; empty when the models are not on the class path. */
    public static GenderLexicon load() {
        Map<String, Gender> names = new HashMap<>();
        InputStream in = GenderLexicon.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return new GenderLexicon(names);
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
                if (male > 3 * female && male >= 10) {
                    names.put(cells[0], Gender.MALE);
                } else if (female > 3 * male && female >= 10) {
                    names.put(cells[0], Gender.FEMALE);
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new DragomanException(RESOURCE + ": cannot read name genders: " + e.getMessage(), e);
        }
        return new GenderLexicon(names);
    }

    /** The gender of a full name, by its first word. */
    public Gender of(String fullName) {
        String first = fullName.strip().split("[\\s-]+")[0].toLowerCase(Locale.ROOT);
        return names.getOrDefault(first, Gender.UNKNOWN);
    }
}
