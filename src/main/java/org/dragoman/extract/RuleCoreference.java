package org.dragoman.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.CorefChain;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Mention;
import org.dragoman.nlp.Quote;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Dragoman's own coreference, for articles annotated without CoreNLP's: {@link CorefChain}s of the shape CoreNLP gives,
 * from the annotations alone, so that the extractor reads pronouns and titles as it reads CoreNLP's chains.
 * <ul>
 *   <li>"he", "him", "his", "she", "her": the most recent person of a compatible gender (first name or honorific;
 *       unknown fits either) in the pronoun's sentence or the two before, subjects first; "its": an organisation or
 *       country likewise. A resolved pronoun stands for its name further on ("Soto arrived. He said ... he added").</li>
 *   <li>"I", "me", "my" inside a quotation: the person who is the subject of a verb beside it ('"I agree," she said').</li>
 *   <li>"the minister", "the foreign minister": the nearest person named with those title words, up to three
 *       sentences back.</li>
 *   <li>a short name that ends two different full names ("Soto" after two Sotos): the nearest full name before it; a
 *       single one {@link EntityExtractor} joins by itself.</li>
 * </ul>
 * A name inside a quotation is an antecedent only for a pronoun in the same quotation ('"Ana Soto will lose," he said'),
 * an object pronoun never takes its own verb's subject ("Soto praised her"), "it" and "they" are left alone, and an
 * article that already has chains is returned unchanged.
 */
public final class RuleCoreference {
    private static final Set<String> MASCULINE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMININE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> NEUTER = Set.of("its");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself");
    private static final Set<String> MALE_HONORIFICS = Set.of("mr", "mr.", "sir", "king", "prince", "emir", "sultan", "sheikh");
    private static final Set<String> FEMALE_HONORIFICS = Set.of("mrs", "mrs.", "ms", "ms.", "madam", "dame", "queen", "princess");
    private static final Set<String> PERSON = Set.of("PERSON");
    private static final Set<String> BODY = Set.of("ORGANIZATION", "COUNTRY", "STATE_OR_PROVINCE");
    /** The kind of a definite description's mention ("the foreign minister"), which the extractor maps as a pronoun. */
    public static final String DESCRIPTION = "DESCRIPTION";
    /** How many sentences before a description's own are searched for the title's holder. */
    private static final int DESCRIPTION_SENTENCES_BACK = 3;
    /** How many sentences before the pronoun's own are searched, not counting those wholly inside a quotation. */
    private static final int SENTENCES_BACK = 2;

    private final GenderLexicon genders;

    public RuleCoreference() {
        this(GenderLexicon.load());
    }

    RuleCoreference(GenderLexicon genders) {
        this.genders = genders;
    }

    /** The article with pronoun chains added; unchanged when it has chains already or no pronoun resolves. */
    public AnnotatedArticle resolve(AnnotatedArticle doc) {
        if (!doc.corefChains().isEmpty()) {
            return doc;
        }
        List<Mention> names = doc.entityMentions().stream()
                .filter(m -> PERSON.contains(m.kind()) || BODY.contains(m.kind())).filter(m -> !pronoun(doc, m)).toList();
        // Where each name stands, and later each resolved pronoun too: "He said ... he added" follows the chain.
        List<Occurrence> seen = new ArrayList<>();
        for (Mention m : names) {
            seen.add(new Occurrence(m.sentence(), m.start(), m.end(), m.begin(), m.endChar(), m));
        }
        Map<Mention, List<Mention>> byAntecedent = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                String word = t.word().toLowerCase(Locale.ROOT);
                // "They" and "it" are left alone: on the tune halves, joining them to a body named nearby was wrong
                // more often than right ("it begins with", "they are").
                if (!t.isPronoun() || !(MASCULINE.contains(word) || FEMININE.contains(word) || NEUTER.contains(word))) {
                    continue;
                }
                Mention antecedent = antecedent(doc, seen, s, t, word);
                if (antecedent != null) {
                    byAntecedent.computeIfAbsent(antecedent, k -> new ArrayList<>())
                            .add(new Mention(s.index(), t.index(), t.index() + 1, t.index(), t.word(), "PRONOMINAL", t.begin(), t.end()));
                    seen.add(new Occurrence(s.index(), t.index(), t.index() + 1, t.begin(), t.end(), antecedent));
                }
            }
            for (Token t : s.tokens()) {
                List<String> title = description(s, t.index());
                Mention holder = title == null ? null : titleHolder(doc, names, s, t.index(), title);
                if (holder != null) {
                    int start = t.index() - title.size();
                    byAntecedent.computeIfAbsent(holder, k -> new ArrayList<>()).add(new Mention(s.index(), start, t.index() + 1,
                            t.index(), s.span(start, t.index() + 1, doc.text()), DESCRIPTION, s.token(start).begin(), t.end()));
                }
            }
        }
        // Second pass, with every third-person pronoun resolved: '"I will go," he said' makes "I" the speaker's.
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                Quote q = FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT)) && t.isPronoun()
                        ? quoteOf(doc, t.begin(), t.end()) : null;
                Mention speaker = q == null ? null : quoteSpeaker(doc, seen, q);
                if (speaker != null) {
                    byAntecedent.computeIfAbsent(speaker, k -> new ArrayList<>())
                            .add(new Mention(s.index(), t.index(), t.index() + 1, t.index(), t.word(), "PRONOMINAL", t.begin(), t.end()));
                }
            }
        }
        for (Mention m : doc.entityMentions()) {
            Mention full = pronoun(doc, m) ? null : fullNameBefore(doc, m);
            if (full != null) {
                byAntecedent.computeIfAbsent(full, k -> new ArrayList<>()).add(proper(m));
            }
        }
        if (byAntecedent.isEmpty()) {
            return doc;
        }
        List<CorefChain> chains = new ArrayList<>();
        for (Map.Entry<Mention, List<Mention>> e : byAntecedent.entrySet()) {
            Mention proper = proper(e.getKey());
            List<Mention> mentions = new ArrayList<>();
            mentions.add(proper);
            mentions.addAll(e.getValue());
            mentions.sort(java.util.Comparator.comparingInt(Mention::begin));
            chains.add(new CorefChain(chains.size() + 1, mentions, proper));
        }
        return new AnnotatedArticle(doc.article(), doc.sentences(), doc.entityMentions(), chains, doc.quotes());
    }

    /**
     * The person who speaks a quotation: a person's name, or a pronoun resolved to one, that is the subject of a verb
     * outside any quotation in the sentence where the quotation ends or begins, the nearest to it; null when none.
     */
    private static Mention quoteSpeaker(AnnotatedArticle doc, List<Occurrence> seen, Quote q) {
        int endSentence = doc.sentenceIndexAt(Math.max(q.begin(), q.end() - 1));
        int beginSentence = doc.sentenceIndexAt(q.begin());
        Occurrence best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Occurrence o : seen) {
            if (o.sentence() != endSentence && o.sentence() != beginSentence || !PERSON.contains(o.name().kind())
                    || quoteOf(doc, o.begin(), o.endChar()) != null
                    || subjectRole(doc.sentences().get(o.sentence()), o.start(), o.end()) == 0) {
                continue;
            }
            int distance = o.begin() >= q.end() ? o.begin() - q.end() : q.begin() - o.endChar();
            if (distance >= 0 && distance < bestDistance) {
                best = o;
                bestDistance = distance;
            }
        }
        return best == null ? null : best.name();
    }

    /** A name, or a pronoun already resolved to one, at a place in the text. */
    private record Occurrence(int sentence, int start, int end, int begin, int endChar, Mention name) {
    }

    /**
     * The title words of a definite description ending at {@code t}, "the" excluded ("the prime minister": [prime,
     * minister]); null unless it is "the", then title modifiers, then a title word, with no name right after it.
     */
    private static List<String> description(Sentence s, int t) {
        Token head = s.token(t);
        if (!head.pos().equals("NN") || !TitleLexicon.isTitleWord(head.word().toLowerCase(Locale.ROOT))
                || t + 1 < s.tokens().size() && (s.token(t + 1).isProperNoun() || s.token(t + 1).word().equalsIgnoreCase("of"))) {
            return null;
        }
        int i = t - 1;
        while (i >= 0 && (TitleLexicon.isTitleModifier(s.token(i).word().toLowerCase(Locale.ROOT))
                || TitleLexicon.isTitleWord(s.token(i).word().toLowerCase(Locale.ROOT)))) {
            i--;
        }
        if (i < 0 || !s.token(i).word().equalsIgnoreCase("the")) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int k = i + 1; k <= t; k++) {
            words.add(s.token(k).word().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * The nearest person before the description who was given its title words beside the name ("Foreign Minister
     * Ana Soto", "Ana Soto, the foreign minister"), in its sentence or the three before; null when none.
     */
    private static Mention titleHolder(AnnotatedArticle doc, List<Mention> names, Sentence s, int t, List<String> title) {
        Mention found = null;
        for (Mention m : names) {
            if (!PERSON.contains(m.kind()) || m.sentence() > s.index() || m.sentence() < s.index() - DESCRIPTION_SENTENCES_BACK
                    || m.sentence() == s.index() && m.end() > t - title.size()) {
                continue;
            }
            Sentence ms = doc.sentences().get(m.sentence());
            if (titledBeside(ms, m, title)) {
                found = m;
            }
        }
        return found;
    }

    /** Whether all the title words stand within four tokens before the name, or within five after it. */
    private static boolean titledBeside(Sentence s, Mention m, List<String> title) {
        List<String> near = new ArrayList<>();
        for (int k = Math.max(0, m.start() - 4); k < m.start(); k++) {
            near.add(s.token(k).word().toLowerCase(Locale.ROOT));
        }
        for (int k = m.end(); k < Math.min(s.tokens().size(), m.end() + 5); k++) {
            near.add(s.token(k).word().toLowerCase(Locale.ROOT));
        }
        return near.containsAll(title);
    }

    private static Mention proper(Mention name) {
        return new Mention(name.sentence(), name.start(), name.end(), name.end() - 1, name.text(), "PROPER", name.begin(),
                name.endChar());
    }

    /**
     * For a person's short name that ends two or more different full names ("Soto" after "Ana Soto" and "Luis Soto"),
     * the nearest full name before it; null when it ends fewer (the extractor joins a single one itself).
     */
    private static Mention fullNameBefore(AnnotatedArticle doc, Mention m) {
        if (!PERSON.contains(m.kind())) {
            return null;
        }
        List<String> words = words(m.text());
        Set<String> fullNames = new java.util.HashSet<>();
        Mention nearest = null;
        for (Mention other : doc.entityMentions()) {
            List<String> ow = words(other.text());
            if (!PERSON.contains(other.kind()) || ow.size() <= words.size()
                    || !ow.subList(ow.size() - words.size(), ow.size()).equals(words)) {
                continue;
            }
            fullNames.add(String.join(" ", ow));
            // A headline join repeats the name ("Soto talks-Soto"): it counts as a rival, never as the full name.
            boolean repeats = ow.subList(0, ow.size() - words.size()).contains(words.get(words.size() - 1));
            if (other.begin() < m.begin() && !repeats) {
                nearest = other;
            }
        }
        return fullNames.size() >= 2 ? nearest : null;
    }

    /** Words as the extractor compares names: split at spaces and hyphens, so a headline join counts as a name too. */
    private static List<String> words(String text) {
        return List.of(text.strip().toLowerCase(Locale.ROOT).split("[\\s-]+"));
    }

    /** CoreNLP's entity mentions include pronouns ("He" tagged PERSON); they are never names. */
    private static boolean pronoun(AnnotatedArticle doc, Mention m) {
        Sentence s = doc.sentences().get(m.sentence());
        for (int t = m.start(); t < m.end(); t++) {
            if (!s.token(t).isPronoun()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name the pronoun refers to. In its own sentence, a subject pronoun ("he said") takes a subject before it,
     * the main clause's first, and any other pronoun the nearest name before it ("Soto met Pérez to discuss his
     * plan"). In the sentences before, the main clause's subject, then any subject, then the first name.
     */
    private Mention antecedent(AnnotatedArticle doc, List<Occurrence> seen, Sentence s, Token pronoun, String word) {
        int excluded = coArgumentSubject(s, pronoun.index());
        Quote pronounQuote = quoteOf(doc, pronoun.begin(), pronoun.end());
        boolean nominative = word.equals("he") || word.equals("she");
        // Inside a quotation the quoted sentences are the context; outside one they are passed over (Narrative).
        List<Sentence> back = new ArrayList<>();
        if (pronounQuote == null) {
            back.addAll(Narrative.lookBack(doc, s, SENTENCES_BACK));
        } else {
            for (int si = s.index(); si >= Math.max(0, s.index() - SENTENCES_BACK); si--) {
                back.add(doc.sentences().get(si));
            }
        }
        for (Sentence cur : back) {
            int si = cur.index();
            boolean own = si == s.index();
            Occurrence mainSubject = null;
            Occurrence subject = null;
            Occurrence first = null;
            Occurrence nearest = null;
            for (Occurrence o : seen) {
                if (o.sentence() != si || own && o.end() > pronoun.index()
                        || own && excluded >= o.start() && excluded < o.end()
                        || !compatible(doc, o.name(), word) || !sameQuotation(doc, o, pronounQuote)) {
                    continue;
                }
                int role = subjectRole(cur, o.start(), o.end());
                if (role == 2 && (mainSubject == null || o.start() < mainSubject.start())) {
                    mainSubject = o;
                }
                if (role >= 1 && (subject == null || o.start() < subject.start())) {
                    subject = o;
                }
                if (first == null || o.start() < first.start()) {
                    first = o;
                }
                if (nearest == null || o.start() > nearest.start()) {
                    nearest = o;
                }
            }
            Occurrence chosen;
            // Taking the nearest name for "he" too gave fewer missed statements on polnear-train but more wrong speakers.
            if (own && !nominative) {
                chosen = nearest;
            } else {
                chosen = mainSubject != null ? mainSubject : subject != null ? subject : own ? nearest : first;
            }
            if (chosen != null) {
                return chosen.name();
            }
        }
        return null;
    }

    private boolean compatible(AnnotatedArticle doc, Mention m, String word) {
        if (NEUTER.contains(word)) {
            return BODY.contains(m.kind());
        }
        if (!PERSON.contains(m.kind())) {
            return false;
        }
        GenderLexicon.Gender gender = gender(doc, m);
        return MASCULINE.contains(word) ? gender != GenderLexicon.Gender.FEMALE : gender != GenderLexicon.Gender.MALE;
    }

    /** By an honorific before the name, else by the first name of the fullest name ending as this one does. */
    private GenderLexicon.Gender gender(AnnotatedArticle doc, Mention m) {
        Sentence s = doc.sentences().get(m.sentence());
        if (m.start() > 0) {
            String before = s.token(m.start() - 1).word().toLowerCase(Locale.ROOT);
            if (MALE_HONORIFICS.contains(before)) {
                return GenderLexicon.Gender.MALE;
            }
            if (FEMALE_HONORIFICS.contains(before)) {
                return GenderLexicon.Gender.FEMALE;
            }
        }
        String last = lastWord(m.text());
        String fullest = m.text();
        for (Mention other : doc.entityMentions()) {
            if (PERSON.contains(other.kind()) && lastWord(other.text()).equals(last) && other.text().length() > fullest.length()) {
                fullest = other.text();
            }
        }
        return genders.of(fullest);
    }

    private static String lastWord(String text) {
        String[] words = text.strip().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    /** The subject of the verb the pronoun is the object of ("Soto praised her": Soto), or -1. */
    private static int coArgumentSubject(Sentence s, int pronoun) {
        for (Dependency d : s.parents(pronoun)) {
            if (d.base().equals("obj") || d.base().equals("iobj") || d.base().equals("obl")) {
                for (Dependency c : s.children(d.governor())) {
                    if (c.base().equals("nsubj")) {
                        return c.dependent();
                    }
                }
            }
        }
        return -1;
    }

    /** 2 when a token of [start, end) is the subject of the sentence's root, 1 of another verb, 0 when neither. */
    private static int subjectRole(Sentence s, int start, int end) {
        int role = 0;
        for (int t = start; t < end; t++) {
            for (Dependency d : s.parents(t)) {
                if (d.base().equals("nsubj")) {
                    boolean root = s.parents(d.governor()).stream().anyMatch(r -> r.relation().equals("root"));
                    role = Math.max(role, root ? 2 : 1);
                }
            }
        }
        return role;
    }

    /** A name inside a quotation is an antecedent only for a pronoun inside the same quotation. */
    private static boolean sameQuotation(AnnotatedArticle doc, Occurrence o, Quote pronounQuote) {
        Quote q = quoteOf(doc, o.begin(), o.endChar());
        return q == null || q == pronounQuote;
    }

    /** The innermost quotation holding the span, or null. */
    private static Quote quoteOf(AnnotatedArticle doc, int begin, int end) {
        Quote found = null;
        for (Quote q : doc.quotes()) {
            if (q.begin() <= begin && end <= q.end() && (found == null || q.end() - q.begin() < found.end() - found.begin())) {
                found = q;
            }
        }
        return found;
    }
}
