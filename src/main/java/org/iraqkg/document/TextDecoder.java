package org.iraqkg.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an article into text: UTF-8 (with or without a byte-order mark), UTF-16 with a
 * byte-order mark, or Arabic Windows-1256 when the bytes are not UTF-8 but read as Arabic in that code page.
 * Anything else is refused with a reason, never decoded into replacement characters.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    private TextDecoder() {}

    /** The decoded text and the encoding it was read in. */
    public record Decoded(String text, String encoding) {}

    /** Decodes {@code bytes}; throws {@link InputFormatException} with a one-line reason when it cannot. */
    public static Decoded decode(byte[] bytes) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            try {
                return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, 3, n - 3))
                        .toString(), "UTF-8 (BOM)");
            } catch (CharacterCodingException e) {
                throw new InputFormatException("not valid UTF-8 (invalid byte sequence at byte "
                        + firstInvalidUtf8(bytes, 3) + " after a UTF-8 byte-order mark)");
            }
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE (BOM)");
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE (BOM)");
        }
        int probe = Math.min(n, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new InputFormatException("binary data (NUL bytes), not a text article");
            }
        }
        try {
            return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
        } catch (CharacterCodingException e) {
            if (looksLikeWindows1256Arabic(bytes)) {
                return new Decoded(new String(bytes, WINDOWS_1256), "windows-1256");
            }
            throw new InputFormatException("not valid UTF-8 (invalid byte sequence at byte "
                    + firstInvalidUtf8(bytes) + ") and not Arabic Windows-1256; re-save the file as UTF-8");
        }
    }

    private static String strict(byte[] bytes, int offset, Charset cs, String name) {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new InputFormatException("invalid " + name + " byte sequence");
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Most bytes above 0x7F decode to Arabic letters in Windows-1256 (and they are not UTF-8). */
    static boolean looksLikeWindows1256Arabic(byte[] bytes) {
        String s = new String(bytes, WINDOWS_1256);
        int high = 0;
        int arabic = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x7F) {
                high++;
                if (c >= 0x0600 && c <= 0x06FF) {
                    arabic++;
                }
            }
        }
        return high >= 20 && arabic >= 0.8 * high;
    }

    /** Byte offset of the first invalid UTF-8 sequence. */
    static int firstInvalidUtf8(byte[] b) {
        return firstInvalidUtf8(b, 0);
    }

    /**
     * Byte offset of the first invalid UTF-8 sequence at or after {@code from}: bad lead bytes, missing
     * continuation bytes, overlong forms, encoded surrogates and code points above U+10FFFF (RFC 3629).
     */
    static int firstInvalidUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int len;
            int lo = 0x80;
            int hi = 0xBF;
            if (c < 0x80) {
                len = 1;
            } else if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                lo = c == 0xE0 ? 0xA0 : 0x80; // no overlong forms
                hi = c == 0xED ? 0x9F : 0xBF; // no surrogates
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                lo = c == 0xF0 ? 0x90 : 0x80;
                hi = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
            } else {
                return i;
            }
            if (i + len > b.length) {
                return i;
            }
            if (len > 1) {
                int second = b[i + 1] & 0xFF;
                if (second < lo || second > hi) {
                    return i;
                }
            }
            for (int k = 2; k < len; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += len;
        }
        return i;
    }
}
