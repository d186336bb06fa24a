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
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Query latency over HTTP for bench/run.sh: every .rq file of a directory is sent to a SPARQL endpoint (GET,
 * JSON results). First a warm-up, as a server that has been up for a while: WARMUP rounds (default 5) through
 * all the queries in turn (a query that takes more than 2 s is warmed once only); then each query RUNS times
 * in a row (SLOW_RUNS times for the slow ones, default RUNS too: with 3 a run takes minutes instead of about
 * twenty, but its p95 of those is only the slowest of 3). Prints a TSV row per query
 * with rows, runs, median, p95 and max in milliseconds (time to the whole response body), and whether the
 * query is one the latency goal is for: it has a LIMIT, or a FILTER or VALUES on a speaker, an actor, an outlet, a
 * country, an event or a date. Run as a single-file program:
 * {@code java bench/QueryLatency.java http://127.0.0.1:3030/kg/sparql queries 20 5 20}
 * (endpoint, directory, RUNS, WARMUP, SLOW_RUNS).
 */
public class QueryLatency {
    public static void main(String[] args) throws Exception {
        String endpoint = args[0];
        Path dir = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .proxy(HttpClient.Builder.NO_PROXY).build();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int slowRuns = args.length > 4 ? Integer.parseInt(args[4]) : runs;
        List<String> queries = new ArrayList<>();
        List<HttpRequest> requests = new ArrayList<>();
        for (Path f : files) {
            String q = Files.readString(f, StandardCharsets.UTF_8);
            queries.add(q);
            requests.add(HttpRequest.newBuilder(URI.create(endpoint + "?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(120)).GET().build());
        }
        boolean[] slow = new boolean[files.size()];
        for (int round = 0; round < warmup; round++) {
            for (int i = 0; i < files.size(); i++) {
                if (slow[i]) {
                    continue;
                }
                long t0 = System.nanoTime();
                http.send(requests.get(i), HttpResponse.BodyHandlers.ofString());
                slow[i] = (System.nanoTime() - t0) / 1e6 > 2000;
            }
        }
        System.out.println("query\trows\tstatus\truns\tmedian_ms\tp95_ms\tmax_ms\tlimit_or_filter");
        for (int k = 0; k < files.size(); k++) {
            int status = 0;
            String body = "";
            int n = slow[k] ? Math.min(slowRuns, runs) : runs;
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(requests.get(k), HttpResponse.BodyHandlers.ofString());
                ms.add((System.nanoTime() - t0) / 1e6);
                status = r.statusCode();
                body = r.body();
            }
            Collections.sort(ms);
            int rows = body.split("\\{\\s*\"[^\"]+\"\\s*:\\s*\\{\\s*\"type\"", -1).length - 1;
            double median = ms.get(ms.size() / 2);
            double p95 = ms.get(Math.min(ms.size() - 1, (int) Math.ceil(0.95 * ms.size()) - 1));
            System.out.printf("%s\t%d\t%d\t%d\t%.1f\t%.1f\t%.1f\t%s%n", files.get(k).getFileName(), rows, status, n,
                    median, p95, ms.get(ms.size() - 1), bounded(queries.get(k)) ? "yes" : "no");
        }
    }

    /** Patterns that make a query one the goal is for: a LIMIT, or a FILTER or VALUES on these variables. */
    private static final Pattern LIMIT = Pattern.compile("\\bLIMIT\\s+\\d+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_SUBJECT = Pattern.compile(
            "(FILTER\\s*\\([^\\n]*|VALUES\\s*\\(?[^{]*)\\?(speaker|actor|outlet|country|event|date|published)\\b",
            Pattern.CASE_INSENSITIVE);

    static boolean bounded(String query) {
        String body = query.replaceAll("(?m)^\\s*#.*$", "");
        return LIMIT.matcher(body).find() || ON_SUBJECT.matcher(body).find();
    }
}
