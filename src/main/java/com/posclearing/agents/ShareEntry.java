package com.posclearing.agents;

/** What a share was earned on. */
public enum ShareEntry {
    /** A settled sale or pre-authorisation completion. */
    SALE,
    /** A settled refund whose fee is returned: its sale's shares given back in proportion. */
    CLAWBACK,
    /** A break resolution's adjustment (SPEC 3.4), shared like the transaction it settles. */
    ADJUSTMENT
}
