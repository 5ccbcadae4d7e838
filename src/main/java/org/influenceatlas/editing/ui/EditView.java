package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.influenceatlas.base.InvalidField;
import org.influenceatlas.review.Draft;
import org.influenceatlas.review.EditConflict;
import org.influenceatlas.review.Proposal;
import org.influenceatlas.review.ProposalService;
import org.influenceatlas.source.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Editing one fact: {@code edit/<type>/<id>} loads the published version into its form,
 * {@code edit/<type>/new} starts an empty one. A save never writes the fact: it asks why and
 * submits a pending proposal that a reviewer publishes or rejects, so readers keep seeing the
 * published version meanwhile. A refused save keeps every value typed; a save refused because
 * someone else changed the fact meanwhile shows what they changed and keeps the draft.
 */
@Route("edit/:type/:id")
// Open to every signed-in curator: a reader gets the "Propose a correction" variant, checked here and in the review service.
@jakarta.annotation.security.PermitAll
class EditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "new";

    private final PublishedFacts facts;
    private final ProposalService proposals;
    private final EditingAccess access;
    private final SourceChoices sources;
    private final Div messages = new Div();
    private final Div conflict = new Div();
    private FactForm<?> form;
    private FactType type;
    /** The published version the draft is based on; null for a new fact. */
    private Object base;
    private FormReader lastRead = new FormReader();
    private String title = "Edit · Influence Atlas";

    /** Sources added while editing: proposed in the same proposal as the fact, before it. */
    private final List<Source> newSources = new ArrayList<>();

    EditView(PublishedFacts facts, ProposalService proposals, EditingAccess access) {
        this.facts = facts;
        this.proposals = proposals;
        this.access = access;
        this.sources = new SourceChoices(facts.sources);
        addClassName("atlas-edit");
        messages.setId("edit-messages");
        messages.getElement().setAttribute("role", "status");
        conflict.setId("edit-conflict");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String typeName = event.getRouteParameters().get("type").orElse("");
        String id = event.getRouteParameters().get("id").orElse("");
        Optional<FactType> parsed = FactType.parse(typeName);
        EditingAccess.Level level = access.current();
        if (parsed.isEmpty()) {
            refuse("Nothing to edit", "There is no kind of fact called '" + typeName + "'. Kinds: "
                    + String.join(", ", java.util.Arrays.stream(FactType.values()).map(FactType::path).toList()) + ".");
            return;
        }
        type = parsed.get();
        if (level == EditingAccess.Level.NONE) {
            refuse("Sign in to edit", "Editing and proposing corrections need an account: sign in first.");
            return;
        }
        boolean creating = NEW.equals(id);
        if (creating && level != EditingAccess.Level.EDIT) {
            refuse("Editors only", "Only editors add new facts. You can propose a correction to an existing one.");
            return;
        }
        form = FactForms.create(type, new FormContext(facts.countries, facts.alignments, sources, this::openNewSource));
        if (creating) {
            base = null;
        } else {
            Optional<?> published = facts.find(type, id);
            if (published.isEmpty()) {
                refuse("Not found", "No published " + type.label() + " has the id '" + id + "'.");
                return;
            }
            base = published.get();
            form.loadAny(base);
        }
        boolean proposing = level == EditingAccess.Level.PROPOSE;
        String heading = creating ? "New " + type.label()
                : (proposing ? "Propose a correction: " : "Edit " + type.label() + ": ") + nameOfBase();
        title = heading + " · Influence Atlas";
        H1 h1 = new H1(heading);
        h1.setId("edit-title");
        Paragraph how = new Paragraph("Changes are proposals: a reviewer checks them and their sources before "
                + "readers see them. Until then the atlas shows the published version.");
        Button save = new Button(proposing ? "Propose correction…" : "Save…", e -> save());
        save.setId("edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(save);
        actions.addClassName("atlas-edit-actions");
        if (!creating && !proposing && type.retirable()) {
            Button retire = new Button("Retire…", e -> retire());
            retire.setId("edit-retire");
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(retire);
        }
        actions.add(new Anchor("", "Back to the map"));
        add(h1, how, messages, conflict, form, actions);
        if (!creating) {
            // Warned before typing: a second proposal on a fact that has one waiting is refused.
            proposals.pendingOn(type.path(), id).stream().findFirst().ifPresent(p -> message("A change to this "
                    + type.label() + " by " + p.author() + " waits for review (proposal #" + p.id()
                    + "): yours can be sent once it is reviewed."));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private String nameOfBase() {
        @SuppressWarnings("unchecked")
        FactForm<Object> f = (FactForm<Object>) form;
        return f.nameOf(base);
    }

    private void refuse(String heading, String text) {
        title = heading + " · Influence Atlas";
        Paragraph p = new Paragraph(text);
        p.setId("edit-refused");
        add(new H1(heading), p, new Anchor("", "Back to the map"));
    }

    private void save() {
        FormReader r = new FormReader();
        lastRead = r;
        Optional<Object> after = form.readAny(r);
        if (after.isPresent() && base == null && facts.find(type, form.idText()).isPresent()) {
            r.refuse("id", "'" + form.idText() + "' is already used by a published " + type.label());
            after = Optional.empty();
        }
        if (after.isEmpty()) {
            showRefusal(r);
            return;
        }
        if (base != null && base.equals(after.get()) && newSources.isEmpty()) {
            message("Nothing changed: there is nothing to propose.");
            return;
        }
        Object proposed = after.get();
        String id = form.idText();
        askAndSubmit(base == null ? "Propose the new " + type.label() : "Propose the change",
                note -> base == null ? Draft.create(type.path(), id, proposed, note) : Draft.update(type.path(), id, base, proposed, note));
    }

    private void retire() {
        askAndSubmit("Propose retiring this " + type.label(), note -> Draft.retire(type.path(), form.idText(), base, note));
    }

    private void askAndSubmit(String heading, java.util.function.Function<String, Draft> draft) {
        NoteDialog[] dialog = new NoteDialog[1];
        dialog[0] = new NoteDialog(heading, "It is sent to the review queue; readers see it once a reviewer approves it.",
                note -> {
                    dialog[0].close();
                    submit(note, draft.apply(note));
                });
        dialog[0].open();
    }

    /** The fact's draft, after the new sources it cites, as one proposal: a reviewer publishes them together. */
    private void submit(String note, Draft draft) {
        List<Draft> drafts = new ArrayList<>();
        if (draft.after() != null) {
            newSources.forEach(s -> drafts.add(Draft.create(FactType.SOURCE.path(), s.id(), s, note)));
        }
        drafts.add(draft);
        try {
            Proposal proposal = drafts.size() == 1 ? proposals.propose(draft) : proposals.propose(note, drafts, Proposal.APP);
            newSources.clear();
            conflict.setVisible(false);
            message("Sent for review (proposal #" + proposal.id() + "). It waits for review: readers keep seeing "
                    + "the published version until a reviewer approves it.");
        } catch (EditConflict stale) {
            showConflict(stale);
        } catch (org.springframework.security.access.AccessDeniedException
                 | org.springframework.security.core.AuthenticationException refused) {
            message("Not sent, nothing lost: " + refused.getMessage() + ".");
        } catch (IllegalArgumentException refused) {
            InvalidField field = InvalidField.of(refused, "");
            lastRead.refuse(formPath(field.field(), drafts.size() - 1), field.reason());
            showRefusal(lastRead);
        }
    }

    /** The review service names "after.name" (one change) or "changes[2].after.name"; the form calls it "name". */
    private static String formPath(String path, int factPosition) {
        String own = "changes[" + factPosition + "].";
        String p = path.startsWith(own) ? path.substring(own.length()) : path;
        if (p.startsWith("changes[")) {
            return p; // about a new source: shown above the form
        }
        return p.startsWith("after.") ? p.substring("after.".length()) : p;
    }

    private void showRefusal(FormReader r) {
        messages.removeAll();
        Paragraph summary = new Paragraph("Not saved, nothing lost: " + r.errors().size()
                + (r.errors().size() == 1 ? " value needs" : " values need") + " attention (marked at the field).");
        summary.addClassName("atlas-refused");
        messages.add(summary);
        if (!r.unplaced().isEmpty()) {
            UnorderedList list = new UnorderedList();
            r.unplaced().forEach(u -> list.add(new ListItem(u)));
            messages.add(list);
        }
    }

    private void showConflict(EditConflict stale) {
        conflict.removeAll();
        String who = stale.otherAuthor() == null ? "Someone else" : stale.otherAuthor();
        conflict.add(new Paragraph(stale.pendingProposal() != null
                ? "Not sent, your draft is kept: " + who + " proposed a change to this " + type.label()
                        + " that waits for review (proposal #" + stale.pendingProposal() + "). What they changed:"
                : "Not sent, your draft is kept: " + who + " changed this " + type.label()
                        + " since you opened it. What they changed:"));
        UnorderedList list = new UnorderedList();
        for (EditConflict.FieldConflict c : stale.fields()) {
            list.add(new ListItem(c.field() + ": from " + show(c.base()) + " to " + show(c.theirs()) + "; yours: " + show(c.yours())
                    + (c.changedByBoth() ? " (you both changed it: choose)" : "")));
            String at = c.field();
            while (lastRead.fieldAt(at).isEmpty() && at.contains(".")) {
                at = at.substring(0, at.lastIndexOf('.'));
            }
            lastRead.fieldAt(at).ifPresent(f -> {
                f.setErrorMessage("changed meanwhile to " + show(c.theirs()));
                f.setInvalid(true);
            });
        }
        conflict.add(list);
        Optional<?> published = facts.find(type, form.idText());
        if (stale.pendingProposal() == null && published.isPresent()) {
            Button rebase = new Button("Keep my draft, based on their version", e -> {
                base = published.get();
                conflict.setVisible(false);
                message("Your draft is now based on the published version: check the marked fields, then save again.");
            });
            rebase.setId("edit-rebase");
            conflict.add(rebase);
        }
        conflict.setVisible(true);
        messages.removeAll();
    }

    private static String show(String value) {
        return value == null ? "(empty)" : value;
    }

    private void message(String text) {
        messages.removeAll();
        messages.add(new Paragraph(text));
    }

    /** A new source goes with the fact that cites it, in the same proposal. */
    private void openNewSource(Consumer<Source> cite) {
        SourceForm sourceForm = new SourceForm();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New source");
        Div errors = new Div();
        errors.setId("new-source-errors");
        dialog.add(new Paragraph("It is proposed with this " + type.label() + " and reviewed with it."), errors, sourceForm);
        Button add = new Button("Add and cite", e -> {
            FormReader r = new FormReader();
            Optional<Source> source = sourceForm.read(r);
            if (source.isPresent() && sources.exists(source.get().id())) {
                r.refuse("id", "'" + source.get().id() + "' is already used by a source");
                source = Optional.empty();
            }
            errors.removeAll();
            if (source.isEmpty()) {
                errors.add(new Paragraph("Not added, nothing lost: see the marked fields."));
                r.unplaced().forEach(u -> errors.add(new Paragraph(u)));
                return;
            }
            newSources.add(source.get());
            sources.addProposed(source.get());
            dialog.close();
            cite.accept(source.get());
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), add);
        dialog.open();
    }

    /** For tests and the details panel: the address of a fact's form. */
    static String address(FactType type, String id) {
        return "edit/" + type.path() + "/" + id;
    }

    Map<String, String> errors() {
        return lastRead.errors();
    }

    List<String> messageTexts() {
        return messages.getChildren().map(c -> c.getElement().getText()).toList();
    }
}
