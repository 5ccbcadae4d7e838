package org.influenceatlas.layer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a layer is drawn: the one drawing description that the live map (which reads it from
 * {@code /api/v1/layers}) and the PDF handout both draw from, so the two cannot drift apart.
 *
 * <p>A feature's {@link Symbol} is resolved from its properties channel by channel: each channel
 * reads one property and, where one of its categories lists the value (or its fallback applies),
 * sets one visual variable (colour, shape, fill, halo) and possibly a dash. The first channel to
 * set a variable wins, so a more specific channel (Russia's own fill) stands before a general one
 * (stance). Then the feature's status on the date sets hollowness, dash and opacity.
 * {@code map-controller.ts} implements the same resolution in {@code resolveSymbol}.
 *
 * @param order   drawing order: lower is drawn first, underneath
 * @param labels  the property whose value names a feature on the map, when it is labelled
 */
public record Symbology(int order, List<Channel> channels, List<StatusStyle> statuses, String labels) {

    public Symbology {
        channels = List.copyOf(channels);
        statuses = List.copyOf(statuses);
    }

    /** Which visual variable a channel sets. */
    public enum Visual {
        COLOR, SHAPE, FILL, HALO;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One value set of a channel: the values it stands for, its legend text, and what it sets. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Category(List<String> values, String label, String color, String shape, String dash) {
        public Category {
            values = List.copyOf(values);
        }

        public static Category color(String label, String color, String... values) {
            return new Category(List.of(values), label, color, null, null);
        }

        public static Category shape(String label, String shape, String... values) {
            return new Category(List.of(values), label, null, shape, null);
        }
    }

    /** One property drawn as one visual variable. The fallback applies to values no category lists. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Channel(String property, Visual visual, String title, List<Category> categories, Category fallback) {
        public Channel {
            categories = List.copyOf(categories);
        }

        Optional<Category> categoryOf(String value) {
            return categories.stream().filter(c -> c.values().contains(value)).findFirst()
                    .or(() -> Optional.ofNullable(fallback));
        }
    }

    /** How a status looks: hollow (the presence is over or not yet there), dashed, or faded. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StatusStyle(List<String> values, String label, boolean hollow, String dash, double opacity) {
        public StatusStyle {
            values = List.copyOf(values);
        }
    }

    /** The symbol of a feature with these properties (read as text) in this status (may be null). */
    public Symbol symbol(Function<String, String> property, String status) {
        String color = null;
        String shape = null;
        String fill = null;
        String pattern = null;
        String halo = null;
        String dash = null;
        for (Channel channel : channels) {
            Optional<Category> category = channel.categoryOf(String.valueOf(property.apply(channel.property())));
            if (category.isEmpty()) {
                continue;
            }
            Category c = category.get();
            switch (channel.visual()) {
                case COLOR -> color = color == null ? c.color() : color;
                case SHAPE -> shape = shape == null ? c.shape() : shape;
                case FILL -> {
                    if (fill == null && pattern == null) {
                        fill = c.color();
                        pattern = c.color() == null ? c.shape() : null;
                    }
                }
                case HALO -> halo = halo == null ? c.color() : halo;
            }
            dash = dash == null ? c.dash() : dash;
        }
        boolean hollow = false;
        double opacity = 1;
        Optional<StatusStyle> style = statuses.stream().filter(s -> s.values().contains(status)).findFirst();
        if (style.isPresent()) {
            hollow = style.get().hollow();
            dash = dash == null ? style.get().dash() : dash;
            opacity = style.get().opacity();
        }
        return new Symbol(shape, color, fill, pattern, halo, dash, hollow, opacity);
    }

    /** The symbol of a GeoJSON feature's properties, in the status given. */
    public Symbol symbol(Map<String, Object> properties, String status) {
        return symbol(name -> {
            Object value = properties.get(name);
            return value == null ? null : String.valueOf(value);
        }, status);
    }

    /** A category's legend label for a value of a property, if a channel names it. */
    public Optional<String> label(String property, String value) {
        return channels.stream().filter(c -> c.property().equals(property))
                .flatMap(c -> c.categories().stream()).filter(c -> c.values().contains(value))
                .map(Category::label).findFirst();
    }
}
