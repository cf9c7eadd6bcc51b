package com.posclearing.generator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** config/ has the SPEC 2.4 headers and agrees with the demo; no file holds anything that looks like a card number. */
class ReferenceDataTest {
    private static final Path CONFIG = Path.of("config");

    private static List<String[]> rows(String name, String header) throws IOException {
        List<String> lines = Files.readAllLines(CONFIG.resolve(name), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).as(name + " header").isEqualTo(header);
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
    }

    @Test
    void merchantsAreTheDemoMerchants() throws IOException {
        List<String[]> rows = rows("merchants.csv",
                "merchant_id,name,mcc,fee_plan,settlement_cycle,account_no,account_name,bank_code,status,email,agent_id,delivery");
        assertThat(rows).hasSize(8);
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            DemoMerchant m = DemoMerchant.ALL.get(i);
            assertThat(r).hasSize(12);
            assertThat(List.of(r[0], r[1], r[2], r[3], r[4], r[8]))
                    .containsExactly(m.id().value(), m.name(), m.mcc(), m.feePlan(), "T1", m.status());
            assertThat(r[5]).matches("\\d{20}");
            assertThat(looksLikeCard(r[5])).as(r[5]).isFalse();
        }
        assertThat(rows.stream().map(r -> r[8])).containsOnlyOnce("FROZEN", "CLOSED");
    }

    @Test
    void terminalsCoverEveryTerminalOfTheSamplesButTheUnknownOne() throws IOException {
        List<String[]> rows = rows("terminals.csv", "terminal_id,merchant_id,status");
        Set<String> known = new HashSet<>();
        rows.forEach(r -> known.add(r[0]));
        assertThat(known).hasSize(17).doesNotContain("58129901").contains("58120202");
        Set<String> used = new HashSet<>();
        List<String> expected = Files.readAllLines(Path.of("sample-files/expected-outcomes.csv"));
        for (String line : expected.subList(1, expected.size())) {
            used.add(line.split(",")[5]);
        }
        assertThat(used).contains("58129901");
        used.remove("58129901");
        assertThat(known).containsAll(used);
    }

    @Test
    void feePlansHaveThreeCardKindsEachAndBothRefundRules() throws IOException {
        List<String[]> rows = rows("fee-plans.csv", "plan_id,card_kind,rate_percent,cap_fen,min_fen,fixed_fen,refund_fee");
        assertThat(rows).hasSize(9);
        assertThat(rows.stream().map(r -> r[0] + "/" + r[1])).containsExactly("STD/DEBIT", "STD/CREDIT", "STD/FOREIGN",
                "CATER/DEBIT", "CATER/CREDIT", "CATER/FOREIGN", "MICRO/DEBIT", "MICRO/CREDIT", "MICRO/FOREIGN");
        assertThat(rows.get(0)).containsExactly("STD", "DEBIT", "0.55", "2000", "", "", "RETURN");
        assertThat(rows.get(6)).containsExactly("MICRO", "DEBIT", "0.50", "", "50", "10", "KEEP");
    }

    @Test
    void calendarMarksNewYear2027AndTheMakeUpDays() throws IOException {
        List<String[]> rows = rows("calendar.csv", "date,kind");
        assertThat(rows.stream().map(r -> r[1])).containsOnly("HOLIDAY", "WORKDAY");
        assertThat(rows.stream().map(r -> r[0] + "," + r[1]))
                .contains("2027-01-01,HOLIDAY", "2026-10-01,HOLIDAY", "2026-01-04,WORKDAY", "2026-02-14,WORKDAY")
                .doesNotContain("2026-12-31,HOLIDAY", "2027-01-04,HOLIDAY", "2026-12-30,HOLIDAY")
                .isSorted().doesNotHaveDuplicates();
    }

    @Test
    void noSampleOrConfigFileHoldsAFullCardNumber() throws IOException {
        List<Path> files;
        try (Stream<Path> a = Files.list(Path.of("sample-files")); Stream<Path> b = Files.list(CONFIG)) {
            files = Stream.concat(a, b).filter(Files::isRegularFile).toList();
        }
        Pattern digits = Pattern.compile("\\d+");
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), f.getFileName().toString().startsWith("IND")
                    ? Charset.forName("GBK") : StandardCharsets.UTF_8);
            Matcher m = digits.matcher(text);
            while (m.find()) {
                assertThat(looksLikeCard(m.group())).as(f + ": a digit run looks like a card number").isFalse();
            }
        }
    }

    /** 16–19 digits starting 3–6 with a valid Luhn check digit. */
    static boolean looksLikeCard(String s) {
        if (!s.matches("[3-6]\\d{15,18}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = s.charAt(s.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    @Test
    void luhnCheckWorks() {
        assertThat(looksLikeCard("4111111111111111")).isTrue();
        assertThat(looksLikeCard("4111111111111112")).isFalse();
        assertThat(looksLikeCard("91001200000000000011")).isFalse();
    }
}
