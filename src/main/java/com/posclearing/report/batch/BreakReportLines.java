package com.posclearing.report.batch;

import com.posclearing.report.BreakAgeLine;
import com.posclearing.report.BreakEventLine;
import com.posclearing.report.ResolutionLine;
import com.posclearing.resolution.BreakEvent;
import com.posclearing.resolution.BreakService;
import java.time.LocalDate;
import java.util.List;

/**
 * Maps the resolution package's rows to the report's lines, so the statement package knows codes, not the break
 * domain. The report of business date D shows what operators decided on calendar day D.
 */
record BreakReportLines(List<BreakAgeLine> ages, List<ResolutionLine> resolutions, List<BreakEventLine> events) {
    static BreakReportLines of(BreakService breaks, LocalDate day) {
        List<BreakAgeLine> ages = breaks.breakAges().stream()
                .map(a -> new BreakAgeLine(a.state().name(), a.ageBucket(), a.count(), a.amountFen(), a.overAgeFlag()))
                .toList();
        List<ResolutionLine> resolutions = breaks.resolutionsDecidedOn(day).stream()
                .map(r -> new ResolutionLine(r.breakId().value(), r.action().name(), r.proposedBy(), r.approvedBy(),
                        r.decidedAt(), r.reason(), r.amountFen(), r.gainLossFen()))
                .toList();
        List<BreakEventLine> events = breaks.eventsOn(day).stream().map(BreakReportLines::line).toList();
        return new BreakReportLines(ages, resolutions, events);
    }

    private static BreakEventLine line(BreakEvent e) {
        return new BreakEventLine(e.breakId().value(), e.at(), e.actor(), e.from() == null ? "" : e.from().name(),
                e.to().name(), e.action() == null ? "" : e.action().name(), e.reason());
    }
}
