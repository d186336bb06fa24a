package org.iraqkg.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.iraqkg.text.ArabicFolding;

import com.ibm.icu.text.Transliterator;

/**
 * Stable ids for entities found in the text: a readable Latin transliteration of the folded name and a
 * short hash of it, so spelling variants that fold alike share an id and different names never collide.
 */
public final class EntityIds {
    private static final Transliterator LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower()");

    private EntityIds() {}

    /** The folded form that identifies a name: folded, article-insensitive spacing, no punctuation. */
    public static String normalizedName(String name) {
        return ArabicFolding.foldString(name).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The id of a name not in the lexicon. */
    public static String forName(String name) {
        String norm = normalizedName(name);
        String slug;
        synchronized (LATIN) {
            slug = LATIN.transliterate(norm);
        }
        slug = slug.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return "n-" + (slug.isEmpty() ? "x" : slug) + "-" + sha1(norm).substring(0, 8);
    }

    /** A readable transliteration of an Arabic name, for a Latin label. */
    public static String transliterate(String name) {
        synchronized (LATIN) {
            String t = LATIN.transliterate(name.strip());
            return t.isEmpty() ? name : Character.toUpperCase(t.charAt(0)) + t.substring(1);
        }
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
