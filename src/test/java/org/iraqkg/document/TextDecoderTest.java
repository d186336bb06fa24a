package org.iraqkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Bytes of an article to text: UTF-8, UTF-16 with a byte-order mark, Arabic Windows-1256, or a reason. */
class TextDecoderTest {
    private static final String ARABIC =
            "أعلنت قيادة العمليات المشتركة انتهاء المهمة القتالية للتحالف الدولي في العراق.";
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static String refusal(byte[] input) {
        return assertThrows(InputFormatException.class, () -> TextDecoder.decode(input)).getMessage();
    }

    @Test
    void plainUtf8() {
        TextDecoder.Decoded d = TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8));
        assertEquals(ARABIC, d.text());
        assertEquals("UTF-8", d.encoding());
    }

    @Test
    void utf8WithByteOrderMarkLosesTheMark() {
        TextDecoder.Decoded d =
                TextDecoder.decode(concat(bytes(0xEF, 0xBB, 0xBF), ARABIC.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ARABIC, d.text());
        assertEquals("UTF-8 (BOM)", d.encoding());
    }

    @Test
    void utf16LittleEndianWithByteOrderMark() {
        TextDecoder.Decoded d =
                TextDecoder.decode(concat(bytes(0xFF, 0xFE), ARABIC.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(ARABIC, d.text());
        assertEquals("UTF-16LE (BOM)", d.encoding());
    }

    @Test
    void utf16BigEndianWithByteOrderMark() {
        TextDecoder.Decoded d =
                TextDecoder.decode(concat(bytes(0xFE, 0xFF), ARABIC.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(ARABIC, d.text());
        assertEquals("UTF-16BE (BOM)", d.encoding());
    }

    @Test
    void arabicWindows1256() {
        byte[] b = ARABIC.getBytes(WINDOWS_1256);
        TextDecoder.Decoded d = TextDecoder.decode(b);
        assertEquals(ARABIC, d.text());
        assertEquals("windows-1256", d.encoding());
        assertTrue(TextDecoder.looksLikeWindows1256Arabic(b));
    }

    @Test
    void windows1256WithDiacriticsAndLatin() {
        String s = "قالَ المتحدثُ باسمِ التحالفِ (CJTF-OIR) إنّ القواتِ ستبقى في قاعدةِ عين الأسد.";
        TextDecoder.Decoded d = TextDecoder.decode(s.getBytes(WINDOWS_1256));
        assertEquals(s, d.text());
        assertEquals("windows-1256", d.encoding());
    }

    @Test
    void shortWindows1256TextIsNotGuessed() {
        // fewer than 20 bytes above 0x7F are not enough to tell Arabic Windows-1256
        byte[] b = "قصف بغداد".getBytes(WINDOWS_1256);
        assertFalse(TextDecoder.looksLikeWindows1256Arabic(b));
        assertEquals("not valid UTF-8 (invalid byte sequence at byte 0) and not Arabic Windows-1256; "
                + "re-save the file as UTF-8", refusal(b));
    }

    @Test
    void invalidUtf8NamesTheByteOffset() {
        byte[] b = concat("NATO base".getBytes(StandardCharsets.UTF_8), bytes(0xFF),
                " ok".getBytes(StandardCharsets.UTF_8));
        assertEquals("not valid UTF-8 (invalid byte sequence at byte 9) and not Arabic Windows-1256; "
                + "re-save the file as UTF-8", refusal(b));
        // Latin-1 "é" after valid Arabic UTF-8
        byte[] c = concat("بغداد ".getBytes(StandardCharsets.UTF_8), "café".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(refusal(c).contains("at byte 14)"), refusal(c));
        // a sequence cut off at the end
        assertTrue(refusal(bytes(0x61, 0x62, 0xD8)).contains("at byte 2)"));
        // a lone continuation byte
        assertTrue(refusal(bytes(0x61, 0x80, 0x62)).contains("at byte 1)"));
    }

    @Test
    void firstInvalidUtf8Offsets() {
        assertEquals(3, TextDecoder.firstInvalidUtf8(bytes(0x61, 0x62, 0x63, 0xFF)));
        assertEquals(1, TextDecoder.firstInvalidUtf8(bytes(0x61, 0xC3, 0x28)));
        assertEquals(2, TextDecoder.firstInvalidUtf8(bytes(0x61, 0x62, 0xC0, 0xAF)));
        assertEquals(4, TextDecoder.firstInvalidUtf8(bytes(0xD8, 0xA8, 0xD8, 0xBA, 0xF5)));
    }

    @Test
    void offsetOfSequencesThatLookWellFormedBug() {
        // ED A0 80 encodes a surrogate, E0 80 80 is overlong, F4 90 80 80 is above U+10FFFF
        assertTrue(refusal(bytes(0x61, 0x62, 0xED, 0xA0, 0x80, 0x63)).contains("at byte 2)"));
        assertTrue(refusal(bytes(0x61, 0x62, 0xE0, 0x80, 0x80, 0x63)).contains("at byte 2)"));
        assertTrue(refusal(bytes(0x61, 0x62, 0xF4, 0x90, 0x80, 0x80)).contains("at byte 2)"));
    }

    @Test
    void invalidBytesAfterAByteOrderMarkAreRefused() {
        assertTrue(refusal(bytes(0xEF, 0xBB, 0xBF, 0x61, 0xFF)).contains("at byte 4 after a UTF-8 byte-order mark"));
        assertEquals("invalid UTF-16LE byte sequence", refusal(bytes(0xFF, 0xFE, 0x00, 0xD8)));
        assertEquals("invalid UTF-16BE byte sequence", refusal(bytes(0xFE, 0xFF, 0xDC, 0x00)));
    }

    @Test
    void invalidBytesAfterAByteOrderMarkNameTheOffsetBug() {
        assertTrue(refusal(bytes(0xEF, 0xBB, 0xBF, 0x61, 0xFF)).contains("byte 4"));
    }

    @Test
    void binaryDataIsRefused() {
        assertEquals("binary data (NUL bytes), not a text article", refusal(bytes(0x25, 0x50, 0x44, 0x46, 0x00, 0x01)));
        byte[] png = bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D);
        assertEquals("binary data (NUL bytes), not a text article", refusal(png));
    }

    @Test
    void emptyInputIsEmptyText() {
        TextDecoder.Decoded d = TextDecoder.decode(new byte[0]);
        assertEquals("", d.text());
        assertEquals("UTF-8", d.encoding());
        assertEquals("", TextDecoder.decode(bytes(0xEF, 0xBB, 0xBF)).text());
    }
}
