package com.posclearing.report;

import com.posclearing.kernel.Yuan;
import com.posclearing.support.batch.PausePoint;
import com.posclearing.support.files.AtomicFiles;
import com.posclearing.support.files.CsvFiles;
import com.posclearing.support.files.OutputPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the payout instruction file for the bank, {@code payouts/PAYOUT_{yyyyMMdd}.csv}, then its control file
 * {@code .ctl} ({@code count=}, {@code total=} in yuan, {@code sha256=} of the csv bytes, three CRLF-ended lines).
 *
 * <p>Bank conventions chosen: UTF-8 <b>without</b> BOM (a bank parser reads the first field as the header name,
 * a BOM would corrupt it), CRLF line ends, header line, amounts in yuan with two decimals, currency {@code CNY},
 * value date {@code yyyy-MM-dd}. The file is read by the bank's system, not by people: account names are written
 * exactly as registered (RFC 4180-quoted where they hold a comma or a quote; merchants.csv refuses control characters),
 * without the formula guard of the files for people. A day with no payout still gets a header-only file with {@code count=0}, so the
 * bank can tell "nothing to pay" from "file missing". The csv is in place before the ctl: the bank's pickup
 * waits for the ctl.
 */
public final class PayoutFileWriter {
    public static final String[] HEADER = {"payout_id", "merchant_id", "account_no", "account_name", "bank_code",
            "amount", "currency", "value_date"};

    private final Optional<Set<PosixFilePermission>> mode;

    /** A writer of files with the default mode (tests). */
    public PayoutFileWriter() {
        this(Optional.empty());
    }

    /** @param mode of the csv, e.g. {@code rw-------}: it holds full account numbers (the ctl holds none) */
    public PayoutFileWriter(Optional<Set<PosixFilePermission>> mode) {
        this.mode = mode;
    }

    public PayoutFiles write(OutputPaths paths, Iterable<PayoutLine> payouts) throws IOException {
        return write(paths, payouts.iterator());
    }

    public PayoutFiles write(OutputPaths paths, Iterator<PayoutLine> payouts) throws IOException {
        MessageDigest sha256 = sha256();
        long count = 0;
        long totalFen = 0;
        String expectedPrefix = "P" + paths.date().compact();
        try (AtomicFiles.Staged csv = AtomicFiles.stage(paths.payoutCsv(), mode)) {
            DigestOutputStream digesting = new DigestOutputStream(csv.out(), sha256);
            try (CsvFiles out = CsvFiles.open(digesting, false, HEADER)) {
                while (payouts.hasNext()) {
                    PayoutLine p = payouts.next();
                    if (!p.payoutId().startsWith(expectedPrefix)) {
                        throw new IllegalArgumentException("payout " + p.payoutId() + " is not of business date " + paths.date());
                    }
                    count++;
                    totalFen = Math.addExact(totalFen, p.amountFen());
                    // as registered, never formula-guarded: the bank rejects a name that differs from its record
                    out.record(p.payoutId(), p.merchantId().value(), p.accountNo(), p.accountName(), p.bankCode(),
                            Yuan.format(p.amountFen()), "CNY", p.valueDate().toString());
                }
            }
            digesting.flush();
            csv.commit();
        }
        PausePoint.reached("payout-ctl"); // the csv under its final name, its ctl not yet written
        String hex = HexFormat.of().formatHex(sha256.digest());
        String ctl = "count=" + count + "\r\ntotal=" + Yuan.format(totalFen) + "\r\nsha256=" + hex + "\r\n";
        AtomicFiles.write(paths.payoutCtl(), out -> out.write(ctl.getBytes(StandardCharsets.US_ASCII)));
        return new PayoutFiles(paths.payoutCsv(), paths.payoutCtl(), count, totalFen, hex);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
