package org.influenceatlas.briefing.ui;

import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.BriefingService;
import org.influenceatlas.briefing.ConcurrentEditException;
import org.influenceatlas.briefing.InvalidBriefingException;
import org.influenceatlas.briefing.NotOwnerException;
import org.influenceatlas.account.Curators;
import org.influenceatlas.account.Role;
import org.springframework.security.access.AccessDeniedException;
import org.influenceatlas.briefing.Slide;
import org.influenceatlas.briefing.FeatureDirectory;
import org.influenceatlas.map.AtlasMap;
import org.influenceatlas.map.ShowsMap;
import org.influenceatlas.layer.MapState;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writing a briefing: slides in order (add, duplicate, move, delete), each slide's text and map
 * state, a live map to preview a slide and to capture its state from. The draft lives here
 * until Save, which validates everything and writes it in one transaction, or refuses with the
 * reasons and keeps the draft; a briefing saved by someone else meanwhile is not overwritten.
 */
@RolesAllowed("EDITOR")
@Route("briefings/:slug/edit")
@PageTitle("Edit briefing · Influence Atlas")
class EditorView extends Div implements BeforeEnterObserver, ShowsMap {

    static final String NEW = "new";

    private final BriefingService briefings;
    private final Curators curators;
    /** Draft or published, and whose: a draft is seen by editors only until its owner publishes it. */
    private final Div standing = new Div();
    private final Button publish;
    private final FeatureDirectory features;
    /** Today, for new slides and the dates a save stamps. */
    private final Clock clock;
    private final AtlasMap map = new AtlasMap();
    private final TextField slug = new TextField("Slug (address)");
    private final TextField title = new TextField("Title");
    private final TextArea summary = new TextArea("Summary");
    private final ListBox<Integer> slideList = new ListBox<>();
    private final TextField slideTitle = new TextField("Slide title");
    private final TextArea body = new TextArea("Text (Markdown; cite as [@source-id] or [@source-id line 12])");
    private final DatePicker asOf = new DatePicker("Map date");
    private final TextField view = new TextField("View (lat,lon,zoom)");
    private final CheckboxGroup<String> layers = new CheckboxGroup<>("Layers");
    private final TextField selected = new TextField("Selected feature id");
    private final TextField highlighted = new TextField("Highlighted ids (comma-separated)");
    private final TextField organisation = new TextField("Outline members of (organisation id)");
    private final Checkbox pinned = new Checkbox("Pin the maps to the data as the atlas knows it now");
    private final Div messages = new Div();
    /** The instant the briefing is pinned to (kept while the box is ticked), or null. */
    private java.time.Instant pin;
    private final List<SlideDraft> drafts = new ArrayList<>();
    private MapState mapState;
    private Briefing loaded;
    private int current = -1;

    EditorView(BriefingService briefings, Curators curators, FeatureDirectory features, Clock clock) {
        this.briefings = briefings;
        this.curators = curators;
        this.features = features;
        this.clock = clock;
        this.mapState = MapState.initial(LocalDate.now(clock), features.layers());
        addClassName("atlas-editor");
        // "Capture current map" also takes the area on screen, so the slide fits any screen.
        view.setHelperText("then, optionally, the area on screen: south,west,north,east");
        messages.setId("editor-messages");
        messages.getElement().setAttribute("role", "status");
        layers.setItems(List.copyOf(features.layers()));
        body.setHeight("12em");
        slideList.setId("slide-list");
        slideList.setItemLabelGenerator(i -> (i + 1) + ". " + (drafts.get(i).title.isBlank() ? "(untitled)" : drafts.get(i).title));
        slideList.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != current) {
                keepForm();
                showSlide(e.getValue());
            }
        });
        map.addClassName("atlas-map");
        map.addStateChangeListener(e -> mapState = e.applyTo(mapState, features.layers()));
        map.addViewChangeListener(e -> mapState = mapState.withView(e.view()));
        map.addFeatureClickListener(e -> mapState = mapState.withSelection(e.selection()));

        Div slideActions = new Div(button("Add slide", this::addSlide), button("Duplicate", this::duplicate),
                button("Move up", () -> move(-1)), button("Move down", () -> move(1)), button("Delete slide", this::deleteSlide));
        Button capture = button("Capture current map", this::capture);
        capture.setId("capture-map");
        Button preview = button("Preview slide", this::preview);
        Button save = button("Save", this::save);
        save.setId("save-briefing");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pinned.setId("pin-data");
        pinned.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                pin = e.getValue() ? clock.instant() : null;
                showPin();
            }
        });
        Button repin = button("Update to today's data", this::offerRepin);
        repin.setId("repin-data");
        publish = button("Publish", this::publish);
        publish.setId("publish-briefing");
        standing.setId("briefing-standing");
        Div left = new Div(standing, publish, slug, title, summary, pinned, repin, slideList, slideActions);
        left.addClassName("atlas-editor-list");
        Div form = new Div(slideTitle, body, asOf, view, layers, selected, highlighted, organisation,
                new Div(capture, preview, save), messages);
        form.addClassName("atlas-editor-form");
        add(new H1("Edit briefing"), new Anchor("briefings", "All briefings"), new Div(left, form, map));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Start the preview where the user last explored, so "Capture current map" takes that view.
        Optional.ofNullable(VaadinSession.getCurrent()).map(s -> s.getAttribute(MapState.class)).ifPresent(s -> mapState = s);
        String key = event.getRouteParameters().get("slug").orElse(NEW);
        drafts.clear();
        loaded = NEW.equals(key) ? null : briefings.find(key).orElse(null);
        if (loaded == null) {
            slug.setReadOnly(false);
            slug.setValue(NEW.equals(key) ? "" : key);
            drafts.add(newDraft());
        } else {
            slug.setValue(loaded.slug());
            slug.setReadOnly(true);
            title.setValue(loaded.title());
            summary.setValue(loaded.summary() == null ? "" : loaded.summary());
            loaded.slides().forEach(s -> drafts.add(SlideDraft.of(s)));
        }
        pin = loaded == null ? null : loaded.knownOn();
        showPin();
        showStanding();
        current = -1;
        refreshList(0);
        map.setState(mapState);
        if (loaded != null) {
            preview();
        }
    }

    private void addSlide() {
        keepForm();
        SlideDraft draft = newDraft();
        draft.capture(mapState);
        drafts.add(current + 1, draft);
        refreshList(current + 1);
    }

    private void duplicate() {
        keepForm();
        drafts.add(current + 1, drafts.get(current).copy());
        refreshList(current + 1);
    }

    private void move(int by) {
        keepForm();
        int target = current + by;
        if (target >= 0 && target < drafts.size()) {
            drafts.add(target, drafts.remove(current));
            refreshList(target);
        }
    }

    private void deleteSlide() {
        if (drafts.size() > 1) {
            drafts.remove(current);
            current = -1;
            refreshList(Math.max(0, Math.min(drafts.size() - 1, slideList.getValue() == null ? 0 : slideList.getValue())));
        } else {
            say("A briefing keeps at least one slide.");
        }
    }

    private SlideDraft newDraft() {
        return new SlideDraft(LocalDate.now(clock), List.copyOf(features.layers()));
    }

    private void capture() {
        keepForm();
        drafts.get(current).capture(mapState);
        showSlide(current);
        say("Captured the map: " + mapState.asOf() + ", " + mapState.view().map(v -> v.toParameter()).orElse("current view"));
    }

    private void preview() {
        keepForm();
        try {
            MapState state = drafts.get(current).toSlide(features).map();
            map.setState(state);
            mapState = state;
            say("Previewing slide " + (current + 1) + ".");
        } catch (IllegalArgumentException e) {
            say("Slide " + (current + 1) + ": " + e.getMessage());
        }
    }

    /**
     * The briefing as the form holds it now, with the pin shown; the problems of its slides are
     * added to the list (then it is null). Field errors of the briefing itself are thrown.
     */
    private Briefing draft(List<String> problems) {
        keepForm();
        List<Slide> slides = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            try {
                slides.add(drafts.get(i).toSlide(features));
            } catch (IllegalArgumentException e) {
                problems.add("slide " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        return new Briefing(slug.getValue().trim(), title.getValue(), summary.getValue(),
                loaded == null || loaded.author() == null ? curators.require(Role.EDITOR).username() : loaded.author(),
                loaded == null ? today : loaded.created(), loaded == null ? today : loaded.updated(), today, false,
                loaded == null ? 0 : loaded.version(), slides, pin);
    }

    /**
     * "Update to today's data" moves the pin only after the presenter has seen what changed since
     * it in the features the slides name: a briefing presented to a minister must not shift under
     * its author unnoticed.
     */
    private void offerRepin() {
        if (pin == null) {
            say("The maps are not pinned: they already show today's data.");
            return;
        }
        List<String> problems = new ArrayList<>();
        Briefing draft;
        try {
            draft = draft(problems);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            draft = null;
        }
        if (draft == null) {
            say("Cannot compare with today's data: " + String.join("; ", problems));
            return;
        }
        new PinChangesDialog(briefings.changesSincePin(draft), () -> {
            pin = clock.instant();
            showPin();
            say("The maps now show the data as the atlas knows it now; save to keep it.");
        }).open();
    }

    private void save() {
        List<String> problems = new ArrayList<>();
        try {
            Briefing draft = draft(problems);
            if (draft == null) {
                say("Not saved, nothing lost: " + String.join("; ", problems));
                return;
            }
            loaded = briefings.save(draft);
            slug.setReadOnly(true);
            showStanding();
            say("Saved version " + loaded.version() + (loaded.published() ? "." : " as a draft: only editors see it until you publish it."));
            UI.getCurrent().getPage().getHistory().replaceState(null, "briefings/" + loaded.slug() + "/edit");
        } catch (InvalidBriefingException e) {
            say("Not saved, nothing lost: " + String.join("; ", e.problems()));
        } catch (ConcurrentEditException | NotOwnerException | AccessDeniedException e) {
            say("Not saved, nothing lost: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            say("Not saved, nothing lost: " + e.getMessage());
        } catch (org.springframework.dao.DataAccessException e) {
            say("Not saved, nothing lost: the database refused it (" + e.getMostSpecificCause().getMessage() + ")");
        }
    }

    /**
     * Publishing shows the saved briefing to readers and pins its maps (unless pinned already).
     * Unsaved edits are not published: the button says so rather than publish an older version silently.
     */
    private void publish() {
        if (loaded == null) {
            say("Save the briefing first; then publish it.");
            return;
        }
        try {
            loaded = briefings.publish(loaded.slug(), loaded.version());
            pin = loaded.knownOn();
            showPin();
            showStanding();
            say("Published version " + loaded.version() + ": readers see it now, with its maps pinned to "
                    + pin.toString().replace('T', ' ').replace("Z", " UTC") + ".");
        } catch (ConcurrentEditException | NotOwnerException | AccessDeniedException | InvalidBriefingException e) {
            say("Not published: " + e.getMessage());
        }
    }

    private void showStanding() {
        if (loaded == null) {
            standing.setText("New briefing: a draft until you publish it.");
        } else {
            standing.setText((loaded.published() ? "Published" : "Draft (editors only)")
                    + (loaded.owner() == null ? ", shipped with the atlas: saving it here makes it yours." : ", owned by " + loaded.owner() + "."));
        }
        publish.setVisible(loaded == null || !loaded.published());
        publish.setEnabled(loaded != null);
        // A published briefing's maps stay pinned: only "Update to today's data" moves the pin.
        pinned.setEnabled(loaded == null || !loaded.published());
    }

    /** The pin as the box and the preview show it: a pinned briefing's preview fetches what the atlas said then. */
    private void showPin() {
        pinned.setValue(pin != null);
        pinned.setHelperText(pin == null ? "Off: the maps follow every later correction."
                : "Pinned to " + pin.toString().replace('T', ' ').replace("Z", " UTC") + ": later corrections do not change the maps.");
        map.setKnownOn(briefings.pin(pin));
    }

    private void refreshList(int select) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            indexes.add(i);
        }
        current = -1;
        slideList.setItems(indexes);
        showSlide(select);
        slideList.setValue(select);
    }

    private void showSlide(int index) {
        current = index;
        SlideDraft d = drafts.get(index);
        slideTitle.setValue(d.title);
        body.setValue(d.body);
        asOf.setValue(d.asOf);
        view.setValue(d.view);
        layers.setValue(new java.util.HashSet<>(d.layers));
        selected.setValue(d.selected);
        highlighted.setValue(d.highlighted);
        organisation.setValue(d.organisation);
    }

    /** Copies the form into the current draft, whatever state the values are in. */
    private void keepForm() {
        if (current < 0 || current >= drafts.size()) {
            return;
        }
        SlideDraft d = drafts.get(current);
        d.title = slideTitle.getValue();
        d.body = body.getValue();
        d.asOf = asOf.getValue();
        d.view = view.getValue();
        d.layers = features.layers().stream().filter(layers.getValue()::contains).toList();
        d.selected = selected.getValue().trim();
        d.highlighted = highlighted.getValue().trim();
        d.organisation = organisation.getValue().trim();
    }

    private void say(String message) {
        messages.setText(message);
    }

    private static Button button(String text, Runnable action) {
        return new Button(text, e -> action.run());
    }
}
