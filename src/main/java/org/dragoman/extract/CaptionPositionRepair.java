package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Mention;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Photo captions: "Ruritanian President Ana Soto, left, shakes hands with Ivo Ruiz in Lima, Oct. 13, 2013" and "Ana
 * Soto, left, and Ivo Ruiz, right, review an honor guard". The parser takes the position word for a verb ("left") or
 * joins the second name to it, so the caption's verb loses its subjects. Where one or two people, each followed by a
 * position between commas, come right before a verb, the verb heads the sentence with them as its subjects, the
 * positions hang on the names, and a date closing the caption is the verb's time. A meeting verb in -s the tagger took
 * for a plural noun ("talks with") is a verb again.
 */
final class CaptionPositionRepair {
    /** The position words of a caption between commas: "left", "second from right", "far left", "center". */
    private static final Pattern POSITION = Pattern.compile("(?i)(?:(?:far|second|third|fourth|top|bottom)\\s)?(?:from\\s)?"
            + "(?:left|right|center|centre|front|rear)");
    private static final Set<String> MEET_VERBS = WordLists.MEETING.get("meet-verb");

    private CaptionPositionRepair() {
    }

    /** The article with such captions reparsed; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        List<Sentence> sentences = new ArrayList<>();
        boolean changed = false;
        for (Sentence s : doc.sentences()) {
            List<Mention> people = doc.entityMentions().stream().filter(m -> m.sentence() == s.index() && m.kind().equals("PERSON")).toList();
            Sentence repaired = repair(s, people);
            changed |= repaired != s;
            sentences.add(repaired);
        }
        return changed ? new AnnotatedArticle(doc.article(), sentences, doc.entityMentions(), doc.corefChains(), doc.quotes()) : doc;
    }

    private static Sentence repair(Sentence s, List<Mention> people) {
        for (Mention first : people) {
            int firstPosition = positionAfter(s, first.end());
            if (firstPosition < 0) {
                continue;
            }
            int next = firstPosition + 1;
            Mention second = null;
            int secondPosition = -1;
            if (next < s.tokens().size() && s.token(next).word().equalsIgnoreCase("and")) {
                final int from = next + 1;
                Optional<Mention> named = people.stream().filter(m -> m.start() >= from && m.start() <= from + 5).findFirst();
                if (named.isEmpty()) {
                    continue;
                }
                second = named.get();
                secondPosition = positionAfter(s, second.end());
                next = secondPosition >= 0 ? secondPosition + 1 : second.end();
            }
            if (next >= s.tokens().size() || !s.token(next).pos().matches("VBZ|VBP|VBD|VB") && !meetingVerbTakenForNoun(s, next)) {
                continue;
            }
            return rebuilt(s, first, firstPosition, second, secondPosition, next);
        }
        return s;
    }

    /**
     * "..., in Lima, Oct. 13, 2013.": the date a caption closes with, after a comma, tells when the picture was taken;
     * the parser hangs it on the last noun. It becomes a time of the caption's verb.
     */
    private static void hangClosingDate(Sentence s, int verb, List<Dependency> deps) {
        int end = s.tokens().size();
        while (end > verb + 1 && s.token(end - 1).pos().equals(".")) {
            end--;
        }
        int start = end;
        while (start > verb + 1 && s.token(start - 1).ner().equals("DATE")) {
            start--;
        }
        if (start == end || !s.token(start - 1).word().equals(",")) {
            return;
        }
        final int from = start;
        final int to = end;
        for (int i = 0; i < deps.size(); i++) {
            Dependency d = deps.get(i);
            if (d.dependent() >= from && d.dependent() < to && (d.governor() < from || d.governor() >= to)) {
                deps.set(i, new Dependency("obl:tmod", verb, d.dependent()));
            }
        }
    }

    /** "Ana Soto, right, talks with Ivo Ruiz": a meeting verb in -s the tagger took for a plural noun. */
    private static boolean meetingVerbTakenForNoun(Sentence s, int t) {
        return s.token(t).pos().equals("NNS") && MEET_VERBS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT));
    }

    /** The closing comma of ", left," right at token {@code t}; -1 when no position between commas starts there. */
    private static int positionAfter(Sentence s, int t) {
        if (t >= s.tokens().size() || !s.token(t).word().equals(",")) {
            return -1;
        }
        for (int close = t + 2; close <= t + 4 && close < s.tokens().size(); close++) {
            if (s.token(close).word().equals(",")) {
                String words = String.join(" ", s.tokens().subList(t + 1, close).stream().map(Token::word).toList());
                return POSITION.matcher(words).matches() ? close : -1;
            }
        }
        return -1;
    }

    /**
     * The sentence with each name's words, and the verb's words from it to the end, keeping their own structure; the
     * verb the root with the names as its subjects; the positions and their commas hanging on the names.
     */
    private static Sentence rebuilt(Sentence s, Mention first, int firstPosition, Mention second, int secondPosition, int verb) {
        int[][] regions = second == null
                ? new int[][] {{0, first.end()}, {verb, s.tokens().size()}}
                : new int[][] {{0, first.end()}, {firstPosition + 2, second.end()}, {verb, s.tokens().size()}};
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            for (int[] r : regions) {
                if (d.governor() >= r[0] && d.governor() < r[1] && d.dependent() >= r[0] && d.dependent() < r[1]) {
                    deps.add(d);
                }
            }
        }
        deps.add(new Dependency("root", -1, verb));
        deps.add(new Dependency("nsubj", verb, first.head()));
        if (second != null) {
            deps.add(new Dependency("nsubj", verb, second.head()));
            deps.add(new Dependency("conj:and", first.head(), second.head()));
            deps.add(new Dependency("cc", second.head(), firstPosition + 1));
        }
        for (int t = first.end(); t <= firstPosition; t++) {
            deps.add(new Dependency(s.token(t).word().equals(",") ? "punct" : "advmod", first.head(), t));
        }
        for (int t = second == null ? 0 : second.end(); second != null && t <= secondPosition; t++) {
            deps.add(new Dependency(s.token(t).word().equals(",") ? "punct" : "advmod", second.head(), t));
        }
        // A word whose head lay outside its region (a closing stop, a "FILE -" before the name) hangs on its region's head.
        int[] heads = second == null ? new int[] {first.head(), verb} : new int[] {first.head(), second.head(), verb};
        for (int r = 0; r < regions.length; r++) {
            for (int t = regions[r][0]; t < regions[r][1]; t++) {
                final int token = t;
                if (t != heads[r] && deps.stream().noneMatch(d -> d.dependent() == token)) {
                    deps.add(new Dependency(s.token(t).pos().equals(".") || s.token(t).word().matches("[-,]") ? "punct" : "dep", heads[r], t));
                }
            }
        }
        hangClosingDate(s, verb, deps);
        List<Token> tokens = new ArrayList<>(s.tokens());
        Token v = tokens.get(verb);
        if (!v.isVerb()) {
            tokens.set(verb, new Token(v.index(), v.word(), v.lemma(), "VBZ", v.ner(), v.normalized(), v.begin(), v.end()));
        }
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), List.copyOf(tokens), deps);
    }
}
