package org.iraqkg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.iraqkg.event.EventFixture.Doc;
import org.junit.jupiter.api.Test;

/** The killed and wounded after a trigger, in digits or words. */
class EventCasualtiesTest {
    private final Casualties casualties = new Casualties(EventFixture.WORDS);

    private Candidate counted(String text, String trigger) {
        Doc d = EventFixture.analyze(text);
        int k = d.token(trigger);
        Candidate c = d.candidate(k, k + 1, "Bombing");
        casualties.count(d.tokens(), c, d.sentence());
        return c;
    }

    @Test
    void killedAndWoundedInDigits() {
        Candidate c = counted("وانفجرت عبوة في السوق ما أسفر عن مقتل 5 أشخاص وإصابة 10 آخرين.", "وانفجرت");
        assertEquals(5, c.killed);
        assertEquals(10, c.wounded);
    }

    @Test
    void killedInWords() {
        Candidate c = counted("وانفجرت عبوة ناسفة ما أدى إلى مقتل خمسة جنود.", "وانفجرت");
        assertEquals(5, c.killed);
        assertNull(c.wounded);
    }

    @Test
    void noNumberNoCount() {
        Candidate c = counted("وانفجرت عبوة ناسفة وأوقعت قتلى وجرحى.", "وانفجرت");
        assertNull(c.killed);
        assertNull(c.wounded);
    }
}
