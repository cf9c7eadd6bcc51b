package com.posclearing.agents;

import com.posclearing.refdata.AgentRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * SPEC 3.5 for one transaction, in fen, BigDecimal with explicit HALF_UP only. With the chain A1 (top) … An and
 * {@code cost(A) = min(HALF_UP(amount × cost_rate / 100), cost_cap)}: An earns {@code fee − cost(An)}, each Ak above
 * earns {@code cost(Ak+1) − cost(Ak)}, the acquirer keeps {@code cost(A1)}. The parts add up to the fee by
 * construction, whatever the rates: a negative part is an agent's debt (倒挂), not an error.
 */
public final class ShareCalculator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ShareCalculator() {
    }

    /** An agent's cost price of a transaction of {@code amountFen}. */
    public static long costFen(AgentRate rate, long amountFen) {
        long cost = BigDecimal.valueOf(amountFen).multiply(rate.costRatePercent())
                .divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
        return rate.costCapFen().isPresent() ? Math.min(cost, rate.costCapFen().getAsLong()) : cost;
    }

    /**
     * The shares of a sale (or pre-authorisation completion) of {@code amountFen} whose merchant fee is {@code feeFen}.
     *
     * @param chain the cost prices of the chain's agents for the card kind, top-level first; empty: no agent
     */
    public static TxnShares ofSale(List<AgentRate> chain, long amountFen, long feeFen) {
        if (amountFen <= 0) {
            throw new IllegalArgumentException("amountFen must be positive, got " + amountFen);
        }
        if (chain.isEmpty()) {
            return new TxnShares(feeFen, List.of(), feeFen);
        }
        long[] cost = new long[chain.size()];
        for (int k = 0; k < cost.length; k++) {
            cost[k] = costFen(chain.get(k), amountFen);
        }
        List<AgentShare> shares = new ArrayList<>(cost.length);
        for (int k = 0; k < cost.length; k++) {
            long above = k + 1 < cost.length ? cost[k + 1] : feeFen;
            shares.add(new AgentShare(chain.get(k).agentId(), k + 1, cost[k], Math.subtractExact(above, cost[k])));
        }
        return new TxnShares(feeFen, shares, cost[0]);
    }

    /**
     * The claw-back of a refund whose fee {@code refundFeeFen} (0 or negative) is returned from {@code sale}'s fee:
     * every agent gives back {@code HALF_UP(share × refundFee / saleFee)} (its cost is scaled the same way, for the
     * statement), and the acquirer's keep takes the rest, so the parts add up to the refund fee exactly. A fee that is
     * kept ({@code KEEP}, fee 0) claws back nothing.
     */
    public static TxnShares clawBack(TxnShares sale, long refundFeeFen) {
        if (refundFeeFen > 0) {
            throw new IllegalArgumentException("a refund's fee is 0 or negative, got " + refundFeeFen);
        }
        if (refundFeeFen == 0 || sale.feeFen() == 0) {
            return new TxnShares(refundFeeFen, zeroed(sale.agents()), refundFeeFen);
        }
        List<AgentShare> back = new ArrayList<>(sale.agents().size());
        long agentsFen = 0;
        for (AgentShare s : sale.agents()) {
            long shareFen = proportion(s.shareFen(), refundFeeFen, sale.feeFen());
            agentsFen = Math.addExact(agentsFen, shareFen);
            back.add(new AgentShare(s.agentId(), s.level(), proportion(s.costFen(), refundFeeFen, sale.feeFen()), shareFen));
        }
        return new TxnShares(refundFeeFen, back, Math.subtractExact(refundFeeFen, agentsFen));
    }

    private static List<AgentShare> zeroed(List<AgentShare> shares) {
        return shares.stream().map(s -> new AgentShare(s.agentId(), s.level(), 0, 0)).toList();
    }

    private static long proportion(long fen, long numerator, long denominator) {
        return BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
