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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * summary.json of a run: written by the reports step (awaiting delivery), completed by the deliver step with what was
 * delivered, or the record of why a run failed. It never says more than has happened.
 */
@Component
public class SummaryTasklet {
    private final ReportQueries queries;
    private final ClearingProperties props;
    private final List<SummarySection> sections;

    SummaryTasklet(ReportQueries queries, ClearingProperties props, List<SummarySection> sections) {
        this.queries = queries;
        this.props = props;
        this.sections = List.copyOf(sections);
    }

    public RunSummary build(RunParams run, String status) {
        BusinessDate d = run.date();
        return new RunSummary(d, run.runNo(), status, queries.files(d), queries.side(d, run.runNo(), Side.TERMINAL),
                queries.side(d, run.runNo(), Side.BANK), queries.outOfBalanceCount(d), queries.settlement(d, run.runNo()));
    }

    public Path write(RunParams run, RunSummary summary) {
        try {
            Path path = new SummaryWriter().write(new OutputPaths(props.outDir(), run.date()), summary);
            addSections(run, path);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write summary.json of " + run.date() + ": " + e.getMessage(), e);
        }
    }

    private void addSections(RunParams run, Path path) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        sections.forEach(section -> values.put(section.name(), section.of(run)));
        new SummaryWriter().addSections(new OutputPaths(props.outDir(), run.date()), values);
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
