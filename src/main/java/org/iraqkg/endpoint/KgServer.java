package org.iraqkg.endpoint;

import java.net.BindException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.iraqkg.rdf.Iris;
import org.iraqkg.store.KgStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge graph's SPARQL server: an embedded Fuseki (Jetty) serving one dataset, read only unless
 * an update password file is given, with the Fuseki web UI at {@code /}.
 *
 * <pre>
 * try (KgServer server = KgServer.create().store(store).port(3030).build()) {
 *     server.start();
 *     server.join();
 * }
 * </pre>
 *
 * Endpoints, for the default dataset name {@code kg}:
 * <ul>
 * <li>{@code /kg/sparql}, {@code /kg/query}: SPARQL query, GET and POST, all of Fuseki's result formats
 * (content negotiation by {@code Accept} or {@code ?format=}); also a query sent to {@code /kg}.</li>
 * <li>{@code /kg/get}: Graph Store Protocol, read only ({@code ?default}, {@code ?graph=IRI},
 * {@code ?graph=union}); also a GET of {@code /kg?default} or {@code /kg?graph=IRI}.</li>
 * <li>{@code /kg/update} (SPARQL Update) and {@code /kg/data} (Graph Store Protocol, read-write): only
 * when {@link Builder#updatePasswordFile(Path)} is set, and only for a user of that file, by HTTP Basic
 * authentication. Nothing else accepts a change.</li>
 * <li>{@code /} the Fuseki UI, and its read-only admin calls {@code /$/ping}, {@code /$/server},
 * {@code /$/datasets}, {@code /$/stats/*}, {@code /$/tasks}.</li>
 * <li>Linked data ({@link LinkedDataServlet}): {@code /id/*}, {@code /document/*}, {@code /statement/*},
 * {@code /event/*}, {@code /role/*}, {@code /position/*}, {@code /track/*}, {@code /graph/*} answer for the
 * IRI {@link Builder#base(String) base} + path, as HTML, Turtle, JSON-LD, N-Triples or RDF/XML;
 * {@code /ontology} and {@code /cameo} the ontology and the CAMEO scheme; {@code /context.jsonld} the JSON-LD
 * context; {@code /void} and {@code /.well-known/void} the VoID/DCAT description;
 * {@code /service-description} (and {@code GET /NAME/sparql} with no query and an RDF {@code Accept}) the
 * SPARQL service description.</li>
 * <li>{@code /explorer/} the explorer page (actors and their statements and events as a graph), which
 * queries {@code /NAME/sparql}; see {@link ExplorerServlet}.</li>
 * </ul>
 * A server is started once; {@link #stop()} (or {@link #close()}) ends it. Stopping does not close the
 * dataset, which belongs to the caller.
 */
public final class KgServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KgServer.class);

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_DATASET_NAME = "kg";
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_RESULT_LIMIT = 100_000;
    /** Largest request body (bytes); a larger one gets 413. */
    public static final long DEFAULT_MAX_BODY = 10_000_000;
    /** Longest query text (characters); a longer one gets 413 before it is parsed. */
    public static final int DEFAULT_MAX_QUERY_CHARS = 100_000;
    /** Most triple patterns in a query; more get 400 before the query is optimised. */
    public static final int DEFAULT_MAX_TRIPLE_PATTERNS = 1_000;
    /** Rows an ORDER BY or DISTINCT keeps in memory before it spills to a temporary file. */
    static final long SPILL_THRESHOLD = 10_000;
    /** Share of the heap in use after a collection above which the biggest running query is stopped. */
    static final double MEMORY_FRACTION = 0.8;
    /** Jetty's request threads: enough that slow clients cannot take them all. */
    static final int MAX_THREADS = 200;
    /** A connection that sends or reads nothing for this long is closed. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
    /** A request body arriving slower than this (bytes per second) is refused. */
    static final long MIN_REQUEST_DATA_RATE = 1_000;

    /** HTTP Basic realm of the update endpoints. */
    static final String REALM = "iraq-kg";

    /** Where the explorer page is served. */
    static final String EXPLORER_PATH_SPEC = "/explorer/*";
    /** The query page (query library) of the explorer. */
    static final String QUERY_PAGE = "/explorer/query.html";

    private static final Pattern DATASET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*");

    private final FusekiServer fuseki;
    private final String host;
    private final int requestedPort;
    private final String datasetName;
    private final Duration queryTimeout;
    private final long resultLimit;
    private final PasswordFile passwordFile;
    private final boolean ui;
    private final String base;
    private final boolean explorer;
    private final QueryGuard guard;
    private final Federation federation;
    private final long maxBody;
    private volatile boolean started;
    private volatile boolean stopped;

    private KgServer(FusekiServer fuseki, Builder b, PasswordFile passwordFile, boolean ui, boolean explorer,
            QueryGuard guard, Federation federation) {
        this.guard = guard;
        this.federation = federation;
        this.maxBody = b.maxBody;
        this.fuseki = fuseki;
        this.host = b.host;
        this.requestedPort = b.port;
        this.datasetName = b.datasetName;
        this.queryTimeout = b.queryTimeout;
        this.resultLimit = b.resultLimit;
        this.passwordFile = passwordFile;
        this.ui = ui;
        this.base = b.base;
        this.explorer = explorer;
    }

    /** A builder with the defaults: 127.0.0.1:3030, dataset {@code kg}, 30 s timeout, 100000 rows. */
    public static Builder create() {
        return new Builder();
    }

    /**
     * Starts listening. Logs the URLs of the UI, the explorer and the SPARQL endpoint.
     *
     * @throws KgServerException when the port is in use or the address cannot be bound (one-line message)
     */
    public synchronized KgServer start() {
        if (started) {
            throw new IllegalStateException("a KgServer can be started only once");
        }
        started = true;
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            stopJettyQuietly();
            guard.close();
            stopped = true;
            throw startFailure(e);
        }
        LOG.info("SPARQL server listening on {}:{}{}", host, port(), isLoopback(host) ? " (this machine only)"
                : isWildcard(host) ? " (all network interfaces)" : "");
        if (ui) {
            LOG.info("Open the query UI at   {}", baseUrl());
        }
        if (explorer) {
            LOG.info("Open the explorer at   {}", explorerUrl());
        }
        LOG.info("SPARQL endpoint        {}", sparqlUrl());
        if (passwordFile != null) {
            LOG.info("SPARQL Update endpoint {} (HTTP Basic auth, users in {})", updateUrl(),
                    passwordFile.path());
        }
        return this;
    }

    private KgServerException startFailure(RuntimeException e) {
        BindException bind = findCause(e, BindException.class);
        int port = requestedPort;
        if (bind != null) {
            String msg = String.valueOf(bind.getMessage());
            if (msg.toLowerCase(Locale.ROOT).contains("in use")) {
                return new KgServerException("port " + port + " is already in use; choose another with --port", e);
            }
            return new KgServerException("cannot listen on " + host + ":" + port + ": " + msg, e);
        }
        if (findCause(e, UnresolvedAddressException.class) != null) {
            return new KgServerException("cannot listen on " + host + ":" + port + ": unknown host", e);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return new KgServerException("cannot start the SPARQL server on " + host + ":" + port + ": " + msg, e);
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Stops the server; does nothing when it is not running. The dataset stays open. */
    public synchronized void stop() {
        if (!started || stopped) {
            return;
        }
        stopped = true;
        try {
            fuseki.stop();
        } finally {
            guard.close();
        }
        LOG.info("SPARQL server on port {} stopped", port());
    }

    @Override
    public void close() {
        stop();
    }

    /** Blocks until the server stops (e.g. by {@link #stop()} from another thread or JVM shutdown). */
    public void join() {
        if (!started) {
            throw new IllegalStateException("server not started");
        }
        fuseki.join();
    }

    private void stopJettyQuietly() {
        try {
            fuseki.getJettyServer().stop();
        } catch (Exception e) {
            LOG.debug("stopping after a failed start: {}", e.toString());
        }
    }

    /** The port: the one listened on once started (the free port picked for 0), else the one asked for. */
    public int port() {
        int p = fuseki.getHttpPort();
        return p > 0 ? p : requestedPort;
    }

    /** The address listened on, as configured (default {@value #DEFAULT_HOST}). */
    public String host() {
        return host;
    }

    /** The host of the Jetty connector (for tests: what the socket is really bound to). */
    String connectorHost() {
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                return sc.getHost();
            }
        }
        return null;
    }

    public String datasetName() {
        return datasetName;
    }

    /** The base of the IRIs the linked-data paths answer for (default {@value Iris#DEFAULT_BASE}). */
    public String base() {
        return base;
    }

    public Duration queryTimeout() {
        return queryTimeout;
    }

    public long resultLimit() {
        return resultLimit;
    }

    /** Largest request body in bytes (0: no limit). */
    public long maxBody() {
        return maxBody;
    }

    /** The hosts a query's SERVICE may call; empty when federation is off (the default). */
    public java.util.Set<String> federationHosts() {
        return federation.hosts();
    }

    /** True when {@code /NAME/update} and {@code /NAME/data} accept changes (for authenticated users). */
    public boolean updatesEnabled() {
        return passwordFile != null;
    }

    /** {@code http://HOST:PORT/}, with a wildcard host shown as {@code localhost}; the UI is here. */
    public String baseUrl() {
        return "http://" + urlHost(host) + ":" + port() + "/";
    }

    /** {@code http://HOST:PORT/NAME}. */
    public String datasetUrl() {
        return baseUrl() + datasetName;
    }

    /** {@code http://HOST:PORT/NAME/sparql}. */
    public String sparqlUrl() {
        return datasetUrl() + "/sparql";
    }

    /** {@code http://HOST:PORT/NAME/get}, the read-only Graph Store Protocol endpoint. */
    public String graphStoreUrl() {
        return datasetUrl() + "/get";
    }

    /** {@code http://HOST:PORT/explorer/}, the explorer page, or {@code null} when it is off. */
    public String explorerUrl() {
        return explorer ? baseUrl() + "explorer/" : null;
    }

    /** {@code http://HOST:PORT/NAME/update}, or {@code null} when updates are off. */
    public String updateUrl() {
        return passwordFile == null ? null : datasetUrl() + "/update";
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    private static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    private static String urlHost(String host) {
        if (isWildcard(host)) {
            return "localhost";
        }
        if (host.contains(":") && !host.startsWith("[")) {
            return "[" + host + "]";
        }
        return host;
    }

    /** Where the Fuseki UI files are ({@code webapp/} of jena-fuseki-ui), as Jetty wants it, or null. */
    static String uiLocation() {
        URL url = KgServer.class.getClassLoader().getResource("webapp/index.html");
        if (url == null) {
            return null;
        }
        if ("file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI()).getParent().toString();
            } catch (URISyntaxException | IllegalArgumentException e) {
                return null;
            }
        }
        String s = url.toExternalForm();
        return s.substring(0, s.length() - "index.html".length());
    }

    /** Builds a {@link KgServer}; every setting has a default except the dataset. */
    public static final class Builder {
        private DatasetGraph dsg;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private String datasetName = DEFAULT_DATASET_NAME;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private long resultLimit = DEFAULT_RESULT_LIMIT;
        private boolean cors = true;
        private boolean ui = true;
        private boolean explorer = true;
        private Path updatePasswordFile;
        private String base = Iris.DEFAULT_BASE;
        private Path storeLocation;
        private long maxBody = DEFAULT_MAX_BODY;
        private int maxQueryChars = DEFAULT_MAX_QUERY_CHARS;
        private int maxTriplePatterns = DEFAULT_MAX_TRIPLE_PATTERNS;
        private List<String> federationHosts = List.of();
        private java.util.Set<String> writeOrigins = java.util.Set.of();
        private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();

        private Builder() {}

        /** The dataset to serve. Its context decides the default graph (e.g. union of named graphs). */
        public Builder datasetGraph(DatasetGraph dsg) {
            this.dsg = Objects.requireNonNull(dsg, "dsg");
            return this;
        }

        /** Serves {@code store}'s dataset (the default graph is the union of the named graphs). */
        public Builder store(KgStore store) {
            datasetGraph(Objects.requireNonNull(store, "store").datasetGraph());
            this.storeLocation = store.location();
            return this;
        }

        /**
         * The base of the dataset's IRIs (default {@value Iris#DEFAULT_BASE}): a GET of {@code /id/...},
         * {@code /document/...} and the other linked-data paths answers for the IRI {@code base + path},
         * whatever host the request came to. A missing final "/" is added.
         *
         * @throws IllegalArgumentException when it is not an http(s) IRI
         */
        public Builder base(String iriBase) {
            Objects.requireNonNull(iriBase, "iriBase");
            this.base = new Iris(iriBase.strip()).base();
            return this;
        }

        /**
         * The address to listen on: {@value KgServer#DEFAULT_HOST} (default, this machine only), or
         * {@code 0.0.0.0} for all network interfaces.
         */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("host must not be empty");
            }
            this.host = host.strip();
            return this;
        }

        /** The HTTP port, default {@value KgServer#DEFAULT_PORT}; 0 picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
            }
            this.port = port;
            return this;
        }

        /** The dataset's URL name, default {@value KgServer#DEFAULT_DATASET_NAME} (a leading "/" is dropped). */
        public Builder datasetName(String name) {
            Objects.requireNonNull(name, "name");
            String n = name.startsWith("/") ? name.substring(1) : name;
            if (!DATASET_NAME.matcher(n).matches()) {
                throw new IllegalArgumentException("bad dataset name '" + name
                        + "': use letters, digits, '.', '_', '~' or '-'");
            }
            this.datasetName = n;
            return this;
        }

        /** Longest time a query may run (default 30 s); {@link Duration#ZERO} means no timeout. */
        public Builder queryTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("query timeout must not be negative: " + timeout);
            }
            if (!timeout.isZero() && timeout.toMillis() == 0) {
                throw new IllegalArgumentException("query timeout must be at least 1 ms: " + timeout);
            }
            this.queryTimeout = timeout;
            return this;
        }

        private static void nonNegative(long value, String what) {
            if (value < 0) {
                throw new IllegalArgumentException(what + " must not be negative: " + value);
            }
        }

        /**
         * Most rows (solutions) a query may return, default 100000; 0 means no limit. A SELECT,
         * CONSTRUCT or DESCRIBE whose LIMIT is absent or larger runs with this LIMIT instead.
         */
        public Builder resultLimit(long limit) {
            nonNegative(limit, "result limit");
            this.resultLimit = limit;
            return this;
        }

        /** Largest request body in bytes, default 10 MB; larger ones get 413. 0 means no limit. */
        public Builder maxBody(long bytes) {
            nonNegative(bytes, "max body");
            this.maxBody = bytes;
            return this;
        }

        /** Longest query text, default {@value KgServer#DEFAULT_MAX_QUERY_CHARS} characters (413); 0: none. */
        public Builder maxQueryChars(int chars) {
            nonNegative(chars, "max query size");
            this.maxQueryChars = chars;
            return this;
        }

        /** Most triple patterns in a query, default {@value KgServer#DEFAULT_MAX_TRIPLE_PATTERNS} (400); 0: none. */
        public Builder maxTriplePatterns(int patterns) {
            nonNegative(patterns, "max triple patterns");
            this.maxTriplePatterns = patterns;
            return this;
        }

        /**
         * The hosts a query's {@code SERVICE} may call (http and https). Empty, the default, turns federation
         * off: every SERVICE is refused.
         *
         * @throws IllegalArgumentException when a name is not a host name
         */
        public Builder federationAllow(Collection<String> hosts) {
            Objects.requireNonNull(hosts, "hosts");
            new Federation(hosts);
            this.federationHosts = List.copyOf(hosts);
            return this;
        }

        /**
         * Other origins ({@code https://host[:port]}) allowed to write; by default a write whose Origin or Referer
         * is another origin than the server's own gets 403.
         */
        public Builder writeOrigins(Collection<String> origins) {
            java.util.Set<String> set = new java.util.TreeSet<>();
            for (String o : origins) {
                String s = o.strip().toLowerCase(Locale.ROOT);
                while (s.endsWith("/")) {
                    s = s.substring(0, s.length() - 1);
                }
                if (!s.matches("https?://[^/?#\\s]+")) {
                    throw new IllegalArgumentException("not an origin (scheme://host[:port]): '" + o + "'");
                }
                set.add(s);
            }
            this.writeOrigins = java.util.Set.copyOf(set);
            return this;
        }

        /**
         * Whether pages of other origins may read the query endpoint, Graph Store reads and the linked data
         * ({@link ReadOnlyCors}: any origin, no credentials). Default true. The write endpoints never get CORS.
         */
        public Builder cors(boolean cors) {
            this.cors = cors;
            return this;
        }

        /** Whether to serve the Fuseki UI at {@code /} (default true). */
        public Builder ui(boolean ui) {
            this.ui = ui;
            return this;
        }

        /** Whether to serve the explorer page at {@code /explorer/} (default true). */
        public Builder explorer(boolean explorer) {
            this.explorer = explorer;
            return this;
        }

        /**
         * Enables updates, only at {@code /NAME/update} (SPARQL Update) and {@code /NAME/data} (Graph Store
         * Protocol), for the users in {@code file}, by HTTP Basic authentication. The file is in Jetty's
         * password file format, as Fuseki's: one {@code user: password} per line (the password may be
         * {@code OBF:}, {@code MD5:} or {@code CRYPT:} encoded; a {@code ,role} suffix is ignored; {@code #}
         * starts a comment). {@code null} turns updates off again (the default).
         */
        public Builder updatePasswordFile(Path file) {
            this.updatePasswordFile = file;
            return this;
        }

        /** Adds a servlet at {@code pathSpec} (e.g. {@code "/page/*"}); dataset URLs take precedence. */
        public Builder addServlet(String pathSpec, HttpServlet servlet) {
            Objects.requireNonNull(pathSpec, "pathSpec");
            Objects.requireNonNull(servlet, "servlet");
            servlets.put(pathSpec, servlet);
            return this;
        }

        /**
         * Builds the server (not started).
         *
         * @throws KgServerException when the update password file is missing, unreadable or has no users
         * @throws IllegalStateException when no dataset was given
         */
        public KgServer build() {
            if (dsg == null) {
                throw new IllegalStateException("no dataset: call datasetGraph(...) or store(...)");
            }
            PasswordFile passwords = updatePasswordFile == null ? null : PasswordFile.read(updatePasswordFile);

            DatasetDescription description = new DatasetDescription(dsg, base, datasetName, storeLocation,
                    Clock.systemUTC());
            Federation federation = new Federation(federationHosts);
            QueryGuard guard = new QueryGuard(MEMORY_FRACTION);
            boolean withExplorer = explorer && !servlets.containsKey(EXPLORER_PATH_SPEC);
            ActionService query = new BoundedQuery(new BoundedQuery.Limits(queryTimeout.toMillis(), resultLimit,
                    maxQueryChars, maxTriplePatterns, SPILL_THRESHOLD, federation), description, guard,
                    withExplorer ? QUERY_PAGE : null);
            ActionService gspRead = new GspReadUnionDefault();
            // Explicit endpoints only: never withStdServices/add(name, dsg, true), which would also take
            // updates POSTed to the dataset root. "sparql" first: the UI queries the first query endpoint.
            DataService.Builder service = DataService.newBuilder(dsg)
                    .addEndpoint(endpoint(Operation.Query, "sparql", query, null))
                    .addEndpoint(endpoint(Operation.Query, "query", query, null))
                    .addEndpoint(endpoint(Operation.GSP_R, "get", gspRead, null))
                    .addEndpoint(endpoint(Operation.Query, null, query, null))
                    .addEndpoint(endpoint(Operation.GSP_R, null, gspRead, null));
            if (passwords != null) {
                AuthPolicy users = Auth.policyAllowSpecific(passwords.users());
                service.addEndpoint(endpoint(Operation.Update, "update", null, users))
                        .addEndpoint(endpoint(Operation.GSP_RW, "data", null, users));
            }
            WriteGuard writeGuard = new WriteGuard(writeOrigins, new Federation(federationHosts), maxBody);

            FusekiServer.Builder fb = FusekiServer.create()
                    // No auto-discovered modules (e.g. FMod_Admin): everything is set up here.
                    .fusekiModules(FusekiModules.empty())
                    .port(port)
                    .add(datasetName, service.build())
                    // Not Fuseki's CORS filter, which would also open the write endpoints: ReadOnlyCors below.
                    .enableCors(false)
                    .enablePing(true)
                    .numServerThreads(4, MAX_THREADS);
            if (cors) {
                fb.addFilter("/*", new ReadOnlyCors(datasetName));
            }
            if (passwords != null) {
                fb.addFilter("/" + datasetName + "/update", writeGuard)
                        .addFilter("/" + datasetName + "/data", writeGuard);
                fb.securityHandler(JettySecurityLib.makeSecurityHandler(REALM, passwords.userStore(), AuthScheme.BASIC))
                        .realm(REALM)
                        .auth(AuthScheme.BASIC);
            }
            boolean withUi = false;
            if (ui) {
                String location = uiLocation();
                if (location == null) {
                    LOG.warn("Fuseki UI files (jena-fuseki-ui, webapp/) not on the classpath: no UI at /");
                } else {
                    withUi = true;
                    ReadOnlyDatasets datasets = new ReadOnlyDatasets();
                    fb.staticFileBase(location)
                            .addServlet("/$/server", new ActionServerStatus())
                            .addServlet("/$/datasets", datasets)
                            .addServlet("/$/datasets/*", datasets)
                            .enableStats(true)
                            .enableTasks(true);
                }
            }
            LinkedDataServlet linkedData = new LinkedDataServlet(dsg, base, datasetName, description);
            for (String spec : LinkedDataServlet.PATH_SPECS) {
                fb.addServlet(spec, linkedData);
            }
            if (withExplorer) {
                fb.addServlet(EXPLORER_PATH_SPEC, new ExplorerServlet(datasetName));
            }
            servlets.forEach(fb::addServlet);

            FusekiServer fuseki;
            try {
                fuseki = fb.build();
            } catch (RuntimeException e) {
                guard.close();
                throw e;
            }
            noDirectoryListings(fuseki);
            Server jetty = fuseki.getJettyServer();
            for (Connector c : jetty.getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host);
                    sc.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                    HttpConnectionFactory http = sc.getConnectionFactory(HttpConnectionFactory.class);
                    if (http != null) {
                        HttpConfiguration config = http.getHttpConfiguration();
                        config.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                        config.setMinRequestDataRate(MIN_REQUEST_DATA_RATE);
                    }
                }
            }
            if (jetty.getHandler() instanceof ServletContextHandler context && maxBody > 0) {
                context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, maxBody));
            }
            if (maxBody > 0) {
                Handler inner = jetty.getHandler();
                SizeLimitHandler limit = new SizeLimitHandler(maxBody, -1);
                limit.setHandler(inner);
                jetty.setHandler(limit);
            }
            return new KgServer(fuseki, this, passwords, withUi, withExplorer, guard, federation);
        }

        /** The UI's static file servlet must not list directories. */
        private static void noDirectoryListings(FusekiServer fuseki) {
            if (fuseki.getJettyServer().getHandler() instanceof ServletContextHandler context) {
                for (ServletHolder holder : context.getServletHandler().getServlets()) {
                    Class<?> held = holder.getHeldClass();
                    if (held != null && DefaultServlet.class.isAssignableFrom(held)) {
                        holder.setInitParameter("dirAllowed", "false");
                    }
                }
            }
        }

        private static Endpoint endpoint(Operation op, String name, ActionService processor, AuthPolicy auth) {
            Endpoint.Builder b = Endpoint.create().operation(op).processor(processor).authPolicy(auth);
            if (name != null) {
                b.endpointName(name);
            }
            return b.build();
        }
    }
}
