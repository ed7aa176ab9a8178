package de.ozd.newsroom.store;

import de.ozd.newsroom.store.internal.Times;
import de.ozd.newsroom.store.internal.db.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Desk accounts, their login sessions and the audit log (issue 11). Kept in the store's database, so on the server
 * setup (PostgreSQL) several instances share accounts and sessions. Passwords are kept only as Argon2id hashes
 * ({@link Passwords}); session ids only as a SHA-256 (a 256-bit random id cannot be guessed, so a fast hash loses
 * nothing and a leaked table gives no usable session).
 */
public final class Accounts {
    /** Account names: letters, digits, dot, underscore, hyphen; 2 to 40 characters, starting with a letter or digit. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,39}");
    /** The account the first start creates. */
    public static final String ADMIN = "admin";

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Checked when the name is unknown, so a wrong name takes as long as a wrong password. */
    private static final String DUMMY_HASH = Passwords.hash(Passwords.generate());
    /** A session's last use is written at most this often (not on every request). */
    private static final long TOUCH_EVERY_MS = 30_000;

    private final Database db;

    Accounts(Database db) {
        this.db = db;
    }

    /** An account as listed: never the password hash. */
    public record Account(long id, String name, Role role, Instant createdAt, Optional<Instant> disabledAt) {
        public boolean active() {
            return disabledAt.isEmpty();
        }
    }

    /** A login session. {@code id} is the secret cookie value; {@code csrf} the token forms and fetch send back. */
    public record Session(String id, Account account, String csrf, long createdMs, long seenMs) {}

    /** One audit log entry: who ({@code actor}) did what ({@code action}) to which package or account, when. */
    public record AuditEntry(
            long id, Instant at, String actor, String action, String target, Optional<String> detail) {}

    // --- accounts --------------------------------------------------------------------------------------------

    /** Creates an active account; refused when the name is taken or malformed or the password too short. */
    public Account create(String name, Role role, String password) {
        checkName(name);
        String problem = Passwords.problem(password);
        if (problem != null) {
            throw new StoreException(StoreException.Kind.BAD_ARGUMENT, "bad_password", problem);
        }
        if (role == null) {
            throw new StoreException(
                    StoreException.Kind.BAD_ARGUMENT,
                    "bad_role",
                    "Eine Rolle ist nötig: reporter, redakteur oder admin.");
        }
        String hash = Passwords.hash(password);
        String now = Times.now();
        return db.write(c -> {
            if (find(c, name).isPresent()) {
                throw new StoreException(
                        StoreException.Kind.CONFLICT, "account_exists", "Ein Konto „" + name + "“ gibt es schon.");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO users (name, role, password_hash, created_at,"
                    + " password_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, role.key());
                ps.setString(3, hash);
                ps.setString(4, now);
                ps.setString(5, now);
                ps.executeUpdate();
            }
            return find(c, name).orElseThrow();
        });
    }

    /**
     * On the first start (no account at all), creates {@link #ADMIN} with role Admin and {@code password}, or with a
     * generated one. Returns the generated password (to print once), empty when none was generated or nothing was
     * created.
     */
    public Optional<String> ensureAdmin(Optional<String> password) {
        if (count() > 0) {
            return Optional.empty();
        }
        String pw = password.filter(p -> !p.isBlank()).orElseGet(Passwords::generate);
        try {
            create(ADMIN, Role.ADMIN, pw);
        } catch (StoreException e) {
            if (e.code().equals("account_exists")) {
                return Optional.empty(); // another instance was first
            }
            throw e;
        }
        return password.filter(p -> !p.isBlank()).isPresent() ? Optional.empty() : Optional.of(pw);
    }

    public long count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM users");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public Optional<Account> find(String name) {
        return db.read(c -> find(c, name));
    }

    public List<Account> list() {
        return db.read(c -> {
            List<Account> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT id, name, role, created_at, disabled_at FROM users ORDER BY name");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(account(rs));
                }
            }
            return out;
        });
    }

    /** The account if {@code password} is right and the account active; the same work is done for unknown names. */
    public Optional<Account> authenticate(String name, String password) {
        if (name == null || password == null) {
            return Optional.empty();
        }
        Optional<String> hash = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM users WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
        boolean ok = Passwords.verify(password, hash.orElse(DUMMY_HASH)) && hash.isPresent();
        return ok ? find(name).filter(Account::active) : Optional.empty();
    }

    /** Disables an account and ends its sessions; false when there is no such active account. */
    public boolean disable(String name) {
        return db.write(c -> {
            Optional<Account> a = find(c, name);
            if (a.isEmpty() || !a.get().active()) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE users SET disabled_at = ? WHERE id = ?")) {
                ps.setString(1, Times.now());
                ps.setLong(2, a.get().id());
                ps.executeUpdate();
            }
            endSessions(c, a.get().id());
            return true;
        });
    }

    /** Sets a new password (the account becomes active again) and ends the account's sessions. */
    public void resetPassword(String name, String password) {
        String problem = Passwords.problem(password);
        if (problem != null) {
            throw new StoreException(StoreException.Kind.BAD_ARGUMENT, "bad_password", problem);
        }
        String hash = Passwords.hash(password);
        db.write(c -> {
            Account a = find(c, name).orElseThrow(() -> unknown(name));
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE users SET password_hash = ?, password_at = ?, disabled_at = NULL WHERE id = ?")) {
                ps.setString(1, hash);
                ps.setString(2, Times.now());
                ps.setLong(3, a.id());
                ps.executeUpdate();
            }
            endSessions(c, a.id());
            return null;
        });
    }

    /** Changes an account's role. */
    public void setRole(String name, Role role) {
        db.write(c -> {
            Account a = find(c, name).orElseThrow(() -> unknown(name));
            try (PreparedStatement ps = c.prepareStatement("UPDATE users SET role = ? WHERE id = ?")) {
                ps.setString(1, role.key());
                ps.setLong(2, a.id());
                ps.executeUpdate();
            }
            return null;
        });
    }

    // --- sessions --------------------------------------------------------------------------------------------

    /** Starts a session with a fresh random id and CSRF token (the id is returned here only). */
    public Session startSession(Account account) {
        String id = token();
        String csrf = token();
        long now = System.currentTimeMillis();
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO sessions (id_hash, user_id, csrf, created_ms, seen_ms) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, sha256(id));
                ps.setLong(2, account.id());
                ps.setString(3, csrf);
                ps.setLong(4, now);
                ps.setLong(5, now);
                ps.executeUpdate();
            }
            return null;
        });
        return new Session(id, account, csrf, now, now);
    }

    /**
     * The session with this id if it exists, its account is active and neither the idle nor the absolute timeout
     * has passed; an expired session is deleted. Marks the session as used.
     */
    public Optional<Session> session(String id, Duration idle, Duration absolute) {
        if (id == null || id.length() != 43) {
            return Optional.empty();
        }
        String hash = sha256(id);
        long now = System.currentTimeMillis();
        Optional<Session> found = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.csrf, s.created_ms, s.seen_ms, u.id, u.name,"
                    + " u.role, u.created_at, u.disabled_at FROM sessions s JOIN users u ON u.id = s.user_id"
                    + " WHERE s.id_hash = ?")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Session>empty();
                    }
                    Account a = new Account(
                            rs.getLong(4),
                            rs.getString(5),
                            role(rs.getString(6)),
                            Times.parse(rs.getString(7)),
                            Optional.ofNullable(Times.parseOrNull(rs.getString(8))));
                    return Optional.of(new Session(id, a, rs.getString(1), rs.getLong(2), rs.getLong(3)));
                }
            }
        });
        if (found.isEmpty()) {
            return found;
        }
        Session s = found.get();
        if (!s.account().active() || now - s.seenMs() > idle.toMillis() || now - s.createdMs() > absolute.toMillis()) {
            endSession(id);
            return Optional.empty();
        }
        if (now - s.seenMs() > TOUCH_EVERY_MS) {
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE sessions SET seen_ms = ? WHERE id_hash = ?")) {
                    ps.setLong(1, now);
                    ps.setString(2, hash);
                    ps.executeUpdate();
                }
                return null;
            });
        }
        return found;
    }

    /** Ends one session (logout). */
    public void endSession(String id) {
        if (id == null) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE id_hash = ?")) {
                ps.setString(1, sha256(id));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Deletes every session whose absolute lifetime has passed; returns how many. */
    public int purgeSessions(Duration absolute) {
        long limit = System.currentTimeMillis() - absolute.toMillis();
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE created_ms < ?")) {
                ps.setLong(1, limit);
                return ps.executeUpdate();
            }
        });
    }

    // --- audit log -------------------------------------------------------------------------------------------

    /** Adds an entry: {@code actor} did {@code action} to {@code target} (a slug or an account), with a detail. */
    public void audit(String actor, String action, String target, String detail) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, Times.now());
                ps.setString(2, actor);
                ps.setString(3, action);
                ps.setString(4, target == null ? "" : target);
                ps.setString(5, detail);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The audit log, newest first. */
    public Page<AuditEntry> auditLog(int limit, int offset) {
        return db.read(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_log");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<AuditEntry> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at, actor, action, target, detail FROM audit_log"
                    + " ORDER BY id DESC LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new AuditEntry(
                                rs.getLong(1),
                                Times.parse(rs.getString(2)),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                Optional.ofNullable(rs.getString(6))));
                    }
                }
            }
            return new Page<>(total, limit, offset, items);
        });
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new StoreException(
                    StoreException.Kind.BAD_ARGUMENT,
                    "bad_account_name",
                    "Ein Kontoname hat 2 bis 40 Zeichen: Buchstaben, Ziffern, Punkt, Unterstrich, Bindestrich"
                            + " (z. B. „m.muster“).");
        }
    }

    private static StoreException unknown(String name) {
        return new StoreException(
                StoreException.Kind.NOT_FOUND, "no_account", "Ein Konto „" + name + "“ gibt es nicht.");
    }

    private static Optional<Account> find(Connection c, String name) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT id, name, role, created_at, disabled_at FROM users WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(account(rs)) : Optional.empty();
            }
        }
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(
                rs.getLong(1),
                rs.getString(2),
                role(rs.getString(3)),
                Times.parse(rs.getString(4)),
                Optional.ofNullable(Times.parseOrNull(rs.getString(5))));
    }

    private static Role role(String key) {
        return Role.parse(key).orElseThrow(() -> new IllegalStateException("unknown role in database: " + key));
    }

    private static void endSessions(Connection c, long userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE user_id = ?")) {
            ps.setLong(1, userId);
            ps.executeUpdate();
        }
    }

    private static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
