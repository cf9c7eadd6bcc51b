/**
 * Merchant fees of SPEC 3.2 and the acquirer's margin, in fen, with BigDecimal and explicit HALF_UP rounding only.
 * Entry point: {@link com.posclearing.fees.FeeCalculator}.
 */
package com.posclearing.fees;
