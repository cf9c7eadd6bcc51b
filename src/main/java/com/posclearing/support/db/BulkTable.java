package com.posclearing.support.db;

import java.util.Arrays;
import java.util.List;

/** A table and the columns a bulk insert fills, in the order of each row's values. */
public final class BulkTable {
    private final String name;
    private final String columns;
    private final int width;

    /** {@code columns} as in SQL: "a, b, c". */
    public BulkTable(String name, String columns) {
        List<String> names = Arrays.stream(columns.split(",")).map(String::trim).toList();
        if (names.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("empty column name in " + name + " (" + columns + ")");
        }
        this.name = name;
        this.columns = String.join(", ", names);
        this.width = names.size();
    }

    String name() {
        return name;
    }

    int width() {
        return width;
    }

    String insertSql() {
        return "INSERT INTO " + name + " (" + columns + ") VALUES (" + "?,".repeat(width - 1) + "?)";
    }

    /** {@code file}'s rows into the table; the path is spliced in as a literal, as CSVREAD takes no parameter there. */
    String csvInsertSql(String file) {
        return "INSERT INTO " + name + " (" + columns + ") SELECT * FROM CSVREAD('" + file.replace("'", "''") + "', '"
                + columns.replace(" ", "") + "', 'charset=UTF-8')";
    }

    String copySql() {
        return "COPY " + name + " (" + columns + ") FROM STDIN";
    }

    /** A row of another length would put values into the wrong columns, or fail far from here. */
    void checkWidth(Object[] row) {
        if (row.length != width) {
            throw new IllegalArgumentException(name + " takes " + width + " values per row, got " + row.length);
        }
    }
}
