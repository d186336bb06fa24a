package org.iraqkg.text;

/**
 * A word, number or punctuation mark of a document.
 *
 * @param index       position in the document's token list
 * @param begin       original start index
 * @param end         original end index (exclusive)
 * @param foldedBegin start index in the folded text
 * @param text        the original characters
 * @param folded      the folded form used for matching
 * @param kind        word, number or punctuation
 */
public record Token(int index, int begin, int end, int foldedBegin, String text, String folded, Kind kind) {

    /** Kinds of token. */
    public enum Kind { WORD, NUMBER, PUNCT }

    public Span span() {
        return new Span(begin, end);
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    /** True for a punctuation token equal to one of the given characters. */
    public boolean isPunct(String chars) {
        return kind == Kind.PUNCT && text.length() == 1 && chars.indexOf(text.charAt(0)) >= 0;
    }
}
