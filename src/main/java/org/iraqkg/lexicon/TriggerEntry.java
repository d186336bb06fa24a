package org.iraqkg.lexicon;

/**
 * An event trigger of {@code event-triggers.tsv}: words that name an event of an ontology class with a
 * CAMEO code.
 *
 * @param phrase     the words, as written (matched after folding, with clitics and pronoun suffixes)
 * @param eventClass ontology class of the event ({@code AirStrike}, {@code NegotiationRound}, ...)
 * @param cameo      CAMEO code, as a string ("195")
 * @param planned    true when the words themselves announce a future event
 * @param verb       true for a verb form (its subject is the agent); false for a noun
 */
public record TriggerEntry(String phrase, String eventClass, String cameo, boolean planned, boolean verb) {}
