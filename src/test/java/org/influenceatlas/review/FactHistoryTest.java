package org.influenceatlas.review;

import org.influenceatlas.base.Change;
import org.influenceatlas.base.Revision;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.influenceatlas.account.Role.EDITOR;
import static org.influenceatlas.account.Role.REVIEWER;
import static org.influenceatlas.review.TestActing.as;

/**
 * A fact's history lists each edit with who, when, why, the reviewer and the field-by-field
 * change of the whole fact; a revert is a new pending proposal that warns about the later edits
 * it undoes; a retired fact stays in its history and can be restored. Each test starts from a
 * database of its own.
 */
@SpringBootTest(properties = "atlas.data.dir=src/test/resources/fixture-data")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_EACH_TEST_METHOD)
class FactHistoryTest {

    @Autowired
    FactHistory histories;
    @Autowired
    ProposalService proposals;
    @Autowired
    PresenceService presences;

    private static MilitaryPresence with(MilitaryPresence p, String name, String personnel) {
        return new MilitaryPresence(p.id(), name, p.altNames(), p.kind(), p.operator(), p.host(), p.location(), p.precision(),
                p.locationNote(), p.period(), p.status(), personnel, p.notes(), p.history(), p.citations(), p.offshore());
    }

    private void publish(String author, Draft draft) {
        Proposal proposal = as(author, EDITOR, () -> proposals.propose(draft));
        as("rev", REVIEWER, () -> proposals.approve(proposal.id(), "checked"));
    }

    @Test
    void each_version_says_who_when_why_the_reviewer_and_what_changed_field_by_field() {
        MilitaryPresence original = presences.all().get(0);
        publish("alice", Draft.update("presence", original.id(), original, with(original, "New name", original.personnel()), "renamed"));
        MilitaryPresence renamed = presences.find(original.id()).orElseThrow();
        publish("carol", Draft.update("presence", original.id(), renamed, with(renamed, renamed.name(), "about 10"), "new count"));

        List<FactHistory.Version> versions = histories.history("presence", original.id());

        assertThat(versions).hasSize(3);
        assertThat(versions.get(0).author()).isEqualTo(Change.DATASET_IMPORT);
        assertThat(versions.get(0).differences()).extracting(d -> d.path()).contains("name", "citations");
        FactHistory.Version rename = versions.get(1);
        assertThat(rename.author()).isEqualTo("alice");
        assertThat(rename.reviewer()).isEqualTo("rev");
        assertThat(rename.comment()).contains("renamed");
        assertThat(rename.changeset()).isNotNull();
        assertThat(rename.differences()).extracting(d -> d.path()).containsExactly("name");
        assertThat(versions.get(2).differences()).extracting(d -> d.path()).containsExactly("personnel");
    }

    @Test
    void reverting_proposes_the_old_version_and_warns_about_the_later_edits_it_undoes() {
        MilitaryPresence original = presences.all().get(0);
        publish("alice", Draft.update("presence", original.id(), original, with(original, "New name", original.personnel()), "renamed"));
        MilitaryPresence renamed = presences.find(original.id()).orElseThrow();
        publish("carol", Draft.update("presence", original.id(), renamed, with(renamed, renamed.name(), "about 10"), "new count"));
        long imported = histories.history("presence", original.id()).get(0).revision();

        FactHistory.Revert revert = as("dave", EDITOR, () -> histories.revert("presence", original.id(), imported, "back to the release"));

        assertThat(revert.warnings()).hasSize(2);
        assertThat(revert.warnings().get(0)).contains("name", "alice");
        assertThat(revert.warnings().get(1)).contains("personnel", "carol");
        assertThat(revert.proposal().state()).isEqualTo(Proposal.State.PENDING);
        assertThat(presences.find(original.id()).orElseThrow().personnel()).isEqualTo("about 10");
        as("rev", REVIEWER, () -> proposals.approve(revert.proposal().id(), null));
        assertThat(presences.find(original.id())).contains(original);
    }

    @Test
    void a_retired_fact_stays_in_its_history_and_can_be_restored() {
        MilitaryPresence original = presences.all().get(0);
        publish("alice", Draft.retire("presence", original.id(), original, "closed"));
        assertThat(presences.find(original.id())).isEmpty();
        assertThat(histories.isRetired("presence", original.id())).isTrue();
        List<FactHistory.Version> versions = histories.history("presence", original.id());
        assertThat(versions.get(versions.size() - 1).exists()).isFalse();
        assertThat(versions.get(versions.size() - 1).author()).isEqualTo("alice");

        Proposal restoration = as("alice", EDITOR, () -> histories.restore("presence", original.id(), "not closed after all"));
        assertThat(restoration.changes().get(0).action()).isEqualTo(Revision.Action.RESTORE);
        as("rev", REVIEWER, () -> proposals.approve(restoration.id(), null));

        assertThat(presences.find(original.id())).contains(original);
        assertThat(histories.isRetired("presence", original.id())).isFalse();
    }
}
