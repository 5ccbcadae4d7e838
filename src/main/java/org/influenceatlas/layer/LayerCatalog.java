package org.influenceatlas.layer;

import java.util.List;
import java.util.Optional;

/**
 * The four layers and their legends. Colours come from the Okabe-Ito palette and, for the
 * stance scale, ColorBrewer's purple-orange diverging scheme: both stay distinguishable for
 * the common kinds of colour blindness, and every entry also has a text label. Multimodal routes
 * take Paul Tol's wine (#882255): the Okabe-Ito green marks the bypass halo.
 */
public final class LayerCatalog {

    public static final String PRESENCE = "military-presence";
    public static final String CORRIDORS = "corridors";
    public static final String ALIGNMENTS = "alignments";
    public static final String EVENTS = "events";
    /**
     * Events within this many days (about six months) of the chosen date are shown, on the live
     * map and on a handout's map alike; the map reads it from the layer list.
     */
    public static final int EVENT_WINDOW_DAYS = 183;

    public static final List<LayerInfo> LAYERS = List.of(
            new LayerInfo(PRESENCE, "Military presence",
                    "Foreign military bases, deployments and missions, by operator and kind", "Point",
                    "/api/v1/layers/" + PRESENCE, List.of(
                    new LegendEntry("operator", "RUS", "Russia", "#D55E00"),
                    new LegendEntry("operator", "USA", "United States", "#0072B2"),
                    new LegendEntry("operator", "TUR", "Turkey", "#CC79A7"),
                    new LegendEntry("operator", "EUU", "European Union", "#56B4E9"),
                    new LegendEntry("operator", "CHN", "China", "#E69F00"),
                    new LegendEntry("operator", "*", "Other", "#555555"),
                    new LegendEntry("status", "withdrawn", "Withdrawn or closed (hollow)", "#999999"))),
            new LayerInfo(CORRIDORS, "Transit corridors",
                    "Transport and energy routes; routes that bypass Russia are drawn wider with a halo",
                    "MultiLineString", "/api/v1/layers/" + CORRIDORS, List.of(
                    new LegendEntry("kind", "rail", "Rail", "#0072B2"),
                    new LegendEntry("kind", "road", "Road", "#56B4E9"),
                    new LegendEntry("kind", "multimodal", "Multimodal", "#882255"),
                    new LegendEntry("kind", "gas-pipeline", "Gas pipeline", "#E69F00"),
                    new LegendEntry("kind", "oil-pipeline", "Oil pipeline", "#000000"),
                    new LegendEntry("kind", "sea-route", "Sea route", "#CC79A7"),
                    new LegendEntry("kind", "power-line", "Power line", "#F0E442"),
                    new LegendEntry("bypassesRussia", "true", "Bypasses Russia (halo)", "#009E73"),
                    new LegendEntry("status", "proposed", "Proposed or under construction (dashed)", "#777777"),
                    new LegendEntry("status", "disrupted", "Disrupted or halted (dotted)", "#777777"))),
            new LayerInfo(ALIGNMENTS, "Alliance status",
                    "Each country's stance towards Russia and its memberships on the chosen date",
                    "MultiPolygon", "/api/v1/layers/" + ALIGNMENTS, List.of(
                    new LegendEntry("stance", "ally", "Ally of Russia", "#b35806"),
                    new LegendEntry("stance", "close-partner", "Close partner", "#f1a340"),
                    new LegendEntry("stance", "partner", "Partner", "#fee0b6"),
                    new LegendEntry("stance", "hedging", "Hedging", "#f7f7f7"),
                    new LegendEntry("stance", "strained", "Strained", "#d8daeb"),
                    new LegendEntry("stance", "adversarial", "Adversarial", "#998ec3"),
                    new LegendEntry("stance", "at-war", "At war with Russia", "#542788"))),
            new LayerInfo(EVENTS, "Events", "Wars, treaties, withdrawals and other dated events, shown within "
                    + EVENT_WINDOW_DAYS + " days of the chosen date", "Point", "/api/v1/layers/" + EVENTS, List.of(
                    new LegendEntry("kind", "war", "War, offensive or intervention", "#D55E00"),
                    new LegendEntry("kind", "treaty", "Treaty, deal or summit", "#0072B2"),
                    new LegendEntry("kind", "withdrawal", "Withdrawal or ceasefire", "#009E73"),
                    new LegendEntry("kind", "regime-change", "Regime change, election or recognition", "#CC79A7")),
                    EVENT_WINDOW_DAYS));

    /** The colour of a legend entry, or the layer's "*" entry, or grey. */
    public static String color(String layer, String property, String value) {
        List<LegendEntry> legend = find(layer).map(LayerInfo::legend).orElse(List.of());
        return legend.stream().filter(e -> e.property().equals(property) && e.value().equals(value)).findFirst()
                .or(() -> legend.stream().filter(e -> e.property().equals(property) && e.value().equals("*")).findFirst())
                .map(LegendEntry::color).orElse("#777777");
    }

    private LayerCatalog() {
    }

    public static Optional<LayerInfo> find(String id) {
        return LAYERS.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
