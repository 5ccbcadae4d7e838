package org.influenceatlas.map.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.influenceatlas.search.Hit;
import org.influenceatlas.search.SearchService;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Search over names and places. Results are fetched lazily per query, so only the hits shown
 * cross the UI channel.
 */
class SearchField extends ComboBox<Hit> {

    /** @param day the date the map shows, so each hit says its state on it */
    SearchField(SearchService search, Supplier<LocalDate> day) {
        super("Search");
        setPlaceholder("Gyumri, Hmeimim, TRIPP…");
        setClearButtonVisible(true);
        setItemLabelGenerator(hit -> hit.name() + " · " + hit.layerTitle() + " · " + hit.kind()
                + (hit.state() == null ? "" : " · " + hit.state()));
        // Fetched without a count query: the search runs once per query, not once for the count
        // and again for the rows.
        setItems(query -> {
            // Vaadin refuses a provider that never reads the query's offset and limit (it then
            // shows "Internal error" and the box is dead until a reload), so read them first,
            // also for the short queries that return nothing.
            int offset = query.getOffset();
            int limit = query.getLimit();
            String text = query.getFilter().orElse("");
            if (text.trim().length() < SearchService.MIN_QUERY) {
                setHelperText(null);
                return Stream.empty();
            }
            List<Hit> hits = search.search(text, Optional.of(day.get()));
            // An empty result says so, rather than an empty list that looks like a broken box.
            setHelperText(hits.isEmpty() ? "Nothing found for \u201c" + text.trim() + "\u201d" : null);
            return hits.stream().skip(offset).limit(limit);
        });
        setWidth("22em");
        setId("atlas-search");
    }
}
