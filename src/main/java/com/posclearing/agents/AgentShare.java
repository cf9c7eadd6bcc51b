package com.posclearing.agents;

/**
 * One agent's part of one transaction's fee.
 *
 * @param level    1 for the top-level agent (A1), up to the merchant's own agent (An)
 * @param costFen  the agent's cost price of the transaction (底价)
 * @param shareFen what the agent earns; negative when the price below it is under its cost (倒挂): its debt
 */
public record AgentShare(String agentId, int level, long costFen, long shareFen) {
    public AgentShare {
        if (agentId == null || agentId.isEmpty()) {
            throw new IllegalArgumentException("agentId missing");
        }
        if (level < 1) {
            throw new IllegalArgumentException("level must be 1 or more, got " + level);
        }
    }
}
