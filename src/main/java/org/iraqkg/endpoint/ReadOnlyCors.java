package org.iraqkg.endpoint;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Read-only CORS: a page of any origin may read the query endpoint, the Graph Store read endpoint and the linked
 * data (GET, HEAD, and POST of a query), as public SPARQL endpoints such as Wikidata's and DBpedia's allow. The
 * answer carries {@code Access-Control-Allow-Origin: *} and never {@code Access-Control-Allow-Credentials}, so a
 * browser sends no cookies or HTTP Basic credentials with such a request. The write endpoints
 * ({@code /NAME/update}, {@code /NAME/data}) get no CORS headers at all, preflight included, so a page of another
 * origin cannot send them anything a form could not (and {@link WriteGuard} refuses that).
 */
final class ReadOnlyCors implements Filter {
    /** Methods a page of another origin may use. */
    static final String METHODS = "GET, HEAD, POST, OPTIONS";
    /** Request headers a page of another origin may send (no Authorization: reads need none). */
    static final Set<String> HEADERS = Set.of("accept", "accept-language", "content-language", "content-type",
            "cache-control", "x-requested-with");
    /** Response headers a page of another origin may read besides the standard ones. */
    static final String EXPOSED = String.join(", ", BoundedQuery.TRUNCATED_HEADER, BoundedQuery.LIMIT_HEADER,
            "Content-Disposition");
    /** How long a browser may keep a preflight answer (seconds). */
    static final int MAX_AGE = 86_400;

    private final List<String> writePaths;

    /** CORS for every path but the write endpoints of dataset {@code datasetName}. */
    ReadOnlyCors(String datasetName) {
        this.writePaths = List.of("/" + datasetName + "/update", "/" + datasetName + "/data");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse resp)
                || req.getHeader("Origin") == null || isWrite(path(req))) {
            chain.doFilter(request, response);
            return;
        }
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.addHeader("Vary", "Origin");
        if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
            String method = req.getHeader("Access-Control-Request-Method").strip().toUpperCase(Locale.ROOT);
            if (METHODS.contains(method)) {
                resp.setHeader("Access-Control-Allow-Methods", METHODS);
                String allowed = allowedHeaders(req.getHeader("Access-Control-Request-Headers"));
                if (!allowed.isEmpty()) {
                    resp.setHeader("Access-Control-Allow-Headers", allowed);
                }
                resp.setHeader("Access-Control-Max-Age", Integer.toString(MAX_AGE));
            }
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentLength(0);
            return;
        }
        resp.setHeader("Access-Control-Expose-Headers", EXPOSED);
        chain.doFilter(request, response);
    }

    /** The requested headers that are allowed, as a list for Access-Control-Allow-Headers. */
    private static String allowedHeaders(String requested) {
        if (requested == null) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (String h : requested.split(",")) {
            String name = h.strip().toLowerCase(Locale.ROOT);
            if (HEADERS.contains(name)) {
                out.add(name);
            }
        }
        return String.join(", ", out);
    }

    private boolean isWrite(String path) {
        for (String w : writePaths) {
            if (path.equals(w) || path.startsWith(w + "/")) {
                return true;
            }
        }
        return false;
    }

    /** The decoded path within the context, as the dispatch sees it ("/kg//update" counts as "/kg/update"). */
    private static String path(HttpServletRequest req) {
        String p = (req.getServletPath() == null ? "" : req.getServletPath())
                + (req.getPathInfo() == null ? "" : req.getPathInfo());
        return p.replaceAll("/{2,}", "/");
    }
}
