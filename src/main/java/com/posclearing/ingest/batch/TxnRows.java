package com.posclearing.ingest.batch;

import com.posclearing.kernel.BankTxn;
import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.CardKind;
import com.posclearing.kernel.MaskedCard;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Rrn;
import com.posclearing.kernel.Stan;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TerminalTxn;
import com.posclearing.kernel.TxnType;
import com.posclearing.support.db.SqlDates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.RowMapper;

/**
 * A record's own fields as its outcome row carries them (recon_outcome, V25): the columns reconcile writes, and the
 * select lists and row mappers that read a terminal or bank record back from that row.
 */
public final class TxnRows {
    /** The record's columns after the outcome's own, in the order of {@link #of(TerminalTxn)} and {@link #of(BankTxn)}. */
    public static final String COLUMNS = "file_id, line_no, batch_no, stan, rrn, auth_code, card_no, card_kind, txn_time,"
            + " orig_stan, orig_rrn, orig_txn_date, orig_txn_time, mti, processing_code, reversed, cancelled, merchant_name,"
            + " acquirer_cost_fen, network_fee_fen";
    /**
     * Where {@link #of} puts network_fee_fen: a bank record's stated merchant fee, which a settled terminal record's
     * row repeats from the bank record it matched.
     */
    public static final int NETWORK_FEE_COLUMN = 19;
    /** A terminal record from outcome row {@code o} joined to {@code input_file f}, for {@link #TERMINAL}. */
    public static final String TERMINAL_SELECT = "o.txn_id, f.file_name, o.line_no, o.origin_date business_date, o.merchant_id,"
            + " o.terminal_id, o.batch_no, o.stan, o.rrn, o.auth_code, o.txn_type, o.card_no, o.card_kind, o.amount_fen,"
            + " o.txn_time, o.orig_stan, o.orig_rrn, o.orig_txn_date";

    private TxnRows() {
    }

    /** Record ids are the file's id and the line: reloading a file after a crash gives the same ids. */
    static long recordId(long fileId, long lineNo) {
        if (lineNo <= 0 || lineNo >= 100_000_000L) {
            throw new IllegalArgumentException("line number out of range: " + lineNo);
        }
        return fileId * 100_000_000L + lineNo;
    }

    /** The file a record id names. */
    public static long fileId(long recordId) {
        return recordId / 100_000_000L;
    }

    public static Object[] of(TerminalTxn t) {
        return new Object[] {fileId(t.id()), t.lineNo(), t.batchNo(), t.stan().value(), t.rrn().value(), t.authCode(),
            t.cardNo().value(), t.cardKind().name(), Timestamp.valueOf(t.txnTime()), t.origStan() == null ? null : t.origStan().value(),
            t.origRrn() == null ? null : t.origRrn().value(), t.origTxnDate() == null ? null : SqlDates.date(t.origTxnDate()), null,
            null, null, null, null, null, null, null};
    }

    public static Object[] of(BankTxn b) {
        return new Object[] {fileId(b.id()), b.lineNo(), null, b.stan().value(), b.rrn() == null ? null : b.rrn().value(),
            b.authCode(), b.cardNo().value(), null, Timestamp.valueOf(b.transmissionTime()),
            b.origStan() == null ? null : b.origStan().value(), null, null,
            b.origTxnTime() == null ? null : Timestamp.valueOf(b.origTxnTime()), b.mti(), b.processingCode(), flag(b.reversed()),
            flag(b.cancelled()), b.merchantName(), b.acquirerCostFen(), b.networkFeeFen()};
    }

    public static final RowMapper<TerminalTxn> TERMINAL = (rs, i) -> new TerminalTxn(rs.getLong("txn_id"), rs.getString("file_name"),
            rs.getLong("line_no"), new BusinessDate(SqlDates.localDate(rs, "business_date")), MerchantId.of(rs.getString("merchant_id")),
            TerminalId.of(rs.getString("terminal_id")), rs.getString("batch_no"), Stan.of(rs.getString("stan")),
            Rrn.of(rs.getString("rrn")), rs.getString("auth_code"), TxnType.valueOf(rs.getString("txn_type")),
            MaskedCard.of(rs.getString("card_no")), CardKind.valueOf(rs.getString("card_kind")), rs.getLong("amount_fen"),
            localDateTime(rs, "txn_time"), stan(rs.getString("orig_stan")), rrn(rs.getString("orig_rrn")),
            SqlDates.localDate(rs, "orig_txn_date"));

    private static LocalDateTime localDateTime(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    private static String flag(boolean b) {
        return b ? "Y" : "N";
    }

    static Stan stan(String s) {
        return s == null ? null : Stan.of(s);
    }

    static Rrn rrn(String s) {
        return s == null ? null : Rrn.of(s);
    }
}
