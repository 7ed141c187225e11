package org.dragoman.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Mention;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Surnames spelt like a month: once "Prime Minister Ana May" is named, NER still tags a lone "May" as a date, so "Ivo
 * Ruiz met May on Monday" loses its counterpart and gains the month as its date. A lone month word that a named person's
 * last word spells becomes that person's mention where the parse gives it a person's role: subject, object, owner,
 * "with"/"between" phrase, beside another person by "and", or right after a verb ("met May in Oslo").
 *
 * <p>Edge cases: "in May", "since May", "May 5", "last May" and "to May" after another month stay dates; a month
 * word that is part of a longer name or that no person's name ends with is left alone.
 */
final class MonthSurnameRepair {
    private static final Set<String> MONTHS = WordLists.DATES.get("month-name");
    private static final Set<String> PERSON_RELATIONS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "nmod:poss",
            "obl:with", "nmod:with", "obl:between", "nmod:between", "obl:to", "nmod:to");

    private MonthSurnameRepair() {
    }

    /** The article with such month words made person mentions; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        Set<String> surnames = new HashSet<>();
        for (Mention m : doc.entityMentions()) {
            String[] words = m.text().strip().split("\\s+");
            if (m.kind().equals("PERSON") && words.length >= 2 && month(words[words.length - 1])) {
                surnames.add(words[words.length - 1]);
            }
        }
        if (surnames.isEmpty()) {
            return doc;
        }
        List<Mention> mentions = new ArrayList<>(doc.entityMentions());
        List<Sentence> sentences = new ArrayList<>(doc.sentences());
        boolean changed = false;
        for (Sentence s : doc.sentences()) {
            List<Token> tokens = null;
            List<Dependency> deps = null;
            for (Token t : s.tokens()) {
                int i = t.index();
                if (!surnames.contains(t.word()) || t.ner().equals("PERSON") || !lone(s, i) || !personRole(s, i)) {
                    continue;
                }
                if (tokens == null) {
                    tokens = new ArrayList<>(s.tokens());
                    deps = new ArrayList<>(s.dependencies());
                }
                tokens.set(i, new Token(i, t.word(), t.lemma(), "NNP", "PERSON", null, t.begin(), t.end()));
                // The verb's time becomes its object, as it would have been parsed had the word been read as a name.
                deps.replaceAll(d -> d.dependent() == i && timeRightAfterVerb(s, d) ? new Dependency("obj", d.governor(), i) : d);
                mentions.removeIf(m -> m.sentence() == s.index() && m.start() <= i && m.end() > i);
                mentions.add(new Mention(s.index(), i, i + 1, i, t.word(), "PERSON", t.begin(), t.end()));
                changed = true;
            }
            if (tokens != null) {
                sentences.set(s.index(), new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens, deps));
            }
        }
        if (!changed) {
            return doc;
        }
        mentions.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::start));
        return new AnnotatedArticle(doc.article(), sentences, mentions, doc.corefChains(), doc.quotes());
    }

    /** Whether no number, proper noun or other month stands beside the word ("May 5", "5 May", "Ana May"). */
    private static boolean lone(Sentence s, int i) {
        for (int j : new int[] {i - 1, i + 1}) {
            if (j >= 0 && j < s.tokens().size()) {
                Token n = s.token(j);
                if (n.pos().equals("CD") || n.pos().startsWith("NNP") || month(n.word())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the parse gives the word a person's role, and "to" follows no month or number ("April to May"). */
    private static boolean personRole(Sentence s, int i) {
        for (Dependency d : s.parents(i)) {
            String r = d.relation();
            if (r.equals("obl:to") || r.equals("nmod:to")) {
                for (int j = Math.max(0, i - 4); j < i; j++) {
                    if (month(s.token(j).word()) || s.token(j).pos().equals("CD")) {
                        return false;
                    }
                }
            }
            boolean besidePerson = d.base().equals("conj") && d.governor() >= 0 && s.token(d.governor()).ner().equals("PERSON");
            if (PERSON_RELATIONS.contains(r) || besidePerson || timeRightAfterVerb(s, d)) {
                return true;
            }
        }
        return false;
    }

    /** "met May in Oslo": the parser reads the month right after a verb as its time, where no day follows. */
    private static boolean timeRightAfterVerb(Sentence s, Dependency d) {
        return d.relation().equals("obl:tmod") && d.governor() == d.dependent() - 1 && s.token(d.governor()).isVerb();
    }

    private static boolean month(String word) {
        return MONTHS.contains(word.toLowerCase(Locale.ROOT));
    }
}
