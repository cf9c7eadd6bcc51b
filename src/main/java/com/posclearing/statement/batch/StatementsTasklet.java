package com.posclearing.statement.batch;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MerchantId;
import com.posclearing.statement.CardKindTotal;
import com.posclearing.statement.LineSpill;
import com.posclearing.statement.StatementLine;
import com.posclearing.statement.StatementWriter;
import com.posclearing.statement.batch.StatementQueries.MerchantDay;
import com.posclearing.support.ClearingProperties;
import com.posclearing.support.PausePoint;
import com.posclearing.support.batch.NumberedPartitions;
import com.posclearing.support.batch.RunParams;
import com.posclearing.support.files.OutputPaths;
import com.posclearing.support.i18n.Language;
import com.posclearing.support.spill.SpillFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The statements of one merchant partition (SPEC 4): one XLSX + CSV pair per merchant of the partition with activity
 * or a balance on D. A partition ({@link LineSpill#partitionOf}) reads its own lines files, sorts them and writes its
 * merchants' statements; partitions share nothing but read-only inputs ({@link StatementRuns}), so they run on the
 * cores of the job's JVM or on worker processes without waiting on each other. A partition run again writes the same
 * files again, each under a temporary name renamed over the last.
 */
@Component
public class StatementsTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(StatementsTasklet.class);
    /** One partition per share of the merchants ({@code statementPartition:merchants07}). */
    public static final NumberedPartitions PARTITIONS = new NumberedPartitions("merchants", "partition",
            LineSpill.PARTITIONS);
    /** Statements a partition writes between two updates of the shared progress, so no lock is taken per file. */
    private static final int REPORT_EVERY = 64;
    private final StatementRuns runs;
    private final StatementQueries queries;
    private final ClearingProperties props;
    private final StatementWriter writer;

    StatementsTasklet(StatementRuns runs, StatementQueries queries, ClearingProperties props) {
        this.runs = runs;
        this.queries = queries;
        this.props = props;
        this.writer = new StatementWriter(Language.parse(props.statementLanguage()), props.acquirerName());
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        RunParams run = RunParams.of(context);
        BusinessDate d = run.date();
        StepExecution step = context.getStepContext().getStepExecution();
        int partition = PARTITIONS.of(step);
        StatementRuns.Inputs inputs = runs.inputs(step.getJobExecutionId(), d, run.runNo());
        List<MerchantDay> merchants = inputs.byPartition().get(partition);
        if (!merchants.isEmpty()) {
            StatementPartitions.Source database = each -> queries.lines(d, run.runNo(), each);
            PartitionWriter out = new PartitionWriter(d, writer, new OutputPaths(props.outDir(), d), inputs, props.dataDir());
            out.write(partitionLines(inputs.lines(), database, partition), merchants);
            contribution.incrementWriteCount(out.count);
        }
        return RepeatStatus.FINISHED;
    }

    /** A partition's lines from its files; a file damaged since it was committed is read around from the database. */
    private static List<LineSpill.Entry> partitionLines(Path lines, StatementPartitions.Source database, int p) {
        try {
            return StatementPartitions.lines(lines, p);
        } catch (SpillFile.Incomplete e) {
            LOG.warn("statement lines of partition {}: {}; reading them from the database", p, e.getMessage());
            return StatementPartitions.lines(database, p);
        }
    }

    /** The statements of one partition's merchants. */
    private static final class PartitionWriter {
        private final BusinessDate d;
        private final StatementWriter writer;
        private final OutputPaths paths;
        private final StatementRuns.Inputs inputs;
        private final Path dataDir;
        private final List<StatementLine> lines = new ArrayList<>();
        private final Map<CardKind, long[]> cardKinds = new EnumMap<>(CardKind.class);
        private int count;
        private int unreported;

        PartitionWriter(BusinessDate d, StatementWriter writer, OutputPaths paths, StatementRuns.Inputs inputs, Path dataDir) {
            this.d = d;
            this.writer = writer;
            this.paths = paths;
            this.inputs = inputs;
            this.dataDir = dataDir;
        }

        /** @param entries the partition's lines in statement order; lines of a merchant without a day row are dropped */
        void write(List<LineSpill.Entry> entries, List<MerchantDay> merchants) throws IOException {
            Map<MerchantId, MerchantDay> byId = new HashMap<>();
            merchants.forEach(m -> byId.put(m.id(), m));
            MerchantId current = null;
            for (LineSpill.Entry e : entries) {
                if (!e.merchant().equals(current)) {
                    statement(byId.remove(current));
                    current = e.merchant();
                }
                StatementLine line = e.line();
                lines.add(line);
                if (line.settled()) {
                    long[] sums = cardKinds.computeIfAbsent(line.cardKind(), k -> new long[3]);
                    sums[0]++;
                    sums[1] += line.amountFen();
                    sums[2] += line.feeFen();
                }
            }
            statement(byId.remove(current));
            // merchants with a balance or pending items but no decided transaction on D
            for (MerchantDay m : merchants) {
                if (byId.containsKey(m.id())) {
                    statement(m);
                }
            }
            inputs.progress().add(unreported);
        }

        /** Writes the statement of {@code m} from the lines gathered (none, or those of a merchant without a day row). */
        private void statement(MerchantDay m) {
            try {
                if (m != null) {
                    List<CardKindTotal> kinds = new ArrayList<>();
                    cardKinds.forEach((kind, s) -> kinds.add(new CardKindTotal(kind, s[0], s[1], s[2])));
                    writer.write(paths, m.header(d, kinds), lines, inputs.adjustments().getOrDefault(m.id(), List.of()),
                            inputs.pending().getOrDefault(m.id(), List.of()));
                    written();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the statement of " + m.id() + ": " + e.getMessage(), e);
            } finally {
                lines.clear();
                cardKinds.clear();
            }
        }

        private void written() {
            count++;
            if (++unreported == REPORT_EVERY) {
                inputs.progress().add(unreported);
                unreported = 0;
            }
            // the second statement this JVM writes is where the crash tests stop a run
            if (inputs.written().incrementAndGet() == 2) {
                PausePoint.reached("statements", dataDir);
            }
        }
    }
}
