package com.posclearing.transfer;

import java.util.Optional;

/** What has been delivered where. The job backs it with a table; {@link InMemoryDeliveryLog} serves tests and demo. */
public interface DeliveryLog {

    /** The last delivery of {@code fileName} to {@code target}, if any. */
    Optional<DeliveryRecord> lookup(String fileName, String target);

    /** Records a verified delivery (replacing an earlier record of the same file name and target). */
    void record(DeliveryRecord delivery);
}
