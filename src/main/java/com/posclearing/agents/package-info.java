/**
 * Agent profit sharing (分润, SPEC 3.5): {@link com.posclearing.agents.ShareCalculator} splits each settled
 * transaction's merchant fee between the agents of its merchant's chain and the acquirer; {@link
 * com.posclearing.agents.DailyAccrual} sums a business date's shares per agent, merchant, card kind and entry, and
 * {@link com.posclearing.agents.ShareInvariant} checks that the fees are shared out exactly. No database, no files:
 * the step in {@code agents.batch} reads the settled records and stores the accrual.
 */
package com.posclearing.agents;
