package org.iraqkg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.iraqkg.document.DocumentReader;
import org.iraqkg.document.DocumentSink;
import org.iraqkg.document.InputProblem;
import org.iraqkg.document.NewsDocument;
import org.iraqkg.entity.Entity;
import org.iraqkg.entity.EntityMention;
import org.iraqkg.event.Event;
import org.iraqkg.event.EventMention;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.pipeline.Analysis;
import org.iraqkg.pipeline.Pipeline;
import org.iraqkg.statement.Statement;
import org.iraqkg.statement.StatementExtractor.Rejection;
import org.iraqkg.text.Sentence;
import org.iraqkg.time.DateValue;
import org.iraqkg.time.TimeExpression;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kg explain}: runs the extraction over one document without storing anything and prints, sentence by
 * sentence, what came out (entities, dates, statements, events), which rule made each, and which reporting
 * verbs gave no statement and why.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain the extraction of one document, sentence by sentence: the entities and dates found,"
            + " the statements and events that came out and the rule that made each, and the reporting verbs that "
            + "gave no statement with the reason. Nothing is stored.",
            "FILE is a .txt/.html article or a .jsonl(.gz) file; with a JSONL file, --id picks the record "
                + "(default: the first)."})
public final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "An article, or a JSONL file of records.")
    Path file;

    @Option(names = "--id", paramLabel = "ID", description = "The record id of a JSONL file (default: the first record).")
    String id;

    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "Lexicon directory (default: data/lexicon of the project, else the copy in the jar).")
    Path lexicon;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces on errors.")
    boolean verbose;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new UserException("no such file: " + file);
        }
        NewsDocument doc = find();
        Lexicon lex = LoadCommand.loadLexicon(lexicon);
        List<Rejection> rejected = new ArrayList<>();
        Analysis a = new Pipeline(lex).analyze(doc, rejected);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        print(a, rejected, out);
        out.flush();
        return 0;
    }

    private NewsDocument find() {
        List<NewsDocument> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new DocumentReader().read(file, new DocumentSink() {
            @Override
            public void document(NewsDocument d) {
                if (id == null ? docs.isEmpty() : d.id().equals(id) || d.fileName().equals(id)) {
                    docs.add(d);
                }
            }

            @Override
            public void problem(InputProblem p) {
                problems.add(p.toString());
            }
        });
        if (docs.isEmpty()) {
            throw new UserException(id == null ? "no readable document in " + file
                    + (problems.isEmpty() ? "" : ": " + problems.get(0)) : "no record with id " + id + " in " + file);
        }
        return docs.get(0);
    }

    /** The report: a header, then each sentence with what was found in it. */
    static void print(Analysis a, List<Rejection> rejected, PrintStream out) {
        NewsDocument d = a.document();
        out.println("document " + d.id() + (d.published().isEmpty() ? "" : "  published " + d.published())
                + "  reference date " + (a.time().reference() == null ? "none" : a.time().reference().iso()));
        String text = a.text().text();
        for (Sentence s : a.text().sentences()) {
            out.println();
            out.println("[" + s.index() + "] " + s.span().begin() + "-" + s.span().end() + "  "
                    + text.substring(s.span().begin(), s.span().end()).replace('\n', ' '));
            List<String> ents = new ArrayList<>();
            for (EntityMention em : a.entities().between(s.firstToken(), s.endToken())) {
                Entity e = a.entities().get(em.entityId());
                ents.add(em.text() + " -> " + em.entityId() + (e == null ? "" : " (" + e.type()
                        + (e.known() ? "" : ", from context") + ")"));
            }
            if (!ents.isEmpty()) {
                out.println("  entities:   " + String.join("; ", ents));
            }
            List<String> dates = new ArrayList<>();
            for (TimeExpression te : a.time().between(s.firstToken(), s.endToken())) {
                dates.add(te.text() + " -> " + iso(te.value()));
            }
            if (!dates.isEmpty()) {
                out.println("  dates:      " + String.join("; ", dates));
            }
            for (Statement st : a.statements()) {
                if (s.span().contains(st.span())) {
                    String who = st.speakerId() != null || st.source() == null ? st.speakerId()
                            : "unnamed source «" + st.source().description() + "»"
                            + (st.source().affiliation() == null ? "" : " of " + st.source().affiliation());
                    out.println("  statement:  " + st.extractor() + "  speaker " + who
                            + (st.verb() == null ? "" : "  verb " + st.verb()) + "  " + (st.direct() ? "direct" : "reported")
                            + "  date " + iso(st.date()) + (st.dateText() == null ? " (publication)" : " (" + st.dateText() + ")"));
                    out.println("              «" + st.quote().replace('\n', ' ') + "»");
                }
            }
            for (Rejection r : rejected) {
                if (s.span().contains(r.verbSpan())) {
                    out.println("  no statement from '" + r.verb() + "' at " + r.verbSpan().begin() + ": " + r.reason());
                }
            }
            for (Event e : a.events().events()) {
                for (EventMention m : e.mentions()) {
                    if (s.span().contains(m.trigger())) {
                        out.println("  event:      " + e.extractor() + "  " + e.eventClass() + " cameo " + e.cameo()
                                + "  " + e.status().name().toLowerCase() + "  trigger '" + m.triggerText() + "'"
                                + "  date " + iso(e.date()) + (e.locations().isEmpty() ? "" : "  at " + e.locations())
                                + (e.agents().isEmpty() ? "" : "  agents " + e.agents())
                                + (e.targets().isEmpty() ? "" : "  targets " + e.targets())
                                + (m == e.first() ? "" : "  (a further mention of the event)"));
                    }
                }
            }
        }
    }

    private static String iso(DateValue d) {
        return d == null ? "none" : d.iso();
    }
}
