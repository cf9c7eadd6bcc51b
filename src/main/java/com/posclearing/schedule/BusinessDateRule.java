package com.posclearing.schedule;

import com.posclearing.kernel.BusinessDate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/**
 * How a firing of the schedule picks its business date D. Always from the fire instant seen in the definition's
 * zone, never from the server's zone: a 02:30 Shanghai firing is 18:30 UTC the day before.
 */
public enum BusinessDateRule {
    /** D = the calendar day before the fire time (business dates are every calendar day, SPEC 2.4). */
    YESTERDAY("yesterday") {
        @Override
        public BusinessDate dateFor(Instant fireTime, ZoneId zone) {
            return new BusinessDate(fireTime.atZone(zone).toLocalDate().minusDays(1));
        }
    },
    /** D = the calendar day of the fire time: the monthly agent settlement acts on the first working day of a month. */
    TODAY("today") {
        @Override
        public BusinessDate dateFor(Instant fireTime, ZoneId zone) {
            return new BusinessDate(fireTime.atZone(zone).toLocalDate());
        }
    };

    private final String key;

    BusinessDateRule(String key) {
        this.key = key;
    }

    public abstract BusinessDate dateFor(Instant fireTime, ZoneId zone);

    /** The word used in job definitions, e.g. {@code yesterday}. */
    public String key() {
        return key;
    }

    public static Optional<BusinessDateRule> ofKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
