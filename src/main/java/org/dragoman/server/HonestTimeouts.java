package org.dragoman.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Holds back a query's results until they are complete, so that a query cancelled by its timeout while results were
 * being written answers 503 with a JSON error instead of 200 with a truncated body.
 *
 * <p>Fuseki streams results and, on a timeout after the first row, can only append a comment to a response whose 200
 * is already sent; it also sets an error status, which this filter sees while the body is still held. Results larger
 * than the buffer are streamed as Fuseki does: past that size a timeout still truncates them, with Fuseki's
 * "Incomplete results" marker, which breaks the result syntax so that no client parses them as whole.
 */
final class HonestTimeouts implements Filter {
    private final int bufferBytes;
    private final String datasetPrefix;

    /** @param bufferBytes results up to this size are held back until complete */
    HonestTimeouts(String dataset, int bufferBytes) {
        this.datasetPrefix = "/" + dataset;
        this.bufferBytes = bufferBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String path = http.getRequestURI().substring(http.getContextPath().length());
        if (!path.startsWith(datasetPrefix) || !(response instanceof HttpServletResponse real)) {
            chain.doFilter(request, response);
            return;
        }
        HeldResponse held = new HeldResponse(real, bufferBytes);
        chain.doFilter(request, held);
        held.finish();
    }

    /** A response whose body is held in memory until the request ends or the body outgrows the buffer. */
    private static final class HeldResponse extends HttpServletResponseWrapper {
        private final HttpServletResponse real;
        private final int limit;
        private final ByteArrayOutputStream held = new ByteArrayOutputStream();
        private ServletOutputStream realOut;
        private boolean streaming;
        private boolean failedAfterBody;
        private boolean delegatedError;
        private int status = SC_OK;
        private PrintWriter writer;

        HeldResponse(HttpServletResponse real, int limit) {
            super(real);
            this.real = real;
            this.limit = limit;
        }

        @Override
        public void setStatus(int sc) {
            if (sc >= 400 && held.size() > 0 && status < 400) {
                // An error after the body began: the results were cut short.
                failedAfterBody = true;
            }
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (held.size() > 0 && !streaming) {
                failedAfterBody = true;
                status = sc;
                return;
            }
            delegatedError = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public void flushBuffer() throws IOException {
            if (streaming) {
                super.flushBuffer();
            }
        }

        @Override
        public void resetBuffer() {
            held.reset();
            super.resetBuffer();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(stream, java.nio.charset.Charset.forName(charset)));
            }
            return writer;
        }

        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (streaming) {
                    realOut.write(b, off, len);
                    return;
                }
                held.write(b, off, len);
                if (held.size() > limit) {
                    startStreaming();
                }
            }

            @Override
            public void flush() throws IOException {
                if (streaming) {
                    realOut.flush();
                }
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("the held response is written blocking");
            }
        };

        private void startStreaming() throws IOException {
            streaming = true;
            realOut = real.getOutputStream();
            held.writeTo(realOut);
            held.reset();
        }

        /** Sends what was held, or the error that replaced it. */
        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (delegatedError || real.isCommitted() && !streaming) {
                return;
            }
            if (streaming) {
                realOut.flush();
                return;
            }
            if (failedAfterBody) {
                real.reset();
                Json.error(real, status == SC_BAD_REQUEST || status >= 500 ? SC_SERVICE_UNAVAILABLE : status,
                        "query timed out while its results were being written; the incomplete results were withheld");
                return;
            }
            byte[] body = held.toByteArray();
            real.setContentLength(body.length);
            ServletOutputStream out = real.getOutputStream();
            out.write(body);
            out.flush();
        }
    }
}
