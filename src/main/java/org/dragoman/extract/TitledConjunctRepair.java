package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "President Ana Lenko and Defence Minister Ivo Marek received Tomas Ruiz": the parser may read the first name as a
 * compound of the second's title ("Lenko ... Minister"), so that only the second person is a subject. A person's name
 * followed by "and" and a title that it is a compound of, where that title names the next person, is rather that
 * person's conjunct: it takes the second name's relations too. So is a first name the parser made a compound of the
 * second name itself.
 */
final class TitledConjunctRepair {
    private TitledConjunctRepair() {
    }

    /** The article with such names conjoined; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, TitledConjunctRepair::repair);
    }

    static Sentence repair(Sentence s) {
        for (int first = 0; first + 3 < s.tokens().size(); first++) {
            boolean person = s.token(first).ner().equals("PERSON") && !s.token(first + 1).ner().equals("PERSON");
            if (!person || !s.token(first + 1).word().matches("and|or")) {
                continue;
            }
            // The title after "and" and the name it leads to.
            int second = first + 2;
            while (second < s.tokens().size() && s.token(second).ner().equals("TITLE")) {
                second++;
            }
            if (second == first + 2 || second >= s.tokens().size() || !s.token(second).ner().equals("PERSON")) {
                continue;
            }
            while (second + 1 < s.tokens().size() && s.token(second + 1).ner().equals("PERSON")) {
                second++;
            }
            int title = Arguments.governor(s, first, "compound");
            // "Secretary of State Ana Lenko and Defence Minister Ivo Marek": the first name may hang on the second name itself.
            if (title <= first + 1 || title > second || Arguments.governor(s, first, "conj") >= 0) {
                continue;
            }
            return conjoined(s, first, second, title);
        }
        return s;
    }

    private static Sentence conjoined(Sentence s, int first, int second, int title) {
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            boolean misread = d.governor() == title && d.dependent() == first
                    || d.governor() == first && d.dependent() > first && d.dependent() < second && d.base().equals("conj")
                    || d.dependent() == first + 1 && d.base().equals("cc");
            if (!misread) {
                deps.add(d);
            }
        }
        String word = s.token(first + 1).word();
        deps.add(new Dependency("cc", second, first + 1));
        deps.add(new Dependency("conj:" + word, first, second));
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == second && d.governor() != first && (d.governor() < first || d.governor() > second)) {
                deps.add(new Dependency(d.relation(), d.governor(), first));
            }
        }
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }
}
