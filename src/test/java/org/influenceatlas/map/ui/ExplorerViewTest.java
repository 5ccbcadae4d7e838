package org.influenceatlas.map.ui;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JsonCodec;
import com.vaadin.flow.router.QueryParameters;
import elemental.json.Json;
import elemental.json.JsonObject;
import kotlin.Unit;
import kotlin.jvm.functions.Function0;
import kotlin.jvm.functions.Function1;
import org.influenceatlas.map.AtlasMap;
import org.influenceatlas.search.Hit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The explorer on the real dataset, in a mocked Vaadin UI backed by the Spring context. */
@SpringBootTest
@ActiveProfiles("test")
class ExplorerViewTest {

    private static Routes routes;

    @Autowired
    ApplicationContext context;

    private final List<String> jsCalls = new ArrayList<>();
    private List<Function1<PendingJavaScriptInvocation, Unit>> handlersBefore;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.influenceatlas");
        // Karibu's discovery skips classes that are not public; the explorer is package-private
        routes.getRoutes().add(ExplorerView.class);
    }

    @BeforeEach
    void openTheExplorer() {
        handlersBefore = TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers();
        List<Function1<PendingJavaScriptInvocation, Unit>> handlers = new ArrayList<>(handlersBefore);
        handlers.add(invocation -> {
            jsCalls.add(describe(invocation));
            return Unit.INSTANCE;
        });
        TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(handlers);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void closeIt() {
        MockVaadin.tearDown();
        TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(handlersBefore);
    }

    // --- permalinks ---------------------------------------------------------------------------

    @Test
    void a_permalink_sets_the_maps_date_layers_and_selection() {
        open("asOf=2020-10-01&layers=military-presence,corridors&select=ARM");

        AtlasMap map = map();
        assertThat(map.getElement().getProperty("asOf")).isEqualTo("2020-10-01");
        assertThat(map.getElement().getProperty("layers").split(","))
                .containsExactlyInAnyOrder("military-presence", "corridors");
        assertThat(map.getElement().getProperty("selected")).isEqualTo("alignments:ARM");
    }

    @Test
    void a_permalink_to_a_country_shows_its_profile_with_its_memberships() {
        open("asOf=2020-10-01&layers=military-presence,corridors&select=ARM");

        assertThat(title()).isEqualTo("Armenia");
        assertThat(sectionText("Memberships")).contains("CSTO");
        // on 2020-10-01 Armenia was still a full CSTO member: the membership is marked as current
        assertThat(sectionText("Memberships")).contains("● CSTO: member");
    }

    @Test
    void a_permalink_to_a_base_shows_its_name_and_linked_sources() {
        open("select=military-presence:RUS-ARM-01");

        assertThat(title()).contains("Gyumri");
        SourceList sources = _get(SourceList.class);
        assertThat(Markup.text(sources)).startsWith("Sources");
        org.jsoup.select.Elements links = markup(sources).select("a");
        assertThat(links).isNotEmpty();
        assertThat(links).allSatisfy(a -> assertThat(a.attr("href")).isNotBlank());
    }

    @Test
    void each_citation_of_a_base_shows_its_grade_and_the_panel_its_confidence() {
        open("select=military-presence:RUS-ARM-01");

        SourceList sources = _get(SourceList.class);
        org.jsoup.select.Elements grades = markup(sources).select(".atlas-grade");
        assertThat(grades).isNotEmpty();
        assertThat(grades).allSatisfy(g -> assertThat(g.text()).matches("[A-F][1-6]|[A-F]\\?|ungraded"));
        assertThat(Markup.text(sources)).contains("Confidence");
    }

    @Test
    void a_permalink_with_a_selection_and_no_view_flies_to_the_selection() {
        open("select=military-presence:RUS-ARM-01");

        assertThat(jsCalls()).anySatisfy(call -> assertThat(call)
                .contains(".flyToFeature(").endsWith("\"military-presence\",\"RUS-ARM-01\""));
    }

    @Test
    void a_permalink_with_a_view_keeps_that_view_instead_of_flying_to_the_selection() {
        open("select=military-presence:RUS-ARM-01&view=41,45,6");

        assertThat(jsCalls()).anySatisfy(call -> assertThat(call).contains(".setView(").endsWith(",41,45,6"));
        assertThat(jsCalls()).noneSatisfy(call -> assertThat(call).contains("flyToFeature"));
    }

    @Test
    void a_permalink_to_an_id_that_does_not_exist_says_so() {
        open("select=corridors:COR-999");

        assertThat(panelText()).contains("Not found").contains("COR-999");
    }

    @Test
    void a_permalink_naming_a_country_by_name_instead_of_code_opens_and_says_not_found() {
        assertThatCode(() -> open("select=Armenia")).doesNotThrowAnyException();

        assertThat(panelText()).contains("Not found");
    }

    @Test
    void a_permalink_without_a_selection_shows_the_introduction() {
        open("asOf=2020-10-01");

        assertThat(_find(H2.class, s -> s.withId("details-title"))).isEmpty();
        assertThat(panelText()).contains("Every fact is dated and sourced");
    }

    // --- clicks on the map ---------------------------------------------------------------------

    @Test
    void a_click_on_a_corridor_shows_it_in_the_details_panel() {
        open("asOf=2020-10-01&select=ARM");

        clickOnMap("corridors", "COR-06");

        assertThat(title()).contains("Zangezur");
        assertThat(map().getElement().getProperty("selected")).isEqualTo("corridors:COR-06");
    }

    @Test
    void a_click_on_a_corridor_puts_it_in_the_url_and_keeps_the_date() {
        open("asOf=2020-10-01&select=ARM");

        clickOnMap("corridors", "COR-06");

        QueryParameters query = UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters();
        assertThat(query.getParameters().get("select")).containsExactly("corridors:COR-06");
        assertThat(query.getParameters().get("asOf")).containsExactly("2020-10-01");
    }

    @Test
    void a_click_on_a_country_on_the_map_shows_its_profile() {
        open("asOf=2020-10-01");

        clickOnMap("alignments", "ARM");

        assertThat(title()).isEqualTo("Armenia");
    }

    @Test
    void a_click_reported_for_a_country_by_name_does_not_break_the_view() {
        open("asOf=2020-10-01");

        assertThatCode(() -> clickOnMap("alignments", "Armenia")).doesNotThrowAnyException();
        assertThat(panelText()).contains("Not found");
    }

    @Test
    void a_date_moved_in_the_browser_redraws_the_details_for_that_date() {
        open("asOf=2020-10-01&select=ARM");
        assertThat(sectionText("Memberships")).contains("● CSTO: member");

        JsonObject data = Json.createObject();
        data.put("event.detail.asOf", "2024-06-01");
        data.put("event.detail.layers", "military-presence,corridors,alignments,events");
        data.put("event.detail.organisation", "");
        data.put("event.detail.showEnded", true);
        data.put("event.detail.onlineTiles", false);
        data.put("for", "trailing");
        _fireDomEvent(map(), "state-change", data);

        // Armenia froze its CSTO participation on 2024-02-22
        assertThat(sectionText("Memberships")).contains("● CSTO: frozen").contains("○ CSTO: member");
        assertThat(jsCalls()).anySatisfy(call -> assertThat(call).contains("replaceState").contains("asOf=2024-06-01"));
    }

    @Test
    void hiding_ended_sites_in_the_browser_puts_it_in_the_url_and_the_url_restores_it() {
        open("asOf=2020-10-01");
        JsonObject data = Json.createObject();
        data.put("event.detail.asOf", "2020-10-01");
        data.put("event.detail.layers", "military-presence");
        data.put("event.detail.organisation", "");
        data.put("event.detail.showEnded", false);
        data.put("event.detail.onlineTiles", false);
        data.put("for", "trailing");
        _fireDomEvent(map(), "state-change", data);

        assertThat(jsCalls()).anySatisfy(call -> assertThat(call).contains("replaceState").contains("ended=hide"));

        open("asOf=2020-10-01&ended=hide");
        assertThat(map().getElement().getProperty("showEnded", true)).isFalse();
    }

    @Test
    void a_pan_replaces_the_url_with_the_new_view() {
        open("asOf=2020-10-01&select=ARM");

        JsonObject data = Json.createObject();
        data.put("event.detail.lat", 40.5);
        data.put("event.detail.lon", 44.25);
        data.put("event.detail.zoom", 7);
        _fireDomEvent(map(), "view-change", data);

        assertThat(jsCalls()).anySatisfy(call -> assertThat(call).contains("replaceState")
                .contains("view=40.5%2C44.25%2C7").contains("select=ARM"));
    }

    // --- search ----------------------------------------------------------------------------------

    @Test
    void the_search_field_finds_a_base_by_name() {
        open("asOf=2020-10-01");
        ComboBox<Hit> search = searchField();

        ComboBoxKt.setUserInput(search, "Hmeimim");

        assertThat(ComboBoxKt.getSuggestionItems(search)).extracting(Hit::layer, Hit::id)
                .contains(org.assertj.core.groups.Tuple.tuple("military-presence", "RUS-SYR-02"));
    }

    @Test
    void choosing_a_search_hit_selects_it_shows_it_and_flies_there() {
        open("asOf=2020-10-01");
        ComboBox<Hit> search = searchField();
        ComboBoxKt.setUserInput(search, "Hmeimim");
        Hit hit = ComboBoxKt.getSuggestionItems(search).stream()
                .filter(h -> h.id().equals("RUS-SYR-02")).findFirst().orElseThrow();
        jsCalls.clear();

        _setValue(search, hit);

        assertThat(map().getElement().getProperty("selected")).isEqualTo("military-presence:RUS-SYR-02");
        assertThat(title()).contains("Hmeimim");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters().get("select"))
                .containsExactly("military-presence:RUS-SYR-02");
        assertThat(jsCalls()).anySatisfy(call -> assertThat(call)
                .contains(".flyToFeature(").endsWith("\"military-presence\",\"RUS-SYR-02\""));
    }

    @Test
    void choosing_a_search_hit_dated_away_from_the_map_moves_the_date_to_it_and_switches_its_layer_on() {
        open("asOf=2022-01-01&layers=military-presence");
        ComboBox<Hit> search = searchField();
        ComboBoxKt.setUserInput(search, "Russia–Georgia war");
        Hit war = ComboBoxKt.getSuggestionItems(search).stream()
                .filter(h -> h.id().equals("EV-01")).findFirst().orElseThrow();

        _setValue(search, war);

        assertThat(map().getElement().getProperty("asOf")).isEqualTo("2008-08-07");
        assertThat(map().getElement().getProperty("layers").split(",")).containsExactlyInAnyOrder("military-presence", "events");
        assertThat(map().getElement().getProperty("selected")).isEqualTo("events:EV-01");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters().get("asOf"))
                .containsExactly("2008-08-07");
    }

    @Test
    void clearing_the_search_field_keeps_the_selection() {
        open("select=military-presence:RUS-ARM-01");
        ComboBox<Hit> search = searchField();

        _setValue(search, null);

        assertThat(map().getElement().getProperty("selected")).isEqualTo("military-presence:RUS-ARM-01");
    }

    // --- links in the details panel --------------------------------------------------------------

    @Test
    void a_country_profile_links_to_the_bases_it_hosts() {
        open("asOf=2020-10-01&select=ARM");

        assertThat(sectionLinks("Military presence hosted")).extracting(Button::getText)
                .anySatisfy(text -> assertThat(text).contains("Gyumri"));
    }

    @Test
    void clicking_a_base_in_a_country_profile_selects_that_base() {
        open("asOf=2020-10-01&select=ARM");
        Button gyumri = sectionLinks("Military presence hosted").stream()
                .filter(b -> b.getText().contains("Gyumri garrison")).findFirst().orElseThrow();
        jsCalls.clear();

        _click(gyumri);

        assertThat(map().getElement().getProperty("selected")).isEqualTo("military-presence:RUS-ARM-01");
        assertThat(title()).contains("Gyumri");
        QueryParameters query = UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters();
        assertThat(query.getParameters().get("select")).containsExactly("military-presence:RUS-ARM-01");
        assertThat(query.getParameters().get("asOf")).containsExactly("2020-10-01");
        assertThat(jsCalls()).anySatisfy(call -> assertThat(call)
                .contains(".flyToFeature(").endsWith("\"military-presence\",\"RUS-ARM-01\""));
    }

    @Test
    void clicking_a_corridor_in_a_country_profile_selects_that_corridor() {
        open("asOf=2020-10-01&select=ARM");
        Button corridor = sectionLinks("Corridors through").stream()
                .filter(b -> b.getText().contains("Zangezur")).findFirst().orElseThrow();

        _click(corridor);

        assertThat(map().getElement().getProperty("selected")).isEqualTo("corridors:COR-06");
        assertThat(title()).contains("Zangezur");
    }

    @Test
    void clicking_the_host_country_of_a_base_goes_back_to_the_country_profile() {
        open("select=military-presence:RUS-ARM-01");
        Button host = sectionLinks("Countries").stream()
                .filter(b -> b.getText().startsWith("Host:")).findFirst().orElseThrow();

        _click(host);

        assertThat(title()).isEqualTo("Armenia");
        assertThat(map().getElement().getProperty("selected")).isEqualTo("alignments:ARM");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static void open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
    }

    private static AtlasMap map() {
        return _get(AtlasMap.class);
    }

    private static void clickOnMap(String layer, String id) {
        JsonObject data = Json.createObject();
        data.put("event.detail.layer", layer);
        data.put("event.detail.id", id);
        _fireDomEvent(map(), "feature-click", data);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Hit> searchField() {
        return _get(ComboBox.class, s -> s.withId("atlas-search"));
    }

    private static String title() {
        return _get(H2.class, s -> s.withId("details-title")).getText();
    }

    private static String panelText() {
        return text(_get(DetailsPanel.class).getElement());
    }

    /** The text an element shows, including read-only blocks sent as markup (Markup: fact rows, citations). */
    private static String text(com.vaadin.flow.dom.Element element) {
        if (element.hasProperty("innerHTML")) {
            return org.jsoup.Jsoup.parseBodyFragment(element.getProperty("innerHTML")).text();
        }
        if (element.isTextNode()) {
            return element.getText();
        }
        StringBuilder text = new StringBuilder();
        element.getChildren().forEach(child -> text.append(text(child)));
        return text.toString();
    }

    private static org.jsoup.nodes.Document markup(Component component) {
        return org.jsoup.Jsoup.parseBodyFragment(component.getElement().getProperty("innerHTML"));
    }

    /** The components between the heading that starts with the prefix and the next heading. */
    private static List<Component> section(String headingPrefix) {
        List<Component> children = _get(DetailsPanel.class).getChildren().toList();
        List<Component> body = new ArrayList<>();
        boolean inside = false;
        for (Component child : children) {
            if (child instanceof H3 heading) {
                inside = heading.getText().startsWith(headingPrefix);
            } else if (child instanceof SourceList) {
                inside = false;
            } else if (inside) {
                body.add(child);
            }
        }
        assertThat(body).as("section '" + headingPrefix + "' in the details panel").isNotEmpty();
        return body;
    }

    private static String sectionText(String headingPrefix) {
        StringBuilder text = new StringBuilder();
        section(headingPrefix).forEach(c -> text.append(text(c.getElement())).append('\n'));
        return text.toString();
    }

    private static List<Button> sectionLinks(String headingPrefix) {
        List<Button> links = new ArrayList<>();
        section(headingPrefix).forEach(c -> links.addAll(_find(c, Button.class, s -> s.withClasses("atlas-link"))));
        return links;
    }

    /** JavaScript sent to the browser so far, as "expression | parameters". */
    private List<String> jsCalls() {
        MockVaadin.clientRoundtrip();
        return List.copyOf(jsCalls);
    }

    private static String describe(PendingJavaScriptInvocation invocation) {
        List<String> parameters = new ArrayList<>();
        for (Object p : invocation.getInvocation().getParameters()) {
            parameters.add(p instanceof Element e ? "<" + e.getTag() + ">" : JsonCodec.encodeWithoutTypeInfo(p).toJson());
        }
        return invocation.getInvocation().getExpression() + " | " + String.join(",", parameters);
    }
}
