package org.iraqkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.iraqkg.document.NewsDocument;
import org.iraqkg.entity.EntityMention;
import org.iraqkg.event.Event;
import org.iraqkg.event.EventMention;
import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.statement.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Golden cases: each folder of {@code src/test/resources/golden/} holds an article ({@code input.txt}: the
 * whole file is the text, its first line the headline) and what the pipeline must find in it
 * ({@code expected.json}). Every expected entity, statement and event must be present; {@code max_statements}
 * and {@code max_events}, when given, bound the counts. Folders named {@code bug-…} record known bugs: they are
 * skipped with the reason in their {@code bug} field, unless {@code -Dgolden.bugs=true}.
 */
class GoldenCasesTest {
    private static final Path GOLDEN = Path.of(System.getProperty("kg.project.dir", "."), "src", "test", "resources",
            "golden");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOP_KEYS = Set.of("bug", "published", "reference", "entities", "statements",
            "events", "max_statements", "max_events");
    private static final Set<String> ENTITY_KEYS = Set.of("label", "id", "kind");
    private static final Set<String> STATEMENT_KEYS = Set.of("speaker", "contains", "direct", "channel", "outlet",
            "relay");
    private static final Set<String> EVENT_KEYS = Set.of("class", "cameo", "date", "anchor", "status", "round",
            "agents", "targets", "participants", "locations", "claimed_by", "killed", "wounded");

    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new Pipeline(Lexicon.load(Path.of(System.getProperty("kg.project.dir", "."), "data", "lexicon")));
    }

    @TestFactory
    Stream<DynamicNode> goldenCases() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(GOLDEN)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(dirs.isEmpty(), "no golden cases in " + GOLDEN);
        return dirs.stream().map(GoldenCasesTest::goldenCase);
    }

    /** One case: its analysis is computed once, when its first check runs. */
    private static final class Case {
        final String name;
        final String text;
        final JsonNode expected;
        private Analysis analysis;

        Case(Path dir) {
            this.name = dir.getFileName().toString();
            try {
                this.text = Files.readString(dir.resolve("input.txt"), StandardCharsets.UTF_8);
                this.expected = JSON.readTree(dir.resolve("expected.json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized Analysis analysis() {
            if (analysis == null) {
                int nl = text.indexOf('\n');
                String headline = (nl < 0 ? text : text.substring(0, nl)).strip();
                JsonNode p = expected.path("published");
                String published = p.isNull() || p.isMissingNode() ? null : p.asText();
                analysis = pipeline.analyze(new NewsDocument(name, "input.txt", headline, text, "", "golden",
                        published, "golden/" + name + "/input.txt"));
            }
            return analysis;
        }
    }

    private static DynamicNode goldenCase(Path dir) {
        Case c = new Case(dir);
        if (c.name.startsWith("bug-") && !Boolean.getBoolean("golden.bugs")) {
            String reason = c.expected.path("bug").asText("BUG: see " + dir.resolve("expected.json"));
            return dynamicTest(c.name, dir.toUri(), () -> Assumptions.abort(reason));
        }
        List<DynamicNode> checks = new ArrayList<>();
        checks.add(dynamicTest("expected.json is well formed", () -> checkKeys(c.expected)));
        checks.add(dynamicTest("spans are original text", () -> checkSpans(c)));
        JsonNode reference = c.expected.get("reference");
        if (reference != null) {
            checks.add(dynamicTest("reference date " + reference.asText(), () -> {
                assertNotNull(c.analysis().time().reference(), "no reference date");
                assertEquals(reference.asText(), c.analysis().time().reference().iso());
            }));
        }
        for (JsonNode e : c.expected.path("entities")) {
            checks.add(dynamicTest("entity " + e.path("label").asText() + " → " + e.path("id").asText(),
                    () -> checkEntity(c, e)));
        }
        for (JsonNode s : c.expected.path("statements")) {
            checks.add(dynamicTest("statement of " + s.path("speaker").asText() + ": " + s.path("contains").asText(),
                    () -> checkStatement(c, s)));
        }
        for (JsonNode e : c.expected.path("events")) {
            checks.add(dynamicTest("event " + e.path("class").asText() + ": " + e.path("anchor").asText(),
                    () -> checkEvent(c, e)));
        }
        if (c.expected.has("max_statements")) {
            int max = c.expected.get("max_statements").asInt();
            checks.add(dynamicTest("at most " + max + " statements", () -> assertTrue(
                    c.analysis().statements().size() <= max, () -> c.analysis().statements().toString())));
        }
        if (c.expected.has("max_events")) {
            int max = c.expected.get("max_events").asInt();
            checks.add(dynamicTest("at most " + max + " events", () -> assertTrue(
                    c.analysis().events().events().size() <= max, () -> c.analysis().events().events().toString())));
        }
        return dynamicContainer(c.name, dir.toUri(), checks.stream());
    }

    private static void checkKeys(JsonNode expected) {
        assertTrue(expected.isObject(), "expected.json is an object");
        requireKeys(expected, TOP_KEYS, "top level");
        assertTrue(expected.has("published"), "\"published\" is required (a date or null)");
        for (JsonNode e : expected.path("entities")) {
            requireKeys(e, ENTITY_KEYS, "entity");
            assertTrue(e.has("label") && e.has("id"), "an entity needs label and id: " + e);
        }
        for (JsonNode s : expected.path("statements")) {
            requireKeys(s, STATEMENT_KEYS, "statement");
            assertTrue(s.has("speaker") && s.has("contains"), "a statement needs speaker and contains: " + s);
        }
        for (JsonNode e : expected.path("events")) {
            requireKeys(e, EVENT_KEYS, "event");
            assertTrue(e.has("class") && e.has("anchor"), "an event needs class and anchor: " + e);
        }
    }

    private static void requireKeys(JsonNode node, Set<String> allowed, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String k = it.next();
            assertTrue(allowed.contains(k), "unknown key \"" + k + "\" in " + where + ": " + node);
        }
    }

    private static void checkSpans(Case c) {
        Analysis a = c.analysis();
        for (EntityMention m : a.entities().mentions()) {
            assertEquals(m.text(), c.text.substring(m.span().begin(), m.span().end()), m.toString());
        }
        for (Statement s : a.statements()) {
            assertEquals(s.quote(), c.text.substring(s.span().begin(), s.span().end()), s.toString());
        }
        for (Event e : a.events().events()) {
            for (EventMention m : e.mentions()) {
                assertEquals(m.evidenceText(), c.text.substring(m.evidence().begin(), m.evidence().end()),
                        m.toString());
                assertTrue(m.evidenceText().contains(m.triggerText()), m.toString());
            }
        }
    }

    private static void checkEntity(Case c, JsonNode e) {
        String label = e.get("label").asText();
        String id = e.get("id").asText();
        List<EntityMention> withLabel = c.analysis().entities().mentions().stream()
                .filter(m -> m.text().equals(label)).toList();
        assertFalse(withLabel.isEmpty(), () -> "no mention \"" + label + "\" in " + c.analysis().entities().mentions());
        boolean found = withLabel.stream().anyMatch(m -> m.entityId().equals(id)
                && (!e.has("kind") || m.kind().name().equals(e.get("kind").asText())));
        assertTrue(found, () -> "\"" + label + "\" is not " + id + " " + e.path("kind").asText("") + ": " + withLabel);
        assertNotNull(c.analysis().entities().get(id), "entity " + id);
    }

    private static void checkStatement(Case c, JsonNode x) {
        String speaker = x.get("speaker").asText();
        String contains = x.get("contains").asText();
        List<Statement> all = c.analysis().statements();
        boolean found = all.stream().anyMatch(s -> speaker.equals(s.speakerId()) && s.quote().contains(contains)
                && (!x.has("direct") || s.direct() == x.get("direct").asBoolean())
                && matches(x, "channel", s.channel()) && matches(x, "outlet", s.outletId())
                && matches(x, "relay", s.relayId()));
        if (!found) {
            fail("no statement of " + speaker + " containing \"" + contains + "\" " + x + " in:\n" + lines(all,
                    s -> (s.direct() ? "direct " : "reported ") + s.speakerId() + " [" + s.channel() + ", "
                            + s.outletId() + ", " + s.relayId() + "]: " + s.quote()));
        }
    }

    private static void checkEvent(Case c, JsonNode x) {
        String anchor = x.get("anchor").asText();
        List<Event> all = c.analysis().events().events();
        boolean found = all.stream().anyMatch(e -> matchesEvent(e, x, anchor));
        if (!found) {
            fail("no event " + x + " in:\n" + lines(all, e -> e.eventClass() + " " + e.cameo() + " " + e.status()
                    + " date=" + (e.date() == null ? null : e.date().iso()) + " round=" + e.round() + " agents="
                    + e.agents() + " targets=" + e.targets() + " participants=" + e.participants() + " locations="
                    + e.locations() + " claimedBy=" + e.claimedBy() + " killed=" + e.killed() + " wounded="
                    + e.wounded() + " evidence=" + e.mentions().stream().map(EventMention::evidenceText).toList()));
        }
    }

    private static boolean matchesEvent(Event e, JsonNode x, String anchor) {
        if (!e.eventClass().equals(x.get("class").asText())) {
            return false;
        }
        if (x.has("cameo") && !e.cameo().equals(x.get("cameo").asText())) {
            return false;
        }
        if (x.has("date")) {
            String want = x.get("date").isNull() ? null : x.get("date").asText();
            if (!Objects.equals(want, e.date() == null ? null : e.date().iso())) {
                return false;
            }
        }
        if (x.has("status") && !e.status().name().equals(x.get("status").asText())) {
            return false;
        }
        if (x.has("round") && !Objects.equals(x.get("round").asInt(), e.round())) {
            return false;
        }
        if (x.has("killed") && !Objects.equals(x.get("killed").asInt(), e.killed())
                || x.has("wounded") && !Objects.equals(x.get("wounded").asInt(), e.wounded())) {
            return false;
        }
        if (!containsAll(e.agents(), x.get("agents")) || !containsAll(e.targets(), x.get("targets"))
                || !containsAll(e.participants(), x.get("participants"))
                || !containsAll(e.locations(), x.get("locations")) || !containsAll(e.claimedBy(), x.get("claimed_by"))) {
            return false;
        }
        return e.mentions().stream().anyMatch(m -> m.evidenceText().contains(anchor));
    }

    private static boolean matches(JsonNode x, String key, String actual) {
        if (!x.has(key)) {
            return true;
        }
        return Objects.equals(x.get(key).isNull() ? null : x.get(key).asText(), actual);
    }

    private static boolean containsAll(List<String> actual, JsonNode wanted) {
        if (wanted == null) {
            return true;
        }
        for (JsonNode w : wanted) {
            if (!actual.contains(w.asText())) {
                return false;
            }
        }
        return true;
    }

    private static <T> String lines(List<T> items, Function<T, String> f) {
        StringBuilder sb = new StringBuilder();
        for (T t : items) {
            sb.append("  ").append(f.apply(t)).append('\n');
        }
        return sb.toString();
    }
}
