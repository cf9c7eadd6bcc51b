package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.testdb.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC 3.5: a rerun of a date replaces its agent accrual, never adds to it. 2026-12-30 is run with the demo's agents,
 * then rerun with AG-SH-JA's debit cost price raised from 0.48 % to 0.50 %: one accrual of the date remains, the rerun's.
 * The figures by hand: AG-SH-JA earns 9 + 29 + 200 + 102 + 32 = 372 fen on merchant …001's and …007's five settled
 * sales, AG-SH 461 on them plus 375 as …004's own agent.
 */
class AgentSharesIT {
    @RegisterExtension
    final CommandNight night = new CommandNight("agents-test");

    @Test
    void aRerunReplacesTheDatesAccrual() throws IOException {
        Path data = night.data();
        Path out = night.out();
        TestDatabase db = night.db();
        assertThat(SettleCommand.execute(db.withConfig("run", "--date", "2026-12-30", "--from-dir", "sample-files", "--data",
                data.toString(), "--out", out.toString()))).isZero();
        assertThat(db.column("SELECT run_no || ' ' || txn_count || ' ' || merchant_fees_fen || ' ' || agent_shares_fen"
                + " || ' ' || acquirer_keep_fen || ' ' || balanced FROM agent_day")).containsExactly("1 10 5562 1742 3820 Y");
        assertThat(db.column("SELECT agent_id || ' ' || SUM(share_fen) FROM agent_share GROUP BY agent_id ORDER BY agent_id"))
                .containsExactly("AG-EAST 534", "AG-SH 836", "AG-SH-JA 372");

        Path config = db.writeInto(Files.createDirectories(night.work().resolve("config")));
        Files.writeString(config.resolve("agent-rates.csv"), Files.readString(Path.of("config/agent-rates.csv"))
                .replace("AG-SH-JA,DEBIT,0.48,", "AG-SH-JA,DEBIT,0.50,"));
        assertThat(SettleCommand.execute("rerun", "--date", "2026-12-30", "--reason", "AG-SH-JA cost price corrected",
                "--config", config.toString(), "--data", data.toString(), "--out", out.toString())).isZero();

        assertThat(db.column("SELECT run_no || ' ' || txn_count || ' ' || merchant_fees_fen || ' ' || agent_shares_fen"
                + " || ' ' || acquirer_keep_fen || ' ' || balanced FROM agent_day")).containsExactly("2 10 5562 1742 3820 Y");
        // AG-SH-JA's debit cost rises by 3 fen on the 128.00 sale and 9 on the 450.00 one (the 10,000.00 one stays at the
        // 1,800 cap): 12 fen pass from AG-SH-JA to AG-SH, whose spread it is; the fee, the shares' sum and the keep stay
        assertThat(db.column("SELECT agent_id || ' ' || SUM(share_fen) FROM agent_share GROUP BY agent_id ORDER BY agent_id"))
                .containsExactly("AG-EAST 534", "AG-SH 848", "AG-SH-JA 360");
        assertThat(db.column("SELECT DISTINCT run_no FROM agent_share")).containsExactly("2");
    }
}
