package org.influenceatlas.account;

import java.time.Instant;

/** A curator's account as admins see it; never its password. */
public record Account(String username, Role role, boolean enabled, int epoch, Instant created, String createdBy) {
}
