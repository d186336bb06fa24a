package org.iraqkg.endpoint;

/** The SPARQL server could not be configured or started; the message says why, in one line. */
public class KgServerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KgServerException(String message) {
        super(message);
    }

    public KgServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
