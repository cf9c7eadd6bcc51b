/**
 * Reconciliation (对账) of a business date, SPEC 3.1: pure logic over kernel records, no database, no files.
 * Entry point {@link com.posclearing.reconcile.Reconciler}; see its Javadoc for the rules and the partitioning
 * requirement. Choices where the SPEC is silent:
 * <ul>
 * <li>A VOID cancels a SALE of the same business date only (a batch lies within one file); a VOID naming a sale of
 *     another amount is REJECTED with {@code VOID_AMOUNT_DIFFERS}, and the sale is reconciled normally.</li>
 * <li>Any bank row flagged C is VOIDED (not only sales); R wins over C. A void row is paired with the cancelled
 *     sale of the same terminal whose STAN is its original STAN, for the counterpart id only.</li>
 * <li>Records set aside by rules a and b (VOIDED, REVERSED, REJECTED) take no part in duplicate detection.</li>
 * <li>A bank record is REJECTED with a rejected terminal record when it matches it by the primary or the fallback
 *     key.</li>
 * <li>{@link com.posclearing.reconcile.History} is asked about D's records only, not about pending items.</li>
 * <li>When several data fields differ, the reason is the first of merchant, card, direction; the sentence lists
 *     all. Amounts in decisions and tallies are absolute (refunds are not negated).</li>
 * </ul>
 */
package com.posclearing.reconcile;
