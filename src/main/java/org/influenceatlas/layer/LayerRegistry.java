package org.influenceatlas.layer;

import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The map's layers, in drawing order. A layer registers itself by being a {@link Layer} bean in
 * its feature package; adding a layer needs nothing here.
 */
@Component
public class LayerRegistry {

    private final List<Layer> layers;
    private final Map<String, Layer> byId = new LinkedHashMap<>();

    /** @param layers in the order of their {@code @Order}: the order of the layer switches and the API's list */
    public LayerRegistry(List<Layer> layers) {
        this.layers = List.copyOf(layers);
        for (Layer layer : this.layers) {
            if (byId.put(layer.id(), layer) != null) {
                throw new IllegalStateException("two layers with the id " + layer.id());
            }
        }
    }

    /** Every layer, in the order of the layer switches. */
    public List<Layer> all() {
        return layers;
    }

    /** Every layer in drawing order: lowest first, drawn underneath. */
    public List<Layer> drawingOrder() {
        return layers.stream().sorted(Comparator.comparingInt((Layer l) -> l.symbology().order())).toList();
    }

    public Optional<Layer> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    /** The feature with this id in whichever layer has it (ids are unique across the dataset). */
    public Optional<FeatureSummary> feature(String id) {
        return layers.stream().map(l -> l.find(id)).flatMap(Optional::stream).findFirst();
    }

    /** The feature with this id in this layer. */
    public Optional<FeatureSummary> feature(String layer, String id) {
        return find(layer).flatMap(l -> l.find(id));
    }

    /** The layer ids as a comma list, for messages. */
    public String idList() {
        return layers.stream().map(Layer::id).collect(Collectors.joining(", "));
    }
}
