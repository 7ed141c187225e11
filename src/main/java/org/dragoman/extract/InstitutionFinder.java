package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dragoman.model.EntityType;
import org.dragoman.model.Gazetteer;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.CorefChain;
import org.dragoman.nlp.Dateline;
import org.dragoman.nlp.Datelines;
import org.dragoman.nlp.Mention;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Finds state bodies named by a common noun with their country: "the Ruritanian government", "Ruritania's foreign
 * ministry", "the government of Ruritania", "the government in Borduria City", "the Ruritanian embassy in Lima"; and
 * bodies with a proper name of their own ("the Kremlin"). A body phrase without a country beside it ("the government
 * said"), or followed by another noun ("a government source", "embassy staff"), names nobody and is left alone, save a
 * bare state body that speaks in a story datelined in a capital ("KLOW — ... the presidency said").
 */
final class InstitutionFinder {
    /**
     * A body found in the text.
     *
     * @param mention   the tokens of the name as written, with its country ("Ruritanian foreign ministry")
     * @param name      that name, without a leading article
     * @param country   the country's name as the table labels it
     * @param title     the generic name of the body ("foreign ministry"), the title of its affiliation
     * @param canonical the Wikidata-style name ("Ministry of Foreign Affairs of Ruritania"), or null
     */
    record Found(Mention mention, String name, String country, String title, String canonical) {
    }

    /** Courtesy titles that may stand before an office's owner ("Mr Soto's office"). */
    private static final java.util.Set<String> HONORIFICS = WordLists.NAMES.get("honorific");
    /** Bodies of which a state has one, so that a bare "the presidency" in a capital's story is that state's. */
    private static final java.util.Set<String> STATE_BODIES = java.util.Set.of("government", "presidency", "foreign ministry",
            "prime minister's office");

    private final Gazetteer gazetteer;
    private final InstitutionLexicon lexicon;

    InstitutionFinder(Gazetteer gazetteer, InstitutionLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    List<Found> find(AnnotatedArticle doc) {
        List<Found> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<String> words = s.tokens().stream().map(Token::word).toList();
            for (int i = 0; i < words.size(); i++) {
                Optional<Found> f = namedBody(doc, s, words, i);
                if (f.isEmpty()) {
                    f = commonNounBody(doc, s, words, i);
                }
                if (f.isEmpty()) {
                    f = ownedOffice(doc, s, i);
                }
                if (f.isEmpty()) {
                    f = pronounOwnedOffice(doc, s, i);
                }
                if (f.isPresent()) {
                    out.add(f.get());
                    i = f.get().mention().end() - 1;
                }
            }
        }
        return out;
    }

    /** The body that a name NER tagged itself is, if the lexicon knows it ("State Department"). */
    Optional<Found> named(Mention m, String name) {
        return lexicon.named(name).map(b -> new Found(m, name, b.country(), b.title(), null));
    }

    private Optional<Found> namedBody(AnnotatedArticle doc, Sentence s, List<String> words, int i) {
        Optional<InstitutionLexicon.NamedBody> b = lexicon.namedAt(words, i);
        if (b.isEmpty() || i > 0 && s.token(i - 1).isProperNoun()
                || followedByNoun(s, i + b.get().words().size()) && !pressServiceAt(s, i + b.get().words().size())) {
            return Optional.empty();
        }
        int end = i + b.get().words().size();
        Mention m = mention(doc, s, i, end, end - 1);
        return Optional.of(new Found(m, m.text(), b.get().country(), b.get().title(), null));
    }

    private Optional<Found> commonNounBody(AnnotatedArticle doc, Sentence s, List<String> words, int i) {
        Optional<InstitutionLexicon.Body> b = lexicon.bodyAt(words, i).or(() -> anyMinistry(s, i));
        if (b.isEmpty()) {
            return Optional.empty();
        }
        int phraseEnd = i + b.get().words().size();
        int start = i;
        int end = phraseEnd;
        String country = null;
        // The country before the phrase: "Ruritanian", "Ruritania's", "the U.S.", also past a few lower-case
        // modifiers: "Ruritania's transitional government", "Ruritania's internationally recognised government".
        int last = i - 1;
        for (int mods = 0; mods < 3 && last > 0 && modifier(s.token(last)); mods++) {
            last--;
        }
        if (last >= 0 && s.token(last).word().matches("'s|’s|'") && s.token(last).pos().equals("POS")) {
            last--;
        }
        int first = countryRunStart(s, last);
        if (first < 0) {
            last = i - 1;
            first = countryRunStart(s, last);
        }
        if (first >= 0) {
            country = countryOf(doc, s, first, last + 1);
            start = first;
        }
        // Or after it: "the government of Ruritania".
        if (country == null && phraseEnd + 1 < s.tokens().size() && s.token(phraseEnd).word().equalsIgnoreCase("of")) {
            int from = phraseEnd + 1;
            if (s.token(from).word().equalsIgnoreCase("the") && from + 1 < s.tokens().size()) {
                from++;
            }
            int to = from;
            while (to < s.tokens().size() && s.token(to).ner().equals("COUNTRY")) {
                to++;
            }
            if (to > from) {
                country = countryOf(doc, s, from, to);
                end = to;
            }
        }
        // Or its capital after it: "the government in Borduria City" (not an embassy, which its city only places). A
        // body named by its own capitalised name ("the Acme Council Secretariat in Lima") keeps that name.
        boolean lowerCaseAfterThe = i > 0 && s.token(i - 1).word().equalsIgnoreCase("the")
                && Character.isLowerCase(s.token(i).word().charAt(0));
        boolean seated = false;
        if (country == null && lowerCaseAfterThe && (b.get().canonical() != null || STATE_BODIES.contains(b.get().title()))
                && phraseEnd + 1 < s.tokens().size() && s.token(phraseEnd).word().equals("in")) {
            int cityEnd = cityEnd(s, phraseEnd + 1);
            String city = cityEnd > phraseEnd + 1 ? EntityExtractor.cleanName(doc.text().substring(s.token(phraseEnd + 1).begin(),
                    s.token(cityEnd - 1).end())) : null;
            Optional<String> seat = city == null ? Optional.empty() : Capitals.countryOf(city);
            if (seat.isPresent()) {
                country = seat.get();
                end = cityEnd;
                seated = true;
            }
        }
        boolean bare = country == null;
        if (bare) {
            country = datelineCountry(doc, s, i, phraseEnd, b.get().title()).orElse(null);
        }
        if (country == null) {
            return Optional.empty();
        }
        // An embassy is known by its city or country: "the Ruritanian embassy in Lima".
        if (b.get().canonical() == null && end + 1 < s.tokens().size() && s.token(end).word().equals("in")) {
            int cityEnd = seatEnd(s, end + 1);
            end = cityEnd > end + 1 ? cityEnd : end;
        }
        if (followedByNoun(s, end) && (bare || !namedSpokesperson(s, end))) {
            return Optional.empty();
        }
        Mention m = mention(doc, s, start, end, phraseEnd - 1);
        String canonical = b.get().canonicalFor(country);
        // A body named bare or by its seat is named as the table names it, else by its title and country.
        if (bare || seated) {
            String title = b.get().title();
            String name = canonical != null ? canonical : Character.toUpperCase(title.charAt(0)) + title.substring(1) + " of " + country;
            return Optional.of(new Found(m, name, country, title, canonical));
        }
        return Optional.of(new Found(m, EntityExtractor.cleanName(m.text()), country, b.get().title(), canonical));
    }

    /**
     * The country of a wire story's capital dateline, for a bare "the presidency said" in it ("KLOW — ... the presidency
     * said"): only for a body of which a state has one (not an embassy, not "the army"), as the subject of a verb, in a
     * story that names that country (or its people) before the body. Empty otherwise.
     */
    private Optional<String> datelineCountry(AnnotatedArticle doc, Sentence s, int i, int phraseEnd, String title) {
        boolean subject = i > 0 && s.token(i - 1).word().equalsIgnoreCase("the")
                && s.parents(phraseEnd - 1).stream().anyMatch(d -> d.base().equals("nsubj"))
                && !followedByNoun(s, phraseEnd);
        if (!subject || !STATE_BODIES.contains(title)) {
            return Optional.empty();
        }
        Optional<String> country = Datelines.lead(doc.article()).map(Dateline::place)
                .flatMap(place -> gazetteer.countryOfCity(place)
                        .filter(c -> Capitals.of(c).filter(capital -> EntityExtractor.slug(capital).equals(EntityExtractor.slug(place))).isPresent()));
        return country.filter(c -> namedBefore(doc, s, i, c));
    }

    /** Whether the country, or its people, is named in the article before token {@code i} of {@code s}. */
    private boolean namedBefore(AnnotatedArticle doc, Sentence s, int i, String country) {
        for (Sentence earlier : doc.sentences().subList(0, s.index() + 1)) {
            int end = earlier == s ? i : earlier.tokens().size();
            for (int t = 0; t < end; t++) {
                String word = earlier.token(t).word();
                boolean names = word.equalsIgnoreCase(country) || gazetteer.countryOfDemonym(word).filter(country::equals).isPresent()
                        || EntityExtractor.slug(word).equals(EntityExtractor.slug(country));
                if (names) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Ruritania's information ministry": a ministry the table does not list, named by a common noun before "ministry";
     * its title is the phrase, and it has no Wikidata-style name.
     */
    private static Optional<InstitutionLexicon.Body> anyMinistry(Sentence s, int i) {
        if (i + 1 >= s.tokens().size() || !s.token(i + 1).word().equalsIgnoreCase("ministry") || !s.token(i).pos().equals("NN")
                || !s.token(i).word().matches("\\p{Ll}+")) {
            return Optional.empty();
        }
        String phrase = s.token(i).word() + " ministry";
        return Optional.of(new InstitutionLexicon.Body(List.of(s.token(i).word(), "ministry"), phrase, null));
    }

    /**
     * "Ana Soto's office said": a person's office, named by its owner, which speaks for itself. Starts at the owner's
     * name, which must be tagged a person and end right before "'s office" at {@code i}; the body has no country.
     */
    private static Optional<Found> ownedOffice(AnnotatedArticle doc, Sentence s, int i) {
        if (!s.token(i).ner().equals("PERSON") || i > 0 && s.token(i - 1).ner().equals("PERSON")) {
            return Optional.empty();
        }
        int end = i;
        while (end < s.tokens().size() && s.token(end).ner().equals("PERSON")) {
            end++;
        }
        boolean office = end + 1 < s.tokens().size() && s.token(end).pos().equals("POS")
                && s.token(end + 1).word().equals("office") && !followedByNoun(s, end + 2);
        if (!office) {
            return ownedCampaign(doc, s, i, end);
        }
        // "Prime Minister Ana Soto's office", "Mr Soto's office": the office is named with the owner's title as written.
        int start = i;
        while (start > 0 && (s.token(start - 1).ner().equals("TITLE") && s.token(start - 1).pos().startsWith("NNP")
                || HONORIFICS.contains(s.token(start - 1).word()))) {
            start--;
        }
        Mention m = mention(doc, s, start, end + 2, end + 1);
        return Optional.of(new Found(m, EntityExtractor.cleanName(m.text()), null, "office", null));
    }

    /**
     * "Ana Soto's campaign said", "the Soto campaign said", "Soto's presidential campaign said": a person's campaign,
     * which speaks for itself, named "Soto campaign" after its owner's surname (tokens {@code i} to {@code end}).
     */
    private static Optional<Found> ownedCampaign(AnnotatedArticle doc, Sentence s, int i, int end) {
        int k = end < s.tokens().size() && s.token(end).pos().equals("POS") ? end + 1 : end;
        int noun = campaignAt(s, k);
        if (noun < 0) {
            return Optional.empty();
        }
        int start = i > 0 && s.token(i - 1).word().equalsIgnoreCase("the") && k == end ? i - 1 : i;
        Mention m = mention(doc, s, start, noun + 1, noun);
        return Optional.of(new Found(m, s.token(end - 1).word() + " campaign", null, "campaign", null));
    }

    /** The token of "campaign", or of "presidential campaign", at {@code k} that speaks (no noun after it); -1 if none. */
    private static int campaignAt(Sentence s, int k) {
        int noun = k < s.tokens().size() && s.token(k).pos().equals("JJ") ? k + 1 : k;
        return noun < s.tokens().size() && s.token(noun).word().equals("campaign") && !followedByNoun(s, noun + 1) ? noun : -1;
    }

    /**
     * "... her office said": the office of the person coreference took "her" for, named as "Soto's office" is, when it
     * speaks (the subject of a verb); "her campaign said" likewise; empty when "her" resolved to no one.
     */
    private static Optional<Found> pronounOwnedOffice(AnnotatedArticle doc, Sentence s, int i) {
        boolean possessive = s.token(i).word().matches("(?i)his|her") && i + 1 < s.tokens().size();
        boolean office = possessive && s.token(i + 1).word().equals("office") && !followedByNoun(s, i + 2);
        // "her campaign said": a campaign likewise.
        int campaign = possessive && !office ? campaignAt(s, i + 1) : -1;
        int head = campaign >= 0 ? campaign : i + 1;
        if (!office && campaign < 0 || s.parents(head).stream().noneMatch(d -> d.base().equals("nsubj"))) {
            return Optional.empty();
        }
        for (CorefChain chain : doc.corefChains()) {
            boolean holds = chain.mentions().stream().anyMatch(m -> m.sentence() == s.index() && m.start() == i && m.end() == i + 1);
            String owner = chain.representative().text().strip();
            if (holds && owner.matches("\\p{Lu}.*")) {
                String surname = owner.substring(owner.lastIndexOf(' ') + 1);
                Mention m = mention(doc, s, i, head + 1, head);
                return Optional.of(campaign >= 0 ? new Found(m, surname + " campaign", null, "campaign", null)
                        : new Found(m, surname + "'s office", null, "office", null));
            }
        }
        return Optional.empty();
    }

    /** The first token of the country name that ends at {@code last}, or -1. */
    private int countryRunStart(Sentence s, int last) {
        if (last < 0) {
            return -1;
        }
        String ner = s.token(last).ner();
        if (ner.equals("NATIONALITY")) {
            // "the North Korean Foreign Ministry": a run of demonym words that the table knows as one demonym.
            int first = last;
            while (first > 0 && s.token(first - 1).ner().equals("NATIONALITY")) {
                first--;
            }
            String run = s.tokens().subList(first, last + 1).stream().map(Token::word).collect(java.util.stream.Collectors.joining(" "));
            return first < last && gazetteer.countryOfDemonym(run).isPresent() ? first : last;
        }
        if (ner.equals("CITY") || ner.equals("LOCATION")) {
            // "Borduria City's foreign ministry": a capital stands for its country's state (NER may tag it a location).
            int first = last;
            while (first > 0 && s.token(first - 1).ner().equals(ner)) {
                first--;
            }
            String run = String.join(" ", s.tokens().subList(first, last + 1).stream().map(Token::word).toList());
            return Capitals.countryOf(run).isPresent() ? first : -1;
        }
        if (!ner.equals("COUNTRY")) {
            // "the Emirati foreign ministry": NER may miss a demonym the table knows.
            String word = s.token(last).word();
            boolean demonym = !ner.equals("ORGANIZATION") && Character.isUpperCase(word.charAt(0)) && gazetteer.countryOfDemonym(word).isPresent();
            if (demonym) {
                return last;
            }
            // "Burkina Faso's government" tagged as a person: a run of proper nouns the table knows as a country.
            for (int first = last; first >= Math.max(0, last - 2) && s.token(first).isProperNoun(); first--) {
                String run = String.join(" ", s.tokens().subList(first, last + 1).stream().map(Token::word).toList());
                if (first < last && gazetteer.typeOf(run).filter(ty -> ty == EntityType.COUNTRY).isPresent()) {
                    return first;
                }
            }
            return -1;
        }
        int first = last;
        while (first > 0 && s.token(first - 1).ner().equals("COUNTRY")) {
            first--;
        }
        return first;
    }

    private String countryOf(AnnotatedArticle doc, Sentence s, int from, int to) {
        String text = doc.text().substring(s.token(from).begin(), s.token(to - 1).end());
        String name = EntityExtractor.cleanName(text);
        return gazetteer.countryOfDemonym(name).or(() -> Capitals.countryOf(name)).orElse(null);
    }

    /**
     * The end of the city name that starts at token {@code start}: tagged CITY, or (where NER runs without its city
     * list) a LOCATION the table knows as a city, or proper nouns NER left untagged or mistook that the table knows as
     * one (a spelling newer than the models); {@code start} itself when there is none.
     */
    int cityEnd(Sentence s, int start) {
        int tagged = taggedEnd(s, start, "CITY", EntityType.CITY);
        if (tagged > start) {
            return tagged;
        }
        // "in Kyiv": a spelling newer than the NER models, untagged, that the table knows as a city.
        for (int end = Math.min(s.tokens().size(), start + 3); end > start; end--) {
            boolean proper = s.tokens().subList(start, end).stream().allMatch(t -> t.pos().equals("NNP"));
            if (proper && known(s, start, end, EntityType.CITY)) {
                return end;
            }
        }
        return start;
    }

    /**
     * The end of the name of where an embassy or consulate is, starting at token {@code start}: a city
     * ({@link #cityEnd}) or a country, tagged so or a location the table knows as one ("the Ruritanian embassy in
     * Osterlich"); {@code start} itself when there is none.
     */
    int seatEnd(Sentence s, int start) {
        int city = cityEnd(s, start);
        if (city > start) {
            return city;
        }
        return taggedEnd(s, start, "COUNTRY", EntityType.COUNTRY);
    }

    /**
     * The end of the run of tokens from {@code start} that NER tagged {@code tag}, or tagged LOCATION where the table
     * knows the run as a place of {@code type}; {@code start} itself when there is none.
     */
    private int taggedEnd(Sentence s, int start, String tag, EntityType type) {
        for (String t : List.of(tag, "LOCATION")) {
            int end = start;
            while (end < s.tokens().size() && s.token(end).ner().equals(t)) {
                end++;
            }
            if (end > start && (t.equals(tag) || known(s, start, end, type))) {
                return end;
            }
        }
        return start;
    }

    private boolean known(Sentence s, int start, int end, EntityType type) {
        return gazetteer.typeOf(String.join(" ", s.tokens().subList(start, end).stream().map(Token::word).toList()))
                .filter(t -> t == type).isPresent();
    }

    /** A lower-case adjective, participle or adverb, which may stand between a country and its body. */
    private static boolean modifier(Token t) {
        return Character.isLowerCase(t.word().charAt(0)) && t.pos().matches("JJ|VBN|RB");
    }

    /** "a government source", "the embassy staff": the body is a modifier of another noun, not the actor. */
    /**
     * "Peru's foreign ministry spokesman Ana Lenko": a spokesperson named right after the body, who speaks for it; the
     * body is still named ("The ministry also denied ..." goes on with it).
     */
    private static boolean namedSpokesperson(Sentence s, int end) {
        return end + 1 < s.tokens().size() && s.token(end).word().matches("(?i)spokes(man|woman|person)")
                && s.token(end + 1).ner().equals("PERSON");
    }

    /** Whether "press service" or "press office" starts at token {@code at}: "the Kremlin press service", which speaks for it. */
    private static boolean pressServiceAt(Sentence s, int at) {
        return at + 1 < s.tokens().size() && s.token(at).word().equalsIgnoreCase("press")
                && s.token(at + 1).lemma().toLowerCase(java.util.Locale.ROOT).matches("service|office");
    }

    private static boolean followedByNoun(Sentence s, int end) {
        if (end >= s.tokens().size()) {
            return false;
        }
        Token next = s.token(end);
        boolean published = PUBLISHED_WORD_NOUNS.contains(next.lemma().toLowerCase(java.util.Locale.ROOT));
        return next.isNoun() && !published || next.pos().equals("CD") || next.word().equals("-");
    }

    private static final java.util.Set<String> PUBLISHED_WORD_NOUNS = WordLists.BODIES.get("published-word-noun");

    private static Mention mention(AnnotatedArticle doc, Sentence s, int start, int end, int head) {
        int begin = s.token(start).begin();
        int endChar = s.token(end - 1).end();
        return new Mention(s.index(), start, end, head, doc.text().substring(begin, endChar), "ORGANIZATION", begin, endChar);
    }
}
