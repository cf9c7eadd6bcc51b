package com.posclearing.support.db;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Dates to and from JDBC, one way for every store. */
public final class SqlDates {
    private SqlDates() {
    }

    public static Date date(LocalDate d) {
        return Date.valueOf(d);
    }

    public static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
