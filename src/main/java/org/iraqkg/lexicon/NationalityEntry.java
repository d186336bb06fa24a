package org.iraqkg.lexicon;

/** A nationality adjective ("العراقي", "الأمريكية") and the country it refers to, with its gender. */
public record NationalityEntry(String adjective, String country, char gender) {}
