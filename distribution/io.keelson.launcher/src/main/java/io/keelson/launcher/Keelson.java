package io.keelson.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code keelson} command. */
@Command(name = "keelson", mixinStandardHelpOptions = true, versionProvider = KeelsonVersion.class,
        description = "Keelson: a Kubernetes-compatible container orchestrator on OSGi.",
        subcommands = {UpCommand.class, PluginsCommand.class, CommandLine.HelpCommand.class})
public final class Keelson {

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Keelson());
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            // a user-facing failure: one clear line, no stack trace
            if (ex instanceof LauncherException) {
                line.getErr().println("error: " + ex.getMessage());
                return 1;
            }
            throw ex;
        });
        System.exit(cli.execute(args));
    }
}
