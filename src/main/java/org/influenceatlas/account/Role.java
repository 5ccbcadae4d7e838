package org.influenceatlas.account;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a curator may do, each role including the ones before it: a reader reads (anonymous
 * readers need no account unless {@code atlas.access=private}), an editor proposes changes to
 * facts and writes briefings, a reviewer publishes or rejects others' changes, an admin manages
 * users and roles.
 */
public enum Role {
    READER, EDITOR, REVIEWER, ADMIN;

    /** The Spring authority, {@code ROLE_EDITOR}: what {@code hasRole('EDITOR')} tests. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /**
     * This role's authority and those of every role it includes. A signed-in curator is granted
     * all of them, so that checks which know nothing of the {@link #hierarchy()} (Vaadin's view
     * annotations ask the request's {@code isUserInRole}) give the same answer as method security.
     */
    public List<GrantedAuthority> authorities() {
        return Arrays.stream(values()).filter(this::includes)
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    /** ADMIN > REVIEWER > EDITOR > READER, for method security and the request rules. */
    public static RoleHierarchy hierarchy() {
        StringBuilder rules = new StringBuilder();
        for (int i = values().length - 1; i > 0; i--) {
            rules.append(values()[i].authority()).append(" > ").append(values()[i - 1].authority()).append('\n');
        }
        return RoleHierarchyImpl.fromHierarchy(rules.toString());
    }

    public static Optional<Role> ofAuthority(String authority) {
        return Arrays.stream(values()).filter(r -> r.authority().equals(authority)).findFirst();
    }

    /** The role named in a form or a command, in any case; a clear error otherwise. */
    public static Role parse(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("role: '" + name + "' is not one of "
                        + Arrays.toString(values())));
    }
}
