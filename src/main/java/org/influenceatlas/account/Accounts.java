package org.influenceatlas.account;

import org.influenceatlas.base.InvalidField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The curators' accounts. Admins create them, set roles, disable and reset passwords; everyone
 * signed in changes their own password. Every change is in the audit trail, and every change
 * that should end a session (password, disable, role) moves the account's epoch on
 * ({@link SessionEpochFilter}). The checks sit here, not only on the views (method security).
 */
@Service
public class Accounts implements UserDetailsService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final Curators curators;
    private final Clock clock;

    Accounts(JdbcClient jdbc, PasswordEncoder encoder, PasswordPolicy policy, AuditTrail audit, Curators curators, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.curators = curators;
        this.clock = clock;
    }

    /** Usernames are compared without case: "Anna" and "anna" are one account. */
    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("SELECT username, role, enabled, epoch, password_hash FROM curator WHERE username = ?")
                .param(normalise(username))
                .query((rs, n) -> new CuratorDetails(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getBoolean(3), rs.getInt(4), rs.getString(5)))
                .optional().orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT username, role, enabled, epoch, created, created_by FROM curator WHERE username = ?")
                .param(normalise(username)).query(Accounts::account).optional();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Account> all() {
        return jdbc.sql("SELECT username, role, enabled, epoch, created, created_by FROM curator ORDER BY username")
                .query(Accounts::account).list();
    }

    public boolean none() {
        return jdbc.sql("SELECT COUNT(*) FROM curator").query(Integer.class).single() == 0;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account create(String username, Role role, String password) {
        return insert(username, role, password, curators.require(Role.ADMIN).username());
    }

    /**
     * The first admin, from the environment or the command line, while there is no account at
     * all: nobody is signed in then, so this is the one unguarded way in, and it closes itself.
     */
    @Transactional
    public Account createFirstAdmin(String username, String password) {
        // Locks the check and the insert together against a second node starting at once.
        jdbc.sql("SELECT id FROM import_lock WHERE id = 1 FOR UPDATE").query(Integer.class).list();
        if (!none()) {
            throw new IllegalStateException("there are accounts already: an admin creates the others in the app");
        }
        return insert(username, Role.ADMIN, password, AuditTrail.SYSTEM);
    }

    /**
     * An admin created from the command line ({@code --atlas.create-admin=NAME}), for the first
     * admin or to recover from a lost admin password: whoever can run the jar against the
     * database can do anything to it anyway.
     */
    @Transactional
    public Account createAdminAtStartup(String username, String password) {
        return insert(username, Role.ADMIN, password, "command line");
    }

    private Account insert(String username, Role role, String password, String by) {
        String name = normalise(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidField("username", "must be 2 to 64 characters: letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
        policy.check(name, password);
        if (find(name).isPresent()) {
            throw new InvalidField("username", "'" + name + "' is taken");
        }
        jdbc.sql("INSERT INTO curator (username, password_hash, role, enabled, epoch, created, created_by) VALUES (?, ?, ?, TRUE, 0, ?, ?)")
                .params(name, encoder.encode(password), role.name(), now(), by).update();
        audit.record(by, AuditTrail.USER_CREATED, name + " as " + role.name().toLowerCase());
        return find(name).orElseThrow();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account setRole(String username, Role role) {
        Curator admin = curators.require(Role.ADMIN);
        Account account = existing(username);
        if (account.role() == role) {
            return account;
        }
        if (account.role() == Role.ADMIN) {
            keepAnAdmin(account, "take the admin role from");
        }
        jdbc.sql("UPDATE curator SET role = ?, epoch = epoch + 1 WHERE username = ?").params(role.name(), account.username()).update();
        audit.record(admin.username(), AuditTrail.ROLE_CHANGE, account.username() + ": " + account.role().name().toLowerCase()
                + " -> " + role.name().toLowerCase());
        return existing(username);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account setEnabled(String username, boolean enabled) {
        Curator admin = curators.require(Role.ADMIN);
        Account account = existing(username);
        if (account.enabled() == enabled) {
            return account;
        }
        if (!enabled && account.role() == Role.ADMIN) {
            keepAnAdmin(account, "disable");
        }
        jdbc.sql("UPDATE curator SET enabled = ?, epoch = epoch + 1 WHERE username = ?").params(enabled, account.username()).update();
        audit.record(admin.username(), enabled ? AuditTrail.USER_ENABLED : AuditTrail.USER_DISABLED, account.username());
        return existing(username);
    }

    /** An admin sets a new password for someone who lost theirs; their sessions end. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(String username, String password) {
        Curator admin = curators.require(Role.ADMIN);
        Account account = existing(username);
        writePassword(account.username(), password);
        audit.record(admin.username(), AuditTrail.PASSWORD_CHANGED, account.username() + " (reset by an admin)");
    }

    /**
     * The signed-in curator's own password, after the current one is given again (a session
     * left open must not be enough). Their other sessions end; the caller signs this one in again.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String current, String password) {
        Curator me = curators.current().orElseThrow();
        String hash = jdbc.sql("SELECT password_hash FROM curator WHERE username = ?").param(me.username()).query(String.class)
                .optional().orElseThrow(() -> new InvalidField("username", "the account is gone"));
        if (current == null || !encoder.matches(current, hash)) {
            throw new InvalidField("current", "is not your current password");
        }
        writePassword(me.username(), password);
        audit.record(me.username(), AuditTrail.PASSWORD_CHANGED, me.username());
        keepThisSession(me.username());
    }

    /**
     * The new epoch ends every session of the account, this one too unless its sign-in is
     * renewed: the session's stored authentication is replaced by one with the new epoch.
     */
    private void keepThisSession(String username) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CuratorDetails signedIn) {
            int epoch = standing(username).orElseThrow().epoch();
            UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken.authenticated(
                    new CuratorDetails(signedIn.getUsername(), signedIn.role(), true, epoch, null), null, auth.getAuthorities());
            renewed.setDetails(auth.getDetails());
            SecurityContextHolder.getContext().setAuthentication(renewed);
        }
    }

    /** The epoch and state a session is checked against on every request; empty if the account is gone. */
    public Optional<Standing> standing(String username) {
        return jdbc.sql("SELECT enabled, epoch FROM curator WHERE username = ?").param(normalise(username))
                .query((rs, n) -> new Standing(rs.getBoolean(1), rs.getInt(2))).optional();
    }

    public record Standing(boolean enabled, int epoch) {
    }

    private void writePassword(String username, String password) {
        policy.check(username, password);
        jdbc.sql("UPDATE curator SET password_hash = ?, epoch = epoch + 1 WHERE username = ?")
                .params(encoder.encode(password), username).update();
    }

    private void keepAnAdmin(Account account, String what) {
        int others = jdbc.sql("SELECT COUNT(*) FROM curator WHERE role = 'ADMIN' AND enabled = TRUE AND username <> ?")
                .param(account.username()).query(Integer.class).single();
        if (others == 0) {
            throw new InvalidField("username", "cannot " + what + " " + account.username() + ": it is the last enabled admin");
        }
    }

    private Account existing(String username) {
        return find(username).orElseThrow(() -> new InvalidField("username", "no account '" + normalise(username) + "'"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Account account(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Account(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getBoolean(3), rs.getInt(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6));
    }
}
