package org.influenceatlas.map.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.influenceatlas.account.ui.AccountMenu;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import org.influenceatlas.map.AtlasMap;
import org.influenceatlas.map.ShowsMap;
import org.influenceatlas.layer.LayerRegistry;
import org.influenceatlas.layer.MapState;
import org.influenceatlas.layer.Selection;
import org.influenceatlas.map.Permalink;
import org.influenceatlas.search.SearchService;
import com.vaadin.flow.component.notification.Notification;

import java.util.stream.Collectors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The explorer: map, search and details. The view owns the state; the URL mirrors it, so any
 * view can be shared. Selections add a history entry (back returns to the previous one);
 * panning and moving the date only replace the current entry.
 */
@AnonymousAllowed
@Route("")
@PageTitle("Influence Atlas")
class ExplorerView extends Div implements BeforeEnterObserver, ShowsMap {

    private final AtlasMap map = new AtlasMap();
    private final DetailsPanel details;
    private final FeatureReveal reveal;
    private final LayerRegistry layers;
    private final ExplorerLinks links;
    private MapState state;
    private boolean entered;
    /** The briefing slide this exploration started from ("Explore from here"), to return to. */
    private Optional<String> from = Optional.empty();
    private final Anchor backToBriefing = new Anchor("", "Back to briefing");

    ExplorerView(SearchService search, Details detailsContent, EditLinks edits, FeatureReveal reveal, LayerRegistry layers,
                 ExplorerLinks links, AccountMenu accountMenu) {
        this.reveal = reveal;
        this.layers = layers;
        this.links = links;
        this.state = links.initial();
        addClassName("atlas-explorer");
        setSizeFull();
        details = new DetailsPanel(detailsContent, edits);
        SearchField searchField = new SearchField(search, () -> state.asOf());
        H1 title = new H1("Influence Atlas");
        backToBriefing.setId("back-to-briefing");
        backToBriefing.setVisible(false);
        Button copyLink = new Button("Copy link", e -> UI.getCurrent().getPage().executeJs(
                "return navigator.clipboard.writeText(window.location.href).then(() => true, () => false)")
                .then(Boolean.class, copied -> Notification.show(copied ? "Link to this view copied."
                        : "Copying was refused by the browser: the address bar holds the link.", 3000, Notification.Position.BOTTOM_START)));
        copyLink.setId("copy-link");
        copyLink.getElement().setAttribute("title", "Copy a link to exactly this view: date, layers, selection and place");
        Header header = new Header(title, searchField, copyLink, new Anchor("briefings", "Briefings"), backToBriefing, accountMenu);
        header.addClassName("atlas-header");
        map.setId("map");
        map.addClassName("atlas-map");
        Main body = new Main(map, details);
        body.addClassName("atlas-body");
        add(header, body);

        map.addFeatureClickListener(e -> e.selection().filter(s -> layers.find(s.layer()).isPresent()).ifPresent(this::select));
        details.addSelectListener(this::revealAndSelect);
        searchField.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                revealAndSelect(new Selection(e.getValue().layer(), e.getValue().id()));
            }
        });
        map.addStateChangeListener(e -> {
            state = e.applyTo(state, layers.ids());
            details.show(state.selection(), state.asOf());
            replaceUrl();
        });
        map.addViewChangeListener(e -> {
            state = state.withView(e.view());
            replaceUrl();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        MapState.Parsed parsed = links.open(query);
        MapState next = parsed.state();
        from = event.getLocation().getQueryParameters().getSingleParameter("from")
                .filter(f -> f.matches("briefings/[a-z0-9][a-z0-9-]*/\\d{1,3}"));
        from.ifPresent(backToBriefing::setHref);
        backToBriefing.setVisible(from.isPresent());
        if (entered && next.equals(state)) {
            return; // our own navigate() after a selection: map and panel already show it
        }
        entered = true;
        state = next;
        map.setState(state);
        details.show(state.selection(), state.asOf());
        if (state.view().isEmpty()) {
            state.selection().ifPresent(map::flyToFeature);
        }
        if (!parsed.problems().isEmpty()) {
            // Say what was wrong, and let the address bar show the state actually shown.
            Notification note = Notification.show("This link had values the map could not use: "
                    + parsed.problems().stream().map(MapState.Problem::toString).collect(Collectors.joining("; ")),
                    8000, Notification.Position.BOTTOM_START);
            note.setId("link-problems");
            replaceUrl();
        }
    }



    /** A feature chosen away from the map (search, profile link): put it on the map, fly there, select it. */
    private void revealAndSelect(Selection selection) {
        state = reveal.reveal(state, selection);
        // An organisation is shown by outlining its members on the date.
        Optional<String> organisation = layers.find(selection.layer()).flatMap(l -> l.organisationOf(selection.id()));
        if (organisation.isPresent()) {
            state = state.withOrganisation(organisation);
            map.setState(state);
        }
        map.setDate(state.asOf());
        map.showLayers(state.layers());
        select(selection);
        map.flyToFeature(selection);
    }

    private void select(Selection selection) {
        state = state.withSelection(Optional.of(selection));
        map.select(state.selection());
        details.show(state.selection(), state.asOf());
        UI.getCurrent().navigate(ExplorerView.class, query());
    }

    private void replaceUrl() {
        String path = RouteConfiguration.forSessionScope().getUrl(ExplorerView.class);
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(path, query()));
    }

    /** Remembered per session, so that a briefing editor's "Capture current map" can take this view. */
    private void remember() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(MapState.class, state);
        }
    }

    private QueryParameters query() {
        remember();
        if (from.isEmpty()) {
            return Permalink.toQuery(state);
        }
        Map<String, List<String>> params = new LinkedHashMap<>(Permalink.toQuery(state).getParameters());
        params.put("from", List.of(from.get()));
        return new QueryParameters(params);
    }
}
