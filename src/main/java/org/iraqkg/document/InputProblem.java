package org.iraqkg.document;

import java.nio.file.Path;

/**
 * Something in the input that could not be loaded: which file, which line (0 when the whole file), and why.
 * Printed as one line: {@code path:line: reason}.
 */
public record InputProblem(Path file, long line, String reason) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
