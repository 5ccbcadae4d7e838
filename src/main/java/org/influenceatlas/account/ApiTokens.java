package org.influenceatlas.account;

import org.influenceatlas.base.InvalidField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Personal API tokens, for automation ({@code Authorization: Bearer atlas_...}). A token is 32
 * random bytes, shown once when created; only its SHA-256 is kept (a random token needs no slow
 * hash: there is nothing to guess). A token acts as its owner, with the owner's current role,
 * and stops working when revoked or when the owner is disabled.
 */
@Service
public class ApiTokens {

    public static final String PREFIX = "atlas_";
    /** atlas_ and 43 base64url characters (32 bytes). */
    static final Pattern FORMAT = Pattern.compile("atlas_[A-Za-z0-9_-]{43}");
    static final int MAX_ACTIVE = 20;
    static final int NAME_MAX = 80;
    /** Token use reaches the audit trail once a minute per token at most, so that a busy script cannot flood it. */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    public record ApiToken(long id, String username, String name, Instant created, Instant lastUsed, Instant revoked) {
        public boolean active() {
            return revoked == null;
        }
    }

    /** A new token: the secret is in this answer only. */
    public record Created(ApiToken token, String secret) {
    }

    private final JdbcClient jdbc;
    private final Curators curators;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Curators curators, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.curators = curators;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Created create(String name) {
        Curator me = curators.require(Role.READER);
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > NAME_MAX) {
            throw new InvalidField("name", "must be 1 to " + NAME_MAX + " characters: say what the token is for");
        }
        int active = jdbc.sql("SELECT COUNT(*) FROM api_token WHERE username = ? AND revoked IS NULL").param(me.username())
                .query(Integer.class).single();
        if (active >= MAX_ACTIVE) {
            throw new InvalidField("name", "you have " + MAX_ACTIVE + " active tokens already; revoke one first");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO api_token (username, name, token_hash, created) VALUES (?, ?, ?, ?)")
                .params(me.username(), label, hash(secret), now()).update();
        ApiToken token = jdbc.sql(SELECT + " WHERE token_hash = ?").param(hash(secret)).query(ApiTokens::token).single();
        audit.record(me.username(), AuditTrail.TOKEN_CREATED, "token " + token.id() + " '" + label + "'");
        return new Created(token, secret);
    }

    @PreAuthorize("isAuthenticated()")
    public List<ApiToken> mine() {
        return jdbc.sql(SELECT + " WHERE username = ? ORDER BY id DESC").param(curators.require(Role.READER).username())
                .query(ApiTokens::token).list();
    }

    /** Revokes one of your own tokens; an admin may revoke anyone's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ApiToken revoke(long id) {
        Curator me = curators.require(Role.READER);
        ApiToken token = jdbc.sql(SELECT + " WHERE id = ?").param(id).query(ApiTokens::token).optional()
                .orElseThrow(() -> new InvalidField("id", "no token " + id));
        if (!token.username().equals(me.username()) && !me.may(Role.ADMIN)) {
            throw new AccessDeniedException("token " + id + " is not yours");
        }
        if (token.active()) {
            jdbc.sql("UPDATE api_token SET revoked = ? WHERE id = ?").params(now(), id).update();
            audit.record(me.username(), AuditTrail.TOKEN_REVOKED, "token " + id + " '" + token.name() + "' of " + token.username());
        }
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(ApiTokens::token).single();
    }

    /**
     * Who a presented token acts for, if it is well formed, known, not revoked and its owner is
     * enabled. Records the use (last used, and the audit trail at most once a minute per token).
     */
    @Transactional
    public Optional<Authentication> authenticate(String secret) {
        if (secret == null || !FORMAT.matcher(secret).matches()) {
            return Optional.empty();
        }
        record Found(long id, String username, Role role, Instant lastUsed) {
        }
        Optional<Found> found = jdbc.sql("SELECT t.id, c.username, c.role, t.last_used FROM api_token t JOIN curator c ON c.username = t.username"
                        + " WHERE t.token_hash = ? AND t.revoked IS NULL AND c.enabled = TRUE").param(hash(secret))
                .query((rs, n) -> new Found(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        Optional.ofNullable(rs.getObject(4, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null)))
                .optional();
        found.ifPresent(f -> {
            Instant now = clock.instant();
            if (f.lastUsed() == null || !f.lastUsed().plus(USE_RECORDED_EVERY).isAfter(now)) {
                // Conditional, so that two nodes (or two requests) in the same minute record one use.
                int claimed = jdbc.sql("UPDATE api_token SET last_used = ? WHERE id = ? AND (last_used IS NULL OR last_used <= ?)")
                        .params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), f.id(), OffsetDateTime.ofInstant(now.minus(USE_RECORDED_EVERY), ZoneOffset.UTC))
                        .update();
                if (claimed == 1) {
                    audit.record(f.username(), AuditTrail.TOKEN_USED, "token " + f.id());
                }
            }
        });
        return found.map(f -> new TokenAuthentication(f.username(), f.role(), f.id()));
    }

    /** An API request authenticated by a token: acts as the owner, with the owner's role. */
    public static final class TokenAuthentication extends AbstractAuthenticationToken {
        private static final long serialVersionUID = 1L;
        private final String username;
        private final long tokenId;

        TokenAuthentication(String username, Role role, long tokenId) {
            super(role.authorities());
            this.username = username;
            this.tokenId = tokenId;
            setAuthenticated(true);
        }

        public long tokenId() {
            return tokenId;
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return username;
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static final String SELECT = "SELECT id, username, name, created, last_used, revoked FROM api_token";

    private static ApiToken token(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(),
                instant(rs.getObject(5, OffsetDateTime.class)), instant(rs.getObject(6, OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
