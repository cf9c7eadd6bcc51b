package com.posclearing.resolution.internal;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.MerchantId;
import com.posclearing.kernel.Outcome;
import com.posclearing.kernel.TerminalId;
import com.posclearing.kernel.TxnType;
import com.posclearing.resolution.Break;
import com.posclearing.resolution.BreakAction;
import com.posclearing.resolution.BreakEvent;
import com.posclearing.resolution.BreakId;
import com.posclearing.resolution.BreakState;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** break_record and its append-only history break_event; every change of a row checks its event count (no lost update). */
public final class BreakStore {
    private static final String BREAK_OUTCOMES = Outcome.sqlList(Outcome::isBreak);
    /** Outcomes where a terminal record and a bank record were matched by key: one break for both. */
    private static final Set<Outcome> PAIRED_OUTCOMES = EnumSet.of(Outcome.AMOUNT_MISMATCH, Outcome.DATA_MISMATCH, Outcome.REJECTED);
    /** Events by break, each break's in order. */
    private static final String BY_BREAK = " ORDER BY e.break_id, e.seq_no";
    private static final String PAIRED = Outcome.sqlList(PAIRED_OUTCOMES::contains);
    private static final String LIVE = BreakState.sqlList(BreakState::isLive);
    private static final String COLUMNS = "break_id, business_date, outcome, side, merchant_id, terminal_id, rrn, stan,"
            + " txn_type, card_kind, txn_date, terminal_fen, bank_fen, found_run, found_at, state, action_code, pair_id,"
            + " proposed_by, approved_by, reason_text, target_date, applied_date, events";
    private final JdbcTemplate jdbc;

    public BreakStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The breaks a run of D found, read in one pass from its outcomes that are not settled (recon_open): terminal-led
     * breaks with the bank amount of the record paired with them, then the bank-only ones. A rejected terminal record
     * names no bank record, the bank record REJECTED with it names the terminal one; that link is looked up in a map.
     */
    public List<Break> found(BusinessDate d, int runNo, LocalDateTime now) {
        List<Found> terminal = new ArrayList<>();
        List<Found> bank = new ArrayList<>();
        jdbc.query("SELECT o.side, o.txn_id, o.outcome, o.merchant_id, o.terminal_id, o.amount_fen, o.rrn, o.stan, o.txn_type,"
                + " o.card_kind, o.origin_date, o.mti, o.processing_code, o.counterpart_id, b.amount_fen FROM recon_open o"
                + " LEFT JOIN recon_open b ON o.side = 'TERMINAL' AND o.outcome IN " + PAIRED + " AND b.business_date = o.business_date"
                + " AND b.bucket = o.bucket AND b.run_no = o.run_no AND b.side = 'BANK' AND b.txn_id = o.counterpart_id"
                + " WHERE o.business_date = ? AND o.run_no = ? AND o.outcome IN " + BREAK_OUTCOMES + " ORDER BY o.side DESC, o.txn_id",
                rs -> {
                    long pairedFen = rs.getLong(15);
                    Long paired = rs.wasNull() ? null : pairedFen;
                    Found f = new Found(Outcome.valueOf(rs.getString(3)), rs.getLong(2), rs.getString(4), rs.getString(5),
                            rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getDate(11).toLocalDate(), rs.getString(12), rs.getString(13), rs.getLong(14), paired);
                    ("TERMINAL".equals(rs.getString(1)) ? terminal : bank).add(f);
                }, date(d.value()), runNo);
        Map<Long, Long> rejectedBankFen = new HashMap<>();
        bank.stream().filter(b -> b.outcome() == Outcome.REJECTED).forEach(b -> rejectedBankFen.put(b.counterpartId(), b.amountFen()));
        List<Break> out = new ArrayList<>();
        for (Found t : terminal) {
            long bankFen = t.pairedFen() != null ? t.pairedFen()
                    : t.outcome() == Outcome.REJECTED ? rejectedBankFen.getOrDefault(t.txnId(), 0L) : 0;
            out.add(t.toBreak(d, "T", bankFen > 0 ? "BOTH" : "TERMINAL", t.amountFen(), bankFen, TxnType.valueOf(t.txnType()),
                    t.cardKind(), runNo, now));
        }
        for (Found b : bank) {
            if (PAIRED_OUTCOMES.contains(b.outcome()) && b.counterpartId() != 0) {
                continue; // the terminal record's break holds it
            }
            // ACOMA gives the type by MTI and processing code (SPEC 2.2), not the card kind
            TxnType type = "000000".equals(b.processingCode()) ? TxnType.SALE : "0220".equals(b.mti()) ? TxnType.REFUND : TxnType.VOID;
            out.add(b.toBreak(d, "B", "BANK", 0, b.amountFen(), type, null, runNo, now));
        }
        return out;
    }

    /** A break outcome as the run wrote it; {@code pairedFen} is the amount of the bank record paired with a terminal one. */
    private record Found(Outcome outcome, long txnId, String merchantId, String terminalId, long amountFen, String rrn, String stan,
            String txnType, String cardKind, LocalDate originDate, String mti, String processingCode, long counterpartId,
            Long pairedFen) {
        /** A bank record's date is the run's: it is decided on its clearing date only. */
        Break toBreak(BusinessDate d, String letter, String side, long terminalFen, long bankFen, TxnType type, String kind,
                int runNo, LocalDateTime now) {
            String id = "BRK-" + d.compact() + "-" + letter + "-" + terminalId + "-" + rrn
                    + (outcome == Outcome.DUPLICATE ? "-" + txnId : "");
            LocalDate txnDate = "B".equals(letter) ? d.value() : originDate;
            return new Break(BreakId.of(id), d, outcome, side, MerchantId.of(merchantId), TerminalId.of(terminalId), rrn, stan,
                    type, kind, txnDate, terminalFen, bankFen, runNo, BreakState.OPEN, null, null, null, null, null, null, null, now);
        }
    }

    public List<Break> list(Optional<BusinessDate> d, Optional<BreakState> state) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM break_record WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        d.ifPresent(v -> {
            sql.append(" AND business_date = ?");
            args.add(date(v.value()));
        });
        state.ifPresent(v -> {
            sql.append(" AND state = ?");
            args.add(v.name());
        });
        return jdbc.query(sql.append(" ORDER BY business_date, break_id").toString(), (rs, i) -> read(rs), args.toArray());
    }

    /** The breaks still live (OPEN, PROPOSED, APPROVED), by the state index: not the closed ones of all history. */
    public List<Break> live() {
        return jdbc.query("SELECT " + COLUMNS + " FROM break_record WHERE state IN " + LIVE + " ORDER BY business_date, break_id",
                (rs, i) -> read(rs));
    }

    public Optional<Break> get(BreakId id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM break_record WHERE break_id = ?", (rs, i) -> read(rs), id.value())
                .stream().findFirst();
    }

    /** The number of events a break has: its version, part of the workbook's fingerprint. */
    public int events(BreakId id) {
        Integer n = jdbc.queryForObject("SELECT events FROM break_record WHERE break_id = ?", Integer.class, id.value());
        return n == null ? 0 : n;
    }

    /** Approved resolutions whose target date is D or earlier (not yet applied). */
    public List<Break> approvedUpTo(BusinessDate d) {
        return jdbc.query("SELECT " + COLUMNS + " FROM break_record WHERE state = ? AND target_date <= ? ORDER BY break_id",
                (rs, i) -> read(rs), BreakState.APPROVED.name(), date(d.value()));
    }

    /** Resolutions applied by the settlement of D. */
    public List<Break> appliedOn(LocalDate d) {
        return jdbc.query("SELECT " + COLUMNS + " FROM break_record WHERE state = ? AND applied_date = ? ORDER BY break_id",
                (rs, i) -> read(rs), BreakState.APPLIED.name(), date(d));
    }

    /** The first business date not yet settled: the day after the last date with a settlement. */
    public LocalDate firstUnsettled(LocalDate fallback) {
        Date last = jdbc.queryForObject("SELECT MAX(business_date) FROM merchant_day", Date.class);
        return last == null ? fallback : last.toLocalDate().plusDays(1);
    }

    /** New breaks, each with its first event (none → OPEN), in two JDBC batches. */
    public void insert(List<Break> breaks, String actor, LocalDateTime at) {
        jdbc.batchUpdate("INSERT INTO break_record (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                breaks.stream().map(b -> row(b, 1)).toList());
        jdbc.batchUpdate("INSERT INTO break_event (break_id, seq_no, at_time, actor, from_state, to_state, action_code,"
                + " reason_text) VALUES (?,?,?,?,?,?,?,?)", breaks.stream().map(b -> new Object[] {b.id().value(), 1,
                    Timestamp.valueOf(at), actor, null, b.state().name(), null, "found by run " + b.foundRun()}).toList());
    }

    /** A rerun found these again: the run that found them, and for OPEN ones the figures, are updated in one batch. */
    public void refound(List<Break> breaks) {
        jdbc.batchUpdate("UPDATE break_record SET found_run = ?, terminal_fen = CASE WHEN state = 'OPEN' THEN ? ELSE terminal_fen END,"
                + " bank_fen = CASE WHEN state = 'OPEN' THEN ? ELSE bank_fen END WHERE break_id = ?",
                breaks.stream().map(b -> new Object[] {b.foundRun(), b.terminalFen(), b.bankFen(), b.id().value()}).toList());
    }

    /**
     * Stores a transition and its event. The row must still be as {@code before} was read (same event count), so two
     * operators deciding one break at once cannot both succeed.
     */
    public boolean transition(Break before, Break after, String actor, String reason, LocalDateTime at) {
        int seq = events(before.id());
        int n = jdbc.update("UPDATE break_record SET state = ?, action_code = ?, pair_id = ?, proposed_by = ?, approved_by = ?,"
                + " reason_text = ?, target_date = ?, applied_date = ?, events = ? WHERE break_id = ? AND state = ? AND events = ?",
                after.state().name(), after.action() == null ? null : after.action().name(),
                after.pairId() == null ? null : after.pairId().value(), after.proposedBy(), after.approvedBy(), after.reason(),
                date(after.targetDate()), date(after.appliedDate()), seq + 1, before.id().value(), before.state().name(), seq);
        if (n != 1) {
            return false;
        }
        jdbc.update("INSERT INTO break_event (break_id, seq_no, at_time, actor, from_state, to_state, action_code, reason_text)"
                + " VALUES (?,?,?,?,?,?,?,?)", before.id().value(), seq + 1, Timestamp.valueOf(at), actor, before.state().name(),
                after.state().name(), after.action() == null ? (before.action() == null ? null : before.action().name())
                        : after.action().name(), reason);
        return true;
    }

    /** The history of the breaks of a date (all dates when empty), oldest first. */
    public List<BreakEvent> history(Optional<BusinessDate> d) {
        return d.map(v -> events(" WHERE r.business_date = ?", BY_BREAK, date(v.value()))).orElseGet(() -> events("", BY_BREAK));
    }

    /** The transitions made on a calendar day, by break and then in order: the nightly report's, by the at_time index. */
    public List<BreakEvent> eventsOn(LocalDate day) {
        return events(" WHERE e.at_time >= ? AND e.at_time < ?", BY_BREAK, Timestamp.valueOf(day.atStartOfDay()),
                Timestamp.valueOf(day.plusDays(1).atStartOfDay()));
    }

    /** The newest {@code limit} transitions of all breaks, newest first: the console's audit page, by the at_time index. */
    public List<BreakEvent> latest(int limit) {
        return events("", " ORDER BY e.at_time DESC, e.break_id, e.seq_no DESC FETCH FIRST " + limit + " ROWS ONLY");
    }

    private List<BreakEvent> events(String where, String order, Object... args) {
        return jdbc.query("SELECT e.break_id, e.seq_no, e.at_time, e.actor, e.from_state, e.to_state, e.action_code,"
                + " e.reason_text FROM break_event e JOIN break_record r ON r.break_id = e.break_id" + where
                + order, (rs, i) -> new BreakEvent(BreakId.of(rs.getString(1)), rs.getInt(2),
                    rs.getTimestamp(3).toLocalDateTime(), rs.getString(4),
                    rs.getString(5) == null ? null : BreakState.valueOf(rs.getString(5)), BreakState.valueOf(rs.getString(6)),
                    rs.getString(7) == null ? null : BreakAction.valueOf(rs.getString(7)), rs.getString(8)), args);
    }

    private static Object[] row(Break b, int events) {
        return new Object[] {b.id().value(), date(b.businessDate().value()), b.outcome().name(), b.side(), b.merchantId().value(),
            b.terminalId().value(), b.rrn(), b.stan(), b.txnType().name(), b.cardKind(), date(b.txnDate()), b.terminalFen(),
            b.bankFen(), b.foundRun(), Timestamp.valueOf(b.foundAt()), b.state().name(),
            b.action() == null ? null : b.action().name(), b.pairId() == null ? null : b.pairId().value(), b.proposedBy(),
            b.approvedBy(), b.reason(), date(b.targetDate()), date(b.appliedDate()), events};
    }

    private static Break read(ResultSet rs) throws SQLException {
        String action = rs.getString("action_code");
        String pair = rs.getString("pair_id");
        return new Break(BreakId.of(rs.getString("break_id")), new BusinessDate(rs.getDate("business_date").toLocalDate()),
                Outcome.valueOf(rs.getString("outcome")), rs.getString("side"), MerchantId.of(rs.getString("merchant_id")),
                TerminalId.of(rs.getString("terminal_id")), rs.getString("rrn"), rs.getString("stan"),
                TxnType.valueOf(rs.getString("txn_type")), rs.getString("card_kind"), rs.getDate("txn_date").toLocalDate(),
                rs.getLong("terminal_fen"), rs.getLong("bank_fen"), rs.getInt("found_run"),
                BreakState.valueOf(rs.getString("state")), action == null ? null : BreakAction.valueOf(action),
                pair == null ? null : BreakId.of(pair), rs.getString("proposed_by"), rs.getString("approved_by"),
                rs.getString("reason_text"), local(rs.getDate("target_date")), local(rs.getDate("applied_date")),
                rs.getTimestamp("found_at").toLocalDateTime());
    }

    private static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
