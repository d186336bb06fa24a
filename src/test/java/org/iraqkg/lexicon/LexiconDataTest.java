package org.iraqkg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iraqkg.text.ArabicFolding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the data researchers edit in {@code data/lexicon/}: it loads, and its entries are consistent. */
class LexiconDataTest {
    private static final Path DATA = Path.of(System.getProperty("kg.project.dir",
            System.getProperty("user.dir")), "data", "lexicon");
    /** The ids the editors had checked by hand before sources were recorded (iraq and usa now cite Natural Earth). */
    private static final Map<String, String> CURATED = Map.of("isis", "Q2429253", "hamas", "Q38799", "reuters",
            "Q130879");

    static Lexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = Lexicon.load(DATA);
    }

    @Test
    void actorsAreNumerousAndLabelled() {
        assertTrue(lexicon.actors().size() >= 300, "actors: " + lexicon.actors().size());
        for (ActorEntry e : lexicon.actors().values()) {
            assertFalse(e.labelAr().isBlank(), e.key() + " has no Arabic label");
            assertFalse(e.labelEn().isBlank(), e.key() + " has no English label");
        }
    }

    /**
     * Every Wikidata id is a well-formed item id with a recorded source (Natural Earth's wikidataid fields, or the
     * five ids the editors had checked by hand before sources were recorded), no item stands for two entries, and
     * the countries, Iraqi provinces and most cities carry one (issue 16: only 6 of 754 actors did).
     */
    @Test
    void wikidataIdsAreWellFormedAndSourced() {
        java.util.regex.Pattern source = java.util.regex.Pattern.compile(
                "(ne-admin0:[A-Z0-9]{3}|ne-admin1:[A-Z]{2}-[A-Z0-9]{1,3}|ne-places:.+ \\(.+\\)|ne-marine:.+|ne-regions:.+"
                        + "|curated)");
        Map<String, String> seen = new HashMap<>();
        Map<EntityType, Integer> withId = new java.util.EnumMap<>(EntityType.class);
        for (ActorEntry e : lexicon.actors().values()) {
            String src = e.prop("wikidataSource");
            if (e.wikidata().isEmpty()) {
                assertEquals("", src, e.key() + ": a source without an id");
                continue;
            }
            assertTrue(e.wikidata().matches("Q[1-9][0-9]*"), e.key() + ": " + e.wikidata());
            assertTrue(source.matcher(src).matches(), e.key() + ": wikidataSource=" + src);
            if (src.equals("curated")) {
                assertEquals(CURATED.get(e.key()), e.wikidata(), e.key() + ": only the ids checked before");
            }
            String other = seen.put(e.wikidata(), e.key());
            assertNull(other, e.wikidata() + " stands for both " + other + " and " + e.key());
            withId.merge(e.type(), 1, Integer::sum);
        }
        assertEquals(Map.of("iraq", "Q796", "usa", "Q30", "baghdad", "Q1530", "anbar", "Q187334", "mosul", "Q83317"),
                Map.of("iraq", lexicon.actors().get("iraq").wikidata(), "usa", lexicon.actors().get("usa").wikidata(),
                        "baghdad", lexicon.actors().get("baghdad").wikidata(),
                        "anbar", lexicon.actors().get("anbar").wikidata(),
                        "mosul", lexicon.actors().get("mosul").wikidata()));
        long countries = lexicon.actors().values().stream().filter(e -> e.type() == EntityType.COUNTRY).count();
        assertEquals((int) countries, withId.getOrDefault(EntityType.COUNTRY, 0), "every country has an id");
        assertTrue(withId.getOrDefault(EntityType.CITY, 0) >= 80, "cities with an id: " + withId);
        assertTrue(lexicon.actors().values().stream().mapToInt(e -> e.wikidata().isEmpty() ? 0 : 1).sum() >= 200,
                "ids: " + withId);
    }

    @Test
    void anIdWithoutASourceIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        for (String f : new String[] {"actors.tsv"}) {
            String text = java.nio.file.Files.readString(DATA.resolve(f));
            java.nio.file.Files.writeString(dir.resolve(f), text.replace("\tQ796\twikidataSource=ne-admin0:IRQ",
                    "\tQ796\t"));
        }
        try (var files = java.nio.file.Files.list(DATA)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!p.getFileName().toString().equals("actors.tsv")) {
                    java.nio.file.Files.copy(p, dir.resolve(p.getFileName()));
                }
            }
        }
        org.iraqkg.lexicon.LexiconException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.iraqkg.lexicon.LexiconException.class, () -> Lexicon.load(dir));
        assertTrue(e.getMessage().contains("wikidata Q796 has no source"), e.getMessage());
    }

    @Test
    void namesAreUnambiguous() {
        Map<String, String> labels = new HashMap<>();
        for (ActorEntry e : lexicon.actors().values()) {
            for (String l : List.of(e.labelAr(), e.labelEn())) {
                if (!l.isEmpty()) {
                    String prev = labels.putIfAbsent(ArabicFolding.foldString(l), e.key());
                    assertTrue(prev == null || prev.equals(e.key()),
                            "label \"" + l + "\" of " + e.key() + " is also a label of " + prev);
                }
            }
        }
        Map<String, String> aliases = new HashMap<>();
        for (ActorEntry e : lexicon.actors().values()) {
            for (String a : e.aliases()) {
                String f = ArabicFolding.foldString(a);
                String prev = aliases.putIfAbsent(f, e.key());
                assertTrue(prev == null || prev.equals(e.key()),
                        "alias \"" + a + "\" of " + e.key() + " is also an alias of " + prev);
                String owner = labels.get(f);
                assertTrue(owner == null || owner.equals(e.key()),
                        "alias \"" + a + "\" of " + e.key() + " is the label of " + owner);
            }
        }
    }

    @Test
    void personsHaveGenderAndCountry() {
        for (ActorEntry e : lexicon.actors().values()) {
            if (e.type() == EntityType.PERSON) {
                assertTrue(e.gender() == 'm' || e.gender() == 'f', e.key() + " has no gender");
                assertFalse(e.country().isEmpty(), e.key() + " has no country");
            }
        }
    }

    @Test
    void referencesPointToTheRightTypes() {
        for (ActorEntry e : lexicon.actors().values()) {
            if (!e.country().isEmpty()) {
                assertEquals(EntityType.COUNTRY, lexicon.actor(e.country()).type(), e.key() + ": country");
            }
            if (!e.capitalOf().isEmpty()) {
                assertEquals(EntityType.COUNTRY, lexicon.actor(e.capitalOf()).type(), e.key() + ": capitalOf");
                assertEquals(EntityType.CITY, e.type(), e.key() + " is a capital but not a city");
            }
            if (!e.prop("locatedIn").isEmpty()) {
                assertTrue(lexicon.actor(e.prop("locatedIn")).type().isPlace(), e.key() + ": locatedIn");
            }
        }
    }

    @Test
    void roleHoldersArePersons() {
        assertFalse(lexicon.roles().isEmpty());
        for (RoleEntry r : lexicon.roles()) {
            ActorEntry holder = lexicon.actor(r.holder());
            assertNotNull(holder, r.holder());
            assertEquals(EntityType.PERSON, holder.type(), r.holder() + " holds a role but is not a Person");
            assertFalse(r.labelAr().isBlank(), r.holder() + " " + r.position() + ": no Arabic role name");
            assertTrue(r.end().isEmpty() || r.start().isEmpty() || r.start().compareTo(r.end()) <= 0,
                    r.holder() + " " + r.position() + ": ends before it starts");
        }
    }

    @Test
    void nationalitiesNameCountries() {
        assertFalse(lexicon.nationalities().isEmpty());
        for (NationalityEntry n : lexicon.nationalities()) {
            ActorEntry c = lexicon.actor(n.country());
            assertEquals(EntityType.COUNTRY, c.type(), n.adjective() + ": " + n.country() + " is not a Country");
        }
        assertEquals("usa", lexicon.nationality(ArabicFolding.foldString("الامريكي")).country());
        assertEquals("usa", lexicon.nationality(ArabicFolding.foldString("الأميركية")).country());
        assertEquals("denmark", lexicon.nationality(ArabicFolding.foldString("الدنماركي")).country());
        assertEquals('f', lexicon.nationality(ArabicFolding.foldString("العراقية")).gender());
    }

    @Test
    void iraqiPrimeMinisters() {
        assertEquals(List.of("sudani"), holders("prime_minister", "iraq", LocalDate.of(2024, 3, 1)));
        assertEquals(List.of("abadi"), holders("prime_minister", "iraq", LocalDate.of(2016, 1, 1)));
        assertEquals(List.of("kadhimi"), holders("prime_minister", "iraq", LocalDate.of(2021, 6, 1)));
    }

    @Test
    void otherOfficeHolders() {
        assertEquals(List.of("biden"), holders("president", "usa", LocalDate.of(2024, 3, 1)));
        assertEquals(List.of("fuad_hussein"), holders("foreign_minister", "iraq", LocalDate.of(2024, 3, 1)));
        assertEquals(List.of("romanowski"), holders("ambassador", "usa", LocalDate.of(2024, 3, 1)));
        assertEquals(List.of("lindner"), holders("minister_of_state", "germany", LocalDate.of(2024, 3, 1)));
        assertEquals(List.of("fallon"), holders("defence_minister", "uk", LocalDate.of(2016, 1, 1)));
    }

    private static List<String> holders(String position, String in, LocalDate date) {
        return lexicon.holders(position, in, date).stream().map(RoleEntry::holder).toList();
    }

    @Test
    void contentsSentElsewhereGiveTheSameLexicon() throws java.io.IOException {
        Map<String, byte[]> files = new HashMap<>();
        for (String name : Lexicon.FILES) {
            files.put(name, java.nio.file.Files.readAllBytes(DATA.resolve(name)));
        }
        files.put(Lexicon.GIVEN_NAMES, java.nio.file.Files.readAllBytes(DATA.resolve(Lexicon.GIVEN_NAMES)));
        Lexicon copy = Lexicon.fromContents(files, "shipped");
        assertEquals(lexicon.digest(), copy.digest());
        files.remove(Lexicon.FILES.get(0));
        LexiconException e = org.junit.jupiter.api.Assertions.assertThrows(LexiconException.class,
                () -> Lexicon.fromContents(files, "shipped"));
        assertTrue(e.getMessage().contains("shipped/" + Lexicon.FILES.get(0)), e.getMessage());
    }
}
