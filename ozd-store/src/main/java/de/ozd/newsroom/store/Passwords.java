package de.ozd.newsroom.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes: Argon2id (Bouncy Castle) with a 16-byte random salt, kept as a PHC string
 * {@code $argon2id$v=19$m=…,t=…,p=…$salt$hash} so the cost can be raised later without breaking old hashes.
 * The default cost (19 MiB, 2 passes, 1 lane) is OWASP's minimum recommendation for Argon2id.
 */
public final class Passwords {
    /** Shortest password accepted for an account. */
    public static final int MIN_LENGTH = 10;
    /** Longest password accepted (a bound on hashing work per request). */
    public static final int MAX_LENGTH = 200;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int LANES = 1;
    private static final int HASH_BYTES = 32;
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Passwords() {}

    public static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = argon2(password, salt, MEMORY_KIB, ITERATIONS, LANES, HASH_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + LANES + "$" + b64.encodeToString(salt)
                + "$" + b64.encodeToString(hash);
    }

    /** Whether {@code password} matches the PHC string {@code stored}; false for anything malformed. */
    public static boolean verify(String password, String stored) {
        if (password == null || stored == null || password.length() > MAX_LENGTH) {
            return false;
        }
        String[] parts = stored.split("\\$");
        // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
        if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
            return false;
        }
        try {
            int m = 0;
            int t = 0;
            int p = 0;
            for (String kv : parts[3].split(",")) {
                int v = Integer.parseInt(kv.substring(2));
                switch (kv.charAt(0)) {
                    case 'm' -> m = v;
                    case 't' -> t = v;
                    case 'p' -> p = v;
                    default -> {
                        return false;
                    }
                }
            }
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] salt = b64.decode(parts[4]);
            byte[] expected = b64.decode(parts[5]);
            if (m < 8 || t < 1 || p < 1 || expected.length < 16) {
                return false;
            }
            return MessageDigest.isEqual(expected, argon2(password, salt, m, t, p, expected.length));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }

    /** A random password of 16 letters and digits (about 93 bits), without look-alikes such as l/1 and O/0. */
    public static String generate() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** A German reason why {@code password} is not acceptable, or null. */
    public static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "Das Passwort muss mindestens " + MIN_LENGTH + " Zeichen lang sein.";
        }
        if (password.length() > MAX_LENGTH) {
            return "Das Passwort darf höchstens " + MAX_LENGTH + " Zeichen lang sein.";
        }
        return null;
    }

    private static byte[] argon2(String password, byte[] salt, int m, int t, int p, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(m)
                .withIterations(t)
                .withParallelism(p)
                .build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(params);
        byte[] out = new byte[length];
        gen.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
