package org.iraqkg.mention;

import org.iraqkg.lexicon.EntityType;
import org.iraqkg.text.Span;

/**
 * A span of text that names an actor or a place.
 *
 * @param span       original offsets of the name (without proclitics such as و، ب، ل)
 * @param text       the exact original text of the span
 * @param firstToken first token of the name
 * @param endToken   token after the name
 * @param type       the kind of entity the context says it is
 * @param key        the lexicon key when the name is a known actor or place, else {@code null}
 * @param name       the name to identify an entity not in the lexicon (its words, cleaned), else {@code null}
 * @param gender     'm', 'f' or 0 when unknown (from a title's form)
 * @param country    key of the country a title or adjective ties the entity to ("العراقي"), or {@code null}
 * @param confidence how sure the detector is, 0..1
 * @param detector   which rule found it
 */
public record Mention(Span span, String text, int firstToken, int endToken, EntityType type, String key,
                      String name, char gender, String country, double confidence, String detector) {

    public boolean isKnown() {
        return key != null;
    }

    public Mention withType(EntityType t) {
        return new Mention(span, text, firstToken, endToken, t, key, name, gender, country, confidence, detector);
    }

    public Mention withKey(String k, EntityType t) {
        return new Mention(span, text, firstToken, endToken, t, k, null, gender, country, confidence, detector);
    }
}
