package com.posclearing.workers;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the worker processes take their partitions ({@code clearing.workers.*}). The broker's user and password come
 * from the environment ({@value #USER_ENV}, {@value #PASSWORD_ENV}), never from a file.
 *
 * @param broker          {@code host} or {@code host:port} of RabbitMQ; unset: partitions run in the job's JVM
 * @param queue           the durable queue of partition requests (one per installation)
 * @param tries           runs of a failing partition before the step fails
 * @param leaseMillis     a partition whose worker has not beaten for this long is handed to another worker
 * @param heartbeatMillis how often a worker beats for each partition it runs
 * @param waitMillis      the step fails when no worker has taken any of its partitions for this long
 * @param pollMillis      how often the manager reads its partitions' state
 */
@ConfigurationProperties("clearing.workers")
public record WorkersProperties(String broker, String queue, int tries, long leaseMillis, long heartbeatMillis,
        long waitMillis, long pollMillis) {
    public static final String USER_ENV = "POS_CLEARING_BROKER_USER";
    public static final String PASSWORD_ENV = "POS_CLEARING_BROKER_PASSWORD";

    public WorkersProperties {
        queue = queue == null || queue.isBlank() ? "pos-clearing.partitions" : queue;
        if (tries < 1 || tries > 10) {
            throw new IllegalArgumentException("clearing.workers.tries must be 1..10, got " + tries);
        }
        if (heartbeatMillis < 100 || leaseMillis < 3 * heartbeatMillis) {
            throw new IllegalArgumentException("clearing.workers.lease-millis (" + leaseMillis + ") must be at least three"
                    + " heartbeats (clearing.workers.heartbeat-millis " + heartbeatMillis + ", at least 100)");
        }
        if (waitMillis < leaseMillis || pollMillis < 10) {
            throw new IllegalArgumentException("clearing.workers.wait-millis must be at least lease-millis and"
                    + " poll-millis at least 10, got " + waitMillis + " and " + pollMillis);
        }
    }

    public String host() {
        int colon = broker.lastIndexOf(':');
        return colon < 0 ? broker : broker.substring(0, colon);
    }

    public int port() {
        int colon = broker.lastIndexOf(':');
        if (colon < 0) {
            return 5672;
        }
        try {
            return Integer.parseInt(broker.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("clearing.workers.broker must be host or host:port, got " + broker);
        }
    }
}
