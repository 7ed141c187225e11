package org.dragoman.cli;

import org.dragoman.nlp.NlpPipeline;
import picocli.CommandLine.Option;

/**
 * The annotator choices shared by the commands that annotate: coreference and the NER's parts. An option not given
 * keeps {@link NlpPipeline.Builder}'s default, so the default lives in one place.
 */
final class AnnotatorOptions {
    @Option(names = "--fast", description = "The fast annotators, --coref rules --no-ner-cities: the default, kept for "
            + "scripts that name it.")
    boolean fast;

    @Option(names = "--thorough", description = "CoreNLP's statistical coreference and its whole city list, "
            + "--coref statistical --ner-cities unless given otherwise: the default before, 3-4x slower and no more "
            + "accurate on the test halves (docs/PERFORMANCE.md).")
    boolean thorough;

    @Option(names = "--coref", paramLabel = "ALGORITHM", description = "Coreference: rules (Dragoman's pronoun, name and "
            + "title rules; default), statistical, fastneural or neural (CoreNLP's) or none.")
    String coref;

    @Option(names = "--fine-ner", negatable = true,
            description = "Fine-grained NER (COUNTRY, CITY, TITLE, NATIONALITY); default on.")
    Boolean fineNer;

    @Option(names = "--ner-cities", negatable = true, description = "Fine-grained NER with CoreNLP's list of 533,182 "
            + "city names (slow to load); without it (default) a city is tagged LOCATION unless it is a country or "
            + "province, and the Wikidata table tells the cities it knows.")
    Boolean nerCities;

    @Option(names = "--ner-models", paramLabel = "SET", description = "NER CRF models: all (CoreNLP's three) or 3class "
            + "(person, organisation, location alone; default).")
    String nerModels;

    @Option(names = "--numeric-ner", negatable = true, description = "CoreNLP's numeric classifiers (numbers, money; "
            + "dates run inside them); default on.")
    Boolean numericNer;

    @Option(names = "--sutime", negatable = true, description = "SUTime dates (needs --numeric-ner); default on.")
    Boolean sutime;

    /** The builder with the options given applied. */
    NlpPipeline.Builder apply(NlpPipeline.Builder builder) {
        if (fast && thorough) {
            throw new org.dragoman.model.DragomanException("--fast and --thorough exclude each other");
        }
        if (fast) {
            builder.coref("rules").nerCities(false);
        }
        if (thorough) {
            builder.coref("statistical").nerCities(true);
        }
        if (coref != null) {
            builder.coref(coref);
        }
        if (fineNer != null) {
            builder.fineGrainedNer(fineNer);
        }
        if (nerModels != null) {
            builder.nerModels(nerModels);
        }
        if (nerCities != null) {
            builder.nerCities(nerCities);
        }
        if (numericNer != null) {
            builder.numericNer(numericNer);
        }
        if (sutime != null) {
            builder.sutime(sutime);
        }
        return builder;
    }

    /** A new pipeline builder with these options. */
    NlpPipeline.Builder builder() {
        return apply(NlpPipeline.create());
    }
}
