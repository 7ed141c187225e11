package org.dragoman.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * Subjects the parser joined to a fronted date: in "In Lima on Monday, Ana Soto and Ivo Ruiz held talks" it may make
 * the names conjuncts of "Monday", leaving the verb without a subject. Names conjoined to a date phrase of a
 * subjectless verb, after a comma and before the verb, become its subjects; so does a name the parser made the head of
 * the date's phrase ("On Monday Ana Soto met ...", "On Monday Foreign Minister Ana Soto spoke ...", also for a second
 * conjunct whose only subject is the first's: "..., and in May Ana Soto received Ivo Ruiz"). A bare date made a
 * relative verb's subject ("Ana Soto, who earlier Monday held talks") gives the subject back to the relative's noun.
 */
final class DateSubjectRepair {
    /** The relations that tie a misplaced name to the date: its conjunct edge, and the enhanced copies of the date's own. */
    private static final Set<String> MISPLACED_RELATIONS = Set.of("conj", "obl", "nmod");

    private DateSubjectRepair() {
    }

    /** The article with such subjects restored; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, DateSubjectRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        Sentence adjectival = verbReadAsAdjective(s);
        if (adjectival != null) {
            return adjectival;
        }
        Sentence relative = dateReadAsSubject(s);
        if (relative != null) {
            return relative;
        }
        for (int v = 1; v < s.tokens().size(); v++) {
            boolean subjectless = Arguments.dependents(s, v, "nsubj", "nsubj:pass", "expl").isEmpty();
            if (!s.token(v).isVerb() || !subjectless && !inheritedSubjectOnly(s, v)) {
                continue;
            }
            // The date hangs on the verb ("on Monday") or on a place phrase before it ("In Lima on Monday").
            List<Integer> dates = new ArrayList<>();
            for (int o : Arguments.dependents(s, v, "obl")) {
                dates.add(o);
                dates.addAll(Arguments.dependents(s, o, "nmod"));
            }
            for (int o : Arguments.dependents(s, v, "obl")) {
                int date = Arguments.dependents(s, o, "compound").stream().filter(d -> d < o && s.token(d).ner().equals("DATE"))
                        .findFirst().orElse(-1);
                // "On Monday Foreign Minister Ana Soto spoke": the day may be a compound of the title before the name.
                for (int title : date < 0 ? Arguments.dependents(s, o, "compound") : List.<Integer>of()) {
                    int inner = Arguments.dependents(s, title, "compound").stream()
                            .filter(d -> d < title && s.token(d).ner().equals("DATE")).findFirst().orElse(-1);
                    date = date < 0 && inner >= 0 && s.token(title).ner().equals("TITLE") ? inner : date;
                }
                if (o < v && date >= 0 && s.token(o).isProperNoun() && !s.token(o).ner().equals("DATE")
                        && (subjectless || o > Arguments.governor(s, v, "conj"))) {
                    return namedAfterDate(s, v, o, date);
                }
                if (!subjectless) {
                    continue;
                }
                // "At the start of May Ana Soto flew to Lima": the name heads the date inside the phrase's of-phrase.
                for (int inner : o < v && s.token(o).ner().equals("DATE") ? Arguments.dependents(s, o, "nmod:of") : List.<Integer>of()) {
                    int month = Arguments.dependents(s, inner, "compound").stream().filter(d -> d < inner && s.token(d).ner().equals("DATE"))
                            .findFirst().orElse(-1);
                    if (inner < v && month >= 0 && s.token(inner).ner().equals("PERSON")) {
                        return namedInsideDate(s, v, o, inner, month);
                    }
                }
            }
            for (int date : subjectless ? dates : List.<Integer>of()) {
                if (date > v || !s.token(date).ner().equals("DATE")) {
                    continue;
                }
                final int verb = v;
                List<Integer> names = Arguments.dependents(s, date, "conj").stream()
                        .filter(x -> x > date && x < verb && s.token(x).isProperNoun() && !s.token(x).ner().equals("DATE")).toList();
                if (!names.isEmpty() && SentenceRepairs.commaBetween(s, date, names.get(0))) {
                    return withSubjects(s, v, names);
                }
            }
        }
        return s;
    }

    /**
     * "X hosted the talks, and in May Ana Soto received Ivo Ruiz": a second conjunct whose only subjects are the first
     * conjunct's, copied down by the parser, has lost its own.
     */
    private static boolean inheritedSubjectOnly(Sentence s, int v) {
        int first = Arguments.governor(s, v, "conj");
        List<Integer> subjects = Arguments.dependents(s, v, "nsubj", "nsubj:pass");
        return first >= 0 && first < v && !subjects.isEmpty() && subjects.stream().allMatch(n -> n < first)
                && !Arguments.dependents(s, v, "cc").isEmpty();
    }

    /**
     * "On Wednesday Ana Soto is due to ...": with no comma after the date, the parser may read date and name as one
     * phrase, the name its head. The name becomes the verb's subject and the date its own phrase, with the
     * preposition.
     */
    private static Sentence namedAfterDate(Sentence s, int v, int name, int date) {
        boolean passive = !Arguments.dependents(s, v, "aux:pass").isEmpty();
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if (d.governor() == v && d.base().startsWith("nsubj")) {
                continue;
            }
            if (d.governor() == v && d.dependent() == name) {
                deps.add(new Dependency(passive ? "nsubj:pass" : "nsubj", v, name));
                deps.add(new Dependency(d.relation(), v, date));
            } else if (d.dependent() == date && d.base().equals("compound")) {
                continue;
            } else if (d.governor() == name && d.base().equals("case") && d.dependent() < date) {
                deps.add(new Dependency("case", date, d.dependent()));
            } else {
                deps.add(d);
            }
        }
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }

    /**
     * "At the start of May Ana Soto flew": the name, made the of-phrase of the date's head with the month its compound,
     * becomes the verb's subject; the month takes the of-phrase and its preposition.
     */
    private static Sentence namedInsideDate(Sentence s, int v, int head, int name, int month) {
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if (d.governor() == head && d.dependent() == name) {
                deps.add(new Dependency(d.relation(), head, month));
            } else if (d.governor() == name && d.dependent() == month) {
                continue;
            } else if (d.governor() == name && d.base().equals("case") && d.dependent() < month) {
                deps.add(new Dependency("case", month, d.dependent()));
            } else {
                deps.add(d);
            }
        }
        deps.add(new Dependency(!Arguments.dependents(s, v, "aux:pass").isEmpty() ? "nsubj:pass" : "nsubj", v, name));
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }

    /**
     * "Later on Monday Ana Soto held talks with Ivo Ruiz": the parser may join the name to the date ("Monday Ana Soto")
     * and read the verb as an adjective of its object ("held talks"), which then heads the sentence. The past verb becomes
     * the root, the name its subject, the object its object and the date its own phrase; what the object headed for the
     * sentence (a conjoined verb, the full stop) goes with the verb. Null when the sentence is no such parse.
     */
    private static Sentence verbReadAsAdjective(Sentence s) {
        int root = s.children(-1).stream().map(Dependency::dependent).findFirst().orElse(-1);
        int v = root - 1;
        if (root < 2 || !s.token(root).isNoun() || !s.token(v).pos().matches("VBD|VBZ|VBP")
                || !s.dependencies().contains(new Dependency("amod", root, v)) || !s.token(v - 1).ner().equals("PERSON")) {
            return null;
        }
        int name = v - 1;
        int date = Arguments.dependents(s, name, "compound").stream().filter(d -> s.token(d).ner().equals("DATE")).findFirst().orElse(-1);
        int nameHead = s.parents(name).stream().map(Dependency::governor).findFirst().orElse(-1);
        if (date < 0 || nameHead < 0 || nameHead >= name) {
            return null;
        }
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if (d.governor() < 0 || d.governor() == root && d.dependent() == v || d.dependent() == name && d.governor() == nameHead
                    || d.governor() == name && (d.dependent() == date || d.base().equals("case"))) {
                if (d.governor() == name && d.base().equals("case")) {
                    deps.add(new Dependency("case", date, d.dependent()));
                }
                continue;
            }
            boolean sentential = d.governor() == root && (d.base().equals("conj") || d.base().equals("punct") || d.base().equals("cc")
                    || d.base().equals("parataxis"));
            deps.add(sentential ? new Dependency(d.relation(), v, d.dependent()) : d);
        }
        deps.add(new Dependency("root", -1, v));
        deps.add(new Dependency("nsubj", v, name));
        deps.add(new Dependency("obj", v, root));
        deps.add(new Dependency("obl:" + (s.token(date - 1).pos().equals("IN") ? s.token(date - 1).word().toLowerCase(java.util.Locale.ROOT) : "tmod"), v, date));
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }

    /**
     * "Ana Soto, who earlier Monday held talks with Ivo Ruiz": the parser may make the bare date the verb's subject and
     * the relative pronoun's noun its object. An object before its verb can only come through a relative pronoun, so it
     * becomes the subject and the date a time phrase. Null when the sentence has no such verb.
     */
    private static Sentence dateReadAsSubject(Sentence s) {
        for (Dependency subject : s.dependencies()) {
            int v = subject.governor();
            int date = subject.dependent();
            if (!subject.relation().equals("nsubj") || v < 0 || date > v || !s.token(v).isVerb() || !s.token(date).ner().equals("DATE")) {
                continue;
            }
            int object = Arguments.dependents(s, v, "obj").stream().filter(o -> o < date && !s.token(o).ner().equals("DATE"))
                    .findFirst().orElse(-1);
            if (object < 0) {
                continue;
            }
            List<Dependency> deps = new ArrayList<>();
            for (Dependency d : s.dependencies()) {
                if (d.equals(subject)) {
                    deps.add(new Dependency("obl:tmod", v, date));
                } else if (d.governor() == v && d.dependent() == object && d.relation().equals("obj")) {
                    deps.add(new Dependency("nsubj", v, object));
                } else {
                    deps.add(d);
                }
            }
            return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
        }
        return null;
    }

    private static Sentence withSubjects(Sentence s, int v, List<Integer> names) {
        Set<Integer> moved = new HashSet<>(names);
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            boolean misplaced = moved.contains(d.dependent()) && MISPLACED_RELATIONS.contains(d.base());
            if (!misplaced) {
                deps.add(d);
            }
        }
        int first = names.get(0);
        for (int name : names) {
            deps.add(new Dependency("nsubj", v, name));
            if (name != first) {
                deps.add(new Dependency("conj:and", first, name));
            }
        }
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }
}
