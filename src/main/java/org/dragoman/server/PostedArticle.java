package org.dragoman.server;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleReader;
import org.dragoman.model.BadInputException;
import org.dragoman.model.Digests;

/**
 * Reads an article posted to {@code /diplomacy/ingest}: {@code text/plain} (UTF-8, an optional {@code date} line) or
 * JSON {@code {"text", "date", "title", "source", "id"}}, where only {@code text} is required.
 *
 * <p>The article id is the {@code id} given (a query parameter for plain text), else one derived from the source,
 * else from the text: re-posting the same source replaces its graph. A title that the text does not start with becomes
 * its first line, as in an article file. A JSON {@code date} wins over a date line in the text.
 *
 * <p>Public for the Spark job, whose JSON Lines input gets the same ids and titles as a posted article.
 */
public final class PostedArticle {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final ArticleReader READER = new ArticleReader(null);

    private PostedArticle() {
    }

    /** The article in a plain-text body; {@code id} and {@code source} may be null. */
    static Article fromText(byte[] body, String id, String source) {
        String src = source == null || source.isBlank() ? "POST /diplomacy/ingest" : source;
        Article parsed = READER.parse("posted", src, body);
        return new Article(idFor(id, source, parsed.text()), src, parsed.text(), parsed.bodyStart(), parsed.date());
    }

    /** The article in a JSON body. */
    public static Article fromJson(byte[] body) {
        JsonObject json;
        try {
            json = JSON.parse(new String(body, StandardCharsets.UTF_8));
        } catch (JsonException e) {
            throw new BadInputException("request body: not a JSON object (" + e.getMessage() + ")", e);
        }
        String text = string(json, "text");
        if (text == null || text.isBlank()) {
            throw new BadInputException("request body: \"text\" is missing or blank");
        }
        String source = string(json, "source");
        Article article = fromText(text.getBytes(StandardCharsets.UTF_8), string(json, "id"), source);
        String date = string(json, "date");
        LocalDate published = article.date();
        if (date != null) {
            try {
                published = LocalDate.parse(date);
            } catch (DateTimeException e) {
                throw new BadInputException("request body: \"date\": '" + date + "' is not a date YYYY-MM-DD");
            }
        }
        String title = string(json, "title");
        String full = article.text();
        if (title != null && !title.isBlank() && !article.body().strip().startsWith(title.strip())) {
            full = full.substring(0, article.bodyStart()) + title.strip() + "\n\n" + article.body();
        }
        return new Article(article.id(), article.source(), full, article.bodyStart(), published);
    }

    private static String string(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new BadInputException("request body: \"" + key + "\" must be a string, not " + value);
        }
        return value.getAsString().value();
    }

    private static String idFor(String id, String source, String text) {
        if (id != null && !id.isBlank()) {
            if (!ID.matcher(id).matches()) {
                throw new BadInputException("article id '" + id + "': use letters, digits, '.', '_' and '-' (128 at most)");
            }
            return id;
        }
        String basis = source != null && !source.isBlank() ? "source\0" + source : "text\0" + text;
        return "post-" + Digests.sha256Hex(basis).substring(0, 16);
    }
}
