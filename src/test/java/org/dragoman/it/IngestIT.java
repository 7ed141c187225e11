package org.dragoman.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.dragoman.ingest.Ingester;
import org.dragoman.store.DiplomacyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Idempotent, atomic ingest, and bad inputs that do not stop a batch. */
class IngestIT {
    @TempDir
    Path dir;

    @Test
    void reingestingIsANoOpAndAFailureLeavesNoPartialGraph() throws Exception {
        DiplomacyStore store = DiplomacyStore.open(dir.resolve("db"));
        Ingester ingester = SharedPipeline.ingester(store, null);
        Path seed = SharedPipeline.seed();
        assertEquals("added", ingester.ingestOne(seed).status());
        long size = store.size();
        assertTrue(size > 100, "seed graph has " + size + " quads");
        assertEquals("unchanged", ingester.ingestOne(seed).status());
        assertEquals(size, store.size(), "re-ingesting an unchanged article changes nothing");

        String id = "000_cc92b69f11ad1a98";
        var before = store.graph(id);
        RuntimeException injected = assertThrows(RuntimeException.class, () -> store.replaceGraph(id, g -> {
            g.add(Triple.create(NodeFactory.createURI("urn:half"), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o")));
            throw new IllegalStateException("injected failure mid-article");
        }));
        assertEquals("injected failure mid-article", injected.getMessage());
        assertEquals(size, store.size(), "the aborted write left nothing behind");
        assertTrue(before.isIsomorphicWith(store.graph(id)), "the previous graph is intact");

        // A changed article replaces its graph: no duplicates of the old one. From another folder, with other text, it
        // would silently replace the seed's article, so it is refused unless forced.
        Path changed = dir.resolve("000_cc92b69f11ad1a98.txt");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        Files.writeString(changed, text.substring(0, text.indexOf("\n\n")), StandardCharsets.UTF_8);
        Ingester.Outcome refused = ingester.ingestOne(changed);
        assertEquals("failed", refused.status());
        assertTrue(refused.message().contains("is already in the database from " + seed), refused.message());
        assertEquals(size, store.size(), "the refused article changed nothing");
        Ingester forced = new Ingester(SharedPipeline::pipeline, new org.dragoman.extract.Extractor(SharedPipeline.knowledgeBase()),
                new org.dragoman.link.EntityLinker(SharedPipeline.knowledgeBase())::link, store, new org.dragoman.model.ArticleReader(null), true);
        assertEquals("replaced", forced.ingestOne(changed).status());
        assertTrue(store.size() < size, "the shorter article's graph replaced the longer one");
        assertEquals("unchanged", ingester.ingestOne(changed).status());
    }

    @Test
    void badInputsAreReportedAndTheRestIsIngested() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.writeString(batch.resolve("good.txt"), "date 2020-05-04 Foreign ministers met in Geneva on Monday.");
        Files.writeString(batch.resolve("empty.txt"), "");
        Files.write(batch.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0});
        Files.write(batch.resolve("latin1.txt"), "R\u00e9union \u00e0 Gen\u00e8ve".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(batch.resolve("baddate.txt"), "date 2020-02-31 Leaders met.");
        DiplomacyStore store = DiplomacyStore.open(dir.resolve("db2"));
        StringWriter err = new StringWriter();
        Ingester.Report report = SharedPipeline.ingester(store, null)
                .ingest(List.of(batch, dir.resolve("missing.txt")), false, new PrintWriter(err));
        assertEquals(1, report.count("added"), report.toString());
        assertEquals(5, report.count("failed"), report.toString());
        String messages = err.toString();
        assertTrue(messages.contains("empty.txt: file is empty"), messages);
        assertTrue(messages.contains("binary.txt: binary file"), messages);
        assertTrue(messages.contains("latin1.txt: not UTF-8"), messages);
        assertTrue(messages.contains("baddate.txt: line 1: invalid date '2020-02-31'"), messages);
        assertTrue(messages.contains("missing.txt: no such file or directory"), messages);
        assertTrue(store.contentHash("good").isPresent());
        assertTrue(store.contentHash("empty").isEmpty());
    }

    @Test
    void anArticleTheRulesTripOverFailsAloneAndTheBatchGoesOn() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("tripping"));
        Files.writeString(batch.resolve("a.txt"), "date 2020-05-04 Ana Soto met Ivo Ruiz in Oslo on Monday.");
        Files.writeString(batch.resolve("b.txt"), "date 2020-05-04 Karl Berg met Ivo Ruiz in Lima on Monday.");
        DiplomacyStore store = DiplomacyStore.open(dir.resolve("db3"));
        // A stand-in for a rule bug: the linking step throws on one article only.
        var linker = new org.dragoman.link.EntityLinker(SharedPipeline.knowledgeBase());
        Ingester ingester = new Ingester(SharedPipeline::pipeline, new org.dragoman.extract.Extractor(SharedPipeline.knowledgeBase()),
                x -> {
                    if (x.article().text().contains("Ana Soto")) {
                        throw new IndexOutOfBoundsException("begin 9, end 3");
                    }
                    return linker.link(x);
                }, store, new org.dragoman.model.ArticleReader(null));
        StringWriter err = new StringWriter();
        Ingester.Report report = ingester.ingest(List.of(batch), false, new PrintWriter(err));
        assertEquals(1, report.count("added"));
        assertEquals(1, report.count("failed"));
        assertTrue(err.toString().contains("a.txt") && err.toString().contains("begin 9, end 3"), err.toString());
    }

    @Test
    void forceExtractsAnUnchangedArticleAgain() {
        DiplomacyStore store = DiplomacyStore.open(dir.resolve("db4"));
        Path seed = SharedPipeline.seed();
        assertEquals("added", SharedPipeline.ingester(store, null).ingestOne(seed).status());
        assertEquals("unchanged", SharedPipeline.ingester(store, null).ingestOne(seed).status());
        Ingester forced = new Ingester(SharedPipeline::pipeline, new org.dragoman.extract.Extractor(SharedPipeline.knowledgeBase()),
                new org.dragoman.link.EntityLinker(SharedPipeline.knowledgeBase())::link, store, new org.dragoman.model.ArticleReader(null), true);
        assertEquals("replaced", forced.ingestOne(seed).status());
    }

    @Test
    void reextractionReadsStoredAnnotationsAndLoadsNoModel() {
        Path annotations = dir.resolve("annotations");
        DiplomacyStore store = DiplomacyStore.open(dir.resolve("db5"));
        var extractor = new org.dragoman.extract.Extractor(SharedPipeline.knowledgeBase());
        var linker = new org.dragoman.link.EntityLinker(SharedPipeline.knowledgeBase());
        var warm = new org.dragoman.nlp.AnnotationCache(annotations, SharedPipeline::pipeline, "shared settings");
        assertEquals("added", new Ingester(warm::annotate, extractor, linker::link, store, new org.dragoman.model.ArticleReader(null), false)
                .ingestOne(SharedPipeline.seed()).status());
        var cold = new org.dragoman.nlp.AnnotationCache(annotations, () -> {
            throw new AssertionError("re-extraction must not load CoreNLP");
        }, "shared settings");
        assertEquals("replaced", new Ingester(cold::annotate, extractor, linker::link, store, new org.dragoman.model.ArticleReader(null), true)
                .ingestOne(SharedPipeline.seed()).status());
    }
}
