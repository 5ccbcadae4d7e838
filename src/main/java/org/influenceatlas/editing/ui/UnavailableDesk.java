package org.influenceatlas.editing.ui;

import org.springframework.stereotype.Component;

/** Until the review queue is wired in, nothing is proposed; the form says so and keeps the draft. */
@Component
class UnavailableDesk implements ProposalDesk {

    @Override
    public String propose(FactDraft draft) {
        throw new IllegalArgumentException("the review queue is not available yet: nothing was sent");
    }
}
