package org.influenceatlas.base;

import java.util.function.LongConsumer;

/**
 * Tells every node that the data changed. Writers announce after their transaction commits;
 * caches listen and drop what they hold. In-process on H2; LISTEN/NOTIFY on PostgreSQL.
 */
public interface ChangeNotifier {
    /** After a commit: the latest revision is now {@code revision}; every listener on every node hears it. */
    void announce(long revision);

    /** Calls the listener (on any thread) whenever any node announces, this one included. */
    void onChange(LongConsumer listener);
}
