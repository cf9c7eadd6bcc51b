package com.posclearing.settlement;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Every operator command: who, what, when, arguments, reason, result. The application only ever appends. */
@Service
public class AuditLog {
    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Entry(LocalDateTime at, String operator, String command, String arguments, String reason, String result) {
    }

    public synchronized void record(String operator, String command, String arguments, String reason, String result) {
        Long max = jdbc.queryForObject("SELECT MAX(audit_id) FROM audit_log", Long.class);
        jdbc.update("INSERT INTO audit_log (audit_id, at_time, operator, command, arguments, reason, result) VALUES (?,?,?,?,?,?,?)",
                max == null ? 1 : max + 1, Timestamp.valueOf(LocalDateTime.now()), operator, command, cut(arguments), cut(reason),
                cut(result));
    }

    public List<Entry> recent(int limit) {
        return jdbc.query("SELECT * FROM audit_log ORDER BY audit_id DESC", (rs, i) -> new Entry(
                rs.getTimestamp("at_time").toLocalDateTime(), rs.getString("operator"), rs.getString("command"),
                rs.getString("arguments"), rs.getString("reason"), rs.getString("result"))).stream().limit(limit).toList();
    }

    private static String cut(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }
}
