package com.posclearing.generator.internal;

import static com.posclearing.generator.internal.DemoMerchant.M01;
import static com.posclearing.generator.internal.DemoMerchant.M02;
import static com.posclearing.generator.internal.DemoMerchant.M03;
import static com.posclearing.generator.internal.DemoMerchant.M04;
import static com.posclearing.generator.internal.DemoMerchant.M05;
import static com.posclearing.generator.internal.DemoMerchant.M06;
import static com.posclearing.generator.internal.DemoMerchant.M07;
import static com.posclearing.generator.internal.DemoMerchant.M08;
import static com.posclearing.kernel.CardKind.CREDIT;
import static com.posclearing.kernel.CardKind.DEBIT;
import static com.posclearing.kernel.CardKind.FOREIGN;
import static com.posclearing.kernel.TxnType.PREAUTH_COMPLETE;
import static com.posclearing.kernel.TxnType.SALE;

import com.posclearing.generator.internal.DemoBook.Batch;
import com.posclearing.generator.internal.DemoBook.Day;
import com.posclearing.generator.internal.DemoBook.PospFile;
import com.posclearing.generator.internal.DemoBook.TermEntry;

/**
 * The demo: business dates 2026-12-30 (Wed) … 2027-01-02 (Sat), carry window 2. Every case says which outcome
 * it must end in and why; sample-files/README.md is generated from these words.
 */
public final class DemoScenario {
    static final String MATCHED = "MATCHED";
    static final String MATCHED_LATE = "MATCHED_LATE";
    static final String AMOUNT_MISMATCH = "AMOUNT_MISMATCH";
    static final String DATA_MISMATCH = "DATA_MISMATCH";
    static final String PENDING = "PENDING";
    static final String MISSING_AT_BANK = "MISSING_AT_BANK";
    static final String MISSING_AT_TERMINAL = "MISSING_AT_TERMINAL";
    static final String DUPLICATE = "DUPLICATE";
    static final String VOIDED = "VOIDED";
    static final String REVERSED = "REVERSED";
    static final String REJECTED = "REJECTED";

    private static final String DEBIT_A = "622588******1234";
    private static final String DEBIT_B = "621700******5521";
    private static final String DEBIT_19 = "622848*********0019";
    private static final String CREDIT_A = "625807******5678";
    private static final String CREDIT_B = "622575******3380";
    private static final String FOREIGN_A = "400012******0015";
    private static final String FOREIGN_B = "520000******2230";

    private DemoScenario() {
    }

    public static DemoBook build() {
        DemoBook book = new DemoBook();
        Day d1 = book.day(2026, 12, 30);
        Day d2 = book.day(2026, 12, 31);
        Day d3 = book.day(2027, 1, 1);
        Day d4 = book.day(2027, 1, 2);
        TermEntry neverCleared = day1(d1);
        TermEntry m04Sale = firstSaleOf(d1, M04);
        TermEntry late = day2(d2, neverCleared);
        day3(d3, late, m04Sale);
        day4(d4);
        return book;
    }

    private static TermEntry day1(Day d) {
        PospFile f = d.posp("N01", 1, d.date.plusDays(1).value().atTime(0, 30));
        Batch b = batch(f, M01, "58120101", "000101");
        matched(d, b.txn(SALE, DEBIT_A, DEBIT, 12_800, "10:15:08"), "plain debit sale");
        matched(d, b.txn(SALE, CREDIT_A, CREDIT, 35_650, "11:02:44"), "plain credit sale");
        matched(d, b.txn(SALE, DEBIT_19, DEBIT, 1_000_000, "14:30:00"),
                "large debit sale: fee 0.55 % = 5500 fen, capped at 2000 (19-character masked PAN)");
        TermEntry never = b.txn(SALE, DEBIT_B, DEBIT, 8_800, "15:20:10")
                .expect(PENDING, "the bank never clears it: day 1 of the carry window")
                .expect(d.date.plusDays(1), PENDING, "day 2 of the carry window")
                .expect(d.date.plusDays(2), MISSING_AT_BANK, "carry window of 2 days over");
        TermEntry voided = b.txn(SALE, CREDIT_B, CREDIT, 20_000, "16:05:00").expect(VOIDED, "sale voided in the same batch");
        TermEntry theVoid = b.voidOf(voided, "16:07:30").expect(VOIDED, "void of the sale above");
        voided.clear(d).cancelled().expect(VOIDED, "voided sale, cancel flag C");
        theVoid.clear(d).expect(VOIDED, "the void row 0200/200000 of the sale above");

        Batch c = batch(f, M02, "58120201", "000201");
        matched(d, c.txn(SALE, DEBIT_A, DEBIT, 6_600, "12:10:00"), "catering debit sale");
        matched(d, c.txn(SALE, FOREIGN_A, FOREIGN, 50_000, "19:45:12"), "foreign card sale, 1.25 %");
        TermEntry wrongAmount = c.txn(SALE, CREDIT_A, CREDIT, 15_800, "20:15:00")
                .expect(AMOUNT_MISMATCH, "bank cleared 18500 fen for it");
        wrongAmount.clear(d).amountFen(18_500).expect(AMOUNT_MISMATCH, "terminal says 15800 fen");

        Batch h = batch(f, M07, "58120701", "000701");
        matched(d, h.txn(PREAUTH_COMPLETE, CREDIT_B, CREDIT, 128_000, "12:00:00"), "hotel pre-authorisation completion");
        TermEntry fallback = h.txn(SALE, DEBIT_A, DEBIT, 45_000, "13:14:15")
                .expect(MATCHED, "bank RRN differs: matched on terminal + STAN + transmission time");
        fallback.clear(d).rrn("261230999999")
                .expect(MATCHED, "RRN 261230999999 differs from the terminal's; fallback key matches");

        Batch z = batch(f, M05, "58120501", "000501");
        matched(d, z.txn(SALE, DEBIT_B, DEBIT, 30_000, "09:30:00"), "FROZEN merchant: matched, balance held");
        matched(d, z.txn(SALE, CREDIT_A, CREDIT, 12_000, "17:40:00"), "FROZEN merchant: matched, balance held");

        Batch n = batch(f, M04, "58120401", "000401");
        matched(d, n.txn(SALE, DEBIT_A, DEBIT, 250_000, "18:00:00"), "sale refunded in part on 2027-01-01");

        Batch closed = batch(f, M06, "58120601", "000601");
        TermEntry r = closed.txn(SALE, DEBIT_B, DEBIT, 9_900, "19:00:00").expect(REJECTED, "merchant is CLOSED");
        r.clear(d).expect(REJECTED, "matches a REJECTED terminal record (CLOSED merchant)");

        d.bankOnly(M02, "58120202", CREDIT_B, CREDIT, 7_700, d.at("21:05:00"))
                .expect(MISSING_AT_TERMINAL, "no terminal record has this RRN or STAN (平台漏单)");
        d.bankOnly(M01, "58120102", DEBIT_A, DEBIT, 5_000, d.at("09:12:00")).reversed()
                .expect(REVERSED, "reversal flag R: set aside, moves no money");
        return never;
    }

    private static TermEntry day2(Day d, TermEntry carried) {
        PospFile f = d.posp("N01", 1, d.date.plusDays(1).value().atTime(0, 30));
        Batch b = batch(f, M01, "58120101", "000102");
        matched(d, b.txn(SALE, DEBIT_A, DEBIT, 23_400, "10:00:00"), "plain debit sale");
        TermEntry otherCard = b.txn(SALE, CREDIT_A, CREDIT, 9_990, "11:11:11")
                .expect(DATA_MISMATCH, "bank shows card last 4 = 8765, terminal 5678");
        otherCard.clear(d).card("625807******8765").expect(DATA_MISMATCH, "card last 4 differ from the terminal's");
        TermEntry late = b.txn(SALE, DEBIT_B, DEBIT, 66_000, "23:30:00")
                .expect(PENDING, "23:30 is after the 23:00 UnionPay cut-off: cleared in the file of 2027-01-01");

        Batch m3 = batch(f, M03, "58120301", "000301");
        TermEntry big = matched(d, m3.txn(SALE, DEBIT_A, DEBIT, 20_000, "09:00:00"), "MICRO plan: 0.50 % = 100, + fixed 10");
        matched(d, m3.txn(SALE, CREDIT_B, CREDIT, 3_000, "09:20:00"), "MICRO plan: 0.60 % = 18, raised to min 50, + fixed 10");
        matched(d, m3.refundOf(big, 5_000, "15:00:00"), "partial refund, plan refund_fee KEEP: fee 0");

        Batch m8 = batch(f, M08, "58120801", "000801");
        matched(d, m8.txn(SALE, DEBIT_A, DEBIT, 150, "08:05:00"), "1.50 yuan sale, fee 60: net 0.90 below minimum payout");

        Batch oob = batch(f, M02, "58120201", "000202");
        matched(d, oob.txn(SALE, DEBIT_B, DEBIT, 4_200, "12:30:00"), "in an out-of-balance batch: outcome unchanged");
        matched(d, oob.txn(SALE, CREDIT_A, CREDIT, 7_300, "13:30:00"), "in an out-of-balance batch: outcome unchanged");
        oob.txn(SALE, DEBIT_A, DEBIT, 0, "13:45:00").expect(REJECTED, "invalid record: amountFen 0 is not positive");
        oob.outOfBalance(3, 12_500, 0, 0);

        Batch unknown = batch(f, M02, "58129901", "000001");
        TermEntry u = unknown.txn(SALE, DEBIT_A, DEBIT, 5_500, "14:00:00").expect(REJECTED, "terminal 58129901 is unknown");
        u.clear(d).expect(REJECTED, "matches a REJECTED terminal record (unknown terminal)");

        Batch foreign = batch(f, M01, "58120202", "000203");
        TermEntry w = foreign.txn(SALE, CREDIT_B, CREDIT, 3_300, "14:30:00")
                .expect(REJECTED, "terminal 58120202 belongs to merchant M02, not M01");
        w.clear(d).expect(REJECTED, "matches a REJECTED terminal record (terminal of another merchant)");

        PospFile lateBatch = d.posp("N01", 2, d.date.plusDays(1).value().atTime(6, 10));
        Batch hb = batch(lateBatch, M07, "58120702", "000702");
        TermEntry dup = matched(d, hb.txn(SALE, FOREIGN_B, FOREIGN, 88_800, "20:00:00"), "late batch _002");
        dup.clear(d).expect(DUPLICATE, "second bank row with the RRN + terminal of the row before");
        matched(d, hb.txn(SALE, DEBIT_A, DEBIT, 12_000, "21:00:00"), "late batch _002");

        PospFile n2 = d.posp("N02", 1, d.date.plusDays(1).value().atTime(0, 45));
        matched(d, batch(n2, M04, "58120402", "000402").txn(SALE, CREDIT_A, CREDIT, 18_000, "16:00:00"), "second POSP node N02");
        matched(d, batch(n2, M05, "58120502", "000502").txn(SALE, DEBIT_A, DEBIT, 25_000, "10:30:00"),
                "second POSP node N02, FROZEN merchant: held");
        return late;
    }

    private static void day3(Day d, TermEntry late, TermEntry m04Sale) {
        late.expect(d.date, MATCHED_LATE, "terminal item of 2026-12-31 cleared on 2027-01-01");
        late.clear(d).expect(MATCHED_LATE, "transmission time 1231233000 in the file of 0101: year 2026");
        PospFile f = d.posp("N01", 1, d.date.plusDays(1).value().atTime(0, 30));
        Batch b = batch(f, M01, "58120103", "000103");
        TermEntry first = matched(d, b.txn(SALE, DEBIT_A, DEBIT, 15_600, "10:00:00"), "first of a pair sent twice");
        b.duplicateOf(first).expect(DUPLICATE, "same RRN + terminal as the line before");
        matched(d, b.txn(SALE, CREDIT_A, CREDIT, 42_000, "11:30:00"), "plain credit sale on a holiday");

        Batch n = batch(f, M04, "58120401", "000403");
        matched(d, n.refundOf(m04Sale, 200_000, "12:00:00"),
                "refund of the 2026-12-30 sale: RETURN fee -1100; M04 net negative, carried");
        matched(d, batch(f, M05, "58120501", "000503").txn(SALE, CREDIT_B, CREDIT, 66_600, "13:00:00"),
                "FROZEN merchant: held");
        matched(d, batch(f, M08, "58120801", "000802").txn(SALE, DEBIT_B, DEBIT, 200, "09:00:00"),
                "with the 0.90 carried: net 2.30, paid");
        matched(d, batch(f, M03, "58120302", "000302").txn(SALE, DEBIT_A, DEBIT, 300_000, "17:00:00"),
                "MICRO debit has no cap: 1500 + fixed 10");
    }

    private static void day4(Day d) {
        PospFile f = d.posp("N01", 1, d.date.plusDays(1).value().atTime(0, 30));
        Batch b = batch(f, M01, "58120101", "000104");
        matched(d, b.txn(SALE, DEBIT_A, DEBIT, 7_700, "10:00:00"), "Saturday sale, value date Monday 2027-01-04");
        matched(d, b.txn(SALE, FOREIGN_A, FOREIGN, 120_000, "15:00:00"), "foreign card sale, 1.25 % = 1500");
        Batch c = batch(f, M02, "58120201", "000203");
        matched(d, c.txn(SALE, CREDIT_B, CREDIT, 5_800, "12:00:00"), "catering credit sale");
        c.txn(SALE, DEBIT_B, DEBIT, 3_900, "18:00:00").expect(PENDING, "not in the bank file yet: day 1 of the window");
        matched(d, batch(f, M04, "58120402", "000404").txn(SALE, CREDIT_A, CREDIT, 30_000, "16:00:00"),
                "sale that only reduces M04's negative balance");
        d.bankOnly(M07, "58120701", DEBIT_A, DEBIT, 23_000, d.at("20:20:20"))
                .expect(MISSING_AT_TERMINAL, "no terminal record (平台漏单)");
    }

    private static Batch batch(PospFile f, DemoMerchant m, String terminal, String batchNo) {
        return f.batch(m, terminal, batchNo);
    }

    /** Cleared the same day, both sides MATCHED. */
    private static TermEntry matched(Day d, TermEntry e, String why) {
        e.expect(MATCHED, why);
        e.clear(d).expect(MATCHED, why);
        return e;
    }

    private static TermEntry firstSaleOf(Day d, DemoMerchant m) {
        return d.files.get(0).batches.stream().filter(b -> b.merchant.equals(m)).findFirst().orElseThrow()
                .entries.get(0);
    }
}
