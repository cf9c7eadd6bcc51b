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
 * is returned once, to be handed over; only its hash is stored, and its owner must replace it at the first login.
 */
@Service
public class ConsoleUsers {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int PASSWORD_CHARS = 16;
    static final int MIN_OWN_PASSWORD_CHARS = 12;
    private final JdbcTemplate jdbc;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
    private final SecureRandom random = new SecureRandom();

    ConsoleUsers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param passwordChangedAt when its owner last set the password; {@code null} while it is the one-time password */
    public record User(String name, String passwordHash, ConsoleRole role, String createdBy, LocalDateTime createdAt,
            LocalDateTime passwordChangedAt) {
        public boolean mustChangePassword() {
            return passwordChangedAt == null;
        }
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

    /**
     * Replaces a user's password with one of their own: refused unless the current password is right and the new one
     * has at least 12 characters, differs from the current one and is not the user's name.
     */
    public void changePassword(String name, String currentPassword, String newPassword) {
        User user = find(name).orElseThrow(() -> new InvalidValueException(name, "not a console user of the database"
                + " (users of the configuration change their hash there)"));
        if (currentPassword == null || !encoder.matches(currentPassword, user.passwordHash())) {
            throw new InvalidValueException("current password", "it is not the password of " + name);
        }
        if (newPassword == null || newPassword.length() < MIN_OWN_PASSWORD_CHARS) {
            throw new InvalidValueException("new password", "it needs at least " + MIN_OWN_PASSWORD_CHARS + " characters");
        }
        if (newPassword.equals(currentPassword) || newPassword.equalsIgnoreCase(name)) {
            throw new InvalidValueException("new password", "it must differ from the current password and the user name");
        }
        jdbc.update("UPDATE console_user SET password_hash = ?, password_changed_at = ? WHERE user_name = ?",
                encoder.encode(newPassword), Timestamp.valueOf(LocalDateTime.now()), name);
    }

    public Optional<User> find(String name) {
        return jdbc.query("SELECT * FROM console_user WHERE user_name = ?", ROW, name).stream().findFirst();
    }

    public List<User> all() {
        return jdbc.query("SELECT * FROM console_user ORDER BY user_name", ROW);
    }

    private static final RowMapper<User> ROW = (rs, i) -> new User(rs.getString("user_name"), rs.getString("password_hash"),
            ConsoleRole.valueOf(rs.getString("role")), rs.getString("created_by"), rs.getTimestamp("created_at").toLocalDateTime(),
            Optional.ofNullable(rs.getTimestamp("password_changed_at")).map(Timestamp::toLocalDateTime).orElse(null));

    private String password() {
        StringBuilder s = new StringBuilder(PASSWORD_CHARS);
        for (int i = 0; i < PASSWORD_CHARS; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
