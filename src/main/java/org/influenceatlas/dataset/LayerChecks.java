package org.influenceatlas.dataset;

import org.influenceatlas.alignment.AlignmentLayer;
import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.Slide;
import org.influenceatlas.corridor.CorridorLayer;
import org.influenceatlas.event.EventLayer;
import org.influenceatlas.presence.PresenceLayer;
import org.influenceatlas.source.LayerCheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads {@code layers.csv} (the day each layer was checked up to) and holds the briefings to it. */
final class LayerChecks {

    static final String FILE = "layers.csv";
    static final List<String> LAYERS = List.of(PresenceLayer.ID, CorridorLayer.ID, AlignmentLayer.ID, EventLayer.ID);

    private final DatasetFiles files;
    private final Problems problems;
    private final DataRules rules;

    LayerChecks(DatasetFiles files, Problems problems, DataRules rules) {
        this.files = files;
        this.problems = problems;
        this.rules = rules;
    }

    List<LayerCheck> read() {
        Path file = files.file(FILE);
        Map<String, LayerCheck> checks = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            for (CsvFile.Row row : CsvFile.read(file.getParent(), file, Set.of("layer", "checked_to", "note"), problems).rows()) {
                String layer = row.text("layer");
                if (!LAYERS.contains(layer)) {
                    row.problem("layer", "unknown layer '" + layer + "'; known: " + String.join(", ", LAYERS));
                    continue;
                }
                try {
                    LayerCheck check = new LayerCheck(layer, LocalDate.parse(row.text("checked_to")), row.textOrNull("note"));
                    if (checks.putIfAbsent(layer, check) != null) {
                        row.problem("layer", "layer " + layer + " is listed twice");
                    }
                } catch (DateTimeParseException e) {
                    row.problem("checked_to", "'" + row.text("checked_to") + "' is not a date of the form YYYY-MM-DD");
                }
            }
        }
        for (String layer : LAYERS) {
            if (!checks.containsKey(layer)) {
                rules.breach(DataRules.Rule.LAYER_UNCHECKED, FILE, Files.isRegularFile(file) ? 1 : 0, "layer", layer,
                        "layer " + layer + " has no row: say up to which day it was checked");
            }
        }
        return List.copyOf(checks.values());
    }

    /** A briefing's data date may not be later than the check of any layer its slides show. */
    static void checkBriefings(Path root, List<Briefing> briefings, List<LayerCheck> checks, DataRules rules) {
        for (Briefing b : briefings) {
            Set<String> layers = new TreeSet<>();
            b.slides().stream().map(Slide::map).forEach(m -> layers.addAll(m.layers()));
            LayerCheck.earliest(checks, layers).filter(b.dataAsOf()::isAfter).ifPresent(checked -> {
                String file = "briefings/" + b.slug() + ".md";
                rules.breach(DataRules.Rule.BRIEFING_NEWER, file, lineOf(root.resolve(file), "data-as-of:"), "data-as-of",
                        b.slug(), "data-as-of " + b.dataAsOf() + " is after " + checked + ", the day its layers ("
                                + String.join(", ", layers.isEmpty() ? LAYERS : layers) + ") were checked up to (layers.csv)");
            });
        }
    }

    private static long lineOf(Path file, String prefix) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(prefix)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // the briefing reader has read it; a line number is only a help
        }
        return 0;
    }
}
