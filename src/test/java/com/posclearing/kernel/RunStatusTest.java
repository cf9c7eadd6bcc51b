package com.posclearing.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RunStatusTest {

    @Test
    void onlyACompletedRunIsSettled() {
        assertThat(Arrays.stream(RunStatus.values()).filter(RunStatus::settled)).containsExactly(RunStatus.COMPLETED);
    }
}
