package com.posclearing.report;

import com.posclearing.kernel.BusinessDate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One business date's point of the report's charts: its breaks by outcome and its match rate.
 *
 * @param breaksByOutcome number of breaks per break outcome: records of both sides, a mismatched pair (one record a
 *                        side) once, unreadable lines as REJECTED
 * @param matchedCount    terminal records MATCHED or MATCHED_LATE
 * @param comparedCount   terminal records that were matched or ended as a break (voided, reversed and pending ones
 *                        had nothing to match yet)
 */
public record DailyOutcomes(BusinessDate date, Map<String, Long> breaksByOutcome, long matchedCount, long comparedCount) {
    public DailyOutcomes {
        Objects.requireNonNull(date, "date");
        breaksByOutcome = Map.copyOf(new TreeMap<>(breaksByOutcome));
        if (matchedCount < 0 || comparedCount < matchedCount) {
            throw new IllegalArgumentException(date + ": matched " + matchedCount + " of " + comparedCount);
        }
    }

    /** Matched ÷ compared, 4 decimals rounded half-up (0.9876 = 98.76 %); 1 when nothing was compared. */
    public BigDecimal matchRate() {
        if (comparedCount == 0) {
            return BigDecimal.ONE.setScale(4);
        }
        return BigDecimal.valueOf(matchedCount).divide(BigDecimal.valueOf(comparedCount), 4, RoundingMode.HALF_UP);
    }

    public long breaks(String outcome) {
        return breaksByOutcome.getOrDefault(outcome, 0L);
    }
}
