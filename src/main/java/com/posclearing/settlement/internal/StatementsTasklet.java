package com.posclearing.settlement.internal;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Progress;
import com.posclearing.refdata.Merchant;
import com.posclearing.refdata.ReferenceData;
import com.posclearing.settlement.ClearingProperties;
import com.posclearing.statement.CardKindTotal;
import com.posclearing.statement.Language;
import com.posclearing.statement.OutputPaths;
import com.posclearing.statement.StatementHeader;
import com.posclearing.statement.StatementLine;
import com.posclearing.statement.StatementWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One XLSX + CSV statement per merchant with activity or a balance on D (SPEC 4). */
@Component
public class StatementsTasklet implements Tasklet {
    private final JdbcTemplate jdbc;
    private final ReportQueries queries;
    private final RefData refData;
    private final ClearingProperties props;

    StatementsTasklet(JdbcTemplate jdbc, ReportQueries queries, RefData refData, ClearingProperties props) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.refData = refData;
        this.props = props;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        RunParams run = RunParams.of(context);
        BusinessDate d = run.date();
        ReferenceData ref = refData.get();
        OutputPaths paths = new OutputPaths(props.outDir(), d);
        StatementWriter writer = new StatementWriter(Language.parse(props.statementLanguage()));
        Progress progress = Progress.start("statements " + d, "statements");
        List<StatementHeader> headers = jdbc.query("SELECT * FROM merchant_day WHERE business_date = ? AND run_no = ?"
                + " ORDER BY merchant_id", (rs, i) -> {
                    MerchantId id = MerchantId.of(rs.getString("merchant_id"));
                    Merchant m = ref.merchant(id).orElseThrow();
                    return new StatementHeader(id, m.name(), d, rs.getDate("value_date").toLocalDate(), rs.getLong("opening_fen"),
                            rs.getLong("sales_count"), rs.getLong("sales_fen"), rs.getLong("refunds_count"),
                            rs.getLong("refunds_fen"), rs.getLong("fees_fen"), rs.getLong("adjustments_fen"), rs.getLong("net_fen"),
                            rs.getLong("payout_fen"), rs.getLong("closing_fen"), m.accountLast4(),
                            rs.getLong("held_fen") != 0, cardKinds(d, run.runNo(), id));
                }, TxnRows.date(d.value()), run.runNo());
        for (StatementHeader header : headers) {
            List<StatementLine> lines = new ArrayList<>();
            queries.statementLines(d, run.runNo(), header.merchantId(), lines::add);
            try {
                writer.write(paths, header, lines, queries.pending(d, run.runNo(), header.merchantId()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the statement of " + header.merchantId() + ": " + e.getMessage(), e);
            }
            progress.add(1);
            contribution.incrementWriteCount(1);
            if (progress.count() == 2) {
                PausePoint.reached("statements", props.dataDir());
            }
        }
        progress.done();
        return RepeatStatus.FINISHED;
    }

    private List<CardKindTotal> cardKinds(BusinessDate d, int runNo, MerchantId merchant) {
        Map<CardKind, long[]> sums = new EnumMap<>(CardKind.class);
        jdbc.query("SELECT t.card_kind, t.txn_type, t.amount_fen, o.fee_fen FROM recon_outcome o JOIN terminal_txn t"
                + " ON t.txn_id = o.txn_id WHERE o.business_date = ? AND o.run_no = ? AND o.side = 'TERMINAL'"
                + " AND o.merchant_id = ? AND o.outcome IN ('MATCHED', 'MATCHED_LATE')", rs -> {
                    long[] s = sums.computeIfAbsent(CardKind.valueOf(rs.getString(1)), k -> new long[3]);
                    s[0]++;
                    s[1] += "REFUND".equals(rs.getString(2)) ? -rs.getLong(3) : rs.getLong(3);
                    s[2] += rs.getLong(4);
                }, TxnRows.date(d.value()), runNo, merchant.value());
        List<CardKindTotal> out = new ArrayList<>();
        sums.forEach((kind, s) -> out.add(new CardKindTotal(kind, s[0], s[1], s[2])));
        return out;
    }
}
