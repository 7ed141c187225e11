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
 * Reads the tab-separated tables bundled beside the extraction classes: lines starting with {@code #} and blank
 * lines are comments, the first other line is the header, every other line is a row.
 */
final class TsvRows {
    private TsvRows() {
    }

    /**
     * The rows of a bundled table, each with exactly {@code columns} cells.
     *
     * @throws DragomanException when the table is missing, or a row has another number of cells or repeats the
     *                           first cell of an earlier row (a table is keyed by its first column)
     */
    static List<String[]> read(String resource, int columns) {
        InputStream in = TsvRows.class.getResourceAsStream(resource);
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
                if (cells.length != columns || !seen.add(cells[0])) {
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
