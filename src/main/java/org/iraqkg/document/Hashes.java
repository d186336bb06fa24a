package org.iraqkg.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes of document text (one digest instance per call). */
public final class Hashes {
    private Hashes() {}

    public static String sha256Hex(String text) {
        return digest("SHA-256", text);
    }

    public static String sha1Hex(String text) {
        return digest("SHA-1", text);
    }

    private static String digest(String algorithm, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }
}
