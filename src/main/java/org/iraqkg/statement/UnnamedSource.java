package org.iraqkg.statement;

/**
 * A source the text describes but does not name: "مصدر عسكري", "مسؤول أمريكي", "مصادر أمنية عراقية", "مصدر
 * في وزارة الخارجية السورية". One per description and document: the same words later ("وقال المصدر") refer
 * back to it.
 *
 * @param key          the folded description, unique within the document
 * @param description  the words that describe it, verbatim ("مصدر في قوات البيشمركة")
 * @param head         the noun that opens it, as written without the article ("مصدر", "مسؤول", "مصادر")
 * @param affiliation  the entity it belongs to or speaks for (an institution, else a country), or {@code null}
 * @param plural       true for a group ("مصادر", "مسؤولون")
 */
public record UnnamedSource(String key, String description, String head, String affiliation, boolean plural) {}
