package org.iraqkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.iraqkg.endpoint.KgServer;
import org.iraqkg.endpoint.KgServerException;
import org.iraqkg.pipeline.LoadSummary;
import org.iraqkg.pipeline.Loader;
import org.iraqkg.pipeline.Pipeline;
import org.iraqkg.rdf.RdfMapper;
import org.iraqkg.store.KgStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kg serve}: the SPARQL endpoint and web UI over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over SPARQL (/kg/sparql, /kg/query), Graph Store read (/kg/get) and the "
                + "Fuseki web UI. Read-only unless --update-password-file is given.",
            "While it runs, kg query, kg export and kg load on the same --db go through it (it writes its address "
                + "to kg-serve.properties in the store directory and removes it when it stops).",
            "When the store does not exist yet, the sample documents in data/documents are loaded first."})
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    CommonOptions common;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0: any).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all interfaces).")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}; 0: none).")
    long timeout;

    @Option(names = "--result-limit", paramLabel = "ROWS", defaultValue = "100000",
            description = "Most rows a query may return; an answer cut there has the header "
                    + "X-KG-Result-Truncated: true (default: ${DEFAULT-VALUE}; 0: no limit).")
    long resultLimit;

    @Option(names = "--federation-allow", paramLabel = "HOST", split = ",",
            description = "Hosts a query's SERVICE (and an update's LOAD) may fetch from, http/https, "
                    + "comma-separated. Default: none, federation is off and every SERVICE and LOAD is refused.")
    List<String> federationAllow = List.of();

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "10000000",
            description = "Largest request body; larger ones get 413 (default: ${DEFAULT-VALUE}; 0: no limit).")
    long maxBody;

    @Option(names = "--max-query-size", paramLabel = "CHARS", defaultValue = "100000",
            description = "Longest query text; longer ones get 413 before they are parsed "
                    + "(default: ${DEFAULT-VALUE}; 0: no limit).")
    int maxQueryChars;

    @Option(names = "--max-triple-patterns", paramLabel = "N", defaultValue = "1000",
            description = "Most triple patterns in a query; more get 400 before it is optimised "
                    + "(default: ${DEFAULT-VALUE}; 0: no limit).")
    int maxTriplePatterns;

    @Option(names = "--cors", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Read-only CORS (the default): pages of any origin may query and read linked data "
                    + "(no credentials); updates never get CORS. --no-cors turns it off.")
    boolean cors;

    @Option(names = "--write-origin", paramLabel = "ORIGIN", split = ",",
            description = "Other web origins (https://host[:port]) whose pages may send updates; by default a "
                    + "write whose Origin or Referer is not this server gets 403.")
    List<String> writeOrigins = List.of();

    @Option(names = "--update-password-file", paramLabel = "FILE",
            description = "Enable SPARQL Update (/kg/update) and Graph Store writes (/kg/data) for the users "
                    + "in FILE (lines \"user: password\"), with HTTP Basic authentication.")
    Path passwords;

    @Override
    public Integer call() throws InterruptedException {
        common.applyLogging();
        boolean fresh = !KgStore.exists(common.db);
        try (KgStore store = common.openOrCreate()) {
            if (fresh) {
                Path docs = CommonOptions.home().resolve("data").resolve("documents");
                if (Files.isDirectory(docs)) {
                    LOG.info("No store at {} yet: loading the sample documents in {}", common.db, docs);
                    Loader loader = new Loader(new Pipeline(LoadCommand.loadLexicon(null)),
                            new RdfMapper(common.iris()), store,
                            p -> System.err.println((p.note() ? "kg: note: " : "kg: skipped ") + p),
                            Loader.Progress.NONE);
                    LoadSummary s = loader.load(List.of(docs));
                    LOG.info(s.line());
                }
            }
            KgServer server;
            try {
                server = KgServer.create().store(store).base(common.iris().base()).host(host).port(port)
                        .queryTimeout(Duration.ofSeconds(timeout)).resultLimit(resultLimit).cors(cors)
                        .federationAllow(federationAllow).maxBody(maxBody).maxQueryChars(maxQueryChars)
                        .maxTriplePatterns(maxTriplePatterns).writeOrigins(writeOrigins)
                        .updatePasswordFile(passwords).build();
                server.start();
            } catch (KgServerException e) {
                throw new UserException(e.getMessage(), 1);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), 2);
            }
            Path db = common.db;
            try {
                ServedStore.write(db, server.datasetUrl(), server.updatesEnabled());
            } catch (java.io.IOException e) {
                LOG.warn("Cannot write {} into the store: kg query, export and load will not find this server ({})",
                        ServedStore.FILE, e.toString());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                ServedStore.remove(db);
                server.stop();
            }, "kg-serve-shutdown"));
            try {
                server.join();
            } finally {
                ServedStore.remove(db);
            }
        }
        return 0;
    }
}
