package org.iraqkg.mention;

import org.iraqkg.text.Span;

/** A nationality adjective in the text ("الأمريكي" in "القصف الأمريكي") and the country it refers to. */
public record NationalityMention(Span span, int token, String country) {}
