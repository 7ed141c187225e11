package org.dragoman.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dragoman.model.ArticleReader;
import org.dragoman.store.DiplomacyStore;

/**
 * Article identity: the id (the file name without {@code .txt}) names the graph, so links stay stable, and the
 * source path and text decide whether two files with one id are the same article. Two files that would silently
 * overwrite each other's graph are an error naming both.
 */
final class ArticleIdentity {
    private ArticleIdentity() {
    }

    /**
     * The files of one batch that may be ingested. One file given twice is ingested once. Files with one id and the
     * same bytes are one article: the first is ingested and the others reported unchanged. Files with one id and
     * different text are all refused, each naming the others, so that neither silently replaces the other.
     */
    static List<Path> resolveBatch(List<Path> files, List<Ingester.Outcome> outcomes) {
        Map<String, Set<Path>> byId = new LinkedHashMap<>();
        for (Path f : files) {
            byId.computeIfAbsent(ArticleReader.idOf(f), k -> new LinkedHashSet<>()).add(canonical(f));
        }
        Map<Path, Path> given = new LinkedHashMap<>();
        files.forEach(f -> given.putIfAbsent(canonical(f), f));
        List<Path> out = new ArrayList<>();
        for (Map.Entry<String, Set<Path>> e : byId.entrySet()) {
            List<Path> group = e.getValue().stream().map(given::get).toList();
            if (group.size() == 1) {
                out.add(group.get(0));
            } else if (group.stream().allMatch(f -> sameBytes(group.get(0), f))) {
                out.add(group.get(0));
                for (Path f : group.subList(1, group.size())) {
                    outcomes.add(new Ingester.Outcome(f, e.getKey(), "unchanged", f + ": same text as " + group.get(0)
                            + ", ingested once as article '" + e.getKey() + "'"));
                }
            } else {
                for (Path f : group) {
                    List<String> others = group.stream().filter(o -> !o.equals(f)).map(Path::toString).toList();
                    outcomes.add(new Ingester.Outcome(f, e.getKey(), "failed", f + ": article id '" + e.getKey()
                            + "' (the file name without .txt) is also that of " + String.join(", ", others)
                            + " in this batch, with different text; rename one, neither was ingested"));
                }
            }
        }
        return out;
    }

    /**
     * Whether an article read from {@code source} may replace the stored one with its id: yes when it is the same
     * file, or the same text (a file moved), or {@code force}.
     */
    static boolean mayReplace(DiplomacyStore.Origin stored, String source, String text) {
        return stored.text().equals(text) || sameSource(stored.source(), source);
    }

    static boolean sameSource(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            Path pa = Path.of(a);
            Path pb = Path.of(b);
            return canonical(pa).equals(canonical(pb)) || Files.exists(pa) && Files.exists(pb) && Files.isSameFile(pa, pb);
        } catch (IOException | RuntimeException notAPath) {
            // Sources of articles given as text need not be paths; then only equal strings are the same source.
            return false;
        }
    }

    private static Path canonical(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static boolean sameBytes(Path a, Path b) {
        try {
            return Files.mismatch(a, b) == -1;
        } catch (IOException e) {
            // Unreadable: the reader reports it; here it only counts as different.
            return false;
        }
    }
}
