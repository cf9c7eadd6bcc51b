package com.posclearing.agents;

import com.posclearing.payout.PayoutReason;
import com.posclearing.refdata.AgentStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One agent's month (SPEC 3.5): {@code net = opening + shares + claw-backs + adjustments}, paid when ACTIVE and at
 * least the minimum, else carried to the next month as its opening. Always {@code net = payout + closing}.
 *
 * @param sharesFen      its shares of the month's sales and resolution adjustments (negative ones included: 倒挂)
 * @param clawbackFen    what refunds took back (0 or negative)
 * @param adjustmentsFen differences moved in from an earlier month (or out of this one) by a rerun after delivery
 * @param heldFen        the part of the closing balance withheld because the agent is FROZEN
 * @param valueDate      the first working day of the month after, the day the bank pays
 */
public record AgentMonth(YearMonth month, String agentId, AgentStatus status, long openingFen, long sharesFen,
        long clawbackFen, long adjustmentsFen, long payoutFen, long closingFen, long heldFen, LocalDate valueDate,
        PayoutReason reason) {
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMM");

    public AgentMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(valueDate, "valueDate");
        Objects.requireNonNull(reason, "reason");
        if (Math.addExact(payoutFen, closingFen) != netFen(openingFen, sharesFen, clawbackFen, adjustmentsFen)) {
            throw new IllegalStateException("month " + month + " of agent " + agentId + " does not balance: payout " + payoutFen
                    + " + closing " + closingFen + " != net " + netFen(openingFen, sharesFen, clawbackFen, adjustmentsFen));
        }
        if (payoutFen < 0 || (payoutFen > 0) != (reason == PayoutReason.PAID)) {
            throw new IllegalStateException("agent " + agentId + ": payout " + payoutFen + " with reason " + reason);
        }
    }

    public long netFen() {
        return netFen(openingFen, sharesFen, clawbackFen, adjustmentsFen);
    }

    public boolean paid() {
        return payoutFen > 0;
    }

    /** {@code A{yyyyMM}{agentId}}: every run of the month gives the same id, so the bank can refuse a second one. */
    public String payoutId() {
        return payoutId(month, agentId);
    }

    public static String payoutId(YearMonth month, String agentId) {
        return "A" + compact(month) + agentId;
    }

    /** {@code yyyyMM}, as in file names and the month_id column. */
    public static String compact(YearMonth month) {
        return month.format(COMPACT);
    }

    private static long netFen(long opening, long shares, long clawbacks, long adjustments) {
        return Math.addExact(Math.addExact(opening, shares), Math.addExact(clawbacks, adjustments));
    }
}
