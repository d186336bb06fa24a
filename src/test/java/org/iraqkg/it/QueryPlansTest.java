package org.iraqkg.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The paged researcher queries stay fast on a large store (queries/README.md, "Fast queries on a large store"):
 * their plan picks the page in an inner SELECT with a LIMIT and then only looks values up per row. A whole-store
 * {@code join} or {@code leftjoin} in the plan (a BIND inside an OPTIONAL, a pattern after a MINUS, a VALUES in
 * front of a UNION) took them from tenths of a second to seconds on 62,000 articles.
 */
class QueryPlansTest {
    static final Path QUERIES = Path.of(System.getProperty("kg.project.dir", ".")).resolve("queries");

    @ParameterizedTest
    @ValueSource(strings = {
        "q02-who-said-what-about-coalition-withdrawal-by-month.rq",
        "q04-attacks-and-who-claimed-them.rq",
        "q05-events-with-casualties.rq",
        "q06-actors-co-mentioned-with-an-actor.rq",
        "q13-statements-with-channel-and-outlet.rq"})
    void pagedQueriesLookUpPerRow(String file) throws IOException {
        String plan = Algebra.optimize(Algebra.compile(
                QueryFactory.create(Files.readString(QUERIES.resolve(file), StandardCharsets.UTF_8)))).toString();
        assertTrue(plan.contains("(top ("), file + " picks its page with ORDER BY + LIMIT in an inner SELECT\n" + plan);
        assertFalse(plan.contains("(join") || plan.contains("(leftjoin"),
                file + " joins whole sides; see queries/README.md\n" + plan);
    }
}
