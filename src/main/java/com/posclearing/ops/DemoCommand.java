package com.posclearing.ops;

import com.posclearing.agents.batch.AgentMonthService;
import com.posclearing.console.ConsoleRole;
import com.posclearing.console.ConsoleUsers;
import com.posclearing.h2server.H2Server;
import com.posclearing.job.RunOutcome;
import com.posclearing.job.SettlementService;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Yuan;
import com.posclearing.resolution.Break;
import com.posclearing.resolution.BreakAction;
import com.posclearing.resolution.BreakService;
import com.posclearing.resolution.BreakState;
import com.posclearing.support.files.AgentMonthPaths;
import com.posclearing.transfer.mail.MailRecord;
import com.posclearing.transfer.mail.MailState;
import com.posclearing.transfer.mail.StatementMailer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code demo}: the nightly job over every bundled sample date, in date order, on a fresh embedded database of its
 * own ({@code data/demo}), so it can be run again and again. Inputs are fetched from, and outputs delivered to, an
 * embedded SFTP server ({@link DemoSftp}) exactly as in production. Then the {@link OnboardedNight} in a folder of its own.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs the nightly job on the bundled sample dates with the embedded defaults; writes out/.")
final class DemoCommand implements Callable<Integer> {
    private static final Pattern POSP_DATE = Pattern.compile("POSP_(\\d{4})(\\d{2})(\\d{2})_.*\\.csv");
    /** All sample files are on the server from the start: a missing one is reported after this wait (exit 4). */
    private static final Duration INPUT_DEADLINE = Duration.ofSeconds(10);

    @Mixin
    CommonOptions common;

    @Option(names = "--samples", paramLabel = "DIR", description = "Sample input folder (default: sample-files/ of the installation).")
    Path samples;

    @Override
    public Integer call() throws IOException {
        Path sampleDir = samples != null ? samples : Path.of(System.getProperty("pos.clearing.home", ".")).resolve("sample-files");
        List<BusinessDate> dates = sampleDates(sampleDir);
        if (dates.isEmpty()) {
            throw new UsageException("no sample files in " + sampleDir);
        }
        if ("data".equals(common.dataDir.toString())) {
            common.dataDir = Path.of("data", "demo");
        }
        // they would go on serving the deleted files
        H2Server.stop(common.dataDir.resolve("db").resolve("clearing"));
        H2Server.stop(common.dataDir.resolve(OnboardedNight.FOLDER).resolve("db").resolve("clearing"));
        deleteTree(common.dataDir);
        System.out.println("demo: " + dates.size() + " sample dates " + dates.get(0) + " .. " + dates.get(dates.size() - 1)
                + ", fresh database in " + common.dataDir.toAbsolutePath().normalize());
        Path demoConfig = demoConfig();
        try (DemoSftp sftp = DemoSftp.start(sampleDir, common.dataDir, demoConfig, INPUT_DEADLINE)) {
            System.out.println("demo: embedded SFTP server " + sftp.describe() + " serves a copy of " + sampleDir
                    + " from " + sftp.root() + "; sources.yaml in " + demoConfig);
            common.configDir = demoConfig;
            try (ConfigurableApplicationContext ctx = Contexts.open(common)) {
                SettlementService service = ctx.getBean(SettlementService.class);
                for (BusinessDate d : dates) {
                    deleteTree(common.outDir.resolve(d.compact()));
                    RunOutcome outcome = service.run(d, "sftp", common.operator());
                    int code = Outcomes.report(outcome, System.out, System.err);
                    if (code != ExitCodes.OK) {
                        return code;
                    }
                }
                settleEndedMonths(ctx.getBean(AgentMonthService.class), dates);
                pendingMails(ctx.getBean(StatementMailer.class), dates);
                resolveSomeBreaks(ctx.getBean(BreakService.class));
                consoleUsers(ctx.getBean(ConsoleUsers.class));
            }
            System.out.println("demo: outputs of every date are in " + common.outDir.toAbsolutePath().normalize());
            System.out.println("demo: deliveries landed on the SFTP server: payout files in " + sftp.root().resolve(DemoSftp.PAYOUT_DIR)
                    + ", statements in " + sftp.root().resolve("merchants") + "/{merchantId}/statements");
        }
        return onboardedNight(sampleDir, demoConfig);
    }

    /** {@code DATA/config}: the operator's --config (or installed config/) files if any (copied), and the demo's own sources.yaml. */
    private Path demoConfig() throws IOException {
        Path target = common.dataDir.resolve("config");
        Files.createDirectories(target);
        if (common.configDir() != null) {
            Path source = common.configDir();
            if (!Files.isDirectory(source)) {
                throw new UsageException("--config " + source + " is not a folder");
            }
            copyTree(source, target, p -> true);
        }
        return target;
    }

    /** Copies the files of {@code from} whose relative path {@code which} accepts into {@code to}, sub-folders kept. */
    static void copyTree(Path from, Path to, Predicate<Path> which) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> which.test(from.relativize(p))).toList()) {
                Path copy = to.resolve(from.relativize(p).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(p, copy);
            }
        }
    }

    /** The onboarded night (sample-files/onboarded/) when the samples folder has it, in its own folder and database. */
    private int onboardedNight(Path sampleDir, Path demoConfig) throws IOException {
        Path samples = sampleDir.resolve(OnboardedNight.FOLDER);
        Path sources = Path.of(System.getProperty("pos.clearing.home", ".")).resolve(OnboardedNight.SOURCES).normalize();
        if (!Files.isDirectory(samples) || !Files.isRegularFile(sources)) {
            System.out.println("demo: no onboarded night: it needs " + samples + " and " + sources);
            return ExitCodes.OK;
        }
        return OnboardedNight.runInDemo(common, demoConfig, samples, sources);
    }

    /** The agents' month of every month whose last day is a sample date (2026-12 of the bundled samples), as on 2027-01-04. */
    private void settleEndedMonths(AgentMonthService months, List<BusinessDate> dates) throws IOException {
        for (BusinessDate d : dates) {
            YearMonth month = YearMonth.from(d.value());
            if (d.value().equals(month.atEndOfMonth())) {
                AgentMonthPaths paths = new AgentMonthPaths(common.outDir, month);
                deleteTree(paths.monthDir());
                AgentMonthService.Result r = months.settle(month, common.operator(), "demo", false);
                System.out.println("demo: agents " + month + " settled as on " + r.runDate() + ": " + r.statements()
                        + " agent statements, " + r.payouts().count() + " agent payouts totalling "
                        + Yuan.format(r.payouts().totalFen()) + " yuan in " + r.folder());
            }
        }
    }

    /** The demo has no mail server: statements of merchants that take e-mail stay PENDING, and the demo says so. */
    private static void pendingMails(StatementMailer mailer, List<BusinessDate> dates) {
        for (BusinessDate d : dates) {
            List<MailRecord> pending = mailer.ofPeriod(d.toString()).stream().filter(m -> m.state() == MailState.PENDING).toList();
            if (!pending.isEmpty()) {
                System.out.println("demo: " + d + ": " + pending.size() + " statements by e-mail stay PENDING ("
                        + pending.stream().map(MailRecord::party).collect(java.util.stream.Collectors.joining(", "))
                        + "): the demo has no mail server (docs/mail.md); ops/settle status --date " + d + " lists them");
            }
        }
    }

    /**
     * Leaves the operators' work list mid-way, after the last date so no demo night applies it (the figures stay as
     * computed by hand): alice proposes BANK_WINS on the first break that allows it and bob approves it; alice proposes
     * the next break's first money-moving action and it waits for a checker.
     */
    private static void resolveSomeBreaks(BreakService breaks) {
        List<Break> open = breaks.list(Optional.empty(), Optional.of(BreakState.OPEN)).stream()
                .filter(b -> BreakAction.BANK_WINS.allowedFor(b.outcome())).toList();
        if (open.size() < 2) {
            return;
        }
        Break approved = breaks.propose(open.get(0).id(), BreakAction.BANK_WINS, Optional.empty(), "demo: slip checked", "alice");
        approved = breaks.approve(approved.id(), "bob");
        Break proposed = breaks.propose(open.get(1).id(), BreakAction.BANK_WINS, Optional.empty(), "demo: bank file is right",
                "alice");
        System.out.println("demo: " + BreaksCommand.said(approved) + " (alice proposed, bob approved); "
                + BreaksCommand.said(proposed) + " (alice proposed; a second user approves it)");
    }

    /**
     * The demo's two console users, named like the demo's maker and checker, with fresh random passwords printed once
     * (the database is new at every demo, so are they): {@code ops/settle console} then logs in as either.
     */
    private static void consoleUsers(ConsoleUsers users) {
        for (Map.Entry<String, ConsoleRole> u : List.of(Map.entry("alice", ConsoleRole.OPERATOR), Map.entry("bob", ConsoleRole.APPROVER))) {
            System.out.println("demo: console user " + u.getKey() + " (" + u.getValue() + "), one-time password "
                    + users.create(u.getKey(), u.getValue(), "demo"));
        }
    }

    private static List<BusinessDate> sampleDates(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UsageException("sample folder " + dir + " does not exist");
        }
        TreeSet<BusinessDate> dates = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> POSP_DATE.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .forEach(m -> dates.add(BusinessDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)))));
        }
        return List.copyOf(dates);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete " + p, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }
}
