package org.iraqkg.endpoint;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.web.HttpSC;
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
 * (a {@code COUNT(*)} still counts everything). When the limit was put on a query, the answer says whether it
 * cut it: {@code X-KG-Result-Truncated: true|false} and {@code X-KG-Result-Limit: N} (and a log line when it
 * did).</li>
 * <li><b>Size</b>: a query text longer than {@link Limits#maxQueryChars} is refused with 413 before it is
 * parsed, and a query with more than {@link Limits#maxTriplePatterns} triple patterns (counted in every
 * group, subquery and {@code EXISTS}) with 400 before it is optimised: ARQ's parser and optimiser do not
 * check the timeout, and take time that grows with the square of the size.</li>
 * <li><b>Deadline and memory</b> ({@link QueryGuard}): the timeout is counted from the request's arrival and
 * is enforced by cancelling the query even while ARQ builds its plan; the running query that allocated the
 * most is stopped when the heap is nearly full. ORDER BY and DISTINCT keep at most
 * {@link Limits#spillThreshold} rows in memory and spill the rest to temporary files
 * ({@link ARQ#spillToDiskThreshold}).</li>
 * <li><b>Federation</b> ({@link Federation}): {@code SERVICE} is refused unless its host is allowed.</li>
 * </ul>
 * A GET or HEAD without a {@code query} parameter whose {@code Accept} header names an RDF type (Turtle,
 * JSON-LD, N-Triples, RDF/XML) is answered with the SPARQL 1.1 Service Description of the endpoint instead
 * of an error, and one that asks for HTML (a browser) with a short help page linking to the query page;
 * every other request is Fuseki's.
 */
final class BoundedQuery extends SPARQL_QueryDataset {
    private static final Logger LOG = LoggerFactory.getLogger(BoundedQuery.class);

    /**
     * The limits of a query. {@code timeoutMillis}, {@code resultLimit}, {@code maxQueryChars},
     * {@code maxTriplePatterns} or {@code spillThreshold} of 0 means none.
     */
    record Limits(long timeoutMillis, long resultLimit, int maxQueryChars, int maxTriplePatterns,
                  long spillThreshold, Federation federation) {
        Limits {
            federation = federation == null ? Federation.OFF : federation;
        }

        /** Only a timeout and a result limit (the other limits off, federation off). */
        static Limits of(long timeoutMillis, long resultLimit) {
            return new Limits(timeoutMillis, resultLimit, 0, 0, 0, Federation.OFF);
        }
    }

    /** Response header saying {@code true} when the result limit cut the answer. */
    static final String TRUNCATED_HEADER = "X-KG-Result-Truncated";
    /** Response header giving the result limit applied to the query, when it was applied. */
    static final String LIMIT_HEADER = "X-KG-Result-Limit";

    /** Longest GROUP_CONCAT result (characters). */
    static final int GROUP_CONCAT_MAX_CHARS = 10_000_000;

    private final Limits limits;
    private final long timeoutMillis;
    private final long resultLimit;
    private final DatasetDescription description;
    private final QueryGuard guard;

    /** The path of the query page linked from the help page, or null. */
    private final String queryPage;

    /** {@code description} and {@code guard} may be null. */
    BoundedQuery(Limits limits, DatasetDescription description, QueryGuard guard) {
        this(limits, description, guard, null);
    }

    /** {@code description}, {@code guard} and {@code queryPage} (the query page's path, for the help page) may be null. */
    BoundedQuery(Limits limits, DatasetDescription description, QueryGuard guard, String queryPage) {
        this.queryPage = queryPage;
        this.limits = limits;
        this.timeoutMillis = limits.timeoutMillis();
        this.resultLimit = limits.resultLimit();
        this.description = description;
        this.guard = guard;
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

    @Override
    protected void execute(String queryString, HttpAction action) {
        int max = limits.maxQueryChars();
        if (max > 0 && queryString != null && queryString.length() > max) {
            ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, "The query has " + queryString.length()
                    + " characters; this endpoint takes at most " + max);
        }
        super.execute(queryString, action);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        int max = limits.maxTriplePatterns();
        if (max > 0) {
            int n = triplePatterns(query);
            if (n > max) {
                ServletOps.errorBadRequest("The query has " + n + " triple patterns; this endpoint takes at most "
                        + max);
            }
        }
    }

    /** The triple and path patterns of {@code query}: in every group, subquery, EXISTS and NOT EXISTS. */
    static int triplePatterns(Query query) {
        AtomicInteger count = new AtomicInteger();
        countIn(query, count);
        return count.get();
    }

    private static void countIn(Query query, AtomicInteger count) {
        if (query.getQueryPattern() != null) {
            countIn(query.getQueryPattern(), count);
        }
        if (query.getProject() != null) {
            query.getProject().getExprs().values().forEach(e -> countIn(e, count));
        }
        if (query.getHavingExprs() != null) {
            query.getHavingExprs().forEach(e -> countIn(e, count));
        }
        if (query.getOrderBy() != null) {
            query.getOrderBy().forEach(c -> countIn(c.getExpression(), count));
        }
    }

    private static void countIn(Element element, AtomicInteger count) {
        ElementWalker.walk(element, new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock el) {
                count.addAndGet(el.getPattern().size());
            }

            @Override
            public void visit(ElementTriplesBlock el) {
                count.addAndGet(el.getPattern().size());
            }

            @Override
            public void visit(ElementSubQuery el) {
                countIn(el.getQuery(), count);
            }

            @Override
            public void visit(ElementFilter el) {
                countIn(el.getExpr(), count);
            }

            @Override
            public void visit(ElementBind el) {
                countIn(el.getExpr(), count);
            }
        });
    }

    private static void countIn(Expr expr, AtomicInteger count) {
        if (expr == null) {
            return;
        }
        Walker.walk(expr, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp op) {
                if (op.getElement() != null) {
                    countIn(op.getElement(), count);
                }
            }
        });
    }

    /** The request's timeout: the server's, or the client's {@code timeout} parameter when it is lower. */
    private long effectiveTimeout(HttpAction action) {
        long t = timeoutMillis;
        String param = action.getRequestParameter("timeout");
        if (param != null) {
            try {
                Pair<Long, Long> p = Timeouts.parseTimeoutStr(param, TimeUnit.SECONDS);
                long overall = p == null ? -1 : Math.max(p.getLeft(), p.getRight());
                if (overall > 0 && (t <= 0 || overall < t)) {
                    t = overall;
                }
            } catch (RuntimeException e) {
                // Fuseki reports a bad parameter itself.
            }
        }
        return t;
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
    private void onDeepStack(HttpAction action, java.util.function.Consumer<HttpAction> body) {
        java.util.concurrent.atomic.AtomicReference<Throwable> failure =
                new java.util.concurrent.atomic.AtomicReference<>();
        // This request's own cancel signal: ARQ's query execution uses the one it finds in the context.
        AtomicBoolean cancel = new AtomicBoolean(false);
        Context cxt = action.getContext();
        if (cxt != null) {
            cxt.set(ARQConstants.symCancelQuery, cancel);
        }
        Thread t = new Thread(null, () -> {
            try {
                body.accept(action);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "kg-query-" + action.id, QUERY_STACK_BYTES);
        t.setDaemon(true);
        QueryGuard.Running running = guard == null ? null : guard.start(t, cancel, effectiveTimeout(action));
        try {
            t.start();
            join(t);
        } finally {
            if (running != null) {
                guard.end(running);
            }
        }
        Throwable f = failure.get();
        if (f instanceof QueryCancelledException && running != null
                && running.stopped() == QueryGuard.Reason.MEMORY) {
            throw new ActionErrorException(HttpSC.SERVICE_UNAVAILABLE_503,
                    "Query stopped: it needed too much memory", null);
        }
        if (f != null && fromIo(f)) {
            // A body that did not arrive (client gone, too slow): one line, not Fuseki's stack trace.
            org.eclipse.jetty.http.BadMessageException bad = badMessage(f);
            int status = bad != null ? bad.getCode() : HttpSC.BAD_REQUEST_400;
            LOG.warn("[{}] request aborted ({}): {}", action.id, status, oneLine(f));
            throw new ActionErrorException(status, "Request body not received", null);
        }
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

    private static boolean fromIo(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof IOException || c instanceof org.apache.jena.atlas.RuntimeIOException
                    || c instanceof java.util.concurrent.TimeoutException
                    || c instanceof org.eclipse.jetty.http.BadMessageException) {
                return true;
            }
        }
        return false;
    }

    private static org.eclipse.jetty.http.BadMessageException badMessage(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof org.eclipse.jetty.http.BadMessageException b) {
                return b;
            }
        }
        return null;
    }

    /** The innermost message of {@code t}, on one line. */
    static String oneLine(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        return m.replaceAll("\\s+", " ");
    }

    private static void join(Thread t) {
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
        String accept = action.getRequestHeader(HttpNames.hAccept);
        Representation rep = Negotiation.choose(accept, Representation.RDF, true);
        if (rep == null) {
            if (Negotiation.choose(accept, List.of(Representation.HTML), true) == null) {
                return false;
            }
            send(action, head, "text/html; charset=utf-8", helpPage(action.getRequest().getRequestURI()));
            LOG.debug("[{}] help page", action.id);
            return true;
        }
        byte[] body = RdfBytes.write(description.serviceDescription(), rep);
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

    private static void send(HttpAction action, boolean head, String contentType, byte[] body) {
        HttpServletResponse resp = action.getResponse();
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(contentType);
        resp.setHeader("Vary", "Accept");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", LinkedDataServlet.CONTENT_SECURITY_POLICY);
        resp.setContentLength(body.length);
        if (!head) {
            try {
                resp.getOutputStream().write(body);
            } catch (IOException e) {
                LOG.debug("[{}] page not sent: {}", action.id, e.toString());
            }
        }
    }

    /** The page a browser gets at the endpoint without a query: what the endpoint is and how to use it. */
    private byte[] helpPage(String path) {
        Html h = new Html("SPARQL endpoint · نقطة استعلام SPARQL", List.of());
        h.raw("<header>\n<h1>نقطة استعلام SPARQL</h1>\n<p class=\"en\" lang=\"en\" dir=\"ltr\">SPARQL endpoint</p>\n")
                .raw("<p class=\"iri\" dir=\"ltr\"><code>").esc(path).raw("</code></p>\n</header>\n<main>\n");
        h.raw("<p>هذه نقطة استعلام SPARQL 1.1 للرسم البياني المعرفي. أرسل الاستعلام في المعامل <code>query</code>"
                + " (GET أو POST)، واختر صيغة النتائج بالترويسة <code>Accept</code> أو بالمعامل <code>format</code>.</p>\n");
        h.raw("<p lang=\"en\" dir=\"ltr\">This is the SPARQL 1.1 query endpoint of the knowledge graph. Send a query"
                + " as the <code>query</code> parameter (GET, or POST as a form or <code>application/sparql-query</code>);"
                + " choose the result format with <code>Accept</code> or <code>?format=json|xml|csv|tsv</code>. The default"
                + " graph is the union of the named graphs.</p>\n<ul>\n");
        if (queryPage != null) {
            h.raw("<li>").link(queryPage, "صفحة الاستعلامات · Query page").raw(" <span class=\"muted\" lang=\"en\""
                    + " dir=\"ltr\">(the query library: edit, run, download CSV)</span></li>\n");
        }
        h.raw("<li>").link("/", "واجهة Fuseki · Fuseki UI").raw("</li>\n");
        h.raw("<li>").link("/service-description", "وصف الخدمة · Service description").raw("</li>\n");
        h.raw("<li>").link("?query=" + java.net.URLEncoder.encode(
                "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n) LIMIT 20",
                java.nio.charset.StandardCharsets.UTF_8), "مثال · Example: the 20 largest classes").raw("</li>\n</ul>\n");
        h.raw("<pre dir=\"ltr\"><code>curl -s ").esc(path)
                .raw(" -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 10'</code></pre>\n");
        h.raw("</main>\n");
        return h.finish(path).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** In a request's context: the result limit this endpoint put on its query (a Long). */
    private static final org.apache.jena.sparql.util.Symbol LIMITED =
            org.apache.jena.sparql.util.Symbol.create("urn:iraq-kg:resultLimitApplied");
    /** In a request's context: the dataset its query runs on. */
    private static final org.apache.jena.sparql.util.Symbol DATASET =
            org.apache.jena.sparql.util.Symbol.create("urn:iraq-kg:dataset");

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query toRun = decided.getRight() == null ? query : decided.getRight();
        Query limited = withLimit(toRun, resultLimit);
        if (limited != toRun) {
            LOG.debug("[{}] result limit {} applied", action.id, resultLimit);
            action.getContext().set(LIMITED, resultLimit);
            action.getContext().set(DATASET, decided.getLeft());
            if (limited.isSelectType()) {
                // one row more than the limit, to tell whether the limit cut the answer
                limited.setLimit(resultLimit + 1);
            }
        }
        return Pair.create(decided.getLeft(), limited);
    }

    /**
     * Fuseki's execution, then, for a query the result limit was put on, whether the limit cut its answer: said in
     * the {@value #TRUNCATED_HEADER} ({@code true} or {@code false}) and {@value #LIMIT_HEADER} response headers,
     * and logged. A SELECT runs with one row more than the limit, whose rows up to the limit are read before the
     * answer is sent (the headers go first); a CONSTRUCT or DESCRIBE is followed by a query for one solution of
     * its pattern past the limit.
     */
    @Override
    protected org.apache.jena.sparql.exec.QueryExecResult executeQuery(HttpAction action, QueryExec queryExec,
            Query query, String queryStringLog) {
        org.apache.jena.sparql.exec.QueryExecResult result = super.executeQuery(action, queryExec, query,
                queryStringLog);
        Object mark = action.getContext().get(LIMITED);
        if (!(mark instanceof Long max)) {
            return result;
        }
        boolean truncated;
        if (result.isRowSet()) {
            org.apache.jena.sparql.exec.RowSet rows = result.rowSet();
            List<org.apache.jena.sparql.engine.binding.Binding> kept = new java.util.ArrayList<>();
            while (kept.size() <= max && rows.hasNext()) {
                kept.add(rows.next());
            }
            truncated = kept.size() > max;
            if (truncated) {
                kept.remove(kept.size() - 1);
            }
            result = new org.apache.jena.sparql.exec.QueryExecResult(
                    org.apache.jena.sparql.exec.RowSetStream.create(rows.getResultVars(), kept.iterator()));
        } else {
            truncated = morePastLimit(action, query, max);
        }
        HttpServletResponse resp = action.getResponse();
        resp.setHeader(TRUNCATED_HEADER, Boolean.toString(truncated));
        resp.setHeader(LIMIT_HEADER, Long.toString(max));
        if (truncated) {
            LOG.info("[{}] result cut at the limit of {} rows ({}: true)", action.id, max, TRUNCATED_HEADER);
        }
        return result;
    }

    /** True when the pattern of a CONSTRUCT or DESCRIBE {@code query} (with LIMIT max) has a solution past it. */
    private static boolean morePastLimit(HttpAction action, Query query, long max) {
        if (!(action.getContext().get(DATASET) instanceof DatasetGraph dsg)) {
            return false;
        }
        try {
            Query probe = query.cloneQuery();
            probe.setQuerySelectType();
            probe.setQueryResultStar(true);
            probe.setOffset(Math.max(0, query.getOffset() == Query.NOLIMIT ? 0 : query.getOffset()) + max);
            probe.setLimit(1);
            probe.resetResultVars();
            try (QueryExec qe = QueryExec.dataset(dsg).query(probe).context(action.getContext()).build()) {
                return qe.select().hasNext();
            }
        } catch (QueryCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.debug("[{}] cannot tell whether the result was cut: {}", action.id, oneLine(e));
            return false;
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Context cxt = action.getContext();
        if (timeoutMillis > 0) {
            cxt.set(ARQ.queryTimeout, Long.toString(timeoutMillis));
        }
        if (limits.spillThreshold() > 0) {
            cxt.set(ARQ.spillToDiskThreshold, limits.spillThreshold());
        }
        limits.federation().apply(cxt, effectiveTimeout(action));
        GroupConcatCap.apply(cxt, GROUP_CONCAT_MAX_CHARS);
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
