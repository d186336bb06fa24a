package org.iraqkg.mention;

import org.iraqkg.lexicon.TitleEntry;
import org.iraqkg.text.Span;

/**
 * A title phrase: "رئيس الوزراء العراقي", "المتحدث باسم وزارة الخارجية", "السفيرة الأمريكية في بغداد",
 * "المسؤول الأمريكي". It may introduce a name ({@code person}) or stand alone for a person the reader
 * knows ("وأوضح رئيس الوزراء العراقي أن …").
 *
 * @param span       original offsets of the whole title phrase
 * @param text       its text
 * @param firstToken first token
 * @param endToken   token after the phrase
 * @param title      the lexicon title at its head
 * @param country    key of the country of the nationality adjective or place in the phrase, or {@code null}
 * @param orgKey     lexicon key of an organisation in the phrase ("للتحالف الدولي"), or {@code null}
 * @param gender     'm', 'f' or 0
 * @param person     the name mention the title introduces, or {@code null} when it stands alone
 */
public record TitleMention(Span span, String text, int firstToken, int endToken, TitleEntry title, String country,
                           String orgKey, char gender, Mention person) {

    public TitleMention withPerson(Mention p) {
        return new TitleMention(span, text, firstToken, endToken, title, country, orgKey, gender, p);
    }
}
