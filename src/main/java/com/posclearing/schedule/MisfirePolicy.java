package com.posclearing.schedule;

import java.util.Arrays;
import java.util.Optional;

/** What a firing missed while no scheduler node was up does when one comes back. */
public enum MisfirePolicy {
    /** Runs once as soon as a node is back (missed nights are not replayed one by one). */
    FIRE_ONCE_NOW("fire-once-now"),
    /** Waits for the next regular fire time; an operator runs the missed date by hand. */
    SKIP("skip");

    private final String key;

    MisfirePolicy(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<MisfirePolicy> ofKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
