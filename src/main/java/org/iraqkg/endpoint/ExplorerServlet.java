package org.iraqkg.endpoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The explorer page at {@code /explorer/}: the static files of {@code explorer/} on the classpath (HTML, JS,
 * CSS) and Cytoscape.js from its WebJar, as {@code /explorer/lib/cytoscape.min.js}. The page talks only to
 * the SPARQL endpoint of the dataset.
 *
 * <p>Read only (GET and HEAD), UTF-8 text with its content type, an ETag on every file ({@code 304} to a
 * matching {@code If-None-Match}); the page's own files are revalidated on every load ({@code no-cache}),
 * the library is cached for a day. The page gets a Content-Security-Policy that allows scripts and
 * connections to this server only.
 */
final class ExplorerServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ExplorerServlet.class);

    /** Where the page's files are on the classpath. */
    static final String RESOURCE_DIR = "explorer/";
    /** The URL path (under the servlet) of Cytoscape.js. */
    static final String CYTOSCAPE_PATH = "/lib/cytoscape.min.js";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
    private static final String WEBJAR_FILE = "META-INF/resources/webjars/cytoscape/%s/dist/cytoscape.min.js";
    /** The SPARQL endpoint as index.html names it, relative to /explorer/, for the default dataset. */
    private static final String DEFAULT_ENDPOINT_ATTR = "data-endpoint=\"../" + KgServer.DEFAULT_DATASET_NAME
            + "/sparql\"";

    private static final Pattern FILE_NAME = Pattern.compile("/[a-z0-9][a-z0-9-]*\\.(?:html|js|css|svg|png|ico)");
    /** The URL path (under the servlet) of the query library: {@link #library()}. */
    static final String LIBRARY_PATH = "/library.json";
    /** Where the library's queries are on the classpath (a copy of the project's queries/). */
    static final String LIBRARY_DIR = "queries/";
    private static final Pattern LIBRARY_FILE = Pattern.compile("`([a-z0-9][a-z0-9-]*\\.rq)`");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "svg", "image/svg+xml;charset=utf-8",
            "png", "image/png",
            "ico", "image/x-icon");
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String CACHE_PAGE = "no-cache";
    static final String CACHE_LIBRARY = "public, max-age=86400";

    private final String datasetName;
    /** The files served so far (only found ones: a request for a missing name must not grow this). */
    private final transient Map<String, Asset> assets = new ConcurrentHashMap<>();

    /** @param datasetName the dataset whose {@code sparql} endpoint the page queries */
    ExplorerServlet(String datasetName) {
        this.datasetName = Objects.requireNonNull(datasetName, "datasetName");
    }

    /** A file to serve: its bytes, content type, cache policy and entity tag. */
    record Asset(byte[] bytes, String contentType, String cacheControl, String etag) {}

    /** The version of the Cytoscape.js WebJar on the classpath, or null when it is missing. */
    static String cytoscapeVersion() {
        try (InputStream in = ExplorerServlet.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req, resp, true);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req, resp, false);
    }

    private void serve(HttpServletRequest req, HttpServletResponse resp, boolean body) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.isEmpty()) {
            // /explorer → /explorer/ so that the page's relative links resolve under it.
            String query = req.getQueryString();
            resp.setHeader("Location", req.getRequestURI() + "/" + (query == null ? "" : "?" + query));
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            return;
        }
        Optional<Asset> found = asset(path);
        if (found.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Asset a = found.get();
        resp.setHeader("Cache-Control", a.cacheControl());
        resp.setHeader("ETag", a.etag());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (a.contentType().startsWith("text/html")) {
            resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            resp.setHeader("Referrer-Policy", "no-referrer");
            resp.setHeader("X-Frame-Options", "DENY");
        }
        if (etagMatches(req.getHeader("If-None-Match"), a.etag())) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(a.contentType());
        resp.setContentLength(a.bytes().length);
        if (body) {
            resp.getOutputStream().write(a.bytes());
        }
    }

    private static boolean etagMatches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** The file for a path under the servlet ({@code /}, {@code /explorer.js}, …), if there is one. */
    Optional<Asset> asset(String path) {
        String p = path.equals("/") ? "/index.html" : path;
        if (p.equals(LIBRARY_PATH)) {
            return Optional.of(assets.computeIfAbsent(p, k -> {
                byte[] bytes = library();
                return new Asset(bytes, "application/json;charset=utf-8", CACHE_PAGE, etag(bytes));
            }));
        }
        if (!p.equals(CYTOSCAPE_PATH) && !FILE_NAME.matcher(p).matches()) {
            return Optional.empty();
        }
        Asset cached = assets.get(p);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Asset> loaded = load(p);
        loaded.ifPresent(a -> assets.putIfAbsent(p, a));
        return loaded;
    }

    private Optional<Asset> load(String path) {
        String resource;
        String cache;
        if (path.equals(CYTOSCAPE_PATH)) {
            String version = cytoscapeVersion();
            if (version == null) {
                LOG.warn("Cytoscape.js WebJar (org.webjars.npm:cytoscape) not on the classpath: the explorer "
                        + "cannot draw graphs");
                return Optional.empty();
            }
            resource = String.format(WEBJAR_FILE, version);
            cache = CACHE_LIBRARY;
        } else {
            resource = RESOURCE_DIR + path.substring(1);
            cache = CACHE_PAGE;
        }
        byte[] bytes;
        try (InputStream in = ExplorerServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        String ext = path.substring(path.lastIndexOf('.') + 1);
        if (ext.equals("html") && !datasetName.equals(KgServer.DEFAULT_DATASET_NAME)) {
            // Dataset names are [A-Za-z0-9._~-]: safe in an attribute and a relative URL.
            String html = new String(bytes, StandardCharsets.UTF_8)
                    .replace(DEFAULT_ENDPOINT_ATTR, "data-endpoint=\"../" + datasetName + "/sparql\"");
            bytes = html.getBytes(StandardCharsets.UTF_8);
        }
        return Optional.of(new Asset(bytes, TYPES.get(ext), cache, etag(bytes)));
    }

    /**
     * The query library for the query page: the queries that {@code queries/README.md} indexes, in its order,
     * as a JSON array of {@code {file, title, titleAr, text}} (the titles are the first English and Arabic
     * comment lines of each file).
     */
    static byte[] library() {
        ClassLoader cl = ExplorerServlet.class.getClassLoader();
        java.util.LinkedHashSet<String> files = new java.util.LinkedHashSet<>();
        try (InputStream in = cl.getResourceAsStream(LIBRARY_DIR + "README.md")) {
            if (in != null) {
                java.util.regex.Matcher m = LIBRARY_FILE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    files.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query library", e);
        }
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ArrayNode out = json.createArrayNode();
        for (String f : files) {
            try (InputStream in = cl.getResourceAsStream(LIBRARY_DIR + f)) {
                if (in == null) {
                    continue;
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String title = "";
                String titleAr = "";
                for (String line : text.split("\n")) {
                    if (!line.startsWith("#")) {
                        break;
                    }
                    String c = line.substring(1).strip();
                    if (title.isEmpty() && !c.isEmpty()) {
                        title = c;
                    } else if (titleAr.isEmpty() && c.matches("س\\d+\\..*")) {
                        titleAr = c;
                    }
                }
                out.addObject().put("file", f).put("title", title).put("titleAr", titleAr).put("text", text);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the query " + f, e);
            }
        }
        try {
            return json.writeValueAsBytes(out);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
