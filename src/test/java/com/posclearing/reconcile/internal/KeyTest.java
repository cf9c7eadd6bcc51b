package com.posclearing.reconcile.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class KeyTest {
    private static final LocalDateTime TIME = LocalDateTime.of(2026, 12, 31, 10, 0, 0);

    private static Key primary(String terminal, String rrn) {
        return Key.primary(TerminalId.of(terminal), Rrn.of(rrn));
    }

    @Test
    void primaryKeyPacksTerminalAndRrnWithoutLoss() {
        assertThat(primary("T0000001", "R00000000001")).isEqualTo(primary("T0000001", "R00000000001"));
        // One character moved between terminal and RRN, case, and the last character each change the key.
        assertThat(primary("T0000001", "R00000000001")).isNotEqualTo(primary("T000000R", "100000000001"))
                .isNotEqualTo(primary("t0000001", "R00000000001"))
                .isNotEqualTo(primary("T0000001", "R00000000002"));
        // 6 bits a character: terminal and the RRN's first 2 in hi, the RRN's last 10 in lo; 'z' is code 61.
        assertThat(primary("00000001", "0A000000000z")).isEqualTo(new Key(1L << 12 | 10, 61));
    }

    @Test
    void fallbackKeyHoldsTerminalStanAndSecond() {
        Key key = Key.fallback(TerminalId.of("00000001"), Stan.of("000002"), TIME);

        assertThat(key).isEqualTo(new Key(1, 2L << 40 | 1798711200L));
        assertThat(Key.fallback(TerminalId.of("00000001"), Stan.of("000002"), TIME.plusSeconds(1))).isNotEqualTo(key);
    }

    @Test
    void fallbackKeyRefusesTimesBefore1970() {
        assertThatThrownBy(() -> Key.fallback(TerminalId.of("00000001"), Stan.of("000002"), TIME.withYear(1969)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("transmission time out of range: 1969-12-31T10:00");
    }
}
