package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dragoman.model.Article;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.CorefChain;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Mention;
import org.dragoman.nlp.Quote;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;
import org.junit.jupiter.api.Test;

/** Dragoman's own pronoun and short-name chains, on hand-built annotations of made-up sentences (no models). */
class RuleCoreferenceTest {
    private final RuleCoreference rules = new RuleCoreference();

    /**
     * Builds an article from sentences of tokens written {@code word/POS/NER/lemma}, NER and lemma optional
     * ("Maria/NNP/PERSON", "said/VBD/O/say"; the lemma is the word unless given).
     * Adjacent tokens with one NER tag form one entity mention. A token written with a trailing {@code >N} is the
     * nsubj of token N, with {@code <N} the obj of token N, with {@code ~N} its det, with {@code |rel@N} (after the
     * rest, repeatable) any other relation to token N. {@code "} tokens open and close quotations.
     */
    private static AnnotatedArticle article(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        int quoteStart = -1;
        for (int si = 0; si < sentences.length; si++) {
            List<Token> tokens = new ArrayList<>();
            List<Dependency> deps = new ArrayList<>();
            int begin = text.length();
            String[] words = sentences[si].split(" ");
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                String[] rels = w.split("\\|");
                w = rels[0];
                for (int r = 1; r < rels.length; r++) {
                    String[] parts = rels[r].split("@");
                    deps.add(new Dependency(parts[0], Integer.parseInt(parts[1]), i));
                }
                if (w.contains("~")) {
                    String[] parts = w.split("~");
                    deps.add(new Dependency("det", Integer.parseInt(parts[1]), i));
                    w = parts[0];
                }
                if (w.contains(">") || w.contains("<")) {
                    boolean subject = w.contains(">");
                    String[] parts = w.split("[<>]");
                    deps.add(new Dependency(subject ? "nsubj" : "obj", Integer.parseInt(parts[1]), i));
                    w = parts[0];
                }
                String[] f = w.split("/");
                if (text.length() > 0) {
                    text.append(' ');
                }
                int b = text.length();
                text.append(f[0]);
                tokens.add(new Token(i, f[0], f.length > 3 ? f[3] : f[0], f.length > 1 ? f[1] : "NN", f.length > 2 ? f[2] : "O",
                        null, b, text.length()));
                if (f[0].equals("\"")) {
                    if (quoteStart < 0) {
                        quoteStart = b;
                    } else {
                        quotes.add(new Quote(quoteStart, text.length(), text.substring(quoteStart), null, null, null));
                        quoteStart = -1;
                    }
                }
            }
            for (int i = 0; i < tokens.size(); i++) {
                String ner = tokens.get(i).ner();
                if (ner.equals("O") || i > 0 && tokens.get(i - 1).ner().equals(ner)) {
                    continue;
                }
                int end = i + 1;
                while (end < tokens.size() && tokens.get(end).ner().equals(ner)) {
                    end++;
                }
                mentions.add(new Mention(si, i, end, end - 1, text.substring(tokens.get(i).begin(), tokens.get(end - 1).end()), ner,
                        tokens.get(i).begin(), tokens.get(end - 1).end()));
            }
            out.add(new Sentence(si, begin, text.length(), text.substring(begin), tokens, deps));
        }
        String t = text.toString();
        return new AnnotatedArticle(new Article("t", "t.txt", t, 0, LocalDate.of(2020, 1, 1)), out, mentions, List.of(), quotes);
    }

    /** Each chained mention's text, with its sentence, mapped to its chain's representative. */
    private static Map<String, String> links(AnnotatedArticle doc) {
        Map<String, String> out = new LinkedHashMap<>();
        for (CorefChain c : doc.corefChains()) {
            for (Mention m : c.mentions()) {
                if (m != c.representative()) {
                    out.put(m.text() + "@" + m.sentence(), c.representative().text());
                }
            }
        }
        return out;
    }

    @Test
    void pronounsTakeTheRecentNameOfTheirGender() {
        AnnotatedArticle doc = article(
                "Maria/NNP/PERSON Soto/NNP/PERSON>2 met/VBD Luis/NNP/PERSON Pérez/NNP/PERSON<2 ./.",
                "She/PRP>1 praised/VBD him/PRP<1 ./.");
        assertEquals(Map.of("She@1", "Maria Soto", "him@1", "Luis Pérez"), links(rules.resolve(doc)));
    }

    @Test
    void aPersonMentionOfPunctuationAloneIsNoShortName() {
        // NER may tag a lone dash between two names as a person; it has no words to end a full name with.
        AnnotatedArticle doc = article(
                "Maria/NNP/PERSON Soto/NNP/PERSON>2 met/VBD Luis/NNP/PERSON<2 and/CC -/:/PERSON ./.",
                "She/PRP>1 left/VBD ./.");
        assertEquals("Maria Soto", links(rules.resolve(doc)).get("She@1"));
    }

    @Test
    void aDoubleSurnameHasTheGenderOfTheFullNameNotOfItsFirstWord() {
        AnnotatedArticle doc = article(
                "Ana/NNP/PERSON Martin/NNP/PERSON Lopez/NNP/PERSON>3 arrived/VBD ./.",
                "The/DT talks/NNS>2 began/VBD ./.",
                "Martin/NNP/PERSON Lopez/NNP/PERSON>2 met/VBD Ivo/NNP/PERSON Ruiz/NNP/PERSON<2 ./.",
                "She/PRP>1 left/VBD ./.");
        assertTrue(links(rules.resolve(doc)).containsKey("She@3"), links(rules.resolve(doc)).toString());
        assertTrue(links(rules.resolve(doc)).get("She@3").contains("Martin Lopez"), links(rules.resolve(doc)).toString());
    }

    @Test
    void anUntaggedFirstOfTwoSurnamesIsAnAntecedent() {
        AnnotatedArticle doc = article(
                "Jan/NNP/PERSON Berg/NNP/PERSON>2 met/VBD Ivo/NNP/PERSON Ruiz/NNP/PERSON Soto/NNP/PERSON<2 ./.",
                "Ruiz/NNP>1 toured/VBD the~3 institute/NN<1 ./.",
                "He/PRP>1 left/VBD ./.");
        assertEquals("Ivo Ruiz Soto", links(rules.resolve(doc)).get("He@2"), links(rules.resolve(doc)).toString());
    }

    @Test
    void theSubjectOfThePreviousSentenceIsPreferredOverANearerName() {
        AnnotatedArticle doc = article(
                "Luis/NNP/PERSON Pérez/NNP/PERSON>2 thanked/VBD Carlos/NNP/PERSON Ruiz/NNP/PERSON<2 ./.",
                "He/PRP>1 left/VBD ./.");
        assertEquals(Map.of("He@1", "Luis Pérez"), links(rules.resolve(doc)));
    }

    @Test
    void aSurnameNerLeftUntaggedStillStandsAsTheSubject() {
        AnnotatedArticle doc = article(
                "Luis/NNP/PERSON Pérez/NNP/PERSON>2 arrived/VBD ./.",
                "Pérez/NNP>1 met/VBD the/DT imam/NN ,/, Carlos/NNP/PERSON Ruiz/NNP/PERSON ./.",
                "He/PRP>1 left/VBD ./.");
        Map<String, String> links = links(rules.resolve(doc));
        assertTrue(links.getOrDefault("He@2", "").contains("Pérez"), links.toString());
    }

    @Test
    void anObjectPronounNeverTakesTheSubjectOfItsOwnVerb() {
        AnnotatedArticle doc = article(
                "Carlos/NNP/PERSON Ruiz/NNP/PERSON>2 arrived/VBD ./.",
                "Luis/NNP/PERSON Pérez/NNP/PERSON>2 praised/VBD him/PRP<2 ./.");
        assertEquals(Map.of("him@1", "Carlos Ruiz"), links(rules.resolve(doc)));
    }

    @Test
    void aNameInsideAQuotationIsNoAntecedentForThePronounOutside() {
        AnnotatedArticle doc = article(
                "Mr./NNP Gómez/NNP/PERSON>2 arrived/VBD ./.",
                "\"/`` Luis/NNP/PERSON Pérez/NNP/PERSON will/MD lose/VB ,/, \"/'' he/PRP>7 said/VBD ./.");
        assertEquals(Map.of("he@1", "Gómez"), links(rules.resolve(doc)));
    }

    @Test
    void nothingTooFarBackOrOfTheWrongKindIsTaken() {
        AnnotatedArticle far = article("Luis/NNP/PERSON Pérez/NNP/PERSON>2 arrived/VBD ./.", "Talks/NNS began/VBD ./.",
                "Rain/NN fell/VBD ./.", "Then/RB he/PRP>2 left/VBD ./.");
        assertEquals(Map.of(), links(rules.resolve(far)), "three sentences back is too far");
        AnnotatedArticle kinds = article("The/DT Acme/NNP/ORGANIZATION Front/NNP/ORGANIZATION>3 said/VBD its/PRP$ aims/NNS "
                + "and/CC Maria/NNP/PERSON Soto/NNP/PERSON agreed/VBD with/IN him/PRP ./.");
        assertEquals(Map.of("its@0", "Acme Front"), links(rules.resolve(kinds)), "'its' is a body's, and Maria is no 'him'");
    }

    @Test
    void quotedSentencesDoNotPushTheNameBeforeThemOutOfReach() {
        // "Luis Pérez arrived. "Talks resume. Rain helps. It is time," he said."
        AnnotatedArticle doc = article("Luis/NNP/PERSON Pérez/NNP/PERSON>2 arrived/VBD ./.",
                "\"/`` Talks/NNS>2 resume/VBP ./.", "Rain/NN>1 helps/VBZ ./.",
                "It/PRP>1 is/VBZ time/NN ,/, \"/'' he/PRP>6 said/VBD ./.");
        assertEquals(Map.of("he@3", "Luis Pérez"), links(rules.resolve(doc)));
        assertEquals(List.of(3, 0), Narrative.lookBack(doc, doc.sentences().get(3), 2).stream().map(Sentence::index).toList());
        assertEquals(1, Narrative.distance(doc, 0, 3));
    }

    @Test
    void aShortNameSharedByTwoPeopleJoinsTheNearestFullNameBeforeIt() {
        AnnotatedArticle doc = article(
                "Maria/NNP/PERSON Soto/NNP/PERSON>2 met/VBD Luis/NNP/PERSON Soto/NNP/PERSON<2 ./.",
                "Later/RB Luis/NNP/PERSON Soto/NNP/PERSON>3 spoke/VBD ./.",
                "Soto/NNP/PERSON>1 said/VBD so/RB ./.");
        assertEquals(Map.of("Soto@2", "Luis Soto"), links(rules.resolve(doc)).entrySet().stream()
                .filter(e -> e.getKey().startsWith("Soto")).collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void aDefiniteTitleJoinsThePersonNamedWithThatTitle() {
        AnnotatedArticle doc = article(
                "Foreign/NNP Minister/NNP Maria/NNP/PERSON Soto/NNP/PERSON>4 met/VBD President/NNP Luis/NNP/PERSON Pérez/NNP/PERSON ./.",
                "The/DT minister/NN>2 said/VBD the/DT president/NN agreed/VBD ./.");
        assertEquals(Map.of("The minister@1", "Maria Soto", "the president@1", "Luis Pérez"), links(rules.resolve(doc)));
        AnnotatedArticle untitled = article("Maria/NNP/PERSON Soto/NNP/PERSON>2 arrived/VBD ./.", "The/DT minister/NN>2 said/VBD so/RB ./.");
        assertEquals(Map.of(), links(rules.resolve(untitled)), "no one was called minister");
    }

    @Test
    void theHeadOfStateAndACapitalisedTitleJoinAPresidentButNotHisDeputy() {
        AnnotatedArticle doc = article(
                "President/NNP Luis/NNP/PERSON Pérez/NNP/PERSON>3 met/VBD Vice/NNP President/NNP Maria/NNP/PERSON Soto/NNP/PERSON ./.",
                "The/DT head/NN>4 of/IN state/NN said/VBD so/RB ./.",
                "The/DT President/NNP/TITLE>2 agreed/VBD ./.");
        assertEquals(Map.of("The head of state@1", "Luis Pérez", "The President@2", "Luis Pérez"), links(rules.resolve(doc)));
        AnnotatedArticle deputyOnly = article("Vice/NNP President/NNP Maria/NNP/PERSON Soto/NNP/PERSON>4 arrived/VBD ./.",
                "The/DT president/NN>2 said/VBD so/RB ./.");
        assertEquals(Map.of(), links(rules.resolve(deputyOnly)), "a vice president is no president");
    }

    @Test
    void aTitleOnlyNearANameIsNoTitleAndAFarTitleHolderStillCounts() {
        AnnotatedArticle doc = article(
                "President/NNP Luis/NNP/PERSON Pérez/NNP/PERSON>3 spoke/VBD ./.",
                "Talks/NNS>1 resumed/VBD ./.", "Rain/NN>1 fell/VBD ./.", "Markets/NNS>1 rose/VBD ./.",
                "Critics/NNS>1 oppose/VBP Maria/NNP/PERSON Soto/NNP/PERSON 's/POS plan/NN ,/, the/DT president/NN>9 said/VBD ./.");
        assertEquals(Map.of("the president@4", "Luis Pérez"), links(rules.resolve(doc)),
                "'president' after Soto's plan is no appositive; Pérez, titled four sentences back, is the president");
    }

    @Test
    void aNationalityInADescriptionPicksTheHolderGivenIt() {
        AnnotatedArticle doc = article(
                "Tunisian/JJ/NATIONALITY President/NNP Luis/NNP/PERSON Pérez/NNP/PERSON>5 met/VBD Chilean/JJ/NATIONALITY President/NNP "
                        + "Maria/NNP/PERSON Soto/NNP/PERSON ./.",
                "The/DT Chilean/JJ/NATIONALITY president/NN>3 left/VBD ./.");
        assertEquals(Map.of("The Chilean president@1", "Maria Soto"), links(rules.resolve(doc)));
    }

    @Test
    void aTitleSetOffBeforeTheNameWithAForPhraseTitlesIt() {
        AnnotatedArticle doc = article(
                "The/DT High/NNP Commissioner/NNP for/IN Refugees/NNPS ,/, Maria/NNP/PERSON Soto/NNP/PERSON>9 ,/, arrived/VBD ./.",
                "The/DT High/NNP Commissioner/NNP>3 spoke/VBD ./.");
        assertEquals(Map.of("The High Commissioner@1", "Maria Soto"), links(rules.resolve(doc)));
    }

    @Test
    void aTitleWithAnOfPhraseAndAStyleOfAddressBeforeTheNameTitlesIt() {
        AnnotatedArticle doc = article(
                "Talks/NNS>1 opened/VBD under/IN the/DT Chairman/NNP/TITLE of/IN the/DT Conference/NNP ,/, the/DT Hon./NNP "
                        + "Maria/NNP/PERSON Soto/NNP/PERSON ./.",
                "The/DT Chairman/NNP/TITLE>2 spoke/VBD ./.");
        assertEquals(Map.of("The Chairman@1", "Maria Soto"), links(rules.resolve(doc)));
    }

    @Test
    void aTitleInAClauseAfterTheCommaIsNoAppositive() {
        AnnotatedArticle doc = article(
                "Chancellor/NNP Maria/NNP/PERSON Soto/NNP/PERSON>3 arrived/VBD ./.",
                "Soto/NNP/PERSON met/VBD Luis/NNP/PERSON Pérez/NNP/PERSON ,/, hours/NNS after/IN the/DT chancellor/NN>8 spoke/VBD ./.");
        assertEquals("Maria Soto", links(rules.resolve(doc)).get("the chancellor@1"),
                "'hours after the chancellor spoke' gives Pérez no title: Soto, titled before, is the chancellor");
    }

    @Test
    void firstPersonInsideAQuotationIsItsSpeaker() {
        AnnotatedArticle doc = article(
                "Luis/NNP/PERSON Pérez/NNP/PERSON>2 arrived/VBD ./.",
                "\"/`` I/PRP>2 agree/VBP ,/, \"/'' he/PRP>5 said/VBD ./.",
                "Maria/NNP/PERSON Soto/NNP/PERSON>2 said/VBD \"/`` my/PRP$ plan/NN works/VBZ \"/'' ./.");
        assertEquals(Map.of("I@1", "Luis Pérez", "he@1", "Luis Pérez", "my@2", "Maria Soto"), links(rules.resolve(doc)));
    }

    @Test
    void aSurnameInsideAFullNameJoinsItAndTakesItsGender() {
        // The lexicon reads "Castillo" alone as a man's first name; here it is Ana Castillo Reyes's first surname.
        AnnotatedArticle doc = article(
                "Foreign/NNP Minister/NNP Ana/NNP/PERSON Castillo/NNP/PERSON Reyes/NNP/PERSON>5 arrived/VBD ./.",
                "Castillo/NNP/PERSON>1 said/VBD she/PRP>3 agreed/VBD ./.");
        assertEquals(Map.of("Castillo@1", "Ana Castillo Reyes", "she@1", "Ana Castillo Reyes"), links(rules.resolve(doc)));
        AnnotatedArticle two = article(
                "Ana/NNP/PERSON Castillo/NNP/PERSON Reyes/NNP/PERSON>3 met/VBD Luis/NNP/PERSON Castillo/NNP/PERSON Mora/NNP/PERSON<3 ./.",
                "Castillo/NNP/PERSON>1 left/VBD ./.");
        assertEquals(Map.of(), links(rules.resolve(two)), "two full names hold the surname");
    }

    @Test
    void aPronounInsideAQuotationIsNeverItsSpeaker() {
        // 'Carlos Ruiz arrived. Soto spoke. "I told him so," Soto said.': "him" is not Soto, who says "I".
        AnnotatedArticle doc = article(
                "Carlos/NNP/PERSON Ruiz/NNP/PERSON>2 arrived/VBD ./.",
                "Soto/NNP/PERSON>1 spoke/VBD ./.",
                "\"/`` I/PRP>2 told/VBD him/PRP<2 so/RB ,/, \"/'' Soto/NNP/PERSON>8 said/VBD ./.");
        AnnotatedArticle resolved = rules.resolve(doc);
        assertEquals("Carlos Ruiz", links(resolved).get("him@2"));
        assertEquals("Soto", links(resolved).get("I@2"));
        Quote quote = resolved.quotes().get(0);
        assertEquals("Soto", quote.speaker(), "the quotation is attributed to the subject of the verb beside it");
        assertEquals(2, quote.speakerMention().sentence());
    }

    @Test
    void itJoinsABodyOnlyWhenItReports() {
        AnnotatedArticle reports = article("The/DT Acme/NNP/ORGANIZATION Council/NNP/ORGANIZATION>3 met/VBD ./.",
                "It/PRP>1 said/VBD/O/say the/DT talks/NNS failed/VBD ./.");
        assertEquals(Map.of("It@1", "Acme Council"), links(rules.resolve(reports)));
        AnnotatedArticle begins = article("The/DT Acme/NNP/ORGANIZATION Council/NNP/ORGANIZATION>3 met/VBD ./.",
                "It/PRP>1 began/VBD/O/begin at/IN noon/NN ./.");
        assertEquals(Map.of(), links(rules.resolve(begins)), "an 'it' that does not report is left alone");
    }

    @Test
    void aBareBodyNounJoinsTheNearestBodyNamedWithThatNoun() {
        AnnotatedArticle doc = article("The/DT Acme/NNP/ORGANIZATION Electoral/NNP/ORGANIZATION Commission/NNP/ORGANIZATION>4 met/VBD ./.",
                "The/DT commission/NN>2 said/VBD/O/say so/RB ./.", "The/DT council/NN>2 said/VBD/O/say no/RB ./.");
        assertEquals(Map.of("The commission@1", "Acme Electoral Commission"), links(rules.resolve(doc)),
                "'the council' names no council of the article");
    }

    @Test
    void itThatReportsIsTheBodyNounThatReportedJustBefore() {
        AnnotatedArticle doc = article("Sylvania/NNP/COUNTRY>1 protested/VBD ./.",
                "The/DT Freedonian/JJ/NATIONALITY foreign/JJ ministry/NN>4 said/VBD/O/say talks/NNS failed/VBD ./.",
                "It/PRP>1 added/VBD/O/add more/JJR ./.");
        assertEquals(Map.of("It@2", "ministry"), links(rules.resolve(doc)), "not the country named before the ministry");
        AnnotatedArticle inside = article("Talks/NNS>1 failed/VBD ./.",
                "The/DT~2 Freedonian/NNP/COUNTRY embassy/NN>3 said/VBD/O/say talks/NNS failed/VBD ./.",
                "It/PRP>1 added/VBD/O/add more/JJR ./.");
        assertEquals(Map.of("It@2", "The Freedonian embassy"), links(rules.resolve(inside)),
                "the country inside the embassy's phrase is no rival to it");
    }

    @Test
    void theTitleGoesToTheHolderNamedAgainInTheSentenceBefore() {
        AnnotatedArticle doc = article("President/NNP Eva/NNP/PERSON Lind/NNP/PERSON>3 spoke/VBD ./.",
                "President/NNP Luis/NNP/PERSON Pérez/NNP/PERSON>3 met/VBD her/PRP ./.",
                "Lind/NNP/PERSON>1 told/VBD/O/tell reporters/NNS ./.",
                "The/DT president/NN>2 said/VBD/O/say so/RB ./.");
        assertEquals("Eva Lind", links(rules.resolve(doc)).get("The president@3"),
                "Lind, named again right before, is the president meant, though Pérez was titled since");
    }

    @Test
    void theTitleKeepsTheHolderAnEarlierSameTitleHad() {
        AnnotatedArticle doc = article("President/NNP Luis/NNP/PERSON Pérez/NNP/PERSON>3 spoke/VBD ./.",
                "The/DT president/NN>2 said/VBD/O/say so/RB ./.", "President/NNP Eva/NNP/PERSON Lind/NNP/PERSON>3 arrived/VBD ./.",
                "Critics/NNS>1 said/VBD/O/say the/DT president/NN>4 erred/VBD ./.");
        assertEquals(Map.of("The president@1", "Luis Pérez", "the president@3", "Luis Pérez"), links(rules.resolve(doc)));
    }

    @Test
    void aQuotationRightAfterAnAttributedOneHasItsSpeaker() {
        // '"We agree," Soto told reporters. "The rest can wait."'
        AnnotatedArticle doc = article(
                "\"/`` We/PRP>2 agree/VBP ,/, \"/'' Soto/NNP/PERSON>6 told/VBD reporters/NNS ./.",
                "\"/`` The/DT rest/NN>3 can/MD wait/VB ./. \"/''");
        List<Quote> quotes = rules.resolve(doc).quotes();
        assertEquals("Soto", quotes.get(1).speaker());
        assertEquals(0, quotes.get(1).speakerMention().sentence(), "the speaker stands where the first quotation's does");
    }

    @Test
    void anArticleWithChainsGainsOnlyTheDescriptionsTheyLeftAlone() {
        AnnotatedArticle doc = article(
                "Foreign/NNP Minister/NNP Maria/NNP/PERSON Soto/NNP/PERSON>4 arrived/VBD ./.",
                "She/PRP>1 said/VBD the/DT minister/NN would/MD stay/VB ./.");
        Mention name = doc.entityMentions().get(0);
        Mention she = new Mention(1, 0, 1, 0, "She", "PRONOMINAL", doc.sentences().get(1).token(0).begin(),
                doc.sentences().get(1).token(0).end());
        AnnotatedArticle chained = new AnnotatedArticle(doc.article(), doc.sentences(), doc.entityMentions(),
                List.of(new CorefChain(1, List.of(name, she), name)), doc.quotes());
        assertEquals(Map.of("She@1", "Maria Soto", "the minister@1", "Maria Soto"), links(rules.describe(chained)));
        assertSame(doc, rules.describe(doc), "an article without chains is resolve's");
    }

    @Test
    void theMinistryIsTheMinistryNamedLastWhateverTheGivenChainsSay() {
        AnnotatedArticle doc = article("The/DT Acme/NNP/ORGANIZATION Ministry/NNP/ORGANIZATION>3 spoke/VBD ./.",
                "The/DT Bolt/NNP/ORGANIZATION Ministry/NNP/ORGANIZATION>3 agreed/VBD ./.", "The/DT ministry/NN>2 said/VBD/O/say so/RB ./.");
        Mention acme = doc.entityMentions().get(0);
        Mention ministry = new Mention(2, 0, 2, 1, "The ministry", "NOMINAL", doc.sentences().get(2).token(0).begin(),
                doc.sentences().get(2).token(1).end());
        AnnotatedArticle chained = new AnnotatedArticle(doc.article(), doc.sentences(), doc.entityMentions(),
                List.of(new CorefChain(1, List.of(acme, ministry), acme)), doc.quotes());
        CorefChain first = rules.describe(chained).corefChains().stream()
                .filter(c -> c.mentions().stream().anyMatch(m -> m.sentence() == 2 && m.head() == 1)).findFirst().orElseThrow();
        assertEquals("Bolt Ministry", first.representative().text(), "the extractor takes the first chain that places a mention");
    }

    @Test
    void theOneSpeakingWithSomeoneIsNotThatSomeone() {
        AnnotatedArticle doc = article("Tomas/NNP/PERSON Ruiz/NNP/PERSON>2 arrived/VBD ./.",
                "Speaking/VBG|advcl@7 with/IN|case@3 Ivo/NNP/PERSON|compound@3 Marek/NNP/PERSON|obl@0 ,/, he/PRP>7 said/VBD "
                        + "talks/NNS>9 continue/VBP|ccomp@7 ./.");
        assertEquals(Map.of("he@1", "Tomas Ruiz"), links(rules.resolve(doc)), "the one speaking is 'he'");
        AnnotatedArticle after = article("Tomas/NNP/PERSON Ruiz/NNP/PERSON>2 arrived/VBD ./.",
                "After/IN|mark@3 Ivo/NNP/PERSON Marek/NNP/PERSON>3 left/VBD|advcl@6 ,/, he/PRP>6 said/VBD talks/NNS>8 "
                        + "continue/VBP|ccomp@6 ./.");
        assertEquals(Map.of("he@1", "Ivo Marek"), links(rules.resolve(after)), "a clause with its own subject leaves its name free");
        AnnotatedArticle according = article("Tomas/NNP/PERSON Ruiz/NNP/PERSON>2 arrived/VBD ./.",
                "According/VBG|case@3 to/IN|fixed@0 Ivo/NNP/PERSON|compound@3 Marek/NNP/PERSON|obl@7 ,/, he/PRP>7 was/VBD|aux@7 "
                        + "told/VBN ./.");
        assertEquals(Map.of("he@1", "Ivo Marek"), links(rules.resolve(according)), "a phrase hung on the verb leaves its name free");
    }

    @Test
    void theMinisterIsNoPrimeMinisterButACounterpartIs() {
        AnnotatedArticle prime = article("Foreign/NNP/TITLE Minister/NNP/TITLE Ana/NNP/PERSON Lenko/NNP/PERSON>4 arrived/VBD ./.",
                "Prime/NNP/TITLE Minister/NNP/TITLE Ivo/NNP/PERSON Marek/NNP/PERSON>4 received/VBD her/PRP<4 ./.",
                "The/DT minister/NN>2 said/VBD/O/say so/RB ./.");
        assertEquals("Ana Lenko", links(rules.resolve(prime)).get("The minister@2"), "a prime minister is not 'the minister'");
        AnnotatedArticle counterpart = article("Foreign/NNP/TITLE Minister/NNP/TITLE Ivo/NNP/PERSON Marek/NNP/PERSON>10 and/CC "
                        + "his/PRP$ Bordurian/JJ/NATIONALITY counterpart/NN Ana/NNP/PERSON Lenko/NNP/PERSON met/VBD ./.",
                "Lenko/NNP/PERSON>1 spoke/VBD ./.",
                "The/DT minister/NN>2 said/VBD/O/say so/RB ./.");
        assertEquals("Ana Lenko", links(rules.resolve(counterpart)).get("The minister@2"),
                "his counterpart holds his office, and she was named again last");
        AnnotatedArticle two = article("President/NNP/TITLE Ana/NNP/PERSON Lenko/NNP/PERSON>3 met/VBD President/NNP/TITLE "
                + "Ivo/NNP/PERSON Marek/NNP/PERSON<3 ./.", "The/DT president/NN>2 said/VBD/O/say so/RB ./.");
        assertEquals(null, links(rules.resolve(two)).get("The president@1"), "two presidents: either may be meant");
        AnnotatedArticle other = article("President/NNP/TITLE Ana/NNP/PERSON Lenko/NNP/PERSON>3 met/VBD President/NNP/TITLE "
                + "Ivo/NNP/PERSON Marek/NNP/PERSON<3 ./.", "The/DT president/NN>3 will/MD visit/VB Marek/NNP/PERSON<3 ./.");
        assertEquals("Ana Lenko", links(rules.resolve(other)).get("The president@1"), "the president visiting Marek is not Marek");
    }

    @Test
    void aTitleHolderNamedAgainBeforeAQuotationIsTheOneWhoClosesIt() {
        AnnotatedArticle doc = article("Foreign/NNP/TITLE Minister/NNP/TITLE Ivo/NNP/PERSON Marek/NNP/PERSON>4 met/VBD "
                        + "Foreign/NNP/TITLE Minister/NNP/TITLE Ana/NNP/PERSON Lenko/NNP/PERSON<4 ./.",
                "Marek/NNP/PERSON>1 denied/VBD reports/NNS<1 ./.",
                "\"/`` Talks/NNS>2 never/RB happened/VBD ./.",
                "We/PRP>1 met/VBD nobody/NN<1 ,/, \"/'' the/DT minister/NN>7 said/VBD/O/say ./.");
        assertEquals("Ivo Marek", links(rules.resolve(doc)).get("the minister@3"),
                "the quoted sentence between does not push Marek, named again, out of reach");
    }

    @Test
    void theForeignOfficeIsTheOneNamedWithItsCountryAndItTooWhenItReports() {
        AnnotatedArticle doc = article(
                "Ruritania/NNP/COUNTRY|nmod:poss@3 's/POS foreign/JJ|amod@3 office/NN>4 said/VBD/O/say talks/NNS>6 resumed/VBD|ccomp@4 ./.",
                "Ivo/NNP/PERSON Marek/NNP/PERSON>2 spoke/VBD ./.",
                "Talks/NNS>1 resumed/VBD ,/, the~5 foreign/JJ|amod@5 office/NN|appos@0 said/VBD/O/say|dep@1 ./.",
                "Both/DT men/NNS>2 agreed/VBD ,/, it/PRP>5 added/VBD/O/add ./.");
        Map<String, String> links = links(rules.resolve(doc));
        assertEquals("Ruritania 's foreign office", links.get("the foreign office@2"), links.toString());
        assertEquals("Ruritania 's foreign office", links.get("it@3"), "'it' reports after the office that reported last");
    }

    @Test
    void anArticleWithChainsIsLeftAsItIs() {
        AnnotatedArticle doc = article("Luis/NNP/PERSON Pérez/NNP/PERSON>2 arrived/VBD ./.", "He/PRP>1 left/VBD ./.");
        Mention name = doc.entityMentions().get(0);
        AnnotatedArticle chained = new AnnotatedArticle(doc.article(), doc.sentences(), doc.entityMentions(),
                List.of(new CorefChain(1, List.of(name), name)), doc.quotes());
        assertSame(chained, rules.resolve(chained));
    }
}
