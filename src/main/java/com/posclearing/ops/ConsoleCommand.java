package com.posclearing.ops;

import com.posclearing.console.ConsoleRole;
import com.posclearing.console.ConsoleUsers;
import com.posclearing.support.AuditLog;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code console}: the operators' web console (SPEC 6) on {@code server.port} (8080; {@code SERVER_PORT} or
 * {@code --server.port=N} in a --config folder's application.properties), until stopped. Without {@code --data} it
 * serves the demo's database when {@code data/} has none, like {@code status}. {@code --add-user NAME --role R}
 * creates a user instead and prints its one-time password.
 */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = "The operators' web console on http://localhost:8080 (server.port), until stopped;"
                + " or with --add-user, a new console user and its one-time password.")
final class ConsoleCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--add-user", paramLabel = "NAME", description = "Create a console user (needs --role) and print its password.")
    String addUser;

    @Option(names = "--role", paramLabel = "ROLE", description = "VIEWER, OPERATOR, APPROVER or ADMIN.")
    ConsoleRole role;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!StatusCommand.databaseConfigured(common) && !Files.exists(StatusCommand.h2File(common.dataDir))
                && common.dataDir.equals(StatusCommand.DEFAULT_DATA) && Files.exists(StatusCommand.h2File(StatusCommand.DEMO_DATA))) {
            common.dataDir = StatusCommand.DEMO_DATA;
            System.out.println("console: the demo's database in " + StatusCommand.DEMO_DATA + " (" + StatusCommand.DEFAULT_DATA
                    + " has none)");
        }
        if (addUser != null) {
            if (role == null) {
                throw new UsageException("--add-user needs --role VIEWER, OPERATOR, APPROVER or ADMIN");
            }
            try (ConfigurableApplicationContext ctx = Contexts.open(common)) {
                String password = ctx.getBean(ConsoleUsers.class).create(addUser, role, common.operator());
                ctx.getBean(AuditLog.class).record(common.operator(), "console user add",
                        addUser + " --role " + role, null, "exit 0: created");
                System.out.println("console user " + addUser + " (" + role + ") created; one-time password: " + password);
            }
            return ExitCodes.OK;
        }
        CountDownLatch closed = new CountDownLatch(1);
        try (ConfigurableApplicationContext ctx = start(common)) {
            ctx.addApplicationListener(e -> {
                if (e instanceof ContextClosedEvent) {
                    closed.countDown();
                }
            });
            System.out.println("console: http://localhost:" + ctx.getEnvironment().getProperty("local.server.port")
                    + "/ (data " + common.dataDir.toAbsolutePath().normalize() + ", outputs "
                    + common.outDir.toAbsolutePath().normalize() + "); stop with Ctrl-C");
            closed.await();
        }
        return ExitCodes.OK;
    }

    /** The servlet application of the console, started; tests start it on {@code --server.port=0}. */
    static ConfigurableApplicationContext start(CommonOptions options, String... overrides) {
        // a command-line setting: application.properties' spring.main.web-application-type=none beats the builder's
        String[] args = new String[overrides.length + 1];
        args[0] = "--spring.main.web-application-type=servlet";
        System.arraycopy(overrides, 0, args, 1, overrides.length);
        return Contexts.open(options, args);
    }
}
