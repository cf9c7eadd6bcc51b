package com.posclearing.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeySetTest {

    @Test
    void holdsDigitAndAlphanumericKeysExactly() {
        KeySet keys = new KeySet();
        keys.add("T0000001", "261123000001");
        keys.add("T0000001", "26112300000A");
        keys.add("T0000002", "999999999999");
        keys.add("T0000001", "261123000001");
        keys.add(null, "261123000001");
        keys.add("T0000003", null);

        assertThat(keys.size()).isEqualTo(3);
        assertThat(keys.contains("T0000001", "261123000001")).isTrue();
        assertThat(keys.contains("T0000001", "26112300000A")).isTrue();
        assertThat(keys.contains("T0000002", "999999999999")).isTrue();
        assertThat(keys.contains("T0000002", "261123000001")).isFalse();
        assertThat(keys.contains("T0000001", "261123000002")).isFalse();
        assertThat(keys.contains("T0000003", "261123000001")).isFalse();
        assertThat(keys.contains("T0000003", null)).isFalse();
        assertThat(keys.contains("T0000001", "000000000000")).isFalse();
    }

    @Test
    void growsWithoutLosingKeys() {
        KeySet keys = new KeySet();
        for (int i = 0; i < 100_000; i++) {
            keys.add(String.format("T%07d", i % 3_000), String.format("%012d", i));
        }
        assertThat(keys.size()).isEqualTo(100_000);
        int found = 0;
        for (int i = 0; i < 100_000; i++) {
            found += keys.contains(String.format("T%07d", i % 3_000), String.format("%012d", i)) ? 1 : 0;
            found += keys.contains(String.format("T%07d", (i + 1) % 3_000), String.format("%012d", i)) ? 1 : 0;
        }
        assertThat(found).isEqualTo(100_000);
    }
}
