package org.dragoman.spark;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.dragoman.ingest.Ingester;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleReader;
import org.dragoman.model.DragomanException;
import org.dragoman.rdf.Iris;
import org.dragoman.server.PostedArticle;

/** One input to its result, on an executor: read as {@code ingest} or the server reads it, then {@link Ingester#map}. */
final class ArticleMapping {
    private ArticleMapping() {
    }

    /** Never throws for a bad article: whatever goes wrong with one input becomes its error result. */
    static ArticleResult apply(RawArticle raw, Ingester ingester, LocalDate fallbackDate) {
        Article article;
        try {
            article = read(raw, fallbackDate);
        } catch (DragomanException e) {
            return ArticleResult.failure(raw.origin(), null, null, e.getMessage());
        } catch (RuntimeException e) {
            return ArticleResult.failure(raw.origin(), null, null, raw.origin() + ": cannot be read: " + e);
        }
        try {
            Ingester.Mapped mapped = ingester.map(article);
            if (!mapped.valid()) {
                return ArticleResult.failure(raw.origin(), article.id(), article.source(), mapped.violationMessage(article));
            }
            Node graph = NodeFactory.createURI(Iris.graph(article.id()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.writeQuads(out, mapped.model().getGraph().find().mapWith(t -> Quad.create(graph, t)));
            String nquads = out.toString(StandardCharsets.UTF_8).stripTrailing();
            int events = mapped.counts().entrySet().stream()
                    .filter(e -> !e.getKey().equals("actors") && !e.getKey().equals("places"))
                    .mapToInt(java.util.Map.Entry::getValue).sum();
            return ArticleResult.graph(raw.origin(), article.id(), article.source(), nquads, mapped.model().size(), events);
        } catch (DragomanException e) {
            return ArticleResult.failure(raw.origin(), article.id(), article.source(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A rule that trips over an unusual parse costs this article, not the job: the same rule as ingest.
            return ArticleResult.failure(raw.origin(), article.id(), article.source(),
                    article.source() + ": extraction failed: " + e);
        }
    }

    /** The article in one input, with the id and source {@code ingest} (a file) or the server (a JSON object) gives it. */
    static Article read(RawArticle raw, LocalDate fallbackDate) {
        if (raw.json()) {
            Article a;
            try {
                a = PostedArticle.fromJson(raw.bytes());
            } catch (DragomanException e) {
                // The server's messages name the request body; here the input is a line of a file.
                throw new DragomanException(raw.origin() + ": " + e.getMessage().replaceFirst("^request body: ", ""), e);
            }
            return a.date() == null && fallbackDate != null
                    ? new Article(a.id(), a.source(), a.text(), a.bodyStart(), fallbackDate) : a;
        }
        String source = sourceOf(raw.origin());
        String name = source.substring(source.lastIndexOf('/') + 1);
        return new ArticleReader(fallbackDate).parse(ArticleReader.idOf(Path.of(name)), source, raw.bytes());
    }

    /**
     * The {@code dcterms:source} of an article file: a local file's absolute path, as {@code ingest} records a file
     * given by its absolute path, and any other URI (hdfs:, s3a:) as it is.
     */
    static String sourceOf(String uri) {
        // Hadoop's path strings are not percent-encoded (a space stays a space), so URI.create would refuse some.
        URI parsed = new org.apache.hadoop.fs.Path(uri).toUri();
        return "file".equals(parsed.getScheme()) ? Path.of(parsed.getPath()).toString() : uri;
    }
}
