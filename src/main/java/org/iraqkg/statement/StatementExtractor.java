package org.iraqkg.statement;

import static org.iraqkg.statement.StatementLexicon.span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iraqkg.entity.Entities;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.lexicon.ReportingVerb;
import org.iraqkg.mention.Mentions;
import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.Sentence;
import org.iraqkg.text.Span;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.text.Token;
import org.iraqkg.time.DocumentTime;

/**
 * Extracts statements: direct quotations in "…" «…» “…” and reported speech (أن/إن clauses, or the object
 * of "أعلن"/"أكد"/"نفى"), introduced by a reporting verb in any form, and sentences a relay phrase attributes
 * ("…، وفقا لـ X"). This class only runs the rule families over a document's sentences, in order, keeping what
 * one sentence tells the next (the last speaker, the last communiqué, the described sources):
 * <ul>
 *   <li>{@link Quotations}: the quotations of a sentence;</li>
 *   <li>{@link ReportingClauses}: verb, subject, circumstances and words of a reporting clause;</li>
 *   <li>{@link Speakers}: the speaker of a clause that does not name one;</li>
 *   <li>{@link UnnamedSources}: sources described but not named ("مصدر عسكري");</li>
 *   <li>{@link AttributionPhrases}: attribution after or before the claim ("وفقا لـ", "بحسب");</li>
 *   <li>{@link Claims}: one statement per claim of a long quotation;</li>
 *   <li>{@link StatementDates}: when each statement was made.</li>
 * </ul>
 * Every statement keeps the id of the rule that made it.
 */
public final class StatementExtractor {
    private final StatementLexicon words;
    private final ReportingClauses clauses;
    private final AttributionPhrases attributions;

    public StatementExtractor(Lexicon lexicon) {
        this.words = new StatementLexicon(lexicon);
        UnnamedSources unnamed = new UnnamedSources(words);
        this.clauses = new ReportingClauses(words, new Speakers(words), unnamed, new StatementDates(words));
        this.attributions = new AttributionPhrases(words, unnamed);
    }

    /**
     * A reporting verb that gave no statement, and why: for {@code kg explain}.
     *
     * @param verbSpan the verb's span
     * @param verb     the verb as written
     * @param reason   why no statement came of it
     */
    public record Rejection(Span verbSpan, String verb, String reason) {}

    public List<Statement> extract(TextAnalysis text, Mentions mentions, Entities entities, DocumentTime time) {
        return extract(text, mentions, entities, time, null);
    }

    /** As {@link #extract(TextAnalysis, Mentions, Entities, DocumentTime)}, telling {@code rejected} of verbs that gave nothing. */
    public List<Statement> extract(TextAnalysis text, Mentions mentions, Entities entities, DocumentTime time,
                                   List<Rejection> rejected) {
        List<Statement> out = new ArrayList<>();
        List<Token> tokens = text.tokens();
        Speakers.Last last = null;
        Speakers.Last lastWritten = null;
        List<Speakers.Last> recent = new ArrayList<>();
        Map<String, UnnamedSource> sources = new LinkedHashMap<>();
        for (Sentence s : text.sentences()) {
            int a = s.firstToken();
            int b = s.endToken();
            Quotations quotes = Quotations.of(tokens, a, b);
            Set<Integer> blocked = new HashSet<>();
            for (Match<String> r : words.cues.find("relay", tokens, a, b)) {
                for (int k = r.first(); k < r.end(); k++) {
                    blocked.add(k);
                }
            }
            String sentenceSpeaker = null;
            int before = out.size();
            Statement headed = clauses.colonStatement(text, mentions, entities, s, quotes);
            if (headed != null) {
                out.add(headed);
            }
            for (Match<ReportingVerb> vm : words.verbs.findAll(tokens, a, b)) {
                int v = vm.first();
                if (blocked.contains(v) || quotes.inQuote(v)) {
                    if (rejected != null) {
                        rejected.add(new Rejection(span(tokens, vm), tokens.get(v).text(),
                                quotes.inQuote(v) ? "inside a quotation" : "part of a relay phrase"));
                    }
                    continue;
                }
                ReportingClauses.Outcome outcome = new ReportingClauses.Outcome();
                Statement st = clauses.statement(text, mentions, entities, time, s, quotes, vm, vm.value(),
                        sentenceSpeaker, last, recent, outcome, lastWritten, sources);
                if (st == null) {
                    if (rejected != null) {
                        rejected.add(new Rejection(span(tokens, vm), tokens.get(v).text(), outcome.reason));
                    }
                    if (outcome.unnamed) {
                        sentenceSpeaker = Speakers.UNNAMED;
                        last = new Speakers.Last(Speakers.UNNAMED, s.index(), null, null);
                    }
                    continue;
                }
                if (sameWords(out, before, st)) {
                    if (rejected != null) {
                        rejected.add(new Rejection(span(tokens, vm), tokens.get(v).text(),
                                "the same words as the statement before"));
                    }
                    continue;
                }
                out.addAll(Claims.of(text, s, st));
                String who = st.speakerId() != null ? st.speakerId()
                        : st.source() != null ? Speakers.SOURCE + st.source().key() : null;
                if (who != null) {
                    sentenceSpeaker = who;
                    last = new Speakers.Last(who, s.index(), st.date(), st.dateText());
                    recent.removeIf(r -> r.speakerId().equals(who));
                    recent.add(last);
                    if ("written".equals(st.channel())) {
                        lastWritten = last;
                    }
                }
                // "إن "…"، وإن "…"": a second claim of the same speaker
                Statement more = Claims.second(text, quotes, st, s);
                if (more != null) {
                    out.add(more);
                }
            }
            if (out.size() == before) {
                Statement attributed = attributions.find(text, entities, time, s, quotes, lastWritten, sources);
                if (attributed != null) {
                    out.add(attributed);
                }
            }
        }
        return StatementDates.datedByPublication(out, time);
    }

    /** Whether a statement of this sentence (from index {@code from} of {@code out}) has the same words. */
    private static boolean sameWords(List<Statement> out, int from, Statement st) {
        for (int k = Math.max(0, from - 1); k < out.size(); k++) {
            Span o = out.get(k).span();
            if (o.equals(st.span()) || st.span().contains(o) && out.get(k).sentence().equals(st.sentence())
                    && o.begin() >= st.span().begin()) {
                return true;
            }
        }
        return false;
    }
}
