package com.posclearing.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes (SPEC 5). */
final class CommonOptions {
    @Option(names = "--config", paramLabel = "DIR",
            description = "Configuration folder laid out like config/; what it lacks falls back to the built-in defaults.")
    Path configDir;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).", defaultValue = "out")
    Path outDir;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder: database, landing, archive and quarantine (default: ${DEFAULT-VALUE}).", defaultValue = "data")
    Path dataDir;

    @Option(names = {"--user", "--operator"}, paramLabel = "NAME",
            description = "Who runs the command, recorded in the audit log (default: the OS user).")
    String operator;

    /**
     * The configuration folder: {@code --config}, else the installation's {@code config/} (read from disk at every
     * command, so an edit there takes effect on the next one), else none (the built-in defaults only).
     */
    Path configDir() {
        if (configDir != null) {
            return configDir;
        }
        String home = System.getProperty("pos.clearing.home");
        Path installed = home == null ? null : Path.of(home, "config");
        return installed != null && Files.isDirectory(installed) ? installed : null;
    }

    /** The acting user of every command (SPEC 5 {@code --user}; {@code --operator} is kept as an alias). */
    String operator() {
        if (operator != null && !operator.isBlank()) {
            return operator;
        }
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }
}
