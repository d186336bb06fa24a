package org.iraqkg.endpoint;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.bulk.ChainingServiceExecutorBulk;
import org.apache.jena.sparql.service.bulk.ServiceExecutorBulk;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Which remote endpoints a query's {@code SERVICE} may call: none by default, else the http(s) URLs of the
 * hosts named (by {@code --federation-allow}). Set into each request's ARQ context with {@link #apply}:
 * {@link ARQ#httpServiceAllowed} (ARQ's own switch), and a copy of ARQ's service executor registry whose
 * first links check every call, after any variable is bound ({@code SERVICE ?u} with {@code VALUES}).
 * A refused call fails before any connection is made. A failing remote call is reported as "SERVICE call to
 * HOST failed (HTTP 500)", never with what the remote sent. Remote calls use their own HTTP client: no
 * redirects (a redirect could lead to a host not allowed), a connection timeout, and a request timeout no
 * longer than the query's.
 */
final class Federation {
    private final Set<String> hosts;
    private final HttpClient client;

    /** {@code hosts} may be empty (federation off); names are compared case-insensitively. */
    Federation(Collection<String> hosts) {
        Set<String> set = new TreeSet<>();
        for (String h : hosts) {
            String s = h.strip().toLowerCase(Locale.ROOT);
            if (s.startsWith("[") && s.endsWith("]")) {
                s = s.substring(1, s.length() - 1);
            }
            if (s.isEmpty() || s.contains("/") || s.contains(" ")) {
                throw new IllegalArgumentException("not a host name: '" + h + "'");
            }
            set.add(s);
        }
        this.hosts = Set.copyOf(set);
        this.client = this.hosts.isEmpty() ? null : HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    static final Federation OFF = new Federation(Set.of());

    boolean enabled() {
        return !hosts.isEmpty();
    }

    /** The allowed hosts, sorted. */
    Set<String> hosts() {
        return new TreeSet<>(hosts);
    }

    /** Sets up {@code cxt} (a request's own context) so that SERVICE obeys this policy. */
    void apply(Context cxt, long timeoutMillis) {
        cxt.set(ARQ.httpServiceAllowed, enabled());
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.chooseRegistry(cxt).copy();
        registry.addSingleLink(this::single);
        registry.addBulkLink(this::bulk);
        ServiceExecutorRegistry.set(cxt, registry);
        if (enabled()) {
            cxt.set(ARQ.httpQueryClient, client);
            if (timeoutMillis > 0) {
                cxt.set(ARQ.httpQueryTimeout, timeoutMillis);
            }
        }
    }

    private QueryIterator bulk(OpService op, QueryIterator input, ExecutionContext execCxt, ServiceExecutorBulk chain) {
        if (!enabled()) {
            throw denied();
        }
        if (op.getService().isURI()) {
            check(op.getService());
        }
        return chain.createExecution(op, input, execCxt);
    }

    private QueryIterator single(OpService opExecute, OpService opOriginal, Binding binding, ExecutionContext execCxt,
            ServiceExecutor chain) {
        String host = check(opExecute.getService());
        try {
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        } catch (QueryCancelledException | QueryDeniedException e) {
            throw e;
        } catch (QueryExceptionHTTP e) {
            int sc = e.getStatusCode();
            throw new QueryExceptionHTTP(502, "SERVICE call to " + host + " failed"
                    + (sc > 0 ? " (HTTP " + sc + ")" : " (no answer)"));
        } catch (RuntimeException e) {
            throw new QueryExceptionHTTP(502, "SERVICE call to " + host + " failed (not a SPARQL answer)");
        }
    }

    private static QueryDeniedException denied() {
        return new QueryDeniedException("SERVICE (federated query) is off on this endpoint");
    }

    /** The host of an allowed service IRI; else throws {@link QueryDeniedException}. */
    private String check(Node service) {
        if (!enabled()) {
            throw denied();
        }
        if (!service.isURI()) {
            throw new QueryDeniedException("SERVICE needs an IRI");
        }
        URI uri;
        try {
            uri = new URI(service.getURI());
        } catch (URISyntaxException e) {
            throw new QueryDeniedException("SERVICE: not a valid IRI");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawUserInfo() != null
                || !hosts.contains(host)) {
            throw new QueryDeniedException("SERVICE to this host is not allowed; allowed: " + String.join(", ", hosts));
        }
        return host;
    }
}
