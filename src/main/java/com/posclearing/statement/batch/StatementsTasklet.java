package com.posclearing.statement.batch;

import com.posclearing.ingest.batch.Folders;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.Progress;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.TerminalId;
import com.posclearing.refdata.Merchant;
import com.posclearing.refdata.RefData;
import com.posclearing.refdata.ReferenceData;
import com.posclearing.runs.ReportQueries;
import com.posclearing.statement.AdjustmentLine;
import com.posclearing.statement.CardKindTotal;
import com.posclearing.statement.PendingItem;
import com.posclearing.statement.StatementHeader;
import com.posclearing.statement.StatementLine;
import com.posclearing.statement.StatementWriter;
import com.posclearing.support.ClearingProperties;
import com.posclearing.support.batch.PausePoint;
import com.posclearing.support.batch.RunParams;
import com.posclearing.support.db.SqlDates;
import com.posclearing.support.files.OutputPaths;
import com.posclearing.support.i18n.Language;
import com.posclearing.support.spill.SpillFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One XLSX + CSV statement per merchant with activity or a balance on D (SPEC 4). The merchants, in id order, are cut
 * into chunks of {@value #CHUNK_MERCHANTS}; each chunk reads its lines with one query (merchant order, one merchant's
 * lines held at a time) and writes its statements, on a pool of one thread per core: the database reads and the file
 * writing share the cores, and the first statement is written as soon as the first chunk's query answers.
 */
@Component
public class StatementsTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(StatementsTasklet.class);
    /** Merchants per chunk: enough lines per query to amortise it, enough chunks to keep every core busy. */
    static final int CHUNK_MERCHANTS = 250;
    private final JdbcTemplate jdbc;
    private final ReportQueries queries;
    private final RefData refData;
    private final ClearingProperties props;
    private final Folders folders;

    StatementsTasklet(JdbcTemplate jdbc, ReportQueries queries, RefData refData, ClearingProperties props) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.refData = refData;
        this.props = props;
        this.folders = new Folders(props);
    }

    /** A merchant_day row with the merchant's name and account: its statement header, the card kinds apart. */
    private record MerchantDay(MerchantId id, String name, LocalDate valueDate, long openingFen, long salesCount,
                               long salesFen, long refundsCount, long refundsFen, long feesFen, long adjustmentsFen,
                               long netFen, long payoutFen, long closingFen, String accountLast4, boolean held) {
        StatementHeader header(BusinessDate d, List<CardKindTotal> cardKinds) {
            return new StatementHeader(id, name, d, valueDate, openingFen, salesCount, salesFen, refundsCount, refundsFen,
                    feesFen, adjustmentsFen, netFen, payoutFen, closingFen, accountLast4, held, cardKinds);
        }
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        RunParams run = RunParams.of(context);
        BusinessDate d = run.date();
        ReferenceData ref = refData.get();
        List<MerchantDay> days = new ArrayList<>();
        jdbc.query("SELECT * FROM merchant_day WHERE business_date = ? AND run_no = ?", rs -> {
            MerchantId id = MerchantId.of(rs.getString("merchant_id"));
            Merchant m = ref.merchant(id).orElseThrow();
            days.add(new MerchantDay(id, m.name(), rs.getDate("value_date").toLocalDate(), rs.getLong("opening_fen"),
                    rs.getLong("sales_count"), rs.getLong("sales_fen"), rs.getLong("refunds_count"), rs.getLong("refunds_fen"),
                    rs.getLong("fees_fen"), rs.getLong("adjustments_fen"), rs.getLong("net_fen"), rs.getLong("payout_fen"),
                    rs.getLong("closing_fen"), m.accountLast4(), rs.getLong("held_fen") != 0));
        }, SqlDates.date(d.value()), run.runNo());
        days.sort(Comparator.comparing(MerchantDay::id));
        // the pending items are read while the lines are regrouped: two sequential passes on two cores
        CompletableFuture<Map<MerchantId, List<PendingItem>>> pendingLater = CompletableFuture.supplyAsync(() -> {
            Map<MerchantId, List<PendingItem>> byMerchant = new HashMap<>();
            queries.pending(d, run.runNo()).forEach(p -> byMerchant.computeIfAbsent(p.merchantId(), m -> new ArrayList<>()).add(p));
            return byMerchant;
        });

        Progress progress = Progress.start("statements " + d + " run " + run.runNo(), "statements", days.size());
        StatementWriter writer = new StatementWriter(Language.parse(props.statementLanguage()));
        OutputPaths paths = new OutputPaths(props.outDir(), d);
        List<List<MerchantDay>> chunks = new ArrayList<>();
        for (int from = 0; from < days.size(); from += CHUNK_MERCHANTS) {
            chunks.add(days.subList(from, Math.min(days.size(), from + CHUNK_MERCHANTS)));
        }
        Path lines = folders.lines(d, run.runNo());
        StatementChunks byChunk = partition(d, run.runNo(), lines, chunks.stream().map(c -> c.get(0).id()).toList());
        Map<MerchantId, List<PendingItem>> pending = joined(pendingLater);
        Map<MerchantId, List<AdjustmentLine>> adjustments = resolutions(d, run.runNo());
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        try (StatementPool pool = new StatementPool(threads, progress, () -> PausePoint.reached("statements", props.dataDir()))) {
            for (int c = 0; c < chunks.size(); c++) {
                List<MerchantDay> chunk = chunks.get(c);
                int index = c;
                pool.submit("merchants " + chunk.get(0).id() + " to " + chunk.get(chunk.size() - 1).id(),
                        () -> new ChunkWriter(d, writer, paths, pending, adjustments, pool).write(sink -> byChunk.lines(index, sink), chunk));
            }
            pool.awaitAll();
        }
        SpillCleanup.delete(lines.getParent());
        SpillCleanup.deleteIfEmpty(lines.getParent().getParent());
        contribution.incrementWriteCount(progress.count());
        progress.done();
        return RepeatStatus.FINISHED;
    }

    /** The resolution adjustments this run applied, by merchant, each naming its original transaction (SPEC 3.4). */
    private Map<MerchantId, List<AdjustmentLine>> resolutions(BusinessDate d, int runNo) {
        Map<MerchantId, List<AdjustmentLine>> out = new HashMap<>();
        jdbc.query("SELECT a.merchant_id, a.amount_fen, a.fee_fen, r.txn_date, r.terminal_id, r.rrn, r.action_code"
                + " FROM adjustment a JOIN break_record r ON r.break_id = a.break_id"
                + " WHERE a.origin_date = ? AND a.origin_run = ? ORDER BY a.adjustment_id", rs -> {
                    long netFen = rs.getLong(2);
                    long feeFen = rs.getLong(3);
                    String outcome = "PAIR".equals(rs.getString(7)) ? Outcome.MATCHED_MANUAL.name() : rs.getString(7);
                    out.computeIfAbsent(MerchantId.of(rs.getString(1)), m -> new ArrayList<>()).add(new AdjustmentLine(
                            rs.getDate(4).toLocalDate(), TerminalId.of(rs.getString(5)), Rrn.of(rs.getString(6)),
                            netFen + feeFen, feeFen, netFen, outcome));
                }, SqlDates.date(d.value()), runNo);
        return out;
    }

    /** The run's lines by chunk: from the reconcile step's spill, or from one query when that spill is not complete here. */
    private StatementChunks partition(BusinessDate d, int runNo, Path lines, List<MerchantId> firsts) {
        Path chunkDir = lines.resolveSibling("chunks");
        try {
            StatementChunks byChunk = StatementChunks.partition(StatementChunks.buckets(lines), firsts, chunkDir);
            LOG.info("statements of {} run {}: {} chunks of lines from the reconcile spill", d, runNo, firsts.size());
            return byChunk;
        } catch (SpillFile.Incomplete e) {
            LOG.info("statements of {} run {}: {}; reading the lines from the database", d, runNo, e.getMessage());
            try {
                return StatementChunks.partition(each -> queries.statementLines(d, runNo, each), firsts, chunkDir);
            } catch (SpillFile.Incomplete impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Where a chunk's lines come from, in statement order. */
    @FunctionalInterface
    private interface ChunkLines {
        void forEach(ReportQueries.LineSink sink);
    }

    /** The statements of one chunk of merchants, on one pool thread. */
    private final class ChunkWriter {
        private final BusinessDate d;
        private final StatementWriter writer;
        private final OutputPaths paths;
        private final Map<MerchantId, List<PendingItem>> pending;
        private final Map<MerchantId, List<AdjustmentLine>> adjustments;
        private final StatementPool pool;
        private final List<StatementLine> lines = new ArrayList<>();
        private final Map<CardKind, long[]> cardKinds = new EnumMap<>(CardKind.class);

        ChunkWriter(BusinessDate d, StatementWriter writer, OutputPaths paths, Map<MerchantId, List<PendingItem>> pending,
                Map<MerchantId, List<AdjustmentLine>> adjustments, StatementPool pool) {
            this.d = d;
            this.writer = writer;
            this.paths = paths;
            this.pending = pending;
            this.adjustments = adjustments;
            this.pool = pool;
        }

        void write(ChunkLines source, List<MerchantDay> chunk) throws IOException {
            Map<MerchantId, MerchantDay> byId = new HashMap<>();
            chunk.forEach(m -> byId.put(m.id(), m));
            MerchantId[] current = {null};
            source.forEach((merchant, line) -> {
                if (!merchant.equals(current[0])) {
                    statement(byId.remove(current[0]));
                    current[0] = merchant;
                }
                lines.add(line);
                if (line.settled()) {
                    long[] sums = cardKinds.computeIfAbsent(line.cardKind(), k -> new long[3]);
                    sums[0]++;
                    sums[1] += line.amountFen();
                    sums[2] += line.feeFen();
                }
            });
            statement(byId.remove(current[0]));
            // merchants with a balance or pending items but no decided transaction on D
            for (MerchantDay m : chunk) {
                if (byId.containsKey(m.id())) {
                    statement(m);
                }
            }
        }

        /** Writes the statement of {@code m} from the lines gathered (none, or those of a merchant without a day row). */
        private void statement(MerchantDay m) {
            try {
                if (m != null) {
                    List<CardKindTotal> kinds = new ArrayList<>();
                    cardKinds.forEach((kind, s) -> kinds.add(new CardKindTotal(kind, s[0], s[1], s[2])));
                    writer.write(paths, m.header(d, kinds), lines, adjustments.getOrDefault(m.id(), List.of()),
                            pending.getOrDefault(m.id(), List.of()));
                    pool.written();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the statement of " + m.id() + ": " + e.getMessage(), e);
            } finally {
                lines.clear();
                cardKinds.clear();
            }
        }
    }
}
