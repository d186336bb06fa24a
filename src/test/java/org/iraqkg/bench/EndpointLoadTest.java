package org.iraqkg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.iraqkg.endpoint.KgServer;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.pipeline.LoadSummary;
import org.iraqkg.pipeline.Loader;
import org.iraqkg.store.StoreSink;
import org.iraqkg.pipeline.Pipeline;
import org.iraqkg.rdf.Iris;
import org.iraqkg.rdf.RdfMapper;
import org.iraqkg.store.KgStore;

/**
 * Load test of the SPARQL endpoint, run by hand (not a unit test: it has no test methods; see
 * {@link EndpointLoadSmokeTest} for the short version that runs with the tests). It loads the documents of a
 * directory or JSONL file into an in-memory store, serves it with {@link KgServer} on a loopback port, and for a
 * while runs concurrent HTTP clients that send the queries of {@code queries/*.rq} in turn, while a
 * loader thread keeps loading the same documents again into the same store (every reload is a series of write
 * transactions). At the end it prints, per query and overall, requests, errors, throughput and p50/p95/p99
 * latency, and what the loader did.
 *
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/test.classpath)" \
 *     org.iraqkg.bench.EndpointLoadTest [PATH] [--clients 32] [--seconds 60] [--timeout 30] [--no-writes] \
 *     [--slow 16]
 * </pre>
 *
 * {@code --slow N} keeps N slow connections open all along (issue 14): half send {@code POST /kg/sparql} with
 * {@code Content-Length: 1000000} and trickle the body one byte every 500 ms, half connect and send nothing; each
 * is opened again as soon as the server closes it.
 *
 * PATH is a directory of articles or a JSONL file (default {@code data/documents}). The exit status is 0 when no
 * request failed, 1 otherwise.
 */
public final class EndpointLoadTest {

    /** What to run. */
    public record Config(Path documents, Path queries, Path lexicon, int clients, Duration duration,
                         Duration queryTimeout, boolean writes) {
        /** The defaults: data/documents, queries/, 32 clients, 60 s, 30 s timeout, with writes. */
        public static Config defaults(Path home) {
            return new Config(home.resolve("data/documents"), home.resolve("queries"), home.resolve("data/lexicon"),
                    32, Duration.ofSeconds(60), Duration.ofSeconds(30), true);
        }
    }

    /** Latencies (ms) and failures of one query. */
    public static final class QueryStats {
        private final ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        private final AtomicLong errors = new AtomicLong();

        public long requests() {
            return millis.size() + errors.get();
        }

        public long errors() {
            return errors.get();
        }

        /** The p-th percentile (0..100) of the latencies of successful requests, in ms (nearest rank). */
        public double percentile(double p) {
            return percentile(millis.stream().mapToDouble(Double::doubleValue).toArray(), p);
        }

        static double percentile(double[] values, double p) {
            if (values.length == 0) {
                return Double.NaN;
            }
            double[] v = values.clone();
            Arrays.sort(v);
            int rank = (int) Math.ceil(p / 100.0 * v.length);
            return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
        }
    }

    /** What a run measured. */
    public record Result(Map<String, QueryStats> byQuery, double seconds, long reloads, long reloadFailures,
                         List<String> errorSamples) {
        public long requests() {
            return byQuery.values().stream().mapToLong(QueryStats::requests).sum();
        }

        public long errors() {
            return byQuery.values().stream().mapToLong(QueryStats::errors).sum();
        }

        /** The p-th percentile over all queries. */
        public double percentile(double p) {
            return QueryStats.percentile(byQuery.values().stream().flatMap(s -> s.millis.stream())
                    .mapToDouble(Double::doubleValue).toArray(), p);
        }

        /** The table of results. */
        public void print(PrintStream out) {
            String head = "%-16s %9s %7s %9s %9s %9s %9s%n";
            String row = "%-16s %9d %7d %9.1f %9.1f %9.1f %9.1f%n";
            out.printf(head, "query", "requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms");
            for (Map.Entry<String, QueryStats> e : byQuery.entrySet()) {
                QueryStats s = e.getValue();
                out.printf(Locale.ROOT, row, e.getKey(), s.requests(), s.errors(), s.requests() / seconds,
                        s.percentile(50), s.percentile(95), s.percentile(99));
            }
            out.printf(Locale.ROOT, row, "all", requests(), errors(), requests() / seconds, percentile(50),
                    percentile(95), percentile(99));
            out.printf(Locale.ROOT, "%.1f s; loader: %d reloads, %d failed%n", seconds, reloads, reloadFailures);
            for (String s : errorSamples) {
                out.println("error: " + s);
            }
        }
    }

    private EndpointLoadTest() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("kg.home", "."));
        Config c = Config.defaults(home);
        Path documents = c.documents();
        int clients = c.clients();
        Duration duration = c.duration();
        Duration timeout = c.queryTimeout();
        boolean writes = c.writes();
        int slow = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> duration = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--timeout" -> timeout = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--no-writes" -> writes = false;
                case "--slow" -> slow = Integer.parseInt(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("Usage: EndpointLoadTest [PATH] [--clients N] [--seconds S] [--timeout S] "
                            + "[--no-writes] [--slow N]");
                    return;
                }
                default -> documents = Path.of(args[i]);
            }
        }
        Result r = run(new Config(documents, c.queries(), c.lexicon(), clients, duration, timeout, writes),
                System.out, slow);
        r.print(System.out);
        System.exit(r.errors() == 0 && r.reloadFailures() == 0 ? 0 : 1);
    }

    /** Runs the load test; progress lines go to {@code log}. */
    public static Result run(Config config, PrintStream log) throws IOException, InterruptedException {
        return run(config, log, 0);
    }

    /** Runs the load test with {@code slowConnections} slow connections open all along. */
    public static Result run(Config config, PrintStream log, int slowConnections)
            throws IOException, InterruptedException {
        Map<String, String> queries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(config.queries())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                queries.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("no .rq files in " + config.queries());
        }
        Map<String, QueryStats> stats = new LinkedHashMap<>();
        queries.keySet().forEach(q -> stats.put(q, new QueryStats()));
        List<String> queryNames = new ArrayList<>(queries.keySet());
        ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();

        try (KgStore store = KgStore.inMemory()) {
            // force: every reload really rewrites the documents' graphs (a plain reload would skip them as
            // unchanged), so queries meet write transactions all the time
            Loader loader = new Loader(new Pipeline(Lexicon.load(config.lexicon())),
                    new RdfMapper(new Iris(Iris.DEFAULT_BASE)), new StoreSink(store), p -> { },
                    Loader.Progress.NONE, new Loader.Options(Loader.Options.defaults().threads(), 64, true));
            LoadSummary first = loader.load(List.of(config.documents()));
            log.println(first.line());
            if (first.documents() == 0) {
                throw new IllegalArgumentException("no documents loaded from " + config.documents());
            }
            KgServer server = KgServer.create().store(store).port(0).ui(false).queryTimeout(config.queryTimeout())
                    .build();
            server.start();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .proxy(HttpClient.Builder.NO_PROXY).connectTimeout(Duration.ofSeconds(10)).build();
            try {
                long deadline = System.nanoTime() + config.duration().toNanos();
                AtomicLong reloads = new AtomicLong();
                AtomicLong reloadFailures = new AtomicLong();
                CountDownLatch done = new CountDownLatch(config.clients() + (config.writes() ? 1 : 0));
                List<Thread> threads = new ArrayList<>();
                if (config.writes()) {
                    threads.add(new Thread(() -> {
                        try {
                            while (System.nanoTime() < deadline) {
                                try {
                                    LoadSummary s = loader.load(List.of(config.documents()));
                                    if (!s.skipped().isEmpty() || s.documents() != first.documents()) {
                                        reloadFailures.incrementAndGet();
                                        sample(errorSamples, "reload: " + s.line() + " " + s.problems());
                                    }
                                } catch (RuntimeException e) {
                                    reloadFailures.incrementAndGet();
                                    sample(errorSamples, "reload: " + e);
                                }
                                reloads.incrementAndGet();
                            }
                        } finally {
                            done.countDown();
                        }
                    }, "loader"));
                }
                // the clients take the queries in turn, from a random start: every query is sent in a short run
                java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger(
                        ThreadLocalRandom.current().nextInt(queryNames.size()));
                for (int i = 0; i < config.clients(); i++) {
                    threads.add(new Thread(() -> {
                        try {
                            while (System.nanoTime() < deadline) {
                                String name = queryNames.get(Math.floorMod(turn.getAndIncrement(), queryNames.size()));
                                request(http, server.sparqlUrl(), name, queries.get(name), stats.get(name),
                                        errorSamples, errorKinds);
                            }
                        } finally {
                            done.countDown();
                        }
                    }, "client-" + i));
                }
                AtomicLong slowOpened = new AtomicLong();
                List<Thread> slowThreads = new ArrayList<>();
                for (int i = 0; i < slowConnections; i++) {
                    boolean silent = i % 2 == 1;
                    Thread t = new Thread(() -> slowConnection(server.port(), silent, deadline, slowOpened),
                            "slow-" + i);
                    t.setDaemon(true);
                    slowThreads.add(t);
                }
                slowThreads.forEach(Thread::start);
                if (slowConnections > 0) {
                    Thread.sleep(1_000);
                }
                long t0 = System.nanoTime();
                threads.forEach(Thread::start);
                done.await();
                for (Thread t : slowThreads) {
                    t.join(5_000);
                }
                if (slowConnections > 0) {
                    log.println(slowConnections + " slow connections kept open; " + slowOpened.get()
                            + " opened in all (the server closed the others)");
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                errorKinds.forEach((k, n) -> log.println(n + " × " + k));
                return new Result(stats, seconds, reloads.get(), reloadFailures.get(), List.copyOf(errorSamples));
            } finally {
                server.stop();
            }
        }
    }

    private static void request(HttpClient http, String endpoint, String name, String query, QueryStats stats,
                                ConcurrentLinkedQueue<String> samples, Map<String, AtomicLong> kinds) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            double ms = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() == 200 && r.body().contains("\"bindings\"")) {
                stats.millis.add(ms);
            } else {
                stats.errors.incrementAndGet();
                kinds.computeIfAbsent(name + ": HTTP " + r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                sample(samples, name + ": HTTP " + r.statusCode() + " " + oneLine(r.body()));
            }
        } catch (IOException e) {
            stats.errors.incrementAndGet();
            kinds.computeIfAbsent(name + ": " + e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
            sample(samples, name + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A slow (trickling) or silent connection, opened again whenever the server closes it, until the deadline. */
    private static void slowConnection(int port, boolean silent, long deadline, AtomicLong opened) {
        while (System.nanoTime() < deadline) {
            try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
                opened.incrementAndGet();
                s.setSoTimeout(500);
                java.io.OutputStream out = s.getOutputStream();
                if (!silent) {
                    out.write(("POST /kg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                            + "Content-Length: 1000000\r\n\r\nASK").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                while (System.nanoTime() < deadline) {
                    if (!silent) {
                        out.write(' ');
                        out.flush();
                    }
                    try {
                        if (s.getInputStream().read() < 0) {
                            break; // closed by the server
                        }
                        break; // an answer (408): the server ended it
                    } catch (java.net.SocketTimeoutException e) {
                        // still open: trickle on
                    }
                }
            } catch (IOException e) {
                // closed by the server: open another
            }
        }
    }

    private static void sample(ConcurrentLinkedQueue<String> samples, String s) {
        if (samples.size() < 10) {
            samples.add(s);
        }
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
