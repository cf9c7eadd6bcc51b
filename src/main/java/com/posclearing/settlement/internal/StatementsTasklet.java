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
import com.posclearing.statement.PendingItem;
import com.posclearing.statement.StatementHeader;
import com.posclearing.statement.StatementLine;
import com.posclearing.statement.StatementWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One XLSX + CSV statement per merchant with activity or a balance on D (SPEC 4). The lines of all merchants come
 * from one query in merchant order; each merchant's workbook is written on a pool of writers (POI's cost is per
 * workbook, so the cores share it).
 */
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
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        RunParams run = RunParams.of(context);
        BusinessDate d = run.date();
        ReferenceData ref = refData.get();
        Map<MerchantId, List<CardKindTotal>> cardKinds = cardKinds(d, run.runNo());
        Map<MerchantId, StatementHeader> headers = new HashMap<>();
        jdbc.query("SELECT * FROM merchant_day WHERE business_date = ? AND run_no = ?", rs -> {
            MerchantId id = MerchantId.of(rs.getString("merchant_id"));
            Merchant m = ref.merchant(id).orElseThrow();
            headers.put(id, new StatementHeader(id, m.name(), d, rs.getDate("value_date").toLocalDate(), rs.getLong("opening_fen"),
                    rs.getLong("sales_count"), rs.getLong("sales_fen"), rs.getLong("refunds_count"), rs.getLong("refunds_fen"),
                    rs.getLong("fees_fen"), rs.getLong("adjustments_fen"), rs.getLong("net_fen"), rs.getLong("payout_fen"),
                    rs.getLong("closing_fen"), m.accountLast4(), rs.getLong("held_fen") != 0,
                    cardKinds.getOrDefault(id, List.of())));
        }, TxnRows.date(d.value()), run.runNo());
        Map<MerchantId, List<PendingItem>> pending = new HashMap<>();
        queries.pending(d, run.runNo()).forEach(p -> pending.computeIfAbsent(p.merchantId(), m -> new ArrayList<>()).add(p));

        Progress progress = Progress.start("statements " + d, "statements");
        StatementWriter writer = new StatementWriter(Language.parse(props.statementLanguage()));
        OutputPaths paths = new OutputPaths(props.outDir(), d);
        try (StatementPool pool = new StatementPool(writer, paths, progress, () -> PausePoint.reached("statements", props.dataDir()))) {
            List<StatementLine> lines = new ArrayList<>();
            MerchantId[] current = {null};
            queries.statementLines(d, run.runNo(), (merchant, line) -> {
                if (!merchant.equals(current[0])) {
                    submit(pool, headers, pending, current[0], lines);
                    current[0] = merchant;
                }
                lines.add(line);
            });
            submit(pool, headers, pending, current[0], lines);
            for (StatementHeader header : headers.values()) {
                // merchants with a balance or pending items but no decided transaction on D
                pool.submit(header, List.of(), pending.getOrDefault(header.merchantId(), List.of()));
            }
        }
        contribution.incrementWriteCount(progress.count());
        progress.done();
        return RepeatStatus.FINISHED;
    }

    private static void submit(StatementPool pool, Map<MerchantId, StatementHeader> headers,
            Map<MerchantId, List<PendingItem>> pending, MerchantId merchant, List<StatementLine> lines) {
        if (merchant != null) {
            StatementHeader header = headers.remove(merchant);
            if (header != null) {
                pool.submit(header, List.copyOf(lines), pending.getOrDefault(merchant, List.of()));
            }
        }
        lines.clear();
    }

    private Map<MerchantId, List<CardKindTotal>> cardKinds(BusinessDate d, int runNo) {
        Map<MerchantId, Map<CardKind, long[]>> sums = new HashMap<>();
        jdbc.query("SELECT o.merchant_id, t.card_kind, COUNT(*), SUM(CASE WHEN o.txn_type = 'REFUND' THEN -o.amount_fen"
                + " ELSE o.amount_fen END), SUM(o.fee_fen) FROM recon_outcome o JOIN terminal_txn t ON t.txn_id = o.txn_id"
                + " WHERE o.business_date = ? AND o.run_no = ? AND o.side = 'TERMINAL' AND o.outcome IN ('MATCHED', 'MATCHED_LATE')"
                + " GROUP BY o.merchant_id, t.card_kind", rs -> {
                    sums.computeIfAbsent(MerchantId.of(rs.getString(1)), m -> new EnumMap<>(CardKind.class))
                            .put(CardKind.valueOf(rs.getString(2)), new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                }, TxnRows.date(d.value()), runNo);
        Map<MerchantId, List<CardKindTotal>> out = new HashMap<>();
        sums.forEach((merchant, kinds) -> {
            List<CardKindTotal> list = new ArrayList<>();
            kinds.forEach((kind, s) -> list.add(new CardKindTotal(kind, s[0], s[1], s[2])));
            out.put(merchant, list);
        });
        return out;
    }
}
