package org.influenceatlas.review;

import org.influenceatlas.account.Role;
import org.influenceatlas.account.SignIn;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Supplier;

/** Acts as a signed-in curator for the length of a call ({@link SignIn}), then restores who was acting. */
public final class TestActing {

    private TestActing() {
    }

    public static <T> T as(String user, Role role, Supplier<T> call) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SignIn.as(user, role);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static void as(String user, Role role, Runnable call) {
        as(user, role, () -> {
            call.run();
            return null;
        });
    }
}
