package org.dragoman.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dragoman.rdf.Dip;
import org.dragoman.rdf.Iris;
import org.dragoman.store.DiplomacyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports name their graphs, carry the project's prefixes, and JSON-LD uses the project's context. */
class ExportCommandTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void twoArticles() {
        db = dir.resolve("tdb2");
        DiplomacyStore store = DiplomacyStore.open(db);
        store.replaceGraph("ruritania", article("ruritania", "The Ruritanian foreign minister met her Graustarkian counterpart."));
        store.replaceGraph("ilyria", article("ilyria", "Ilyria's envoy arrived in Strelsau."));
    }

    private static Model article(String id, String text) {
        Model m = ModelFactory.createDefaultModel();
        Resource doc = m.createResource(Iris.document(id), Dip.Document);
        doc.addProperty(Dip.text, text).addProperty(DCTerms.source, id + ".txt");
        m.createResource(Iris.BASE + "actor/" + id, Dip.Person).addProperty(RDFS.label, id + " minister");
        return m;
    }

    private String export(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 3];
        all[0] = "export";
        all[1] = "--db";
        all[2] = db.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        assertEquals(0, cl.execute(all), err.toString());
        return out.toString();
    }

    @Test
    void oneArticleAsTrigIsANamedGraphWithPrefixes() {
        String trig = export("--article", "ruritania", "--format", "trig");
        assertTrue(trig.contains("PREFIX dip:") || trig.contains("@prefix dip:"), trig);
        assertTrue(trig.contains("PREFIX rdfs:") || trig.contains("@prefix rdfs:"), trig);
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(trig, Lang.TRIG).parse(ds);
        assertTrue(ds.containsNamedModel(Iris.graph("ruritania")), trig);
        assertEquals(1, ds.asDatasetGraph().size(), "one named graph");
        assertTrue(ds.getDefaultModel().isEmpty(), "nothing in the default graph");
        assertTrue(ds.getNamedModel(Iris.graph("ruritania")).contains(null, RDF.type, Dip.Document));
    }

    @Test
    void oneArticleAsNQuadsNamesItsGraph() {
        String nq = export("--article", "ilyria", "--format", "nq");
        assertTrue(nq.lines().allMatch(l -> l.endsWith("<" + Iris.graph("ilyria") + "> .")), nq);
    }

    @Test
    void turtleOfTheWholeStoreCarriesPrefixes() {
        String ttl = export("--format", "ttl");
        for (String prefix : new String[] {"dip", "rdfs", "owl", "xsd", "dcterms"}) {
            assertTrue(ttl.contains("PREFIX " + prefix + ":") || ttl.contains("@prefix " + prefix + ":"), prefix + " in\n" + ttl);
        }
        assertTrue(ttl.contains("dip:Document"), ttl);
    }

    @Test
    void jsonLdIsCompactedWithTheProjectContext() {
        String json = export("--format", "jsonld");
        assertTrue(json.contains("\"@context\""), json);
        assertTrue(json.contains("\"label\""), "rdfs:label compacts to the context's term 'label': " + json);
        assertTrue(json.contains("\"Document\""), json);
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(json, Lang.JSONLD).parse(ds);
        assertTrue(ds.containsNamedModel(Iris.graph("ruritania")) && ds.containsNamedModel(Iris.graph("ilyria")), json);
        assertEquals(10, ds.asDatasetGraph().stream().count(), "the 10 quads survive the round trip");
    }
}
