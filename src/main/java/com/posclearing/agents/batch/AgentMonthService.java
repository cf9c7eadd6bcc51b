package com.posclearing.agents.batch;

import com.posclearing.agents.AgentMonth;
import com.posclearing.agents.AgentMonthCalculator;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.RunStatus;
import com.posclearing.refdata.Agent;
import com.posclearing.refdata.AgentNetwork;
import com.posclearing.refdata.Merchant;
import com.posclearing.refdata.RefData;
import com.posclearing.refdata.ReferenceData;
import com.posclearing.report.AgentPayoutLine;
import com.posclearing.report.PayoutFileWriter;
import com.posclearing.report.PayoutFiles;
import com.posclearing.statement.AgentStatementLine;
import com.posclearing.statement.AgentStatementWriter;
import com.posclearing.support.ClearingProperties;
import com.posclearing.support.files.AgentMonthPaths;
import com.posclearing.support.i18n.Language;
import com.posclearing.transfer.batch.OutputDelivery;
import com.posclearing.transfer.mail.MailResult;
import com.posclearing.transfer.mail.StatementMail;
import com.posclearing.transfer.mail.StatementMailer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly agent settlement (SPEC 3.5): each run of a month sums the daily accrual of its dates, decides every
 * agent's payout, and writes each agent's statement and {@code AGENT_PAYOUT_{yyyyMM}.csv} + {@code .ctl} to
 * {@code out/agents/{yyyyMM}/}, then sends the payout pair to the bank. Before delivery a run replaces the month's
 * figures and payouts under the same ids; after, the month keeps what was delivered and the difference moves to the
 * next month as an adjustment. The figures commit in one transaction before any file is written.
 */
@Service
public class AgentMonthService {
    /** The name of the scheduled job in {@code jobs/agent-month.yaml}. */
    public static final String JOB_NAME = "agent-month";
    private static final Logger LOG = LoggerFactory.getLogger(AgentMonthService.class);
    private final AgentMonthStore store;
    private final RefData refData;
    private final ClearingProperties props;
    private final OutputDelivery delivery;
    private final TransactionTemplate tx;
    private final PayoutFileWriter payoutFiles;
    private final StatementMailer mailer;

    AgentMonthService(AgentMonthStore store, RefData refData, ClearingProperties props, OutputDelivery delivery,
            PlatformTransactionManager tm, @Value("${clearing.payout-file-mode:}") String payoutFileMode,
            StatementMailer mailer) {
        this.store = store;
        this.mailer = mailer;
        this.refData = refData;
        this.props = props;
        this.delivery = delivery;
        this.tx = new TransactionTemplate(tm);
        this.payoutFiles = PayoutFileWriter.ofMode(payoutFileMode);
    }

    /**
     * What a run of a month did.
     *
     * @param runDate         the first working day of the month after: the statements' day and the payouts' value date
     * @param statements      agents with a statement
     * @param delivered       the payout pair is at the bank (sent now or by an earlier run)
     * @param movedToNextFen  what this run, after delivery, moved to the next month (Σ over agents, signed)
     */
    public record Result(YearMonth month, int runNo, LocalDate runDate, Path folder, int statements, PayoutFiles payouts,
            boolean delivered, long movedToNextFen) {
    }

    /**
     * Runs (or reruns) the month; refused with a sentence while a date of it has a failed or unfinished run, or, unless
     * {@code partial}, while its last day has not settled.
     *
     * @param partial settle the dates settled so far (a later run before delivery replaces the figures; after, the
     *                month's remaining days move to the next month)
     */
    public Result settle(YearMonth month, String operator, String reason, boolean partial) {
        ReferenceData ref = refData.get();
        AgentMonthCalculator calculator = new AgentMonthCalculator(ref.calendar(), props.minimumPayoutFen());
        LocalDate runDate = calculator.firstWorkingDay(month.plusMonths(1));
        checkSettled(month, partial);
        Optional<Integer> deliveredRun = store.deliveredRun(month);
        Settled settled = tx.execute(status -> settle(month, runDate, operator, reason, ref, calculator, deliveredRun));
        AgentMonthPaths paths = new AgentMonthPaths(props.outDir(), month);
        try {
            int statements = writeStatements(paths, settled, ref);
            PayoutFiles files = payoutFiles.write(paths, payoutLines(month, ref.agents()));
            boolean delivered = deliveredRun.isPresent() || deliver(month, settled.runNo, runDate, files);
            mail(paths, settled, ref);
            LOG.info("agents {} run {}: {} statements, {} payouts totalling {} fen in {}{}", month, settled.runNo, statements,
                    files.count(), files.totalFen(), paths.monthDir(), delivered ? ", delivered" : ", not delivered");
            return new Result(month, settled.runNo, runDate, paths.monthDir(), statements, files, delivered, settled.movedFen);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the agent settlement of " + month + " to " + paths.monthDir() + ": "
                    + e.getMessage() + "; the figures are stored: run ops/settle agents --month " + month + " again", e);
        }
    }

    /**
     * The schedule's run on {@code today}: the month before when today is the first working day of its month and the
     * month before has no run yet; otherwise nothing.
     */
    public Optional<Result> settleDue(LocalDate today, String operator) {
        ReferenceData ref = refData.get();
        YearMonth current = YearMonth.from(today);
        if (!new AgentMonthCalculator(ref.calendar(), props.minimumPayoutFen()).firstWorkingDay(current).equals(today)
                || store.hasRun(current.minusMonths(1))) {
            return Optional.empty();
        }
        return Optional.of(settle(current.minusMonths(1), operator, "scheduled on the first working day of " + current,
                false));
    }

    private record Settled(int runNo, List<AgentMonth> months, long movedFen) {
    }

    private Settled settle(YearMonth month, LocalDate runDate, String operator, String reason, ReferenceData ref,
            AgentMonthCalculator calculator, Optional<Integer> deliveredRun) {
        int runNo = store.startRun(month, runDate, operator, reason);
        store.deleteAdjustmentsFrom(month);
        Map<String, AgentMonthStore.Accrued> accrued = store.accrued(month);
        Map<String, Long> opening = store.closingOf(month.minusMonths(1));
        Map<String, Long> adjustments = store.adjustmentsInto(month);
        Map<String, Long> deliveredNet = deliveredRun.map(r -> store.netOf(month, r)).orElse(Map.of());
        TreeSet<String> agents = new TreeSet<>(accrued.keySet());
        agents.addAll(opening.keySet());
        agents.addAll(adjustments.keySet());
        agents.addAll(deliveredNet.keySet());
        List<AgentMonth> months = new java.util.ArrayList<>();
        long moved = 0;
        for (String id : agents) {
            Agent agent = ref.agents().agent(id).orElseThrow(() -> new IllegalStateException("agent " + id + " has shares or a"
                    + " balance in " + month + " but is not in agents.csv; add its row back, then run the month again"));
            AgentMonthStore.Accrued a = accrued.getOrDefault(id, new AgentMonthStore.Accrued(0, 0));
            AgentMonth m = calculator.decide(month, id, agent.status(), opening.getOrDefault(id, 0L), a.sharesFen(),
                    a.clawbackFen(), adjustments.getOrDefault(id, 0L));
            if (deliveredRun.isPresent()) {
                long delta = Math.subtractExact(m.netFen(), deliveredNet.getOrDefault(id, 0L));
                if (delta != 0) {
                    String why = "run " + runNo + " of " + month + " changed the net by " + delta + " fen after the payout file"
                            + " of run " + deliveredRun.get() + " was delivered";
                    store.insertAdjustment(id, month, month, runNo, AgentMonthStore.OUT, -delta, why);
                    store.insertAdjustment(id, month.plusMonths(1), month, runNo, AgentMonthStore.IN, delta, why);
                    m = calculator.keepDelivered(m, deliveredNet.getOrDefault(id, 0L));
                    moved = Math.addExact(moved, delta);
                }
            }
            months.add(m);
        }
        store.insertMonths(runNo, months);
        if (deliveredRun.isEmpty()) {
            store.replacePayouts(month, runNo, months);
        } else {
            checkDeliveredPayoutsKept(month, months);
        }
        return new Settled(runNo, months, moved);
    }

    /** After delivery every agent must be paid exactly what the bank was told. */
    private void checkDeliveredPayoutsKept(YearMonth month, List<AgentMonth> months) {
        Map<String, Long> delivered = store.payoutsOf(month).stream()
                .collect(Collectors.toMap(AgentMonthStore.PayoutRow::agentId, AgentMonthStore.PayoutRow::amountFen));
        for (AgentMonth m : months) {
            if (m.payoutFen() != delivered.getOrDefault(m.agentId(), 0L)) {
                throw new IllegalStateException("the payout of agent " + m.agentId() + " for " + month + " was delivered as "
                        + delivered.getOrDefault(m.agentId(), 0L) + " fen but this run would pay " + m.payoutFen()
                        + " fen (did its status in agents.csv change?); restore the status, then run the month again");
            }
        }
    }

    private void checkSettled(YearMonth month, boolean partial) {
        Map<LocalDate, RunStatus> unsettled = store.unsettledDates(month);
        if (!unsettled.isEmpty()) {
            LocalDate first = unsettled.keySet().iterator().next();
            throw new IllegalStateException("agents --month " + month + ": the latest run of " + first + " is "
                    + unsettled.get(first) + "; restart it first (ops/settle restart --date " + first + ")");
        }
        LocalDate last = month.atEndOfMonth();
        if (!partial && !store.settled(last)) {
            throw new IllegalStateException("agents --month " + month + ": " + last + ", the month's last day, has not settled;"
                    + " run it first (ops/settle run --date " + last + "), or add --partial to settle the dates so far");
        }
    }

    private int writeStatements(AgentMonthPaths paths, Settled settled, ReferenceData ref) throws IOException {
        Map<String, String> names = ref.merchants().stream()
                .collect(Collectors.toMap(m -> m.id().value(), Merchant::name));
        Map<String, List<AgentStatementLine>> lines = store.statementLines(paths.month(), names);
        AgentStatementWriter writer = new AgentStatementWriter(Language.parse(props.statementLanguage()),
                props.acquirerName());
        for (AgentMonth m : settled.months) {
            writer.write(paths, m, ref.agents().agent(m.agentId()).map(Agent::name).orElse(""),
                    lines.getOrDefault(m.agentId(), List.of()));
        }
        removeStale(paths, settled.months.stream().map(AgentMonth::agentId).collect(Collectors.toSet()));
        return settled.months.size();
    }

    /**
     * Mails the statements of agents whose delivery is email or both; the mailer sends a file set once, and a changed
     * one as a correction. Mails that failed every attempt stay pending and fail the command after the files are out.
     */
    private void mail(AgentMonthPaths paths, Settled settled, ReferenceData ref) {
        List<StatementMail> mails = settled.months.stream()
                .flatMap(m -> ref.agents().agent(m.agentId()).filter(a -> a.delivery().byEmail()).stream())
                .map(a -> StatementMail.ofAgent(a.id(), a.name(), paths.month().toString(), settled.runNo, a.email(),
                        List.of(paths.statementXlsx(a.id()), paths.statementCsv(a.id()))))
                .toList();
        List<MailResult> failed = mailer.send(mails).stream().filter(MailResult::failed).toList();
        if (!failed.isEmpty()) {
            throw new IllegalStateException(MailResult.failedSentence(failed, "agent statements of " + paths.month(),
                    "run ops/settle agents --month " + paths.month() + " again to send them"));
        }
    }

    /** A rerun replaces the month's files: statements of agents this run has none for go, and a killed run's temp files. */
    private static void removeStale(AgentMonthPaths paths, Set<String> agents) throws IOException {
        try (Stream<Path> files = Files.list(paths.monthDir())) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                boolean statement = name.matches(".+\\.(xlsx|csv)") && !name.startsWith("AGENT_PAYOUT_");
                if ((name.startsWith(".") && name.endsWith(".tmp"))
                        || (statement && !agents.contains(name.replaceFirst("\\.(xlsx|csv)$", "")))) {
                    Files.delete(f);
                }
            }
        }
    }

    private List<AgentPayoutLine> payoutLines(YearMonth month, AgentNetwork agents) {
        return store.payoutsOf(month).stream().map(p -> {
            Agent a = agents.agent(p.agentId()).orElseThrow();
            return new AgentPayoutLine(p.payoutId(), p.agentId(), a.accountNo(), a.accountName(), a.bankCode(), p.amountFen(),
                    p.valueDate());
        }).toList();
    }

    private boolean deliver(YearMonth month, int runNo, LocalDate runDate, PayoutFiles files) {
        Optional<Instant> at = delivery.deliverToBank(new BusinessDate(runDate), files.csv(), files.ctl());
        at.ifPresent(t -> tx.executeWithoutResult(status -> store.markDelivered(month, runNo, t)));
        return at.isPresent();
    }
}
