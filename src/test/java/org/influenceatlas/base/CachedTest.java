package org.influenceatlas.base;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CachedTest {

    private final InProcessChangeNotifier notifier = new InProcessChangeNotifier();

    @Test
    void the_value_is_loaded_once_and_again_after_a_revision_is_announced() {
        AtomicInteger loads = new AtomicInteger();
        Cached<Integer> cached = new Cached<>(notifier, known -> loads.incrementAndGet());
        assertThat(cached.get()).isEqualTo(1);
        assertThat(cached.get()).isEqualTo(1);
        notifier.announce(7);
        assertThat(cached.get()).isEqualTo(2);
        assertThat(loads).hasValue(2);
    }

    @Test
    void a_load_that_raced_with_an_announcement_is_not_kept() {
        AtomicInteger loads = new AtomicInteger();
        Cached<Integer> cached = new Cached<>(notifier, known -> {
            int n = loads.incrementAndGet();
            if (n == 1) {
                notifier.announce(8); // the data was replaced while this load was reading the old rows
            }
            return n;
        });
        assertThat(cached.get()).isEqualTo(1);
        assertThat(cached.get()).isEqualTo(2);
    }

    @Test
    void an_earlier_version_is_loaded_for_that_version_and_kept_across_announcements() {
        Cached<String> cached = new Cached<>(notifier, known -> known.isLatest() ? "latest" : "r" + known.revision());
        assertThat(new KnownOn(3).read(cached::get)).isEqualTo("r3");
        assertThat(cached.get()).isEqualTo("latest");
        notifier.announce(9);
        assertThat(new KnownOn(3).read(cached::get)).isEqualTo("r3");
    }
}
