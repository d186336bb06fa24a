package org.iraqkg.export;

/**
 * Cleans strings for the property graph writers. XML 1.0 cannot contain most control characters, not even as
 * character references, so they are removed; unpaired surrogates cannot be encoded in UTF-8 and are removed from every
 * output.
 */
final class GraphText {
    private GraphText() {}

    /** {@code s} without unpaired surrogates. */
    static String withoutLoneSurrogates(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (lone && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!lone && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * {@code s} as XML 1.0 element content: code points that are not XML {@code Char}s removed, line ends written as
     * {@code \n} (what an XML parser reads back anyway).
     */
    static String xmlContent(String s) {
        return xmlChars(s, false);
    }

    /**
     * {@code s} as an XML 1.0 attribute value: as {@link #xmlContent}, and tabs and line ends written as spaces (an
     * XML parser normalizes them to spaces in attribute values).
     */
    static String xmlAttribute(String s) {
        return xmlChars(s, true);
    }

    private static String xmlChars(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            if (c == '\r') {
                boolean crlf = i + 1 < s.length() && s.charAt(i + 1) == '\n';
                sb.append(attribute ? ' ' : '\n');
                i += crlf ? 2 : 1;
                continue;
            }
            if (attribute && (c == '\n' || c == '\t')) {
                sb.append(' ');
            } else if (isXmlChar(c)) {
                sb.appendCodePoint(c);
            }
            i += n;
        }
        return sb.toString();
    }

    /** True when {@code c} is an XML 1.0 {@code Char}. Unpaired surrogates are not. */
    static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
