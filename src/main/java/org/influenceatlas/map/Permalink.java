package org.influenceatlas.map;

import com.vaadin.flow.router.QueryParameters;
import org.influenceatlas.layer.MapState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The map state in the address bar: the map state's named values as query parameters. Every
 * screen state is a permalink; a value that does not parse is reported and falls back, because a
 * shared link should still open. A day after today shows today, where the slider ends.
 */
public final class Permalink {

    private Permalink() {
    }

    /** The URL's state over a start state; other parameters (such as a briefing's back link) are left alone. */
    public static MapState.Parsed parse(QueryParameters query, MapState start, Set<String> knownLayers, LocalDate today) {
        Map<String, String> values = new LinkedHashMap<>();
        List<MapState.Problem> problems = new ArrayList<>();
        query.getParameters().forEach((name, list) -> {
            if (MapState.NAMES.contains(name) && !list.isEmpty()) {
                values.put(name, list.get(0));
                if (list.size() > 1) {
                    problems.add(new MapState.Problem(name, "is given " + list.size() + " times; the first is used"));
                }
            }
        });
        // A day before the map's first shows the first: the slider starts there.
        String asOf = values.get("asOf");
        if (asOf != null && asOf.matches("\\d{4}-\\d{2}-\\d{2}") && asOf.compareTo(MapState.FIRST_DAY.toString()) < 0) {
            problems.add(new MapState.Problem("asOf", asOf + " is before the map's first day; the map shows " + MapState.FIRST_DAY));
            values.put("asOf", MapState.FIRST_DAY.toString());
        }
        MapState.Parsed parsed = MapState.parse(values, start, knownLayers, MapState::bareIdIsCountry);
        problems.addAll(parsed.problems());
        MapState state = parsed.state();
        if (state.asOf().isAfter(today)) {
            problems.add(new MapState.Problem("asOf", state.asOf() + " is after today; the map shows today"));
            state = state.withAsOf(today);
        }
        return new MapState.Parsed(state, problems);
    }

    public static QueryParameters toQuery(MapState state) {
        return QueryParameters.simple(state.toValues());
    }
}
