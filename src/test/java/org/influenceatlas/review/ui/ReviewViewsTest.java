package org.influenceatlas.review.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import kotlin.jvm.functions.Function0;
import org.influenceatlas.account.Role;
import org.influenceatlas.editing.ui.KaribuSignIn;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceService;
import org.influenceatlas.review.Draft;
import org.influenceatlas.review.Proposal;
import org.influenceatlas.review.ProposalService;
import org.influenceatlas.source.SourceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.influenceatlas.review.TestActing.as;

/**
 * What curators see: the review queue shows each pending change field by field with its sources'
 * grades and the author's note, and publishes or rejects it with a note; the author's list shows
 * the outcome; a fact's history offers a revert that warns about the later edits it undoes.
 */
@SpringBootTest(properties = "atlas.data.dir=src/test/resources/fixture-data")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_EACH_TEST_METHOD)
class ReviewViewsTest {

    private static Routes routes;

    @Autowired
    ApplicationContext context;
    @Autowired
    ProposalService proposals;
    @Autowired
    PresenceService presences;
    @Autowired
    SourceService sources;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.influenceatlas");
        // Package-private views are not discovered.
        routes.getRoutes().addAll(List.of(ReviewQueueView.class, MyProposalsView.class, FactHistoryView.class));
    }

    @BeforeEach
    void setUp() {
        Function0<UI> ui = UI::new;
        MockVaadin.setup(ui, new MockSpringServlet(routes, context, ui));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        org.influenceatlas.account.SignIn.out();
    }

    private static MilitaryPresence renamed(MilitaryPresence p, String name) {
        return new MilitaryPresence(p.id(), name, p.altNames(), p.kind(), p.operator(), p.host(), p.location(), p.precision(),
                p.locationNote(), p.period(), p.status(), p.personnel(), p.notes(), p.history(), p.citations(), p.offshore());
    }

    private Proposal proposeRename(String author, MilitaryPresence p, String name) {
        return as(author, Role.EDITOR, () -> proposals.propose(Draft.update("presence", p.id(), p, renamed(p, name), "per the decree")));
    }

    @Test
    void the_queue_shows_the_change_its_sources_and_note_and_a_reviewer_publishes_it() {
        MilitaryPresence p = presences.all().get(0);
        Proposal proposal = proposeRename("alice", p, "Renamed base");
        KaribuSignIn.as("bob", Role.REVIEWER);
        UI.getCurrent().navigate("review");

        Div card = _get(Div.class, spec -> spec.withClasses("proposal"));
        assertThat(card.getElement().getText() + texts(card)).contains("alice", "per the decree");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("before")).getText()).isEqualTo(p.name());
        assertThat(_get(card, Span.class, spec -> spec.withClasses("after")).getText()).isEqualTo("Renamed base");
        String firstSource = sources.find(p.citations().get(0).sourceId()).orElseThrow().title();
        assertThat(_find(card, ListItem.class)).extracting(ListItem::getText).anyMatch(t -> t.startsWith(firstSource + " — "));

        _get(card, TextArea.class, spec -> spec.withLabel("Reviewer's note")).setValue("matches the decree");
        _click(_get(card, Button.class, spec -> spec.withText("Approve and publish")));

        assertThat(_get(ReviewQueueView.class).message.getText()).contains("Published proposal #" + proposal.id());
        assertThat(presences.find(p.id()).orElseThrow().name()).isEqualTo("Renamed base");
        assertThat(_find(Div.class, spec -> spec.withClasses("proposal"))).isEmpty();

        KaribuSignIn.as("alice", Role.EDITOR);
        UI.getCurrent().navigate("proposals");
        Div mine = _get(Div.class, spec -> spec.withClasses("proposal"));
        assertThat(texts(mine)).contains("published", "Published by bob: matches the decree");
    }

    @Test
    void a_reviewer_cannot_publish_their_own_proposal_and_a_rejection_reaches_its_author() {
        MilitaryPresence p = presences.all().get(0);
        proposeRename("bob", p, "Bob's name");
        KaribuSignIn.as("bob", Role.REVIEWER);
        UI.getCurrent().navigate("review");
        assertThat(_get(Button.class, spec -> spec.withText("Approve and publish")).isEnabled()).isFalse();

        KaribuSignIn.as("rita", Role.REVIEWER);
        UI.getCurrent().navigate("review");
        _get(TextArea.class, spec -> spec.withLabel("Reviewer's note")).setValue("no source says so");
        _click(_get(Button.class, spec -> spec.withText("Reject")));
        assertThat(presences.find(p.id()).orElseThrow().name()).isEqualTo(p.name());

        KaribuSignIn.as("bob", Role.REVIEWER);
        UI.getCurrent().navigate("proposals");
        assertThat(texts(_get(Div.class, spec -> spec.withClasses("proposal")))).contains("rejected", "Rejected by rita: no source says so");
    }

    @Test
    void the_history_lists_each_version_and_a_revert_warns_about_the_later_edits_it_undoes() {
        MilitaryPresence p = presences.all().get(0);
        Proposal rename = proposeRename("alice", p, "Renamed base");
        as("bob", Role.REVIEWER, () -> proposals.approve(rename.id(), "ok"));

        KaribuSignIn.as("carol", Role.EDITOR);
        UI.getCurrent().navigate("history/presence/" + p.id());
        List<Div> versions = _find(Div.class, spec -> spec.withClasses("version"));
        assertThat(versions).hasSize(2);
        assertThat(texts(versions.get(0))).contains("alice", "per the decree", "reviewed by bob");
        assertThat(_get(versions.get(0), Span.class, spec -> spec.withClasses("after")).getText()).isEqualTo("Renamed base");

        _click(_get(versions.get(1), Button.class, spec -> spec.withText("Revert to this version")));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText).toList())
                .anyMatch(t -> t.contains("undoes name as changed by alice"));
        _click(_get(Button.class, spec -> spec.withText("Propose this revert")));

        assertThat(_get(FactHistoryView.class).message.getText()).contains("Revert proposed");
        assertThat(presences.find(p.id()).orElseThrow().name()).isEqualTo("Renamed base");
        assertThat(as("carol", Role.EDITOR, () -> proposals.mine())).singleElement()
                .satisfies(mine -> assertThat(mine.changes().get(0).differences()).extracting(d -> d.path()).containsExactly("name"));
    }

    private static String texts(com.vaadin.flow.component.Component root) {
        StringBuilder text = new StringBuilder();
        root.getElement().getChildren().forEach(e -> text.append(e.getTextRecursively()).append(' '));
        return text.toString();
    }
}
