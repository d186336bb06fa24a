import java.nio.file.Path;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * The store's floor for bench/run.sh: Jena's TDB2 parallel bulk loader (what tdb2.tdbloader --loader=parallel
 * runs) loading an N-Quads file into a new store, with nothing else. Run as a single-file program:
 * {@code java -cp target/iraq-kg.jar bench/TdbFloor.java DIR FILE.nq}; prints quads and seconds.
 */
public class TdbFloor {
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Path.of(args[0]).toString());
        DataLoader loader = LoaderFactory.parallelLoader(dsg, MonitorOutputs.nullOutput());
        loader.startBulk();
        try {
            RDFParser.source(args[1]).parse(loader.stream());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        System.out.printf("%d quads in %.1f s%n", loader.countQuads(), (System.nanoTime() - t0) / 1e9);
    }
}
