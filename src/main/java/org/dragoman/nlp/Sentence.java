package org.dragoman.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence with its tokens and dependency edges.
 *
 * @param index 0-based position in the article
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, List<Dependency> dependencies) implements java.io.Serializable {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** Edges whose governor is {@code governor}. */
    public List<Dependency> children(int governor) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == governor) {
                out.add(d);
            }
        }
        return out;
    }

    /** Edges whose dependent is {@code dependent}. */
    public List<Dependency> parents(int dependent) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.dependent() == dependent) {
                out.add(d);
            }
        }
        return out;
    }

    /** The text of tokens [from, to). */
    public String span(int from, int to, String articleText) {
        if (from >= to) {
            return "";
        }
        return articleText.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
    }
}
