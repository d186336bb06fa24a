package org.iraqkg.event;

import org.iraqkg.text.Span;

/**
 * One place where the text states an event.
 *
 * @param trigger      span of the words that name the event
 * @param triggerText  those words
 * @param evidence     span of the sentence that states it
 * @param evidenceText that sentence
 */
public record EventMention(Span trigger, String triggerText, Span evidence, String evidenceText) {}
