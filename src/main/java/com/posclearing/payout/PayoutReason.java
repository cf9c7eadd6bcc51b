package com.posclearing.payout;

/** Why a merchant was paid what it was on business date D (SPEC 3.3). */
public enum PayoutReason {
    /** ACTIVE and net at least the minimum: the whole net is paid. */
    PAID,
    /** ACTIVE, net positive but below the minimum payout: carried. */
    BELOW_MINIMUM,
    /** ACTIVE, net negative (refunds and fees above sales): carried as a debt to set off later. */
    NEGATIVE,
    /** FROZEN: nothing paid, net carried and reported as held. */
    FROZEN,
    /** CLOSED: treated like FROZEN, nothing paid, net carried and held until an operator settles it by adjustment. */
    CLOSED,
    /** ACTIVE and net exactly 0: nothing to pay or carry. */
    NOTHING
}
