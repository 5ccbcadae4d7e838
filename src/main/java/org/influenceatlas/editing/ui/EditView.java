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
import org.influenceatlas.source.Source;

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
class EditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "new";

    private final PublishedFacts facts;
    private final ProposalDesk desk;
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

    EditView(PublishedFacts facts, ProposalDesk desk, EditingAccess access) {
        this.facts = facts;
        this.desk = desk;
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
        FactDraft.Action action = base == null ? FactDraft.Action.CREATE : FactDraft.Action.UPDATE;
        if (base != null && base.equals(after.get())) {
            message("Nothing changed: there is nothing to propose.");
            return;
        }
        Object proposed = after.get();
        askAndSubmit(action == FactDraft.Action.CREATE ? "Propose the new " + type.label() : "Propose the change",
                note -> new FactDraft(type, form.idText(), action, base, proposed, note));
    }

    private void retire() {
        askAndSubmit("Propose retiring this " + type.label(),
                note -> new FactDraft(type, form.idText(), FactDraft.Action.RETIRE, base, null, note));
    }

    private void askAndSubmit(String heading, java.util.function.Function<String, FactDraft> draft) {
        NoteDialog[] dialog = new NoteDialog[1];
        dialog[0] = new NoteDialog(heading, "It is sent to the review queue; readers see it once a reviewer approves it.",
                note -> {
                    dialog[0].close();
                    submit(draft.apply(note));
                });
        dialog[0].open();
    }

    private void submit(FactDraft draft) {
        try {
            String outcome = desk.propose(draft);
            conflict.setVisible(false);
            message(outcome + ". It waits for review: readers keep seeing the published version until a reviewer approves it.");
        } catch (StaleBase stale) {
            showConflict(stale);
        } catch (IllegalArgumentException refused) {
            lastRead.refuse(InvalidField.of(refused, ""));
            showRefusal(lastRead);
        }
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

    private void showConflict(StaleBase stale) {
        conflict.removeAll();
        conflict.add(new Paragraph("Not saved, your draft is kept: someone else changed this " + type.label()
                + " since you opened it. What they changed:"));
        UnorderedList list = new UnorderedList();
        for (StaleBase.Change c : stale.changes()) {
            list.add(new ListItem(c.field() + ": was '" + show(c.loaded()) + "', is now '" + show(c.now()) + "'"));
            lastRead.fieldAt(c.field()).ifPresent(f -> {
                f.setErrorMessage("changed meanwhile to '" + show(c.now()) + "'");
                f.setInvalid(true);
            });
        }
        conflict.add(list);
        if (stale.current() != null) {
            Button rebase = new Button("Keep my draft, based on their version", e -> {
                base = stale.current();
                conflict.setVisible(false);
                message("Your draft is now based on the current version: save again to propose it.");
            });
            rebase.setId("edit-rebase");
            conflict.add(rebase);
        }
        conflict.setVisible(true);
        messages.removeAll();
    }

    private static String show(String value) {
        return value == null ? "" : value;
    }

    private void message(String text) {
        messages.removeAll();
        messages.add(new Paragraph(text));
    }

    /** A new source is proposed on its own, then cited: it waits for review with the fact that cites it. */
    private void openNewSource(Consumer<Source> cite) {
        SourceForm sourceForm = new SourceForm();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New source");
        Div errors = new Div();
        dialog.add(errors, sourceForm);
        Button propose = new Button("Propose and cite…", e -> {
            FormReader r = new FormReader();
            Optional<Source> source = sourceForm.read(r);
            if (source.isPresent() && sources.exists(source.get().id())) {
                r.refuse("id", "'" + source.get().id() + "' is already used by a source");
                source = Optional.empty();
            }
            errors.removeAll();
            if (source.isEmpty()) {
                errors.add(new Paragraph("Not proposed, nothing lost: see the marked fields."));
                r.unplaced().forEach(u -> errors.add(new Paragraph(u)));
                return;
            }
            Source s = source.get();
            NoteDialog[] note = new NoteDialog[1];
            note[0] = new NoteDialog("Propose the new source", "The source waits for review like any fact.", text -> {
                note[0].close();
                try {
                    String outcome = desk.propose(new FactDraft(FactType.SOURCE, s.id(), FactDraft.Action.CREATE, null, s, text));
                    sources.addProposed(s);
                    dialog.close();
                    cite.accept(s);
                    message(outcome + ": the new source waits for review; it is cited in your draft.");
                } catch (IllegalArgumentException refused) {
                    r.refuse(InvalidField.of(refused, ""));
                    errors.add(new Paragraph("Not proposed: " + refused.getMessage()));
                }
            });
            note[0].open();
        });
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), propose);
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
