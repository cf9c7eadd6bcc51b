package com.posclearing.ops;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ops/settle}: the one command line of pos-clearing (SPEC 5). */
@Command(name = "settle", mixinStandardHelpOptions = true, version = "pos-clearing 0.1.0",
        description = "Nightly clearing, settlement and reconciliation of POS card transactions.",
        subcommands = {DemoCommand.class, RunCommand.class, RerunCommand.class, RestartCommand.class, StatusCommand.class,
            SchedulerCommand.class, BreaksCommand.class, AgentsCommand.class, PurgeCommand.class, LayoutCommand.class,
            H2ServerCommand.class, ConsoleCommand.class, WorkerCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:other failure", "2:bad usage", "3:an input was rejected", "4:an input did not arrive"})
public final class SettleCommand implements Runnable {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code; failures print one plain sentence on stderr. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new SettleCommand());
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("settle: " + ExitCodes.sentence(ex));
            return ExitCodes.of(ex);
        });
        cli.setExitCodeExceptionMapper(ExitCodes::of);
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required: demo, run, rerun, restart, status, scheduler, breaks, agents, purge, layout, console or worker (see --help)");
    }
}
