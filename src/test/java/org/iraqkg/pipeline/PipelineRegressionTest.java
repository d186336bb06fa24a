package org.iraqkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.util.List;

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
     * Time grew with the square of the number of event triggers in one clause: EventExtractor scanned every token
     * from the start of the sentence for each trigger (clause numbers, clause starts, arguments, relative verbs)
     * and folded constant words again at every comparison. 40,000 characters of "هجوم صاروخي " without
     * punctuation took about 17 s, so one large record could hold a load for hours. Now the scans are bounded and
     * the constant words folded once: 200,000 characters take about 1.5 s on 2 cores (the bound is generous, a
     * quadratic time would take minutes).
     */
    @Test
    void manyTriggersInOneClauseTakeLinearTime() {
        for (String unit : new String[] {"هجوم صاروخي ", "قال السوداني إن الهجوم على قاعدة عين الأسد، "}) {
            String text = unit.repeat(200_000 / unit.length() + 1).substring(0, 200_000);
            PipelineInvariants.pipeline().analyze(PipelineInvariants.doc(unit)); // warm up
            assertTimeout(Duration.ofSeconds(20),
                    () -> PipelineInvariants.pipeline().analyze(PipelineInvariants.doc(text)), unit);
        }
    }
}
