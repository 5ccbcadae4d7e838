package org.influenceatlas.presence;

import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.GeoPoint;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.base.Period;
import org.influenceatlas.base.Precision;
import org.influenceatlas.source.Citation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MilitaryPresenceTest {

    private static final List<Citation> CITED = List.of(Citation.of("web-test"));

    private static MilitaryPresence peacekeepers(List<StatusChange> history) {
        return new MilitaryPresence("RUS-AZE-01", "Peacekeepers", List.of(), PresenceKind.PEACEKEEPING,
                CountryCode.of("RUS"), CountryCode.of("AZE"), new GeoPoint(39.8, 46.7), Precision.APPROXIMATE, null,
                Period.parse("2020-11-10", "2024-06-12"), PresenceStatus.WITHDRAWN, null, null, history, CITED);
    }

    @Test
    void a_presence_exists_only_within_its_period() {
        MilitaryPresence p = peacekeepers(List.of());
        assertThat(p.statusOn(LocalDate.of(2022, 1, 1))).contains(PresenceStatus.ACTIVE);
        assertThat(p.statusOn(LocalDate.of(2025, 1, 1))).isEmpty();
        assertThat(p.statusOn(LocalDate.of(2020, 11, 9))).isEmpty();
    }

    @Test
    void the_status_on_a_day_is_the_latest_change_before_it() {
        MilitaryPresence p = peacekeepers(List.of(
                new StatusChange("h2", PartialDate.parse("2024-04"), PresenceStatus.REDUCED, null, null, CITED),
                new StatusChange("h1", PartialDate.parse("2020-11-10"), PresenceStatus.ACTIVE, null, null, CITED)));
        assertThat(p.statusOn(LocalDate.of(2023, 6, 1))).contains(PresenceStatus.ACTIVE);
        assertThat(p.statusOn(LocalDate.of(2024, 5, 1))).contains(PresenceStatus.REDUCED);
    }

    @Test
    void a_presence_without_sources_cannot_exist() {
        assertThatThrownBy(() -> new MilitaryPresence("X", "Base", List.of(), PresenceKind.AIR_BASE,
                CountryCode.of("RUS"), CountryCode.of("SYR"), new GeoPoint(35.4, 35.9), Precision.EXACT, null,
                Period.parse("2015-09", null), PresenceStatus.ACTIVE, null, null, List.of(), List.of()))
                .hasMessageContaining("at least one source");
    }
}
