package org.dragoman.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * A servlet filter in front of Fuseki's dispatch: requests to a write endpoint pass only with the server's
 * {@link AccessToken}, also from localhost; requests to an endpoint that is switched off get 403 and the reason.
 *
 * <p>Answers are JSON, {@code {"error": "..."}}: 401 with {@code WWW-Authenticate: Bearer} when the token is missing
 * or wrong, as RFC 6750 asks.
 */
final class WriteGuard implements Filter {
    private final AccessToken token;
    private final Set<String> writePaths;
    private final Map<String, String> switchedOff;

    /**
     * @param writePaths  request paths (for example {@code /diplomacy/ingest}) that need the token
     * @param switchedOff request paths refused whatever the token, with the reason
     */
    WriteGuard(AccessToken token, Set<String> writePaths, Map<String, String> switchedOff) {
        this.token = token;
        this.writePaths = Set.copyOf(writePaths);
        this.switchedOff = Map.copyOf(switchedOff);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        String path = path(http.getRequestURI().substring(http.getContextPath().length()));
        // Matched raw and decoded, so an escaped name (%69ngest) cannot slip past the guard to the endpoint.
        String decoded = path(http.getServletPath() + (http.getPathInfo() == null ? "" : http.getPathInfo()));
        if (!switchedOff.containsKey(path) && !writePaths.contains(path)) {
            path = decoded;
        }
        String reason = switchedOff.get(path);
        if (reason != null) {
            // The body stays unread: close the connection, so a client does not send its next request into it.
            out.setHeader("Connection", "close");
            Json.error(out, HttpServletResponse.SC_FORBIDDEN, reason);
            return;
        }
        if (writePaths.contains(path) && !"OPTIONS".equals(http.getMethod())) {
            String header = http.getHeader("Authorization");
            if (token == null || !token.authorises(header)) {
                out.setHeader("Connection", "close");
                out.setHeader("WWW-Authenticate", header == null ? "Bearer realm=\"dragoman\""
                        : "Bearer realm=\"dragoman\", error=\"invalid_token\"");
                Json.error(out, HttpServletResponse.SC_UNAUTHORIZED, header == null
                        ? "this endpoint needs 'Authorization: Bearer <token>'; the token is in the server's token file"
                        : "the bearer token is not this server's");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The path without repeated or trailing slashes, so {@code /diplomacy//ingest/} is guarded too. */
    private static String path(String uri) {
        uri = uri.replaceAll("/{2,}", "/");
        while (uri.length() > 1 && uri.endsWith("/")) {
            uri = uri.substring(0, uri.length() - 1);
        }
        return uri;
    }
}
