package org.iraqkg.statement;

import static org.iraqkg.statement.StatementLexicon.isActor;
import static org.iraqkg.statement.StatementLexicon.isAny;

import java.util.List;
import java.util.Map;

import org.iraqkg.entity.Entities;
import org.iraqkg.entity.EntityMention;
import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.Sentence;
import org.iraqkg.text.Span;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.text.Token;
import org.iraqkg.time.DocumentTime;

/**
 * A sentence with no reporting verb attributed by a relay phrase (cue kind relay: "وفقا لـ", "بحسب", "نقلا
 * عن"): "…، وفق البنتاغون", "وبحسب البيان، …", "…، وفق ما أعلنته البعثة". The actor or described source after
 * the phrase is the speaker of the rest of the sentence.
 */
final class AttributionPhrases {
    private final StatementLexicon words;
    private final UnnamedSources unnamedSources;

    AttributionPhrases(StatementLexicon words, UnnamedSources unnamedSources) {
        this.words = words;
        this.unnamedSources = unnamedSources;
    }

    /** The statement a relay phrase of sentence {@code s} attributes, or null. */
    Statement find(TextAnalysis text, Entities entities, DocumentTime time, Sentence s, Quotations quotes,
                   Speakers.Last lastWritten, Map<String, UnnamedSource> sources) {
        List<Token> tokens = text.tokens();
        for (Match<String> rel : words.cues.find("relay", tokens, s.firstToken(), s.endToken())) {
            if (quotes.inQuote(rel.first())) {
                continue;
            }
            int k = rel.end();
            // "وفق ما أعلنته البعثة …", "بحسب ما أوردت وكالة …", "وفقا لما نقلته …": "ما" and its verb
            if (k + 1 < s.endToken() && isAny(tokens.get(k), "ما", "لما") && tokens.get(k + 1).isWord()
                    && entities.atToken(k + 1) == null) {
                k += 2;
            }
            String speaker = null;
            Span speakerSpan = null;
            UnnamedSource described = null;
            int after = k;
            EntityMention em = k < s.endToken() ? entities.atToken(k) : null;
            if (em != null && em.firstToken() == k && isActor(entities, em)) {
                speaker = em.entityId();
                speakerSpan = em.span();
                after = em.endToken();
            } else if (k < s.endToken() && words.unnamedSource(tokens, k, s.endToken())) {
                // "…، وفق المصدر ذاته": the source described before
                UnnamedSources.Described d = unnamedSources.describe(text, entities, time, quotes, k, s.endToken(),
                        sources);
                if (d != null) {
                    described = d.source();
                    speaker = Speakers.SOURCE + described.key();
                    speakerSpan = d.span();
                    after = d.end();
                }
            } else if (k < s.endToken() && words.statementNouns.contains(tokens.get(k).folded()) && lastWritten != null
                    && lastWritten.sentence() >= s.index() - 4) {
                speaker = lastWritten.speakerId();
                after = k + 1;
            }
            if (speaker == null) {
                continue;
            }
            int begin;
            int end;
            if (rel.first() <= s.firstToken() + 1) {
                // "وبحسب البيان، ستنتقل العلاقة …"
                begin = after;
                while (begin < s.endToken() && tokens.get(begin).isPunct("،,")) {
                    begin++;
                }
                end = s.endToken();
            } else if (tokens.get(rel.first() - 1).isPunct("،,")) {
                // "تعرضت القوات … لأكثر من مئة هجوم، وفق البنتاغون"
                begin = s.firstToken();
                end = rel.first() - 1;
                int tail = after;
                while (tail < s.endToken() && (tokens.get(tail).isPunct("،,.") || isAny(tokens.get(tail), "ذاته",
                        "نفسه", "نفسها", "ذاتها"))) {
                    tail++;
                }
                // more may follow the source: when it was said ("اليوم (الأحد)") or where ("على حسابها …")
                if (tail < s.endToken() && !tokens.get(tail - 1).isPunct("،,") && !startsCircumstance(tokens, time, tail)) {
                    continue;
                }
            } else {
                continue;
            }
            while (end > begin && tokens.get(end - 1).isPunct(".،,؛;:")) {
                end--;
            }
            if (end - begin < 3) {
                continue;
            }
            Span span = new Span(tokens.get(begin).begin(), tokens.get(end - 1).end());
            return new Statement(span, text.text(span), false, described != null ? null : speaker, speakerSpan, null,
                    null, s.span(), null, null, null, null, null, List.of(), 0.6, "statement.Attribution", described);
        }
        return null;
    }

    /** Words after a source that say when or where it said it: a time word, "في", "على", "عبر", "خلال". */
    private static boolean startsCircumstance(List<Token> tokens, DocumentTime time, int k) {
        return StatementDates.at(time, k) != null || isAny(tokens.get(k), "في", "على", "عبر", "خلال", "اليوم", "أمس")
                || tokens.get(k).isPunct("(");
    }
}
