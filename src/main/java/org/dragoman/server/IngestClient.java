package org.dragoman.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.dragoman.model.ArticleReader;
import org.dragoman.model.DragomanException;

/**
 * Sends article files to a running server's {@code /diplomacy/ingest}, each under its file's article id, so a file
 * posted and the same file ingested locally give the same graph.
 *
 * <p>{@code IngestClient.create("http://localhost:3030").token(token).build().post(file)}.
 */
public final class IngestClient {
    /** The server's answer: its HTTP status and JSON body (an {@code error} member when it refused). */
    public record Answer(int status, JsonObject body) {
        public boolean ok() {
            return status == 200;
        }

        /** The server's message: the error, or the outcome. */
        public String message() {
            String key = body.hasKey("error") ? "error" : "status";
            return body.hasKey(key) ? body.get(key).getAsString().value() : "HTTP " + status;
        }
    }

    private final URI endpoint;
    private final String authorization;
    private final HttpClient http;
    private final Duration timeout;

    private IngestClient(URI endpoint, String authorization, Duration timeout) {
        this.endpoint = endpoint;
        this.authorization = authorization;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** @param server the server's base URL, such as {@code http://localhost:3030} */
    public static Builder create(String server) {
        return new Builder(server);
    }

    /** Configures an {@link IngestClient}. */
    public static final class Builder {
        private final String server;
        private String authorization;
        private Duration timeout = Duration.ofMinutes(10);

        private Builder(String server) {
            this.server = server;
        }

        public Builder token(AccessToken value) {
            this.authorization = value.header();
            return this;
        }

        /** Per article; the first one a server ingests loads CoreNLP, so allow for a minute at least. */
        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        public IngestClient build() {
            String base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
            URI uri;
            try {
                uri = URI.create(base + DiplomacyServer.INGEST_PATH);
            } catch (IllegalArgumentException e) {
                throw new DragomanException("--server '" + server + "': not a URL (" + e.getMessage() + ")", e);
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new DragomanException("--server '" + server + "': not an http or https URL");
            }
            return new IngestClient(uri, authorization, timeout);
        }
    }

    /** Posts one article file; a file that cannot be read or a server that cannot be reached is an exception. */
    public Answer post(Path file) {
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DragomanException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        String query = "?id=" + URLEncoder.encode(ArticleReader.idOf(file), StandardCharsets.UTF_8)
                + "&source=" + URLEncoder.encode(file.toString(), StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(endpoint.getPath() + query)).timeout(timeout)
                .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DragomanException(endpoint + ": cannot post " + file + " (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DragomanException(endpoint + ": interrupted while posting " + file, e);
        }
        JsonObject json;
        try {
            json = JSON.parse(response.body());
        } catch (JsonException e) {
            json = new JsonObject();
            json.put("error", "HTTP " + response.statusCode() + ": " + response.body().strip());
        }
        return new Answer(response.statusCode(), json);
    }
}
