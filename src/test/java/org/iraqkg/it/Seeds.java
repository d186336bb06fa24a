package org.iraqkg.it;

import java.nio.file.Path;
import java.util.List;

import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.pipeline.LoadSummary;
import org.iraqkg.pipeline.Loader;
import org.iraqkg.pipeline.Pipeline;
import org.iraqkg.rdf.Iris;
import org.iraqkg.rdf.RdfMapper;
import org.iraqkg.store.KgStore;

/** An in-memory store loaded with the seed documents of {@code data/documents}, shared by integration tests. */
public final class Seeds {
    public static final Path HOME = Path.of(System.getProperty("kg.project.dir", "."));
    private static KgStore store;

    private Seeds() {}

    public static synchronized KgStore store() {
        if (store == null) {
            KgStore s = KgStore.inMemory();
            Loader loader = new Loader(new Pipeline(Lexicon.load(HOME.resolve("data/lexicon"))),
                    new RdfMapper(new Iris(Iris.DEFAULT_BASE)), s);
            LoadSummary summary = loader.load(List.of(HOME.resolve("data/documents")));
            if (summary.documents() != 2 || !summary.problems().isEmpty()) {
                throw new IllegalStateException("seed load failed: " + summary.line());
            }
            store = s;
        }
        return store;
    }
}
