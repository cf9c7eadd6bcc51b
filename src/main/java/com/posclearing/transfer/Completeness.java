package com.posclearing.transfer;

import java.time.Duration;

/** When a remote file counts as completely written by its producer. */
public sealed interface Completeness {

    /** The producer writes {@code NAME + suffix} (e.g. {@code .ok}) after {@code NAME} is complete. */
    record Marker(String suffix) implements Completeness {
        public Marker {
            SftpEndpoint.require(suffix != null && suffix.matches("\\.[A-Za-z0-9_.-]{1,20}"), "completeness.suffix",
                    "expected something like .ok, got '" + suffix + "'");
        }
    }

    /** No marker: the size (and modification time) is unchanged across two listings {@code interval} apart. */
    record StableSize(Duration interval) implements Completeness {
        public StableSize {
            SftpEndpoint.require(interval != null && !interval.isNegative() && !interval.isZero(),
                    "completeness.interval", "must be positive");
        }
    }
}
