package com.posclearing.runs;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Side;
import com.posclearing.report.DeliverySummary;
import com.posclearing.report.RunSummary;
import com.posclearing.report.SummaryWriter;
import com.posclearing.support.ClearingProperties;
import com.posclearing.support.batch.RunParams;
import com.posclearing.support.files.OutputPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * summary.json of a run: written by the reports step (awaiting delivery), completed by the deliver step with what was
 * delivered, or the record of why a run failed. It never says more than has happened.
 */
@Component
public class SummaryTasklet {
    private final ReportQueries queries;
    private final ClearingProperties props;

    SummaryTasklet(ReportQueries queries, ClearingProperties props) {
        this.queries = queries;
        this.props = props;
    }

    public RunSummary build(RunParams run, String status) {
        BusinessDate d = run.date();
        return new RunSummary(d, run.runNo(), status, queries.files(d), queries.side(d, run.runNo(), Side.TERMINAL),
                queries.side(d, run.runNo(), Side.BANK), queries.outOfBalanceCount(d), queries.settlement(d, run.runNo()));
    }

    public Path write(RunParams run, RunSummary summary) {
        try {
            return new SummaryWriter().write(new OutputPaths(props.outDir(), run.date()), summary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write summary.json of " + run.date() + ": " + e.getMessage(), e);
        }
    }

    /** The deliver step's part: the delivery section and the status it gives the run. */
    public void recordDelivery(RunParams run, DeliverySummary delivery) {
        try {
            new SummaryWriter().recordDelivery(new OutputPaths(props.outDir(), run.date()), delivery);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the delivery in summary.json of " + run.date() + ": "
                    + e.getMessage(), e);
        }
    }

    public void writeFailed(RunParams run) {
        write(run, build(run, "FAILED"));
    }
}
