package org.dragoman.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.model.DragomanException;

/**
 * The fixed halves of the development sets, read from the committed {@code splits.tsv}: {@code tune} (read its
 * errors, fit thresholds on it), {@code test} (quote its figures, never read its errors) and {@code train}.
 *
 * <p>Sets the table does not list: {@code polnear-dev} and any unknown set are test, {@code polnear-train} is train.
 * A document a listed set does not list (a held-out copy, say) is test.
 */
public final class Splits {
    public static final String TUNE = "tune";
    public static final String TEST = "test";
    public static final String TRAIN = "train";
    private static final String RESOURCE = "splits.tsv";
    private static final Pattern RSS_ID = Pattern.compile("/(\\d+)#char=");

    private final Map<String, String> halves;

    private Splits(Map<String, String> halves) {
        this.halves = Map.copyOf(halves);
    }

    /** The table shipped with Dragoman. */
    public static Splits bundled() {
        try (InputStream in = Splits.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DragomanException("Missing resource org/dragoman/eval/" + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new DragomanException("Cannot read org/dragoman/eval/" + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static Splits parse(BufferedReader reader) throws IOException {
        Map<String, String> halves = new HashMap<>();
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("set\t")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3 || !(f[2].equals(TUNE) || f[2].equals(TEST))) {
                throw new DragomanException(RESOURCE + " line " + n + ": expected 'set<TAB>doc<TAB>tune|test', got '" + line + "'");
            }
            halves.put(f[0] + "\t" + f[1], f[2]);
        }
        return new Splits(halves);
    }

    /**
     * The half a document belongs to. For rss500 sets, {@code doc} may be the NIF context IRI; its sentence number
     * is looked up.
     */
    public String half(String set, String doc) {
        if (set.equals("polnear-train")) {
            return TRAIN;
        }
        String key = doc;
        Matcher m = RSS_ID.matcher(doc);
        if (set.startsWith("rss500") && m.find()) {
            key = m.group(1);
        }
        return halves.getOrDefault(set + "\t" + key, TEST);
    }
}
