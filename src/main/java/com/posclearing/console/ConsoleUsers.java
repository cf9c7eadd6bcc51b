package com.posclearing.console;

import com.posclearing.kernel.InvalidValueException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The console's users kept in the database: a name, a role and a bcrypt hash. A new user gets a random password that
 * is returned once, to be handed over; only its hash is stored.
 */
@Service
public class ConsoleUsers {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int PASSWORD_CHARS = 16;
    private final JdbcTemplate jdbc;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
    private final SecureRandom random = new SecureRandom();

    ConsoleUsers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record User(String name, String passwordHash, ConsoleRole role, String createdBy, LocalDateTime createdAt) {
    }

    /** Creates a user and returns its one-time password; refused when the name is taken or not a plain name. */
    public String create(String name, ConsoleRole role, String createdBy) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidValueException("user name", "expected letters, digits, '.', '_' or '-', got '" + name + "'");
        }
        if (find(name).isPresent()) {
            throw new InvalidValueException(name, "a console user of that name exists already");
        }
        String password = password();
        jdbc.update("INSERT INTO console_user (user_name, password_hash, role, created_by, created_at) VALUES (?,?,?,?,?)",
                name, encoder.encode(password), role.name(), createdBy, Timestamp.valueOf(LocalDateTime.now()));
        return password;
    }

    public Optional<User> find(String name) {
        return jdbc.query("SELECT * FROM console_user WHERE user_name = ?", ROW, name).stream().findFirst();
    }

    public List<User> all() {
        return jdbc.query("SELECT * FROM console_user ORDER BY user_name", ROW);
    }

    private static final RowMapper<User> ROW = (rs, i) -> new User(rs.getString("user_name"), rs.getString("password_hash"),
            ConsoleRole.valueOf(rs.getString("role")), rs.getString("created_by"), rs.getTimestamp("created_at").toLocalDateTime());

    private String password() {
        StringBuilder s = new StringBuilder(PASSWORD_CHARS);
        for (int i = 0; i < PASSWORD_CHARS; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
