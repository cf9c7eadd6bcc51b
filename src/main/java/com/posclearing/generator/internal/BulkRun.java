package com.posclearing.generator.internal;

import com.posclearing.generator.BulkGenerator.Options;
import com.posclearing.generator.BulkGenerator.Result;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.ConfigFiles;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import java.util.TreeMap;

/** The streaming bulk mode behind {@link com.posclearing.generator.BulkGenerator}. */
public final class BulkRun {
    private static final int BUFFER_BYTES = 1 << 20;
    /** The clearing day ends at 23:00: keep every transaction inside it. */
    private static final long SPAN_SECONDS = 23 * 3600 - 1;

    private final Options o;
    private final SplittableRandom random;
    private final PospCsvWriter posp;
    private final AcomaWriter acoma;
    private final LocalDateTime dayStart;
    private final String rrnPrefix;
    private final String prevRrnPrefix;
    private final TreeMap<String, Long> terminalTally = new TreeMap<>();
    private final TreeMap<String, Long> bankTally = new TreeMap<>();
    private long seq;

    private BulkRun(Options o, PospCsvWriter posp, AcomaWriter acoma) {
        this.o = o;
        this.random = new SplittableRandom(o.seed());
        this.posp = posp;
        this.acoma = acoma;
        this.dayStart = o.date().value().atStartOfDay();
        this.rrnPrefix = String.format("%03d", o.date().value().getDayOfYear());
        this.prevRrnPrefix = String.format("%03d", o.date().value().minusDays(1).getDayOfYear());
    }

    public static Result run(Options o, Path dir) {
        try {
            Path config = Files.createDirectories(dir.resolve("config"));
            Path inbox = Files.createDirectories(dir.resolve("inbox"));
            BulkMerchants.write(o.merchants(), config);
            copyBuiltIn("fee-plans.csv", config);
            copyBuiltIn("calendar.csv", config);
            Path pospPath = inbox.resolve("POSP_" + o.date().compact() + "_N01_001.csv");
            Path acomaPath = inbox.resolve("IND" + o.date().compact().substring(2) + "32ACOMA");
            BulkRun r;
            try (Writer w = Files.newBufferedWriter(pospPath, StandardCharsets.UTF_8);
                    OutputStream out = new BufferedOutputStream(Files.newOutputStream(acomaPath), BUFFER_BYTES);
                    AcomaWriter acoma = new AcomaWriter(out, o.date().value());
                    PospCsvWriter posp = new PospCsvWriter(w, o.date(), "N01", "001",
                            o.date().value().plusDays(1).atTime(0, 30))) {
                r = new BulkRun(o, posp, acoma);
                r.generate();
            }
            return new Result(pospPath, acomaPath, config, r.posp.detailCount(), r.acoma.rows(), r.terminalTally,
                    r.bankTally);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write bulk files to " + dir, e);
        }
    }

    private static void copyBuiltIn(String name, Path config) throws IOException {
        try (InputStream in = ConfigFiles.builtIn().open(name)) {
            Files.copy(in, config.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void generate() {
        int terminals = o.merchants() * 2;
        long batchIndex = 0;
        while (seq < o.records()) {
            int t = (int) (batchIndex % terminals);
            int merchant = t / 2;
            MerchantId m = BulkMerchants.merchantId(merchant);
            TerminalId terminal = BulkMerchants.terminalId(t);
            String batchNo = String.format("%06d", batchIndex / terminals % 999_999 + 1);
            posp.beginBatch(m, terminal, batchNo, time(seq), time(Math.min(o.records() - 1, seq + o.batchSize())));
            long end = Math.min(o.records(), seq + o.batchSize());
            while (seq < end) {
                txn(merchant, m, terminal, batchNo, end - seq);
            }
            posp.endBatch();
            batchIndex++;
        }
    }

    /** One case: one or two D lines and zero to three bank rows. */
    private void txn(int merchant, MerchantId m, TerminalId terminal, String batchNo, long roomInBatch) {
        int draw = random.nextInt(10_000);
        CardKind kind = kind(random.nextInt(100));
        String card = card(kind, random.nextInt(10_000));
        long amount = amount();
        PospDetail d = detail(m, terminal, batchNo, TxnType.SALE, card, kind, amount, null);
        String name = BulkMerchants.name(merchant);
        String mcc = BulkMerchants.mcc(merchant);
        if (draw < 9_700) {
            both(d, bank(d, name, mcc), "MATCHED");
        } else if (draw < 9_780) {
            posp.detail(d);
            count(terminalTally, "PENDING");
        } else if (draw < 9_830) {
            both(d, bank(d, name, mcc).withAmountFen(amount + 1 + random.nextInt(1000)), "AMOUNT_MISMATCH");
        } else if (draw < 9_860) {
            String last4 = String.format("%04d", (Integer.parseInt(card.substring(card.length() - 4)) + 1) % 10_000);
            both(d, bank(d, name, mcc).withPan(MaskedCard.of(card.substring(0, card.length() - 4) + last4)),
                    "DATA_MISMATCH");
        } else if (draw < 9_940 && roomInBatch >= 2) {
            both(d, bank(d, name, mcc).withFlags(false, true), "VOIDED");
            PospDetail v = detail(m, terminal, batchNo, TxnType.VOID, card, kind, amount, d);
            both(v, bank(v, name, mcc), "VOIDED");
        } else {
            // a partial refund of a sale of the previous day, whose RRN has the same digits under yesterday's prefix
            PospDetail refund = new PospDetail(m, terminal, batchNo, d.stan(), d.rrn(), "", TxnType.REFUND,
                    d.cardNo(), kind, Math.max(1, amount / 2), d.txnTime(), d.stan(),
                    Rrn.of(prevRrnPrefix + d.rrn().value().substring(3)), o.date().value().minusDays(1));
            both(refund, bank(refund, name, mcc), "MATCHED");
        }
        int extra = random.nextInt(1_000);
        if (extra < 5) {
            // bank only: an RRN no terminal line has ('G' + sequence) and a STAN half a cycle away
            PospDetail ghost = new PospDetail(m, terminal, batchNo, Stan.of(pad((seq + 500_000) % 999_999 + 1, 6)),
                    Rrn.of("G" + pad(seq, 11)), "G" + pad(seq % 100_000, 5), TxnType.SALE, MaskedCard.of(card), kind,
                    amount(), time(seq), null, null, null);
            AcomaRow row = bank(ghost, name, mcc);
            acoma.write(extra < 3 ? row : row.withFlags(true, false));
            count(bankTally, extra < 3 ? "MISSING_AT_TERMINAL" : "REVERSED");
        }
    }

    private void both(PospDetail d, AcomaRow row, String outcome) {
        posp.detail(d);
        acoma.write(row);
        count(terminalTally, outcome);
        count(bankTally, outcome);
    }

    /** A fresh D line; takes the next sequence number, which gives RRN, STAN and time. */
    private PospDetail detail(MerchantId m, TerminalId t, String batchNo, TxnType type, String card, CardKind kind,
            long amount, PospDetail original) {
        long n = seq++;
        Rrn rrn = Rrn.of(rrnPrefix + pad(n, 9));
        Stan stan = Stan.of(pad(n % 999_999 + 1, 6));
        return new PospDetail(m, t, batchNo, stan, rrn, type == TxnType.REFUND ? "" : "B" + pad(n % 100_000, 5), type,
                MaskedCard.of(card), kind, amount, time(n), original == null ? null : original.stan(),
                original == null ? null : original.rrn(), original == null ? null : original.txnTime().toLocalDate());
    }

    private AcomaRow bank(PospDetail d, String name, String mcc) {
        boolean sale = d.txnType() == TxnType.SALE;
        return new AcomaRow(d.stan(), d.txnTime(), d.cardNo(), d.amountFen(),
                d.txnType() == TxnType.REFUND ? "0220" : "0200", sale ? "000000" : "200000", mcc, d.terminalId(),
                d.merchantId(), d.rrn(), d.authCode(), d.origStan(),
                d.origTxnDate() == null ? null : d.origTxnDate().atTime(12, 0), false, false, name,
                sale ? BankCosts.acquirerCostFen(d.cardKind(), d.amountFen()) : 0,
                BankCosts.bankMerchantFeeFen(d.cardKind(), d.amountFen()));
    }

    private LocalDateTime time(long n) {
        return dayStart.plusSeconds(n * SPAN_SECONDS / o.records());
    }

    private long amount() {
        int bucket = random.nextInt(100);
        if (bucket < 70) {
            return 100 + random.nextLong(19_900);
        }
        return bucket < 95 ? 20_000 + random.nextLong(180_000) : 200_000 + random.nextLong(1_800_000);
    }

    private static CardKind kind(int p) {
        return p < 60 ? CardKind.DEBIT : p < 95 ? CardKind.CREDIT : CardKind.FOREIGN;
    }

    private static String card(CardKind kind, int last4) {
        String bin = switch (kind) {
            case DEBIT -> "622588";
            case CREDIT -> "625807";
            case FOREIGN -> "400012";
        };
        return bin + "******" + pad(last4, 4);
    }

    private static void count(TreeMap<String, Long> tally, String outcome) {
        tally.merge(outcome, 1L, Long::sum);
    }

    static String pad(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
