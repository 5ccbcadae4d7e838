package org.influenceatlas.account;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;

/**
 * A signed-in curator as Spring Security keeps them in the session. The epoch is the account's
 * at sign-in: {@link SessionEpochFilter} ends the session once the account's has moved on (a
 * password change, a disable, a role change). The password hash is erased after sign-in.
 */
public final class CuratorDetails implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final Role role;
    private final boolean enabled;
    private final int epoch;
    private String passwordHash;

    public CuratorDetails(String username, Role role, boolean enabled, int epoch, String passwordHash) {
        this.username = username;
        this.role = role;
        this.enabled = enabled;
        this.epoch = epoch;
        this.passwordHash = passwordHash;
    }

    public Role role() {
        return role;
    }

    public int epoch() {
        return epoch;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return role.authorities();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return username + " (" + role + ")";
    }
}
