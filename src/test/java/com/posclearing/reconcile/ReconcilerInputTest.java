package com.posclearing.reconcile;

import static com.posclearing.reconcile.Results.D;
import static com.posclearing.reconcile.Results.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.Side;
import com.posclearing.kernel.TerminalTxn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records handed in under the wrong date are refused with the file, line and record named. */
class ReconcilerInputTest {

    @Test
    void terminalRecordOfAnotherDateIsRefused() {
        TerminalTxn t = Txns.terminal(1).date(2026, 12, 30).build();

        assertThatThrownBy(() -> run(List.of(t), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("POSP_20261230_N01_001.csv line 3 (record 1): business date 2026-12-30 handed in as a record of 2026-12-31");
    }

    @Test
    void pendingItemNotEarlierThanDIsRefused() {
        TerminalTxn t = Txns.terminal(1).build();

        assertThatThrownBy(() -> run(List.of(), List.of(t), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("POSP_20261231_N01_001.csv line 3 (record 1): pending item of 2026-12-31 is not earlier than 2026-12-31");
    }

    @Test
    void bankRecordOfAnotherClearingDateIsRefused() {
        assertThatThrownBy(() -> run(List.of(), List.of(Txns.bank(11).clearing(D.plusDays(1)).build())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("IND27010132ACOMA line 11 (record 11): clearing date 2027-01-01 handed in as a record of 2026-12-31");
    }

    @Test
    void emptyDayClosesWithNothing() {
        ReconcileResult result = run(List.of(), List.of());

        assertThat(result.decisions()).isEmpty();
        assertThat(result.input(Side.TERMINAL)).isEqualTo(Tally.ZERO);
        assertThat(result.input(Side.BANK)).isEqualTo(Tally.ZERO);
    }
}
