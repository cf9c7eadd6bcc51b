package com.posclearing.agents.batch;

import com.posclearing.agents.AgentTotal;
import com.posclearing.runs.SummarySection;
import com.posclearing.support.batch.RunParams;
import java.util.List;
import org.springframework.stereotype.Component;

/** The {@code agents} member of summary.json: the day's sharing, its invariant, and each agent's share and debt. */
@Component
class AgentsSummary implements SummarySection {
    private final AccrualStore store;

    AgentsSummary(AccrualStore store) {
        this.store = store;
    }

    /**
     * @param marginFen     the acquirer keep less the network cost
     * @param invertedCount transactions on which an agent earned less than nothing (倒挂), over all agents
     */
    record Section(long transactions, long merchantFeesFen, long agentSharesFen, long acquirerKeepFen, long networkCostFen,
            long marginFen, long clawbackFen, long invertedCount, long invertedFen, boolean balanced,
            List<AgentTotal> byAgent) {
    }

    @Override
    public String name() {
        return "agents";
    }

    @Override
    public Object of(RunParams run) {
        return store.sharing(run.date(), run.runNo()).map(day -> {
            List<AgentTotal> agents = day.byAgent();
            var inv = day.invariant();
            return new Section(day.txnCount(), inv.merchantFeesFen(), inv.agentSharesFen(), inv.acquirerKeepFen(),
                    inv.networkCostFen(), inv.marginFen(), agents.stream().mapToLong(AgentTotal::clawbackFen).sum(),
                    agents.stream().mapToLong(AgentTotal::invertedCount).sum(),
                    agents.stream().mapToLong(AgentTotal::invertedFen).sum(), inv.balanced(), agents);
        }).orElse(null);
    }
}
