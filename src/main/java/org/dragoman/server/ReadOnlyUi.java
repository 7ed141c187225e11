package org.dragoman.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.dragoman.model.DragomanException;

/**
 * Serves Fuseki UI's page with its administration links hidden (manage datasets, new dataset, tasks, upload, edit):
 * this server has no admin endpoints, and links that lead to 404 only confuse. Everything else of the UI is untouched.
 */
final class ReadOnlyUi implements Filter {
    private static final String HIDE = "<style>/* Dragoman: no admin endpoints on this server */ "
            + "a[href^=\"#/manage\"], a[href$=\"/upload\"], a[href$=\"/edit\"] { display: none !important; }</style>";
    private final byte[] page;

    ReadOnlyUi(URL index) {
        String html;
        try (InputStream in = index.openStream()) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DragomanException(index + ": cannot read Fuseki UI's page: " + e.getMessage(), e);
        }
        int head = html.indexOf("</head>");
        if (head < 0) {
            throw new DragomanException(index + ": Fuseki UI's page has no </head>");
        }
        this.page = (html.substring(0, head) + HIDE + html.substring(head)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String path = http.getRequestURI().substring(http.getContextPath().length());
        if (!("GET".equals(http.getMethod()) && (path.equals("/") || path.equals("/index.html")))) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse out = (HttpServletResponse) response;
        out.setContentType("text/html; charset=utf-8");
        out.setHeader("Cache-Control", "no-cache");
        out.setContentLength(page.length);
        out.getOutputStream().write(page);
    }
}
