package org.dragoman.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * CoreNLP was built against protobuf 3.25; the build pins Jena's 4.x. CoreNLP's own protobuf serialisation
 * must still work with it (the Fuseki tests prove Jena's side, and Jetty's jakarta servlet 6 API).
 */
class ProtobufCompatIT {
    @Test
    void coreNlpProtobufRoundTripsUnderThePinnedRuntime() throws Exception {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(p);
        Annotation doc = new Annotation("Two envoys met in Oslo. They talked.");
        tokenizer.annotate(doc);
        ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        serializer.write(doc, bytes).close();
        Annotation back = serializer.read(new ByteArrayInputStream(bytes.toByteArray())).first;
        assertEquals(2, back.get(CoreAnnotations.SentencesAnnotation.class).size());
        assertEquals(doc.get(CoreAnnotations.TokensAnnotation.class).size(), back.get(CoreAnnotations.TokensAnnotation.class).size());
    }
}
