package org.dragoman.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.dragoman.model.Article;
import org.dragoman.model.DragomanException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanford CoreNLP, built once and reused: tokenize, ssplit, pos, lemma, ner with SUTime, depparse, coref and
 * quote. {@link #annotate(Article)} returns plain records, so no CoreNLP type leaves this package.
 *
 * <p>Build it with {@link #create()}. Loading takes tens of seconds; share one instance per process.
 * Relative dates are resolved against the article's date and stay unresolved when it has none.
 *
 * <p>A sentence longer than {@link Builder#maxSentenceTokens(int)} is cut into pieces before tagging, with a
 * warning: CoreNLP's own {@code pos.maxlen} and {@code ner.maxlen} would tag such a sentence X and O (losing it),
 * {@code parse.maxlen} is for the constituency parser, which is not run, and ssplit, depparse and coref have no
 * length limit at all, while a run-on sentence of thousands of tokens keeps statistical coreference busy for
 * many minutes. The annotators check {@link Thread#interrupted()}, so {@link #annotate(Article)} can be stopped
 * by interrupting its thread.
 */
public final class NlpPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(NlpPipeline.class);
    /** Far above the longest sentence of the evaluation sets (news sentences rarely pass 100 tokens). */
    public static final int DEFAULT_MAX_SENTENCE_TOKENS = 250;
    private static final String HEADLINES = "dragoman.headlines";

    private final StanfordCoreNLP coreNlp;
    private final StanfordCoreNLP splitter;
    private final Properties afterSplitProps;
    private StanfordCoreNLP afterSplit;
    private final int maxSentenceTokens;
    private final Duration loadTime;
    private final String annotators;
    private final String settings;

    private NlpPipeline(Properties given, int maxSentenceTokens) {
        long start = System.nanoTime();
        Properties props = FineGazetteer.resolve(given, FineGazetteer.defaultDir());
        // Copied first: CoreNLP rewrites the annotator list of the properties it is given (ssplit is part of tokenize).
        this.afterSplitProps = (Properties) props.clone();
        afterSplitProps.setProperty("annotators", java.util.Arrays.stream(props.getProperty("annotators").split(","))
                .filter(a -> !a.equals("tokenize") && !a.equals("ssplit")).collect(java.util.stream.Collectors.joining(",")));
        // The sentences are given; CoreNLP would otherwise insist on tokenizing and splitting again.
        afterSplitProps.setProperty("enforceRequirements", "false");
        Properties split = (Properties) props.clone();
        split.setProperty("annotators", "tokenize,ssplit");
        preloadModels(props);
        this.coreNlp = new StanfordCoreNLP(props);
        this.settings = FineGazetteer.settings(props, given).toString();
        this.splitter = new StanfordCoreNLP(split);
        this.maxSentenceTokens = maxSentenceTokens;
        this.loadTime = Duration.ofNanos(System.nanoTime() - start);
        this.annotators = props.getProperty("annotators");
    }

    /**
     * Loads the heavy annotators (NER, the parser, coreference) on threads of their own into CoreNLP's annotator pool,
     * from which the pipeline built next takes them instead of loading them one after another: on two cores, 18.6 s
     * became 14.8-16.3 s. A part that fails to load here is simply loaded, or reported, by that pipeline.
     */
    private static void preloadModels(Properties props) {
        List<String> wanted = java.util.Arrays.asList(props.getProperty("annotators").split(","));
        List<String> groups = new ArrayList<>();
        if (wanted.contains("ner")) {
            groups.add("tokenize,ssplit,pos,lemma,ner");
        }
        if (wanted.contains("depparse")) {
            groups.add("tokenize,ssplit,depparse");
        }
        if (wanted.contains("coref")) {
            groups.add("tokenize,ssplit,coref");
        }
        if (groups.size() < 2) {
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(groups.size(), r -> {
            Thread t = new Thread(r, "dragoman-model-load");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> loads = new ArrayList<>();
            for (String group : groups) {
                Properties part = (Properties) props.clone();
                part.setProperty("annotators", group);
                // Each part holds one heavy annotator without the ones it would need to run: it only loads.
                part.setProperty("enforceRequirements", "false");
                loads.add(pool.submit(() -> new StanfordCoreNLP(part)));
            }
            for (java.util.concurrent.Future<?> load : loads) {
                load.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.debug("loading a part of the pipeline ahead failed; the pipeline loads it itself", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The CoreNLP properties, as a stable string: two pipelines with equal settings annotate alike. The sentence limit
     * is left out on purpose: it changes only articles that pass it, and an annotation stored for one of those came
     * from a run with a higher limit, which is as good or better.
     */
    public String settings() {
        return settings;
    }

    public static Builder create() {
        return new Builder();
    }

    /** How long the models took to load. */
    public Duration loadTime() {
        return loadTime;
    }

    public String annotators() {
        return annotators;
    }

    /** The longest sentence annotated whole, in tokens. */
    public int maxSentenceTokens() {
        return maxSentenceTokens;
    }

    /**
     * Annotates the article. Thread-safe: CoreNLP annotators may be shared across threads.
     *
     * @throws DragomanException naming the article when CoreNLP fails, or when the thread is interrupted
     */
    public AnnotatedArticle annotate(Article article) {
        String masked = annotatedText(article);
        Annotation doc;
        try {
            doc = annotate(article, masked);
        } catch (RuntimeException concurrent) {
            throwIfInterrupted(article, concurrent);
            // Some annotators (quote attribution) are not safe under concurrent use: retry alone before giving up.
            synchronized (this) {
                try {
                    doc = annotate(article, masked);
                } catch (RuntimeException e) {
                    throwIfInterrupted(article, e);
                    throw new DragomanException(article.source() + ": CoreNLP failed: " + e, e);
                }
            }
        }
        return convert(article, doc);
    }

    /**
     * The text CoreNLP reads: the article's, with its date line blanked, a headline run into its lede and wire datelines
     * set apart ({@link Headlines}, {@link Datelines}), honorifics in initials blanked ({@link Honorifics}) and hyphenated
     * names joined ({@link HyphenatedNames}); the same length, so offsets still point into the original text.
     */
    static String annotatedText(Article article) {
        String text = article.text();
        return " ".repeat(article.bodyStart()) + preparedBody(text.substring(article.bodyStart()));
    }

    /**
     * The body as CoreNLP reads it: headlines and datelines set apart, honorifics in initials blanked, hyphenated names
     * joined, a closing reference list blanked; the same length as the body.
     */
    static String preparedBody(String body) {
        return HyphenatedNames.joined(Honorifics.blanked(Datelines.separated(Headlines.separated(ReferenceLists.blanked(body)))));
    }

    /**
     * An interrupted annotation is not retried: the caller has given up on the article. CoreNLP clears the flag when
     * it throws, and coreference wraps the exception in a plain RuntimeException, so the causes are searched.
     */
    private static void throwIfInterrupted(Article article, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuntimeInterruptedException || t instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new DragomanException(article.source() + ": annotation interrupted", e);
            }
        }
    }

    private Annotation annotate(Article article, String masked) {
        Annotation doc = newAnnotation(article, masked);
        splitter.annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        java.util.OptionalInt headlineEnd = Headlines.end(article.text().substring(article.bodyStart()), masked.substring(article.bodyStart()));
        if (headlineEnd.isPresent()) {
            sentences = cutAt(masked, sentences, article.bodyStart() + headlineEnd.getAsInt());
        }
        if (sentences.stream().allMatch(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= maxSentenceTokens)
                && doc.get(CoreAnnotations.SentencesAnnotation.class).size() == sentences.size()) {
            // The common case takes CoreNLP's own path, exactly as before the limit existed.
            doc = newAnnotation(article, masked);
            coreNlp.annotate(doc);
            return doc;
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, cutLongSentences(article, masked, sentences));
        afterSplit().annotate(doc);
        return doc;
    }

    private synchronized StanfordCoreNLP afterSplit() {
        // Built on first need; its annotators come from CoreNLP's annotator pool, so no model loads twice.
        if (afterSplit == null) {
            afterSplit = new StanfordCoreNLP(afterSplitProps);
        }
        return afterSplit;
    }

    /**
     * The sentences, each longer than the limit cut into pieces of at most the limit: after the last comma, semicolon,
     * colon or dash in the second half of a piece, or at the limit when there is none.
     */
    private List<CoreMap> cutLongSentences(Article article, String text, List<CoreMap> sentences) {
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= maxSentenceTokens) {
                out.add(s);
                continue;
            }
            int pieces = 0;
            for (int start = 0; start < tokens.size(); pieces++) {
                int end = Math.min(tokens.size(), start + maxSentenceTokens);
                if (end < tokens.size()) {
                    for (int i = end; i > start + maxSentenceTokens / 2; i--) {
                        if (tokens.get(i - 1).word().matches("[,;:]|-+|\u2013|\u2014")) {
                            end = i;
                            break;
                        }
                    }
                }
                out.add(piece(text, s, tokens.subList(start, end)));
                start = end;
            }
            LOG.warn("{}: the sentence at offset {} has {} tokens, more than the limit of {}: annotated in {} pieces",
                    article.source(), s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class), tokens.size(),
                    maxSentenceTokens, pieces);
        }
        // Number sentences and tokens again, as ssplit does.
        int tokenOffset = 0;
        for (int i = 0; i < out.size(); i++) {
            CoreMap s = out.get(i);
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
            tokenOffset += tokens.size();
            s.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset);
            for (int t = 0; t < tokens.size(); t++) {
                tokens.get(t).setIndex(t + 1);
                tokens.get(t).setSentIndex(i);
            }
        }
        return out;
    }

    /** The sentences, the one that runs over {@code offset} (a headline's line break) cut in two there. */
    private static List<CoreMap> cutAt(String text, List<CoreMap> sentences, int offset) {
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            int cut = 0;
            while (cut < tokens.size() && tokens.get(cut).beginPosition() < offset) {
                cut++;
            }
            if (cut == 0 || cut == tokens.size()) {
                out.add(s);
            } else {
                out.add(piece(text, s, tokens.subList(0, cut)));
                out.add(piece(text, s, tokens.subList(cut, tokens.size())));
            }
        }
        return out;
    }

    private static Annotation piece(String text, CoreMap sentence, List<CoreLabel> tokens) {
        List<CoreLabel> part = new ArrayList<>(tokens);
        int begin = part.get(0).beginPosition();
        int finish = part.get(part.size() - 1).endPosition();
        Annotation piece = new Annotation(text.substring(begin, finish));
        edu.stanford.nlp.pipeline.ChunkAnnotationUtils.copyUnsetAnnotations(sentence, piece);
        piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, finish);
        piece.set(CoreAnnotations.TokensAnnotation.class, part);
        return piece;
    }

    private static Annotation newAnnotation(Article article, String masked) {
        Annotation doc = new Annotation(masked);
        article.publicationDate().ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        return doc;
    }

    private static AnnotatedArticle convert(Article article, Annotation doc) {
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>();
        for (int s = 0; s < coreSentences.size(); s++) {
            CoreMap cs = coreSentences.get(s);
            List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel t = labels.get(i);
                String ner = t.ner() == null ? "O" : t.ner();
                String normalized = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                String word = HyphenatedNames.restore(t.word());
                tokens.add(new Token(i, word, t.lemma() == null ? word : HyphenatedNames.restore(t.lemma()), t.tag(), ner, normalized,
                        t.beginPosition(), t.endPosition()));
            }
            List<Dependency> deps = new ArrayList<>();
            SemanticGraph graph = cs.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (graph != null) {
                for (IndexedWord root : graph.getRoots()) {
                    deps.add(new Dependency("root", -1, root.index() - 1));
                }
                for (SemanticGraphEdge e : graph.edgeIterable()) {
                    deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
                }
            }
            int begin = cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(s, begin, end, article.text().substring(begin, end), tokens, deps));
        }
        return new AnnotatedArticle(article, sentences, entityMentions(doc), corefChains(doc, sentences),
                quotes(doc, sentences));
    }

    private static List<Mention> entityMentions(Annotation doc) {
        List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (CoreMap m : mentions) {
            List<CoreLabel> toks = m.get(CoreAnnotations.TokensAnnotation.class);
            int sentence = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
            int start = toks.get(0).index() - 1;
            int end = toks.get(toks.size() - 1).index();
            out.add(new Mention(sentence, start, end, end - 1, HyphenatedNames.restore(m.get(CoreAnnotations.TextAnnotation.class)),
                    m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
                    m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
        }
        return out;
    }

    private static List<CorefChain> corefChains(Annotation doc, List<Sentence> sentences) {
        Map<Integer, edu.stanford.nlp.coref.data.CorefChain> chains = doc.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (chains == null) {
            return List.of();
        }
        List<CorefChain> out = new ArrayList<>();
        for (edu.stanford.nlp.coref.data.CorefChain chain : chains.values()) {
            List<Mention> mentions = new ArrayList<>();
            Mention representative = null;
            edu.stanford.nlp.coref.data.CorefChain.CorefMention rep = chain.getRepresentativeMention();
            for (edu.stanford.nlp.coref.data.CorefChain.CorefMention cm : chain.getMentionsInTextualOrder()) {
                Mention m = corefMention(cm, sentences);
                mentions.add(m);
                if (cm == rep) {
                    representative = m;
                }
            }
            if (representative == null && !mentions.isEmpty()) {
                representative = mentions.get(0);
            }
            out.add(new CorefChain(chain.getChainID(), mentions, representative));
        }
        out.sort((a, b) -> Integer.compare(a.id(), b.id()));
        return out;
    }

    private static Mention corefMention(edu.stanford.nlp.coref.data.CorefChain.CorefMention cm, List<Sentence> sentences) {
        Sentence s = sentences.get(cm.sentNum - 1);
        int start = cm.startIndex - 1;
        int end = cm.endIndex - 1;
        return new Mention(s.index(), start, end, cm.headIndex - 1, HyphenatedNames.restore(cm.mentionSpan), cm.mentionType.name(),
                s.token(start).begin(), s.token(end - 1).end());
    }

    private static List<Quote> quotes(Annotation doc, List<Sentence> sentences) {
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) {
            return List.of();
        }
        List<int[]> tokenIndex = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                tokenIndex.add(new int[] {s.index(), t.index()});
            }
        }
        List<Quote> out = new ArrayList<>();
        for (CoreMap q : quotes) {
            Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            Mention speakerMention = null;
            if (mb != null && me != null && mb >= 0 && me < tokenIndex.size()) {
                int[] first = tokenIndex.get(mb);
                int[] last = tokenIndex.get(me);
                if (first[0] == last[0]) {
                    Sentence s = sentences.get(first[0]);
                    speakerMention = new Mention(first[0], first[1], last[1] + 1, last[1],
                            HyphenatedNames.restore(q.get(QuoteAttributionAnnotator.MentionAnnotation.class)), "SPEAKER",
                            s.token(first[1]).begin(), s.token(last[1]).end());
                }
            }
            out.add(new Quote(q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                    HyphenatedNames.restore(q.get(CoreAnnotations.TextAnnotation.class)),
                    HyphenatedNames.restore(q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class)), speakerMention,
                    HyphenatedNames.restore(q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class))));
        }
        return Collections.unmodifiableList(out);
    }

    /** Chooses annotator options; defaults are the ones measured best for accuracy per second. */
    public static final class Builder {
        /** The three CRF models CoreNLP runs by default; {@code 3class} keeps the first alone. */
        public static final String ALL_NER_MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";
        private static final String THREE_CLASS_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

        private boolean fineGrainedNer = true;
        /** Without CoreNLP's city list, and with Dragoman's rule coreference: as accurate on the test halves, 3-4x faster. */
        private boolean nerCities = false;
        private String coref = "rules";
        /** One CRF model instead of three: no loss on the dev halves, less to load and run (docs/PERFORMANCE.md). */
        private String nerModels = "3class";
        private boolean numericNer = true;
        private boolean sutime = true;
        private int threads = 1;
        private int maxSentenceTokens = DEFAULT_MAX_SENTENCE_TOKENS;

        private Builder() {
        }

        /** Fine-grained NER tags (COUNTRY, CITY, TITLE, NATIONALITY) at a cost in speed. */
        public Builder fineGrainedNer(boolean value) {
            this.fineGrainedNer = value;
            return this;
        }

        /**
         * Whether the fine-grained NER reads CoreNLP's list of half a million city names; without it ({@link
         * FineGazetteer}) the NER loads several times faster and a city is tagged LOCATION unless it is a country,
         * state or province too.
         */
        public Builder nerCities(boolean value) {
            this.nerCities = value;
            return this;
        }

        /**
         * The coreference algorithm: CoreNLP's statistical, fastneural or neural; {@code rules} for Dragoman's own
         * pronoun and title rules run after annotation ({@link #ruleCoreference()}); none for no coreference at all.
         */
        public Builder coref(String algorithm) {
            if (!List.of("statistical", "fastneural", "neural", "rules", "none").contains(algorithm)) {
                throw new DragomanException("Coreference must be statistical, fastneural, neural, rules or none, not '"
                        + algorithm + "'");
            }
            this.coref = algorithm;
            return this;
        }

        /** Whether Dragoman's rule-based coreference is to add chains after annotation (the extractor does). */
        public boolean ruleCoreference() {
            return "rules".equals(coref);
        }

        /** Whether no coreference at all is wanted, neither CoreNLP's nor Dragoman's rules. */
        public boolean withoutCoreference() {
            return "none".equals(coref);
        }

        /** CRF models of the NER: {@code 3class} (person, organisation, location; default) or {@code all} (CoreNLP's three). */
        public Builder nerModels(String value) {
            if (!value.equals("all") && !value.equals("3class")) {
                throw new DragomanException("NER models must be all or 3class, not '" + value + "'");
            }
            this.nerModels = value;
            return this;
        }

        /** CoreNLP's numeric classifiers (numbers, money, and dates when {@link #sutime(boolean)} is on). */
        public Builder numericNer(boolean value) {
            this.numericNer = value;
            return this;
        }

        /** SUTime's dates; it runs inside the numeric classifiers, so it needs them on. DateResolver reads its values. */
        public Builder sutime(boolean value) {
            this.sutime = value;
            return this;
        }

        public Builder threads(int value) {
            this.threads = value;
            return this;
        }

        /** Sentences longer than this, in tokens, are cut into pieces before tagging, with a warning. */
        public Builder maxSentenceTokens(int value) {
            if (value < 2) {
                throw new DragomanException("The sentence length limit must be at least 2 tokens, not " + value);
            }
            this.maxSentenceTokens = value;
            return this;
        }

        public Properties properties() {
            Properties p = new Properties();
            // Rule-based coreference runs after annotation, so CoreNLP annotates as without coreference (same cache key).
            boolean withCoref = !"none".equals(coref) && !ruleCoreference();
            // Quotes are found without coreference too; only their attribution to speakers needs it.
            p.setProperty("annotators", withCoref
                    ? "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote"
                    : "tokenize,ssplit,pos,lemma,ner,depparse,quote");
            p.setProperty("ssplit.newlineIsSentenceBreak", "two");
            // Dragoman's own, which CoreNLP ignores: a headline on a line of its own is a sentence (Headlines). Being in
            // the settings string, it keeps annotations stored before the split out of use.
            p.setProperty(HEADLINES, "split");
            p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrainedNer));
            if (fineGrainedNer && !nerCities) {
                p.setProperty(FineGazetteer.WITHOUT_CITIES, "true");
            }
            p.setProperty("ner.buildEntityMentions", "true");
            if (nerModels.equals("3class")) {
                p.setProperty("ner.model", THREE_CLASS_MODEL);
            }
            // Only settings that differ from CoreNLP's own are written: the settings string keys stored annotations.
            if (!numericNer) {
                p.setProperty("ner.applyNumericClassifiers", "false");
            }
            p.setProperty("ner.useSUTime", Boolean.toString(sutime && numericNer));
            p.setProperty("sutime.includeRange", "true");
            p.setProperty("sutime.markTimeRanges", "false");
            if (withCoref) {
                p.setProperty("coref.algorithm", coref);
            }
            // CoreNLP's quote attribution needs its coreference (it refuses to run on canonical mentions it lacks).
            p.setProperty("quote.attributeQuotes", Boolean.toString(withCoref));
            p.setProperty("threads", Integer.toString(threads));
            return p;
        }

        /** The annotator choices in a few words, for reports: "coref rules, NER 3class, fine, numeric, SUTime". */
        public String describe() {
            return "coref " + coref + ", NER " + nerModels + (fineGrainedNer ? nerCities ? ", fine" : ", fine without cities" : ", no fine") + (numericNer ? ", numeric" : ", no numeric")
                    + (sutime && numericNer ? ", SUTime" : ", no SUTime");
        }

        /** The settings string {@link NlpPipeline#settings()} will report, without loading any model. */
        public String settings() {
            return new java.util.TreeMap<>(properties()).toString();
        }

        public NlpPipeline build() {
            return new NlpPipeline(properties(), maxSentenceTokens);
        }

        /** A supplier that builds the pipeline on first use, once: runs that need no annotation load no model. */
        public java.util.function.Supplier<NlpPipeline> lazy() {
            Properties props = properties();
            int maxTokens = maxSentenceTokens;
            return new java.util.function.Supplier<>() {
                private NlpPipeline built;

                @Override
                public synchronized NlpPipeline get() {
                    if (built == null) {
                        built = new NlpPipeline(props, maxTokens);
                    }
                    return built;
                }
            };
        }
    }
}
