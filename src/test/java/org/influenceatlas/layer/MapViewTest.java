package org.influenceatlas.layer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MapViewTest {

    @ParameterizedTest
    @CsvSource({"39.8, 45.123, 6", "41.0, 39.8, 7", "-12.345, -179.999, 3", "0, 180, 2"})
    void a_view_the_map_reports_within_range_is_kept_exactly_and_survives_the_url(double lat, double lon, int zoom) {
        MapView view = MapView.clamped(lat, lon, zoom);

        assertThat(view).isEqualTo(new MapView(lat, lon, zoom));
        assertThat(MapView.parse(view.toParameter())).contains(view);
    }

    @ParameterizedTest
    @CsvSource({"40, 200, 6, 40, -160, 6", "40, -190.5, 6, 40, 169.5, 6", "89, 45, 20, 85, 45, 12", "-89, 45, 0, -85, 45, 2"})
    void a_view_out_of_range_is_wrapped_and_clamped(double lat, double lon, int zoom, double wantLat, double wantLon, int wantZoom) {
        MapView view = MapView.clamped(lat, lon, zoom);

        assertThat(view.latitude()).isEqualTo(wantLat);
        assertThat(view.longitude()).isCloseTo(wantLon, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(view.zoom()).isEqualTo(wantZoom);
    }

    @org.junit.jupiter.api.Test
    void a_view_with_the_area_on_screen_keeps_its_bounds_through_the_url() {
        MapView view = MapView.clamped(41.0, 45.0, 6).withBounds(38.5123, 40.1, 43.25, 49.9);

        assertThat(view.toParameter()).isEqualTo("41,45,6,38.512,40.1,43.25,49.9");
        assertThat(MapView.parse(view.toParameter())).contains(view);
        assertThat(view.bounds()).contains(new MapView.Bounds(38.512, 40.1, 43.25, 49.9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"41,45,6,43,40,38,50", "41,45,6,38,50,43,40", "41,45,6,38,40,43", "41,45,6,-90,40,43,50"})
    void bounds_that_are_upside_down_incomplete_or_out_of_range_are_not_a_view(String text) {
        assertThat(MapView.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void a_world_wide_area_is_kept_as_centre_and_zoom_only() {
        assertThat(MapView.clamped(20, 0, 2).withBounds(-85, -300, 85, 300).bounds()).contains(new MapView.Bounds(-85, -180, 85, 180));
        assertThat(MapView.clamped(20, 0, 2).withBounds(10, 10, 10, 10).bounds()).isEmpty();
    }
}
