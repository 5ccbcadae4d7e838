package org.influenceatlas.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeoPointTest {

    @Test
    void latitude_outside_valid_range_is_rejected() {
        assertThatThrownBy(() -> new GeoPoint(95, 40)).hasMessageContaining("latitude 95.0 is outside -90..90");
    }

    @Test
    void longitude_outside_valid_range_is_rejected() {
        assertThatThrownBy(() -> new GeoPoint(40, 181)).hasMessageContaining("longitude 181.0");
    }

    @Test
    void not_a_number_is_rejected() {
        assertThatThrownBy(() -> new GeoPoint(Double.NaN, 40)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_poles_and_the_antimeridian_are_valid() {
        assertThatCode(() -> new GeoPoint(-90, 180)).doesNotThrowAnyException();
    }

    @Test
    void country_codes_must_be_three_capital_letters() {
        assertThatThrownBy(() -> CountryCode.of("arm")).hasMessageContaining("three-letter");
        assertThatThrownBy(() -> CountryCode.of("AR")).hasMessageContaining("three-letter");
    }
}
