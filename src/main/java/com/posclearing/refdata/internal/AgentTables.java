package com.posclearing.refdata.internal;

import static com.posclearing.refdata.ReferenceData.AGENTS_FILE;
import static com.posclearing.refdata.ReferenceData.AGENT_RATES_FILE;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MerchantId;
import com.posclearing.refdata.Agent;
import com.posclearing.refdata.AgentNetwork;
import com.posclearing.refdata.AgentRate;
import com.posclearing.refdata.AgentStatus;
import com.posclearing.refdata.FeePlanRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code agents.csv}, {@code agent-rates.csv} and the {@code agent_id} column of {@code merchants.csv} (SPEC 3.5),
 * checked row by row like the other reference files: a dangling parent, a cycle, a chain deeper than {@value
 * AgentNetwork#MAX_LEVELS}, an unknown agent or a missing cost price names the row to correct.
 */
final class AgentTables {
    static final List<String> AGENTS_HEADER = List.of("agent_id", "name", "parent_agent_id", "account_no", "account_name",
            "bank_code", "status", "email");
    static final List<String> AGENT_RATES_HEADER = List.of("agent_id", "card_kind", "cost_rate_percent", "cost_cap_fen");
    static final String AGENT_ID = "agent_id";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<String, Agent> agents = new LinkedHashMap<>();
    private final Map<String, CsvRow> agentRows = new HashMap<>();
    private final List<AgentRate> rates = new ArrayList<>();
    private final Map<String, CsvRow> rateRows = new HashMap<>();
    private final Map<MerchantId, String> merchantAgents = new HashMap<>();

    AgentTables(List<CsvRow> agentLines, List<CsvRow> rateLines) {
        for (CsvRow row : agentLines) {
            Agent a = agent(row);
            CsvRow earlier = this.agentRows.put(a.id(), row);
            if (earlier != null) {
                throw row.reject(AGENT_ID, "agent " + a.id() + " already defined on line " + earlier.lineNo());
            }
            agents.put(a.id(), a);
        }
        agents.values().forEach(a -> checkChain(a, this.agentRows.get(a.id())));
        rateLines.forEach(this::rate);
    }

    private static Agent agent(CsvRow row) {
        String id = row.matching(AGENT_ID, Agent.ID_PATTERN, "1 to 32 letters, digits, _ or -");
        String parent = row.text("parent_agent_id");
        if (parent.equals(id)) {
            throw row.reject("parent_agent_id", "agent " + id + " cannot be its own parent; leave it empty for a top-level agent");
        }
        String email = ReferenceDataLoader.email(row);
        return new Agent(id, row.required("name"), parent, ReferenceDataLoader.accountNo(row), row.printable("account_name"),
                ReferenceDataLoader.bankCode(row), row.enumValue("status", AgentStatus.class), email,
                ReferenceDataLoader.delivery(row, email));
    }

    /** Walks up from {@code a}: every parent known, no agent twice, at most MAX_LEVELS agents. */
    private void checkChain(Agent a, CsvRow row) {
        List<String> chain = new ArrayList<>(List.of(a.id()));
        Agent at = a;
        while (!at.topLevel()) {
            Agent parent = agents.get(at.parentId());
            if (parent == null) {
                CsvRow where = agentRows.get(at.id());
                throw where.reject("parent_agent_id", "unknown agent " + at.parentId() + " (not in " + AGENTS_FILE
                        + "); add it or leave the field empty for a top-level agent");
            }
            if (chain.contains(parent.id())) {
                chain.add(parent.id());
                throw row.reject("parent_agent_id", "the agent chain " + String.join(" → ", chain)
                        + " is a cycle; one of these agents must be top-level (no parent)");
            }
            chain.add(parent.id());
            if (chain.size() > AgentNetwork.MAX_LEVELS) {
                throw row.reject("parent_agent_id", "the agent chain " + String.join(" → ", chain) + " is deeper than "
                        + AgentNetwork.MAX_LEVELS + " levels; attach " + a.id() + " to an agent nearer the top");
            }
            at = parent;
        }
    }

    private void rate(CsvRow row) {
        String agentId = row.required(AGENT_ID);
        if (!agents.containsKey(agentId)) {
            throw row.reject(AGENT_ID, "unknown agent " + agentId + " (not in " + AGENTS_FILE + ")");
        }
        CardKind kind = row.enumValue("card_kind", CardKind.class);
        CsvRow earlier = rateRows.put(agentId + "/" + kind, row);
        if (earlier != null) {
            throw row.reject("card_kind", "agent " + agentId + " already has a " + kind + " row on line " + earlier.lineNo());
        }
        BigDecimal rate = row.decimal("cost_rate_percent");
        if (rate.compareTo(HUNDRED) > 0) {
            throw row.reject("cost_rate_percent", "a percentage above 100: " + rate.toPlainString());
        }
        rates.add(new AgentRate(agentId, kind, rate, row.optionalFen("cost_cap_fen")));
    }

    /**
     * The merchant's optional {@code agent_id}: a known agent, and every agent of its chain priced for each card kind
     * of the merchant's plan (else the merchant's transactions of that kind could not be shared).
     */
    void merchant(MerchantId merchant, CsvRow row, String planId, Set<CardKind> planKinds) {
        String agentId = row.optionalText(AGENT_ID);
        if (agentId.isEmpty()) {
            return;
        }
        if (!agents.containsKey(agentId)) {
            throw row.reject(AGENT_ID, "unknown agent " + agentId + " (not in " + AGENTS_FILE
                    + "); add it there or leave the field empty for a merchant without an agent");
        }
        for (String id = agentId; !id.isEmpty(); id = agents.get(id).parentId()) {
            for (CardKind kind : planKinds) {
                if (!rateRows.containsKey(id + "/" + kind)) {
                    throw row.reject(AGENT_ID, "agent " + id + " (in the chain of " + agentId + ") has no " + kind
                            + " cost price in " + AGENT_RATES_FILE + ", and fee plan " + planId + " of this merchant prices "
                            + kind + " cards; add a row " + id + "," + kind + ",RATE,CAP to " + AGENT_RATES_FILE);
                }
            }
        }
        merchantAgents.put(merchant, agentId);
    }

    AgentNetwork network() {
        return new AgentNetwork(agents.values(), rates, merchantAgents);
    }

    static Set<CardKind> kindsOf(String planId, List<FeePlanRow> plans) {
        Set<CardKind> kinds = java.util.EnumSet.noneOf(CardKind.class);
        plans.stream().filter(p -> p.planId().equals(planId)).forEach(p -> kinds.add(p.cardKind()));
        return kinds;
    }
}
