package com.posclearing.refdata;

import com.posclearing.kernel.InvalidValueException;
import java.util.Objects;

/**
 * One row of {@code agents.csv} (SPEC 3.5): an agent (代理商) that brought merchants in, paid the spread between what
 * they pay and its own cost price.
 *
 * @param parentId the agent above it in its chain, or empty for a top-level agent
 */
public record Agent(
        String id,
        String name,
        String parentId,
        String accountNo,
        String accountName,
        String bankCode,
        AgentStatus status,
        String email,
        StatementDelivery delivery) {

    /** Agent ids as written in the files: letters, digits, _ or -. */
    public static final String ID_PATTERN = "[A-Za-z0-9_-]{1,32}";

    public Agent {
        if (id == null || !id.matches(ID_PATTERN)) {
            throw new InvalidValueException("id", "expected 1 to 32 letters, digits, _ or -, got '" + id + "'");
        }
        Objects.requireNonNull(status, "status");
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "missing");
        }
        if (accountNo == null || !accountNo.matches("\\d{4,34}")) {
            throw new InvalidValueException("accountNo", "expected 4 to 34 digits");
        }
        parentId = parentId == null ? "" : parentId;
        email = email == null ? "" : email;
        Objects.requireNonNull(delivery, "delivery");
        if (delivery.byEmail() && email.isEmpty()) {
            throw new InvalidValueException("email", "missing, and delivery " + delivery.word() + " sends statements to it");
        }
        if (parentId.equals(id)) {
            throw new InvalidValueException("parentId", "agent " + id + " cannot be its own parent");
        }
    }

    public boolean topLevel() {
        return parentId.isEmpty();
    }
}
