package com.posclearing.payout;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.refdata.WorkingCalendar;
import java.time.LocalDate;
import java.util.Objects;

/** Decides each merchant's T+1 payout for business date D (SPEC 3.3). */
public final class PayoutCalculator {
    /** 1.00 yuan: smaller amounts cost more to transfer than they are worth; they are carried instead. */
    public static final long DEFAULT_MINIMUM_PAYOUT_FEN = 100;

    private final WorkingCalendar calendar;
    private final long minimumPayoutFen;

    public PayoutCalculator(WorkingCalendar calendar, long minimumPayoutFen) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        if (minimumPayoutFen < 1) {
            throw new IllegalArgumentException("minimum payout must be at least 1 fen, got " + minimumPayoutFen);
        }
        this.minimumPayoutFen = minimumPayoutFen;
    }

    public PayoutCalculator(WorkingCalendar calendar) {
        this(calendar, DEFAULT_MINIMUM_PAYOUT_FEN);
    }

    public PayoutDecision decide(BusinessDate d, MerchantDay day) {
        long net = day.netFen();
        LocalDate valueDate = calendar.nextWorkingDayAfter(d);
        return switch (day.status()) {
            case FROZEN -> carry(d, day, net, net, valueDate, PayoutReason.FROZEN);
            case CLOSED -> carry(d, day, net, net, valueDate, PayoutReason.CLOSED);
            case ACTIVE -> {
                if (net >= minimumPayoutFen) {
                    yield new PayoutDecision(d, day, net, net, 0, 0, valueDate, PayoutReason.PAID);
                }
                PayoutReason reason = net == 0 ? PayoutReason.NOTHING
                        : net < 0 ? PayoutReason.NEGATIVE : PayoutReason.BELOW_MINIMUM;
                yield carry(d, day, net, 0, valueDate, reason);
            }
        };
    }

    public long minimumPayoutFen() {
        return minimumPayoutFen;
    }

    private static PayoutDecision carry(BusinessDate d, MerchantDay day, long net, long held, LocalDate valueDate,
            PayoutReason reason) {
        return new PayoutDecision(d, day, net, 0, net, held, valueDate, reason);
    }
}
