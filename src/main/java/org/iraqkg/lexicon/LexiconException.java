package org.iraqkg.lexicon;

/** A lexicon file is missing or has a bad line; the message names the file and line. */
public class LexiconException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LexiconException(String message) {
        super(message);
    }
}
