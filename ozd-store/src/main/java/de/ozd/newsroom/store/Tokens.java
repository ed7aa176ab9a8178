package de.ozd.newsroom.store;

import de.ozd.newsroom.store.internal.Times;
import de.ozd.newsroom.store.internal.db.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * API tokens for machine clients: {@code ozd_<id>_<secret>} with a 256-bit random secret. Only a salted SHA-256 of
 * the secret is stored. A slow password hash (bcrypt, scrypt) protects low-entropy passwords against guessing; a
 * 256-bit random secret cannot be guessed, so a fast hash loses nothing and keeps every API request cheap. The
 * salt makes two stores' hashes of one secret differ; comparison is constant-time.
 */
public final class Tokens {
    private static final Pattern FORMAT = Pattern.compile("ozd_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Database db;

    Tokens(Database db) {
        this.db = db;
    }

    /** A token as listed: never the secret. */
    public record TokenInfo(String id, String name, Role role, Instant createdAt, Optional<Instant> revokedAt) {}

    /** Who a valid token stands for: its name (the author of what it saves) and its role. */
    public record Identity(String name, Role role) {}

    /** Creates a token with the {@link Role#DEFAULT default role}; see {@link #create(String, Role)}. */
    public String create(String name) {
        return create(name, Role.DEFAULT);
    }

    /** Creates a token and returns it in full; it is shown this once and cannot be recovered. */
    public String create(String name, Role role) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw StoreException.invalid("Ein Token braucht einen Namen (1 bis 100 Zeichen), z. B. „agentur-import“.");
        }
        if (name.codePoints()
                .anyMatch(c -> Character.getType(c) == Character.CONTROL || Character.isSurrogate((char) c))) {
            throw StoreException.invalid(
                    "Der Name eines Tokens darf keine Steuerzeichen oder Zeilenumbrüche enthalten.");
        }
        java.util.Objects.requireNonNull(role, "role");
        String id = HexFormat.of().formatHex(bytes(8));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        byte[] salt = bytes(16);
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO api_tokens (id, name, salt, hash, created_at, role) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, name.strip());
                ps.setString(3, HexFormat.of().formatHex(salt));
                ps.setString(4, HexFormat.of().formatHex(hash(salt, secret)));
                ps.setString(5, Times.now());
                ps.setString(6, role.key());
                ps.executeUpdate();
            }
            return null;
        });
        return "ozd_" + id + "_" + secret;
    }

    /** The token's name if it is valid and not revoked. */
    public Optional<String> verify(String token) {
        return identify(token).map(Identity::name);
    }

    /** Who the token stands for, if it is valid and not revoked. */
    public Optional<Identity> identify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        var m = FORMAT.matcher(token.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String id = m.group(1);
        String secret = m.group(2);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, salt, hash, role FROM api_tokens WHERE id = ? AND revoked_at IS NULL")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    byte[] expected = HexFormat.of().parseHex(rs.getString(3));
                    byte[] actual = hash(HexFormat.of().parseHex(rs.getString(2)), secret);
                    return MessageDigest.isEqual(expected, actual)
                            ? Optional.of(new Identity(
                                    rs.getString(1), Role.byKey(rs.getString(4)).orElse(Role.REPORTER)))
                            : Optional.<Identity>empty();
                }
            }
        });
    }

    public List<TokenInfo> list() {
        return db.read(c -> {
            List<TokenInfo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, name, role, created_at, revoked_at FROM api_tokens ORDER BY created_at")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new TokenInfo(
                                rs.getString(1),
                                rs.getString(2),
                                Role.byKey(rs.getString(3)).orElse(Role.REPORTER),
                                Times.parse(rs.getString(4)),
                                Optional.ofNullable(Times.parseOrNull(rs.getString(5)))));
                    }
                }
            }
            return out;
        });
    }

    /** Revokes by id; false when there is no such active token. */
    public boolean revoke(String id) {
        return db.write(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
                ps.setString(1, Times.now());
                ps.setString(2, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static byte[] hash(byte[] salt, String secret) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt);
            return md.digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
