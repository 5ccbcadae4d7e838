package org.influenceatlas.layer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The drawing rule for lines that share a stretch (corridors along the same two waypoints): they
 * are moved apart, side by side in their owners' order, so each one is seen and can be picked;
 * stretches no other owner shares stay where they are. The handout applies it here; the screen
 * applies the same rule in {@code frontend/atlas/offsets.ts}, with the gap and the key precision
 * it reads from {@code /api/v1/layers} ("sideBySide"), so the two cannot drift apart in their
 * numbers.
 * <p>
 * Two stretches are the same when both ends are equal at {@link #KEY_DECIMALS} decimals, in either
 * direction. Each owner's slot among the stretch's owners (sorted by id) is signed by the direction
 * it runs the stretch in, so all owners agree on sides; a point is moved along the mean of the
 * normals of the stretches either side of it that are shared.
 */
public final class SideBySide {

    /** The gap between the centre lines of lines drawn side by side, in screen pixels. */
    public static final double GAP_PX = 5;
    /** Stretch ends are compared at this many decimals of a degree (about 100 m). */
    public static final int KEY_DECIMALS = 3;

    /** One drawn line: its owner (the corridor id) and its points as longitude, latitude. */
    public record OwnedLine(String owner, List<double[]> lonLats) {
        public OwnedLine {
            lonLats = List.copyOf(lonLats);
        }
    }

    private SideBySide() {
    }

    /** The rule's numbers as the browser reads them from the layer catalogue. */
    public static Map<String, Object> description() {
        return Map.of("gapPx", GAP_PX, "keyDecimals", KEY_DECIMALS);
    }

    /**
     * Each line's points projected (x to the right, y downwards, as on a screen) and moved apart
     * by {@code gap} (in the projection's units) where another owner shares the stretch.
     */
    public static List<List<double[]>> apply(List<OwnedLine> lines, Function<double[], double[]> project, double gap) {
        Map<String, TreeSet<String>> sharers = new HashMap<>();
        for (OwnedLine line : lines) {
            for (int i = 1; i < line.lonLats().size(); i++) {
                sharers.computeIfAbsent(edgeKey(line.lonLats().get(i - 1), line.lonLats().get(i)), k -> new TreeSet<>())
                        .add(line.owner());
            }
        }
        List<List<double[]>> placed = new ArrayList<>();
        for (OwnedLine line : lines) {
            List<double[]> pts = line.lonLats();
            List<double[]> xy = pts.stream().map(project).toList();
            double[] slots = new double[Math.max(0, pts.size() - 1)];
            boolean any = false;
            for (int i = 1; i < pts.size(); i++) {
                List<String> owners = List.copyOf(sharers.get(edgeKey(pts.get(i - 1), pts.get(i))));
                if (owners.size() < 2) {
                    continue;
                }
                any = true;
                double slot = (owners.indexOf(line.owner()) - (owners.size() - 1) / 2.0) * gap;
                slots[i - 1] = key(pts.get(i - 1)).compareTo(key(pts.get(i))) < 0 ? slot : -slot;
            }
            if (!any) {
                placed.add(xy);
                continue;
            }
            List<double[]> moved = new ArrayList<>();
            for (int i = 0; i < xy.size(); i++) {
                double dx = 0;
                double dy = 0;
                int count = 0;
                if (i > 0 && slots[i - 1] != 0) {
                    double[] n = normal(xy.get(i - 1), xy.get(i));
                    dx += n[0] * slots[i - 1];
                    dy += n[1] * slots[i - 1];
                    count++;
                }
                if (i < xy.size() - 1 && slots[i] != 0) {
                    double[] n = normal(xy.get(i), xy.get(i + 1));
                    dx += n[0] * slots[i];
                    dy += n[1] * slots[i];
                    count++;
                }
                double[] p = xy.get(i);
                moved.add(count == 0 ? p : new double[]{p[0] + dx / count, p[1] + dy / count});
            }
            placed.add(moved);
        }
        return placed;
    }

    /** "41.715,44.827": a point as a stretch end is compared (latitude first, as the screen's key). */
    static String key(double[] lonLat) {
        return String.format(Locale.ROOT, "%." + KEY_DECIMALS + "f,%." + KEY_DECIMALS + "f", lonLat[1], lonLat[0]);
    }

    private static String edgeKey(double[] a, double[] b) {
        String ka = key(a);
        String kb = key(b);
        return ka.compareTo(kb) < 0 ? ka + "|" + kb : kb + "|" + ka;
    }

    private static double[] normal(double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            length = 1;
        }
        return new double[]{-dy / length, dx / length};
    }
}
