package org.iraqkg.event;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.iraqkg.entity.Entities;
import org.iraqkg.entity.EntityResolver;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.lexicon.TriggerEntry;
import org.iraqkg.mention.MentionDetector;
import org.iraqkg.mention.Mentions;
import org.iraqkg.statement.Statement;
import org.iraqkg.statement.StatementExtractor;
import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.Sentence;
import org.iraqkg.text.SentenceSplitter;
import org.iraqkg.text.Span;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.text.Token;
import org.iraqkg.time.DocumentTime;
import org.iraqkg.time.TimeTagger;

/**
 * What the unit tests of the event parts share: the project's lexicon, and a text run through the stages before
 * events (text, time, mentions, entities, statements) as the pipeline runs them, published on 2024-01-20.
 */
final class EventFixture {
    static final Lexicon LEXICON = Lexicon.load(Path.of(System.getProperty("kg.project.dir", "."), "data", "lexicon"));
    static final EventLexicon WORDS = new EventLexicon(LEXICON);
    private static final TimeTagger TIME = new TimeTagger(LEXICON);
    private static final MentionDetector MENTIONS = new MentionDetector(LEXICON);
    private static final EntityResolver ENTITIES = new EntityResolver(LEXICON);
    private static final StatementExtractor STATEMENTS = new StatementExtractor(LEXICON);

    private EventFixture() {}

    /** A text with the results of the stages before events. */
    record Doc(TextAnalysis text, DocumentTime time, Mentions mentions, Entities entities,
               List<Statement> statements) {
        List<Token> tokens() {
            return text.tokens();
        }

        Sentence sentence() {
            return text.sentences().get(0);
        }

        int[] clauses() {
            return Triggers.clauseNumbers(tokens(), sentence());
        }

        List<Span> pieces() {
            return SentenceSplitter.clauses(text.text());
        }

        /** The index of the first token written {@code word}. */
        int token(String word) {
            for (int i = 0; i < tokens().size(); i++) {
                if (tokens().get(i).text().equals(word)) {
                    return i;
                }
            }
            throw new AssertionError("no token " + word + " in " + text.text());
        }

        /** The trigger match of the first sentence whose first token is written {@code word}. */
        Match<TriggerEntry> trigger(String word) {
            int k = token(word);
            for (Match<TriggerEntry> m : new Triggers(WORDS).find(tokens(), sentence().firstToken(),
                    sentence().endToken())) {
                if (m.first() == k) {
                    return m;
                }
            }
            throw new AssertionError("no trigger at " + word + " in " + text.text());
        }

        /** The candidate of the trigger at {@code word}, as the trigger rule makes it (no headline). */
        Candidate candidate(String word) {
            return new Triggers(WORDS).candidate(text, trigger(word), sentence(), clauses(), pieces(), -1);
        }

        /** A bare candidate of class {@code cls} on tokens [first, end) (no rule but the caller's). */
        Candidate candidate(int first, int end, String cls) {
            return new Triggers(WORDS).candidate(text, first, end, cls, "19", "", sentence(), clauses(), pieces());
        }
    }

    static Doc analyze(String text) {
        TextAnalysis t = TextAnalysis.of(text);
        DocumentTime dt = TIME.analyze(t, LocalDate.parse("2024-01-20"));
        Mentions ms = MENTIONS.detect(t);
        Entities es = ENTITIES.resolve(t, ms, dt.approximateDay());
        return new Doc(t, dt, ms, es, STATEMENTS.extract(t, ms, es, dt));
    }

    /** A candidate made by hand, for the parts that only read its fields. */
    static Candidate candidate(String cls, String rule) {
        Candidate c = new Candidate();
        c.eventClass = cls;
        c.cameo = "19";
        c.extractor = rule;
        return c;
    }
}
