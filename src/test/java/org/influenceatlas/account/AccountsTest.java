package org.influenceatlas.account;

import org.influenceatlas.base.InvalidField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The account service: its rules, its method security and what it writes to the audit trail. */
@SpringBootTest
@ActiveProfiles("test")
class AccountsTest {

    static final String GOOD = "correct horse battery staple";

    @Autowired
    Accounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    Curators curators;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_admin_creates_an_account_and_the_audit_trail_says_who() {
        SignIn.as("boss", Role.ADMIN);
        Account created = accounts.create("Anna.Editor", Role.EDITOR, GOOD);
        assertThat(created.username()).isEqualTo("anna.editor");
        assertThat(created.role()).isEqualTo(Role.EDITOR);
        assertThat(audit.recent(AuditTrail.USER_CREATED, 0, 50))
                .anySatisfy(e -> {
                    assertThat(e.actor()).isEqualTo("boss");
                    assertThat(e.detail()).contains("anna.editor");
                });
        assertThatThrownBy(() -> accounts.create("anna.editor", Role.READER, GOOD))
                .isInstanceOf(InvalidField.class).hasMessageContaining("username").hasMessageContaining("taken");
    }

    @Test
    void only_an_admin_manages_accounts_the_check_is_in_the_service() {
        assertThatThrownBy(() -> accounts.create("nobody1", Role.READER, GOOD)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        for (Role role : new Role[]{Role.READER, Role.EDITOR, Role.REVIEWER}) {
            SignIn.as("someone", role);
            assertThatThrownBy(() -> accounts.create("nobody2", Role.READER, GOOD)).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.setRole("someone", Role.ADMIN)).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.all()).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(accounts.find("nobody2")).isEmpty();
    }

    @Test
    void passwords_shorter_than_12_common_or_the_username_are_refused_naming_the_field() {
        SignIn.as("boss", Role.ADMIN);
        for (String bad : new String[]{"short-pass1", "password1234", "qwertyuiop123", "policy.user.name", "aaaaaaaaaaaaaaaa",
                "x".repeat(40) + "ééééééééééééééééé"}) {
            assertThatThrownBy(() -> accounts.create("policy.user.name", Role.READER, bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("password"));
        }
        assertThat(accounts.find("policy.user.name")).isEmpty();
    }

    @Test
    void a_role_change_disable_or_password_reset_moves_the_epoch_on_and_is_logged() {
        SignIn.as("boss", Role.ADMIN);
        Account before = accounts.create("epoch.user", Role.READER, GOOD);
        accounts.setRole("epoch.user", Role.REVIEWER);
        accounts.setEnabled("epoch.user", false);
        accounts.resetPassword("epoch.user", "another long passphrase");
        assertThat(accounts.standing("epoch.user").orElseThrow().epoch()).isEqualTo(before.epoch() + 3);
        assertThat(accounts.standing("epoch.user").orElseThrow().enabled()).isFalse();
        assertThat(audit.recent(AuditTrail.ROLE_CHANGE, 0, 50)).anySatisfy(e -> assertThat(e.detail()).isEqualTo("epoch.user: reader -> reviewer"));
        assertThat(audit.recent(AuditTrail.USER_DISABLED, 0, 50)).anySatisfy(e -> assertThat(e.detail()).isEqualTo("epoch.user"));
        assertThat(audit.recent(AuditTrail.PASSWORD_CHANGED, 0, 50)).anySatisfy(e -> assertThat(e.detail()).startsWith("epoch.user"));
    }

    @Test
    void the_last_enabled_admin_cannot_be_demoted_or_disabled() {
        SignIn.as("boss", Role.ADMIN);
        accounts.create("only.admin.a", Role.ADMIN, GOOD);
        // Other tests' admins may exist in this shared context: demote them for the check, then restore them.
        java.util.List<String> demoted = new java.util.ArrayList<>();
        for (Account a : accounts.all()) {
            if (a.role() == Role.ADMIN && a.enabled() && !a.username().equals("only.admin.a")) {
                accounts.setRole(a.username(), Role.EDITOR);
                demoted.add(a.username());
            }
        }
        try {
            assertThatThrownBy(() -> accounts.setRole("only.admin.a", Role.EDITOR)).isInstanceOf(InvalidField.class).hasMessageContaining("last enabled admin");
            assertThatThrownBy(() -> accounts.setEnabled("only.admin.a", false)).isInstanceOf(InvalidField.class).hasMessageContaining("last enabled admin");
        } finally {
            demoted.forEach(name -> accounts.setRole(name, Role.ADMIN));
        }
    }

    @Test
    void curators_reads_the_signed_in_role_and_require_refuses_a_lower_one() {
        assertThat(curators.current()).isEmpty();
        SignIn.as("rita", Role.REVIEWER);
        assertThat(curators.current()).contains(new Curator("rita", Role.REVIEWER));
        assertThat(curators.require(Role.EDITOR).username()).isEqualTo("rita");
        assertThatThrownBy(() -> curators.require(Role.ADMIN)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("admin");
    }
}
