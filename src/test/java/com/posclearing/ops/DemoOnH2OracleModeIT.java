package com.posclearing.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ops/settle demo} with every statement of the job on H2 in Oracle mode (empty strings are NULL, as on
 * Oracle) and the common migration with {@code bigint=NUMBER(19)}, with the figures of {@link DemoFigures}. The Batch
 * and Quartz tables are H2's here (H2 cannot parse Oracle's storage clauses; the Oracle scripts are checked by
 * {@code OracleModeMigrationTest}). No Oracle server is involved.
 */
class DemoOnH2OracleModeIT extends DemoFigures {
    @TempDir
    static Path work;
    static Path out;
    static String printed;
    static String url;

    @BeforeAll
    static void runDemo() throws Exception {
        Path config = work.resolve("config");
        Files.createDirectories(config);
        url = "jdbc:h2:file:" + work.resolve("oracle-mode/clearing") + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH";
        Files.writeString(config.resolve("application.properties"), String.join("\n",
                "spring.datasource.url=" + url + ";DB_CLOSE_ON_EXIT=FALSE",
                "spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/h2",
                "spring.flyway.placeholders.bigint=NUMBER(19)", ""), StandardCharsets.UTF_8);
        out = work.resolve("out");
        printed = demo("--samples", "sample-files", "--config", config.toString(),
                "--data", work.resolve("data").toString(), "--out", out.toString(), "--operator", "e2e-ora");
    }

    @Override
    List<String> databaseOptions() {
        return List.of("--config", work.resolve("config").toString(), "--data", work.resolve("data").toString());
    }

    @Override
    Path out() {
        return out;
    }

    @Override
    String printed() {
        return printed;
    }

    @Test
    void ranInOracleModeWhereEmptyStringsAreNull() throws SQLException {
        assertThat(work.resolve("data/db")).doesNotExist();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            // refunds have an empty auth code in the terminal file: Oracle (and H2 in its mode) keep it as NULL
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(auth_code) FROM recon_outcome WHERE side = 'TERMINAL'"
                    + " AND txn_type = 'REFUND'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isPositive();
                assertThat(rs.getLong(2)).isZero();
            }
            try (ResultSet rs = s.executeQuery("SELECT DATA_TYPE, NUMERIC_PRECISION FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_NAME = 'PAYOUT' AND COLUMN_NAME = 'AMOUNT_FEN'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1) + "(" + rs.getInt(2) + ")").isEqualTo("NUMERIC(19)");
            }
        }
    }
}
