package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Evidence;
import org.dragoman.model.SpeechAct;
import org.dragoman.model.Statement;
import org.dragoman.model.Status;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Quote;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Attributions that the layout of a text makes, not its grammar: headlines signed by a name ("...: Ana Soto",
 * "..., Ana Soto Says"), transcript turns ("SOTO: ..."), and quotations signed with a dash.
 */
final class LineAttributions {
    private static final Pattern SIGNATURE = Pattern.compile("^[\\s\\u00a0]*[―—–][\\s\\u00a0]*\\p{Lu}");

    private final AnnotatedArticle doc;
    private final VerbLexicon verbs;

    LineAttributions(AnnotatedArticle doc, VerbLexicon verbs) {
        this.doc = doc;
        this.verbs = verbs;
    }

    /**
     * "WALLACE: Will she be there?" and "Ana Soto: Talks Will Go On" at the start of a line: a transcript turn, or
     * a headline in the speaker's words. The speaker must be a person or body the article names; the content runs
     * to the end of the line; an outlet's question at a briefing states nothing.
     */
    Optional<Statement> speakerLine(Sentence s, Arguments args) {
        List<Token> toks = s.tokens();
        // The first sentence may start with the "date ..." line's tokens: the body starts after them.
        int first = 0;
        while (first < toks.size() && toks.get(first).begin() < doc.article().bodyStart()) {
            first++;
        }
        if (first >= toks.size()) {
            return Optional.empty();
        }
        int colon = labelColon(toks, first);
        if (colon < 0) {
            return Optional.empty();
        }
        int lineStart = Math.max(doc.article().bodyStart(), doc.text().lastIndexOf('\n', toks.get(first).begin() - 1) + 1);
        boolean atLineStart = doc.text().substring(lineStart, toks.get(first).begin()).matches("[\\s\"“]*");
        String speaker = atLineStart ? labelSpeaker(s, first, colon, args) : null;
        if (speaker == null) {
            return Optional.empty();
        }
        int begin = toks.get(colon + 1).begin();
        int end = lineEnd(begin);
        String content = Spans.clean(doc.text().substring(begin, end));
        // "Acme News: ... Can you confirm?": an outlet's turn at a briefing asks on the record, it states nothing; an
        // interviewer's question in a transcript ("HOLM: Will it go ahead?") stays a turn of the talk.
        boolean outletAsks = content.endsWith("?")
                && args.index().byId(speaker).filter(e -> e.type() == EntityType.ORGANIZATION).isPresent();
        // "Mr President, friends,": a turn that opens by addressing the hearers says nothing yet.
        boolean salutation = doc.text().substring(begin, end).strip().endsWith(",");
        if (Spans.words(content) < 3 || outletAsks || salutation) {
            return Optional.empty();
        }
        // A transcript turn is verbatim; a headline in a speaker's words paraphrases them.
        boolean headline = lineStart == doc.article().bodyStart();
        return Optional.of(new Statement(speaker, null, content, ":", !headline, SpeechAct.STATEMENT, Status.OCCURRED, null, null,
                new Evidence(s.text(), begin, begin + doc.text().substring(begin, end).stripTrailing().length()), 0.6));
    }

    /** The most words a turn's label may hold before its colon: "Minister of Foreign Affairs of Ruritania Ana Soto (retranslated)". */
    private static final int LABEL_WORDS = 12;

    /**
     * The colon that ends a label opening the sentence at token {@code first}: names and capitals ("SOTO", "Ana
     * Soto"), with the small words of a title ("of", "the") and a note in brackets; -1 when there is none.
     */
    private static int labelColon(List<Token> toks, int first) {
        boolean bracket = false;
        for (int i = first + 1; i < Math.min(first + LABEL_WORDS, toks.size() - 1); i++) {
            String w = toks.get(i).word();
            if (w.equals(":") && !bracket) {
                return i;
            }
            boolean closing = CLOSING_BRACKET.matcher(w).matches();
            bracket = bracket ? !closing : OPENING_BRACKET.matcher(w).matches();
            // Run for every sentence: the proper-noun test first, the patterns compiled once.
            boolean labelWord = toks.get(i).isProperNoun() || LABEL_WORD.matcher(w).matches() || OPENING_BRACKET.matcher(w).matches();
            if (!bracket && !labelWord && !closing) {
                return -1;
            }
        }
        return -1;
    }

    private static final Pattern OPENING_BRACKET = Pattern.compile("\\(|-LRB-");
    private static final Pattern CLOSING_BRACKET = Pattern.compile("\\)|-RRB-");
    /** Words of a label besides proper nouns: a name in capitals ("SOTO") and the small words of a title. */
    private static final Pattern LABEL_WORD = Pattern.compile("\\p{Lu}[\\p{Lu}.'-]+|of|the|and|for");

    /** First- and second-person words: a paragraph holding one speaks to its hearers. */
    private static final java.util.Set<String> SPEAKING_WORDS = java.util.Set.of("i", "we", "our", "us", "my", "me", "you", "your", "ours");

    /** How many paragraphs back a turn's label is looked for. */
    private static final int TURN_PARAGRAPHS = 6;

    /**
     * A transcript turn that runs on over paragraphs: "ANA SOTO: We welcome you." then "Our trade grew last year."
     * A paragraph in the first or second person, with no quotation and no label of its own, that follows a turn
     * (or such a paragraph) is the same speaker's. The content is the paragraph.
     */
    Optional<Statement> continuedTurn(Sentence s, Arguments args) {
        if (!paragraphStart(s) || s.index() == 0 || labelColon(s.tokens(), 0) >= 0 || !speaking(s)) {
            return Optional.empty();
        }
        for (int i = s.index() - 1, paragraphs = 0; i >= 0 && paragraphs < TURN_PARAGRAPHS; i--) {
            Sentence p = doc.sentences().get(i);
            if (!paragraphStart(p)) {
                continue;
            }
            paragraphs++;
            // A label whose turn was too short to be a statement still names the speaker.
            String found = speakerLine(p, args).map(Statement::speaker).orElseGet(() -> speakerOfLabel(p, args));
            if (found != null) {
                // "Ruritania: ..." heads a section of a round-up; only a person's turn runs on.
                boolean person = args.index().byId(found).filter(e -> e.type() == EntityType.PERSON).isPresent();
                String speaker = person ? found : null;
                int begin = s.tokens().get(0).begin();
                int end = lineEnd(begin);
                String content = Spans.clean(doc.text().substring(begin, end));
                if (speaker == null || Spans.words(content) < 3) {
                    return Optional.empty();
                }
                // Verbatim, as the turn it continues.
                return Optional.of(new Statement(speaker, null, content, ":", true, SpeechAct.STATEMENT, Status.OCCURRED, null,
                        null, new Evidence(s.text(), begin, begin + doc.text().substring(begin, end).stripTrailing().length()), 0.6));
            }
            if (labelColon(p.tokens(), 0) >= 0 || !speaking(p)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The person or body named by the label opening the sentence, or null. */
    private String speakerOfLabel(Sentence s, Arguments args) {
        int colon = labelColon(s.tokens(), 0);
        return colon < 0 ? null : labelSpeaker(s, 0, colon, args);
    }

    /**
     * The person or body the label from token {@code first} to the colon names, or null: the entity its name ends
     * with, else the one person whose surname it is ("PENCE:" for Mike Pence, as transcripts write it).
     */
    private static String labelSpeaker(Sentence s, int first, int colon, Arguments args) {
        // "President of Ruritania Ana Soto (retranslated):": the name ends before a note on the translation.
        int nameEnd = colon - 1;
        if (CLOSING_BRACKET.matcher(s.token(nameEnd).word()).matches()) {
            while (nameEnd > first && !OPENING_BRACKET.matcher(s.token(nameEnd).word()).matches()) {
                nameEnd--;
            }
            nameEnd--;
        }
        if (nameEnd < first) {
            return null;
        }
        String speaker = args.entity(s, nameEnd).filter(e -> e.type().isActor()).map(Entity::id).orElse(null);
        if (speaker == null) {
            String surname = s.token(nameEnd).word();
            List<Entity> people = args.index().entities().stream().filter(e -> e.type() == EntityType.PERSON)
                    .filter(e -> e.label().substring(e.label().lastIndexOf(' ') + 1).equalsIgnoreCase(surname)).toList();
            speaker = people.size() == 1 ? people.get(0).id() : null;
        }
        return speaker;
    }

    /** Where the line holding {@code offset} ends: at its newline, or at the end of the text. */
    private int lineEnd(int offset) {
        int end = doc.text().indexOf('\n', offset);
        return end < 0 ? doc.text().length() : end;
    }

    /** Whether the sentence opens a line. */
    private boolean paragraphStart(Sentence s) {
        int begin = s.tokens().get(0).begin();
        return Spans.opensLine(doc.text(), begin) && doc.text().lastIndexOf('\n', begin - 1) + 1 > doc.article().bodyStart();
    }

    /**
     * Whether the paragraph opening with the sentence speaks in the first or second person, outside quotation marks,
     * and tells of no named person doing anything ("First, Ana Soto spoke by phone with ...": the speaker reports).
     */
    private boolean speaking(Sentence s) {
        int begin = s.tokens().get(0).begin();
        int end = lineEnd(begin);
        String line = doc.text().substring(begin, end);
        if (line.indexOf('"') >= 0 || line.indexOf('“') >= 0 || line.indexOf('”') >= 0) {
            return false;
        }
        for (int i = s.index(); i < doc.sentences().size() && doc.sentences().get(i).begin() < end; i++) {
            Sentence in = doc.sentences().get(i);
            if (in.tokens().stream().anyMatch(t -> t.ner().equals("PERSON") && in.parents(t.index()).stream()
                    .anyMatch(d -> d.base().startsWith("nsubj")))) {
                return false;
            }
        }
        for (String w : line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (SPEAKING_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Ana Soto issued the following statement:" or "Quotes attributable to Minister Ana Soto:" on a line of its own,
     * then quotations each opening a paragraph: the person named last before the colon says them all, up to the
     * first paragraph that is no quotation.
     */
    List<Statement> introducedQuotes(Arguments args) {
        List<Statement> out = new ArrayList<>();
        for (Quote q : doc.quotes()) {
            int lineStart = doc.text().lastIndexOf('\n', q.begin() - 1) + 1;
            boolean opensParagraph = lineStart > doc.article().bodyStart() && Spans.opensLine(doc.text(), q.begin());
            if (!opensParagraph || Spans.words(q.text()) < 4) {
                continue;
            }
            String speaker = null;
            int end = lineStart - 1;
            while (end > doc.article().bodyStart()) {
                int start = doc.text().lastIndexOf('\n', end - 1) + 1;
                String line = doc.text().substring(start, end).strip();
                if (line.isEmpty() || line.matches("(?s)[\"“].*")) {
                    end = start - 1;
                    continue;
                }
                if (!line.endsWith(":")) {
                    break;
                }
                speaker = lastPersonBefore(args, start + doc.text().substring(start, end).lastIndexOf(':'), start);
                break;
            }
            if (speaker != null) {
                out.add(new Statement(speaker, null, Spans.clean(q.text()), ":", true, SpeechAct.STATEMENT, Status.OCCURRED, null, null,
                        new Evidence(doc.sentenceAt(q.begin()).text(), q.begin(), q.end()), 0.7));
            }
        }
        return out;
    }

    /** The last person named between offsets {@code from} and {@code colon}, or null. */
    private String lastPersonBefore(Arguments args, int colon, int from) {
        String last = null;
        for (Sentence s : doc.sentences()) {
            if (s.end() <= from || s.begin() >= colon) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (t.begin() >= from && t.end() <= colon) {
                    last = args.entity(s, t.index()).filter(e -> e.type() == EntityType.PERSON).map(Entity::id).orElse(last);
                }
            }
        }
        return last;
    }

    /** '"We will not give up." ― Ana Soto': a quotation signed with a dash and a name, as in collected reactions. */
    List<Statement> signedQuotes(Arguments args) {
        List<Statement> out = new ArrayList<>();
        for (Quote q : doc.quotes()) {
            String after = doc.text().substring(q.end(), lineEnd(q.end()));
            Matcher m = SIGNATURE.matcher(after);
            // '- "Talks resume in Lima" — Acme News, March 2, 2026': a source cited with its date is no statement.
            boolean citation = after.matches("(?s).*\\b(19|20)\\d{2}\\b.*");
            if (!m.find() || Spans.words(q.text()) < 4 || citation) {
                continue;
            }
            int nameStart = q.end() + m.end() - 1;
            for (Sentence s : doc.sentences()) {
                for (Token t : s.tokens()) {
                    if (t.begin() != nameStart) {
                        continue;
                    }
                    args.entity(s, t.index()).filter(e -> e.type().isActor()).ifPresent(e ->
                            out.add(new Statement(e.id(), null, Spans.clean(q.text()), "―", true, SpeechAct.STATEMENT,
                                    Status.OCCURRED, null, null, new Evidence(s.text(), q.begin(), q.end()), 0.7)));
                }
            }
        }
        return out;
    }

    /**
     * The label of a credit line ("Edition: Ana Soto", "Photo: Acme", "Author: Ana Soto Editor: Ivo Ruiz"), which names who
     * made the piece, not who spoke.
     */
    private static final Pattern CREDIT_LABEL =
            Pattern.compile("(?i)by|credits?|edit(ed|ing|ion|ors?)|authors?|translat(ed|ion|ors?)|report(ed|ing|ers?)|writ(ing|ten|ers?)"
                    + "|photos?|images?|sources?|correspondents?|compiled");

    /** A headline that ends in ": Name" quotes that name; a credit line ("Translation: Ivo Ruiz") does not. */
    Optional<Statement> headline(Sentence s, Arguments args) {
        List<Token> toks = s.tokens();
        int colon = -1;
        for (int i = toks.size() - 1; i > 0; i--) {
            if (toks.get(i).word().equals(":")) {
                colon = i;
                break;
            }
        }
        if (colon < 2 || colon >= toks.size() - 1 || toks.size() - colon > 5 || CREDIT_LABEL.matcher(toks.get(colon - 1).word()).matches()) {
            return Optional.empty();
        }
        Optional<Entity> who = args.entity(s, colon + 1);
        for (int i = colon + 1; i < toks.size(); i++) {
            Optional<Entity> e = args.entity(s, i);
            if (e.isEmpty() && !toks.get(i).word().matches("\\p{Punct}+")) {
                return Optional.empty();
            }
        }
        if (who.isEmpty() || who.get().type() != EntityType.PERSON) {
            return Optional.empty();
        }
        int[] span = {toks.get(0).begin(), toks.get(colon - 1).end()};
        String content = Spans.clean(doc.text().substring(span[0], span[1]));
        return Optional.of(new Statement(who.get().id(), null, content, ":", false,
                SpeechAct.STATEMENT, Status.OCCURRED, null, null, new Evidence(s.text(), span[0], span[1]), 0.6));
    }

    /**
     * "Talks Will Resume, Ana Soto Says": a title-case headline signed with a name and a reporting verb, which
     * parsers rarely read right.
     */
    Optional<Statement> signedHeadline(Sentence s, Arguments args) {
        List<Token> toks = s.tokens();
        int last = toks.size() - 1;
        while (last > 0 && toks.get(last).word().matches("\\p{Punct}+")) {
            last--;
        }
        boolean firstLine = doc.text().lastIndexOf('\n', toks.get(0).begin()) < 0
                || doc.text().substring(0, toks.get(0).begin()).strip().matches("(?s)date \\S+");
        if (last < 3 || !firstLine || !verbs.isCue(toks.get(last).lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int comma = last - 1;
        while (comma > 0 && !toks.get(comma).word().equals(",")) {
            comma--;
        }
        if (comma < 2 || last - comma > 6) {
            return Optional.empty();
        }
        Optional<Entity> who = args.entity(s, last - 1).filter(e -> e.type().isActor());
        if (who.isEmpty()) {
            return Optional.empty();
        }
        int[] span = {toks.get(0).begin(), toks.get(comma - 1).end()};
        return Optional.of(new Statement(who.get().id(), null, Spans.clean(doc.text().substring(span[0], span[1])),
                toks.get(last).word(), false, verbs.act(toks.get(last).lemma().toLowerCase(Locale.ROOT)), Status.OCCURRED,
                null, null, new Evidence(s.text(), span[0], span[1]), 0.6));
    }
}
