package org.iraqkg.pipeline;

import java.time.LocalDate;
import java.util.List;

import org.iraqkg.document.NewsDocument;
import org.iraqkg.entity.Entities;
import org.iraqkg.entity.EntityResolver;
import org.iraqkg.event.EventExtractor;
import org.iraqkg.event.Events;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.mention.MentionDetector;
import org.iraqkg.mention.Mentions;
import org.iraqkg.statement.Statement;
import org.iraqkg.statement.StatementExtractor;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.time.DocumentTime;
import org.iraqkg.time.TimeTagger;

/**
 * The order of the stages, and nothing else: text (folding, tokens, sentences) → time (date expressions and
 * the document's reference date) → mentions → entities (which need the date for role holders) → statements
 * → events (which use statements for the agent of announced actions). Each stage is a function of the
 * results before it; a {@code Pipeline} is immutable and safe to share between threads.
 */
public final class Pipeline {
    private final Lexicon lexicon;
    private final TimeTagger time;
    private final MentionDetector mentions;
    private final EntityResolver entities;
    private final StatementExtractor statements;
    private final EventExtractor events;

    public Pipeline(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.time = new TimeTagger(lexicon);
        this.mentions = new MentionDetector(lexicon);
        this.entities = new EntityResolver(lexicon);
        this.statements = new StatementExtractor(lexicon);
        this.events = new EventExtractor(lexicon);
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /**
     * Where the headline the text opens with ends (an original index), or -1: the document's title, or a
     * first line of its own without final punctuation followed by more text.
     */
    static int headlineEnd(NewsDocument doc, TextAnalysis text) {
        String t = doc.text();
        int lead = t.length() - t.stripLeading().length();
        int nl = t.indexOf('\n', lead);
        if (!doc.title().isBlank() && t.stripLeading().startsWith(doc.title().strip())) {
            return lead + doc.title().strip().length();
        }
        if (text.sentences().size() < 2 || nl < 0) {
            return -1;
        }
        String line = t.substring(lead, nl).strip();
        char last = line.isEmpty() ? '.' : line.charAt(line.length() - 1);
        boolean shortLine = line.split("\\s+").length <= 25;
        return ".!?؟…".indexOf(last) < 0 && shortLine && nl + 1 < t.length() ? nl : -1;
    }

    /** Runs every stage over one document. */
    public Analysis analyze(NewsDocument doc) {
        return analyze(doc, null);
    }

    /**
     * Runs every stage over one document, telling {@code rejected} (when not null) of the reporting verbs that
     * gave no statement and why: for {@code kg explain}.
     */
    public Analysis analyze(NewsDocument doc, List<StatementExtractor.Rejection> rejected) {
        TextAnalysis text = TextAnalysis.of(doc.text());
        DocumentTime dt = time.analyze(text, doc.publishedDate());
        Mentions ms = mentions.detect(text);
        LocalDate day = dt.approximateDay();
        Entities es = entities.resolve(text, ms, day);
        List<Statement> sts = statements.extract(text, ms, es, dt, rejected);
        Events evs = events.extract(text, ms, es, dt, sts, headlineEnd(doc, text));
        return new Analysis(doc, text, dt, es, sts, evs);
    }
}
