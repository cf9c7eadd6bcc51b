package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.agents.batch.AgentMonthService;
import com.posclearing.kernel.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * SPEC 3.5, the month: the sample nights 2026-12-30 … 2027-01-02 with the demo's agents, settled by
 * {@code ops/settle agents --month}. December covers the three-level chain AG-EAST → AG-SH → AG-SH-JA across debit,
 * credit and foreign cards with the debit caps, AG-GZ's inverted price (倒挂) and a KEEP refund (nothing clawed back);
 * January (settled {@code --partial}: its last day has not run) the RETURN refund of 2,000.00 clawing back 400 fen, the
 * balances carried over the month boundary, the difference a rerun of 2026-12-31 made after December's payout file was
 * delivered, and a rerun of 2027-01-02 before January's was, which changes January's figures under the same ids.
 * December's first run is the schedule's: nothing on the holiday 2027-01-01, December once on 2027-01-04.
 */
class AgentMonthIT {
    private static final String HEADER = "payout_id,merchant_id,account_no,account_name,bank_code,amount,currency,value_date";

    @RegisterExtension
    final CommandNight night = new CommandNight("agents-month-test");

    @Test
    void monthsSettleCarryAndMoveDifferencesAfterDelivery() throws Exception {
        for (String d : List.of("2026-12-30", "2026-12-31")) {
            assertThat(settle("run", "--date", d, "--from-dir", "sample-files")).isZero();
        }
        // the schedule's rule: on 2027-01-01 (a holiday) nothing; on 2027-01-04, the first working day, December once
        CommonOptions options = new CommonOptions();
        options.configDir = night.db().configDir();
        options.dataDir = night.data();
        options.outDir = night.out();
        try (ConfigurableApplicationContext ctx = Contexts.open(options)) {
            AgentMonthService months = ctx.getBean(AgentMonthService.class);
            assertThat(months.settleDue(LocalDate.of(2027, 1, 1), "scheduler")).isEmpty();
            assertThat(months.settleDue(LocalDate.of(2027, 1, 4), "scheduler")).get()
                    .extracting(r -> r.month() + " run " + r.runNo()).isEqualTo("2026-12 run 1");
            assertThat(months.settleDue(LocalDate.of(2027, 1, 4), "scheduler")).isEmpty();
        }
        Path dec = night.out().resolve("agents/202612");
        // net = opening + shares + claw-backs + adjustments; AG-GZ's 85 and AG-SOUTH's 50 are below the 1.00 minimum
        assertThat(months("202612", 1)).containsExactly(
                "AG-EAST|0|650|0|0|650|650|0|PAID", "AG-GZ|0|85|0|0|85|0|85|BELOW_MINIMUM", "AG-SH|0|980|0|0|980|980|0|PAID",
                "AG-SH-JA|0|530|0|0|530|530|0|PAID", "AG-SOUTH|0|50|0|0|50|0|50|BELOW_MINIMUM");
        byte[] decPayouts = Files.readAllBytes(dec.resolve("AGENT_PAYOUT_202612.csv"));
        assertThat(Files.readAllLines(dec.resolve("AGENT_PAYOUT_202612.csv"))).containsExactly(HEADER,
                "A202612AG-EAST,AG-EAST,91002200000000000019,华东支付服务有限公司,102290024433,6.50,CNY,2027-01-04",
                "A202612AG-SH,AG-SH,91002200000000000027,上海申城商户服务有限公司,102290024433,9.80,CNY,2027-01-04",
                "A202612AG-SH-JA,AG-SH-JA,91002200000000000035,静安收单服务部,102290024433,5.30,CNY,2027-01-04");
        assertThat(Files.readAllLines(dec.resolve("AGENT_PAYOUT_202612.ctl"))).containsExactly("count=3", "total=21.60",
                "sha256=" + Sha256.of(dec.resolve("AGENT_PAYOUT_202612.csv")));
        // the level-3 agent: the 10,000.00 + 128.00 debit sales of …001 cost it 1,800 (its cap) + 61 against a fee of
        // 2,000 (the plan's cap) + 70; AG-SH's cost is 1,500 (cap) + 51, AG-EAST's 1,200 (cap) + 45
        assertThat(Files.readAllLines(dec.resolve("AG-SH-JA.csv"))).containsExactly(
                "\uFEFFagent_id,month,merchant_id,card_kind,entry,txn_count,amount,fee,cost,share",
                "AG-SH-JA,2026-12,898310058120001,CREDIT,SALE,1,356.50,2.14,1.85,0.29",
                "AG-SH-JA,2026-12,898310058120001,DEBIT,SALE,3,10362.00,21.99,19.73,2.26",
                "AG-SH-JA,2026-12,898310058120007,CREDIT,SALE,1,1280.00,7.68,6.66,1.02",
                "AG-SH-JA,2026-12,898310058120007,DEBIT,SALE,2,570.00,3.14,2.74,0.40",
                "AG-SH-JA,2026-12,898310058120007,FOREIGN,SALE,1,888.00,11.10,9.77,1.33");
        assertThat(Files.readAllLines(dec.resolve("AG-SH.csv"))).contains(
                "AG-SH,2026-12,898310058120001,DEBIT,SALE,3,10362.00,21.99,16.45,3.28");
        assertThat(Files.readAllLines(dec.resolve("AG-EAST.csv"))).contains(
                "AG-EAST,2026-12,898310058120001,DEBIT,SALE,3,10362.00,21.99,13.27,3.18");
        // 倒挂: the 200.00 debit sale of …003 costs AG-GZ 124 fen (0.62 %) against a MICRO fee of 110; the 50.00 KEEP
        // refund claws nothing back
        assertThat(Files.readAllLines(dec.resolve("AG-GZ.csv"))).containsExactly(
                "\uFEFFagent_id,month,merchant_id,card_kind,entry,txn_count,amount,fee,cost,share",
                "AG-GZ,2026-12,898310058120003,CREDIT,SALE,1,30.00,0.60,0.20,0.40",
                "AG-GZ,2026-12,898310058120003,DEBIT,CLAWBACK,1,-50.00,0.00,0.00,0.00",
                "AG-GZ,2026-12,898310058120003,DEBIT,SALE,1,200.00,1.10,1.24,-0.14",
                "AG-GZ,2026-12,898310058120008,DEBIT,SALE,1,1.50,0.60,0.01,0.59");
        assertThat(Files.exists(dec.resolve("AG-SH-JA.xlsx"))).isTrue();

        // December's payout file is at the bank; then 2026-12-31 is rerun with AG-SH-JA's debit cost at 0.50 %
        execute("UPDATE agent_month_run SET delivered_at = CURRENT_TIMESTAMP WHERE month_id = '202612'");
        execute("UPDATE agent_payout SET delivered_at = CURRENT_TIMESTAMP WHERE month_id = '202612'");
        for (String d : List.of("2027-01-01", "2027-01-02")) {
            assertThat(settle("run", "--date", d, "--from-dir", "sample-files")).isZero();
        }
        Path config = night.db().writeInto(Files.createDirectories(night.work().resolve("config")));
        String rates = Files.readString(Path.of("config/agent-rates.csv")).replace("AG-SH-JA,DEBIT,0.48,", "AG-SH-JA,DEBIT,0.50,");
        Files.writeString(config.resolve("agent-rates.csv"), rates);
        assertThat(settleWith(config, "rerun", "--date", "2026-12-31", "--reason", "AG-SH-JA cost price corrected")).isZero();
        assertThat(settle("agents", "--month", "2026-12")).isZero();
        // the 234.00 and 120.00 debit sales of 12-31 now cost AG-SH-JA 117 + 60 instead of 112 + 58: 7 fen pass to AG-SH;
        // December keeps what was paid, the 7 fen move to January
        assertThat(months("202612", 2)).containsExactly(
                "AG-EAST|0|650|0|0|650|650|0|PAID", "AG-GZ|0|85|0|0|85|0|85|BELOW_MINIMUM", "AG-SH|0|987|0|-7|980|980|0|PAID",
                "AG-SH-JA|0|523|0|7|530|530|0|PAID", "AG-SOUTH|0|50|0|0|50|0|50|BELOW_MINIMUM");
        assertThat(Files.readAllBytes(dec.resolve("AGENT_PAYOUT_202612.csv"))).isEqualTo(decPayouts);
        assertThat(night.query("SELECT agent_id, effective_month, source, amount_fen FROM agent_adjustment"
                + " ORDER BY agent_id, effective_month")).containsExactly("AG-SH|202612|RERUN_OUT|-7", "AG-SH|202701|RERUN|7",
                        "AG-SH-JA|202612|RERUN_OUT|7", "AG-SH-JA|202701|RERUN|-7");
        assertThat(night.query("SELECT COUNT(*) FROM agent_payout")).containsExactly("3");

        assertThat(settle("agents", "--month", "2027-01")).isEqualTo(1);
        assertThat(settle("agents", "--month", "2027-01", "--partial")).isZero();
        // carried: AG-GZ's 85 and AG-SOUTH's 50; AG-GZ owes 350 on the 3,000.00 debit sale (倒挂) and carries -206;
        // the 2,000.00 RETURN refund of …004 claws back 100 (AG-EAST) and 300 (AG-SH): AG-SH's month is negative
        assertThat(months("202701", 1)).containsExactly(
                "AG-EAST|0|200|-100|0|100|100|0|PAID", "AG-GZ|85|-291|0|0|-206|0|-206|NEGATIVE",
                "AG-SH|0|266|-300|7|-27|0|-27|NEGATIVE", "AG-SH-JA|0|276|0|-7|269|269|0|PAID",
                "AG-SOUTH|50|660|0|0|710|710|0|PAID");
        assertThat(Files.readAllLines(night.out().resolve("agents/202701/AG-SH.csv"))).contains(
                "AG-SH,2027-01,898310058120004,DEBIT,CLAWBACK,1,-2000.00,-11.00,-8.00,-3.00", "AG-SH,2027-01,,,RERUN,0,0.00,0.00,0.00,0.07");

        // before January's delivery a rerun of 2027-01-02 (AG-SH-JA's foreign cost at 1.20 %) changes January's figures:
        // AG-SH-JA gives 122 fen to AG-SH, whose 95 is then below the minimum: its payout is gone, the others keep their ids
        Files.writeString(config.resolve("agent-rates.csv"), rates.replace("AG-SH-JA,FOREIGN,1.10,", "AG-SH-JA,FOREIGN,1.20,"));
        assertThat(settleWith(config, "rerun", "--date", "2027-01-02", "--reason", "AG-SH-JA foreign cost corrected")).isZero();
        assertThat(settle("agents", "--month", "2027-01", "--partial")).isZero();
        assertThat(months("202701", 2)).containsExactly(
                "AG-EAST|0|200|-100|0|100|100|0|PAID", "AG-GZ|85|-291|0|0|-206|0|-206|NEGATIVE",
                "AG-SH|0|388|-300|7|95|0|95|BELOW_MINIMUM", "AG-SH-JA|0|154|0|-7|147|147|0|PAID",
                "AG-SOUTH|50|660|0|0|710|710|0|PAID");
        assertThat(Files.readAllLines(night.out().resolve("agents/202701/AGENT_PAYOUT_202701.csv"))).containsExactly(HEADER,
                "A202701AG-EAST,AG-EAST,91002200000000000019,华东支付服务有限公司,102290024433,1.00,CNY,2027-02-01",
                "A202701AG-SH-JA,AG-SH-JA,91002200000000000035,静安收单服务部,102290024433,1.47,CNY,2027-02-01",
                "A202701AG-SOUTH,AG-SOUTH,91002200000000000043,华南聚合支付有限公司,308581002013,7.10,CNY,2027-02-01");
        assertThat(night.query("SELECT COUNT(*) FROM audit_log WHERE command = 'agents' AND result LIKE 'exit 0%'"))
                .containsExactly("3");
    }

    @Test
    void aMonthThatIsNotAMonthIsBadUsage() throws Exception {
        assertThat(settle("agents", "--month", "2026-13")).isEqualTo(ExitCodes.USAGE);
        assertThat(settle("agents", "--month", "2026-12")).isEqualTo(ExitCodes.FAILURE);
    }

    private int settle(String... args) {
        return SettleCommand.execute(night.db().withConfig(withFolders(args)));
    }

    private int settleWith(Path config, String... args) {
        List<String> all = new ArrayList<>(List.of(withFolders(args)));
        all.addAll(List.of("--config", config.toString()));
        return SettleCommand.execute(all.toArray(String[]::new));
    }

    private String[] withFolders(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", night.data().toString(), "--out", night.out().toString(), "--operator", "agents-month-test"));
        return all.toArray(String[]::new);
    }

    /** agent|opening|shares|claw-backs|adjustments|net|payout|closing|decision of one run of a month. */
    private List<String> months(String month, int run) throws Exception {
        return night.query("SELECT agent_id, opening_fen, shares_fen, clawback_fen, adjustments_fen, net_fen, payout_fen,"
                + " closing_fen, decision FROM agent_month WHERE month_id = '" + month + "' AND run_no = " + run
                + " ORDER BY agent_id");
    }

    private void execute(String sql) throws Exception {
        try (var c = night.db().connect(); var s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
