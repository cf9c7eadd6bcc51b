/**
 * A night spread over worker processes ({@code ops/settle worker}): the manager sends the partitions of the reconcile
 * and statements steps over RabbitMQ, workers run them against the shared database, data folder and out folder. With
 * no broker configured ({@code clearing.workers.broker} unset) nothing here is created and the partitions run in the
 * job's own JVM.
 *
 * <p>A partition's request names its step execution and an attempt. A worker claims it in {@code partition_lease}
 * (a newer attempt wins), beats there while it runs, and acknowledges the message only when the step execution is
 * saved, so a worker killed mid-partition has its message redelivered by the broker. The manager hands a partition
 * whose worker stopped beating to another worker, retries a failed one, and fails the step with a sentence naming the
 * partition after {@code clearing.workers.tries} failures.
 */
package com.posclearing.workers;
