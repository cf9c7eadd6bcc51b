package com.posclearing.ingest.batch;

import com.posclearing.kernel.BusinessDate;
import com.posclearing.kernel.InputRejectedException;
import com.posclearing.kernel.StoredText;
import com.posclearing.support.db.IdCounter;
import com.posclearing.support.db.SqlDates;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every input file, by SHA-256: the same content twice is skipped; another content under a name already loaded
 * is refused (an operator decides); a file rejected whole may be sent again corrected.
 */
@Component
public final class FileRegistry {
    public static final String LOADED = "LOADED";
    static final String REJECTED = "REJECTED";
    /** Size of the {@code reason} columns of {@code input_file} and {@code rejected_line}. */
    static final int REASON_CHARS = 1000;

    private final JdbcTemplate jdbc;
    private final IdCounter ids;

    public FileRegistry(JdbcTemplate jdbc, IdCounter ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    public record FileRow(long fileId, BusinessDate businessDate, String name, String layout, String side, String sha256,
            long sizeBytes, long records, long amountFen, long rejectedLines, String status, String reason) {
    }

    /** The loaded file with this content, if any: loading it again would count its records twice. */
    Optional<FileRow> loadedWithSha(String sha256) {
        return jdbc.query("SELECT * FROM input_file WHERE sha256 = ? AND status = 'LOADED'", ROW, sha256).stream().findFirst();
    }

    /** Refuses another content under the name of a loaded file. */
    void checkName(String name, String sha256) {
        List<FileRow> same = jdbc.query("SELECT * FROM input_file WHERE file_name = ? AND status = 'LOADED'", ROW, name);
        for (FileRow row : same) {
            if (!row.sha256().equals(sha256)) {
                throw new InputRejectedException(name, 0, null, "a different file of this name was already loaded on "
                        + row.businessDate() + " (loaded sha256 " + row.sha256() + ", this one sha256 " + sha256
                        + "); an operator must decide which is right");
            }
        }
    }

    long nextFileId() {
        return ids.next(IdCounter.INPUT_FILE);
    }

    void insert(FileRow f) {
        jdbc.update("INSERT INTO input_file (file_id, business_date, file_name, layout, side, sha256, size_bytes, records,"
                + " amount_fen, rejected_lines, status, reason, registered_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                f.fileId(), SqlDates.date(f.businessDate().value()), f.name(), f.layout(), f.side(), f.sha256(), f.sizeBytes(),
                f.records(), f.amountFen(), f.rejectedLines(), f.status(), StoredText.fit(f.reason(), REASON_CHARS),
                Timestamp.valueOf(LocalDateTime.now()));
    }

    /** Files of business date D, loaded or rejected, in name order. */
    public List<FileRow> filesOf(BusinessDate date) {
        return jdbc.query("SELECT * FROM input_file WHERE business_date = ? ORDER BY file_name, file_id", ROW,
                SqlDates.date(date.value()));
    }

    private static final org.springframework.jdbc.core.RowMapper<FileRow> ROW = (rs, i) -> new FileRow(rs.getLong("file_id"),
            new BusinessDate(SqlDates.localDate(rs, "business_date")), rs.getString("file_name"), rs.getString("layout"),
            rs.getString("side"), rs.getString("sha256"), rs.getLong("size_bytes"), rs.getLong("records"),
            rs.getLong("amount_fen"), rs.getLong("rejected_lines"), rs.getString("status"), rs.getString("reason"));
}
