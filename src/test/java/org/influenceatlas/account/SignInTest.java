package org.influenceatlas.account;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sign-in through the real login form: throttled per account and per address with the counts
 * in the database, the session id changed at sign-in, and sessions ended by a password change,
 * a reset or a disable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInTest {

    static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    PasswordSignIn passwordSignIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_right_password_signs_in_with_a_new_session_id_and_a_wrong_one_does_not() throws Exception {
        SignIn.account(accounts, "sign.in.user", Role.READER, PASSWORD);
        Browser browser = new Browser(port);
        browser.get("/api/v1/me");
        assertThat(browser.signIn("sign.in.user", "wrong password here")).isEqualTo("/login?error");
        assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(401);
        // A session from before the sign-in (a fixation attempt plants one) must not become the signed-in one.
        browser.get("/login");
        String before = browser.sessionId().orElse("none");
        assertThat(browser.signIn("Sign.In.User", PASSWORD)).isEqualTo("/");
        assertThat(browser.sessionId()).isPresent().get().isNotEqualTo(before);
        assertThat(browser.get("/api/v1/me").body()).contains("\"username\":\"sign.in.user\"").contains("\"role\":\"reader\"");
        assertThat(audit.recent(AuditTrail.SIGN_IN, 0, 20)).anySatisfy(e -> assertThat(e.actor()).isEqualTo("sign.in.user"));
        assertThat(audit.recent(AuditTrail.SIGN_IN_FAILED, 0, 50)).anySatisfy(e -> assertThat(e.actor()).isEqualTo("sign.in.user"));
    }

    @Test
    void after_five_failures_an_account_is_refused_at_once_even_with_the_right_password_and_the_count_is_in_the_database() throws Exception {
        SignIn.account(accounts, "throttled.user", Role.EDITOR, PASSWORD);
        Browser browser = new Browser(port);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn("throttled.user", "not the password " + i)).as("attempt " + (i + 1)).isEqualTo("/login?error");
        }
        assertThat(browser.signIn("throttled.user", PASSWORD)).isEqualTo("/login?throttled");
        assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(401);
        // Refused without checking the password: the audit trail says so, and the refusal did not add a failure.
        assertThat(audit.recent(AuditTrail.SIGN_IN_FAILED, 0, 20)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("throttled.user");
            assertThat(e.detail()).startsWith("refused unchecked");
        });
        assertThat(jdbc.sql("SELECT failures FROM sign_in_failure WHERE throttle_key = 'account:throttled.user'")
                .query(Integer.class).single()).isEqualTo(5);
        // A new throttle on the same database, as after a restart, still refuses; once the window has passed it does not.
        SignInThrottle restarted = new SignInThrottle(jdbc, clock, 5, 20, Duration.ofMinutes(15));
        assertThat(restarted.refusal("throttled.user", "198.51.100.1")).isPresent();
        SignInThrottle later = new SignInThrottle(jdbc, Clock.offset(clock, Duration.ofMinutes(16)), 5, 20, Duration.ofMinutes(15));
        assertThat(later.refusal("throttled.user", "198.51.100.1")).isEmpty();
        // Another account from the same address is not locked by this one's failures.
        SignIn.account(accounts, "bystander.user", Role.READER, PASSWORD);
        assertThat(new Browser(port).signIn("bystander.user", PASSWORD)).isEqualTo("/");
    }

    @Test
    void an_address_that_fails_for_many_names_is_refused_for_every_name_and_a_success_does_not_reset_it() {
        SignIn.account(accounts, "address.victim", Role.READER, PASSWORD);
        SignIn.account(accounts, "address.attacker", Role.READER, PASSWORD);
        // A documentation address (RFC 5737), so this test's failures do not lock the other tests out of localhost.
        String address = "203.0.113.77";
        for (int i = 0; i < 20; i++) {
            String name = "guess-" + i;
            assertThatThrownBy(() -> passwordSignIn.authenticate(attempt(name, "wrong-password-" + name, address)))
                    .isInstanceOf(BadCredentialsException.class);
            if (i == 10) {
                // The attacker's own good sign-in midway does not clear the address's count.
                passwordSignIn.authenticate(attempt("address.attacker", PASSWORD, address));
            }
        }
        assertThatThrownBy(() -> passwordSignIn.authenticate(attempt("address.victim", PASSWORD, address)))
                .isInstanceOf(SignInThrottled.class);
        assertThat(jdbc.sql("SELECT failures FROM sign_in_failure WHERE throttle_key = 'address:203.0.113.77'")
                .query(Integer.class).single()).isEqualTo(20);
        // From another address the same account signs in.
        assertThat(passwordSignIn.authenticate(attempt("address.victim", PASSWORD, "198.51.100.9")).isAuthenticated()).isTrue();
    }

    @Test
    void a_password_reset_a_disable_and_a_role_change_end_the_accounts_sessions_at_their_next_request() throws Exception {
        for (String change : new String[]{"reset", "disable", "role"}) {
            String name = "session." + change;
            SignIn.account(accounts, name, Role.EDITOR, PASSWORD);
            Browser browser = new Browser(port);
            assertThat(browser.signIn(name, PASSWORD)).as(change).isEqualTo("/");
            assertThat(browser.get("/api/v1/me").statusCode()).as(change).isEqualTo(200);
            SignIn.as("session-admin", Role.ADMIN);
            switch (change) {
                case "reset" -> accounts.resetPassword(name, "a brand new passphrase");
                case "disable" -> accounts.setEnabled(name, false);
                default -> accounts.setRole(name, Role.READER);
            }
            SignIn.out();
            assertThat(browser.get("/api/v1/me").statusCode()).as(change).isEqualTo(401);
        }
        // A disabled account cannot sign in again either.
        assertThat(new Browser(port).signIn("session.disable", PASSWORD)).isEqualTo("/login?error");
    }

    @Test
    void changing_your_own_password_ends_your_other_sessions_and_keeps_this_one() throws Exception {
        SignIn.account(accounts, "own.password", Role.EDITOR, PASSWORD);
        Browser other = new Browser(port);
        assertThat(other.signIn("own.password", PASSWORD)).isEqualTo("/");
        SignIn.as("own.password", Role.EDITOR);
        var session = org.springframework.security.core.context.SecurityContextHolder.getContext();
        accounts.changeOwnPassword(PASSWORD, "my second long passphrase");
        assertThat(other.get("/api/v1/me").statusCode()).isEqualTo(401);
        // This session's sign-in was renewed with the account's new epoch, so the epoch check keeps it.
        CuratorDetails renewed = (CuratorDetails) session.getAuthentication().getPrincipal();
        assertThat(renewed.epoch()).isEqualTo(accounts.standing("own.password").orElseThrow().epoch());
        assertThatThrownBy(() -> accounts.changeOwnPassword("not my password", "a third long passphrase"))
                .isInstanceOfSatisfying(org.influenceatlas.base.InvalidField.class, e -> assertThat(e.field()).isEqualTo("current"));
        assertThat(new Browser(port).signIn("own.password", "my second long passphrase")).isEqualTo("/");
    }

    private static UsernamePasswordAuthenticationToken attempt(String name, String password, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return attempt;
    }

}
