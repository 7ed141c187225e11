package org.dragoman.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JsonObject;

/** JSON answers of the server's own endpoints. */
final class Json {
    private Json() {
    }

    static void send(HttpServletResponse response, int status, JsonObject body) throws IOException {
        byte[] bytes = (body.toString() + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    static void error(HttpServletResponse response, int status, String message) throws IOException {
        JsonObject body = new JsonObject();
        body.put("error", message);
        send(response, status, body);
    }
}
