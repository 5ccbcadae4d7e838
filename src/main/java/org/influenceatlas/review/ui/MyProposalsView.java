package org.influenceatlas.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.influenceatlas.review.Proposal;
import org.influenceatlas.review.ProposalService;
import org.influenceatlas.review.ProposedChange;

/** The signed-in curator's proposals, newest first: each one's state, reviewer and the reviewer's note. */
@Route("proposals")
@PageTitle("My proposals · Influence Atlas")
@PermitAll
class MyProposalsView extends Div implements com.vaadin.flow.router.BeforeEnterObserver {

    private final ProposalService proposals;
    private final Div list = new Div();

    MyProposalsView(ProposalService proposals) {
        this.proposals = proposals;
        addClassName("my-proposals");
        getStyle().set("padding", "var(--lumo-space-m)").set("max-width", "60rem");
        add(new H1("My proposals"), list);
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var mine = proposals.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph("You have proposed no changes yet."));
        }
        mine.forEach(p -> list.add(card(p)));
    }

    private Div card(Proposal p) {
        Div card = new Div();
        card.addClassName("proposal");
        card.addClassName("state-" + p.state().code());
        card.add(new H3("Proposal #" + p.id() + ": " + p.state().code()));
        for (ProposedChange c : p.changes()) {
            Div line = new Div(new Paragraph(c.action().code() + " " + c.type() + " " + c.id() + " "),
                    new Anchor("history/" + c.type() + "/" + c.id(), "history"));
            line.add(Diffs.table(c.differences()));
            card.add(line);
        }
        card.add(new Paragraph("Your note: " + (p.note() == null ? "(none)" : p.note())));
        if (p.reviewer() != null) {
            card.add(new Paragraph((p.state() == Proposal.State.PUBLISHED ? "Published" : "Rejected") + " by " + p.reviewer()
                    + (p.reviewNote() == null ? "" : ": " + p.reviewNote())));
        } else if (p.isPending()) {
            card.add(new Paragraph("Waits for review; readers see the published version meanwhile."),
                    new Button("Withdraw", e -> {
                        proposals.withdraw(p.id());
                        refresh();
                    }));
        }
        return card;
    }
}
