package org.iraqkg.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a program outside Java (Debian's Chromium and ChromeDriver, Python with NetworkX) call this
 * first. Without the program the test is skipped with a one-line reason, so that {@code ./mvnw -B verify} passes
 * on a fresh machine; when the environment variable {@code CI_REQUIRE_TOOLS=1} is set (as {@code .ci/run} sets it,
 * after installing the programs), a missing program fails the test instead, so CI never passes by skipping.
 */
public final class RequiredTools {
    /** The environment variable that turns a skip into a failure. */
    public static final String REQUIRE = "CI_REQUIRE_TOOLS";

    private RequiredTools() {}

    /** True when {@code CI_REQUIRE_TOOLS=1} (or {@code true}) asks for every tool to be present. */
    public static boolean required() {
        String v = System.getenv(REQUIRE);
        return v != null && (v.strip().equals("1") || v.strip().equalsIgnoreCase("true"));
    }

    /**
     * Skips the calling test (or fails it, under {@code CI_REQUIRE_TOOLS=1}) unless every path is an executable
     * file. {@code install} says how to get them, e.g. "apt-get install -y chromium chromium-driver".
     */
    public static void assumeExecutables(String install, Path... paths) {
        for (Path p : paths) {
            assume(Files.isExecutable(p), p + " is missing (" + install + ")");
        }
    }

    /**
     * For browser tests: skips the calling test when {@code -Dkg.skipBrowserTests=true}, and unless Chromium and
     * ChromeDriver are executable (failing instead under {@code CI_REQUIRE_TOOLS=1}).
     */
    public static void assumeBrowser(Path chromium, Path chromedriver) {
        if (Boolean.getBoolean("kg.skipBrowserTests")) {
            Assumptions.abort("browser tests skipped (-Dkg.skipBrowserTests=true)");
        }
        assumeExecutables("apt-get install -y chromium chromium-driver", chromium, chromedriver);
    }

    /**
     * Skips the calling test with {@code reason} (or fails it, under {@code CI_REQUIRE_TOOLS=1}) unless
     * {@code present}.
     */
    public static void assume(boolean present, String reason) {
        assume(present, reason, required());
    }

    static void assume(boolean present, String reason, boolean required) {
        if (present) {
            return;
        }
        if (required) {
            fail(reason + "; " + REQUIRE + "=1 requires it");
        }
        Assumptions.abort("skipped: " + reason + "; .ci/run installs it");
    }
}
