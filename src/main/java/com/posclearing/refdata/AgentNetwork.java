package com.posclearing.refdata;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MerchantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The agents, their cost prices and which merchant each brought in (SPEC 3.5). Built from checked rows: every chain
 * ends at a top-level agent within {@value #MAX_LEVELS} levels and every agent of a merchant's chain has a cost price
 * for each card kind of the merchant's plan ({@link ReferenceData#load} reports a bad row with its file and line).
 */
public final class AgentNetwork {
    public static final int MAX_LEVELS = 3;
    public static final AgentNetwork NONE = new AgentNetwork(List.of(), List.of(), Map.of());

    private final Map<String, Agent> agents = new TreeMap<>();
    private final Map<String, Map<CardKind, AgentRate>> rates = new HashMap<>();
    private final Map<MerchantId, String> merchantAgents;

    public AgentNetwork(Collection<Agent> agents, Collection<AgentRate> rates, Map<MerchantId, String> merchantAgents) {
        for (Agent a : agents) {
            if (this.agents.put(a.id(), a) != null) {
                throw new IllegalArgumentException("duplicate agent " + a.id());
            }
        }
        for (AgentRate r : rates) {
            if (!this.agents.containsKey(r.agentId())) {
                throw new IllegalArgumentException("cost price of unknown agent " + r.agentId());
            }
            if (this.rates.computeIfAbsent(r.agentId(), k -> new EnumMap<>(CardKind.class)).put(r.cardKind(), r) != null) {
                throw new IllegalArgumentException("duplicate cost price " + r.agentId() + "/" + r.cardKind());
            }
        }
        this.merchantAgents = Map.copyOf(merchantAgents);
        for (Agent a : agents) {
            chainFrom(a.id()); // refuses a dangling parent, a cycle or a chain too deep
        }
        this.merchantAgents.values().forEach(this::chainFrom);
    }

    /** All agents, ordered by id. */
    public List<Agent> agents() {
        return List.copyOf(agents.values());
    }

    public Optional<Agent> agent(String id) {
        return Optional.ofNullable(agents.get(id));
    }

    /** The merchant's own agent (An), if it has one. */
    public Optional<String> agentOf(MerchantId merchant) {
        return Optional.ofNullable(merchantAgents.get(merchant));
    }

    /** The chain of the merchant's agent, top-level first (A1 … An); empty for a merchant without an agent. */
    public List<Agent> chainOf(MerchantId merchant) {
        return agentOf(merchant).map(this::chainFrom).orElse(List.of());
    }

    public Optional<AgentRate> findRate(String agentId, CardKind kind) {
        return Optional.ofNullable(rates.getOrDefault(agentId, Map.of()).get(kind));
    }

    /** The agent's cost price for a card kind; present for every chain of a merchant whose plan has that kind. */
    public AgentRate rate(String agentId, CardKind kind) {
        return findRate(agentId, kind).orElseThrow(() -> new IllegalStateException(
                "agent " + agentId + " has no cost price for " + kind + " in agent-rates.csv"));
    }

    /** The chain from the top down to {@code agentId}. */
    List<Agent> chainFrom(String agentId) {
        List<Agent> upward = new ArrayList<>();
        String id = agentId;
        while (!id.isEmpty()) {
            Agent a = agents.get(id);
            if (a == null) {
                throw new IllegalArgumentException("unknown agent " + id);
            }
            if (upward.contains(a) || upward.size() == MAX_LEVELS) {
                throw new IllegalArgumentException("the chain of agent " + agentId + " is a cycle or deeper than "
                        + MAX_LEVELS + " levels");
            }
            upward.add(a);
            id = a.parentId();
        }
        List<Agent> chain = new ArrayList<>(upward.size());
        for (int i = upward.size() - 1; i >= 0; i--) {
            chain.add(upward.get(i));
        }
        return chain;
    }
}
