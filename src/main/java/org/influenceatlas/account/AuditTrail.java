package org.influenceatlas.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What curators did, for admins: sign-ins and failed sign-ins, account changes, API token use,
 * publications and rejections. Appended only; a record joins the caller's transaction, so a
 * publication is logged exactly when it happens.
 */
@Component
public class AuditTrail {

    public static final String SIGN_IN = "sign-in";
    public static final String SIGN_IN_FAILED = "sign-in-failed";
    public static final String SIGN_OUT = "sign-out";
    public static final String ROLE_CHANGE = "role-change";
    public static final String USER_CREATED = "user-created";
    public static final String USER_DISABLED = "user-disabled";
    public static final String USER_ENABLED = "user-enabled";
    public static final String PASSWORD_CHANGED = "password-changed";
    public static final String TOKEN_CREATED = "token-created";
    public static final String TOKEN_REVOKED = "token-revoked";
    public static final String TOKEN_USED = "token-used";
    public static final String TOKEN_REFUSED = "token-refused";
    public static final String PUBLISHED = "published";
    public static final String REJECTED = "rejected";
    public static final String PROPOSED = "proposed";

    /** The actions the admin view offers as filters; others may be recorded too. */
    public static final List<String> ACTIONS = List.of(SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, ROLE_CHANGE, USER_CREATED,
            USER_DISABLED, USER_ENABLED, PASSWORD_CHANGED, TOKEN_CREATED, TOKEN_REVOKED, TOKEN_USED, TOKEN_REFUSED,
            PUBLISHED, REJECTED, PROPOSED);

    /** Who acted when no person did: start-up work such as the first admin from the environment. */
    public static final String SYSTEM = "system";

    static final int ACTOR_MAX = 64;
    static final int ACTION_MAX = 32;
    static final int DETAIL_MAX = 1000;

    public record Entry(long id, Instant at, String actor, String action, String detail) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Appends one entry. The actor is who acted (a username, an address for a failed sign-in
     * under an unknown name, or {@link #SYSTEM}); the detail says what, in a sentence. Values
     * longer than the columns are cut rather than refused: losing an audit entry to a long
     * name would be worse.
     */
    public void record(String actor, String action, String detail) {
        if (action == null || action.isBlank() || action.length() > ACTION_MAX) {
            throw new IllegalArgumentException("action: must be 1 to " + ACTION_MAX + " characters");
        }
        jdbc.sql("INSERT INTO audit_event (recorded_at, actor, action, detail) VALUES (?, ?, ?, ?)")
                .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), cut(actor == null || actor.isBlank() ? SYSTEM : actor, ACTOR_MAX),
                        action, cut(detail == null ? "" : detail, DETAIL_MAX))
                .update();
    }

    /** The newest entries first, optionally of one action only. */
    public List<Entry> recent(String action, int offset, int limit) {
        boolean all = action == null || action.isBlank();
        return jdbc.sql("SELECT id, recorded_at, actor, action, detail FROM audit_event"
                        + (all ? "" : " WHERE action = :action") + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("action", all ? "" : action).param("limit", Math.max(0, Math.min(limit, 1000))).param("offset", Math.max(0, offset))
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    public int count(String action) {
        boolean all = action == null || action.isBlank();
        return jdbc.sql("SELECT COUNT(*) FROM audit_event" + (all ? "" : " WHERE action = :action"))
                .param("action", all ? "" : action).query(Integer.class).single();
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

}
