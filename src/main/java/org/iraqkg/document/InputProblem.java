package org.iraqkg.document;

import java.nio.file.Path;

/**
 * Something in the input that could not be loaded: which file, which line (0 when the whole file), and why.
 * Printed as one line: {@code path:line: reason}. A {@code note} is not a skip: the input was loaded, and the
 * note says what was changed or replaced on the way (a NUL character replaced, a duplicate id that replaced an
 * earlier record).
 */
public record InputProblem(Path file, long line, String reason, boolean note) {

    /** An input that was skipped. */
    public InputProblem(Path file, long line, String reason) {
        this(file, line, reason, false);
    }

    /** A note about an input that was loaded. */
    public static InputProblem note(Path file, long line, String reason) {
        return new InputProblem(file, line, reason, true);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
