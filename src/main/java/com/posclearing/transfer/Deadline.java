package com.posclearing.transfer;

import com.posclearing.kernel.BusinessDate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** The moment after which a missing input is reported as missing (exit 4) instead of waited for. */
public sealed interface Deadline {

    Instant resolve(BusinessDate date, Instant fetchStarted);

    /** A wall-clock time on D + {@code dayOffset} (normally 06:00 Asia/Shanghai on D+1). */
    record AtTime(LocalTime time, int dayOffset, ZoneId zone) implements Deadline {
        public AtTime {
            SftpEndpoint.require(time != null && zone != null, "deadline", "time and zone are required");
            SftpEndpoint.require(dayOffset >= 0 && dayOffset <= 7, "deadline.dayOffset", "expected 0..7");
        }

        @Override
        public Instant resolve(BusinessDate date, Instant fetchStarted) {
            return date.value().plusDays(dayOffset).atTime(time).atZone(zone).toInstant();
        }
    }

    /** A fixed wait counted from the start of the fetch (tests, manual runs). */
    record After(Duration delay) implements Deadline {
        public After {
            SftpEndpoint.require(delay != null && !delay.isNegative(), "deadline.after", "must be zero or positive");
        }

        @Override
        public Instant resolve(BusinessDate date, Instant fetchStarted) {
            return fetchStarted.plus(delay);
        }
    }
}
