package org.iraqkg.endpoint;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the tests: loopback only, no proxy, HTTP/1.1, UTF-8 bodies. */
final class TestHttp {
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private TestHttp() {}

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT);
    }

    /**
     * Sends {@code request}, once more on a fresh connection if the pooled one turned out closed: Jetty
     * closes a keep-alive connection after an error response to a request whose body it did not read, and
     * the JDK client may already have put that connection back in its pool (it does not retry a POST).
     */
    static HttpResponse<String> send(HttpRequest request) {
        try {
            try {
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (!closedConnection(e)) {
                    throw e;
                }
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new AssertionError("HTTP " + request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static boolean closedConnection(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.EOFException
                    || String.valueOf(t.getMessage()).contains("received no bytes")) {
                return true;
            }
        }
        return false;
    }

    static HttpResponse<String> get(String url) {
        return send(request(url).GET().build());
    }

    static HttpResponse<String> get(String url, String accept) {
        return send(request(url).header("Accept", accept).GET().build());
    }

    /** GET {@code endpoint?query=...}. */
    static HttpResponse<String> query(String endpoint, String sparql, String accept) {
        return get(endpoint + "?query=" + enc(sparql), accept);
    }

    static HttpResponse<String> post(String url, String contentType, String body) {
        return post(url, contentType, body, null);
    }

    static HttpResponse<String> postAccept(String url, String contentType, String body, String accept) {
        return send(request(url).header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    static HttpResponse<String> post(String url, String contentType, String body, String authorization) {
        HttpRequest.Builder b = request(url).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return send(b.build());
    }

    static HttpResponse<String> put(String url, String contentType, String body, String authorization) {
        HttpRequest.Builder b = request(url).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return send(b.build());
    }

    static HttpResponse<String> delete(String url) {
        return send(request(url).DELETE().build());
    }

    static String basic(String user, String password) {
        String token = user + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
