package com.posclearing.console.internal;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.Side;
import com.posclearing.runs.RerunDiff;
import com.posclearing.runs.ReportQueries;
import com.posclearing.runs.RunOverview;
import com.posclearing.runs.RunRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/** Runs: every date with its runs, a run in detail with the diff against the run before, and the chart's data. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RunsController {
    static final int CHART_DATES = 30;
    private final RunRegistry registry;
    private final RunOverview overview;
    private final ReportQueries queries;
    private final RerunDiff diff;

    RunsController(RunRegistry registry, RunOverview overview, ReportQueries queries, JdbcTemplate jdbc) {
        this.registry = registry;
        this.overview = overview;
        this.queries = queries;
        this.diff = new RerunDiff(jdbc); // as the report step makes it
    }

    @GetMapping("/")
    String home() {
        return "redirect:/runs";
    }

    @GetMapping("/runs")
    String runs(Model model) {
        Map<BusinessDate, List<RunRegistry.Run>> byDate = new LinkedHashMap<>();
        registry.all(Optional.empty()).stream().sorted(Comparator.comparing(RunRegistry.Run::date).reversed()
                .thenComparing(RunRegistry.Run::runNo)).forEach(r -> byDate.computeIfAbsent(r.date(), k -> new ArrayList<>()).add(r));
        List<RunRow> rows = new ArrayList<>();
        byDate.values().forEach(runs -> runs.forEach(r -> rows.add(row(r))));
        model.addAttribute("rows", rows);
        return "runs";
    }

    /** The chart's points, oldest first: match rate (percent), breaks, payout total (yuan). */
    @GetMapping("/runs/trend.json")
    @ResponseBody
    List<TrendJson> trend() {
        return overview.trend(CHART_DATES).stream().map(p -> new TrendJson(p.outcomes().date().toString(),
                p.outcomes().matchRate().movePointRight(2).doubleValue(),
                p.outcomes().breaksByOutcome().values().stream().mapToLong(Long::longValue).sum(),
                p.payoutTotalFen() / 100.0)).toList();
    }

    /** Chart figures only: floating point never carries money anywhere else. */
    record TrendJson(String date, double matchRatePercent, long breaks, double payoutYuan) {
    }

    @GetMapping("/runs/{date}/{runNo}")
    String run(@PathVariable String date, @PathVariable int runNo, Model model) {
        BusinessDate d = BusinessDate.parse(date);
        RunRegistry.Run run = registry.all(Optional.of(d)).stream().filter(r -> r.runNo() == runNo).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no run " + runNo + " of " + d));
        model.addAttribute("run", row(run));
        model.addAttribute("steps", run.jobExecutionId() == null ? List.of() : overview.steps(run.jobExecutionId()));
        model.addAttribute("files", overview.files(d));
        model.addAttribute("terminal", queries.side(d, runNo, Side.TERMINAL));
        model.addAttribute("bank", queries.side(d, runNo, Side.BANK));
        model.addAttribute("money", overview.settlement(d, runNo));
        model.addAttribute("diff", runNo > 1 ? diff.between(d, runNo - 1, runNo) : List.of());
        return "run";
    }

    private RunRow row(RunRegistry.Run r) {
        return new RunRow(r, r.status().settled() ? Optional.of(overview.settlement(r.date(), r.runNo())) : Optional.empty());
    }
}
