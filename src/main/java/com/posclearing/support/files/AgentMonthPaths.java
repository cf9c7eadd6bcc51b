package com.posclearing.support.files;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** Where the monthly agent settlement of a month goes (SPEC 3.5): {@code out/agents/{yyyyMM}/}. */
public record AgentMonthPaths(Path outRoot, YearMonth month) {
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMM");

    public AgentMonthPaths {
        Objects.requireNonNull(outRoot, "outRoot");
        Objects.requireNonNull(month, "month");
    }

    /** {@code out/agents/{yyyyMM}} */
    public Path monthDir() {
        return outRoot.resolve("agents").resolve(month.format(COMPACT));
    }

    public Path statementXlsx(String agentId) {
        return monthDir().resolve(agentId + ".xlsx");
    }

    public Path statementCsv(String agentId) {
        return monthDir().resolve(agentId + ".csv");
    }

    public Path payoutCsv() {
        return monthDir().resolve("AGENT_PAYOUT_" + month.format(COMPACT) + ".csv");
    }

    public Path payoutCtl() {
        return monthDir().resolve("AGENT_PAYOUT_" + month.format(COMPACT) + ".ctl");
    }
}
