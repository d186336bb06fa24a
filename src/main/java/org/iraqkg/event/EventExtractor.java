package org.iraqkg.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iraqkg.entity.Entities;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.lexicon.TriggerEntry;
import org.iraqkg.mention.Mentions;
import org.iraqkg.statement.Statement;
import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.Sentence;
import org.iraqkg.text.SentenceSplitter;
import org.iraqkg.text.Span;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.text.Token;
import org.iraqkg.time.DocumentTime;

/**
 * Extracts events by trigger words ({@code event-triggers.tsv}) and negotiation rounds ("الجولة الثالثة من
 * المفاوضات"), with their arguments by role (agent, target, location, participants, claimed by, killed and
 * wounded), date, and status (planned: "ستكون خلال الأسبوعين المقبلين"; negated: "نافيا حدوث اتفاق").
 * Intended actions ("سارعت … لاستئناف المفاوضات"), habitual ones ("لا يزال يشن هجمات") and cessations
 * ("توقفها عن استهداف") are not events. Mentions of the same event in a document are merged: rounds with the
 * same ordinal, and later mentions that refer back ("هذا الاستهداف", "الضربة") or share a target or place.
 * Rounds are linked into negotiation tracks keyed by their parties. This class only runs the parts over a
 * document's sentences, in order:
 * <ul>
 *   <li>{@link Triggers}: trigger words, their mentions and clauses, weapons that make an attack specific;</li>
 *   <li>{@link Modality}: whether a trigger tells of an event, and whether it is planned or negated;</li>
 *   <li>{@link References}: whether a noun refers back to an event named before;</li>
 *   <li>{@link NegotiationRounds} and {@link Signings}: events that are no trigger word;</li>
 *   <li>{@link EventDates}: when each event happened, also relative to another event;</li>
 *   <li>{@link Roles} and {@link Casualties}: agents, targets, participants, places, claimants, killed and
 *       wounded;</li>
 *   <li>{@link Places}: the place a sentence gives for an event around its trigger;</li>
 *   <li>{@link Merging}: mentions of one event into one, within a clause and across the document;</li>
 *   <li>{@link NegotiationTracks}: rounds into tracks.</li>
 * </ul>
 * Every event keeps the id of the rule that found it ({@link Event#extractor()}).
 */
public final class EventExtractor {
    private final Triggers triggers;
    private final Modality modality;
    private final NegotiationRounds rounds;
    private final Signings signings;
    private final EventDates dates;
    private final Roles roles;
    private final Casualties casualties;
    private final Merging merging;

    public EventExtractor(Lexicon lexicon) {
        EventLexicon words = new EventLexicon(lexicon);
        this.triggers = new Triggers(words);
        this.modality = new Modality(words);
        this.rounds = new NegotiationRounds(words, triggers, modality);
        this.signings = new Signings(words, triggers);
        this.dates = new EventDates(words);
        this.roles = new Roles(words);
        this.casualties = new Casualties(words);
        this.merging = new Merging(new Places(words));
    }

    /** Extracts the events of a document. */
    public Events extract(TextAnalysis text, Mentions mentions, Entities entities, DocumentTime time,
                          List<Statement> statements) {
        return extract(text, mentions, entities, time, statements, -1);
    }

    /**
     * Extracts the events of a document; sentences that end by {@code headlineEnd} (an original index, -1
     * when there is no headline) are the headline, whose events are the ones the body tells in full ("…
     * واعتقال المنفذين" in a headline is the body's arrest).
     */
    public Events extract(TextAnalysis text, Mentions mentions, Entities entities, DocumentTime time,
                          List<Statement> statements, int headlineEnd) {
        List<Token> tokens = text.tokens();
        List<Candidate> found = new ArrayList<>();
        List<Span> evidencePieces = SentenceSplitter.clauses(text.text());
        for (Sentence s : text.sentences()) {
            int[] clauses = Triggers.clauseNumbers(tokens, s);
            List<Candidate> here = new ArrayList<>();
            for (Match<TriggerEntry> m : triggers.find(tokens, s.firstToken(), s.endToken())) {
                Candidate c = triggers.candidate(text, m, s, clauses, evidencePieces, headlineEnd);
                if (!modality.keep(tokens, c, m, s)) {
                    continue;
                }
                dates.relation(tokens, c, s);
                References.describe(tokens, c, m, s);
                triggers.weapon(tokens, c, s);
                here.add(c);
            }
            here.addAll(rounds.find(text, s, clauses, evidencePieces));
            here.addAll(signings.find(text, s, clauses, evidencePieces, Triggers.tokensTaken(here)));
            here.sort((x, y) -> Integer.compare(x.firstToken, y.firstToken));
            EventDates.markAfterEventOwners(here, time, s.firstToken(), s.endToken());
            Roles.markRelatives(here);
            // same-family triggers of one clause are one event ("قصف صاروخي … الضربة")
            List<Candidate> merged = new ArrayList<>();
            for (int i = 0; i < here.size(); i++) {
                Candidate c = here.get(i);
                EventDates.anchor(tokens, time, c, s);
                roles.assign(text, mentions, entities, statements, c, s);
                casualties.count(tokens, c, s);
                if (c.locations.isEmpty()) {
                    // the sentence's locative between the events before and after this one
                    int from = i > 0 ? here.get(i - 1).endToken : s.firstToken();
                    int to = i + 1 < here.size() ? here.get(i + 1).firstToken : s.endToken();
                    Places.locativeOfTheSentence(text, entities, c, s, Math.min(from, c.firstToken),
                            Math.max(to, c.endToken));
                }
                merging.intoSentence(merged, c, tokens);
            }
            EventDates.withinSentence(merged);
            found.addAll(merged);
        }
        EventDates.afterPrevious(found);
        List<Candidate> events = merging.acrossDocument(found);
        Map<String, NegotiationTrack> tracks = NegotiationTracks.of(events, entities);
        List<Event> out = new ArrayList<>();
        for (Candidate c : events) {
            out.add(c.toEvent());
        }
        return new Events(out, new ArrayList<>(tracks.values()));
    }
}
