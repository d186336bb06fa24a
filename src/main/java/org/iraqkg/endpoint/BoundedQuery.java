package org.iraqkg.endpoint;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki's SPARQL query handler with the public endpoint's two safety limits.
 * <ul>
 * <li><b>Timeout</b>: the server's query timeout is put into the request's ARQ context as
 * {@link ARQ#queryTimeout} (an overall timeout, in milliseconds) just before the query execution is
 * built. The context is a per-request copy, so neither the store's nor Fuseki's global context changes.
 * Fuseki lets a client lower it with the {@code timeout} request parameter, never raise it. When it
 * fires, ARQ cancels the execution and Fuseki answers 503 (if no results have been sent yet).</li>
 * <li><b>Result limit</b>: a SELECT, CONSTRUCT or DESCRIBE-with-WHERE query whose top-level
 * {@code LIMIT} is absent or larger than the limit is executed with {@code LIMIT limit}; the client's
 * own smaller limit and any {@code OFFSET} are kept. For CONSTRUCT and DESCRIBE the limit counts
 * solutions of the WHERE clause. ASK is not affected, nor are aggregates computed inside the query
 * (a {@code COUNT(*)} still counts everything).</li>
 * </ul>
 * A GET or HEAD without a {@code query} parameter whose {@code Accept} header names an RDF type (Turtle,
 * JSON-LD, N-Triples, RDF/XML) is answered with the SPARQL 1.1 Service Description of the endpoint instead
 * of an error; every other request is Fuseki's.
 */
final class BoundedQuery extends SPARQL_QueryDataset {
    private static final Logger LOG = LoggerFactory.getLogger(BoundedQuery.class);

    private final long timeoutMillis;
    private final long resultLimit;
    private final DatasetDescription description;

    /** {@code timeoutMillis} or {@code resultLimit} of 0 means none; {@code description} may be null. */
    BoundedQuery(long timeoutMillis, long resultLimit, DatasetDescription description) {
        this.timeoutMillis = timeoutMillis;
        this.resultLimit = resultLimit;
        this.description = description;
    }

    @Override
    public void execGet(HttpAction action) {
        if (!serviceDescription(action, false)) {
            onDeepStack(action, super::execGet);
        }
    }

    @Override
    public void execPost(HttpAction action) {
        onDeepStack(action, super::execPost);
    }

    /**
     * Stack of the thread a query runs on. ARQ evaluates some operators recursively (a property path
     * closure takes stack frames per step): on a request thread's default stack a path over a chain of
     * 10,000 links overflows, and Jetty's connection may be left unusable. The stack is reserved, not
     * committed: a query uses only what it needs.
     */
    static final long QUERY_STACK_BYTES = 256L << 20;

    /**
     * Runs {@code body} on a new thread with a deep stack and waits for it; an error there is thrown here, so
     * Fuseki answers it as it would on its own thread.
     */
    private static void onDeepStack(HttpAction action, java.util.function.Consumer<HttpAction> body) {
        java.util.concurrent.atomic.AtomicReference<Throwable> failure =
                new java.util.concurrent.atomic.AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                body.accept(action);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "kg-query-" + action.id, QUERY_STACK_BYTES);
        t.setDaemon(true);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                t.interrupt();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error err) {
            throw err;
        }
        if (f != null) {
            throw new IllegalStateException(f);
        }
    }

    @Override
    public void execHead(HttpAction action) {
        if (!serviceDescription(action, true)) {
            super.execHead(action);
        }
    }

    /** Answers with the service description when the request asks for it; false when it does not. */
    private boolean serviceDescription(HttpAction action, boolean head) {
        if (description == null || action.getRequestParameter(HttpNames.paramQuery) != null) {
            return false;
        }
        Representation rep = Negotiation.choose(action.getRequestHeader(HttpNames.hAccept), Representation.RDF,
                true);
        if (rep == null) {
            return false;
        }
        byte[] body = RdfBytes.write(description.serviceDescription(), rep, description.contextUrl());
        HttpServletResponse resp = action.getResponse();
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(rep.contentType);
        resp.setHeader("Vary", "Accept");
        resp.setContentLength(body.length);
        if (!head) {
            try {
                resp.getOutputStream().write(body);
            } catch (IOException e) {
                LOG.debug("[{}] service description not sent: {}", action.id, e.toString());
            }
        }
        LOG.debug("[{}] service description ({})", action.id, rep.mediaType);
        return true;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query toRun = decided.getRight() == null ? query : decided.getRight();
        Query limited = withLimit(toRun, resultLimit);
        if (limited != toRun && LOG.isDebugEnabled()) {
            LOG.debug("[{}] result limit {} applied", action.id, resultLimit);
        }
        return Pair.create(decided.getLeft(), limited);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        if (timeoutMillis > 0) {
            action.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
        }
        return super.createQueryExec(action, query, dataset);
    }

    /**
     * {@code query} itself when it needs no change, else a copy whose top-level LIMIT is {@code max}.
     * {@code max} of 0 or less means no limit.
     */
    static Query withLimit(Query query, long max) {
        if (max <= 0) {
            return query;
        }
        boolean applies = query.isSelectType() || query.isConstructType()
                || (query.isDescribeType() && query.getQueryPattern() != null);
        if (!applies) {
            return query;
        }
        if (query.getLimit() != Query.NOLIMIT && query.getLimit() <= max) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(max);
        return copy;
    }
}
