package org.influenceatlas.account;

/** The signed-in person on whose behalf the app acts, as the services see them. */
public record Curator(String username, Role role) {

    public boolean may(Role needed) {
        return role.includes(needed);
    }
}
