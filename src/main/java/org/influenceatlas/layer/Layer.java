package org.influenceatlas.layer;

import org.influenceatlas.base.CountryCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One map layer, defined once in its feature package and registered by being a Spring bean:
 * its id, title and drawing description, what it draws on a date, its GeoJSON, the details of
 * its features, its part of a country's profile, its search candidates and its lookup by id.
 * Everything else (the API, search, the details panel, the explorer, briefing validation, the
 * preload list and the handout) reaches layers through {@link LayerRegistry} and never switches
 * on layer ids.
 */
public interface Layer {

    /**
     * What a layer is: the id the URL, the API and slides use (e.g. {@code military-presence}),
     * its title and description, the GeoJSON geometry type of its features, how they are drawn on
     * screen and on paper, and how it decides what it draws on a date.
     */
    record Definition(String id, String title, String description, String geometry, Symbology symbology,
                      DateRule dateRule) {
    }

    Definition definition();

    default String id() {
        return definition().id();
    }

    default String title() {
        return definition().title();
    }

    default String description() {
        return definition().description();
    }

    default String geometry() {
        return definition().geometry();
    }

    default Symbology symbology() {
        return definition().symbology();
    }

    default DateRule dateRule() {
        return definition().dateRule();
    }

    /** Whether its points gather into clusters where they crowd (at low zoom). */
    default boolean clustered() {
        return false;
    }

    /**
     * What the map fetches of this layer, relative to the page: every feature with its whole
     * history (the map filters by date itself). The page preloads the same address.
     */
    default String mapHref() {
        return "api/v1/layers/" + id();
    }

    /**
     * For a layer of dated moments (events): how many days either side of the chosen date a
     * feature is shown. Empty for layers that show what holds on the date.
     */
    default Optional<Integer> windowDays() {
        return Optional.empty();
    }

    /** The query parameters its GeoJSON answer depends on, besides asOf (they go into cache keys). */
    default List<String> parameters() {
        return List.of();
    }

    /** The layer's features as GeoJSON feature objects: all of them, or those drawn on the query's date. */
    List<Map<String, Object>> features(LayerQuery query);

    /** A feature of this layer by id. */
    Optional<FeatureSummary> find(String id);

    /**
     * The day to move to so that the map draws this feature, when it does not draw it on {@code day};
     * empty when it does (or when the feature is unknown).
     */
    Optional<LocalDate> dayDrawn(String id, LocalDate day, boolean showEnded);

    /** The side panel's content for one of its features on a date. */
    Optional<Card> card(String id, LocalDate day);

    /**
     * The country a feature of this layer stands for, when its features are countries: its card is
     * then a country profile, to which every layer adds its {@link #profileSections}.
     */
    default Optional<CountryCode> countryOf(String id) {
        return Optional.empty();
    }

    /**
     * The organisation a feature of this layer stands for, when it is one: choosing it outlines
     * the organisation's members on the map.
     */
    default Optional<String> organisationOf(String id) {
        return Optional.empty();
    }

    /** What this layer contributes to a country's profile on a date: sections, or none. */
    default List<Card.Section> profileSections(CountryCode country, LocalDate day) {
        return List.of();
    }

    /** Feature ids of this layer that belong in a country's profile (the API's profile lists them by id). */
    default Map<String, List<String>> profileIds(CountryCode country, Optional<LocalDate> day) {
        return Map.of();
    }

    /** What the search box can find in this layer. */
    List<SearchCandidate> searchCandidates();
}
