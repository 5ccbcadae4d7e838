package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.textfield.NumberField;
import org.influenceatlas.base.Revision;
import org.influenceatlas.review.ProposedChange;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.presence.PresenceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class PresenceFormTest extends FormTesting {

    @Autowired
    PresenceService presences;

    /** A presence with a status history, from the bundled data. */
    MilitaryPresence withHistory() {
        return presences.all().stream().filter(p -> !p.history().isEmpty()).findFirst().orElseThrow();
    }

    @Test
    void loading_a_presence_fills_its_fields_and_its_status_history() {
        MilitaryPresence p = withHistory();
        open("edit/presence/" + p.id());
        assertThat(field("Id").getValue()).isEqualTo(p.id());
        assertThat(field("Id").isReadOnly()).isTrue();
        assertThat(field("Name").getValue()).isEqualTo(p.name());
        assertThat(field("Host (country code)").getValue()).isEqualTo(p.host().value());
        assertThat(_get(NumberField.class, spec -> spec.withLabel("Latitude")).getValue()).isEqualTo(p.location().latitude());
        assertThat(_find(StatusChangeRow.class)).hasSize(p.history().size());
        assertThat(_find(StatusChangeRow.class).get(0).from.getValue()).isEqualTo(p.history().get(0).from().toString());
    }

    @Test
    void a_latitude_out_of_range_and_an_unknown_host_are_refused_at_their_fields_and_the_draft_is_kept() {
        MilitaryPresence p = withHistory();
        EditView view = open("edit/presence/" + p.id());
        NumberField latitude = _get(NumberField.class, spec -> spec.withLabel("Latitude"));
        latitude.setValue(95.0);
        field("Host (country code)").setValue("QQQ");
        field("Name").setValue("A name I typed");
        saveRefused();
        assertRefusedAt(latitude, "outside -90..90");
        assertRefusedAt(field("Host (country code)"), "unknown country code 'QQQ'");
        assertThat(text(view)).contains("Not saved, nothing lost");
        assertThat(sent()).isEmpty();
        assertThat(latitude.getValue()).isEqualTo(95.0);
        assertThat(field("Name").getValue()).isEqualTo("A name I typed");
    }

    @Test
    void a_status_change_without_a_date_is_refused_at_its_own_field() {
        MilitaryPresence p = withHistory();
        open("edit/presence/" + p.id());
        StatusChangeRow row = _find(StatusChangeRow.class).get(0);
        row.from.setValue("2024-13");
        saveRefused();
        assertRefusedAt(row.from, "month 13 is outside 1..12");
        assertThat(row.from.getValue()).isEqualTo("2024-13");
        assertThat(sent()).isEmpty();
    }

    @Test
    void a_good_save_submits_a_pending_proposal_with_the_changed_record_and_the_note() {
        MilitaryPresence p = withHistory();
        EditView view = open("edit/presence/" + p.id());
        field("Name").setValue(p.name() + " (renamed)");
        save("Renamed after the ministry's statement");
        assertThat(sent()).hasSize(1);
        assertThat(sent().get(0).note()).isEqualTo("Renamed after the ministry's statement");
        ProposedChange change = lastChange();
        assertThat(change.type()).isEqualTo("presence");
        assertThat(change.action()).isEqualTo(Revision.Action.UPDATE);
        assertThat(change.base()).isEqualTo(p);
        MilitaryPresence after = (MilitaryPresence) change.after();
        assertThat(after.name()).isEqualTo(p.name() + " (renamed)");
        assertThat(after).usingRecursiveComparison().ignoringFields("name").isEqualTo(p);
        assertThat(text(view)).contains("waits for review");
        assertThat(presences.find(p.id()).orElseThrow().name()).as("published version unchanged").isEqualTo(p.name());
    }
}
