package com.posclearing.support;

import com.posclearing.support.db.IdCounter;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/** Every operator command: who, what, when, arguments, reason, result. The application only ever appends. */
@Service
public class AuditLog {
    private final JdbcTemplate jdbc;
    private final IdCounter ids;

    AuditLog(JdbcTemplate jdbc, PlatformTransactionManager tm) {
        this.jdbc = jdbc;
        this.ids = new IdCounter(jdbc, tm);
    }

    public record Entry(LocalDateTime at, String operator, String command, String arguments, String reason, String result) {
    }

    public void record(String operator, String command, String arguments, String reason, String result) {
        jdbc.update("INSERT INTO audit_log (audit_id, at_time, operator, command, arguments, reason, result) VALUES (?,?,?,?,?,?,?)",
                ids.next(IdCounter.AUDIT_LOG), Timestamp.valueOf(LocalDateTime.now()), operator, command, cut(arguments), cut(reason),
                cut(result));
    }

    public List<Entry> recent(int limit) {
        return jdbc.query("SELECT * FROM audit_log ORDER BY audit_id DESC FETCH FIRST " + limit + " ROWS ONLY", (rs, i) -> new Entry(
                rs.getTimestamp("at_time").toLocalDateTime(), rs.getString("operator"), rs.getString("command"),
                rs.getString("arguments"), rs.getString("reason"), rs.getString("result")));
    }

    private static String cut(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }
}
