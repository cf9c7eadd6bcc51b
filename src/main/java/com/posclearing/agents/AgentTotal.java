package com.posclearing.agents;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One agent's day, for the run summary.
 *
 * @param shareFen      its net share of the day (negative: owed)
 * @param clawbackFen   the part of it given back on refunds (0 or negative)
 * @param invertedCount transactions on which it earned less than nothing (倒挂)
 * @param invertedFen   what those transactions cost it (negative)
 */
public record AgentTotal(String agentId, long shareFen, long clawbackFen, long invertedCount, long invertedFen) {

    /** The totals per agent of accrual rows, ordered by agent id. */
    public static List<AgentTotal> of(Collection<AccrualRow> rows) {
        Map<String, AgentTotal> totals = new TreeMap<>();
        for (AccrualRow r : rows) {
            totals.merge(r.agentId(), new AgentTotal(r.agentId(), r.shareFen(),
                    r.entry() == ShareEntry.CLAWBACK ? r.shareFen() : 0, r.invertedCount(), r.invertedFen()), AgentTotal::plus);
        }
        return List.copyOf(totals.values());
    }

    private AgentTotal plus(AgentTotal o) {
        return new AgentTotal(agentId, Math.addExact(shareFen, o.shareFen), Math.addExact(clawbackFen, o.clawbackFen),
                invertedCount + o.invertedCount, Math.addExact(invertedFen, o.invertedFen));
    }
}
