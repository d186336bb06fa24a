package org.iraqkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.iraqkg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kg query}: runs a SPARQL query over the store (the default graph is the union of all graphs). */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query (a .rq file or the query text) over the store and print the results.",
            "SELECT/ASK: csv (W3C SPARQL 1.1 CSV), tsv, json, xml or table. CONSTRUCT/DESCRIBE: Turtle "
                + "(or N-Triples with --format nt, JSON-LD with --format jsonld)."})
public final class QueryCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "csv, tsv, json, xml, table (default: ${DEFAULT-VALUE}); for graphs: ttl, nt, jsonld.")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
            description = "Stop the query after this many seconds (0: no limit).")
    double timeout;

    @Option(names = "--explain",
            description = "Print the query's plan (Jena's optimized algebra) instead of running it: 'sequence' and "
                + "'conditional' look values up per row, 'join' and 'leftjoin' evaluate both sides whole.")
    boolean explain;

    @Parameters(paramLabel = "QUERY", description = "A file of SPARQL (e.g. queries/events.rq) or the query text.")
    String query;

    @Override
    public Integer call() throws IOException {
        common.applyLogging();
        String text = query;
        Path p = Path.of(query.length() < 4096 && !query.contains("\n") ? query : ".");
        if (!query.contains("{") && Files.isRegularFile(p)) {
            text = Files.readString(p, StandardCharsets.UTF_8);
        } else if (!query.contains("{") && !query.contains(" ")) {
            throw new UserException("no such query file: " + query);
        }
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new UserException("SPARQL syntax error: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (explain) {
            System.out.print(Algebra.optimize(Algebra.compile(q)));
            System.out.flush();
            return 0;
        }
        common.requireExisting();
        ServedStore served = common.served();
        OutputStream out = System.out;
        if (served != null) {
            System.err.println("kg: the store is served by " + served.describe() + "; querying through it");
            var b = QueryExecutionHTTP.service(served.sparqlUrl()).query(q);
            if (timeout > 0) {
                b.timeout((long) (timeout * 1000), TimeUnit.MILLISECONDS);
            }
            try (QueryExecution qe = b.build()) {
                run(q, qe, out);
            } catch (QueryExceptionHTTP e) {
                throw new UserException(served.describe() + " answered: " + oneLine(e), 1);
            } catch (HttpException e) {
                throw new UserException("cannot reach " + served.describe() + ": " + e.getMessage(), 1);
            }
            out.flush();
            return 0;
        }
        try (KgStore store = common.openExisting()) {
            Txn.executeRead(store.datasetGraph(), () -> {
                var b = QueryExecution.dataset(store.dataset()).query(q);
                if (timeout > 0) {
                    b.timeout((long) (timeout * 1000));
                }
                try (QueryExecution qe = b.build()) {
                    run(q, qe, out);
                }
            });
            out.flush();
        }
        return 0;
    }

    /** "HTTP 400 Bad Request: …", the first line of what the server said. */
    private static String oneLine(QueryExceptionHTTP e) {
        String detail = e.getResponse() == null || e.getResponse().isBlank() ? e.getMessage() : e.getResponse();
        String first = detail == null ? "" : detail.strip().lines().findFirst().orElse("");
        return (e.getStatusCode() > 0 ? "HTTP " + e.getStatusCode() + " " : "") + first;
    }

    private void run(Query q, QueryExecution qe, OutputStream out) {
        if (q.isSelectType()) {
            writeSelect(qe.execSelect(), out);
        } else if (q.isAskType()) {
            boolean r = qe.execAsk();
            switch (format) {
                case "csv" -> ResultSetMgr.write(out, r, ResultSetLang.RS_CSV);
                case "tsv" -> ResultSetMgr.write(out, r, ResultSetLang.RS_TSV);
                case "json" -> ResultSetMgr.write(out, r, ResultSetLang.RS_JSON);
                case "xml" -> ResultSetMgr.write(out, r, ResultSetLang.RS_XML);
                default -> System.out.println(r);
            }
        } else {
            Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            Lang lang = switch (format) {
                case "nt" -> Lang.NTRIPLES;
                case "jsonld" -> Lang.JSONLD;
                case "xml", "rdfxml" -> Lang.RDFXML;
                default -> Lang.TURTLE;
            };
            RDFDataMgr.write(out, m, lang);
        }
    }

    private void writeSelect(ResultSet rs, OutputStream out) {
        switch (format) {
            case "csv" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            case "tsv" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
            case "json" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
            case "xml" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_XML);
            case "table" -> ResultSetFormatter.out(out, rs);
            default -> throw new UserException("unknown --format " + format + " (csv, tsv, json, xml, table)");
        }
    }
}
