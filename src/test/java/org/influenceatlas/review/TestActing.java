package org.influenceatlas.review;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.util.Optional;
import java.util.function.Supplier;

/** Acts as a named curator for the length of a call (the seam until accounts' sign-in lands). */
@TestConfiguration(proxyBeanMethods = false)
public class TestActing {

    private static final ThreadLocal<Acting.Actor> CURRENT = new ThreadLocal<>();

    @Bean
    @Primary
    Acting testActing() {
        return () -> Optional.ofNullable(CURRENT.get());
    }

    public static <T> T as(String user, Acting.Level level, Supplier<T> call) {
        Acting.Actor previous = CURRENT.get();
        CURRENT.set(new Acting.Actor(user, level));
        try {
            return call.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void as(String user, Acting.Level level, Runnable call) {
        as(user, level, () -> {
            call.run();
            return null;
        });
    }
}
