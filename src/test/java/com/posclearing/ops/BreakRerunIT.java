package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A late terminal file of 2026-12-30 brings the terminal record of M02's bank-only 77.00 (RRN 261230000016): the rerun
 * closes that break as RESOLVED_BY_RERUN (kept, with its event), while the breaks already decided keep their state.
 */
class BreakRerunIT extends FirstDateBreaks {
    @Test
    void aBreakTheLateFileFillsIsResolvedByRerunAndDecidedOnesStay() throws IOException {
        assertThat(settle("breaks", "propose", MISMATCH, "--action", "BANK_WINS", "--reason", "slip shows 185.00", "--user",
                "alice").exitCode()).isZero();
        assertThat(settle("breaks", "propose", REJECTED, "--action", "WRITE_OFF", "--reason", "merchant closed", "--user",
                "alice").exitCode()).isZero(); // 99.00, at most the limit: APPROVED at once

        // the late batch, as the POSP node sent it the next morning; a rerun takes D's inputs from its archive
        Files.writeString(data.resolve("archive/20261230/POSP_20261230_N01_002.csv"), String.join("\r\n",
                "H,POSP-CSV,1,20261230,N01,002,20261231061000",
                "B,898310058120002,58120202,000203,20261230073000,20261230235000",
                "D,898310058120002,58120202,000203,000101,261230000016,A00592,SALE,622575******3380,CREDIT,7700,CNY,"
                        + "20261230210500,,,",
                "S,898310058120002,58120202,000203,1,7700,0,0",
                "T,1,1,7700", ""));
        assertThat(settle("rerun", "--date", "2026-12-30", "--reason", "late batch 002 of N01").exitCode()).isZero();

        assertThat(db.column("SELECT break_id || '/' || state FROM break_record ORDER BY break_id")).containsExactly(
                MISSING + "/RESOLVED_BY_RERUN", MISMATCH + "/PROPOSED", REJECTED + "/APPROVED");
        assertThat(db.column("SELECT actor || '/' || from_state || '/' || to_state || '/' || reason_text FROM break_event"
                + " WHERE break_id = '" + MISSING + "' AND seq_no = 2"))
                .containsExactly("run 2 of 2026-12-30/OPEN/RESOLVED_BY_RERUN/not found by run 2");
        assertThat(settle("breaks", "list", "--state", "RESOLVED_BY_RERUN", "--csv").out()).isEqualTo(BreaksCommand.CSV_HEADER
                + "\n" + MISSING + ",2026-12-30,MISSING_AT_TERMINAL,BANK,898310058120002,58120202,261230000016,000101,0,7700,"
                + "RESOLVED_BY_RERUN,0\n");
        // --state narrows the history printed below the rows too
        assertThat(settle("breaks", "list", "--state", "RESOLVED_BY_RERUN").out()).contains(MISSING + " #2 ")
                .doesNotContain(MISMATCH).endsWith("1 breaks\n");
        // the diff names the record by terminal, RRN and STAN
        Path diff = out.resolve("20261230/reports/rerun_2_diff.csv");
        assertThat(Files.readAllLines(diff)).contains(
                "2026-12-30,2,1,RECORD,BANK,58120202,261230000016,000101,898310058120002,outcome,MISSING_AT_TERMINAL,MATCHED,");
    }
}
