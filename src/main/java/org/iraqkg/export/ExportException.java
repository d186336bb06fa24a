package org.iraqkg.export;

/**
 * An export could not be written: the data holds something the chosen format cannot express, or the writer or the
 * output stream failed. The message says which statement or which step, in one line.
 */
public class ExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
