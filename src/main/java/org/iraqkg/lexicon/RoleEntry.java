package org.iraqkg.lexicon;

/**
 * A time-bounded role of {@code roles.tsv}: who held which position in which organisation or country,
 * from when to when (ISO dates, possibly reduced to a month or a year; an empty end means still held).
 */
public record RoleEntry(String holder, String position, String roleIn, String labelAr, String labelEn,
                        String start, String end) {}
