package org.influenceatlas.briefing.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import kotlin.jvm.functions.Function0;
import org.influenceatlas.account.Role;
import org.influenceatlas.account.SignIn;
import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.BriefingService;
import org.influenceatlas.layer.MapState;
import org.influenceatlas.layer.TestLayers;
import org.influenceatlas.map.Permalink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The briefing editor on the real dataset, in a mocked Vaadin UI backed by the Spring context. */
@SpringBootTest
@ActiveProfiles("test")
class EditorViewTest {

    private static Routes routes;

    @Autowired
    ApplicationContext context;
    @Autowired
    BriefingService briefings;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.influenceatlas");
        routes.getRoutes().add(EditorView.class);
        routes.getRoutes().add(BriefingsView.class);
        routes.getRoutes().add(PresentView.class);
    }

    @BeforeEach
    void setUp() {
        SignIn.forKaribu();
        SignIn.as("ed", Role.EDITOR);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        // The editor is for editors: navigation access control and BriefingService both check.
        SignIn.as("test-editor", Role.EDITOR);
    }

    @AfterEach
    void tearDown() {
        SignIn.out();
        MockVaadin.tearDown();
        SignIn.out();
    }

    @Test
    void a_new_briefing_with_a_cited_slide_is_saved_as_version_1() {
        UI.getCurrent().navigate("briefings/new/edit");
        field("Slug (address)").setValue("test-new");
        field("Title").setValue("A new briefing");
        fillSlide("Gyumri", "Russia keeps its base in Gyumri [@art-2025-azernews-ambitions].");
        _click(button("Save"));
        assertThat(message()).contains("Saved version 1");
        Briefing saved = briefings.find("test-new").orElseThrow();
        assertThat(saved.slides()).hasSize(1);
        assertThat(saved.slide(1).map().asOf()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(saved.bundled()).isFalse();
    }

    @Test
    void a_slide_without_a_citation_is_not_saved_and_the_draft_is_kept() {
        UI.getCurrent().navigate("briefings/new/edit");
        field("Slug (address)").setValue("test-uncited");
        field("Title").setValue("Uncited");
        fillSlide("Claim", "A claim with no source.");
        _click(button("Save"));
        assertThat(message()).contains("Not saved, nothing lost").contains("slide 1").contains("cites no source");
        assertThat(briefings.find("test-uncited")).isEmpty();
        assertThat(area().getValue()).isEqualTo("A claim with no source.");
    }

    @Test
    void a_slide_naming_an_unknown_feature_is_not_saved() {
        UI.getCurrent().navigate("briefings/new/edit");
        field("Slug (address)").setValue("test-unknown");
        field("Title").setValue("Unknown");
        fillSlide("Base", "Text [@art-2025-azernews-ambitions].");
        field("Selected feature id").setValue("NO-SUCH-BASE");
        _click(button("Save"));
        assertThat(message()).contains("unknown feature 'NO-SUCH-BASE'");
        assertThat(briefings.find("test-unknown")).isEmpty();
    }

    @Test
    void a_briefing_saved_by_someone_else_meanwhile_is_not_overwritten() {
        UI.getCurrent().navigate("briefings/karabakh-2020-end-of-pivotal-deterrence/edit");
        Briefing theirs = briefings.find("karabakh-2020-end-of-pivotal-deterrence").orElseThrow();
        briefings.save(new Briefing(theirs.slug(), "Their title", theirs.summary(), theirs.author(), theirs.created(),
                theirs.updated(), theirs.dataAsOf(), false, theirs.version(), theirs.slides()));

        field("Title").setValue("My title");
        _click(button("Save"));
        assertThat(message()).contains("changed by someone else");
        assertThat(briefings.find(theirs.slug()).orElseThrow().title()).isEqualTo("Their title");
        assertThat(field("Title").getValue()).isEqualTo("My title");
    }

    @Test
    void slides_can_be_duplicated_moved_and_deleted_and_the_order_is_saved() {
        UI.getCurrent().navigate("briefings/new/edit");
        field("Slug (address)").setValue("test-order");
        field("Title").setValue("Order");
        fillSlide("First", "One [@art-2025-azernews-ambitions].");
        _click(button("Duplicate"));
        field("Slide title").setValue("Second");
        _click(button("Add slide"));
        field("Slide title").setValue("Third");
        area().setValue("Three [@art-2025-azernews-ambitions].");
        _click(button("Move up"));
        _click(button("Save"));
        assertThat(briefings.find("test-order").orElseThrow().slides()).extracting("title")
                .containsExactly("First", "Third", "Second");

        @SuppressWarnings("unchecked")
        ListBox<Integer> list = _get(ListBox.class, spec -> spec.withId("slide-list"));
        _setValue(list, 0);
        _click(button("Delete slide"));
        _click(button("Save"));
        assertThat(briefings.find("test-order").orElseThrow().slides()).extracting("title").containsExactly("Third", "Second");
    }

    @Test
    void capture_current_map_copies_the_explorers_state_into_the_slide() {
        VaadinSession.getCurrent().setAttribute(MapState.class, Permalink.parse(QueryParameters.simple(Map.of(
                "asOf", "2020-10-01", "layers", "military-presence,corridors", "view", "41,45,6", "select", "ARM")),
                TestLayers.initial(), TestLayers.IDS, LocalDate.now()).state());
        UI.getCurrent().navigate("briefings/new/edit");
        _click(button("Capture current map"));
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Map date")).getValue()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(field("View (lat,lon,zoom)").getValue()).isEqualTo("41,45,6");
        assertThat(field("Selected feature id").getValue()).isEqualTo("ARM");
    }

    @Test
    void update_to_todays_data_first_shows_what_changed_since_the_pin_and_moves_it_only_on_confirmation() {
        Briefing briefing = briefings.find("karabakh-2023-armenias-turn").orElseThrow();
        java.time.Instant pin = java.time.Instant.now().minusSeconds(1);
        briefings.save(briefing.pinnedTo(pin));
        UI.getCurrent().navigate("briefings/" + briefing.slug() + "/edit");

        _click(_get(Button.class, spec -> spec.withId("repin-data")));
        com.vaadin.flow.component.dialog.Dialog dialog = _get(com.vaadin.flow.component.dialog.Dialog.class,
                spec -> spec.withId("pin-changes"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getTextRecursively()).contains("Pinned to ");
        _click(_get(Button.class, spec -> spec.withId("keep-pin")));
        _click(button("Save"));
        assertThat(message()).contains("Saved version");
        assertThat(briefings.find(briefing.slug()).orElseThrow().knownOn()).isEqualTo(pin);

        _click(_get(Button.class, spec -> spec.withId("repin-data")));
        _click(_get(Button.class, spec -> spec.withId("confirm-repin")));
        assertThat(message()).contains("now show the data as the atlas knows it now");
        _click(button("Save"));
        assertThat(message()).contains("Saved version");
        assertThat(briefings.find(briefing.slug()).orElseThrow().knownOn()).isAfter(pin);
        Briefing after = briefings.find(briefing.slug()).orElseThrow();
        briefings.save(after.pinnedTo(briefing.knownOn()));
    }

    private void fillSlide(String title, String body) {
        field("Slide title").setValue(title);
        area().setValue(body);
        _get(DatePicker.class, spec -> spec.withLabel("Map date")).setValue(LocalDate.of(2022, 1, 1));
        field("View (lat,lon,zoom)").setValue("40.5,45,7");
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static TextArea area() {
        return _get(TextArea.class, spec -> spec.withLabel("Text (Markdown; cite as [@source-id] or [@source-id line 12])"));
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private static String message() {
        return _get(Div.class, spec -> spec.withId("editor-messages")).getText();
    }
}
