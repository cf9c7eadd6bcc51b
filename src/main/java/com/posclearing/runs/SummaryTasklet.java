package com.posclearing.runs;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Side;
import com.posclearing.statement.DeliverySummary;
import com.posclearing.statement.OutputPaths;
import com.posclearing.statement.RunSummary;
import com.posclearing.statement.SummaryWriter;
import com.posclearing.support.ClearingProperties;
import com.posclearing.support.batch.RunParams;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * summary.json of a run: written by the reports step (awaiting delivery), completed by the deliver step with what was
 * delivered, or the record of why a run failed. It never says more than has happened.
 */
@Component
public class SummaryTasklet {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    /** The same layout as SummaryWriter's: two-space indents, LF, so adding sections keeps the bytes stable. */
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));
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

    /** Rewrites the summary just written with the capabilities' sections after its own members (temp name, rename). */
    private void addSections(RunParams run, Path path) throws IOException {
        ObjectNode json = (ObjectNode) MAPPER.readTree(path.toFile());
        boolean added = false;
        for (SummarySection section : sections) {
            Object value = section.of(run);
            if (value != null) {
                json.set(section.name(), MAPPER.valueToTree(value));
                added = true;
            }
        }
        if (added) {
            Path temp = path.resolveSibling("." + path.getFileName() + ".tmp");
            Files.write(temp, (WRITER.writeValueAsString(json) + "\n").getBytes(StandardCharsets.UTF_8));
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
