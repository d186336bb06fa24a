package org.iraqkg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.iraqkg.event.EventFixture.Doc;
import org.junit.jupiter.api.Test;

/** Which places lie in which, and the place a sentence gives its only event. */
class EventPlacesTest {
    private final Places places = new Places(EventFixture.WORDS);

    @Test
    void ancestorsOfAPlace() {
        assertEquals(List.of("qaim", "anbar", "iraq"), places.placeAndAncestors("qaim"));
    }

    @Test
    void placesApartUnlessOneLiesInTheOther() {
        assertFalse(places.apart(Set.of("fallujah"), Set.of("anbar")));
        assertFalse(places.apart(Set.of("iraq"), Set.of("qaim")));
        assertTrue(places.apart(Set.of("fallujah"), Set.of("kirkuk")));
    }

    @Test
    void theSentenceGivesItsOnlyEventAPlace() {
        Doc d = EventFixture.analyze("وفي مدينة الفلوجة غربي العاصمة، أعلنت الشرطة المحلية اعتقال خمسة مطلوبين.");
        Candidate c = d.candidate("اعتقال");
        Places.locativeOfTheSentence(d.text(), d.entities(), c, d.sentence(), d.sentence().firstToken(),
                d.sentence().endToken());
        assertEquals(List.of("fallujah"), List.copyOf(c.locations));
    }

    @Test
    void theNearestPlaceAfterTheTriggerComesFirst() {
        Doc d = EventFixture.analyze("وفي الفلوجة، أعلنت الشرطة اعتقال خمسة مطلوبين قرب كركوك وفي الموصل.");
        Candidate c = d.candidate("اعتقال");
        Places.locativeOfTheSentence(d.text(), d.entities(), c, d.sentence(), d.sentence().firstToken(),
                d.sentence().endToken());
        assertEquals(List.of("kirkuk"), List.copyOf(c.locations));
    }

    @Test
    void aPlaceNotInALocativePhraseIsNotTaken() {
        Doc d = EventFixture.analyze("وأعلنت قيادة عمليات الفلوجة اعتقال خمسة مطلوبين.");
        Candidate c = d.candidate("اعتقال");
        Places.locativeOfTheSentence(d.text(), d.entities(), c, d.sentence(), d.sentence().firstToken(),
                d.sentence().endToken());
        assertTrue(c.locations.isEmpty(), c.locations.toString());
    }

    /** With several events in a sentence, each takes the locative around its own trigger. */
    @Test
    void eachEventOfASentenceTakesTheLocativeAroundItsTrigger() {
        Doc d = EventFixture.analyze("واعتقلت الشرطة خمسة مطلوبين في الفلوجة، بينما قصفت الطائرات مواقع قرب كركوك.");
        Candidate arrest = d.candidate("واعتقلت");
        Candidate strike = d.candidate("قصفت");
        Places.locativeOfTheSentence(d.text(), d.entities(), arrest, d.sentence(), d.sentence().firstToken(),
                strike.firstToken);
        Places.locativeOfTheSentence(d.text(), d.entities(), strike, d.sentence(), arrest.endToken,
                d.sentence().endToken());
        assertEquals(List.of("fallujah"), List.copyOf(arrest.locations));
        assertEquals(List.of("kirkuk"), List.copyOf(strike.locations));
    }

    @Test
    void aDistanceFromAPlaceIsNotThePlace() {
        Doc d = EventFixture.analyze("وأصيب جنديان في انفجار عبوة ناسفة في منطقة تبعد 12 كلم غرب كركوك.");
        Candidate c = d.candidate("انفجار");
        Places.locativeOfTheSentence(d.text(), d.entities(), c, d.sentence(), d.sentence().firstToken(),
                d.sentence().endToken());
        assertTrue(c.locations.isEmpty(), c.locations.toString());
    }
}
