package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC 4: the payout file carries the account name exactly as registered in merchants.csv: no formula guard (the
 * bank rejected {@code '+86 茶叶铺}), RFC 4180 quotes where it holds a comma or a quote. A name with a control
 * character is refused when merchants.csv is loaded: exit 3, one sentence naming file, line and field.
 */
class PayoutAccountNameIT {
    private static final String REGISTERED = "上海静安百货有限公司,102290024433,ACTIVE";
    @TempDir
    Path work;

    @Test
    void theNameGoesToTheBankAsRegistered() throws Exception {
        Path config = merchants("\"+86 茶叶铺, \"\"总店\"\"\",102290024433,ACTIVE");
        assertThat(run(config).code()).isZero();
        List<String> payouts = Files.readAllLines(work.resolve("out/20261230/payouts/PAYOUT_20261230.csv"), StandardCharsets.UTF_8);
        assertThat(payouts.get(1)).isEqualTo("P20261230898310058120001,898310058120001,91001200000000000011,"
                + "\"+86 茶叶铺, \"\"总店\"\"\",102290024433,10461.66,CNY,2026-12-31");
    }

    @Test
    void aNameWithALineBreakIsRefusedWhenTheMerchantsAreLoaded() throws Exception {
        Path config = merchants("\"茶叶铺\r\n总店\",102290024433,ACTIVE");
        SftpRunIT.Run run = run(config);
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("settle: merchants.csv line 2 field account_name: control character U+000D at position 4;"
                + " remove it so the text is exactly as the bank has it registered; correct it in " + config
                + " (or the built-in defaults) and type the command again (nothing was run)" + System.lineSeparator());
        assertThat(run.err().lines()).hasSize(1);
        assertThat(work.resolve("out/20261230/payouts")).doesNotExist();
    }

    private Path merchants(String accountNameAndRest) throws Exception {
        // not database-specific: the built-in H2 database
        Path config = Files.createDirectories(work.resolve("config"));
        String merchants = Files.readString(Path.of("config/merchants.csv"), StandardCharsets.UTF_8);
        int at = merchants.indexOf(REGISTERED);
        assertThat(at).isPositive();
        Files.writeString(config.resolve("merchants.csv"), merchants.substring(0, at) + accountNameAndRest
                + merchants.substring(at + REGISTERED.length()), StandardCharsets.UTF_8);
        return config;
    }

    private SftpRunIT.Run run(Path config) throws Exception {
        return SftpRunIT.settle("run", "--date", "2026-12-30", "--from-dir", "sample-files", "--config", config.toString(),
                "--data", work.resolve("data").toString(), "--out", work.resolve("out").toString());
    }
}
