package org.iraqkg.document;

/** An input file or record cannot be read as an article; the message is the one-line reason. */
public class InputFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputFormatException(String reason) {
        super(reason);
    }
}
