package org.iraqkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Inputs on which {@link PipelineFuzzTest} (or probing around it) found the pipeline or the RDF mapping broken,
 * shrunk to a minimal case, as plain tests of the same invariants ({@link PipelineInvariants}).
 */
class PipelineRegressionTest {

    private static void assertHolds(String text) {
        assertEquals(List.of(), PipelineInvariants.check(PipelineInvariants.doc(text)),
                () -> "invariants broken for " + PipelineInvariants.escape(text));
    }

    /**
     * A lone low surrogate right after a pair (from a JSONL record's escape) was taken for the second half of a
     * pair when converting offsets to code points, so every span after it was one code point short and its
     * nif:anchorOf differed from the text at its offsets.
     */
    @Test
    void loneLowSurrogateAfterAPairIsACodePointOfItsOwn() {
        assertHolds("😀\uDC00هجوم صاروخي على قاعدة عين الأسد");
        assertHolds("\uDC00هجوم صاروخي 😀 على قاعدة عين الأسد \uDC00 وقال السوداني إن \"الحوار مستمر\".");
    }

    /**
     * Time grows with the square of the number of event triggers in one clause: for each trigger, EventExtractor.keep
     * scans every token from the start of the clause and compares it with constant words that isAny folds again at
     * every call. 40,000 characters of "هجوم صاروخي " without punctuation take about 17 s (10,000: 1.4 s; 20,000:
     * 4 s), so one large record can hold a load for hours (records may have 64 MB).
     */
    @Test
    @Disabled("BUG: quadratic time in the triggers of one clause: 40,000 characters of \"هجوم صاروخي \" take ~17 s")
    void manyTriggersInOneClauseTakeLinearTime() {
        String unit = "هجوم صاروخي ";
        String text = unit.repeat(40_000 / unit.length() + 1).substring(0, 40_000);
        PipelineInvariants.pipeline().analyze(PipelineInvariants.doc("هجوم صاروخي")); // warm up
        assertTimeout(Duration.ofSeconds(5), () -> PipelineInvariants.pipeline().analyze(PipelineInvariants.doc(text)));
    }
}
