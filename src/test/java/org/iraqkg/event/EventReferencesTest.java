package org.iraqkg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.iraqkg.event.EventFixture.Doc;
import org.iraqkg.text.TextAnalysis;
import org.junit.jupiter.api.Test;

/** Whether a noun trigger refers back, names another event of its kind, its lemma and the word it governs. */
class EventReferencesTest {
    private static Candidate described(String text, String trigger) {
        Doc d = EventFixture.analyze(text);
        Candidate c = d.candidate(trigger);
        References.describe(d.tokens(), c, d.trigger(trigger), d.sentence());
        return c;
    }

    @Test
    void aDefiniteOrPossessedNounIsBare() {
        assertTrue(described("وأسفرت الضربة عن تدمير المخزن.", "الضربة").bare);
        assertTrue(described("وخلال زيارته التقى الوزير بالمسؤولين.", "زيارته").bare);
        assertFalse(described("وأسفرت ضربة جوية عن تدمير المخزن.", "ضربة").bare);
    }

    @Test
    void aCountIsNotAReferenceBack() {
        assertFalse(described("ونفذ التنظيم عشرات الهجمات في المحافظة.", "الهجمات").bare);
    }

    @Test
    void anotherOfTheSameKindIsDistinct() {
        Candidate c = described("ووقع هجوم آخر في المدينة.", "هجوم");
        assertTrue(c.distinct);
        assertFalse(c.bare);
    }

    @Test
    void lemmaAndObject() {
        Candidate c = described("وقررت اللجنة تأجيل الإعلان عن النتائج.", "تأجيل");
        assertEquals(EventLexicon.lemma("تاجيل"), c.lemma);
        assertEquals("اعلان", c.object);
    }

    @Test
    void definitenessAfterProcliticsAndPossessives() {
        TextAnalysis t = TextAnalysis.of("للقصف زيارته هجماتها هجوم");
        assertTrue(References.isDefinite(t.tokens().get(0), 1));
        assertFalse(References.isDefinite(t.tokens().get(3), 0));
        assertTrue(References.hasPossessive(t.tokens().get(1), 0, "زيارة"));
        assertTrue(References.hasPossessive(t.tokens().get(2), 0, "هجمات"));
        assertFalse(References.hasPossessive(t.tokens().get(3), 0, "هجوم"));
    }
}
