package com.posclearing.testdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountingDriverTest {

    @Test
    void countsEachRoundTripByItsStatementABatchOnce() throws Exception {
        Class.forName(CountingDriver.class.getName());
        CountingDriver.reset();
        try (Connection c = DriverManager.getConnection(CountingDriver.PREFIX + "h2:mem:counting", "sa", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INT, name VARCHAR(10))");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                for (int i = 0; i < 5; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "n" + i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement one = c.prepareStatement("SELECT name FROM t  WHERE id IN (?, ?)")) {
                for (int i = 0; i < 3; i++) {
                    one.setInt(1, i);
                    one.setInt(2, i + 1);
                    one.executeQuery().close();
                }
            }
        }
        assertThat(CountingDriver.counts()).isEqualTo(Map.of("CREATE TABLE t (id INT, name VARCHAR(10))", 1L,
                "INSERT INTO t VALUES (?…)", 1L, "SELECT name FROM t WHERE id IN (?…)", 3L));
    }

    @Test
    void csvReadsOfDifferentTemporaryFilesAreOneStatement() {
        assertThat(CountingDriver.normalised("INSERT INTO t (a, b) SELECT * FROM CSVREAD('/tmp/bulk-t-1.csv', 'a,b', 'charset=UTF-8')"))
                .isEqualTo(CountingDriver.normalised("INSERT INTO t (a, b) SELECT * FROM CSVREAD('/tmp/it''s-2.csv', 'a,b', 'charset=UTF-8')"))
                .isEqualTo("INSERT INTO t (a, b) SELECT * FROM CSVREAD('…', 'a,b', 'charset=UTF-8')");
    }
}
