/**
 * The Quartz schedule (SPEC 1, 5 {@code ops/settle scheduler}): {@code jobs/*.yaml} definitions
 * ({@link com.posclearing.schedule.JobDefinitions}) registered on a clustered JDBC job store by
 * {@link com.posclearing.schedule.ClearingScheduler}. A firing derives business date D from the fire time in the
 * definition's zone ({@link com.posclearing.schedule.BusinessDateRule}) and runs D at most once across the cluster.
 */
package com.posclearing.schedule;
