package com.posclearing.reconcile;

import com.posclearing.kernel.TerminalTxn;
import java.util.Optional;

/**
 * Checks a terminal record against reference data (SPEC 2.4, 3.1): unknown terminal, terminal of another merchant,
 * unknown or closed merchant. The job implements it over {@code terminals.csv} and {@code merchants.csv}.
 */
@FunctionalInterface
public interface TerminalValidator {

    /** Accepts every record; for tests and tools that reconcile without reference data. */
    TerminalValidator ACCEPT_ALL = txn -> Optional.empty();

    /**
     * Returns the reason to reject the record, or empty to accept it. The reason must be one for which
     * {@link Reason#isValidationFailure()} is true.
     */
    Optional<Reason> check(TerminalTxn txn);
}
