package org.dragoman.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.dragoman.model.DragomanException;

/**
 * CoreNLP's fine-grained NER gazetteer without its half a million city names, for a pipeline that loads in seconds.
 *
 * <p>The caseless gazetteer in CoreNLP's models (regexner_caseless.tab) is 91% {@code CITY} entries, and compiling
 * them is most of the NER annotator's load time. Titles, countries, nationalities, states and provinces, ideologies and
 * religions stay; a city outside them is tagged {@code LOCATION} by the CRF instead of {@code CITY}. The file is made
 * once from the models jar into a folder of the caller's choosing and reused while it is there, so no derived copy of
 * CoreNLP's data is kept in the source tree.
 */
public final class FineGazetteer {
    /** CoreNLP's caseless gazetteer, as its models jar holds it. */
    static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    /** CoreNLP's cased gazetteer, small, used as it is. */
    static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";
    static final String FILE_NAME = "regexner_caseless-without-cities.tab";
    /**
     * The property by which {@link NlpPipeline.Builder} asks for this gazetteer. It stands in the settings that key
     * stored annotations, where the file's path, which differs between machines, would not belong.
     */
    static final String WITHOUT_CITIES = "dragoman.ner.withoutCities";
    private static final String MAPPING = "ner.fine.regexner.mapping";

    private FineGazetteer() {
    }

    /**
     * The properties CoreNLP is given: where {@link #WITHOUT_CITIES} is set, a copy with CoreNLP's mapping pointing at
     * the gazetteer made in {@code dir}; otherwise {@code given} itself.
     */
    static java.util.Properties resolve(java.util.Properties given, Path dir) {
        if (!Boolean.parseBoolean(given.getProperty(WITHOUT_CITIES))) {
            return given;
        }
        java.util.Properties out = (java.util.Properties) given.clone();
        out.remove(WITHOUT_CITIES);
        out.setProperty(MAPPING, mapping(dir));
        return out;
    }

    /** Where the gazetteer is made by default: the user's cache folder, {@code ~/.cache/dragoman}. */
    static Path defaultDir() {
        return Path.of(System.getProperty("user.home"), ".cache", "dragoman");
    }

    /** The settings of resolved properties as they were asked for: the request, not the path it resolved to. */
    static java.util.Map<Object, Object> settings(java.util.Properties resolved, java.util.Properties given) {
        java.util.Map<Object, Object> out = new java.util.TreeMap<>(resolved);
        if (Boolean.parseBoolean(given.getProperty(WITHOUT_CITIES))) {
            out.remove(MAPPING);
            out.put(WITHOUT_CITIES, "true");
        }
        return out;
    }

    /**
     * The value of CoreNLP's {@code ner.fine.regexner.mapping} with the city-free gazetteer made in {@code dir}: the
     * same options as CoreNLP's default, the cased file unchanged.
     *
     * @throws DragomanException when the models jar lacks the gazetteer or {@code dir} cannot be written
     */
    public static String mapping(Path dir) {
        return "ignorecase=true,validpospattern=(NN|JJ|ADD).*," + withoutCities(dir) + ";" + CASED;
    }

    /** The city-free caseless gazetteer in {@code dir}, made from the models jar if it is not there yet. */
    static Path withoutCities(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Path out = dir.resolve(FILE_NAME);
        if (Files.isRegularFile(out)) {
            return out;
        }
        try (InputStream in = FineGazetteer.class.getClassLoader().getResourceAsStream(CASELESS)) {
            if (in == null) {
                throw new DragomanException("CoreNLP's models jar has no " + CASELESS);
            }
            Files.createDirectories(dir);
            // Written beside and moved into place, so that two processes starting together never read half a file.
            Path partial = Files.createTempFile(dir, FILE_NAME, ".part");
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                 Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                filter(r, w);
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return out;
        } catch (IOException e) {
            throw new DragomanException("Cannot write the NER gazetteer to " + out + ": " + e.getMessage(), e);
        }
    }

    /** Copies the gazetteer lines whose class (second column) is not {@code CITY}. */
    static void filter(BufferedReader in, Writer out) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            int tab = line.indexOf('\t');
            int next = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
            String type = tab < 0 ? "" : line.substring(tab + 1, next < 0 ? line.length() : next);
            if (!type.equals("CITY")) {
                out.write(line);
                out.write('\n');
            }
        }
    }
}
