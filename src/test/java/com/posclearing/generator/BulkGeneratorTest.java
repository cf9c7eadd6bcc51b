package com.posclearing.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.posclearing.kernel.BusinessDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkGeneratorTest {
    private static final BusinessDate DATE = BusinessDate.of(2027, 3, 15);

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes(@TempDir Path a, @TempDir Path b, @TempDir Path c) throws IOException {
        BulkGenerator.Result ra = BulkGenerator.write(new BulkGenerator.Options(42, 5_000, 30, DATE, 100), a);
        BulkGenerator.Result rb = BulkGenerator.write(new BulkGenerator.Options(42, 5_000, 30, DATE, 100), b);
        BulkGenerator.Result rc = BulkGenerator.write(new BulkGenerator.Options(43, 5_000, 30, DATE, 100), c);
        for (String name : List.of("inbox/POSP_20270315_N01_001.csv", "inbox/IND27031532ACOMA", "config/merchants.csv",
                "config/terminals.csv", "config/fee-plans.csv")) {
            assertThat(Arrays.mismatch(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name))))
                    .as(name).isEqualTo(-1);
        }
        assertThat(Files.readAllBytes(rc.pospFile())).isNotEqualTo(Files.readAllBytes(ra.pospFile()));
        assertThat(rb.terminalOutcomes()).isEqualTo(ra.terminalOutcomes());
    }

    @Test
    void writesExactlyTheRequestedRecordsWithAgreeingTotalsAndRealisticProportions(@TempDir Path dir) throws IOException {
        BulkGenerator.Result r = BulkGenerator.write(new BulkGenerator.Options(7, 20_000, 50, DATE, 250), dir);
        List<String> lines = Files.readAllLines(r.pospFile(), StandardCharsets.UTF_8);
        long b = lines.stream().filter(l -> l.startsWith("B,")).count();
        List<String> details = lines.stream().filter(l -> l.startsWith("D,")).toList();
        long fen = details.stream().mapToLong(l -> Long.parseLong(l.split(",", -1)[10])).sum();
        assertThat(details).hasSize(20_000);
        assertThat(r.terminalRecords()).isEqualTo(20_000);
        // 100 terminals × 200 lines, batches of at most 250 lines: one batch each
        assertThat(b).isEqualTo(100);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("T," + b + ",20000," + fen);
        assertThat(r.terminalOutcomes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(20_000);
        assertThat(r.bankOutcomes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(r.bankRecords());
        long bankRows = Files.size(r.acomaFile()) / (422 + 47 + 2);
        assertThat(bankRows).isEqualTo(r.bankRecords());
        assertThat(r.terminalOutcomes().get("MATCHED")).isBetween(19_200L, 19_600L);
        assertThat(r.terminalOutcomes()).containsKeys("PENDING", "AMOUNT_MISMATCH", "DATA_MISMATCH", "VOIDED");
        assertThat(r.bankOutcomes()).containsKeys("MISSING_AT_TERMINAL", "REVERSED");
        assertThat(Files.readAllLines(r.configDir().resolve("terminals.csv"))).hasSize(101);
        assertThat(Files.readAllLines(r.configDir().resolve("merchants.csv")).get(1))
                .isEqualTo("898310000000000,上海便利店1号店,5499,STD,T1,90000000000000000000,上海便利店1号店,102290024433,ACTIVE,"
                        + "m00000000@example.cn,,");
    }

    @Test
    void bothFilesComeInTimeOrderWithTheTerminalsInterleaved(@TempDir Path dir) throws IOException {
        BulkGenerator.Result r = BulkGenerator.write(new BulkGenerator.Options(11, 6_000, 20, DATE, 100), dir);
        List<String> posp = Files.readAllLines(r.pospFile(), StandardCharsets.UTF_8);
        // 40 terminals × 150 lines in batches of 100: 80 batches, in closing order, each batch's lines in time order
        String lastClose = "";
        String lastLine = "";
        for (String l : posp) {
            String[] f = l.split(",", -1);
            if (f[0].equals("B")) {
                assertThat(f[5]).as(l).isGreaterThanOrEqualTo(lastClose);
                lastClose = f[5];
                lastLine = f[4];
            } else if (f[0].equals("D")) {
                assertThat(f[12]).as(l).isGreaterThanOrEqualTo(lastLine).isLessThanOrEqualTo(lastClose);
                lastLine = f[12];
            }
        }
        assertThat(posp.stream().filter(l -> l.startsWith("B,")).count()).isEqualTo(80);
        // bank rows in time order (field 4, MMddHHmmss at bytes 31..40), terminals (field 12) interleaved
        List<String> times = new ArrayList<>();
        List<String> terminals = new ArrayList<>();
        for (String l : Files.readAllLines(r.acomaFile(), java.nio.charset.Charset.forName("GBK"))) {
            times.add(l.substring(31, 41));
            terminals.add(l.substring(118, 126));
        }
        assertThat(times).isSorted().hasSize((int) r.bankRecords());
        assertThat(terminals).isNotEqualTo(terminals.stream().sorted().toList());
        Set<String> firstHundred = new HashSet<>(terminals.subList(0, 100));
        assertThat(firstHundred).hasSizeGreaterThan(30);
    }
}
