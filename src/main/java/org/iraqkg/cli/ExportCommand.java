package org.iraqkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.iraqkg.export.RdfExporter;
import org.iraqkg.export.RdfFormat;
import org.iraqkg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kg export}: the whole graph in an RDF format, written with RDF4J Rio. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the store in an RDF format, written with RDF4J Rio.",
            "trig, nq and jsonld keep the named graphs (one per document); ttl and rdfxml hold their union."})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "ttl, trig, nq, jsonld or rdfxml.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path out;

    @Override
    public Integer call() throws IOException {
        common.applyLogging();
        RdfFormat f;
        try {
            f = RdfFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        try (KgStore store = common.openExisting()) {
            if (out != null) {
                Path tmp = out.resolveSibling(out.getFileName() + ".part");
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    long n = RdfExporter.export(store.datasetGraph(), f, os);
                    System.err.println("kg: wrote " + n + " statements to " + out);
                }
                Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else {
                OutputStream os = new BufferedOutputStream(System.out, 1 << 16);
                RdfExporter.export(store.datasetGraph(), f, os);
                os.flush();
            }
        }
        return 0;
    }
}
