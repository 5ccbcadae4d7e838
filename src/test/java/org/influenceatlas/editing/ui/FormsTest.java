package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.influenceatlas.account.Role;
import org.influenceatlas.alignment.Membership;
import org.influenceatlas.alignment.Organisation;
import org.influenceatlas.alignment.Stance;
import org.influenceatlas.alignment.StanceValue;
import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.base.Revision;
import org.influenceatlas.corridor.Corridor;
import org.influenceatlas.country.Country;
import org.influenceatlas.event.Event;
import org.influenceatlas.map.GeometryEditor;
import org.influenceatlas.presence.MilitaryPresence;
import org.influenceatlas.review.ProposedChange;
import org.influenceatlas.source.Credibility;
import org.influenceatlas.source.Reliability;
import org.influenceatlas.source.Source;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of fact's form: loading fills it, a bad value is refused at its field with the draft kept, a good save is a proposal. */
@SpringBootTest
@ActiveProfiles("test")
class FormsTest extends FormTesting {

    @Autowired
    PublishedFacts facts;

    private <T> T first(FactType type, Class<T> kind) {
        return kind.cast(facts.all(type).get(0));
    }

    private static JsonObject points(String points, String change, int index) {
        JsonObject data = Json.createObject();
        data.put("event.detail.points", points);
        data.put("event.detail.change", change);
        data.put("event.detail.index", index);
        return data;
    }

    @Test
    void a_corridor_loads_its_segments_refuses_a_route_of_one_town_and_proposes_a_moved_waypoint() {
        Corridor c = first(FactType.CORRIDOR, Corridor.class);
        open("edit/corridor/" + c.id());
        assertThat(field("Name").getValue()).isEqualTo(c.name());
        List<SegmentRow> segments = _find(SegmentRow.class);
        assertThat(segments).hasSize(c.segments().size());
        SegmentRow first = segments.get(0);
        assertThat(first.route.rows()).hasSize(c.segments().get(0).route().size());
        assertThat(first.map.getWaypoints()).hasSize(c.segments().get(0).route().size());

        // Removing waypoints on the map down to one: the segment's rule is shown at its route, nothing is sent.
        String one = c.segments().get(0).route().get(0).point().latitude() + "," + c.segments().get(0).route().get(0).point().longitude();
        _fireDomEvent(first.map, "points-change", points(one, "remove", 1));
        assertThat(first.route.rows()).hasSize(1);
        saveRefused();
        assertRefusedAt(first.route, "at least two waypoints");
        assertThat(sent()).isEmpty();

        // Dragging the first waypoint of a fresh form moves it in the proposal.
        open("edit/corridor/" + c.id());
        SegmentRow again = _find(SegmentRow.class).get(0);
        List<GeoPoint> route = again.map.getWaypoints();
        String moved = route.stream().map(p -> p == route.get(0) ? "41.00000,44.00000" : p.latitude() + "," + p.longitude())
                .collect(Collectors.joining(";"));
        _fireDomEvent(again.map, "points-change", points(moved, "move", 0));
        save("Waypoint placed at the junction the source names");
        Corridor after = (Corridor) lastChange().after();
        assertThat(after.segments().get(0).route().get(0).point()).isEqualTo(new GeoPoint(41.0, 44.0));
        assertThat(after.segments().get(0).route().get(0).place()).isEqualTo(c.segments().get(0).route().get(0).place());
    }

    @Test
    void an_event_placed_by_a_click_on_the_map_takes_the_point_into_its_fields_and_its_proposal() {
        Event e = first(FactType.EVENT, Event.class);
        open("edit/event/" + e.id());
        assertThat(field("Name").getValue()).isEqualTo(e.name());
        GeometryEditor map = _find(GeometryEditor.class).get(0);
        _fireDomEvent(map, "points-change", points("40.18720,44.51520", "place", 0));
        assertThat(_get(NumberField.class, s -> s.withLabel("Latitude")).getValue()).isEqualTo(40.1872);
        field("Countries involved (codes)").setValue("RUS, QQQ");
        saveRefused();
        assertRefusedAt(field("Countries involved (codes)"), "unknown country code 'QQQ'");
        assertThat(field("Countries involved (codes)").getValue()).isEqualTo("RUS, QQQ");
        field("Countries involved (codes)").setValue(Fields.showCodes(e.countries()));
        save("Placed at the venue the report names");
        Event after = (Event) lastChange().after();
        assertThat(after.location()).isEqualTo(new GeoPoint(40.1872, 44.5152));
        assertThat(after).usingRecursiveComparison().ignoringFields("location").isEqualTo(e);
    }

    @Test
    void an_organisation_refuses_an_end_before_its_start_and_proposes_a_new_full_name() {
        Organisation o = first(FactType.ORGANISATION, Organisation.class);
        open("edit/organisation/" + o.id());
        assertThat(field("Full name").getValue()).isEqualTo(Fields.show(o.fullName()));
        field("To").setValue("1800");
        saveRefused();
        assertRefusedAt(field("To"), "before start");
        assertThat(field("To").getValue()).isEqualTo("1800");
        field("To").setValue(Fields.show(o.period().to()));
        field("Full name").setValue("A corrected full name");
        save("Full name as the founding treaty gives it");
        assertThat(((Organisation) lastChange().after()).fullName()).isEqualTo("A corrected full name");
        assertThat(_find(Button.class, s -> s.withId("edit-retire"))).as("an organisation is not retired").isEmpty();
    }

    @Test
    void a_membership_refuses_an_unknown_country_and_proposes_a_corrected_note() {
        Membership m = first(FactType.MEMBERSHIP, Membership.class);
        open("edit/membership/" + m.id());
        assertThat(field("Country (code)").getValue()).isEqualTo(m.country().value());
        field("Country (code)").setValue("QQQ");
        saveRefused();
        assertRefusedAt(field("Country (code)"), "unknown country code");
        field("Country (code)").setValue(m.country().value());
        area("Notes").setValue("A corrected note");
        save("Note from the organisation's own page");
        ProposedChange change = lastChange();
        assertThat(((Membership) change.after()).notes()).isEqualTo("A corrected note");
        assertThat(change.base()).isEqualTo(m);
    }

    @Test
    void a_stance_refuses_a_bad_date_and_proposes_a_new_value() {
        Stance st = first(FactType.STANCE, Stance.class);
        open("edit/stance/" + st.id());
        assertThat(field("Since").getValue()).isEqualTo(st.since().toString());
        field("Since").setValue("2024-02-30");
        saveRefused();
        assertRefusedAt(field("Since"), "no such day");
        field("Since").setValue(st.since().toString());
        StanceValue other = st.value() == StanceValue.ALLY ? StanceValue.PARTNER : StanceValue.ALLY;
        @SuppressWarnings("unchecked")
        Select<StanceValue> value = _get(Select.class, s -> s.withLabel("Stance towards Russia"));
        value.setValue(other);
        save("Stance after the treaty");
        assertThat(((Stance) lastChange().after()).value()).isEqualTo(other);
    }

    @Test
    void a_country_refuses_a_blank_name_and_proposes_another_alternative_name() {
        Country c = first(FactType.COUNTRY, Country.class);
        open("edit/country/" + c.code().value());
        assertThat(field("Name").getValue()).isEqualTo(c.name());
        field("Name").setValue(" ");
        saveRefused();
        assertRefusedAt(field("Name"), "name is missing");
        field("Name").setValue(c.name());
        area("Other names (one a line)").setValue(Fields.showLines(c.altNames()) + "\nAnother name");
        save("Name used in the source's language");
        assertThat(((Country) lastChange().after()).altNames()).endsWith("Another name");
    }

    @Test
    void a_source_refuses_a_bad_url_and_proposes_a_new_reliability_reason() {
        Source s = facts.sources.all().stream().filter(x -> x.url() != null && x.reliability() != null).findFirst().orElseThrow();
        open("edit/source/" + s.id());
        assertThat(field("Title").getValue()).isEqualTo(s.title());
        field("URL").setValue("ftp://example.org/x");
        saveRefused();
        assertRefusedAt(field("URL"), "not an http(s) address");
        assertThat(field("URL").getValue()).isEqualTo("ftp://example.org/x");
        field("URL").setValue(s.url());
        field("Why this grade").setValue("A corrected reason");
        save("Reason after reading the outlet's record");
        assertThat(((Source) lastChange().after()).reliabilityReason()).isEqualTo("A corrected reason");
    }

    @Test
    void a_new_presence_cites_a_new_source_and_both_go_in_one_proposal() {
        MilitaryPresence model = first(FactType.PRESENCE, MilitaryPresence.class);
        open("edit/presence/new");
        field("Id").setValue("TEST-NEW-01");
        field("Name").setValue("A test site");
        @SuppressWarnings("unchecked")
        Select<Object> kind = _get(Select.class, s -> s.withLabel("Kind"));
        kind.setValue(model.kind());
        field("Operator (country code)").setValue(model.operator().value());
        field("Host (country code)").setValue(model.host().value());
        _fireDomEvent(_find(GeometryEditor.class).get(0), "points-change",
                points(model.location().latitude() + "," + model.location().longitude(), "place", 0));
        @SuppressWarnings("unchecked")
        Select<Object> precision = _get(Select.class, s -> s.withLabel("Precision"));
        precision.setValue(model.precision());
        field("From").setValue("2020");
        @SuppressWarnings("unchecked")
        Select<Object> status = _get(Select.class, s -> s.withLabel("Status"));
        status.setValue(model.status());

        _click(_find(Button.class, s -> s.withText("New source…")).get(_find(Button.class, s -> s.withText("New source…")).size() - 1));
        SourceForm sourceForm = _get(SourceForm.class);
        sourceForm.id.setValue("test-new-source");
        sourceForm.title.setValue("A test report");
        sourceForm.url.setValue("https://example.org/report");
        sourceForm.reliability.setValue(Reliability.B);
        sourceForm.reliabilityReason.setValue("An outlet with a record of corrections");
        _click(_get(Button.class, s -> s.withText("Add and cite")));
        CitationRow citation = _find(CitationRow.class).get(_find(CitationRow.class).size() - 1);
        assertThat(citation.source.getValue().id()).isEqualTo("test-new-source");
        citation.locator.setValue("p. 3");
        citation.credibility.setValue(Credibility.PROBABLY_TRUE);

        save("A new site the report documents");
        List<ProposedChange> changes = sent().get(0).changes();
        assertThat(changes).extracting(ProposedChange::type).containsExactly("source", "presence");
        assertThat(changes).extracting(ProposedChange::action).containsOnly(Revision.Action.CREATE);
        MilitaryPresence after = (MilitaryPresence) changes.get(1).after();
        assertThat(after.citations()).extracting(c -> c.sourceId()).containsExactly("test-new-source");
        assertThat(after.location()).isEqualTo(model.location());
    }

    @Test
    void a_citation_added_without_a_locator_or_a_grade_is_refused_at_its_fields() {
        Stance st = first(FactType.STANCE, Stance.class);
        open("edit/stance/" + st.id());
        _click(_find(Button.class, s -> s.withText("Add citation")).get(0));
        CitationRow added = _find(CitationRow.class).get(_find(CitationRow.class).size() - 1);
        added.source.setValue(facts.sources.all().get(0));
        saveRefused();
        assertRefusedAt(added.locator, "locator or a quote");
        assertRefusedAt(added.credibility, "credibility is missing");
        assertThat(sent()).isEmpty();
    }

    @Test
    void the_source_picker_reads_limit_and_offset_and_finds_a_source_by_a_word_of_its_title() {
        Source s = facts.sources.all().stream().filter(x -> x.title().length() > 8).findFirst().orElseThrow();
        open("edit/source/" + s.id());
        SourceChoices choices = new SourceChoices(facts.sources);
        String word = s.title().substring(0, 8);
        assertThat(choices.matching(word, 0, 50)).contains(s);
        assertThat(choices.matching("no source is called this", 0, 50)).isEmpty();
        // The combo box's own lazy provider answers a page, and an empty one, without complaint.
        ComboBox<Source> box = new CitationRow(choices).source;
        @SuppressWarnings({"unchecked", "rawtypes"})
        DataProvider<Source, String> provider = (DataProvider) box.getDataProvider();
        assertThat(provider.fetch(new Query<Source, String>(0, 5, null, null, word)).toList()).isNotEmpty();
        assertThat(provider.fetch(new Query<Source, String>(0, 5, null, null, "no source is called this")).toList()).isEmpty();
    }

    @Test
    void a_reader_proposes_a_correction_but_cannot_create_or_retire() {
        signIn(Role.READER);
        Event e = first(FactType.EVENT, Event.class);
        open("edit/event/" + e.id());
        assertThat(_get(Button.class, s -> s.withId("edit-save")).getText()).isEqualTo("Propose correction…");
        assertThat(_find(Button.class, s -> s.withId("edit-retire"))).isEmpty();
        area("Summary").setValue("A corrected summary");
        save("The date in the summary was off by a day");
        assertThat(((Event) lastChange().after()).summary()).isEqualTo("A corrected summary");

        open("edit/event/new");
        assertThat(text(_get(EditView.class))).contains("Only editors add new facts");
        assertThat(_find(PresenceForm.class)).isEmpty();
    }

    @Test
    void an_editor_retires_a_stance_with_a_note() {
        Stance st = first(FactType.STANCE, Stance.class);
        open("edit/stance/" + st.id());
        _click(_get(Button.class, s -> s.withId("edit-retire")));
        area("Why (a short note for the reviewer)").setValue("A duplicate of the stance of the same day");
        _click(_get(Button.class, s -> s.withText("Submit for review")));
        ProposedChange change = lastChange();
        assertThat(change.action()).isEqualTo(Revision.Action.RETIRE);
        assertThat(change.base()).isEqualTo(st);
        assertThat(change.after()).isNull();
    }

    @Test
    void a_second_change_while_one_waits_for_review_is_refused_field_by_field_and_the_draft_is_kept() {
        Organisation o = first(FactType.ORGANISATION, Organisation.class);
        open("edit/organisation/" + o.id());
        field("Full name").setValue("Their full name");
        save("Their correction");
        // A second form, opened on the same published version, proposes too.
        EditView mine = open("edit/organisation/" + o.id());
        assertThat(text(mine)).contains("waits for review");
        field("Full name").setValue("My full name");
        save("My correction");
        assertThat(text(_get(EditView.class))).contains("Not sent, your draft is kept").contains("fullName");
        assertThat(field("Full name").getValue()).isEqualTo("My full name");
        assertThat(sent()).hasSize(1);
    }
}
