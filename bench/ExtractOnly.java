import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.pipeline.LoadSummary;
import org.iraqkg.pipeline.Loader;
import org.iraqkg.pipeline.Pipeline;
import org.iraqkg.rdf.Iris;
import org.iraqkg.rdf.RdfMapper;
import org.iraqkg.store.GraphSink;

/**
 * kg load's extraction alone, for bench/beam.sh: the Loader of kg load (reading, extraction on N threads, mapping
 * to each document's graph, batching) writing to a sink that keeps nothing, so no store time is counted. Run as a
 * single-file program: {@code java -cp target/iraq-kg.jar bench/ExtractOnly.java THREADS LEXICON_DIR PATH...};
 * prints documents, seconds and documents per second.
 */
public class ExtractOnly {
    public static void main(String[] args) {
        int threads = Integer.parseInt(args[0]);
        Lexicon lexicon = Lexicon.load(Path.of(args[1]));
        List<Path> inputs = java.util.Arrays.stream(args).skip(2).map(Path::of).toList();
        GraphSink nothing = new GraphSink() {
            @Override
            public Map<String, String> fingerprints() {
                return Map.of();
            }

            @Override
            public void write(List<NamedGraph> graphs) {}

            @Override
            public long countQuads() {
                return -1;
            }

            @Override
            public void close() {}
        };
        Loader loader = new Loader(new Pipeline(lexicon), new RdfMapper(new Iris(Iris.DEFAULT_BASE)), nothing,
                p -> { }, Loader.Progress.NONE, new Loader.Options(threads, 64, true));
        LoadSummary s = loader.load(inputs);
        System.out.printf("%d documents in %.1f s (%.2f/s), %d triples%n", s.documents(), s.seconds(),
                s.documents() / s.seconds(), s.triples());
    }
}
