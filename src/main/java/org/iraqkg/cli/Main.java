package org.iraqkg.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kg} command line: thin commands over the library. Data goes to stdout, logs and errors to
 * stderr; an error is one line unless {@code --verbose} asks for the stack trace.
 */
@Command(name = "kg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Arabic news on Iraq's security politics as an RDF knowledge graph of actors, statements "
                + "and events, served over SPARQL.",
        subcommands = {LoadCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class, ExplainCommand.class,
            ValidateCommand.class, CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND")
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (for tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
            PrintWriter err = commandLine.getErr();
            if (verbose) {
                e.printStackTrace(err);
            } else {
                String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                err.println("kg: error: " + msg.lines().findFirst().orElse(msg)
                        + " (run with --verbose for details)");
            }
            err.flush();
            return e instanceof UserException ue ? ue.exitCode() : 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"kg " + (v == null ? "development build" : v)};
        }
    }
}
