package com.posclearing.ops;

import com.posclearing.testdb.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Drives {@code ops/settle} in this JVM on a test database and captures what it prints. */
final class Cli {
    private Cli() {
    }

    /** Exit code, standard output and standard error of one command. */
    record Result(int exitCode, String out, String err) {
        /** The command's own last line (log lines of the start-up may come before it). */
        String lastLine() {
            List<String> lines = out.lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    static Result run(TestDatabase db, String... args) {
        // a test's own --config folder has the datasource already (TestDatabase.writeInto)
        return run(List.of(args).contains("--config") ? args : db.withConfig(args));
    }

    /** A command that needs no database (e.g. {@code layout check}). */
    static Result run(String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = SettleCommand.execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

}
