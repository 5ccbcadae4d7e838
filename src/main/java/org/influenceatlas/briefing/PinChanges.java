package org.influenceatlas.briefing;

import org.influenceatlas.base.FieldDiff;

import java.time.Instant;
import java.util.List;

/**
 * What changed in the atlas between a briefing's pin and now, shown before "Update to today's
 * data" moves the pin: each feature the slides select or emphasise that changed, field by field
 * (a creation or retirement is one "(whole)" difference), and how many revisions the atlas
 * recorded since the pin in all (most of them touch facts the briefing does not name).
 *
 * @param pin       the instant the briefing reads now (its effective pin)
 * @param features  the named features that differ, in slide order
 * @param revisions revisions recorded after the pin
 */
public record PinChanges(Instant pin, List<FeatureChange> features, long revisions) {

    /** A named feature that is not the same now as at the pin. */
    public record FeatureChange(String id, String name, List<FieldDiff.Difference> differences) {
    }

    public PinChanges {
        features = List.copyOf(features);
    }

    public boolean nothingChanged() {
        return features.isEmpty() && revisions == 0;
    }
}
