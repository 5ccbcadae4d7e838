package org.influenceatlas.review;

import java.util.Optional;

/**
 * Who is acting, for the review's rules. A seam until the accounts' {@code Curators} lands: then
 * this reads the signed-in curator, and the service methods also carry {@code @PreAuthorize}.
 */
public interface Acting {

    /** The curator's levels, lowest first; each includes the ones before it. */
    enum Level { READER, EDITOR, REVIEWER, ADMIN }

    record Actor(String username, Level level) {
        boolean atLeast(Level wanted) {
            return level.compareTo(wanted) >= 0;
        }
    }

    /** The signed-in curator, if any. */
    Optional<Actor> current();

    /** The signed-in curator, who must hold at least that level. */
    default Actor require(Level level, String what) {
        Actor actor = current().orElseThrow(() -> new NotAllowed("sign in to " + what, false));
        if (!actor.atLeast(level)) {
            throw new NotAllowed(what + " needs the " + level.name().toLowerCase(java.util.Locale.ROOT) + " role", true);
        }
        return actor;
    }

    /** Refused for lack of a sign-in ({@code signedIn} false) or of a role. */
    class NotAllowed extends RuntimeException {
        private final boolean signedIn;

        public NotAllowed(String message, boolean signedIn) {
            super(message);
            this.signedIn = signedIn;
        }

        public NotAllowed(String message) {
            this(message, true);
        }

        public boolean signedIn() {
            return signedIn;
        }
    }
}
