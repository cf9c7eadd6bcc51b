package com.posclearing.generator.internal;

import com.posclearing.generator.internal.DemoBook.Batch;
import com.posclearing.generator.internal.DemoBook.Day;
import com.posclearing.generator.internal.DemoBook.PospFile;
import com.posclearing.generator.internal.DemoBook.TermEntry;
import com.posclearing.generator.internal.DemoWriter.Expected;
import com.posclearing.kernel.TxnType;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Renders sample-files/README.md: the generated tables of records and counts, plus the hand-computed money. */
final class DemoReadme {
    private static final List<String> OUTCOMES = List.of("MATCHED", "MATCHED_LATE", "AMOUNT_MISMATCH", "DATA_MISMATCH",
            "PENDING", "MISSING_AT_BANK", "MISSING_AT_TERMINAL", "DUPLICATE", "VOIDED", "REVERSED", "REJECTED");

    private DemoReadme() {
    }

    static String render(DemoBook book) {
        StringBuilder sb = new StringBuilder(HEAD);
        sb.append("\n## Files and control totals\n\n| business date | file | batches (B) | details (D) | amount fen (T) |\n|---|---|---|---|---|\n");
        for (Day d : book.days()) {
            String weekday = d.date.value().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            for (PospFile f : d.files) {
                long details = f.batches.stream().mapToLong(b -> b.entries.size()).sum();
                long amount = f.batches.stream().flatMap(b -> b.entries.stream()).mapToLong(e -> e.detail.amountFen()).sum();
                sb.append("| ").append(d.date).append(' ').append(weekday).append(" | `").append(f.name()).append("` | ")
                        .append(f.batches.size()).append(" | ").append(details).append(" | ").append(amount).append(" |\n");
            }
            long bankFen = d.bank.stream().mapToLong(e -> e.row().amountFen()).sum();
            sb.append("| ").append(d.date).append(' ').append(weekday).append(" | `").append(d.acomaName())
                    .append("` | – | ").append(d.bank.size()).append(" rows | ").append(bankFen).append(" |\n");
        }
        sb.append(outOfBalance(book));
        sb.append("\n## Expected outcome counts per run (carry window 2)\n\n")
                .append("Count and amount (fen) per side; `input` = D lines of the date's files + items pending from ")
                .append("earlier runs (terminal) or rows of the ACOMA file (bank). A matched pair carries the pair's ")
                .append("outcome on both sides. Outcomes with no record are left out.\n");
        for (Day d : book.days()) {
            sb.append(counts(DemoWriter.expected(book, d.date), d));
        }
        sb.append("\n## Every record\n\nThe same as `expected-outcomes.csv` (one row per record per run; a pending ")
                .append("item appears again in the later runs). Lines are 1-based lines of the file.\n");
        for (Day d : book.days()) {
            sb.append("\n### Run of ").append(d.date).append("\n\n| side | file | line | merchant | terminal | RRN | type | ")
                    .append("amount fen | outcome | why |\n|---|---|---|---|---|---|---|---|---|---|\n");
            for (Expected x : DemoWriter.expected(book, d.date)) {
                sb.append("| ").append(x.side()).append(" | ").append(x.file()).append(" | ").append(x.line())
                        .append(" | ").append(label(x.merchantId())).append(" | ").append(x.terminalId()).append(" | ")
                        .append(x.rrn()).append(" | ").append(x.txnType()).append(" | ").append(x.amountFen())
                        .append(" | ").append(x.outcome()).append(" | ").append(x.why()).append(" |\n");
            }
        }
        return sb.append(MONEY).toString();
    }

    private static String counts(List<Expected> rows, Day d) {
        Map<String, long[]> t = new TreeMap<>();
        Map<String, long[]> b = new TreeMap<>();
        for (Expected x : rows) {
            long[] c = ("terminal".equals(x.side()) ? t : b).computeIfAbsent(x.outcome(), k -> new long[2]);
            c[0]++;
            c[1] += x.amountFen();
        }
        StringBuilder sb = new StringBuilder("\n### ").append(d.date).append("\n\n| outcome | terminal count | terminal fen | bank count | bank fen |\n|---|---|---|---|---|\n");
        long[] tin = new long[2];
        long[] bin = new long[2];
        for (String o : OUTCOMES) {
            long[] tc = t.getOrDefault(o, new long[2]);
            long[] bc = b.getOrDefault(o, new long[2]);
            if (tc[0] + bc[0] > 0) {
                sb.append("| ").append(o).append(" | ").append(tc[0]).append(" | ").append(tc[1]).append(" | ")
                        .append(bc[0]).append(" | ").append(bc[1]).append(" |\n");
            }
            tin[0] += tc[0];
            tin[1] += tc[1];
            bin[0] += bc[0];
            bin[1] += bc[1];
        }
        return sb.append("| **input** | ").append(tin[0]).append(" | ").append(tin[1]).append(" | ").append(bin[0])
                .append(" | ").append(bin[1]).append(" |\n").toString();
    }

    private static String outOfBalance(DemoBook book) {
        StringBuilder sb = new StringBuilder("\n## Out-of-balance terminal batches\n\n| file | merchant | terminal | batch | S says | D lines say |\n|---|---|---|---|---|---|\n");
        for (Day d : book.days()) {
            for (PospFile f : d.files) {
                for (Batch b : f.batches) {
                    if (b.summaryOverride != null) {
                        long[] s = b.summaryOverride;
                        long n = 0;
                        long fen = 0;
                        for (TermEntry e : b.entries) {
                            if (e.detail.txnType().isDebitToCardholder()) {
                                n++;
                                fen += e.detail.amountFen();
                            } else if (e.detail.txnType() == TxnType.VOID) {
                                n--;
                                fen -= e.detail.amountFen();
                            }
                        }
                        sb.append("| ").append(f.name()).append(" | ").append(b.merchant.label()).append(" | ")
                                .append(b.terminal).append(" | ").append(b.batchNo).append(" | sales ").append(s[0])
                                .append(" / ").append(s[1]).append(" fen, refunds ").append(s[2]).append(" / ")
                                .append(s[3]).append(" fen | sales ").append(n).append(" / ").append(fen)
                                .append(" fen (one of them the invalid 0-fen line), refunds 0 / 0 fen |\n");
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String label(String merchantId) {
        return "M" + merchantId.substring(13);
    }

    private static final String HEAD = """
            # Sample files (generated — do not edit by hand)

            Made by `com.posclearing.generator.SampleGenerator.writeDemo` from the cases in
            `src/tools/java/com/posclearing/generator/internal/DemoScenario.java`. To change them, edit the scenario
            (and the hand-computed money below, in `DemoReadme.java`), then refresh:

                ./mvnw -o -q -B test -Dtest=SampleFilesTest -Dsamples.refresh=true

            `SampleFilesTest` fails whenever these files differ from freshly generated bytes.
            `expected-outcomes.csv` lists every record's expected outcome per run for the end-to-end test.

            Business dates 2026-12-30 (Wed) … 2027-01-02 (Sat); reference data in `config/` (merchants M01…M08 =
            `8983100581200NN`). 2027-01-01 is a HOLIDAY, 2027-01-02/03 a weekend, so 12-31, 01-01 and 01-02 all pay
            on Monday 2027-01-04.

            | merchant | name | plan | status | role in the demo |
            |---|---|---|---|---|
            | M01 898310058120001 | 上海静安百货有限公司 | STD | ACTIVE | most traffic; fee cap; duplicate on the terminal side |
            | M02 898310058120002 | 北京朝阳餐饮管理有限公司 | CATER | ACTIVE | amount mismatch; out-of-balance batch; unknown terminal claimed by it |
            | M03 898310058120003 | 广州天河便民超市 | MICRO | ACTIVE | min + fixed fee; refund with `KEEP` |
            | M04 898310058120004 | 深圳南山数码商行 | STD | ACTIVE | refund of an earlier day (`RETURN`) → negative balance carried |
            | M05 898310058120005 | 杭州西湖龙井茶庄 | STD | FROZEN | sales matched, balance held |
            | M06 898310058120006 | 成都锦江火锅店 | CATER | CLOSED | its transaction is REJECTED |
            | M07 898310058120007 | 西安钟楼大酒店有限公司 | STD | ACTIVE | pre-auth completion; fallback-key match; bank duplicate |
            | M08 898310058120008 | 武汉光谷便利店 | MICRO | ACTIVE | net below the 1.00 yuan minimum, carried, paid next day |

            Terminal `58129901` is deliberately missing from `terminals.csv`; `58120202` belongs to M02.
            ACOMA field 22 (acquirer cost) = issuer 0.35 % (debit, cap 1300 fen) / 0.45 % (credit) / 1.00 % (foreign)
            + network 0.0325 % (debit cap 325 fen), each HALF_UP; 0 on refunds and voids.
            """;

    private static final String MONEY = """

            ## Fees and payouts (computed by hand, SPEC 3.2 / 3.3, minimum payout 1.00 yuan)

            fee = HALF_UP(amount × rate / 100), then cap, then min, then + fixed, never more than the amount.
            Settled = MATCHED + MATCHED_LATE. net = opening + sales − refunds − fees.

            | date | merchant | settled sales (fen) | refunds | fees per txn | fees | opening | net | payout | closing |
            |---|---|---|---|---|---|---|---|---|---|
            | 2026-12-30 | M01 | 12800 + 35650 + 1000000 = 1048450 | 0 | 70 (D 0.55 %: 70.40), 214 (C 0.60 %: 213.90), **2000** (D 5500 capped) | 2284 | 0 | 1046166 | 1046166 | 0 |
            | 2026-12-30 | M02 | 6600 + 50000 = 56600 | 0 | 25 (D 0.38 %: 25.08), 625 (F 1.25 %) | 650 | 0 | 55950 | 55950 | 0 |
            | 2026-12-30 | M07 | 128000 + 45000 = 173000 | 0 | 768 (C preauth), 248 (D: 247.50 HALF_UP) | 1016 | 0 | 171984 | 171984 | 0 |
            | 2026-12-30 | M05 FROZEN | 30000 + 12000 = 42000 | 0 | 165, 72 | 237 | 0 | 41763 | 0 (held) | 41763 |
            | 2026-12-30 | M04 | 250000 | 0 | 1375 | 1375 | 0 | 248625 | 248625 | 0 |
            | 2026-12-31 | M01 | 23400 | 0 | 129 (128.70) | 129 | 0 | 23271 | 23271 | 0 |
            | 2026-12-31 | M03 MICRO | 20000 + 3000 = 23000 | 5000 | 110 (100 + fixed 10), **60** (18 → min 50 + 10), refund **0** (KEEP) | 170 | 0 | 17830 | 17830 | 0 |
            | 2026-12-31 | M08 MICRO | 150 | 0 | **60** (0.75 → 1 → min 50 + 10) | 60 | 0 | 90 | 0 (below 100) | 90 |
            | 2026-12-31 | M02 | 4200 + 7300 = 11500 | 0 | 16 (15.96), 28 (27.74) | 44 | 0 | 11456 | 11456 | 0 |
            | 2026-12-31 | M07 | 88800 + 12000 = 100800 | 0 | 1110 (F), 66 | 1176 | 0 | 99624 | 99624 | 0 |
            | 2026-12-31 | M04 | 18000 | 0 | 108 | 108 | 0 | 17892 | 17892 | 0 |
            | 2026-12-31 | M05 FROZEN | 25000 | 0 | 138 (137.50) | 138 | 41763 | 66625 | 0 (held) | 66625 |
            | 2027-01-01 | M01 | 66000 (late) + 15600 + 42000 = 123600 | 0 | 363, 86 (85.80), 252 | 701 | 0 | 122899 | 122899 | 0 |
            | 2027-01-01 | M04 | 0 | 200000 | **−1100** (RETURN: −min(1100, cap 2000)) | −1100 | 0 | −198900 | 0 (negative) | −198900 |
            | 2027-01-01 | M05 FROZEN | 66600 | 0 | 400 (399.60) | 400 | 66625 | 132825 | 0 (held) | 132825 |
            | 2027-01-01 | M08 MICRO | 200 | 0 | 60 | 60 | 90 | 230 | 230 | 0 |
            | 2027-01-01 | M03 MICRO | 300000 | 0 | **1510** (1500, no cap, + 10) | 1510 | 0 | 298490 | 298490 | 0 |
            | 2027-01-02 | M01 | 7700 + 120000 = 127700 | 0 | 42 (42.35), 1500 (F) | 1542 | 0 | 126158 | 126158 | 0 |
            | 2027-01-02 | M02 | 5800 | 0 | 22 (22.04) | 22 | 0 | 5778 | 5778 | 0 |
            | 2027-01-02 | M04 | 30000 | 0 | 180 | 180 | −198900 | −169080 | 0 (negative) | −169080 |

            | date | value date | settled sales | settled refunds | fees | payouts (count / fen) | held (FROZEN) | carried (others) |
            |---|---|---|---|---|---|---|---|
            | 2026-12-30 | 2026-12-31 | 1570050 | 0 | 5562 | 4 / 1522725 | 41763 | 0 |
            | 2026-12-31 | 2027-01-04 | 201850 | 5000 | 1825 | 5 / 170073 | 66625 | 90 (M08) |
            | 2027-01-01 | 2027-01-04 | 490400 | 200000 | 1571 | 3 / 421619 | 132825 | −198900 (M04) |
            | 2027-01-02 | 2027-01-04 | 163500 | 0 | 1744 | 2 / 131936 | 132825 | −169080 (M04) |

            M06 (CLOSED) gets nothing: its only transaction is REJECTED. Payout ids follow `P{yyyyMMdd}{merchantId}`.

            ## Assumptions where the SPEC is silent

            - Both records of a matched pair carry the pair's outcome (MATCHED_LATE on the bank side too); the voided
              sale (flag `C`) and its void row are both VOIDED; a bank row that matches a REJECTED terminal record by
              key is REJECTED.
            - The invalid 0-fen line sits in the out-of-balance batch, so the batch is out of balance whether or not
              an S check counts rejected lines; it keeps the T totals right (it adds 0 fen).
            - The 23:30 sale of 2026-12-31 is PENDING in the run of 12-31 (the bank clears it in the file of 01-01).
            - ACOMA fields 21, 22, 23 and 33 are 12 zero-padded digits in fen without a sign; fields 43, 44, 46 are a
              sign `C`/`D` + 8 digits. The tail after field 46 is ` 000000000000 000000000000 D00000000 0000000000`.
            - `calendar.csv` for 2027 lists only the statutory days (New Year, Spring Festival eve–3rd day, Qingming,
              May 1–2, Dragon Boat, Mid-Autumn, Oct 1–3) until the State Council publishes the 2027 schedule;
              2026 follows the published schedule with its make-up working days.
            """;
}
