package com.posclearing.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link DeliveryLog} in memory. */
public final class InMemoryDeliveryLog implements DeliveryLog {
    private final Map<String, DeliveryRecord> byKey = new ConcurrentHashMap<>();

    @Override
    public Optional<DeliveryRecord> lookup(String fileName, String target) {
        return Optional.ofNullable(byKey.get(target + "\u0000" + fileName));
    }

    @Override
    public void record(DeliveryRecord delivery) {
        byKey.put(delivery.target() + "\u0000" + delivery.fileName(), delivery);
    }

    public List<DeliveryRecord> all() {
        return new ArrayList<>(byKey.values());
    }
}
