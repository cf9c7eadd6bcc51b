package com.posclearing.ops;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Yuan;
import com.posclearing.resolution.Break;
import com.posclearing.resolution.BreakAction;
import com.posclearing.resolution.BreakEvent;
import com.posclearing.resolution.BreakId;
import com.posclearing.resolution.BreakService;
import com.posclearing.resolution.BreakState;
import com.posclearing.support.AuditLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code breaks list|propose|approve|refuse|export|import}: the operators' work list (SPEC 3.4, 5). */
@Command(name = "breaks", mixinStandardHelpOptions = true, description = "Breaks and their maker-checker resolution.",
        subcommands = {BreaksCommand.ListBreaks.class, BreaksCommand.Propose.class, BreaksCommand.Approve.class,
            BreaksCommand.Refuse.class, BreaksCommand.Export.class, BreaksCommand.Import.class})
final class BreaksCommand implements Runnable {
    static final String CSV_HEADER =
            "break_id,business_date,outcome,side,merchant_id,terminal_id,rrn,stan,terminal_fen,bank_fen,state,age_days";

    @Override
    public void run() {
        throw new UsageException("breaks needs a command: list, propose, approve, refuse, export or import (see --help)");
    }

    /** Runs one change in a context of its own and records it in the audit log; prints the sentence it returns. */
    static int change(CommonOptions common, String command, String arguments, String reason,
            Function<BreakService, String> work) {
        try (ConfigurableApplicationContext ctx = Contexts.open(common)) {
            AuditLog audit = ctx.getBean(AuditLog.class);
            try {
                String done = work.apply(ctx.getBean(BreakService.class));
                audit.record(common.operator(), "breaks " + command, arguments, reason, "exit 0: " + done);
                System.out.println(done);
                return ExitCodes.OK;
            } catch (RuntimeException e) {
                audit.record(common.operator(), "breaks " + command, arguments, reason,
                        "exit " + ExitCodes.of(e) + ": " + ExitCodes.sentence(e));
                throw e;
            }
        }
    }

    static String said(Break b) {
        return b.id() + " is " + b.state() + (b.action() == null ? "" : " (" + b.action() + ")");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The breaks with id, outcome, merchant, amounts,"
            + " state and age; --csv for scripts.")
    static final class ListBreaks implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "Only the breaks found on this business date.")
        String date;

        @Option(names = "--state", paramLabel = "S", description = "Only breaks in this state (OPEN, PROPOSED, APPROVED,"
                + " APPLIED, RESOLVED_BY_RERUN).")
        String state;

        @Option(names = "--csv", description = "Comma-separated, with a header line, for scripts.")
        boolean csv;

        @Override
        public Integer call() {
            Optional<BusinessDate> d = Optional.ofNullable(date).map(BusinessDate::parse);
            Optional<BreakState> s = Optional.ofNullable(state).map(BreaksCommand::state);
            // scripts read --csv from stdout: no console log lines there (they still go to the log file)
            String[] quiet = csv ? new String[] {"--logging.threshold.console=OFF"} : new String[0];
            try (ConfigurableApplicationContext ctx = Contexts.open(common, quiet)) {
                BreakService breaks = ctx.getBean(BreakService.class);
                List<Break> rows = breaks.list(d, s);
                if (csv) {
                    System.out.println(CSV_HEADER);
                    rows.forEach(b -> System.out.println(String.join(",", b.id().value(), b.businessDate().toString(),
                            b.outcome().name(), b.side(), b.merchantId().value(), b.terminalId().value(), b.rrn(), b.stan(),
                            Long.toString(b.terminalFen()), Long.toString(b.bankFen()), b.state().name(),
                            Long.toString(breaks.ageDays(b)))));
                    return ExitCodes.OK;
                }
                for (Break b : rows) {
                    System.out.printf(Locale.ROOT, "%s  %-19s %-8s %s  terminal %s  bank %s  %s%s, %d days%s%n", b.id(),
                            b.outcome(), b.side(), b.merchantId(), Yuan.format(b.terminalFen()), Yuan.format(b.bankFen()),
                            b.state(), b.action() == null ? "" : " " + b.action(), breaks.ageDays(b),
                            breaks.overAge(b) ? "  OLD" : "");
                }
                // the history of the breaks listed, so --state narrows it too
                Set<BreakId> listed = rows.stream().map(Break::id).collect(Collectors.toSet());
                for (BreakEvent e : breaks.history(d).stream().filter(e -> listed.contains(e.breakId())).toList()) {
                    System.out.printf(Locale.ROOT, "  %s #%d %s %s: %s -> %s%s%n", e.breakId(), e.seqNo(), e.at().withNano(0),
                            e.actor(), e.from() == null ? "-" : e.from(), e.to(),
                            e.reason() == null ? "" : " (" + e.reason() + ")");
                }
                System.out.println(rows.size() + " breaks");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "propose", mixinStandardHelpOptions = true, description = "A maker proposes a resolution.")
    static final class Propose implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--action", required = true, paramLabel = "A",
                description = "BANK_WINS, TERMINAL_WINS, PAIR or WRITE_OFF.")
        String action;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Option(names = "--pair", paramLabel = "ID2", description = "For PAIR: the MISSING_AT_TERMINAL break.")
        String pair;

        @Override
        public Integer call() {
            BreakId breakId = BreakId.of(id);
            BreakAction a = action(action);
            Optional<BreakId> with = Optional.ofNullable(pair).map(BreakId::of);
            return change(common, "propose", id + " --action " + a + with.map(p -> " --pair " + p).orElse(""), reason,
                    s -> said(s.propose(breakId, a, with, reason, common.operator())));
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "A checker (not the maker) approves.")
    static final class Approve implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            BreakId breakId = BreakId.of(id);
            return change(common, "approve", id, null, s -> {
                Break b = s.approve(breakId, common.operator());
                return said(b) + "; applied by the settlement of " + b.targetDate();
            });
        }
    }

    @Command(name = "refuse", mixinStandardHelpOptions = true, description = "A checker refuses: the break is OPEN again.")
    static final class Refuse implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        public Integer call() {
            BreakId breakId = BreakId.of(id);
            return change(common, "refuse", id, reason, s -> said(s.refuse(breakId, reason, common.operator())));
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "A workbook of D's open breaks to fill in.")
    static final class Export implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Option(names = "--date", required = true, paramLabel = "yyyy-MM-dd")
        String date;

        @Override
        public Integer call() {
            BusinessDate d = BusinessDate.parse(date);
            Path file = common.outDir.resolve(d.compact()).resolve("reports").resolve("breaks_open_" + d.compact() + ".xlsx");
            try (ConfigurableApplicationContext ctx = Contexts.open(common)) {
                int n = ctx.getBean(BreakService.class).export(d, file);
                System.out.println(n + " open breaks of " + d + " written to " + file);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Proposes every filled row of an exported workbook, all in one transaction or none.")
    static final class Import implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            return change(common, "import", file.toString(), null,
                    s -> proposals(s.importProposals(file, common.operator())) + " imported from " + file);
        }
    }

    private static String proposals(int count) {
        return count == 1 ? "1 proposal" : count + " proposals";
    }

    private static BreakAction action(String text) {
        try {
            return BreakAction.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--action " + text + " is not an action: use BANK_WINS, TERMINAL_WINS, PAIR or WRITE_OFF");
        }
    }

    private static BreakState state(String text) {
        try {
            return BreakState.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--state " + text + " is not a state: use OPEN, PROPOSED, APPROVED, APPLIED or"
                    + " RESOLVED_BY_RERUN");
        }
    }
}
