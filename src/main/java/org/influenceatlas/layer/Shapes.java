package org.influenceatlas.layer;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/**
 * The marker shapes, on a 20 × 20 grid with the origin top left: a polygon's points or a
 * circle's radius, and whether its outline is dashed. The live map turns them into SVG and the
 * handout into PDF paths, so a shape is defined once. Presence kinds and event kinds have
 * shapes of their own, so an event never looks like a base.
 */
public final class Shapes {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Shape(String label, String points, Double radius, boolean dashed) {
        static Shape polygon(String label, String points) {
            return new Shape(label, points, null, false);
        }

        static Shape circle(String label, double radius, boolean dashed) {
            return new Shape(label, null, radius, dashed);
        }

        /** The polygon's points as x, y pairs. */
        public double[][] vertices() {
            String[] pairs = points.trim().split("\\s+");
            double[][] xy = new double[pairs.length][];
            for (int i = 0; i < pairs.length; i++) {
                String[] p = pairs[i].split(",");
                xy[i] = new double[]{Double.parseDouble(p[0]), Double.parseDouble(p[1])};
            }
            return xy;
        }
    }

    public static final Map<String, Shape> ALL = Map.ofEntries(
            Map.entry("square", Shape.polygon("Square", "3,3 17,3 17,17 3,17")),
            Map.entry("triangle", Shape.polygon("Triangle", "10,2 18,17 2,17")),
            Map.entry("circle", Shape.circle("Circle", 7.5, false)),
            Map.entry("diamond", Shape.polygon("Diamond", "10,1.5 18.5,10 10,18.5 1.5,10")),
            Map.entry("star", Shape.polygon("Star", "10,1.5 12.4,7.6 18.5,7.8 13.7,11.8 15.4,18 10,14.4 4.6,18 6.3,11.8 1.5,7.8 7.6,7.6")),
            Map.entry("pentagon", Shape.polygon("Pentagon", "10,2 18,8 15,18 5,18 2,8")),
            Map.entry("hexagon", Shape.polygon("Hexagon", "5.5,2.5 14.5,2.5 19,10 14.5,17.5 5.5,17.5 1,10")),
            Map.entry("dashed-circle", Shape.circle("Dashed circle", 7.5, true)),
            Map.entry("cross", Shape.polygon("Cross", "3,6 6,3 10,7 14,3 17,6 13,10 17,14 14,17 10,13 6,17 3,14 7,10")),
            // Event shapes: none of them is a presence shape.
            Map.entry("burst", Shape.polygon("Burst", "10,0.5 12,6.5 17.5,3.5 14.5,9 19.5,10 14.5,11.5 17.5,16.5 12,13.5 10,19.5 8,13.5 2.5,16.5 5.5,11.5 0.5,10 5.5,9 2.5,3.5 8,6.5")),
            Map.entry("pennant", Shape.polygon("Pennant", "4,1.5 18,6 6.5,10.5 6.5,18.5 4,18.5")),
            Map.entry("chevron-down", Shape.polygon("Chevron", "1.5,4 10,11 18.5,4 18.5,9 10,17 1.5,9")),
            Map.entry("plus", Shape.polygon("Plus", "7.5,2 12.5,2 12.5,7.5 18,7.5 18,12.5 12.5,12.5 12.5,18 7.5,18 7.5,12.5 2,12.5 2,7.5 7.5,7.5")));

    private Shapes() {
    }
}
