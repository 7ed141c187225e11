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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.dragoman.model.Article;
import org.dragoman.model.DragomanException;

/**
 * Stanford CoreNLP, built once and reused: tokenize, ssplit, pos, lemma, ner with SUTime, depparse, coref and
 * quote. {@link #annotate(Article)} returns plain records, so no CoreNLP type leaves this package.
 *
 * <p>Build it with {@link #create()}. Loading takes tens of seconds; share one instance per process.
 * Relative dates are resolved against the article's date and stay unresolved when it has none.
 */
public final class NlpPipeline {
    private final StanfordCoreNLP coreNlp;
    private final Duration loadTime;
    private final String annotators;
    private final String settings;

    private NlpPipeline(Properties props) {
        long start = System.nanoTime();
        this.coreNlp = new StanfordCoreNLP(props);
        this.loadTime = Duration.ofNanos(System.nanoTime() - start);
        this.annotators = props.getProperty("annotators");
        this.settings = new java.util.TreeMap<>(props).toString();
    }

    /** The CoreNLP properties, as a stable string: two pipelines with equal settings annotate alike. */
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

    /** Annotates the article. Thread-safe: CoreNLP annotators may be shared across threads. */
    public AnnotatedArticle annotate(Article article) {
        // Blank out the date line so that offsets still point into the original text.
        String text = article.text();
        String masked = " ".repeat(article.bodyStart()) + text.substring(article.bodyStart());
        Annotation doc = newAnnotation(article, masked);
        try {
            coreNlp.annotate(doc);
        } catch (RuntimeException concurrent) {
            // Some annotators (quote attribution) are not safe under concurrent use: retry alone before giving up.
            synchronized (this) {
                doc = newAnnotation(article, masked);
                try {
                    coreNlp.annotate(doc);
                } catch (RuntimeException e) {
                    throw new DragomanException(article.source() + ": CoreNLP failed: " + e, e);
                }
            }
        }
        return convert(article, doc);
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
                tokens.add(new Token(i, t.word(), t.lemma() == null ? t.word() : t.lemma(), t.tag(), ner, normalized,
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
            out.add(new Mention(sentence, start, end, end - 1, m.get(CoreAnnotations.TextAnnotation.class),
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
        return new Mention(s.index(), start, end, cm.headIndex - 1, cm.mentionSpan, cm.mentionType.name(),
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
                            q.get(QuoteAttributionAnnotator.MentionAnnotation.class), "SPEAKER",
                            s.token(first[1]).begin(), s.token(last[1]).end());
                }
            }
            out.add(new Quote(q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                    q.get(CoreAnnotations.TextAnnotation.class),
                    q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class), speakerMention,
                    q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class)));
        }
        return Collections.unmodifiableList(out);
    }

    /** Chooses annotator options; defaults are the ones measured best for accuracy per second. */
    public static final class Builder {
        private boolean fineGrainedNer = true;
        private String coref = "statistical";
        private int threads = 1;

        private Builder() {
        }

        /** Fine-grained NER tags (COUNTRY, CITY, TITLE, NATIONALITY) at a cost in speed. */
        public Builder fineGrainedNer(boolean value) {
            this.fineGrainedNer = value;
            return this;
        }

        /** The coreference algorithm: statistical, fastneural, neural or none. */
        public Builder coref(String algorithm) {
            this.coref = algorithm;
            return this;
        }

        public Builder threads(int value) {
            this.threads = value;
            return this;
        }

        public Properties properties() {
            Properties p = new Properties();
            boolean withCoref = !"none".equals(coref);
            // Quotes are found without coreference too; only their attribution to speakers needs it.
            p.setProperty("annotators", withCoref
                    ? "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote"
                    : "tokenize,ssplit,pos,lemma,ner,depparse,quote");
            p.setProperty("ssplit.newlineIsSentenceBreak", "two");
            p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrainedNer));
            p.setProperty("ner.buildEntityMentions", "true");
            p.setProperty("ner.useSUTime", "true");
            p.setProperty("sutime.includeRange", "true");
            p.setProperty("sutime.markTimeRanges", "false");
            if (withCoref) {
                p.setProperty("coref.algorithm", coref);
            }
            p.setProperty("quote.attributeQuotes", Boolean.toString(withCoref));
            p.setProperty("threads", Integer.toString(threads));
            return p;
        }

        /** The settings string {@link NlpPipeline#settings()} will report, without loading any model. */
        public String settings() {
            return new java.util.TreeMap<>(properties()).toString();
        }

        public NlpPipeline build() {
            return new NlpPipeline(properties());
        }

        /** A supplier that builds the pipeline on first use, once: runs that need no annotation load no model. */
        public java.util.function.Supplier<NlpPipeline> lazy() {
            Properties props = properties();
            return new java.util.function.Supplier<>() {
                private NlpPipeline built;

                @Override
                public synchronized NlpPipeline get() {
                    if (built == null) {
                        built = new NlpPipeline(props);
                    }
                    return built;
                }
            };
        }
    }
}
