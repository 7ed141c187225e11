package org.dragoman.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dragoman.model.DragomanException;

/**
 * The rows of a tab-separated table bundled beside this package's classes. Blank lines and lines starting with
 * {@code #} are comments; the first other line is the header and is skipped. A row with the wrong number of cells,
 * or whose key repeats an earlier row's, is an error: a table edited by hand fails at load, not later.
 */
final class TsvResource {
    private TsvResource() {
    }

    /**
     * @param columns    how many cells every row has
     * @param keyColumns how many leading cells make a row's key, which must be unique
     */
    static List<String[]> rows(String resource, int columns, int keyColumns) {
        InputStream in = TsvResource.class.getResourceAsStream(resource);
        if (in == null) {
            throw new DragomanException(resource + ": missing from the class path");
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            Set<String> seen = new HashSet<>();
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns || !seen.add(String.join("\t", List.of(cells).subList(0, keyColumns)))) {
                    throw new DragomanException(resource + ": bad or repeated row: " + line);
                }
                out.add(cells);
            }
        } catch (IOException e) {
            throw new DragomanException(resource + ": " + e.getMessage(), e);
        }
        return out;
    }
}
