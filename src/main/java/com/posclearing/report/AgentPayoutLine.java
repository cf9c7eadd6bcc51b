package com.posclearing.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One monthly payout instruction to an agent (SPEC 3.5), a row of {@code AGENT_PAYOUT_{yyyyMM}.csv}.
 *
 * @param payoutId {@code A{yyyyMM}{agentId}}: stable, so a rerun of the month never issues a second payout id
 */
public record AgentPayoutLine(String payoutId, String agentId, String accountNo, String accountName, String bankCode,
        long amountFen, LocalDate valueDate) {

    public AgentPayoutLine {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(valueDate, "valueDate");
        if (payoutId == null || !payoutId.matches("A\\d{6}" + Pattern.quote(agentId))) {
            throw new IllegalArgumentException("payout of agent " + agentId + ": payoutId must be A{yyyyMM}{agentId}, got '"
                    + payoutId + "'");
        }
        if (amountFen <= 0) {
            throw new IllegalArgumentException("payout " + payoutId + ": amount must be positive (a payout of 0 is not written),"
                    + " got " + amountFen);
        }
        if (accountNo == null || accountNo.isBlank() || bankCode == null || bankCode.isBlank()) {
            throw new IllegalArgumentException("payout " + payoutId + ": account number and bank code are required");
        }
        accountName = accountName == null ? "" : accountName;
    }
}
