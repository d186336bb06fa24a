package org.iraqkg.statement;

import java.util.List;

import org.iraqkg.text.Span;
import org.iraqkg.time.DateValue;

/**
 * Something an actor said: a direct quotation or reported speech, with its speaker and circumstances.
 *
 * @param span          original offsets of the quoted or reported words
 * @param quote         those words, verbatim
 * @param direct        true for a direct quotation, false for reported speech
 * @param speakerId     the entity who said it, or {@code null} when the text does not say who
 * @param speakerSpan   the span naming the speaker (a name, a title), or {@code null} (carried over)
 * @param verb          the reporting verb as written ("وأضافت", "مشيرًا")
 * @param verbSpan      its span
 * @param sentence      the sentence span
 * @param date          when it was said, or {@code null}
 * @param dateText      the date expression, or {@code null}
 * @param channel       interview, televised, written, press, social, or {@code null}
 * @param outletId      the outlet of an interview or broadcast ("في مقابلة مع رويترز"), or {@code null}
 * @param relayId       the outlet or source that relayed it ("حسبما ذكرت وكالة الأنباء العراقية"), or {@code null}
 * @param about         entities the statement is about (mentioned in its words)
 * @param confidence    0..1
 * @param extractor     the rule that produced it
 * @param source        the unnamed source that said it ("مصدر عسكري"), when {@code speakerId} is {@code null}
 * @param denial        true when the speaker denies the words ("نفى", "نافيا"): they are not the speaker's claim
 */
public record Statement(Span span, String quote, boolean direct, String speakerId, Span speakerSpan, String verb,
                        Span verbSpan, Span sentence, DateValue date, String dateText, String channel,
                        String outletId, String relayId, List<String> about, double confidence, String extractor,
                        UnnamedSource source, boolean denial) {

    public Statement {
        about = List.copyOf(about);
    }

    /** A statement of a named speaker, or of none. */
    public Statement(Span span, String quote, boolean direct, String speakerId, Span speakerSpan, String verb,
                     Span verbSpan, Span sentence, DateValue date, String dateText, String channel, String outletId,
                     String relayId, List<String> about, double confidence, String extractor) {
        this(span, quote, direct, speakerId, speakerSpan, verb, verbSpan, sentence, date, dateText, channel, outletId,
                relayId, about, confidence, extractor, null, false);
    }

    /** A statement of a named speaker or of a described source, not a denial. */
    public Statement(Span span, String quote, boolean direct, String speakerId, Span speakerSpan, String verb,
                     Span verbSpan, Span sentence, DateValue date, String dateText, String channel, String outletId,
                     String relayId, List<String> about, double confidence, String extractor, UnnamedSource source) {
        this(span, quote, direct, speakerId, speakerSpan, verb, verbSpan, sentence, date, dateText, channel, outletId,
                relayId, about, confidence, extractor, source, false);
    }

    /** The same statement with other words (a claim cut from a longer quotation). */
    public Statement withWords(Span newSpan, String newQuote) {
        return new Statement(newSpan, newQuote, direct, speakerId, speakerSpan, verb, verbSpan, sentence, date,
                dateText, channel, outletId, relayId, about, confidence, extractor, source, denial);
    }

    /** The same statement said on {@code when}. */
    public Statement withDate(DateValue when, String text) {
        return new Statement(span, quote, direct, speakerId, speakerSpan, verb, verbSpan, sentence, when, text,
                channel, outletId, relayId, about, confidence, extractor, source, denial);
    }
}
