package org.influenceatlas.briefing.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.BriefingService;
import org.influenceatlas.briefing.Slide;
import org.influenceatlas.map.AtlasMap;
import org.influenceatlas.map.Permalink;
import org.influenceatlas.map.ShowsMap;
import org.influenceatlas.layer.MapState;
import org.influenceatlas.source.SourceService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Presenting a briefing: the map full screen with a caption panel. Each slide has its own
 * address, {@code /briefings/{slug}/{n}}; the keys move between them and the map flies to
 * each slide's state.
 */
@AnonymousAllowed
@Route("briefings/:slug/:n?")
class PresentView extends Div implements BeforeEnterObserver, HasDynamicTitle, ShowsMap {

    private final BriefingService briefings;
    private final SourceService sources;
    private final AtlasMap map = new AtlasMap();
    private final Div caption = new Div();
    private Briefing briefing;
    private int current;

    PresentView(BriefingService briefings, SourceService sources) {
        this.briefings = briefings;
        this.sources = sources;
        addClassName("atlas-present");
        setSizeFull();
        map.setPresentation(true);
        map.setId("map");
        map.addClassName("atlas-map");
        caption.addClassName("atlas-caption");
        caption.getElement().setAttribute("role", "region");
        caption.getElement().setAttribute("aria-label", "Slide");
        add(map, caption);
        Shortcuts.addShortcutListener(this, () -> go(current + 1), Key.ARROW_RIGHT);
        Shortcuts.addShortcutListener(this, () -> go(current + 1), Key.PAGE_DOWN);
        Shortcuts.addShortcutListener(this, () -> go(current + 1), Key.SPACE);
        Shortcuts.addShortcutListener(this, () -> go(current - 1), Key.ARROW_LEFT);
        Shortcuts.addShortcutListener(this, () -> go(current - 1), Key.PAGE_UP);
        Shortcuts.addShortcutListener(this, () -> go(1), Key.HOME);
        Shortcuts.addShortcutListener(this, () -> go(briefing.slides().size()), Key.END);
        Shortcuts.addShortcutListener(this, () -> UI.getCurrent().navigate("briefings"), Key.ESCAPE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Briefing found = briefings.findVisible(slug).orElse(null);
        if (found == null) {
            event.rerouteToError(NotFoundException.class, "There is no briefing '" + slug + "'.");
            return;
        }
        int n = event.getRouteParameters().getInteger("n").orElse(1);
        if (n < 1 || n > found.slides().size()) {
            event.rerouteToError(NotFoundException.class, "The briefing '" + found.title() + "' has "
                    + found.slides().size() + " slides; there is no slide " + n + ".");
            return;
        }
        boolean first = briefing == null || !briefing.slug().equals(found.slug());
        briefing = found;
        current = n;
        show(first);
    }

    @Override
    public String getPageTitle() {
        return briefing == null ? "Briefing" : briefing.title() + " (" + current + "/" + briefing.slides().size() + ")";
    }

    private void go(int n) {
        if (briefing != null && n >= 1 && n <= briefing.slides().size() && n != current) {
            UI.getCurrent().navigate("briefings/" + briefing.slug() + "/" + n);
        }
    }

    private void show(boolean jump) {
        Slide slide = briefing.slide(current);
        MapState state = slide.map();
        map.setKnownOn(briefings.pin(briefing));
        // The view is applied below, animated unless this is the first slide shown.
        map.setState(new MapState(state.asOf(), state.layers(), state.selection(), Optional.empty(), state.organisation(),
                state.highlighted(), state.showEnded(), state.onlineTiles(), state.gradeFilter()));
        state.view().ifPresent(view -> {
            if (jump) {
                map.setView(view);
            } else {
                map.flyTo(view);
            }
        });
        caption.removeAll();
        Span progress = new Span("Slide " + current + " of " + briefing.slides().size());
        progress.setId("slide-progress");
        ProgressBar bar = new ProgressBar(0, briefing.slides().size(), current);
        bar.getElement().setAttribute("aria-label", "Progress through the briefing");
        H2 title = new H2(slide.title());
        title.setId("slide-title");
        SlideText text = new SlideText(slide, briefings.read(briefing, sources::catalogue));
        Span date = new Span("Map as of " + slide.map().asOf() + (briefing.knownOn() == null ? ""
                : ", data as the atlas knew it on " + briefing.knownOn().toString().replace('T', ' ').replace("Z", " UTC")));
        date.addClassName("atlas-meta");
        OrderedList references = new OrderedList();
        for (SlideText.Reference ref : text.references()) {
            Anchor link = new Anchor(ref.href(), ref.source().title());
            link.setTarget("_blank");
            String meta = String.join(", ", java.util.stream.Stream.of(ref.source().publisher(),
                    ref.source().date() == null ? null : ref.source().date().toString(), ref.locator())
                    .filter(s -> s != null && !s.isBlank()).toList());
            references.add(new ListItem(link, new Span(meta.isEmpty() ? "" : " (" + meta + ")")));
        }
        Button previous = new Button("Previous", e -> go(current - 1));
        previous.setEnabled(current > 1);
        Button next = new Button("Next", e -> go(current + 1));
        next.setEnabled(current < briefing.slides().size());
        Button explore = new Button("Explore from here", e -> exploreFromHere(state));
        explore.setId("explore-from-here");
        Div buttons = new Div(previous, next, explore, new Anchor("briefings", "All briefings"),
                new Anchor("briefings/" + briefing.slug() + "/edit", "Edit"),
                new Anchor("api/v1/briefings/" + briefing.slug() + ".pdf", "PDF handout"));
        buttons.addClassName("atlas-slide-buttons");
        Span hint = new Span("Keys: → / Space next, ← previous, Home / End, Esc leaves");
        hint.addClassName("atlas-meta");
        Span briefingTitle = new Span(briefing.title());
        briefingTitle.addClassName("atlas-meta");
        progress.addClassName("atlas-meta");
        caption.add(briefingTitle, progress, bar, title, date, new Html(text.html()), references, buttons, hint);
    }

    /** Opens the explorer at this slide's state; its "Back to briefing" link returns here. */
    private void exploreFromHere(MapState state) {
        Map<String, List<String>> params = new HashMap<>(Permalink.toQuery(state).getParameters());
        params.put("from", List.of("briefings/" + briefing.slug() + "/" + current));
        UI.getCurrent().navigate("", new QueryParameters(params));
    }
}
