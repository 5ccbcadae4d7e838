package org.influenceatlas.dataset;

import org.influenceatlas.alignment.AlignmentService;
import org.influenceatlas.briefing.FeatureDirectory;
import org.influenceatlas.layer.FeatureSummary;
import org.influenceatlas.layer.LayerQuery;
import org.influenceatlas.layer.LayerRegistry;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/** The feature ids a briefing slide may name: those of every registered layer. */
@Component
class DatasetFeatureDirectory implements FeatureDirectory {

    private final LayerRegistry layers;
    private final AlignmentService alignments;

    DatasetFeatureDirectory(LayerRegistry layers, AlignmentService alignments) {
        this.layers = layers;
        this.alignments = alignments;
    }

    @Override
    public Optional<String> layerOf(String id) {
        return layers.feature(id).map(FeatureSummary::layer);
    }

    @Override
    public boolean isOrganisation(String id) {
        return alignments.organisations().stream().anyMatch(o -> o.id().equals(id));
    }

    @Override
    public Set<String> layers() {
        return layers.ids();
    }

    @Override
    public Optional<java.util.Map<String, Object>> feature(String id) {
        return layerOf(id).flatMap(layers::find).flatMap(layer -> layer.features(LayerQuery.all()).stream()
                .filter(f -> id.equals(f.get("id")))
                .findFirst());
    }
}
