package org.influenceatlas.map.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import kotlin.jvm.functions.Function0;
import org.influenceatlas.account.Role;
import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.editing.ui.KaribuSignIn;
import org.influenceatlas.presence.PresenceLayer;
import org.influenceatlas.presence.PresenceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The details panel offers each curator what they may do with the selected fact. */
@SpringBootTest
@ActiveProfiles("test")
class DetailsEditLinksTest {

    private static Routes routes;

    @Autowired
    ApplicationContext context;
    @Autowired
    PresenceService presences;
    @Autowired
    AlignmentService alignments;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.influenceatlas");
        routes.getRoutes().add(ExplorerView.class);
    }

    @BeforeEach
    void setUp() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDown() {
        KaribuSignIn.out();
        MockVaadin.tearDown();
    }

    private void select(String selection) {
        UI.getCurrent().navigate("", QueryParameters.fromString("select=" + selection));
    }

    private String presenceId() {
        return presences.all().get(0).id();
    }

    @Test
    void an_editor_gets_edit_linking_to_the_selected_facts_form() {
        KaribuSignIn.as("ed", Role.EDITOR);
        select(PresenceLayer.ID + ":" + presenceId());
        Anchor edit = _get(Anchor.class, s -> s.withId("details-edit"));
        assertThat(edit.getText()).isEqualTo("Edit");
        assertThat(edit.getHref()).isEqualTo("edit/presence/" + presenceId());
    }

    @Test
    void a_signed_in_reader_gets_propose_a_correction_to_the_same_form() {
        KaribuSignIn.as("reader", Role.READER);
        select(PresenceLayer.ID + ":" + presenceId());
        Anchor edit = _get(Anchor.class, s -> s.withId("details-edit"));
        assertThat(edit.getText()).isEqualTo("Propose a correction");
        assertThat(edit.getHref()).isEqualTo("edit/presence/" + presenceId());
        assertThat(_find(Anchor.class, s -> s.withText("New membership"))).isEmpty();
    }

    @Test
    void nobody_signed_in_gets_a_sign_in_link_and_no_edit() {
        select(PresenceLayer.ID + ":" + presenceId());
        assertThat(_find(Anchor.class, s -> s.withId("details-edit"))).isEmpty();
        assertThat(_get(Anchor.class, s -> s.withId("details-sign-in")).getHref()).isEqualTo("login");
    }

    @Test
    void a_country_links_to_its_names_and_to_each_of_its_memberships_and_stances() {
        KaribuSignIn.as("ed", Role.EDITOR);
        var alignment = alignments.all().stream().filter(a -> !a.memberships().isEmpty() && !a.stances().isEmpty())
                .findFirst().orElseThrow();
        select(alignment.country().value());
        assertThat(_get(Anchor.class, s -> s.withId("details-edit")).getHref()).isEqualTo("edit/country/" + alignment.country().value());
        var hrefs = _find(Anchor.class).stream().map(Anchor::getHref).toList();
        assertThat(hrefs).contains("edit/membership/" + alignment.memberships().get(0).id(),
                "edit/stance/" + alignment.stances().get(0).id());
    }
}
