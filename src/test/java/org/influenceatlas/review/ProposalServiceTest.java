package org.influenceatlas.review;

import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.FieldDiff;
import org.influenceatlas.base.History;
import org.influenceatlas.base.InvalidField;
import org.influenceatlas.base.Change;
import org.influenceatlas.base.Revision;
import org.influenceatlas.event.Event;
import org.influenceatlas.event.EventService;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceService;
import org.influenceatlas.source.Citation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.influenceatlas.account.Role.EDITOR;
import static org.influenceatlas.account.Role.READER;
import static org.influenceatlas.account.Role.REVIEWER;
import static org.influenceatlas.review.TestActing.as;

/**
 * Review before publishing and no lost updates, at the service: a proposal changes nothing
 * readers see until another reviewer approves it; two edits of one fact cannot both win; every
 * refusal names its field. Each test works on a fact of its own in the fixture dataset.
 */
@SpringBootTest(properties = "atlas.data.dir=src/test/resources/fixture-data")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProposalServiceTest {

    @Autowired
    ProposalService proposals;
    @Autowired
    PresenceService presences;
    @Autowired
    EventService events;
    @Autowired
    History history;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.influenceatlas.account.AuditTrail audit;

    private MilitaryPresence presence(int index) {
        return presences.all().get(index);
    }

    private static MilitaryPresence renamed(MilitaryPresence p, String name) {
        return new MilitaryPresence(p.id(), name, p.altNames(), p.kind(), p.operator(), p.host(), p.location(), p.precision(),
                p.locationNote(), p.period(), p.status(), p.personnel(), p.notes(), p.history(), p.citations(), p.offshore());
    }

    @Test
    void readers_see_the_published_fact_until_another_reviewer_approves_the_proposal() {
        MilitaryPresence before = presence(0);
        Proposal proposal = as("alice", EDITOR, () -> proposals.propose(
                Draft.update("presence", before.id(), before, renamed(before, before.name() + " (renamed)"), "the ministry's name")));

        assertThat(proposal.state()).isEqualTo(Proposal.State.PENDING);
        assertThat(presences.find(before.id()).orElseThrow().name()).isEqualTo(before.name());
        List<Proposal> queue = as("bob", REVIEWER, () -> proposals.pending());
        Proposal queued = queue.stream().filter(p -> p.id() == proposal.id()).findFirst().orElseThrow();
        assertThat(queued.author()).isEqualTo("alice");
        assertThat(queued.note()).isEqualTo("the ministry's name");
        assertThat(queued.changes().get(0).differences())
                .containsExactly(new FieldDiff.Difference("name", quoted(before.name()), quoted(before.name() + " (renamed)")));

        long lastBefore = history.latest();
        Proposal published = as("bob", REVIEWER, () -> proposals.approve(proposal.id(), "checked against the decree"));

        assertThat(published.state()).isEqualTo(Proposal.State.PUBLISHED);
        assertThat(published.reviewer()).isEqualTo("bob");
        assertThat(presences.find(before.id()).orElseThrow().name()).isEqualTo(before.name() + " (renamed)");
        Revision revision = history.of("presence", before.id()).get(history.of("presence", before.id()).size() - 1);
        assertThat(revision.id()).isGreaterThan(lastBefore);
        assertThat(revision.author()).isEqualTo("alice");
        assertThat(revision.comment()).contains("the ministry's name", "bob", "checked against the decree", "#" + proposal.id());
        assertThat(jdbc.sql("SELECT changeset FROM revision WHERE id = ?").param(revision.id()).query(Long.class).single())
                .isEqualTo(proposal.id());
        assertThat(audit.recent(org.influenceatlas.account.AuditTrail.PROPOSED, 0, 100))
                .anyMatch(e -> e.actor().equals("alice") && e.detail().startsWith("proposal " + proposal.id() + ":"));
        assertThat(audit.recent(org.influenceatlas.account.AuditTrail.PUBLISHED, 0, 100))
                .anyMatch(e -> e.actor().equals("bob") && e.detail().startsWith("proposal " + proposal.id() + " by alice"));
    }

    @Test
    void a_reviewer_cannot_approve_their_own_proposal_but_another_reviewer_can() {
        MilitaryPresence before = presence(1);
        Proposal proposal = as("rita", REVIEWER, () -> proposals.propose(
                Draft.update("presence", before.id(), before, renamed(before, before.name() + " II"), null)));

        assertThatThrownBy(() -> as("rita", REVIEWER, () -> proposals.approve(proposal.id(), null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class).hasMessageContaining("another reviewer");
        assertThat(presences.find(before.id()).orElseThrow().name()).isEqualTo(before.name());

        as("sam", REVIEWER, () -> proposals.approve(proposal.id(), null));
        assertThat(presences.find(before.id()).orElseThrow().name()).isEqualTo(before.name() + " II");
    }

    @Test
    void a_rejected_proposal_publishes_nothing_and_its_author_sees_why() {
        Event before = events.all().get(0);
        Event after = new Event(before.id(), before.period(), before.name() + " (disputed)", before.altNames(), before.kind(),
                before.location(), before.precision(), before.place(), before.countries(), before.summary(), before.citations(),
                before.site(), before.offshore());
        Proposal proposal = as("alice", READER, () -> proposals.propose(Draft.update("event", before.id(), before, after, "typo")));

        assertThatThrownBy(() -> as("bob", REVIEWER, () -> proposals.reject(proposal.id(), " ")))
                .isInstanceOf(InvalidField.class).hasMessageStartingWith("note:");
        as("bob", REVIEWER, () -> proposals.reject(proposal.id(), "the source does not say so"));

        assertThat(events.find(before.id()).orElseThrow().name()).isEqualTo(before.name());
        Proposal mine = as("alice", READER, () -> proposals.mine()).stream().filter(p -> p.id() == proposal.id()).findFirst().orElseThrow();
        assertThat(mine.state()).isEqualTo(Proposal.State.REJECTED);
        assertThat(mine.reviewNote()).isEqualTo("the source does not say so");
        assertThat(as("bob", REVIEWER, () -> proposals.pending())).noneMatch(p -> p.id() == proposal.id());
    }

    @Test
    void the_second_of_two_edits_of_one_fact_is_refused_field_by_field_and_keeps_its_draft() {
        MilitaryPresence loaded = presence(1);
        MilitaryPresence alices = renamed(loaded, "Alice's name");
        MilitaryPresence carols = new MilitaryPresence(loaded.id(), loaded.name(), loaded.altNames(), loaded.kind(),
                loaded.operator(), loaded.host(), loaded.location(), loaded.precision(), loaded.locationNote(), loaded.period(),
                loaded.status(), "about 900", loaded.notes(), loaded.history(), loaded.citations(), loaded.offshore());
        Proposal first = as("alice", EDITOR, () -> proposals.propose(Draft.update("presence", loaded.id(), loaded, alices, null)));

        Draft carolsDraft = Draft.update("presence", loaded.id(), loaded, carols, "personnel per the 2024 report");
        EditConflict whilePending = catchConflict(() -> as("carol", EDITOR, () -> proposals.propose(carolsDraft)));
        assertThat(whilePending.pendingProposal()).isEqualTo(first.id());
        assertThat(whilePending.otherAuthor()).isEqualTo("alice");
        assertThat(whilePending.draft()).isSameAs(carolsDraft);
        assertThat(whilePending.fields()).containsExactly(
                new EditConflict.FieldConflict("name", quoted(loaded.name()), quoted("Alice's name"), quoted(loaded.name())));

        as("bob", REVIEWER, () -> proposals.approve(first.id(), null));
        EditConflict afterPublication = catchConflict(() -> as("carol", EDITOR, () -> proposals.propose(carolsDraft)));
        assertThat(afterPublication.pendingProposal()).isNull();
        assertThat(afterPublication.otherAuthor()).isEqualTo("alice");
        assertThat(afterPublication.fields()).extracting(EditConflict.FieldConflict::field).containsExactly("name");
        assertThat(presences.find(loaded.id()).orElseThrow().personnel()).isEqualTo(loaded.personnel());
    }

    @Test
    void approval_checks_the_base_again_so_a_stale_proposal_never_overwrites_a_later_publication() {
        Event loaded = events.all().get(events.all().size() - 1);
        Event proposed = new Event(loaded.id(), loaded.period(), "Proposed name", loaded.altNames(), loaded.kind(),
                loaded.location(), loaded.precision(), loaded.place(), loaded.countries(), loaded.summary(), loaded.citations(),
                loaded.site(), loaded.offshore());
        Proposal proposal = as("alice", EDITOR, () -> proposals.propose(Draft.update("event", loaded.id(), loaded, proposed, null)));
        Event meanwhile = new Event(loaded.id(), loaded.period(), loaded.name(), loaded.altNames(), loaded.kind(),
                loaded.location(), loaded.precision(), "Written meanwhile", loaded.countries(), loaded.summary(),
                loaded.citations(), loaded.site(), loaded.offshore());
        events.save(Change.by("another writer", "direct"), meanwhile);

        EditConflict conflict = catchConflict(() -> as("bob", REVIEWER, () -> proposals.approve(proposal.id(), null)));
        assertThat(conflict.fields()).extracting(EditConflict.FieldConflict::field).containsExactly("place");
        assertThat(events.find(loaded.id()).orElseThrow()).isEqualTo(meanwhile);
        assertThat(as("bob", REVIEWER, () -> proposals.pending())).anyMatch(p -> p.id() == proposal.id());
        as("alice", EDITOR, () -> proposals.withdraw(proposal.id()));
    }

    @Test
    void creating_and_retiring_need_an_editor_and_are_published_on_approval() {
        Event template = events.all().get(0);
        Event created = new Event("EV-REVIEW-NEW", template.period(), "A proposed event", List.of(), template.kind(),
                template.location(), template.precision(), template.place(), template.countries(), null,
                List.of(new Citation(template.citations().get(0).sourceId(), "p. 3", null)));
        assertThatThrownBy(() -> as("rudi", READER, () -> proposals.propose(Draft.create("event", created.id(), created, null))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class).hasMessageContaining("editor");

        Proposal creation = as("alice", EDITOR, () -> proposals.propose(Draft.create("event", created.id(), created, "new")));
        assertThat(events.find(created.id())).isEmpty();
        as("bob", REVIEWER, () -> proposals.approve(creation.id(), null));
        assertThat(events.find(created.id())).contains(created);

        Proposal retirement = as("alice", EDITOR, () -> proposals.propose(Draft.retire("event", created.id(), created, "duplicate")));
        as("bob", REVIEWER, () -> proposals.approve(retirement.id(), null));
        assertThat(events.find(created.id())).isEmpty();
        assertThat(history.of("event", created.id())).extracting(Revision::action)
                .containsExactly(Revision.Action.CREATE, Revision.Action.RETIRE);
    }

    @Test
    void a_refused_value_names_its_field() {
        MilitaryPresence loaded = presence(0);
        MilitaryPresence unknownHost = new MilitaryPresence(loaded.id(), loaded.name(), loaded.altNames(), loaded.kind(),
                loaded.operator(), CountryCode.of("QQQ"), loaded.location(), loaded.precision(), loaded.locationNote(),
                loaded.period(), loaded.status(), loaded.personnel(), loaded.notes(), loaded.history(), loaded.citations(),
                loaded.offshore());
        assertField(Draft.update("presence", loaded.id(), loaded, unknownHost, null), "after.host");

        MilitaryPresence unknownSource = new MilitaryPresence(loaded.id(), loaded.name(), loaded.altNames(), loaded.kind(),
                loaded.operator(), loaded.host(), loaded.location(), loaded.precision(), loaded.locationNote(),
                loaded.period(), loaded.status(), loaded.personnel(), loaded.notes(), loaded.history(),
                List.of(Citation.of("no-such-source")), loaded.offshore());
        assertField(Draft.update("presence", loaded.id(), loaded, unknownSource, null), "after.citations[0].sourceId");

        MilitaryPresence tooLong = renamed(loaded, "x".repeat(301));
        assertField(Draft.update("presence", loaded.id(), loaded, tooLong, null), "after.name");
        assertField(Draft.update("presence", loaded.id(), loaded, loaded, null), "after");
        assertField(Draft.update("fort", loaded.id(), loaded, loaded, null), "type");
        assertField(new Draft("presence", loaded.id(), null, loaded, loaded, null), "action");
        assertThat(as("bob", REVIEWER, () -> proposals.pending())).noneMatch(p -> p.changes().get(0).id().equals(loaded.id()));
    }

    @Test
    void of_two_proposals_on_one_fact_sent_at_the_same_moment_exactly_one_is_stored() throws Exception {
        Event loaded = events.all().get(0);
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Object>> results = new java.util.ArrayList<>();
            for (String author : List.of("ann", "ben")) {
                Event after = new Event(loaded.id(), loaded.period(), loaded.name() + " by " + author, loaded.altNames(),
                        loaded.kind(), loaded.location(), loaded.precision(), loaded.place(), loaded.countries(),
                        loaded.summary(), loaded.citations(), loaded.site(), loaded.offshore());
                results.add(pool.submit(() -> as(author, EDITOR, () -> {
                    try {
                        start.await();
                        return (Object) proposals.propose(Draft.update("event", loaded.id(), loaded, after, null));
                    } catch (EditConflict refused) {
                        return refused;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })));
            }
            List<Object> outcomes = new java.util.ArrayList<>();
            for (var result : results) {
                outcomes.add(result.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn(Proposal.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(EditConflict.class::isInstance).singleElement()
                    .satisfies(c -> assertThat(((EditConflict) c).pendingProposal()).isNotNull());
            Proposal stored = (Proposal) outcomes.stream().filter(Proposal.class::isInstance).findFirst().orElseThrow();
            as(stored.author(), EDITOR, () -> proposals.withdraw(stored.id()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nobody_signed_in_can_propose() {
        MilitaryPresence loaded = presence(0);
        assertThatThrownBy(() -> proposals.propose(Draft.update("presence", loaded.id(), loaded, renamed(loaded, "x"), null)))
                .isInstanceOfAny(org.springframework.security.access.AccessDeniedException.class,
                        org.springframework.security.core.AuthenticationException.class);
    }

    private void assertField(Draft draft, String field) {
        assertThatThrownBy(() -> as("alice", EDITOR, () -> proposals.propose(draft)))
                .isInstanceOf(InvalidField.class)
                .satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo(field));
    }

    private static String quoted(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
    }

    private static EditConflict catchConflict(Runnable call) {
        try {
            call.run();
        } catch (EditConflict e) {
            return e;
        }
        throw new AssertionError("expected an EditConflict");
    }
}
