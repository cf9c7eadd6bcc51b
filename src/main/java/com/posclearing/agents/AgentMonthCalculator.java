package com.posclearing.agents;

import com.posclearing.payout.PayoutReason;
import com.posclearing.refdata.AgentStatus;
import com.posclearing.refdata.WorkingCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Decides each agent's month (SPEC 3.5), like a merchant's day (SPEC 3.3): ACTIVE with a net of at least the minimum
 * payout is paid whole; a smaller or negative net is carried to the next month; FROZEN is paid nothing and its net held.
 */
public final class AgentMonthCalculator {
    private final WorkingCalendar calendar;
    private final long minimumPayoutFen;

    public AgentMonthCalculator(WorkingCalendar calendar, long minimumPayoutFen) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        if (minimumPayoutFen < 1) {
            throw new IllegalArgumentException("minimum payout must be at least 1 fen, got " + minimumPayoutFen);
        }
        this.minimumPayoutFen = minimumPayoutFen;
    }

    /** The first working day of {@code month}: the day the month before is settled and paid. */
    public LocalDate firstWorkingDay(YearMonth month) {
        LocalDate day = month.atDay(1);
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
            if (!YearMonth.from(day).equals(month)) {
                throw new IllegalStateException("calendar.csv leaves no working day in " + month);
            }
        }
        return day;
    }

    public AgentMonth decide(YearMonth month, String agentId, AgentStatus status, long openingFen, long sharesFen,
            long clawbackFen, long adjustmentsFen) {
        long net = Math.addExact(Math.addExact(openingFen, sharesFen), Math.addExact(clawbackFen, adjustmentsFen));
        LocalDate valueDate = firstWorkingDay(month.plusMonths(1));
        PayoutReason reason;
        if (status == AgentStatus.FROZEN) {
            reason = PayoutReason.FROZEN;
        } else if (net >= minimumPayoutFen) {
            reason = PayoutReason.PAID;
        } else {
            reason = net == 0 ? PayoutReason.NOTHING : net < 0 ? PayoutReason.NEGATIVE : PayoutReason.BELOW_MINIMUM;
        }
        long payout = reason == PayoutReason.PAID ? net : 0;
        return new AgentMonth(month, agentId, status, openingFen, sharesFen, clawbackFen, adjustmentsFen, payout,
                net - payout, reason == PayoutReason.FROZEN ? net : 0, valueDate, reason);
    }

    /**
     * After the month's payout file went to the bank its figures stand: this month keeps the delivered net (and so the
     * delivered payout) by an adjustment of {@code −Δ}, where Δ is what the rerun changed; the caller moves {@code +Δ}
     * into the next month.
     */
    public AgentMonth keepDelivered(AgentMonth rerun, long deliveredNetFen) {
        long delta = Math.subtractExact(rerun.netFen(), deliveredNetFen);
        return delta == 0 ? rerun : decide(rerun.month(), rerun.agentId(), rerun.status(), rerun.openingFen(),
                rerun.sharesFen(), rerun.clawbackFen(), Math.subtractExact(rerun.adjustmentsFen(), delta));
    }
}
