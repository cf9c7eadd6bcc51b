package com.posclearing.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.reconcile.Reason;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReasonTextTest {
    /** A new reconcile reason without a name would show its code in the Chinese report. */
    @Test
    void everyReasonABreakCanCarryHasANameInBothLanguages() {
        assertThat(Arrays.stream(Reason.values()).filter(r -> !ReasonText.knows(r.name())).map(Reason::name))
                .containsExactlyInAnyOrder("VOID_PAIR", "REVERSAL_FLAG", "CANCEL_FLAG", "VOID_ROW", "AGREES", "CLEARED_LATE",
                        "AWAITING_BANK");
    }
}
