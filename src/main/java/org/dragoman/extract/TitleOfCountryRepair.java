package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "received a delegation led by Prime Minister of Ruritania Ana Soto": wire copy that puts the country between the title
 * and the name leads the parser to read "Ruritania Ana Soto" as one name, the of-phrase of the title, so the phrase is
 * headed by the title and names no one. Where a title's of-phrase is a person's name that opens with a country, the name
 * becomes the head: it takes the title's place, the title is its compound and the country the title's of-phrase.
 *
 * <p>Edge cases: a country that is the whole of-phrase ("Prime Minister of Ruritania") and a name with no country before
 * it ("the wife of Ana Soto") are left alone.
 */
final class TitleOfCountryRepair {
    private TitleOfCountryRepair() {
    }

    /** The article with such names made heads; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, TitleOfCountryRepair::repair);
    }

    static Sentence repair(Sentence s) {
        // One phrase at a time: a sentence may hold several ("President of A Ana Soto received Prime Minister of B ...").
        for (Sentence once = repairOne(s); once != s; once = repairOne(s)) {
            s = once;
        }
        return s;
    }

    private static Sentence repairOne(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int title = d.governor();
            int name = d.dependent();
            if (title < 0 || !d.relation().equals("nmod:of") || !s.token(title).ner().equals("TITLE")
                    || !s.token(name).ner().equals("PERSON") || !s.token(name).isProperNoun()) {
                continue;
            }
            List<Integer> countries = Arguments.dependents(s, name, "compound").stream()
                    .filter(c -> c < name && s.token(c).ner().equals("COUNTRY") && s.token(c).isProperNoun()).toList();
            int of = Arguments.dependents(s, name, "case").stream().filter(c -> c < name && s.token(c).word().equalsIgnoreCase("of"))
                    .findFirst().orElse(-1);
            if (countries.size() != 1 || of < 0 || of > countries.get(0)) {
                continue;
            }
            int country = countries.get(0);
            Dependency above = s.parents(title).stream().findFirst().orElse(null);
            List<Dependency> added = new ArrayList<>();
            added.add(new Dependency("compound", name, title));
            added.add(new Dependency("nmod:of", title, country));
            added.add(new Dependency("case", country, of));
            if (above != null) {
                added.add(new Dependency(above.relation(), above.governor(), name));
            }
            return SentenceRepairs.rewired(s, x -> x.equals(d) || x.equals(above)
                    || x.governor() == name && (x.dependent() == country || x.dependent() == of) ? null : x, added);
        }
        return s;
    }
}
