package org.manhal.permit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The citizens' access codes: 60 random-looking bits written as {@code XXXX-XXXX-XXXX} (Crockford
 * base 32: no I, L, O, U to misread), kept only as a PBKDF2-HMAC-SHA256 hash with a salt of its own.
 *
 * <p>The code is derived from the application's reference with an HMAC under a key the registry
 * keeps ({@code application_secret}): a retried submission (same idempotency key, same request)
 * can then answer the same code again without the code being stored. The hash is what is checked;
 * checking against a fixed dummy hash when there is no application keeps the time of a wrong
 * reference and of a wrong code alike.
 */
public final class AccessCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final String SCHEME = "pbkdf2-sha256";

    private final byte[] secret;
    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    private final String dummyHash;

    /**
     * @param secret the HMAC key the codes are derived with
     * @param iterations PBKDF2 iterations of a new hash
     */
    public AccessCodes(byte[] secret, int iterations) {
        this.secret = secret.clone();
        this.iterations = iterations;
        this.dummyHash = hash("0000-0000-0000");
    }

    /** The code of the application with this reference. */
    public String codeFor(String reference) {
        byte[] mac = hmac(reference);
        StringBuilder code = new StringBuilder(14);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (mac[i] & 0xff);
        }
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[(int) ((bits >>> (59 - 5 * i)) & 31)]);
        }
        return code.toString();
    }

    /** A new salted slow hash of the code, as stored. */
    public String hash(String code) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return SCHEME + "$" + iterations + "$" + b64(salt) + "$" + b64(pbkdf2(normalise(code), salt, iterations));
    }

    /**
     * Whether the code matches the stored hash; with a null hash (no such application) the code is
     * checked against a dummy all the same, and the answer is false.
     */
    public boolean matches(String code, String storedHash) {
        String[] parts = (storedHash == null ? dummyHash : storedHash).split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = pbkdf2(normalise(code == null ? "" : code), salt, Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual) && storedHash != null;
    }

    /** Codes are read back by people: case, spaces and dashes do not matter. */
    static String normalise(String code) {
        return code.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
    }

    private byte[] hmac(String reference) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(reference.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] pbkdf2(String code, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }
}
