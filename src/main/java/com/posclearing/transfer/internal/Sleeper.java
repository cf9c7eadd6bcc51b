package com.posclearing.transfer.internal;

import com.posclearing.transfer.TransferException;
import java.time.Duration;

/** Waiting between polls and retries; interruption ends the transfer (the job is being stopped). */
public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    static void pause(Sleeper s, Duration d) {
        try {
            s.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransferException("interrupted while waiting", e);
        }
    }
}
