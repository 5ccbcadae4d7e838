package org.influenceatlas.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * The notifier for a single node (the embedded H2 database): listeners are called at once, on the
 * announcing thread. A listener that throws is logged and does not keep the others from hearing.
 */
public final class InProcessChangeNotifier implements ChangeNotifier {

    private static final Logger log = LoggerFactory.getLogger(InProcessChangeNotifier.class);

    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void announce(long revision) {
        for (LongConsumer listener : listeners) {
            try {
                listener.accept(revision);
            } catch (RuntimeException e) {
                log.error("A change listener failed on revision {}", revision, e);
            }
        }
    }

    @Override
    public void onChange(LongConsumer listener) {
        listeners.add(listener);
    }
}
