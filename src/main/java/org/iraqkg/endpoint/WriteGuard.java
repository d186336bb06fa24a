package org.iraqkg.endpoint;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Protects the write endpoints ({@code /NAME/update}, {@code /NAME/data}) from other web sites and from reading
 * what the server can reach. For every request that may change data (any method but GET, HEAD, OPTIONS):
 * <ul>
 * <li><b>Same origin</b>: a request whose {@code Origin} (or, without one, {@code Referer}) is not the server's own
 * ({@code scheme://Host} of the request) nor one of the allowed origins gets 403. A browser sends {@code Origin}
 * with every cross-site POST, so a form or script on another site cannot use credentials the browser holds.</li>
 * <li><b>No form</b>: a body sent as an HTML form can send ({@code application/x-www-form-urlencoded},
 * {@code multipart/form-data}, {@code text/plain}) gets 415; SPARQL Update must be
 * {@code application/sparql-update}, Graph Store writes an RDF type. These are the types a cross-site form can send
 * without a CORS preflight.</li>
 * <li><b>LOAD</b>: an update whose {@code LOAD} reads from anything but http(s) on an allowed host
 * ({@code --federation-allow}) gets 403 ({@code file:} always); and when an update with a LOAD fails, its error
 * does not quote what was read.</li>
 * </ul>
 */
final class WriteGuard implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(WriteGuard.class);
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private final Set<String> allowedOrigins;
    private final Federation fetchHosts;
    private final long maxBody;

    /** {@code allowedOrigins}: other origins ({@code https://host[:port]}) allowed to write. */
    WriteGuard(Set<String> allowedOrigins, Federation fetchHosts, long maxBody) {
        this.allowedOrigins = Set.copyOf(allowedOrigins);
        this.fetchHosts = fetchHosts;
        this.maxBody = maxBody;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            chain.doFilter(req, resp);
            return;
        }
        String own = request.getScheme() + "://" + request.getHeader("Host");
        String origin = request.getHeader("Origin");
        String referer = request.getHeader("Referer");
        String from = origin != null ? origin : referer != null ? originOf(referer) : null;
        if (from != null && !from.equalsIgnoreCase(own) && !allowedOrigins.contains(from.toLowerCase(Locale.ROOT))) {
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN,
                    "Cross-origin write refused (Origin " + oneLine(from) + ")");
            return;
        }
        String type = request.getContentType() == null ? ""
                : request.getContentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (FORM_TYPES.contains(type)) {
            refuse(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Writes are not accepted as " + type + "; send SPARQL Update as application/sparql-update");
            return;
        }
        // The whole body is read first, in one go: Jetty's minimum data rate counts from the first byte, so a
        // parser that reads slowly from the network stream could be taken for a slow client.
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
                maxBody > 0 ? maxBody + 1 : Integer.MAX_VALUE - 8));
        boolean hasLoad = false;
        if (type.equals("application/sparql-update")) {
            try {
                UpdateRequest update = UpdateFactory.create(new String(body, StandardCharsets.UTF_8));
                for (var op : update.getOperations()) {
                    if (op instanceof UpdateLoad load) {
                        hasLoad = true;
                        String problem = loadProblem(load.getSource());
                        if (problem != null) {
                            refuse(request, response, HttpServletResponse.SC_FORBIDDEN, problem);
                            return;
                        }
                    }
                }
            } catch (QueryParseException e) {
                // Fuseki answers the syntax error itself.
            }
        }
        chain.doFilter(new Replay(request, body), hasLoad ? new QuietErrors(response) : response);
    }

    /** Why LOAD from {@code source} is refused, or null when it is allowed. */
    String loadProblem(String source) {
        URI uri;
        try {
            uri = new URI(source);
        } catch (URISyntaxException e) {
            return "LOAD refused: not a valid IRI";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))) {
            return "LOAD refused: only http and https sources are allowed, not " + (scheme.isEmpty() ? "a relative IRI"
                    : scheme + ":");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!fetchHosts.hosts().contains(host) || uri.getRawUserInfo() != null) {
            return "LOAD refused: host not allowed (see --federation-allow)";
        }
        return null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        LOG.info("{} {} refused ({}): {}", request.getMethod(), request.getRequestURI(), status, message);
        response.sendError(status, message);
    }

    private static String originOf(String url) {
        try {
            URI u = new URI(url);
            if (u.getScheme() == null || u.getHost() == null) {
                return "null";
            }
            return u.getScheme() + "://" + u.getHost() + (u.getPort() >= 0 ? ":" + u.getPort() : "");
        } catch (URISyntaxException e) {
            return "null";
        }
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("[\\r\\n\\t]", " ");
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }

    /** The request with its body read already. */
    private static final class Replay extends HttpServletRequestWrapper {
        private final byte[] body;

        Replay(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.markSupported() && body.length == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    /** Errors of an update with LOAD: the status stays, the message (which may quote what was read) does not. */
    private static final class QuietErrors extends HttpServletResponseWrapper {
        private boolean error;

        QuietErrors(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            super.setStatus(sc);
            if (sc >= 400 && !error) {
                error = true;
                byte[] b = ("LOAD failed (HTTP " + sc + ")\n").getBytes(StandardCharsets.UTF_8);
                super.setContentType("text/plain;charset=utf-8");
                super.setContentLength(b.length);
                try {
                    super.getOutputStream().write(b);
                } catch (IOException e) {
                    LOG.debug("error message not sent: {}", e.toString());
                }
            }
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            setStatus(sc);
        }

        @Override
        public void setContentType(String type) {
            if (!error) {
                super.setContentType(type);
            }
        }

        @Override
        public void setContentLength(int len) {
            if (!error) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (!error) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!error) {
                return super.getOutputStream();
            }
            return new ServletOutputStream() {
                @Override
                public void write(int b) {}

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(jakarta.servlet.WriteListener listener) {}
            };
        }

        @Override
        public java.io.PrintWriter getWriter() throws IOException {
            return error ? new java.io.PrintWriter(java.io.OutputStream.nullOutputStream()) : super.getWriter();
        }
    }
}
