package org.influenceatlas.handout;

/** Every handout slot is taken (atlas.handout.concurrency); the caller should try again shortly. */
public class HandoutBusyException extends RuntimeException {

    public HandoutBusyException(int slots) {
        super("all " + slots + " handout slots are busy; try again in a few seconds");
    }
}
