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
import java.util.stream.Stream;

/**
 * Query latency over HTTP for bench/run.sh: every .rq file of a directory is sent to a SPARQL endpoint (GET,
 * JSON results) twice to warm up, then RUNS times (3 times when a warm-up run took more than 2 s, so that
 * slow queries do not take the whole run); prints a TSV row per query with rows, runs, median, p95 and max
 * in milliseconds (time to the whole response body). Run as a single-file program:
 * {@code java bench/QueryLatency.java http://127.0.0.1:3030/kg/sparql queries 20}.
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
        System.out.println("query\trows\tstatus\truns\tmedian_ms\tp95_ms\tmax_ms\tlimit_or_filter");
        for (Path f : files) {
            String q = Files.readString(f, StandardCharsets.UTF_8);
            HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(120)).GET().build();
            int status = 0;
            String body = "";
            double warm = 0;
            for (int i = 0; i < 2; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                warm = Math.max(warm, (System.nanoTime() - t0) / 1e6);
                status = r.statusCode();
                body = r.body();
                if (warm > 2000) {
                    break;
                }
            }
            int n = warm > 2000 ? Math.min(3, runs) : runs;
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                ms.add((System.nanoTime() - t0) / 1e6);
                status = r.statusCode();
                body = r.body();
            }
            Collections.sort(ms);
            int rows = body.split("\\{\\s*\"[^\"]+\"\\s*:\\s*\\{\\s*\"type\"", -1).length - 1;
            double median = ms.get(ms.size() / 2);
            double p95 = ms.get(Math.min(ms.size() - 1, (int) Math.ceil(0.95 * ms.size()) - 1));
            String upper = q.replaceAll("(?m)#.*$", "").toUpperCase();
            boolean bounded = upper.contains("LIMIT") || upper.contains("VALUES ?SPEAKER")
                    || upper.contains("FILTER") && (upper.contains("?DATE") || upper.contains("?SPEAKER"));
            System.out.printf("%s\t%d\t%d\t%d\t%.1f\t%.1f\t%.1f\t%s%n", f.getFileName(), rows, status, n, median, p95,
                    ms.get(ms.size() - 1), bounded ? "yes" : "no");
        }
    }
}
