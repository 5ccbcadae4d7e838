package org.influenceatlas.editing.ui;

/** Where a form's save goes: a pending proposal, which readers do not see until a reviewer publishes it. */
interface ProposalDesk {

    /**
     * @return what to tell the user, e.g. "Proposal 12 waits for review"
     * @throws org.influenceatlas.base.InvalidField a value the entity's rules refuse, naming its field
     * @throws StaleBase the fact changed since it was loaded
     */
    String propose(FactDraft draft);
}
