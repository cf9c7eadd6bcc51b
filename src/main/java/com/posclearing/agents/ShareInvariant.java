package com.posclearing.agents;

/**
 * SPEC 3.5, checked every run and written to the summary: {@code Σ merchant fees = Σ agent shares + Σ acquirer keep}.
 * The fees come from the settle step's totals, the shares and keep from this step's accrual, which is what makes the
 * check worth doing; the keep less the network cost is the acquirer's margin.
 */
public record ShareInvariant(long merchantFeesFen, long agentSharesFen, long acquirerKeepFen, long networkCostFen) {

    public boolean balanced() {
        return merchantFeesFen == Math.addExact(agentSharesFen, acquirerKeepFen);
    }

    public long marginFen() {
        return Math.subtractExact(acquirerKeepFen, networkCostFen);
    }

    public String describe() {
        return "merchant fees " + merchantFeesFen + " fen, agent shares " + agentSharesFen + " fen + acquirer keep "
                + acquirerKeepFen + " fen = " + Math.addExact(agentSharesFen, acquirerKeepFen) + " fen";
    }
}
