package org.iraqkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The extraction's fingerprint covers the classes that decide a document's graph and no others, so the same
 * extraction bundled in another jar (the Beam pipeline's, with classes of its own) names the same run.
 */
class ExtractionFingerprintTest {
    @Test
    void coversTheExtractionPackagesOnly() {
        assertTrue(ExtractionFingerprint.isExtractionClass("org/iraqkg/statement/StatementExtractor.class"));
        assertTrue(ExtractionFingerprint.isExtractionClass("org/iraqkg/rdf/RdfMapper.class"));
        assertTrue(ExtractionFingerprint.isExtractionClass("org/iraqkg/pipeline/DocumentGraphs.class"));
        assertTrue(ExtractionFingerprint.isExtractionClass("org/iraqkg/document/DocumentReader.class"));
        assertFalse(ExtractionFingerprint.isExtractionClass("org/iraqkg/beam/ExtractToNQuads.class"));
        assertFalse(ExtractionFingerprint.isExtractionClass("org/iraqkg/cli/Main.class"));
        assertFalse(ExtractionFingerprint.isExtractionClass("org/iraqkg/endpoint/KgServer.class"));
        assertFalse(ExtractionFingerprint.isExtractionClass("org/iraqkg/rdf/package-info.java"));
        assertFalse(ExtractionFingerprint.isExtractionClass("org/iraqkg/textual/X.class"));
    }
}
