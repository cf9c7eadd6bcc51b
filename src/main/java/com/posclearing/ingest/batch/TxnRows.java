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
import com.posclearing.support.Buckets;
import com.posclearing.support.db.SqlDates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.RowMapper;

/** Column lists, parameters and row mappers of terminal_txn and bank_txn. */
public final class TxnRows {
    static final String TERMINAL_COLUMNS = "txn_id, file_id, line_no, business_date, merchant_id, terminal_id, batch_no, stan, rrn,"
            + " auth_code, txn_type, card_no, card_kind, amount_fen, txn_time, orig_stan, orig_rrn, orig_txn_date, bucket";
    public static final String BANK_COLUMNS = "txn_id, file_id, line_no, clearing_date, stan, transmission_time, card_no, amount_fen, mti,"
            + " processing_code, terminal_id, merchant_id, rrn, auth_code, orig_stan, orig_txn_time, reversed, cancelled,"
            + " merchant_name, acquirer_cost_fen, network_fee_fen, bucket";

    private TxnRows() {
    }

    /** Record ids are the file's id and the line: reloading a file after a crash gives the same ids. */
    static long recordId(long fileId, long lineNo) {
        if (lineNo <= 0 || lineNo >= 100_000_000L) {
            throw new IllegalArgumentException("line number out of range: " + lineNo);
        }
        return fileId * 100_000_000L + lineNo;
    }

    static Object[] terminalParams(TerminalTxn t, long fileId) {
        return new Object[] {recordId(fileId, t.lineNo()), fileId, t.lineNo(), SqlDates.date(t.businessDate().value()),
            t.merchantId().value(), t.terminalId().value(), t.batchNo(), t.stan().value(), t.rrn().value(), t.authCode(),
            t.txnType().name(), t.cardNo().value(), t.cardKind().name(), t.amountFen(), Timestamp.valueOf(t.txnTime()),
            t.origStan() == null ? null : t.origStan().value(), t.origRrn() == null ? null : t.origRrn().value(),
            t.origTxnDate() == null ? null : SqlDates.date(t.origTxnDate()), Buckets.of(t.terminalId())};
    }

    static Object[] bankParams(BankTxn b, long fileId) {
        return new Object[] {recordId(fileId, b.lineNo()), fileId, b.lineNo(), SqlDates.date(b.clearingDate().value()), b.stan().value(),
            Timestamp.valueOf(b.transmissionTime()), b.cardNo().value(), b.amountFen(), b.mti(), b.processingCode(),
            b.terminalId().value(), b.merchantId().value(), b.rrn() == null ? null : b.rrn().value(), b.authCode(),
            b.origStan() == null ? null : b.origStan().value(),
            b.origTxnTime() == null ? null : Timestamp.valueOf(b.origTxnTime()), flag(b.reversed()), flag(b.cancelled()),
            b.merchantName(), b.acquirerCostFen(), b.networkFeeFen(), Buckets.of(b.terminalId())};
    }

    static final RowMapper<TerminalTxn> TERMINAL = (rs, i) -> new TerminalTxn(rs.getLong("txn_id"), rs.getString("file_name"),
            rs.getLong("line_no"), new BusinessDate(SqlDates.localDate(rs, "business_date")), MerchantId.of(rs.getString("merchant_id")),
            TerminalId.of(rs.getString("terminal_id")), rs.getString("batch_no"), Stan.of(rs.getString("stan")),
            Rrn.of(rs.getString("rrn")), rs.getString("auth_code"), TxnType.valueOf(rs.getString("txn_type")),
            MaskedCard.of(rs.getString("card_no")), CardKind.valueOf(rs.getString("card_kind")), rs.getLong("amount_fen"),
            localDateTime(rs, "txn_time"), stan(rs.getString("orig_stan")), rrn(rs.getString("orig_rrn")),
            SqlDates.localDate(rs, "orig_txn_date"));

    static final RowMapper<BankTxn> BANK = (rs, i) -> new BankTxn(rs.getLong("txn_id"), rs.getString("file_name"),
            rs.getLong("line_no"), new BusinessDate(SqlDates.localDate(rs, "clearing_date")), Stan.of(rs.getString("stan")),
            localDateTime(rs, "transmission_time"), MaskedCard.of(rs.getString("card_no")), rs.getLong("amount_fen"),
            rs.getString("mti"), rs.getString("processing_code"), TerminalId.of(rs.getString("terminal_id")),
            MerchantId.of(rs.getString("merchant_id")), rrn(rs.getString("rrn")), rs.getString("auth_code"),
            stan(rs.getString("orig_stan")), localDateTime(rs, "orig_txn_time"), "Y".equals(rs.getString("reversed")),
            "Y".equals(rs.getString("cancelled")), rs.getString("merchant_name"), rs.getLong("acquirer_cost_fen"),
            rs.getObject("network_fee_fen") == null ? null : rs.getLong("network_fee_fen"));

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
