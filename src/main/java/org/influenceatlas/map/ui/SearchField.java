package org.influenceatlas.map.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.provider.DataProvider;
import org.influenceatlas.search.Hit;
import org.influenceatlas.search.SearchService;

/**
 * Search over names and places. Results are fetched lazily per query, so only the hits shown
 * cross the UI channel.
 */
class SearchField extends ComboBox<Hit> {

    SearchField(SearchService search) {
        super("Search");
        setPlaceholder("Gyumri, Hmeimim, TRIPP…");
        setClearButtonVisible(true);
        setItemLabelGenerator(hit -> hit.name() + " · " + layerLabel(hit.layer()) + " · " + hit.kind());
        setItems(DataProvider.fromFilteringCallbacks(
                query -> {
                    String text = query.getFilter().orElse("");
                    if (text.trim().length() < SearchService.MIN_QUERY) {
                        return java.util.stream.Stream.empty();
                    }
                    return search.search(text).stream().skip(query.getOffset()).limit(query.getLimit());
                },
                query -> {
                    String text = query.getFilter().orElse("");
                    return text.trim().length() < SearchService.MIN_QUERY ? 0 : search.search(text).size();
                }));
        setWidth("22em");
        setId("atlas-search");
    }

    private static String layerLabel(String layer) {
        return switch (layer) {
            case SearchService.PRESENCE -> "presence";
            case SearchService.CORRIDORS -> "corridor";
            case SearchService.EVENTS -> "event";
            default -> "country";
        };
    }
}
