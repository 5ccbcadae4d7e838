package org.influenceatlas.base;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CachedTest {

    @Test
    void the_value_is_loaded_once_and_again_after_invalidation() {
        AtomicInteger loads = new AtomicInteger();
        Cached<Integer> cached = new Cached<>(loads::incrementAndGet);
        assertThat(cached.get()).isEqualTo(1);
        assertThat(cached.get()).isEqualTo(1);
        cached.invalidate();
        assertThat(cached.get()).isEqualTo(2);
        assertThat(loads).hasValue(2);
    }

    @Test
    void a_load_that_raced_with_an_invalidation_is_not_kept() {
        AtomicInteger loads = new AtomicInteger();
        Cached<Integer>[] self = new Cached[1];
        self[0] = new Cached<>(() -> {
            int n = loads.incrementAndGet();
            if (n == 1) {
                self[0].invalidate(); // the data was replaced while this load was reading the old rows
            }
            return n;
        });
        assertThat(self[0].get()).isEqualTo(1);
        assertThat(self[0].get()).isEqualTo(2);
    }
}
