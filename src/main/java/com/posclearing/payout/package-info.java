/**
 * Payouts of SPEC 3.3: per merchant {@code net = opening + sales − refunds − fees + adjustments}, paid T+1 when the
 * merchant is ACTIVE and the net reaches the minimum, else carried. FROZEN and CLOSED merchants are paid nothing;
 * their net is carried and reported as held (the SPEC only says what FROZEN does; CLOSED merchants may still have a
 * balance from before they closed, which needs an operator's adjustment to pay out or write off). Each decision
 * asserts {@code net = payout + closing}; {@link com.posclearing.payout.SettlementInvariant} checks the whole run.
 */
package com.posclearing.payout;
