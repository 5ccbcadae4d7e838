package org.influenceatlas.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.Optional;

/**
 * Who is acting, read from Spring Security's context (a browser session or an API token alike).
 * Anonymous readers and system work (the dataset import) have no curator.
 */
@Component
public class Curators {

    public Optional<Curator> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        // The highest role granted; an authentication with none of ours (a test's ROLE_USER) reads.
        Role role = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).map(Role::ofAuthority)
                .flatMap(Optional::stream).max(Comparator.naturalOrder()).orElse(Role.READER);
        return Optional.of(new Curator(auth.getName(), role));
    }

    /** The current curator if they hold {@code needed} (or a role above it); AccessDeniedException otherwise. */
    public Curator require(Role needed) {
        Curator curator = current().orElseThrow(() -> new AccessDeniedException("sign in as " + article(needed) + " to do this"));
        if (!curator.may(needed)) {
            throw new AccessDeniedException("this needs the " + needed.name().toLowerCase() + " role; "
                    + curator.username() + " is " + article(curator.role()));
        }
        return curator;
    }

    private static String article(Role role) {
        String name = role.name().toLowerCase();
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
