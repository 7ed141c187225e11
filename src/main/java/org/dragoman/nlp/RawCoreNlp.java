package org.dragoman.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Raw CoreNLP as a user would run it, for the throughput baseline of {@code bench --compare}: the default annotators
 * of a diplomacy pipeline (tokenize, ssplit, pos, lemma, ner, depparse, statistical coref, quote) with CoreNLP's own
 * defaults otherwise, annotating the texts on {@code threads} threads.
 */
public final class RawCoreNlp {
    /** What a run took. */
    public record Run(double loadSeconds, double annotateSeconds, long tokens, String timing) {
    }

    private RawCoreNlp() {
    }

    public static Run run(List<String> texts, int threads) {
        forgetLoadedModels();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("coref.algorithm", "statistical");
        props.setProperty("threads", Integer.toString(threads));
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        double load = (System.nanoTime() - t0) / 1e9;
        List<Annotation> docs = new ArrayList<>();
        texts.forEach(t -> docs.add(new Annotation(t)));
        long t1 = System.nanoTime();
        pipeline.annotate(docs, threads, d -> { });
        double annotate = (System.nanoTime() - t1) / 1e9;
        long tokens = docs.stream().mapToLong(d -> d.get(CoreAnnotations.TokensAnnotation.class).size()).sum();
        Run run = new Run(load, annotate, tokens, pipeline.timingInformation());
        forgetLoadedModels();
        return run;
    }

    /**
     * Drops the models CoreNLP keeps for reuse between pipelines of one process, so that a pipeline built next loads
     * its own and a comparison does not credit it with the other's load.
     */
    public static void forgetLoadedModels() {
        StanfordCoreNLP.clearAnnotatorPool();
    }
}
