package com.posclearing.testdb;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * A JDBC driver that counts the round trips an application makes, by SQL text: its URL is {@code jdbc:counting:}
 * followed by a real one, with or without its {@code jdbc:} ({@code jdbc:counting:postgresql://…}). Each {@code execute…} call is one
 * round trip, counted once, whatever a batch holds. For tests that run the application in their own JVM.
 */
public final class CountingDriver implements Driver {
    public static final String PREFIX = "jdbc:counting:";
    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    static {
        try {
            DriverManager.registerDriver(new CountingDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The round trips since the last {@link #reset()}, by SQL text, a list of {@code ?} written {@code (?…)}. */
    public static Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        COUNTS.forEach((sql, n) -> out.put(sql, n.sum()));
        return out;
    }

    public static void reset() {
        COUNTS.clear();
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        String rest = url.substring(PREFIX.length());
        Connection real = DriverManager.getConnection(rest.startsWith("jdbc:") ? rest : "jdbc:" + rest, info);
        return wrap(Connection.class, real, (proxy, method, args) -> {
            Object result = call(real, method, args);
            if (result instanceof Statement statement && method.getName().startsWith("prepare")) {
                return wrap(method.getReturnType(), statement, counting(statement, (String) args[0]));
            }
            if (result instanceof Statement statement) {
                return wrap(method.getReturnType(), statement, counting(statement, null));
            }
            return result;
        });
    }

    /** Counts every execute of {@code statement}: of {@code preparedSql}, or of the SQL passed to the call. */
    private static InvocationHandler counting(Statement statement, String preparedSql) {
        return (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                COUNTS.computeIfAbsent(normalised(sql), k -> new LongAdder()).increment();
            }
            return call(statement, method, args);
        };
    }

    /** One text for the statements that differ only in the length of a parameter list or in white space. */
    static String normalised(String sql) {
        return sql == null ? "(batch of plain statements)"
                : sql.strip().replaceAll("\\s+", " ").replaceAll("\\(\\s*\\?(\\s*,\\s*\\?)*\\s*\\)", "(?…)")
                        // H2's bulk insert names a new temporary file each time: the same statement all the same
                        .replaceAll("CSVREAD\\('(?:[^']|'')*'", "CSVREAD('…'");
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T wrap(Class<T> type, Object target, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
