package org.iraqkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.lexicon.LexiconException;
import org.iraqkg.pipeline.LoadSummary;
import org.iraqkg.pipeline.Loader;
import org.iraqkg.pipeline.Pipeline;
import org.iraqkg.rdf.RdfMapper;
import org.iraqkg.store.BulkStoreSink;
import org.iraqkg.store.GraphSink;
import org.iraqkg.store.GspSink;
import org.iraqkg.store.KgStore;
import org.iraqkg.store.StoreSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kg load}: reads articles, extracts, and stores one named graph per document. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load Arabic news articles into the store: one named graph per document; loading a "
                + "document again replaces its graph.",
            "PATH is a .txt article (first line the headline; optional sidecar NAME.meta.json with url, "
                + "published, source, title), an .html page (loaded as its text), a .jsonl or .jsonl.gz file of "
                + "records {id, source, url, published, title, text}, or a directory of them (read recursively).",
            "While kg serve serves --db, the documents go through it (its Graph Store endpoint, which needs the server's "
                + "--update-password-file and --target-user/--target-password-file here)."},
        footer = {"", "Exit status: 0 when documents were loaded (bad inputs are reported and skipped), "
                + "1 when nothing could be loaded or --strict found a problem, 2 on a usage error."})
public final class LoadCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(LoadCommand.class);

    @Mixin
    CommonOptions common;

    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "Lexicon directory (default: data/lexicon of the project, else the copy in the jar).")
    Path lexicon;

    @Option(names = "--strict", description = "Exit with status 1 if any input was skipped.")
    boolean strict;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of "
            + "processors).")
    Integer threads;

    @Option(names = "--force", description = "Extract and write every document again, even those already "
            + "stored with the same text by the same extraction (by default they are skipped, so an interrupted "
            + "load resumes).")
    boolean force;

    @Option(names = "--max-chars", paramLabel = "N", description = "Skip (and report) articles whose text is "
            + "longer than N characters (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + Loader.Options.DEFAULT_MAX_CHARS)
    int maxChars;

    @Option(names = "--checkpoint", paramLabel = "N", description = "A new store is bulk-loaded: commit every N "
            + "documents (default: ${DEFAULT-VALUE}); a stopped load keeps what was committed and resumes after it.",
            defaultValue = "" + BulkStoreSink.DEFAULT_CHECKPOINT)
    int checkpoint;

    @Option(names = "--target", paramLabel = "URL", description = "Write each document's graph to this SPARQL "
            + "Graph Store Protocol endpoint (HTTP PUT ?graph=IRI) instead of the local store.")
    String target;

    @Option(names = "--target-user", paramLabel = "USER", description = "User for --target, or for the kg serve "
            + "that serves --db (HTTP Basic).")
    String targetUser;

    @Option(names = "--target-password-file", paramLabel = "FILE",
            description = "File whose first line is the password of --target-user.")
    Path targetPasswordFile;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Articles, JSONL files or directories.")
    List<Path> paths;

    @Override
    public Integer call() throws java.io.IOException {
        common.applyLogging();
        Lexicon lex = loadLexicon(lexicon);
        Loader.Options options = new Loader.Options(threads == null ? Loader.Options.defaults().threads()
                : Math.max(1, threads), Loader.Options.defaults().batchSize(), force, Math.max(1, maxChars));
        Loader.Progress progress = noProgress || System.console() == null ? logProgress() : bar();
        String target = this.target;
        ServedStore served = target == null && KgStore.exists(common.db) ? common.served() : null;
        if (served != null) {
            if (!served.updates()) {
                throw new UserException("the store " + common.db + " is served read-only by " + served.describe()
                        + ": stop it, load, and serve again, or restart it with --update-password-file FILE and load "
                        + "through it with --target-user USER --target-password-file FILE", 1);
            }
            if (targetUser == null || targetPasswordFile == null) {
                throw new UserException("the store " + common.db + " is served by " + served.describe()
                        + ": load through it with --target-user USER --target-password-file FILE (a user of its "
                        + "--update-password-file and a file holding that password), or stop the server first", 1);
            }
            System.err.println("kg: the store is served by " + served.describe()
                    + "; loading through its Graph Store endpoint " + served.dataUrl());
            target = served.dataUrl();
        }
        if (target != null) {
            String password = null;
            if (targetPasswordFile != null) {
                if (!Files.isReadable(targetPasswordFile)) {
                    throw new UserException("cannot read the password file " + targetPasswordFile);
                }
                password = Files.readAllLines(targetPasswordFile).stream().findFirst().orElse("").strip();
            }
            try (GspSink sink = new GspSink(target, targetUser, password)) {
                return finish(new Loader(new Pipeline(lex), new RdfMapper(common.iris()), sink,
                        p -> System.err.println((p.note() ? "kg: note: " : "kg: skipped ") + p), progress, options).load(paths));
            }
        }
        boolean fresh = !KgStore.exists(common.db);
        try (KgStore store = common.openOrCreate()) {
            GraphSink sink = fresh || store.isEmpty() ? new BulkStoreSink(store, Math.max(1, checkpoint))
                    : new StoreSink(store);
            LOG.debug("writing with {}", sink.getClass().getSimpleName());
            return finish(new Loader(new Pipeline(lex), new RdfMapper(common.iris()), sink,
                    p -> System.err.println((p.note() ? "kg: note: " : "kg: skipped ") + p), progress, options).load(paths));
        }
    }

    private int finish(LoadSummary s) {
        System.out.println(s.line());
        if (s.documents() == 0 && s.unchanged() == 0 && !s.skipped().isEmpty()
                || strict && !s.skipped().isEmpty()) {
            return 1;
        }
        return 0;
    }

    static Lexicon loadLexicon(Path dir) {
        try {
            if (dir != null) {
                return Lexicon.load(dir);
            }
            Path standard = CommonOptions.home().resolve("data").resolve("lexicon");
            return Files.isDirectory(standard) ? Lexicon.load(standard) : Lexicon.fromClasspath();
        } catch (LexiconException e) {
            throw new UserException("lexicon: " + e.getMessage());
        }
    }

    private static Loader.Progress bar() {
        return new Loader.Progress() {
            ProgressBar pb;

            @Override
            public void start(long totalBytes) {
                pb = new ProgressBarBuilder().setTaskName("Loading").setInitialMax(Math.max(1, totalBytes))
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1_000_000).showSpeed()
                        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
            }

            final long t0 = System.nanoTime();

            @Override
            public void step(long bytesDone, long documents) {
                pb.stepTo(bytesDone);
                double s = (System.nanoTime() - t0) / 1e9;
                pb.setExtraMessage(String.format("%d docs, %.1f docs/s", documents, s > 0 ? documents / s : 0.0));
            }

            @Override
            public void finish() {
                pb.close();
            }
        };
    }

    /**
     * The time left, from the share of the input read so far (", about 4 min left"), or "" before there is
     * enough to go by.
     */
    static String left(double elapsedSeconds, long bytesDone, long totalBytes) {
        if (bytesDone <= 0 || totalBytes <= 0 || elapsedSeconds <= 0) {
            return "";
        }
        double rest = elapsedSeconds * Math.max(0, totalBytes - bytesDone) / bytesDone;
        if (rest < 60) {
            return String.format(", about %d s left", Math.round(rest));
        }
        if (rest < 5400) {
            return String.format(", about %d min left", Math.round(rest / 60));
        }
        return String.format(", about %.1f h left", rest / 3600);
    }

    /** Without a terminal: a log line every 10 seconds with the rate and the time left. */
    private static Loader.Progress logProgress() {
        return new Loader.Progress() {
            long total;
            long t0;
            long lastLog;

            @Override
            public void start(long totalBytes) {
                total = totalBytes;
                t0 = System.nanoTime();
                lastLog = t0;
            }

            @Override
            public void step(long bytesDone, long documents) {
                long now = System.nanoTime();
                if (now - lastLog > 10_000_000_000L) {
                    lastLog = now;
                    double s = (now - t0) / 1e9;
                    LOG.info(String.format("%d documents, %.0f%% of input, %.1f docs/s%s", documents,
                            total == 0 ? 100.0 : 100.0 * bytesDone / total, documents / s, left(s, bytesDone, total)));
                }
            }

            @Override
            public void finish() {}
        };
    }
}
