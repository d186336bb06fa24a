package org.iraqkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Inputs on which {@link PipelineFuzzTest} found the pipeline or the RDF mapping broken, shrunk to a minimal
 * case, as plain tests of the same invariants ({@link PipelineInvariants}).
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
}
