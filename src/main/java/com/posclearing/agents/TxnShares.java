package com.posclearing.agents;

import java.util.List;

/**
 * How one transaction's merchant fee is shared: the agents' shares and what the acquirer keeps, adding up to the fee
 * exactly (the constructor refuses anything else).
 *
 * @param feeFen          the merchant fee (negative for a refund whose fee is returned)
 * @param agents          top-level agent first; empty for a merchant without an agent
 * @param acquirerKeepFen the fee less the agents' shares: cost(A1), or the whole fee without an agent
 */
public record TxnShares(long feeFen, List<AgentShare> agents, long acquirerKeepFen) {
    public TxnShares {
        agents = List.copyOf(agents);
        long sum = acquirerKeepFen;
        for (AgentShare s : agents) {
            sum = Math.addExact(sum, s.shareFen());
        }
        if (sum != feeFen) {
            throw new IllegalArgumentException("shares " + agents + " and keep " + acquirerKeepFen
                    + " do not add up to the fee " + feeFen);
        }
    }
}
