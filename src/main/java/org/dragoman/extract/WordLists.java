package org.dragoman.extract;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.dragoman.model.DragomanException;

/**
 * Named word lists read from a two-column table ({@code list}, {@code word}) bundled beside this class, so that the
 * words the rules look for are data, one table per subject. Immutable; each table is read once, into the constants.
 *
 * <p>Asking for a list the table does not have is an error, not an empty list: a misspelt name would otherwise
 * silently switch a rule off.
 */
final class WordLists {
    /** Meeting and visit words: {@code meeting-words.tsv}. */
    static final WordLists MEETING = load("meeting-words.tsv");
    /** Status words (plans, cancellations, denials, hypotheses): {@code status-words.tsv}. */
    static final WordLists STATUS = load("status-words.tsv");
    /** Date words: {@code date-words.tsv}. */
    static final WordLists DATES = load("date-words.tsv");
    /** Personal-name words, as written (capitalised): {@code name-words.tsv}. */
    static final WordLists NAMES = load("name-words.tsv");
    /** State-body words: {@code body-words.tsv}. */
    static final WordLists BODIES = load("body-words.tsv");
    /** Words of a story's layout (lines linking to other stories): {@code layout-words.tsv}. */
    static final WordLists LAYOUT = load("layout-words.tsv");

    private final String resource;
    private final Map<String, Set<String>> lists;

    private WordLists(String resource, Map<String, Set<String>> lists) {
        this.resource = resource;
        this.lists = Map.copyOf(lists);
    }

    static WordLists load(String resource) {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (String[] row : TsvResource.rows(resource, 2, 2)) {
            lists.computeIfAbsent(row[0].strip(), k -> new LinkedHashSet<>()).add(row[1].strip());
        }
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        lists.forEach((name, words) -> frozen.put(name, Set.copyOf(words)));
        return new WordLists(resource, frozen);
    }

    /** The words of all the lists named, unmodifiable; each name must be a list. */
    Set<String> union(String... names) {
        Set<String> all = new java.util.HashSet<>();
        for (String name : names) {
            all.addAll(get(name));
        }
        return Set.copyOf(all);
    }

    /** The words of list {@code name}, unmodifiable. */
    Set<String> get(String name) {
        Set<String> words = lists.get(name);
        if (words == null) {
            throw new DragomanException(resource + ": no word list '" + name + "'");
        }
        return words;
    }
}
