package com.posclearing.report.batch;

import com.posclearing.agents.batch.AccrualStore;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.support.PausePoint;
import com.posclearing.payout.batch.SettlementStore;
import com.posclearing.refdata.Merchant;
import com.posclearing.refdata.RefData;
import com.posclearing.refdata.ReferenceData;
import com.posclearing.report.BreakLine;
import com.posclearing.report.BreaksCsvWriter;
import com.posclearing.report.DiffLine;
import com.posclearing.report.MerchantMargin;
import com.posclearing.report.PayoutFileWriter;
import com.posclearing.report.PayoutFiles;
import com.posclearing.report.PayoutLine;
import com.posclearing.report.ReconciliationReport;
import com.posclearing.report.ReconciliationReportWriter;
import com.posclearing.report.RerunDiffWriter;
import com.posclearing.report.RunSummary;
import com.posclearing.resolution.BreakService;
import com.posclearing.runs.ReportQueries;
import com.posclearing.runs.RerunDiff;
import com.posclearing.runs.RunRegistry;
import com.posclearing.runs.SummaryTasklet;
import com.posclearing.report.FeeMismatch;
import com.posclearing.report.FeeMismatchCsvWriter;
import com.posclearing.support.ClearingProperties;
import com.posclearing.support.batch.RunParams;
import com.posclearing.support.db.SqlDates;
import com.posclearing.support.files.OutputPaths;
import com.posclearing.support.i18n.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/** The payout file and its control file, the operators' report, the breaks CSV, and summary.json last. */
@Component
public class ReportsTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(ReportsTasklet.class);
    /** Business dates on the report's charts. */
    private static final int TREND_DATES = 30;
    private final JdbcTemplate jdbc;
    private final SettlementStore settlement;
    private final RunRegistry runs;
    private final ReportQueries queries;
    private final SummaryTasklet summary;
    private final RefData refData;
    private final ClearingProperties props;
    private final BreakService breakService;
    private final PayoutFileWriter payoutFileWriter;
    private final AccrualStore accrual;

    ReportsTasklet(JdbcTemplate jdbc, SettlementStore settlement, RunRegistry runs, ReportQueries queries, SummaryTasklet summary,
            RefData refData, ClearingProperties props, BreakService breakService, AccrualStore accrual,
            @Value("${clearing.payout-file-mode:}") String payoutFileMode) {
        this.breakService = breakService;
        this.payoutFileWriter = PayoutFileWriter.ofMode(payoutFileMode);
        this.accrual = accrual;
        this.jdbc = jdbc;
        this.settlement = settlement;
        this.runs = runs;
        this.queries = queries;
        this.summary = summary;
        this.refData = refData;
        this.props = props;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        RunParams run = RunParams.of(context);
        BusinessDate d = run.date();
        ReferenceData ref = refData.get();
        OutputPaths paths = new OutputPaths(props.outDir(), d);

        List<PayoutLine> payouts = new ArrayList<>();
        for (SettlementStore.PayoutRow p : settlement.payoutsOf(d)) {
            Merchant m = ref.merchant(p.merchantId()).orElseThrow();
            payouts.add(new PayoutLine(p.payoutId(), p.merchantId(), m.accountNo(), m.accountName(), m.bankCode(), p.amountFen(),
                    p.valueDate()));
        }
        PayoutFiles payoutFiles = payoutFileWriter.write(paths, payouts);

        List<BreakLine> breaks = new ArrayList<>();
        queries.breaks(d, run.runNo(), breaks::add);
        new BreaksCsvWriter().write(paths, breaks);
        FeeMismatchCsvWriter.Totals feeMismatches = new FeeMismatchCsvWriter().write(paths, sink -> feeMismatches(run, sink));

        // not delivered yet: the deliver step sets the final status
        RunSummary written = summary.build(run, RunSummary.AWAITING_DELIVERY);
        List<MerchantMargin> margins = jdbc.query("SELECT merchant_id, SUM(sales_count + refunds_count), SUM(fees_fen),"
                + " SUM(fees_fen - margin_fen) FROM merchant_tally WHERE business_date = ? AND run_no = ? GROUP BY merchant_id"
                + " HAVING SUM(sales_count + refunds_count) > 0 ORDER BY merchant_id",
                (rs, i) -> {
                    com.posclearing.kernel.MerchantId id = com.posclearing.kernel.MerchantId.of(rs.getString(1));
                    return MerchantMargin.of(id, ref.merchant(id).map(Merchant::name).orElse(""), rs.getLong(2), rs.getLong(3),
                            rs.getLong(4));
                }, SqlDates.date(d.value()), run.runNo());
        BreakReportLines resolution = BreakReportLines.of(breakService, d.value());
        Optional<AccrualStore.Sharing> sharing = accrual.sharing(d, run.runNo());
        new ReconciliationReportWriter(Language.parse(props.statementLanguage())).write(paths, new ReconciliationReport(
                written, breaks, queries.pending(d, run.runNo()), queries.outOfBalance(d), margins,
                queries.trend(d, run.runNo(), TREND_DATES), resolution.ages(), resolution.resolutions(), resolution.events(),
                props.breakFlagAgeDays(), sharing.map(AccrualStore.Sharing::byAgent).orElse(List.of()),
                sharing.map(AccrualStore.Sharing::invariant)));
        if (run.runNo() > 1) {
            writeRerunDiff(run, paths);
        }
        removeStaleOutputs(run, paths);
        PausePoint.reached("reports");
        summary.write(run, written);
        contribution.incrementWriteCount(payouts.size() + breaks.size());
        LOG.info("wrote outputs of {} to {}: {} payouts totalling {} fen, {} breaks, {} fee mismatches ({} fen)", d,
                paths.dateDir(), payoutFiles.count(), payoutFiles.totalFen(), breaks.size(), feeMismatches.count(),
                feeMismatches.differenceFen());
        return RepeatStatus.FINISHED;
    }

    /** Settled terminal records whose bank record states another merchant fee (FEE_MISMATCH; decides nothing). */
    private void feeMismatches(RunParams run, Consumer<FeeMismatch> sink) {
        jdbc.query("SELECT o.merchant_id, o.terminal_id, b.stan, b.rrn, o.amount_fen, o.fee_fen, o.network_fee_fen,"
                + " f.file_name, b.line_no FROM recon_settled o JOIN recon_settled b ON b.business_date = o.business_date"
                + " AND b.bucket = o.bucket AND b.run_no = o.run_no AND b.side = 'BANK' AND b.txn_id = o.counterpart_id"
                + " JOIN input_file f ON f.file_id = b.file_id"
                + " WHERE o.business_date = ? AND o.run_no = ? AND o.side = 'TERMINAL' AND o.network_fee_fen IS NOT NULL"
                + " AND ABS(o.fee_fen) <> o.network_fee_fen ORDER BY o.txn_id",
                (RowCallbackHandler) rs -> sink.accept(new FeeMismatch(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getLong(9))),
                SqlDates.date(run.date().value()), run.runNo());
    }

    private void writeRerunDiff(RunParams run, OutputPaths paths) throws IOException {
        int previous = runs.all(java.util.Optional.of(run.date())).stream()
                .filter(r -> r.runNo() < run.runNo() && r.status().settled())
                .mapToInt(RunRegistry.Run::runNo).max().orElse(run.runNo() - 1);
        List<DiffLine> lines = new RerunDiff(jdbc).between(run.date(), previous, run.runNo());
        Path file = new RerunDiffWriter().write(paths, run.runNo(), previous, lines);
        LOG.info("rerun {} of {}: {} differences against run {} in {}", run.runNo(), run.date(), lines.size(), previous, file);
    }

    /**
     * A rerun replaces D's outputs: statements of merchants this run has none for are removed, and so are temporary
     * files a killed attempt left behind.
     */
    private void removeStaleOutputs(RunParams run, OutputPaths paths) throws IOException {
        Set<String> current = new HashSet<>(jdbc.queryForList("SELECT merchant_id FROM merchant_day WHERE business_date = ?"
                + " AND run_no = ?", String.class, SqlDates.date(run.date().value()), run.runNo()));
        try (Stream<Path> files = Files.walk(paths.dateDir())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                boolean leftover = name.startsWith(".") && name.endsWith(".tmp");
                boolean staleStatement = f.getParent().getFileName().toString().equals("statements")
                        && !current.contains(name.replaceFirst("\\.(xlsx|csv)$", ""));
                if (leftover || staleStatement) {
                    Files.delete(f);
                }
            }
        }
    }
}
