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
}
