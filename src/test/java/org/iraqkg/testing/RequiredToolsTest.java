package org.iraqkg.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * A test that needs Chromium, ChromeDriver or NetworkX is skipped with one line on a fresh machine and fails in CI
 * (CI_REQUIRE_TOOLS=1), where .ci/run installs them.
 */
class RequiredToolsTest {
    static final Path HOME = Path.of(System.getProperty("kg.project.dir", "."));

    @Test
    void aMissingToolSkipsWithOneLineOrFailsWhenRequired() {
        RequiredTools.assume(true, "present", true);
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> RequiredTools.assume(false, "/usr/bin/chromedriver is missing (apt-get install -y chromium)",
                        false));
        assertEquals("skipped: /usr/bin/chromedriver is missing (apt-get install -y chromium); .ci/run installs it",
                skipped.getMessage());
        assertEquals(1, skipped.getMessage().lines().count());
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> RequiredTools.assume(false, "/usr/bin/chromedriver is missing", true));
        assertTrue(failed.getMessage().contains("CI_REQUIRE_TOOLS=1 requires it"), failed.getMessage());
    }

    @Test
    void aMissingBrowserSkipsTheBrowserTests() {
        Path none = Path.of("/nonexistent/chromedriver");
        if (!RequiredTools.required()) {
            assertThrows(TestAbortedException.class, () -> RequiredTools.assumeBrowser(none, none));
        } else {
            assertThrows(AssertionFailedError.class, () -> RequiredTools.assumeBrowser(none, none));
        }
    }

    /** .ci/run installs what the skippable tests need and makes a skip fail there. */
    @Test
    void ciInstallsTheToolsAndRequiresThem() throws IOException {
        String run = Files.readString(HOME.resolve(".ci/run"), StandardCharsets.UTF_8);
        for (String pkg : new String[] {"chromium", "chromium-driver", "python3-networkx"}) {
            assertTrue(java.util.regex.Pattern.compile("need_apt\\+=\\([^)]*(?<![\\w-])" + pkg + "(?![\\w-])")
                    .matcher(run).find(), ".ci/run installs " + pkg);
        }
        assertTrue(run.contains("export CI_REQUIRE_TOOLS=1"), ".ci/run sets CI_REQUIRE_TOOLS=1");
    }
}
