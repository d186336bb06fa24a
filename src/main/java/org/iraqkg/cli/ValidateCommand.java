package org.iraqkg.cli;

import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.system.Txn;
import org.iraqkg.rdf.OntologyGraph;
import org.iraqkg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kg validate}: SHACL validation of the store against {@code ontology/shapes.ttl}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate the store against the SHACL shapes in ontology/shapes.ttl.",
        footer = {"", "Exit status: 0 when the store conforms, 1 on violations (a report is printed)."})
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--max", paramLabel = "N", defaultValue = "50",
            description = "Print at most N violations (default: ${DEFAULT-VALUE}).")
    int max;

    @Override
    public Integer call() {
        common.applyLogging();
        Shapes shapes = Shapes.parse(OntologyGraph.shapes());
        try (KgStore store = common.openExisting()) {
            ValidationReport report = Txn.calculateRead(store.datasetGraph(), () -> {
                Graph data = store.datasetGraph().getUnionGraph();
                return ShaclValidator.get().validate(shapes, data);
            });
            if (report.conforms()) {
                System.out.println("The store conforms to the SHACL shapes (" + shapes.numShapes() + " shapes).");
                return 0;
            }
            System.out.println(report.getEntries().size() + " SHACL violation"
                    + (report.getEntries().size() == 1 ? "" : "s") + ":");
            int n = 0;
            for (ReportEntry e : report.getEntries()) {
                if (n++ >= max) {
                    System.out.println("… and " + (report.getEntries().size() - max) + " more");
                    break;
                }
                System.out.println("- " + e.focusNode() + (e.resultPath() == null ? "" : " " + e.resultPath())
                        + ": " + e.message() + (e.value() == null ? "" : " (value " + e.value() + ")"));
            }
            return 1;
        }
    }
}
