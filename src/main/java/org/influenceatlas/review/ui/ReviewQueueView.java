package org.influenceatlas.review.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.influenceatlas.account.Curators;
import org.influenceatlas.review.EditConflict;
import org.influenceatlas.review.Proposal;
import org.influenceatlas.review.ProposalService;
import org.influenceatlas.review.ProposedChange;
import org.influenceatlas.source.SourceService;

/**
 * The reviewers' queue: every pending proposal, oldest first, with the author and their note,
 * each change field by field (before and after), the sources it rests on with their grades, and
 * approve / reject with a note. A reviewer's own proposals wait for another reviewer.
 */
@Route("review")
@PageTitle("Review queue · Influence Atlas")
@RolesAllowed("REVIEWER")
class ReviewQueueView extends Div implements com.vaadin.flow.router.BeforeEnterObserver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProposalService proposals;
    private final SourceService sources;
    private final Curators curators;
    private final Div list = new Div();
    final Paragraph message = new Paragraph();

    ReviewQueueView(ProposalService proposals, SourceService sources, Curators curators) {
        this.proposals = proposals;
        this.sources = sources;
        this.curators = curators;
        addClassName("review-queue");
        getStyle().set("padding", "var(--lumo-space-m)").set("max-width", "60rem");
        message.getElement().setAttribute("role", "status");
        add(new H1("Review queue"), new Paragraph("Readers see none of these changes until a reviewer publishes them."),
                message, list);
    }

    /** Each visit reads the queue afresh (and for whoever is signed in now: their own proposals cannot be approved). */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var pending = proposals.pending();
        if (pending.isEmpty()) {
            list.add(new Paragraph("Nothing waits for review."));
        }
        String me = curators.current().map(c -> c.username()).orElse("");
        pending.forEach(p -> list.add(card(p, p.author().equals(me))));
    }

    private Div card(Proposal p, boolean own) {
        Div card = new Div();
        card.addClassName("proposal");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)");
        card.add(new H3("Proposal #" + p.id() + " by " + p.author()));
        card.add(new Paragraph("Sent " + p.createdAt().toString().substring(0, 16).replace('T', ' ') + " UTC from the "
                + p.origin() + ". Author's note: " + (p.note() == null ? "(none)" : p.note())));
        for (ProposedChange c : p.changes()) {
            Div change = new Div();
            change.addClassName("proposed-change");
            change.add(new Paragraph(c.action().code() + " " + c.type() + " " + c.id() + " — "),
                    new Anchor("history/" + c.type() + "/" + c.id(), "history"));
            change.add(Diffs.table(c.differences()));
            UnorderedList cited = new UnorderedList();
            cited.addClassName("sources");
            try {
                Diffs.sources(c.afterJson() == null ? JSON.readTree(c.baseJson()) : JSON.readTree(c.afterJson()), sources)
                        .forEach(line -> cited.add(new ListItem(line)));
            } catch (Exception e) {
                cited.add(new ListItem("sources unreadable: " + e.getMessage()));
            }
            change.add(new Paragraph("Sources and grades:"), cited);
            card.add(change);
        }
        TextArea note = new TextArea("Reviewer's note");
        note.setMaxLength(1000);
        note.setWidthFull();
        Button approve = new Button("Approve and publish", e -> act(() -> proposals.approve(p.id(), note.getValue()),
                "Published proposal #" + p.id() + "."));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button("Reject", e -> act(() -> proposals.reject(p.id(), note.getValue()),
                "Rejected proposal #" + p.id() + "; its author sees your note."));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        if (own) {
            approve.setEnabled(false);
            reject.setEnabled(false);
            card.add(new Paragraph("This is your own proposal: another reviewer must review it."));
        }
        card.add(note, approve, reject);
        return card;
    }

    private void act(Runnable review, String done) {
        try {
            review.run();
            message.setText(done);
        } catch (EditConflict conflict) {
            message.setText("Not published: " + conflict.getMessage() + ". Reject it, or ask its author to propose again.");
        } catch (RuntimeException refused) {
            message.setText("Not done: " + refused.getMessage());
        }
        refresh();
    }
}
