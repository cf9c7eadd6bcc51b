package com.posclearing.runs;

import com.posclearing.kernel.BusinessDate;
import java.util.Optional;

/**
 * SPEC 3.3: dates settle in order. D-1's balances and pending items are D's opening, so D runs (or is rerun) only once
 * D-1's last run completed. The first date an installation runs has no D-1 and may run; a date before it, or after a
 * gap, is refused with the command that fills the gap.
 */
public final class DateOrder {
    private final RunRegistry runs;

    public DateOrder(RunRegistry runs) {
        this.runs = runs;
    }

    /** Throws a sentence naming D-1 and what to do when D may not settle now; checked under D's and D-1's locks. */
    public void check(BusinessDate date) {
        Optional<BusinessDate> first = runs.firstDate();
        if (first.isEmpty() || first.get().equals(date)) {
            return;
        }
        if (first.get().compareTo(date) > 0) {
            throw new IllegalStateException(date + " is before " + first.get() + ", the first date this installation settled;"
                    + " dates settle in order, so " + date + " cannot be settled here any more");
        }
        BusinessDate before = date.plusDays(-1);
        Optional<RunRegistry.Run> last = runs.latest(before);
        if (last.isEmpty()) {
            throw new IllegalStateException(before + " has not been settled, and " + date + " settles only after it (its"
                    + " balances and pending items are " + date + "'s opening): first ops/settle run --date " + before);
        }
        if (!last.get().status().settled()) {
            throw new IllegalStateException("run " + last.get().runNo() + " of " + before + " is " + last.get().status()
                    + ", and " + date + " settles only after it (its balances and pending items are " + date
                    + "'s opening): first ops/settle restart --date " + before);
        }
    }
}
