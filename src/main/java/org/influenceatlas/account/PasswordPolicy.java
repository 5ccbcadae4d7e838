package org.influenceatlas.account;

import org.influenceatlas.base.InvalidField;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_BYTES} bytes (bcrypt reads no further, so a longer one would only seem safer),
 * not the username and not on the bundled list of common passwords (the 30,000 most common of
 * Mark Burnett's corpus, as zxcvbn ships them: see the README, "Accounts and roles"). Length is
 * the rule that matters (NIST SP 800-63B): no composition rules.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    static final String LIST = "account/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Refuses a password that breaks a rule, naming the field {@code password}. */
    public void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidField("password", "must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidField("password", "must be at most " + MAX_BYTES + " bytes (bcrypt ignores the rest)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidField("password", "must not be the username");
        }
        if (password.codePoints().distinct().count() == 1) {
            throw new InvalidField("password", "must not be one character repeated");
        }
        if (common.contains(lower)) {
            throw new InvalidField("password", "is on the list of common passwords; choose another");
        }
    }

    int listSize() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the common-password list " + LIST + " is missing from the build", e);
        }
        return Set.copyOf(words);
    }
}
