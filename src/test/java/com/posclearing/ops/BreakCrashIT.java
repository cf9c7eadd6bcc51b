package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.reliability.Proves;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SIGKILL between a resolution's approval and the next night's settle commit ({@code settle}: inside the settle step's
 * transaction, the adjustment written but not committed) and after it ({@code statements}: settlement committed); a
 * restart applies the adjustment exactly once, on H2 and PostgreSQL.
 */
@Proves("kill -9 around a resolution's settlement, then restart: the adjustment applied exactly once (H2 and PostgreSQL)")
class BreakCrashIT extends FirstDateBreaks {
    @ParameterizedTest
    @ValueSource(strings = {"settle", "statements"})
    void killedNightAppliesTheApprovedResolutionOnce(String point) throws Exception {
        assertThat(settle("breaks", "propose", MISMATCH, "--action", "BANK_WINS", "--reason", "slip shows 185.00", "--user", "alice")
                .exitCode()).isZero();
        assertThat(settle("breaks", "approve", MISMATCH, "--user", "bob").exitCode()).isZero();

        ChildJvm.killedAt(point, data, work.resolve(point + ".log"), List.of("run", "--date", "2026-12-31",
                "--from-dir", "sample-files", "--data", data.toString(), "--out", out.toString(), "--config", config.toString()));
        // killed before the commit nothing is applied; after it, the one adjustment is there already
        assertThat(db.column("SELECT COUNT(*) FROM adjustment WHERE break_id IS NOT NULL"))
                .containsExactly(point.equals("settle") ? "0" : "1");
        assertThat(db.column("SELECT state FROM break_record WHERE break_id = '" + MISMATCH + "'"))
                .containsExactly(point.equals("settle") ? "APPROVED" : "APPLIED");

        assertThat(settle("restart", "--date", "2026-12-31", "--user", "on-call").exitCode()).isZero();

        assertThat(db.column("SELECT amount_fen || '/' || fee_fen || '/' || effective_date || '/' || created_by FROM adjustment"
                + " WHERE break_id IS NOT NULL")).containsExactly("18430/70/2026-12-31/bob");
        assertThat(db.column("SELECT to_state FROM break_event WHERE break_id = '" + MISMATCH + "' ORDER BY seq_no"))
                .containsExactly("OPEN", "PROPOSED", "APPROVED", "APPLIED");
        assertThat(Files.readAllLines(out.resolve("20261231/payouts/PAYOUT_20261231.csv"))).contains(
                "P20261231898310058120002,898310058120002,91001200000000000029,北京朝阳餐饮管理有限公司,102100000458,298.86,"
                        + "CNY,2027-01-04");
        assertThat(Files.readString(out.resolve("20261231/summary.json"))).contains("\"adjustmentsFen\" : 18430",
                "\"balanced\" : true");
    }
}
