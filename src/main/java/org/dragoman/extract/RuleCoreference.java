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
 *       single one {@link EntityExtractor} joins by itself. A surname inside one full name ("Soto" for "Ana Soto
 *       Ruiz") joins it, and so do the pronouns that refer to it.</li>
 *   <li>a quotation without a speaker: the person who is the subject of a verb beside it, as CoreNLP's quote
 *       attribution (which needs CoreNLP's coreference) would give it.</li>
 * </ul>
 * A name inside a quotation is an antecedent only for a pronoun in the same quotation ('"Ana Soto will lose," he said'),
 * and a pronoun inside a quotation never for its speaker ('"I told him," Soto said'); an object pronoun never takes its
 * own verb's subject ("Soto praised her"); a lone surname has no gender of its own, but takes one from an honorific
 * anywhere ("Ms. Soto") or from a pronoun already resolved to it; "they" is left alone, and "it" unless it reports
 * ("it said"). {@link #resolve} returns an article that already has chains unchanged; {@link #describe} adds to such
 * an article only the descriptions its chains left alone.
 */
public final class RuleCoreference {
    /** "the head of state", as a description's words. */
    private static final List<String> HEAD_OF_STATE = List.of("head", "of", "state");
    private static final Set<String> MASCULINE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMININE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> NEUTER = Set.of("its");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself");
    private static final Set<String> PERSON = Set.of("PERSON");
    private static final Set<String> GENERATION_SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
    private static final Set<String> BODY = Set.of("ORGANIZATION", "COUNTRY", "STATE_OR_PROVINCE");
    /** The kind of a definite description's mention ("the foreign minister"), which the extractor maps as a pronoun. */
    public static final String DESCRIPTION = "DESCRIPTION";
    /** How many sentences before a description's own are searched for the title's holder. */
    private static final int DESCRIPTION_SENTENCES_BACK = 3;
    /** How many sentences before the pronoun's own are searched, not counting those wholly inside a quotation. */
    private static final int SENTENCES_BACK = 2;

    private final GenderLexicon genders;
    private final VerbLexicon verbs;

    public RuleCoreference() {
        this(GenderLexicon.load(), VerbLexicon.bundled());
    }

    RuleCoreference(GenderLexicon genders, VerbLexicon verbs) {
        this.genders = genders;
        this.verbs = verbs;
    }

    /** The article with pronoun chains added; unchanged when it has chains already or no pronoun resolves. */
    public AnnotatedArticle resolve(AnnotatedArticle doc) {
        if (!doc.corefChains().isEmpty()) {
            return doc;
        }
        List<Mention> names = new ArrayList<>(doc.entityMentions().stream()
                .filter(m -> PERSON.contains(m.kind()) || BODY.contains(m.kind())).filter(m -> !pronoun(doc, m)).toList());
        names.addAll(untaggedNameWords(doc, names));
        // Where each name stands, and later each resolved pronoun too: "He said ... he added" follows the chain.
        List<Occurrence> seen = new ArrayList<>();
        for (Mention m : names) {
            seen.add(new Occurrence(m.sentence(), m.start(), m.end(), m.begin(), m.endChar(), m));
        }
        // A surname inside a full name stands for it, and so do the pronouns that refer to it.
        Map<Mention, Mention> fullNames = new LinkedHashMap<>();
        for (Mention m : names) {
            Mention full = nameHoldingWord(doc, m);
            if (full != null) {
                fullNames.put(m, full);
            }
        }
        Map<Mention, List<Mention>> byAntecedent = new LinkedHashMap<>();
        Map<String, GenderLexicon.Gender> told = honorificGenders(doc, names);
        // "The foreign office said ... it added": "it" is the body the foreign office is.
        Map<Mention, List<Mention>> bodyChains = new LinkedHashMap<>();
        bodyNouns(doc, names, bodyChains);
        Map<Long, Mention> bodies = new java.util.HashMap<>();
        bodyChains.forEach((antecedent, nouns) -> nouns.forEach(
                n -> bodies.put(EntityIndex.key(n.sentence(), n.head()), antecedent)));
        // Pronouns outside quotations first, so that a quotation's speaker is known before the pronouns inside it.
        for (boolean insideQuotes : new boolean[] {false, true}) {
            for (Sentence s : doc.sentences()) {
                for (Token t : s.tokens()) {
                    String word = t.word().toLowerCase(Locale.ROOT);
                    // "They", and "it" unless it reports ("it said"), are left alone: on the tune halves, joining them
                    // to a body named nearby was wrong more often than right ("it begins with", "they are").
                    if (!t.isPronoun() || !(MASCULINE.contains(word) || FEMININE.contains(word) || NEUTER.contains(word)
                            || word.equals("it") && reports(s, t.index()))
                            || (quoteOf(doc, t.begin(), t.end()) != null) != insideQuotes) {
                        continue;
                    }
                    Mention found = antecedent(doc, seen, told, s, t, word);
                    Mention body = word.equals("it") ? reportingBody(doc, s, t.index()) : null;
                    // A country inside the body's own phrase ("the Ruritanian embassy") is its modifier, not a rival.
                    if (body != null && (found == null || found.sentence() < body.sentence()
                            || found.sentence() == body.sentence() && found.start() < body.end())) {
                        found = body;
                    }
                    if (found != null && found == body) {
                        found = bodies.getOrDefault(EntityIndex.key(body.sentence(), body.head()), body);
                    }
                    Mention antecedent = found == null ? null : fullNames.getOrDefault(found, found);
                    if (antecedent != null) {
                        byAntecedent.computeIfAbsent(antecedent, k -> new ArrayList<>())
                                .add(new Mention(s.index(), t.index(), t.index() + 1, t.index(), t.word(), "PRONOMINAL", t.begin(), t.end()));
                        seen.add(new Occurrence(s.index(), t.index(), t.index() + 1, t.begin(), t.end(), antecedent));
                        if (MASCULINE.contains(word) || FEMININE.contains(word)) {
                            told.putIfAbsent(lastWord(antecedent.text()),
                                    MASCULINE.contains(word) ? GenderLexicon.Gender.MALE : GenderLexicon.Gender.FEMALE);
                        }
                    }
                }
            }
        }
        descriptions(doc, names, fullNames, Set.of(), byAntecedent);
        honorifics(doc, names, fullNames, byAntecedent);
        bodyChains.forEach((antecedent, nouns) -> byAntecedent.computeIfAbsent(antecedent, k -> new ArrayList<>()).addAll(nouns));
        // Second pass, with every third-person pronoun resolved: '"I will go," he said' makes "I" the speaker's.
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                Quote q = FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT)) && t.isPronoun()
                        ? quoteOf(doc, t.begin(), t.end()) : null;
                Occurrence speaker = q == null ? null : quoteSpeaker(doc, seen, q);
                if (speaker != null) {
                    byAntecedent.computeIfAbsent(fullNames.getOrDefault(speaker.name(), speaker.name()), k -> new ArrayList<>())
                            .add(new Mention(s.index(), t.index(), t.index() + 1, t.index(), t.word(), "PRONOMINAL", t.begin(), t.end()));
                }
            }
        }
        for (Mention m : doc.entityMentions()) {
            Mention full = pronoun(doc, m) ? null : fullNameBefore(doc, m);
            full = full != null ? full : fullNames.get(m);
            if (full != null) {
                byAntecedent.computeIfAbsent(full, k -> new ArrayList<>()).add(proper(m));
            }
        }
        List<Quote> quotes = attributedQuotes(doc, seen);
        if (byAntecedent.isEmpty() && quotes.equals(doc.quotes())) {
            return doc;
        }
        return new AnnotatedArticle(doc.article(), doc.sentences(), doc.entityMentions(), withChains(List.of(), byAntecedent), quotes);
    }

    /**
     * "Earlier, Soto visited the museum": a lone capitalised word NER left untagged that is the first or last word of
     * a person's full name told before it, or the first of two surnames, as a person's mention, so that a pronoun after
     * it can be that person's. A word beside another proper noun is part of some other name and is left alone.
     */
    private static List<Mention> untaggedNameWords(AnnotatedArticle doc, List<Mention> names) {
        // Each first and last word of a full name, with where the name is first told.
        Map<String, Integer> toldAt = new java.util.HashMap<>();
        for (Mention m : names) {
            List<String> w = spaced(m.text());
            if (PERSON.contains(m.kind()) && w.size() >= 2) {
                toldAt.merge(w.get(0), m.begin(), Math::min);
                toldAt.merge(w.get(w.size() - 1), m.begin(), Math::min);
            }
            // "Ivo Ruiz Soto ... Ruiz toured": the first of two surnames.
            if (PERSON.contains(m.kind()) && w.size() == 3) {
                toldAt.merge(w.get(1), m.begin(), Math::min);
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                int i = t.index();
                // "Ana Austin ... Austin is to travel": NER may take the surname alone for a city; as a clause's subject
                // it is still the person.
                boolean placeSubject = t.ner().matches("CITY|LOCATION") && Arguments.isSubject(s, i);
                if (!t.pos().equals("NNP") || !t.ner().equals("O") && !placeSubject || !Character.isUpperCase(t.word().charAt(0))
                        || i > 0 && s.token(i - 1).pos().startsWith("NNP")
                        || i + 1 < s.tokens().size() && s.token(i + 1).pos().startsWith("NNP")) {
                    continue;
                }
                Integer told = toldAt.get(t.word().toLowerCase(Locale.ROOT));
                if (told != null && told < t.begin()) {
                    out.add(new Mention(s.index(), i, i + 1, i, t.word(), "PERSON", t.begin(), t.end()));
                }
            }
        }
        return out;
    }

    /** One chain per antecedent, its name as the representative, with the mentions found for it; then the chains given. */
    private static List<CorefChain> withChains(List<CorefChain> given, Map<Mention, List<Mention>> byAntecedent) {
        List<CorefChain> chains = new ArrayList<>();
        int id = given.stream().mapToInt(CorefChain::id).max().orElse(0);
        for (Map.Entry<Mention, List<Mention>> e : byAntecedent.entrySet()) {
            Mention proper = proper(e.getKey());
            List<Mention> mentions = new ArrayList<>();
            mentions.add(proper);
            mentions.addAll(e.getValue());
            mentions.sort(java.util.Comparator.comparingInt(Mention::begin));
            chains.add(new CorefChain(++id, mentions, proper));
        }
        // Ours before the given ones: where both place a mention, the extractor takes the first.
        chains.addAll(given);
        return chains;
    }

    /**
     * An article with CoreNLP's chains, with "the minister", "the spokeswoman" added where those chains left the
     * description alone: the nearest person named with those title words, as {@link #resolve} finds it.
     */
    public AnnotatedArticle describe(AnnotatedArticle doc) {
        if (doc.corefChains().isEmpty()) {
            return doc;
        }
        Set<Long> chained = new java.util.HashSet<>();
        for (CorefChain c : doc.corefChains()) {
            for (Mention m : c.mentions()) {
                for (int t = m.start(); t < m.end(); t++) {
                    chained.add(EntityIndex.key(m.sentence(), t));
                }
            }
        }
        List<Mention> names = doc.entityMentions().stream().filter(m -> PERSON.contains(m.kind())).filter(m -> !pronoun(doc, m)).toList();
        Map<Mention, List<Mention>> byAntecedent = new LinkedHashMap<>();
        descriptions(doc, names, Map.of(), chained, byAntecedent);
        // "the ministry" is the ministry named last, whatever CoreNLP's chains say: these chains come first.
        bodyNouns(doc, doc.entityMentions().stream().filter(m -> BODY.contains(m.kind())).toList(), byAntecedent);
        if (byAntecedent.isEmpty()) {
            return doc;
        }
        return new AnnotatedArticle(doc.article(), doc.sentences(), doc.entityMentions(),
                withChains(doc.corefChains(), byAntecedent), doc.quotes());
    }

    /** "His Highness", "Her Majesty", "His Royal Highness", "His Excellency": a style of address standing for a name. */
    private static final java.util.regex.Pattern STYLE =
            java.util.regex.Pattern.compile("(His|Her) (Royal )?(Highness|Majesty|Excellency|Holiness)");
    /** Styles written as initials: "HH the Emir", "HRH the Regent". */
    private static final Map<String, String> STYLE_INITIALS = Map.of("HH", "His Highness", "HRH", "His Royal Highness",
            "HM", "His Majesty");

    /**
     * "His Highness stressed ...", "His Royal Highness will then travel ...", "HH the Emir received ...": a style of
     * address with no name after it (past "the" and a title) is the person last named with that same style before it
     * ("President His Highness Sheikh Ivo Marek received ..."); nobody when none was.
     */
    private static void honorifics(AnnotatedArticle doc, List<Mention> names, Map<Mention, Mention> fullNames,
            Map<Mention, List<Mention>> byAntecedent) {
        for (Sentence s : doc.sentences()) {
            for (int i = 0; i < s.tokens().size(); i++) {
                int length = styleLength(s, i);
                if (length == 0 || namedAfter(s, i + length)) {
                    continue;
                }
                String style = styleAt(s, i, length);
                // "His Highness the Emir", where the Regent has the same style: the one styled with that title.
                String title = titleAfter(s, i + length);
                Mention styled = null;
                for (Mention m : names) {
                    boolean before = m.sentence() < s.index() || m.sentence() == s.index() && m.end() <= i;
                    Sentence named = doc.sentences().get(m.sentence());
                    if (before && PERSON.contains(m.kind()) && styledBefore(named, m.start(), style)
                            && (title.isEmpty() || List.of(titleBefore(named, m.start()).split(" ")).containsAll(List.of(title.split(" "))))
                            && (styled == null || later(m, styled))) {
                        styled = m;
                    }
                }
                if (styled != null) {
                    // The mention takes in the title after the style, which the parser may make the head.
                    int end = title.isEmpty() ? i + length : i + length + 1 + title.split(" ").length;
                    byAntecedent.computeIfAbsent(fullNames.getOrDefault(styled, styled), k -> new ArrayList<>()).add(new Mention(s.index(), i,
                            end, end - 1, style, DESCRIPTION, s.token(i).begin(), s.token(end - 1).end()));
                }
            }
        }
    }

    /** How many tokens a style of address at {@code i} takes (one for initials, two or three in words); 0 for none. */
    private static int styleLength(Sentence s, int i) {
        String first = s.token(i).word();
        if (STYLE_INITIALS.containsKey(first)) {
            return 1;
        }
        // Asked of every token: only "His" or "Her" can open a style in words, so nothing is built for the others.
        if (!first.equals("His") && !first.equals("Her")) {
            return 0;
        }
        for (int length = 2; length <= 3 && i + length <= s.tokens().size(); length++) {
            if (STYLE.matcher(words(s, i, length)).matches()) {
                return length;
            }
        }
        return 0;
    }

    /** The style at {@code i} in words: initials spelt out. */
    private static String styleAt(Sentence s, int i, int length) {
        return length == 1 ? STYLE_INITIALS.get(s.token(i).word()) : words(s, i, length);
    }

    private static String words(Sentence s, int i, int length) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < i + length; k++) {
            sb.append(k > i ? " " : "").append(s.token(k).word());
        }
        return sb.toString();
    }

    /** Whether a person's name follows at {@code j}, past "the" and up to three words of title or rank. */
    private static boolean namedAfter(Sentence s, int j) {
        if (j < s.tokens().size() && s.token(j).word().equalsIgnoreCase("the")) {
            j++;
        }
        for (int skipped = 0; j < s.tokens().size() && skipped < 3 && titleOrRank(s.token(j)); skipped++) {
            j++;
        }
        return j < s.tokens().size() && s.token(j).isProperNoun() && s.token(j).ner().equals("PERSON");
    }

    private static boolean titleOrRank(Token t) {
        String lower = t.word().toLowerCase(Locale.ROOT);
        return t.ner().equals("TITLE") || TitleLexicon.isHonorific(lower) || TitleLexicon.isTitleWord(lower)
                || TitleLexicon.isTitleModifier(lower);
    }

    /** The lower-case title words after "the" at {@code j} ("the Grand Chamberlain" gives "grand chamberlain"); empty if none. */
    private static String titleAfter(Sentence s, int j) {
        if (j >= s.tokens().size() || !s.token(j).word().equalsIgnoreCase("the")) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (int k = j + 1; k < s.tokens().size() && words.size() < 3 && titleOrRank(s.token(k)) && !namedAfter(s, k); k++) {
            words.add(s.token(k).word().toLowerCase(Locale.ROOT));
        }
        return String.join(" ", words);
    }

    /** The title words between "the" and the name at {@code start} ("His Highness the Emir Sheikh Ivo": "emir sheikh"). */
    private static String titleBefore(Sentence s, int start) {
        int k = start - 1;
        List<String> words = new ArrayList<>();
        for (int skipped = 0; k >= 0 && skipped < 3 && titleOrRank(s.token(k)); skipped++) {
            words.add(0, s.token(k).word().toLowerCase(Locale.ROOT));
            k--;
        }
        return k >= 0 && s.token(k).word().equalsIgnoreCase("the") ? String.join(" ", words) : "";
    }

    /**
     * Whether the style of address stands before token {@code start}, past up to three ranks or titles and a "the"
     * ("His Highness the Emir Sheikh Ivo Marek").
     */
    private static boolean styledBefore(Sentence s, int start, String style) {
        int k = start - 1;
        for (int skipped = 0; k >= 0 && skipped < 3 && titleOrRank(s.token(k)); skipped++) {
            k--;
        }
        if (k >= 0 && s.token(k).word().equalsIgnoreCase("the")) {
            k--;
        }
        for (int length = 1; length <= 3 && k - length + 1 >= 0; length++) {
            int from = k - length + 1;
            if (styleLength(s, from) == length && styleAt(s, from, length).equals(style)) {
                return true;
            }
        }
        return false;
    }

    /** Each definite description ("the foreign minister") not in {@code chained}, under the person titled so. */
    private static void descriptions(AnnotatedArticle doc, List<Mention> names, Map<Mention, Mention> fullNames, Set<Long> chained,
            Map<Mention, List<Mention>> byAntecedent) {
        // A bare title keeps the holder its earlier use had ("the minister ... the minister"), unless another holder is named
        // in its own sentence.
        Map<List<String>, Mention> earlier = new java.util.HashMap<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (!chained.contains(EntityIndex.key(s.index(), t.index())) && ACRONYM.matcher(t.word()).matches() && t.ner().equals("O")) {
                    Mention abbreviated = acronymHolder(doc, names, s, t.index());
                    if (abbreviated != null) {
                        Mention holder = fullNames.getOrDefault(abbreviated, abbreviated);
                        byAntecedent.computeIfAbsent(holder, k -> new ArrayList<>()).add(new Mention(s.index(), t.index(), t.index() + 1,
                                t.index(), t.word(), DESCRIPTION, t.begin(), t.end()));
                        continue;
                    }
                }
                List<String> title = chained.contains(EntityIndex.key(s.index(), t.index())) ? null : description(s, t.index());
                Mention titled = title == null ? null : titleHolder(doc, names, s, t.index(), title);
                Repeated recent = title == null ? null : recentHolder(doc, names, s, t.index(), title);
                if (recent != null && (titled == null || later(recent.mention(), titled))) {
                    titled = recent.titled();
                } else if (titled != null && titled.sentence() != s.index() && earlier.containsKey(title)) {
                    titled = earlier.get(title);
                }
                if (titled != null) {
                    earlier.put(title, titled);
                }
                Mention holder = titled == null ? null : fullNames.getOrDefault(titled, titled);
                if (holder != null) {
                    int start = t.index() - title.size();
                    // "the Chancellor of the Exchequer": the title word heads the phrase, not the last word.
                    int of = title.indexOf("of") >= 0 ? title.indexOf("of") : title.indexOf("for");
                    int head = of > 0 ? start + of : t.index();
                    byAntecedent.computeIfAbsent(holder, k -> new ArrayList<>()).add(new Mention(s.index(), start, t.index() + 1,
                            head, s.span(start, t.index() + 1, doc.text()), DESCRIPTION, s.token(start).begin(), t.end()));
                }
            }
        }
    }

    /** Words of a style of address before a name besides the honorifics: "the Hon.", "His Excellency". */
    private static final Set<String> ADDRESS_WORDS = Set.of("the", "hon.", "hon", "honourable", "honorable", "his", "her", "excellency");

    /** A title written as its initials ("EAM" for External Affairs Minister). */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}{2,4}");
    private static final Set<String> COURTESY_WORDS = union(WordLists.NAMES.get("honorific"), WordLists.NAMES.get("name-rank"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /**
     * "External Affairs Minister Ana Soto arrived ... EAM called on Ivo Ruiz": the nearest person before the
     * acronym whose title, written before the name (courtesy words such as "Dr." passed over), has those initials; null
     * when none. Only a title of two words or more counts, so a lone "PM" is left alone.
     */
    private static Mention acronymHolder(AnnotatedArticle doc, List<Mention> names, Sentence s, int t) {
        String acronym = s.token(t).word();
        Mention holder = null;
        for (Mention m : names) {
            if (!PERSON.contains(m.kind()) || m.sentence() > s.index() || m.sentence() == s.index() && m.end() > t) {
                continue;
            }
            Sentence ms = doc.sentences().get(m.sentence());
            StringBuilder initials = new StringBuilder();
            boolean titleAfter = false;
            for (int k = m.start() - 1; k >= 0; k--) {
                Token tok = ms.token(k);
                if (COURTESY_WORDS.contains(tok.word())) {
                    continue;
                }
                String lower = tok.word().toLowerCase(Locale.ROOT);
                // "External Affairs Minister": the tagger may leave the title's first word out.
                boolean titleWord = tok.ner().equals("TITLE") || TitleLexicon.isTitleWord(lower) || TitleLexicon.isTitleModifier(lower)
                        || titleAfter && tok.ner().equals("O") && tok.pos().startsWith("NNP");
                if (!titleWord || !Character.isUpperCase(tok.word().charAt(0))) {
                    break;
                }
                initials.insert(0, tok.word().charAt(0));
                titleAfter = true;
            }
            if (initials.length() >= 2 && initials.toString().equals(acronym) && (holder == null || later(m, holder))) {
                holder = m;
            }
        }
        return holder;
    }

    /**
     * "The Ruritanian foreign ministry said ... It added ...": the body noun (or organisation NER names) that reported
     * last, as the subject of a reporting verb earlier in the sentence of "it" or in the sentence before; null when
     * none. NER tags no body noun phrase, so without this "it" would take the last country named.
     */
    private Mention reportingBody(AnnotatedArticle doc, Sentence s, int it) {
        Mention nearest = null;
        for (int i = Math.max(0, s.index() - 1); i <= s.index(); i++) {
            Sentence r = doc.sentences().get(i);
            for (Token u : r.tokens()) {
                boolean before = i < s.index() || u.index() < it;
                if (before && u.isNoun() && !u.isProperNoun() && EntityExtractor.DEFINITE_BODY_NOUNS.contains(u.word().toLowerCase(Locale.ROOT))
                        && (reports(r, u.index()) || reportsNext(r, u.index()))) {
                    int start = u.index();
                    for (Dependency d : r.children(u.index())) {
                        if (d.dependent() < start && d.base().matches("det|amod|compound|nmod:poss")) {
                            start = d.dependent();
                        }
                    }
                    nearest = new Mention(i, start, u.index() + 1, u.index(), r.span(start, u.index() + 1, doc.text()), "NOMINAL",
                            r.token(start).begin(), u.end());
                }
                // "..., the Acme Palace said. X is due to travel next week, it added": a body NER names reports too.
                // A proper name after "the" is no person's, whatever NER tagged it ("the Acme Palace").
                boolean nameEnd = u.index() + 1 == r.tokens().size() || !r.token(u.index() + 1).isProperNoun();
                int start = u.index();
                while (start > 0 && r.token(start - 1).isProperNoun() && r.token(start - 1).ner().equals(u.ner())) {
                    start--;
                }
                boolean body = u.ner().equals("ORGANIZATION") || start > 0 && r.token(start - 1).word().equalsIgnoreCase("the");
                if (before && u.isProperNoun() && nameEnd && body && (reports(r, u.index()) || reportsNext(r, u.index()))) {
                    nearest = new Mention(i, start, u.index() + 1, u.index(), r.span(start, u.index() + 1, doc.text()), "PROPER",
                            r.token(start).begin(), u.end());
                }
            }
        }
        return nearest;
    }

    /**
     * "The Ruritanian Electoral Commission ... the commission said": a bare definite body noun is the nearest
     * organisation named before it whose name ends in that noun. A noun with modifiers of its own ("the
     * commission in Lima") is left alone, as {@link EntityExtractor} leaves it.
     */
    private static void bodyNouns(AnnotatedArticle doc, List<Mention> names, Map<Mention, List<Mention>> byAntecedent) {
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                String word = t.word().toLowerCase(Locale.ROOT);
                // "the ministry", or "the Ruritanian ministry" after "the Ruritanian Foreign Ministry".
                String modifier = EntityExtractor.bodyNounModifier(s, t.index());
                if (modifier == null) {
                    continue;
                }
                int start = modifier.isEmpty() ? t.index() - 1 : t.index() - 2;
                boolean definite = start >= 0 && s.token(start).word().equalsIgnoreCase("the") && t.isNoun() && !t.isProperNoun();
                if (!definite || !EntityExtractor.DEFINITE_BODY_NOUNS.contains(word)) {
                    continue;
                }
                Mention body = null;
                for (Mention m : names) {
                    boolean before = m.sentence() < s.index() || m.sentence() == s.index() && m.end() <= start;
                    List<String> w = words(m.text());
                    // NER often leaves the demonym out of the name: "Ruritanian [Foreign Ministry]".
                    Sentence ms = doc.sentences().get(m.sentence());
                    boolean modified = modifier.isEmpty() || w.contains(modifier)
                            || m.start() > 0 && ms.token(m.start() - 1).word().equalsIgnoreCase(modifier);
                    if (before && m.kind().equals("ORGANIZATION") && EntityExtractor.headedBy(w, word) && modified) {
                        body = m;
                    }
                }
                Mention phrase = countryBodyBefore(doc, s, start, word, modifier);
                if (phrase != null && (body == null || later(phrase, body))) {
                    body = phrase;
                }
                if (body != null) {
                    byAntecedent.computeIfAbsent(body, k -> new ArrayList<>()).add(new Mention(s.index(), start, t.index() + 1,
                            t.index(), s.span(start, t.index() + 1, doc.text()), "NOMINAL", s.token(start).begin(), t.end()));
                }
            }
        }
    }

    /**
     * The nearest phrase before token {@code before} of sentence {@code s} that names a body by the same noun with its
     * country ("Ruritania's foreign office", "the Ruritanian foreign office"), anywhere before, as a mention from its
     * first modifier to the noun; null when none. NER tags no such phrase, but {@link InstitutionFinder} makes it an
     * actor, so "the foreign office" later is that actor.
     */
    private static Mention countryBodyBefore(AnnotatedArticle doc, Sentence s, int before, String noun, String modifier) {
        Mention found = null;
        for (int i = 0; i <= s.index(); i++) {
            Sentence r = doc.sentences().get(i);
            int limit = i == s.index() ? before : r.tokens().size();
            for (int u = 0; u < limit; u++) {
                Token head = r.token(u);
                if (!head.isNoun() || head.isProperNoun() || !head.word().equalsIgnoreCase(noun)) {
                    continue;
                }
                int start = u;
                boolean country = false;
                for (Dependency d : r.children(u)) {
                    if (d.dependent() < u && d.base().matches("nmod|amod|compound")
                            && r.token(d.dependent()).ner().matches("COUNTRY|NATIONALITY")) {
                        country = true;
                    }
                    if (d.dependent() < start && d.base().matches("nmod|amod|compound")) {
                        start = d.dependent();
                    }
                }
                List<String> words = words(r.span(start, u + 1, doc.text()));
                if (country && (modifier.isEmpty() || words.contains(modifier))) {
                    found = new Mention(i, start, u + 1, u, r.span(start, u + 1, doc.text()), "NOMINAL", r.token(start).begin(),
                            head.end());
                }
            }
        }
        return found;
    }

    /**
     * The quotations, each without a speaker given the person {@link #quoteSpeaker} finds beside it, as the mention
     * where that person stands (a name or a pronoun), so that quotes are attributed without CoreNLP's attribution,
     * which needs its coreference.
     */
    private static List<Quote> attributedQuotes(AnnotatedArticle doc, List<Occurrence> seen) {
        List<Quote> out = new ArrayList<>();
        for (Quote q : doc.quotes()) {
            Occurrence o = q.speakerMention() == null ? quoteSpeaker(doc, seen, q) : null;
            if (o == null && q.speakerMention() == null && opensSentence(doc, q)) {
                o = continuedSpeaker(doc, seen, q, true);
            }
            if (o == null) {
                out.add(q);
                continue;
            }
            Sentence s = doc.sentences().get(o.sentence());
            String text = s.span(o.start(), o.end(), doc.text());
            Mention at = new Mention(o.sentence(), o.start(), o.end(), o.end() - 1, text, "SPEAKER", o.begin(), o.endChar());
            out.add(new Quote(q.begin(), q.end(), q.text(), o.name().text(), at, o.name().text()));
        }
        return out;
    }

    /**
     * The person who speaks a quotation: a person's name, or a pronoun resolved to one, that is the subject of a verb
     * outside any quotation in the sentence where the quotation ends or begins, the nearest to it; null when none.
     */
    private static Occurrence quoteSpeaker(AnnotatedArticle doc, List<Occurrence> seen, Quote q) {
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
        return best;
    }

    /** Whether nothing but spaces stands between the start of the quotation's sentence and the quotation. */
    private static boolean opensSentence(AnnotatedArticle doc, Quote q) {
        Sentence s = doc.sentences().get(doc.sentenceIndexAt(q.begin()));
        return s.begin() <= q.begin() && doc.text().substring(s.begin(), q.begin()).isBlank();
    }

    /**
     * The speaker of a quotation by {@link #quoteSpeaker}, or else of the quotation before it when that one ends in
     * the sentence before ('"We agree," Soto said. "I told him so."'), in the same paragraph if asked; null when
     * neither has one.
     */
    private static Occurrence continuedSpeaker(AnnotatedArticle doc, List<Occurrence> seen, Quote q, boolean sameParagraph) {
        Occurrence own = quoteSpeaker(doc, seen, q);
        if (own != null) {
            return own;
        }
        Quote previous = null;
        for (Quote p : doc.quotes()) {
            if (p.end() <= q.begin() && (previous == null || p.end() > previous.end())) {
                previous = p;
            }
        }
        if (previous == null || doc.sentenceIndexAt(previous.end() - 1) < doc.sentenceIndexAt(q.begin()) - 1
                || sameParagraph && Spans.paragraphBreaks(doc.text().substring(previous.end(), q.begin())) > 0) {
            return null;
        }
        return quoteSpeaker(doc, seen, previous);
    }

    /** A name, or a pronoun already resolved to one, at a place in the text. */
    private record Occurrence(int sentence, int start, int end, int begin, int endChar, Mention name) {
    }

    /**
     * The title words of a definite description ending at {@code t}, "the" excluded ("the prime minister": [prime,
     * minister]); null unless it is "the", then title modifiers or nationalities, then a title word, with no name right
     * after it.
     */
    private static List<String> description(Sentence s, int t) {
        List<String> phrased = phrasedTitle(s, t);
        if (phrased != null) {
            return phrased;
        }
        Token head = s.token(t);
        // "the head of state": whoever is titled a head of state beside the name (see titledBeside).
        if (t >= 3 && HEAD_OF_STATE.equals(List.of(s.token(t - 2).word().toLowerCase(Locale.ROOT), s.token(t - 1).word().toLowerCase(Locale.ROOT),
                head.word().toLowerCase(Locale.ROOT))) && (t + 1 == s.tokens().size() || !s.token(t + 1).isProperNoun())) {
            if (s.token(t - 3).word().equalsIgnoreCase("the")) {
                return HEAD_OF_STATE;
            }
            // "the Ruritanian head of state": the holder was given the nationality too.
            if (t >= 4 && s.token(t - 4).word().equalsIgnoreCase("the") && s.token(t - 3).ner().equals("NATIONALITY")) {
                List<String> national = new ArrayList<>(List.of(s.token(t - 3).word().toLowerCase(Locale.ROOT)));
                national.addAll(HEAD_OF_STATE);
                return national;
            }
        }
        // "the Chancellor said": a capitalised title the tagger made a proper noun is still a title.
        // "the Pope met ...": NER may tag a capitalised title after "the" as a person's name.
        boolean titleAsName = head.pos().equals("NNP") && head.ner().equals("PERSON") && t > 0 && s.token(t - 1).word().equalsIgnoreCase("the");
        // "the High Commissioner said": NER may leave a capitalised title untagged.
        boolean title = head.pos().equals("NN") || head.pos().equals("NNP") && head.ner().matches("TITLE|O") || titleAsName;
        if (!title || !TitleLexicon.isTitleWord(head.word().toLowerCase(Locale.ROOT))
                || t + 1 < s.tokens().size() && (s.token(t + 1).isProperNoun() || s.token(t + 1).word().equalsIgnoreCase("of"))) {
            return null;
        }
        // "the prime minister's office said": the office speaks, not the minister.
        if (s.parents(t).stream().anyMatch(d -> d.relation().equals("nmod:poss") && d.governor() >= 0
                && s.token(d.governor()).lemma().equalsIgnoreCase("office"))) {
            return null;
        }
        int i = t - 1;
        // "the Peruvian president": a nationality is a title word the holder must have been given too.
        while (i >= 0 && (TitleLexicon.isTitleModifier(s.token(i).word().toLowerCase(Locale.ROOT))
                || TitleLexicon.isTitleWord(s.token(i).word().toLowerCase(Locale.ROOT))
                || s.token(i).ner().equals("NATIONALITY") && s.token(i).pos().equals("JJ"))) {
            i--;
        }
        if (i < 0 || !s.token(i).word().equalsIgnoreCase("the")) {
            return null;
        }
        // "the Peruvian president, Ana Soto, ...": the name set beside it says who is meant.
        boolean national = java.util.stream.IntStream.range(i + 1, t).anyMatch(k -> s.token(k).ner().equals("NATIONALITY"));
        if (national && t + 2 < s.tokens().size() && s.token(t + 1).word().equals(",") && s.token(t + 2).ner().equals("PERSON")) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int k = i + 1; k <= t; k++) {
            words.add(TitleLexicon.descriptionWord(s.token(k).word().toLowerCase(Locale.ROOT)));
        }
        return words;
    }

    /** The most capitalised words a title's of- or for-phrase holds: "of the Russian Federation". */
    private static final int PHRASE_WORDS = 3;

    /**
     * The words of "the Chancellor of the Exchequer", "the High Commissioner of the Acme Union", "the Minister for
     * Acme Affairs" ending at {@code t}: "the", title modifiers, a title word, "of" or "for", perhaps "the", and
     * capitalised words, with no name after them; null otherwise.
     */
    private static List<String> phrasedTitle(Sentence s, int t) {
        if (!s.token(t).isProperNoun() || s.token(t).ner().equals("PERSON")
                || t + 1 < s.tokens().size() && (s.token(t + 1).isProperNoun() || s.token(t + 1).word().matches("of|for"))) {
            return null;
        }
        int k = t;
        while (k > t - PHRASE_WORDS && k > 0 && s.token(k - 1).isProperNoun() && !s.token(k - 1).word().matches("(?i)of|for")) {
            k--;
        }
        if (k >= 1 && s.token(k - 1).word().equals("the")) {
            k--;
        }
        if (k < 3 || !s.token(k - 1).word().matches("of|for") || !TitleLexicon.isTitleWord(s.token(k - 2).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int i = k - 3;
        while (i >= 0 && TitleLexicon.isTitleModifier(s.token(i).word().toLowerCase(Locale.ROOT))) {
            i--;
        }
        if (i < 0 || !s.token(i).word().equalsIgnoreCase("the")) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int w = i + 1; w <= t; w++) {
            words.add(TitleLexicon.descriptionWord(s.token(w).word().toLowerCase(Locale.ROOT)));
        }
        return words;
    }

    /**
     * The nearest person before the description who was given its title words beside the name ("Foreign Minister
     * Ana Soto", "Ana Soto, the foreign minister"), in its sentence or the three before, else the nearest so titled
     * anywhere before (news calls a head of state by the bare title paragraphs after naming her); null when none.
     */
    private static Mention titleHolder(AnnotatedArticle doc, List<Mention> names, Sentence s, int t, List<String> title) {
        Mention near = null;
        Mention far = null;
        // "The chancellor would meet Ana Soto": she is not the chancellor meant, however titled before.
        Set<String> namedBeside = names.stream().filter(m -> m.sentence() == s.index() && PERSON.contains(m.kind())
                && m.start() > t).map(m -> lastWord(m.text())).collect(java.util.stream.Collectors.toSet());
        for (Mention m : names) {
            if (!PERSON.contains(m.kind()) || m.sentence() > s.index()
                    || m.sentence() == s.index() && m.end() > t - title.size() || namedBeside.contains(lastWord(m.text()))) {
                continue;
            }
            Sentence ms = doc.sentences().get(m.sentence());
            if (titledBeside(ms, m, title)) {
                if (m.sentence() >= s.index() - DESCRIPTION_SENTENCES_BACK) {
                    near = m;
                } else {
                    far = m;
                }
            }
        }
        Mention holder = near != null ? near : far;
        // "Chancellor Ana Soto met Chancellor Ivo Ruiz. The chancellor said": either may be meant.
        return holder == null || titledInSentence(doc, names, holder.sentence(), title, namedBeside) > 1 ? null : holder;
    }

    /** How many people (by last word, those in {@code except} aside) sentence {@code si} titles so beside their names. */
    private static long titledInSentence(AnnotatedArticle doc, List<Mention> names, int si, List<String> title,
            Set<String> except) {
        Sentence s = doc.sentences().get(si);
        return names.stream().filter(m -> m.sentence() == si && PERSON.contains(m.kind()) && titledBeside(s, m, title))
                .map(m -> lastWord(m.text())).filter(w -> !except.contains(w)).distinct().count();
    }

    /**
     * The person named again last, without the title, in the description's sentence or the narrative one before
     * (quoted sentences between are passed over, see {@link Narrative}), who was given its title words anywhere
     * before: "Ana Soto told reporters. The minister said ..." is hers, though another
     * minister was titled since. A holder newly titled there is left to {@link #titleHolder}. Returns the repeated
     * mention and the titled one that holds the full name; null when none.
     */
    private static Repeated recentHolder(AnnotatedArticle doc, List<Mention> names, Sentence s, int t, List<String> title) {
        Map<String, Mention> holders = new java.util.HashMap<>();
        Mention recent = null;
        for (Mention m : names) {
            if (!PERSON.contains(m.kind()) || m.sentence() > s.index() || m.sentence() == s.index() && m.end() > t - title.size()) {
                continue;
            }
            if (titledBeside(doc.sentences().get(m.sentence()), m, title)) {
                holders.put(lastWord(m.text()), m);
            } else if (holders.containsKey(lastWord(m.text())) && (recent == null || later(m, recent) && !subjectBefore(doc, recent, m))
                    && Narrative.distance(doc, m.sentence(), s.index()) <= 1) {
                recent = m;
            }
        }
        // The titled mention stands for the person: it holds the full name.
        return recent == null ? null : new Repeated(recent, holders.get(lastWord(recent.text())));
    }

    /**
     * Whether {@code earlier}, in the sentence of {@code later}, is its subject and {@code later} is not: "Ana Soto spoke
     * to Ivo Ruiz by phone. The minister said ..." goes on with the subject.
     */
    private static boolean subjectBefore(AnnotatedArticle doc, Mention earlier, Mention later) {
        if (earlier.sentence() != later.sentence()) {
            return false;
        }
        Sentence s = doc.sentences().get(earlier.sentence());
        return subject(s, earlier) && !subject(s, later);
    }

    private static boolean subject(Sentence s, Mention m) {
        for (int k = m.start(); k < m.end(); k++) {
            if (s.parents(k).stream().anyMatch(d -> d.base().equals("nsubj"))) {
                return true;
            }
        }
        return false;
    }

    /** A title holder named again ({@code mention}) and the mention that gave the title and full name ({@code titled}). */
    private record Repeated(Mention mention, Mention titled) {
    }

    private static boolean later(Mention a, Mention b) {
        return a.sentence() > b.sentence() || a.sentence() == b.sentence() && a.start() > b.start();
    }

    /**
     * Whether all the title words stand in the title right before the name ("Foreign Minister Ana Soto": title
     * words, modifiers, names and honorifics, up to seven, a for- or of-phrase among them), in a title set off by a
     * comma before it ("the Chairman of the Conference, the Hon. Ana Soto"), or in an appositive right after it (", the
     * foreign minister").
     */
    private static boolean titledBeside(Sentence s, Mention m, List<String> title) {
        // "High Commissioner for Human Rights Ana Soto": a title's for- or of-phrase may stand between it and the name.
        List<String> near = new ArrayList<>(titleRunBefore(s, m.start(), false));
        // "Pope Ana I": a title the name itself opens with.
        for (int k = m.start(); k < m.end() - 1 && TitleLexicon.isTitleWord(s.token(k).word().toLowerCase(Locale.ROOT)); k++) {
            near.add(s.token(k).word().toLowerCase(Locale.ROOT));
        }
        // "the High Commissioner for Human Rights, Ana Soto,": a title set off before the name; another person's name
        // there ("President Ivo Ruiz, Ana Soto and ...") makes it a list instead.
        // "the Chairman of the Conference, the Hon. Ana Soto,": styles of address may stand between the comma and the name.
        int comma = m.start() - 1;
        while (comma > m.start() - 4 && comma > 0 && (COURTESY_WORDS.contains(s.token(comma).word())
                || ADDRESS_WORDS.contains(s.token(comma).word().toLowerCase(Locale.ROOT)))) {
            comma--;
        }
        if (comma >= 1 && s.token(comma).word().equals(",") && near.stream().noneMatch(TitleLexicon::isTitleWord)) {
            near.addAll(titleRunBefore(s, comma, true));
        }
        if (m.end() < s.tokens().size() && s.token(m.end()).word().equals(",")) {
            List<String> after = new ArrayList<>();
            int k = m.end() + 1;
            for (; k < Math.min(s.tokens().size(), m.end() + 6) && inAppositive(s.token(k)) && !s.token(k).ner().equals("PERSON"); k++) {
                after.add(s.token(k).word().toLowerCase(Locale.ROOT));
            }
            // "A, Peruvian Foreign Minister B and ...": a title right before another name is that one's, in a list.
            boolean nextName = k < s.tokens().size() && s.token(k).ner().equals("PERSON");
            if (!nextName) {
                near.addAll(after);
            }
        }
        if (title.size() >= HEAD_OF_STATE.size() && title.subList(title.size() - HEAD_OF_STATE.size(), title.size()).equals(HEAD_OF_STATE)) {
            return near.stream().anyMatch(TitleLexicon::isStateHeadWord) && near.stream().noneMatch(TitleLexicon::isNotTheHolder)
                    && near.containsAll(title.subList(0, title.size() - HEAD_OF_STATE.size()));
        }
        // "First Vice President Ana Soto" is no "president", nor a deputy minister "the minister", nor a prime minister.
        boolean deputy = near.stream().anyMatch(TitleLexicon::isDeputyWord) && title.stream().noneMatch(TitleLexicon::isDeputyWord);
        boolean otherOffice = near.contains("prime") && !title.contains("prime");
        // "former President Ana Soto" no longer holds the office a bare title description names.
        boolean former = near.contains("former") && !title.contains("former");
        // "Foreign Minister Ivo Marek and his Ruritanian counterpart Ana Soto": she holds the office he was titled with.
        if (near.contains("counterpart") && !near.containsAll(title)) {
            near.addAll(titleWordsBefore(s, m.start()));
        }
        return near.containsAll(title) && !deputy && !otherOffice && !former;
    }

    /**
     * The words of the title that runs back from right before token {@code end}, lower case, up to seven: title words,
     * modifiers, proper nouns, adjectives, "counterpart", a for- or of-phrase. With {@code noName}, empty when the run
     * meets a person's name.
     */
    private static List<String> titleRunBefore(Sentence s, int end, boolean noName) {
        List<String> words = new ArrayList<>();
        for (int k = end - 1; k >= Math.max(0, end - 7); k--) {
            Token tok = s.token(k);
            String w = tok.word().toLowerCase(Locale.ROOT);
            if (noName && tok.ner().equals("PERSON")) {
                return List.of();
            }
            // "for Human Rights", "of the Conference": a title's phrase, its article included.
            boolean titlePhrase = tok.word().matches("for|of") && (s.token(k + 1).isProperNoun()
                    || s.token(k + 1).word().equals("the") && k + 2 < end && s.token(k + 2).isProperNoun());
            boolean article = w.equals("the") && k > 0 && s.token(k - 1).word().matches("for|of") && s.token(k + 1).isProperNoun();
            if (!(TitleLexicon.isTitleWord(w) || TitleLexicon.isTitleModifier(w) || tok.isProperNoun()
                    || tok.pos().equals("JJ") || w.equals("counterpart") || titlePhrase || article)) {
                break;
            }
            words.add(w);
        }
        return words;
    }

    /** The title words written in the sentence before token {@code end}, lower case. */
    private static List<String> titleWordsBefore(Sentence s, int end) {
        List<String> words = new ArrayList<>();
        for (int k = 0; k < end; k++) {
            String w = s.token(k).word().toLowerCase(Locale.ROOT);
            if (TitleLexicon.isTitleWord(w) || TitleLexicon.isTitleModifier(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Whether a word can stand in a title appositive (", the country's foreign minister", ", minister of trade"): a
     * clause after the comma (", hours after the chancellor spoke") gives its name no title.
     */
    private static boolean inAppositive(Token token) {
        String pos = token.pos();
        return !(pos.startsWith("VB") || pos.startsWith("W") || pos.equals("IN") && !token.word().equalsIgnoreCase("of")
                || pos.equals(",") || pos.equals(".") || pos.equals(":"));
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
        List<String> words = words(m.text());
        // NER may tag a lone dash as a person: a mention without words ends no name.
        if (!PERSON.contains(m.kind()) || words.isEmpty()) {
            return null;
        }
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

    /**
     * For a one-word person name that ends no other person's name, the one full name that holds it between its first
     * and last words ("Soto" for "Ana Soto Ruiz"), the nearest such mention before it or else after it; null when none
     * or when two different full names hold it.
     */
    private static Mention nameHoldingWord(AnnotatedArticle doc, Mention m) {
        List<String> words = spaced(m.text());
        if (!PERSON.contains(m.kind()) || words.size() != 1) {
            return null;
        }
        String word = words.get(0);
        Set<String> fullNames = new java.util.HashSet<>();
        Mention before = null;
        Mention after = null;
        for (Mention other : doc.entityMentions()) {
            List<String> ow = spaced(other.text());
            if (!PERSON.contains(other.kind()) || ow.size() < 2) {
                continue;
            }
            // A name ending in a suffix ("Ana Soto Jr.") leaves unclear which word the text shortens it to: no join.
            if (ow.get(ow.size() - 1).equals(word) || GENERATION_SUFFIXES.contains(ow.get(ow.size() - 1))) {
                return null;
            }
            // Not the first word: a lone given name ("David") is as likely another David.
            if (ow.subList(1, ow.size() - 1).contains(word)) {
                fullNames.add(String.join(" ", ow));
                if (other.begin() < m.begin()) {
                    before = other;
                } else if (after == null) {
                    after = other;
                }
            }
        }
        return fullNames.size() == 1 ? before != null ? before : after : null;
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
    private Mention antecedent(AnnotatedArticle doc, List<Occurrence> seen, Map<String, GenderLexicon.Gender> told,
            Sentence s, Token pronoun, String word) {
        int excluded = coArgumentSubject(s, pronoun.index());
        Quote pronounQuote = quoteOf(doc, pronoun.begin(), pronoun.end());
        // Inside a quotation its speaker is "I": "he" or "him" there is someone else.
        Occurrence quoteSpeaker = pronounQuote == null ? null : continuedSpeaker(doc, seen, pronounQuote, false);
        Mention speaker = quoteSpeaker == null ? null : quoteSpeaker.name();
        boolean nominative = word.equals("he") || word.equals("she") || word.equals("it");
        // "X would come, spokesman Y said. He added ...": a pronoun that reports goes on with the one who reported.
        boolean reporting = nominative && pronounQuote == null && reports(s, pronoun.index());
        // "Talks with Ruritania stalled, it said": names before a closing attribution are what was said.
        // A quotation mark before the pronoun ('"...," he said') leaves the names before the quotation to stand.
        boolean closing = reporting && pronoun.index() > 0 && s.token(pronoun.index() - 1).word().equals(",");
        // "Ana Soto phoned Ivo Ruiz, her office said": the office speaks for the one who acted in what it reports.
        boolean closingOwner = (word.equals("his") || word.equals("her")) && closingSourceOwner(s, pronoun.index());
        // "Asked whether he would meet X, Ana Soto said ...": a pronoun in a clause that opens the sentence before its main
        // clause is the main clause's subject, named after it.
        if (pronounQuote == null && (nominative || word.equals("his") || word.equals("her"))) {
            Occurrence ahead = frontedClauseSubject(s, pronoun.index(), seen);
            if (ahead != null && compatible(doc, told, ahead.name(), word)) {
                return ahead.name();
            }
        }
        // Inside a quotation the quoted sentences are the context; outside one they are passed over (Narrative).
        List<Sentence> back = new ArrayList<>();
        if (pronounQuote == null) {
            back.addAll(Narrative.lookBack(doc, s, SENTENCES_BACK));
        } else {
            for (int si = s.index(); si >= Math.max(0, s.index() - SENTENCES_BACK); si--) {
                back.add(doc.sentences().get(si));
            }
        }
        // "he looked forward to welcoming him": the one the excluded subject stands for is excluded wherever named.
        String excludedName = seen.stream().filter(o -> o.sentence() == s.index() && excluded >= o.start() && excluded < o.end())
                .map(o -> lastWord(o.name().text())).findFirst().orElse(null);
        for (Sentence cur : back) {
            int si = cur.index();
            boolean own = si == s.index();
            Occurrence mainSubject = null;
            Occurrence subject = null;
            Occurrence first = null;
            Occurrence nearest = null;
            Occurrence reporter = null;
            Occurrence hostSubject = null;
            int hostSubjectToken = own && nominative ? relativeHostSubject(cur, pronoun.index()) : -1;
            for (Occurrence o : seen) {
                if (o.sentence() != si || own && (o.end() > pronoun.index() || closing)
                        || own && excluded >= o.start() && excluded < o.end()
                        || !nominative && lastWord(o.name().text()).equals(excludedName)
                        || own && nominative && inControlledClause(cur, pronoun.index(), o.start(), o.end())
                        || own && nominative && accordingToSource(cur, o.start())
                        || !compatible(doc, told, o.name(), word) || !sameQuotation(doc, o, pronounQuote)
                        || speaker != null && lastWord(o.name().text()).equals(lastWord(speaker.text()))) {
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
                if (hostSubjectToken >= o.start() && hostSubjectToken < o.end()) {
                    hostSubject = o;
                }
                if (reporting && !own && (reporter == null || o.start() < reporter.start()) && reportsAny(cur, o.start(), o.end())) {
                    reporter = o;
                }
            }
            Occurrence chosen;
            // Taking the nearest name for "he" too gave fewer missed statements on polnear-train but more wrong speakers.
            if (own && closingOwner && subject != null) {
                chosen = subject;
            } else if (own && !nominative) {
                chosen = nearest;
            } else if (hostSubject != null) {
                chosen = hostSubject;
            } else if (reporter != null) {
                chosen = reporter;
            } else {
                chosen = mainSubject != null ? mainSubject : subject != null ? subject : own ? nearest : first;
            }
            if (chosen != null) {
                return chosen.name();
            }
        }
        return null;
    }

    /**
     * The name that is the subject of the sentence's main verb, after token {@code at}, when {@code at} lies in a clause
     * of that verb which opens the sentence ("Asked whether he ..., Ana Soto replied"); null otherwise.
     */
    private static Occurrence frontedClauseSubject(Sentence s, int at, List<Occurrence> seen) {
        int root = s.children(-1).stream().map(Dependency::dependent).findFirst().orElse(-1);
        if (root < 0 || !s.token(root).isVerb() || !s.token(0).pos().matches("VBN|VBG")) {
            return null;
        }
        List<Dependency> clauses = new ArrayList<>(s.children(root));
        // "Asked whether he ..., Ana Soto said": the parser may hang the participle on the subject instead.
        for (int subject : Arguments.dependents(s, root, "nsubj")) {
            s.children(subject).stream().filter(d -> d.base().matches("amod|acl") && d.dependent() == 0).forEach(clauses::add);
        }
        for (Dependency clause : clauses) {
            if (!clause.base().matches("advcl|dep|ccomp|xcomp|amod|acl") || clause.dependent() > at) {
                continue;
            }
            Set<Integer> span = Arguments.subtree(s, clause.dependent(), Set.of(root));
            if (!span.contains(0) || !span.contains(at)) {
                continue;
            }
            int end = java.util.Collections.max(span);
            for (int subject : Arguments.dependents(s, root, "nsubj")) {
                for (Occurrence o : seen) {
                    if (o.sentence() == s.index() && subject > end && o.start() <= subject && subject < o.end() && PERSON.contains(o.name().kind())) {
                        return o;
                    }
                }
            }
        }
        return null;
    }

    private boolean compatible(AnnotatedArticle doc, Map<String, GenderLexicon.Gender> told, Mention m, String word) {
        if (NEUTER.contains(word) || word.equals("it")) {
            return BODY.contains(m.kind());
        }
        if (!PERSON.contains(m.kind())) {
            return false;
        }
        // "trips to the Sahel": a name after "the" is a place or a thing the tagger took for a person.
        Sentence own = doc.sentences().get(m.sentence());
        if (m.start() > 0 && own.token(m.start() - 1).word().equalsIgnoreCase("the")) {
            return false;
        }
        GenderLexicon.Gender gender = gender(doc, m);
        if (gender == GenderLexicon.Gender.UNKNOWN) {
            gender = told.getOrDefault(lastWord(m.text()), GenderLexicon.Gender.UNKNOWN);
        }
        return MASCULINE.contains(word) ? gender != GenderLexicon.Gender.FEMALE : gender != GenderLexicon.Gender.MALE;
    }

    /**
     * By an honorific before the name, else by its own first name, or by a longer full name's where the name is its
     * last words ("Soto Ruiz" after "Ana Soto Ruiz"); a lone word ("Soto") by the first name of a full name that holds
     * it as a surname ("Ana Soto", "Ana Soto Ruiz"), and as a first name only where a full name begins
     * with it ("Ana" after "Ana Soto"); unknown otherwise.
     */
    private GenderLexicon.Gender gender(AnnotatedArticle doc, Mention m) {
        Sentence s = doc.sentences().get(m.sentence());
        if (m.start() > 0) {
            GenderLexicon.Gender titled = GenderLexicon.ofTitleWord(s.token(m.start() - 1).word());
            if (titled != GenderLexicon.Gender.UNKNOWN) {
                return titled;
            }
        }
        List<String> own = spaced(m.text());
        if (own.size() >= 2) {
            // "Almeida Cardoso" after "Teresa Almeida Cardoso": a double surname, whose first word is no first name.
            String longer = null;
            for (Mention other : doc.entityMentions()) {
                List<String> words = spaced(other.text());
                if (PERSON.contains(other.kind()) && words.size() > own.size()
                        && words.subList(words.size() - own.size(), words.size()).equals(own)
                        && (longer == null || other.text().length() > longer.length())) {
                    longer = other.text();
                }
            }
            return genders.of(longer != null ? longer : m.text());
        }
        String word = own.get(0);
        String fullest = null;
        for (Mention other : doc.entityMentions()) {
            List<String> words = spaced(other.text());
            if (!PERSON.contains(other.kind()) || words.size() < 2) {
                continue;
            }
            if (words.get(0).equals(word)) {
                return genders.of(m.text());
            }
            if (words.subList(1, words.size()).contains(word) && (fullest == null || other.text().length() > fullest.length())) {
                fullest = other.text();
            }
        }
        // A lone word no full name explains is a surname, whatever first names it resembles.
        return fullest == null ? GenderLexicon.Gender.UNKNOWN : genders.of(fullest);
    }

    /** The lower-cased words of a name, split at spaces only ("Kim Min-ho": kim, min-ho). */
    private static List<String> spaced(String text) {
        return List.of(text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    /**
     * The gender each surname was given by an honorific anywhere in the article ("Ms. Soto" makes a later "Soto"
     * female); pronouns resolved to a name add to it as they are found.
     */
    private static Map<String, GenderLexicon.Gender> honorificGenders(AnnotatedArticle doc, List<Mention> names) {
        Map<String, GenderLexicon.Gender> out = new java.util.HashMap<>();
        for (Mention m : names) {
            Sentence s = doc.sentences().get(m.sentence());
            if (!PERSON.contains(m.kind()) || m.start() == 0) {
                continue;
            }
            GenderLexicon.Gender titled = GenderLexicon.ofTitleWord(s.token(m.start() - 1).word());
            if (titled != GenderLexicon.Gender.UNKNOWN) {
                out.putIfAbsent(lastWord(m.text()), titled);
            }
        }
        return out;
    }

    private static String lastWord(String text) {
        String[] words = text.strip().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    /**
     * "According to her spokesman Ivo Ruiz, she will travel to Lima": a source an according-to phrase names as someone's
     * spokesman, aide or other proxy tells about that someone, not about himself. A bare "according to Ivo Ruiz, he
     * ..." may well be about the source, and is left to the other rules.
     */
    private boolean accordingToSource(Sentence s, int start) {
        boolean proxy = false;
        for (int i = start - 1; i >= 1 && start - i <= ACCORDING_TO_REACH && !s.token(i).word().equals(","); i--) {
            proxy |= s.token(i).pos().equals("PRP$") || verbs.isProxyNoun(s.token(i).lemma().toLowerCase(Locale.ROOT));
            if (s.token(i).word().equalsIgnoreCase("to") && s.token(i - 1).word().equalsIgnoreCase("according")) {
                return proxy;
            }
        }
        return false;
    }

    private static final int ACCORDING_TO_REACH = 5;

    /**
     * "while Ruiz headed to Quito, where he is due to meet ...": the subject of the clause whose noun a relative clause
     * holding the pronoun at {@code pronoun} describes, also where the noun hangs on another noun of that clause
     * ("dropped a stop in Quito, where he ..."); -1 when the pronoun's clause is no such relative clause.
     */
    private static int relativeHostSubject(Sentence s, int pronoun) {
        int clause = Arguments.governor(s, pronoun, "nsubj");
        int noun = clause < 0 ? -1 : Arguments.governor(s, clause, "acl:relcl");
        int verb = noun < 0 ? -1 : s.parents(noun).stream().filter(d -> d.governor() >= 0).mapToInt(d -> d.governor()).findFirst().orElse(-1);
        // "dropped a stop in Quito, where he ...": the place hangs on the trip's noun, whose verb has the subject.
        for (int up = 0; up < 2 && verb >= 0 && !s.token(verb).isVerb(); up++) {
            verb = Arguments.governor(s, verb, "obj", "obl", "nmod");
        }
        return verb < 0 || verb > pronoun ? -1 : Arguments.dependents(s, verb, "nsubj").stream().filter(t -> t < noun).findFirst().orElse(-1);
    }

    /** Whether a token of the span is the subject of a verb of speech. */
    private boolean reportsAny(Sentence s, int start, int end) {
        for (int t = start; t < end; t++) {
            if (reports(s, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the token owns the subject of a reporting verb that closes the sentence after a comma ("..., his office
     * said"); not when the source opens the sentence ("His office said ...").
     */
    private boolean closingSourceOwner(Sentence s, int token) {
        if (token == 0 || !s.token(token - 1).word().equals(",")) {
            return false;
        }
        for (Dependency d : s.parents(token)) {
            if (d.relation().equals("nmod:poss") && d.governor() > token && reports(s, d.governor())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token is the subject of a reporting verb ("it said", "it has warned"). */
    private boolean reports(Sentence s, int token) {
        for (Dependency d : s.parents(token)) {
            if (d.base().equals("nsubj") && d.governor() >= 0
                    && verbs.isCue(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a finite verb of speech follows the token and closes its clause ("..., the ministry said."), however
     * the parser hung the two.
     */
    private boolean reportsNext(Sentence s, int token) {
        if (token + 2 >= s.tokens().size()) {
            return false;
        }
        Token verb = s.token(token + 1);
        return verb.pos().matches("VBD|VBZ|VBP") && verbs.isCue(verb.lemma().toLowerCase(Locale.ROOT))
                && s.token(token + 2).pos().matches("[.,:]");
    }

    /**
     * The subject of the verb the pronoun is the object of ("Soto praised her": Soto), also through the verb's object
     * noun ("Soto held talks with him"), or -1.
     */
    private static int coArgumentSubject(Sentence s, int pronoun) {
        for (Dependency d : s.parents(pronoun)) {
            if (d.base().equals("obj") || d.base().equals("iobj") || d.base().equals("obl")) {
                int subject = subjectOf(s, d.governor());
                if (subject >= 0) {
                    return subject;
                }
            }
            // "his hope" is the subject's own: a possessive may take its verb's subject.
            if (d.base().equals("nmod") && !d.relation().equals("nmod:poss") && d.governor() >= 0) {
                for (Dependency up : s.parents(d.governor())) {
                    int subject = up.base().equals("obj") ? subjectOf(s, up.governor()) : -1;
                    if (subject >= 0) {
                        return subject;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * The subject of the verb; for a verb with none that completes another ("looked forward to welcoming him", "wants
     * to meet her"), the subject of that one; -1 when none.
     */
    private static int subjectOf(Sentence s, int verb) {
        if (verb < 0) {
            return -1;
        }
        int own = ownSubject(s, verb);
        int governor = Arguments.governor(s, verb, "xcomp", "advcl");
        return own >= 0 || governor < 0 || !s.token(verb).isVerb() || !s.token(governor).isVerb() ? own : ownSubject(s, governor);
    }

    private static int ownSubject(Sentence s, int verb) {
        return s.children(verb).stream().filter(c -> c.base().equals("nsubj")).mapToInt(Dependency::dependent).findFirst().orElse(-1);
    }

    /**
     * Whether the name stands inside a clause with no subject of its own that hangs on the verb the pronoun is the
     * subject of: in "Speaking with Ana Soto, he said" the one speaking is "he", so "he" cannot be her. A phrase hung on
     * the verb itself ("According to Soto, he was never told") and a clause with its own subject ("After Soto
     * arrived, he said") leave the name free.
     */
    private static boolean inControlledClause(Sentence s, int pronoun, int start, int end) {
        int verb = -1;
        for (Dependency d : s.parents(pronoun)) {
            if (d.base().equals("nsubj")) {
                verb = d.governor();
            }
        }
        if (verb < 0) {
            return false;
        }
        int node = spanHead(s, start, end);
        boolean controlled = false;
        Set<Integer> visited = new java.util.HashSet<>();
        while (node >= 0 && visited.add(node)) {
            Dependency up = null;
            for (Dependency d : s.parents(node)) {
                if (d.governor() >= 0 && !d.base().equals("conj") && up == null) {
                    up = d;
                }
            }
            if (up == null || up.base().equals("nsubj")) {
                return false;
            }
            int governor = up.governor();
            if (governor == verb) {
                return controlled;
            }
            if (s.token(governor).isVerb()) {
                if (hasOwnSubject(s, governor, pronoun)) {
                    return false;
                }
                controlled = true;
            }
            node = governor;
        }
        return false;
    }

    private static boolean hasOwnSubject(Sentence s, int verb, int pronoun) {
        return s.children(verb).stream().anyMatch(d -> d.base().equals("nsubj") && d.dependent() != pronoun);
    }

    /** The token of [start, end) whose governor lies outside it. */
    private static int spanHead(Sentence s, int start, int end) {
        for (int t = start; t < end; t++) {
            final int tok = t;
            if (s.parents(t).stream().noneMatch(d -> d.governor() >= start && d.governor() < end && d.governor() != tok)) {
                return t;
            }
        }
        return end - 1;
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
