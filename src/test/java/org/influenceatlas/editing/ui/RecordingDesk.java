package org.influenceatlas.editing.ui;

import java.util.ArrayList;
import java.util.List;

/** Stands in for the review queue in the form tests: keeps each draft, or refuses as told. */
class RecordingDesk implements ProposalDesk {

    final List<FactDraft> drafts = new ArrayList<>();
    RuntimeException refusal;

    @Override
    public String propose(FactDraft draft) {
        if (refusal != null) {
            RuntimeException r = refusal;
            refusal = null;
            throw r;
        }
        drafts.add(draft);
        return "Proposal " + drafts.size() + " sent";
    }

    FactDraft last() {
        return drafts.get(drafts.size() - 1);
    }
}
