package com.posclearing.refdata;

import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One row of {@code agent-rates.csv}: an agent's cost price (底价) for one card kind (SPEC 3.5).
 *
 * @param costRatePercent percent of the amount, e.g. {@code 0.45}; from 0 to 100
 * @param costCapFen      the most the cost of one transaction may be, if set
 */
public record AgentRate(String agentId, CardKind cardKind, BigDecimal costRatePercent, OptionalLong costCapFen) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public AgentRate {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(cardKind, "cardKind");
        Objects.requireNonNull(costCapFen, "costCapFen");
        if (costRatePercent == null || costRatePercent.signum() < 0 || costRatePercent.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException("costRatePercent", "expected a percentage from 0 to 100, got " + costRatePercent);
        }
        if (costCapFen.isPresent() && costCapFen.getAsLong() < 0) {
            throw new InvalidValueException("costCapFen", "must not be negative, got " + costCapFen.getAsLong());
        }
    }
}
