package com.posclearing.report;

import com.posclearing.kernel.Yuan;
import com.posclearing.support.PausePoint;
import com.posclearing.support.files.AgentMonthPaths;
import com.posclearing.support.files.AtomicFiles;
import com.posclearing.support.files.CsvFiles;
import com.posclearing.support.files.OutputPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
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

    /**
     * A writer of files with the mode {@code clearing.payout-file-mode} names, as {@code ls -l} shows it (e.g.
     * {@code rw-------}); blank: the process's umask decides.
     */
    public static PayoutFileWriter ofMode(String text) {
        if (text.isBlank()) {
            return new PayoutFileWriter();
        }
        try {
            return new PayoutFileWriter(Optional.of(PosixFilePermissions.fromString(text.trim())));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("clearing.payout-file-mode: expected a mode such as rw-------, got '" + text + "'",
                    e);
        }
    }

    public PayoutFiles write(OutputPaths paths, Iterable<PayoutLine> payouts) throws IOException {
        return write(paths, payouts.iterator());
    }

    public PayoutFiles write(OutputPaths paths, Iterator<PayoutLine> payouts) throws IOException {
        String expectedPrefix = "P" + paths.date().compact();
        return write(paths.payoutCsv(), paths.payoutCtl(), new Iterator<>() {
            @Override
            public boolean hasNext() {
                return payouts.hasNext();
            }

            @Override
            public Row next() {
                PayoutLine p = payouts.next();
                if (!p.payoutId().startsWith(expectedPrefix)) {
                    throw new IllegalArgumentException("payout " + p.payoutId() + " is not of business date " + paths.date());
                }
                return new Row(p.payoutId(), p.merchantId().value(), p.accountNo(), p.accountName(), p.bankCode(),
                        p.amountFen(), p.valueDate());
            }
        });
    }

    /**
     * The agents' monthly file {@code AGENT_PAYOUT_{yyyyMM}.csv} and its {@code .ctl} (SPEC 3.5): the same columns and
     * control file as the merchants', the agent id in {@code merchant_id}.
     */
    public PayoutFiles write(AgentMonthPaths paths, List<AgentPayoutLine> payouts) throws IOException {
        String expectedPrefix = String.format("A%04d%02d", paths.month().getYear(), paths.month().getMonthValue());
        List<Row> rows = new ArrayList<>(payouts.size());
        for (AgentPayoutLine p : payouts) {
            if (!p.payoutId().startsWith(expectedPrefix)) {
                throw new IllegalArgumentException("agent payout " + p.payoutId() + " is not of month " + paths.month());
            }
            rows.add(new Row(p.payoutId(), p.agentId(), p.accountNo(), p.accountName(), p.bankCode(), p.amountFen(),
                    p.valueDate()));
        }
        return write(paths.payoutCsv(), paths.payoutCtl(), rows.iterator());
    }

    /** A row of either file: the payee is a merchant or an agent. */
    private record Row(String payoutId, String payeeId, String accountNo, String accountName, String bankCode, long amountFen,
            LocalDate valueDate) {
    }

    private PayoutFiles write(Path csvPath, Path ctlPath, Iterator<Row> payouts) throws IOException {
        MessageDigest sha256 = sha256();
        long count = 0;
        long totalFen = 0;
        try (AtomicFiles.Staged csv = AtomicFiles.stage(csvPath, mode)) {
            DigestOutputStream digesting = new DigestOutputStream(csv.out(), sha256);
            try (CsvFiles out = CsvFiles.open(digesting, false, HEADER)) {
                while (payouts.hasNext()) {
                    Row p = payouts.next();
                    count++;
                    totalFen = Math.addExact(totalFen, p.amountFen());
                    // as registered, never formula-guarded: the bank rejects a name that differs from its record
                    out.record(p.payoutId(), p.payeeId(), p.accountNo(), p.accountName(), p.bankCode(),
                            Yuan.format(p.amountFen()), "CNY", p.valueDate().toString());
                }
            }
            digesting.flush();
            csv.commit();
        }
        PausePoint.reached("payout-ctl"); // the csv under its final name, its ctl not yet written
        String hex = HexFormat.of().formatHex(sha256.digest());
        String ctl = "count=" + count + "\r\ntotal=" + Yuan.format(totalFen) + "\r\nsha256=" + hex + "\r\n";
        AtomicFiles.write(ctlPath, out -> out.write(ctl.getBytes(StandardCharsets.US_ASCII)));
        return new PayoutFiles(csvPath, ctlPath, count, totalFen, hex);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
