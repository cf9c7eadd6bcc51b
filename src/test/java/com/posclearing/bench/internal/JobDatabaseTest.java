package com.posclearing.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobDatabaseTest {
    @Test
    void theBenchDatabaseReplacesTheAdminDatabaseInTheUrl() {
        assertThat(JobDatabase.withDatabase("jdbc:postgresql://localhost:5432/postgres", "posclearing_bench"))
                .isEqualTo("jdbc:postgresql://localhost:5432/posclearing_bench");
        assertThat(JobDatabase.withDatabase("jdbc:postgresql://db:5432/postgres?reWriteBatchedInserts=true", "b"))
                .isEqualTo("jdbc:postgresql://db:5432/b?reWriteBatchedInserts=true");
        assertThat(JobDatabase.withDatabase("jdbc:postgresql://db", "b")).isEqualTo("jdbc:postgresql://db/b");
    }

    @Test
    void theJobBatchesInsertsAsMultiRowInsertsUnlessTheUrlSaysOtherwise() {
        assertThat(JobDatabase.withBatchRewrite("jdbc:postgresql://db:5432/b"))
                .isEqualTo("jdbc:postgresql://db:5432/b?reWriteBatchedInserts=true");
        assertThat(JobDatabase.withBatchRewrite("jdbc:postgresql://db/b?ssl=false"))
                .isEqualTo("jdbc:postgresql://db/b?ssl=false&reWriteBatchedInserts=true");
        assertThat(JobDatabase.withBatchRewrite("jdbc:postgresql://db/b?reWriteBatchedInserts=false"))
                .isEqualTo("jdbc:postgresql://db/b?reWriteBatchedInserts=false");
    }
}
