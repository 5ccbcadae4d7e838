package org.influenceatlas.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Failed sign-ins, counted per account and per address in the database (a restart or another
 * node keeps the count). Past the limit, a key is refused at once, without checking the
 * password and without making anyone wait on a sleeping thread, until a window has passed since
 * its last failure; the count then starts again (the decay). Refused attempts do not count, so
 * a locked key opens on time. A success clears the account's count but not the address's: an
 * attacker holding one account must not reset the count of the address they guess from.
 */
@Component
public class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;

    SignInThrottle(JdbcClient jdbc, Clock clock,
                   @Value("${atlas.sign-in.account-limit:5}") int accountLimit,
                   @Value("${atlas.sign-in.address-limit:20}") int addressLimit,
                   @Value("${atlas.sign-in.window:PT15M}") Duration window) {
        if (accountLimit < 1 || addressLimit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("atlas.sign-in: the limits must be at least 1 and the window positive");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
    }

    /** How long this account or this address is still refused, if it is. */
    public Optional<Duration> refusal(String username, String address) {
        Instant now = clock.instant();
        return Optional.ofNullable(longer(refusal(accountKey(username), accountLimit, now), refusal(addressKey(address), addressLimit, now)));
    }

    /** Counts a failure against both the account and the address. Its own transaction: a refused sign-in rolls nothing back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String address) {
        count(accountKey(username));
        count(addressKey(address));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE throttle_key = ?").param(accountKey(username)).update();
    }

    public int failures(String key) {
        return jdbc.sql("SELECT failures FROM sign_in_failure WHERE throttle_key = ?").param(key).query(Integer.class).optional().orElse(0);
    }

    static String accountKey(String username) {
        return cut("account:" + Accounts.normalise(username));
    }

    static String addressKey(String address) {
        return cut("address:" + (address == null ? "unknown" : address));
    }

    private Duration refusal(String key, int limit, Instant now) {
        return jdbc.sql("SELECT failures, last_failure FROM sign_in_failure WHERE throttle_key = ?").param(key)
                .query((rs, n) -> {
                    Instant until = rs.getObject(2, OffsetDateTime.class).toInstant().plus(window);
                    return rs.getInt(1) >= limit && until.isAfter(now) ? Duration.between(now, until) : null;
                }).optional().orElse(null);
    }

    private void count(String key) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        OffsetDateTime windowStart = now.minus(window);
        // Within the window the count goes on; after a quiet window it starts again at 1.
        int updated = jdbc.sql("UPDATE sign_in_failure SET failures = CASE WHEN last_failure > ? THEN failures + 1 ELSE 1 END,"
                + " last_failure = ? WHERE throttle_key = ?").params(windowStart, now, key).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO sign_in_failure (throttle_key, failures, last_failure) VALUES (?, 1, ?)").params(key, now).update();
            } catch (DuplicateKeyException raced) {
                jdbc.sql("UPDATE sign_in_failure SET failures = failures + 1, last_failure = ? WHERE throttle_key = ?").params(now, key).update();
            }
        }
    }

    private static Duration longer(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static String cut(String key) {
        return key.length() <= 200 ? key : key.substring(0, 200);
    }
}
